// After a dependency walk: the full rows of the nodes and relationships on the chains shown
// (by elementId, as chains/expand returned them), and the names of the metals and products
// those relationships name by itemId.
// Params: $nodeRefs, $relRefs (elementIds), $labels.
CALL () {
  UNWIND $nodeRefs AS ref
  MATCH (n) WHERE elementId(n) = ref AND n.retractedAt IS NULL
  RETURN collect(n {.*, updatedAt: null, label: [l IN labels(n) WHERE l IN $labels][0]}) AS nodes
}
CALL () {
  UNWIND $relRefs AS ref
  MATCH (x)-[r]->(y) WHERE elementId(r) = ref AND r.retractedAt IS NULL AND x.retractedAt IS NULL AND y.retractedAt IS NULL
  RETURN collect(r {.*, updatedAt: null, ref: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id}) AS rels
}
CALL (rels) {
  UNWIND rels AS r
  WITH DISTINCT r.itemId AS itemId WHERE itemId IS NOT NULL
  MATCH (i:Metal|Product) WHERE i.id = itemId AND i.retractedAt IS NULL
  RETURN collect(i {.id, .name}) AS items
}
RETURN nodes, rels, items
