// The relationships of many entities of one label at once (batching: one round trip for a
// relationship field over all the parents of one level of a GraphQL operation).
// Slots: {{label}} (the entities' label), {{types}} (the relationship types wanted).
// Params: $ids; $direction 'OUT' | 'IN' | 'BOTH' (seen from the entity); $first (at most
// this many per entity); null-means-any filters $year, $basis, $measureId, $otherId (the
// other end's id), $itemId (the relationship's itemId), $asOf (ISO date: only facts in force
// that day, for the relationship and the other end). Order: type, other end's name
// (case-insensitive), its id, the relationship's key; $labels: the model's labels.
// Returns one row per entity found: id and relations [{type, out, rel, other}].
// `entities/nested-field` repeats the CALL below for nested selections: change both alike.
UNWIND $ids AS id
MATCH (self:{{label}} {id: id}) WHERE self.retractedAt IS NULL
CALL (self) {
  MATCH (self)-[r:{{types}}]-(other)
  WITH r, other, startNode(r) = self AS out
  WHERE r.retractedAt IS NULL AND other.retractedAt IS NULL
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = out)
    AND ($year IS NULL OR r.year = $year)
    AND ($basis IS NULL OR r.basis = $basis)
    AND ($measureId IS NULL OR r.measureId = $measureId)
    AND ($otherId IS NULL OR other.id = $otherId)
    AND ($itemId IS NULL OR r.itemId = $itemId)
    AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR date($asOf) < r.validTo)
      AND (other.validFrom IS NULL OR other.validFrom <= date($asOf)) AND (other.validTo IS NULL OR date($asOf) < other.validTo)))
  WITH r, other, out
  ORDER BY type(r), toLower(other.name), other.id, r.key
  LIMIT $first
  RETURN collect({
    type: type(r), out: out, rel: r {.*, updatedAt: null},
    other: other {.*, updatedAt: null, label: [l IN labels(other) WHERE l IN $labels][0]}
  }) AS relations
}
RETURN id, relations
