// Nested relationship fields: the closing of a field block without nested fields
// (`entities/nested-field`). Appends {rows, nested: []} to `fields`.
  RETURN rows
}
WITH self, plan, fields + [{rows: rows, nested: []}] AS fields
