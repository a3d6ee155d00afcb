// Nested relationship fields: the closing of `entities/nested-children` and of its field
// block. Appends {rows, nested: [{id, fields}]} to `fields`: the field's rows, and the results
// of the nested fields per other end.
    RETURN collect({id: self.id, fields: fields}) AS nested
  }
  RETURN rows, nested
}
WITH self, plan, fields + [{rows: rows, nested: nested}] AS fields
