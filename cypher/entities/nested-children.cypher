// Nested relationship fields: within a field block (`entities/nested-field`), the opening of
// the fields of its other ends: each distinct other end becomes `self`, with q.children as
// its `plan`, for the field blocks that follow. Closed by `entities/nested-children-end`.
  CALL (q, others) {
    UNWIND others AS self
    WITH DISTINCT self, q.children AS plan, [] AS fields
