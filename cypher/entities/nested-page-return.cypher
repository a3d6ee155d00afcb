// The closing of `entities/nested-page`: one row per entity of the page (not one row holding
// them all: the client then decodes a large page batch by batch as it arrives) with its `id`
// and `fields` (one entry per plan entry, see `entities/nested-field`), and one row with `id`
// null carrying totalCount and page as `entities/list-return` returns them. Every row has
// totalCount; `page` is null on the entities' rows.
  RETURN self.id AS id, fields
}
RETURN totalCount, CASE WHEN id IS NULL THEN page END AS page, id, fields
