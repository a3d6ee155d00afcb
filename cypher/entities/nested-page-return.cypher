// The closing of `entities/nested-page`: one row, totalCount and page as `entities/list-return`
// returns them, and nested [{id, fields}], the page entities' field results (one entry per
// plan entry, see `entities/nested-field`).
  RETURN collect({id: self.id, fields: fields}) AS nested
}
RETURN totalCount, page, nested
