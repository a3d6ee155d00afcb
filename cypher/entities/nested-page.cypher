// Nested relationship fields (src/graphql/entities/nested.ts) of the entities of a page: follows
// `entities/list-page` (`totalCount`, `page` in scope). Each entity of the page becomes `self`
// (found again by id), with $plan (see `entities/nested-field`) as its `plan`, for the field
// blocks that follow. A first branch gives the row that carries the page (`id` null). Slot
// {{label}}. Closed by `entities/nested-page-return`.
CALL (page) {
  RETURN null AS id, null AS fields
  UNION ALL
  UNWIND page AS p
  MATCH (self:{{label}} {id: p.node.id}) WHERE self.retractedAt IS NULL
  WITH self, $plan AS plan, [] AS fields
