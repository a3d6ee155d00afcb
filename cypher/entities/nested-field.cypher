// Nested relationship fields: the opening of one field's block, run for each `self` (an entity)
// with `plan` (the list of its fields' parameters) and `fields` (their results so far) in
// scope. The block's parameters are q = plan[size(fields)] (this field's place in the plan):
// {direction, year, basis, measureId, otherId, itemId, asOf, children}, with the meaning and
// the null-means-any filters of `entities/relations`, whose subquery the inner CALL repeats:
// exactly the relationships that statement finds for `self`, in its order, at most $first.
// Slots {{label}} (the label the field belongs to: an entity of another label gets no rows)
// and {{types}}. Params: $first, $labels (the model's labels). Leaves `q`, `rows` ([{type,
// out, rel, other}], as `entities/relations` returns them) and `others` (their other ends).
// Closed by `entities/nested-field-end`, or by `entities/nested-children` and its end.
CALL (self, plan, fields) {
  WITH self, plan[size(fields)] AS q
  CALL (self, q) {
    MATCH (self:{{label}})-[r:{{types}}]-(other)
    WITH r, other, q, startNode(r) = self AS out
    WHERE r.retractedAt IS NULL AND other.retractedAt IS NULL AND self.retractedAt IS NULL
      AND (q.direction = 'BOTH' OR (q.direction = 'OUT') = out)
      AND (q.year IS NULL OR r.year = q.year)
      AND (q.basis IS NULL OR r.basis = q.basis)
      AND (q.measureId IS NULL OR r.measureId = q.measureId)
      AND (q.otherId IS NULL OR other.id = q.otherId)
      AND (q.itemId IS NULL OR r.itemId = q.itemId)
      AND (q.asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date(q.asOf)) AND (r.validTo IS NULL OR date(q.asOf) < r.validTo)
        AND (other.validFrom IS NULL OR other.validFrom <= date(q.asOf)) AND (other.validTo IS NULL OR date(q.asOf) < other.validTo)))
    WITH r, other, out
    ORDER BY type(r), toLower(other.name), other.id, r.key
    LIMIT $first
    RETURN collect({
      type: type(r), out: out, rel: r {.*, updatedAt: null},
      other: other {.*, updatedAt: null, label: [l IN labels(other) WHERE l IN $labels][0]}
    }) AS rows, collect(other) AS others
  }
