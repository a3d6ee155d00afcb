// The neighbourhood of an entity, breadth first: the entity, then the nodes 1, 2, 3 hops away
// (up to $depth) over relationships of the given types, each ring ordered by id, at most $limit
// nodes in all; and every relationship of those types between the nodes kept. `found` counts
// the nodes reached before the cut, `kept` the nodes kept. Only what the answer needs is returned:
// the nodes when $withNodes (the entity first, also at $limit 0), the relationships when $withEdges (else empty lists). Params:
// $entityId, $depth (1..3), $types (list), $limit (integer), $labels, $withNodes, $withEdges
// (booleans). Slot: {{label}}.
MATCH (e:{{label}} {id: $entityId}) WHERE e.retractedAt IS NULL
CALL (e) {
  MATCH (e)-[r]-(n) WHERE type(r) IN $types AND r.retractedAt IS NULL AND n.retractedAt IS NULL AND n <> e
  WITH DISTINCT n ORDER BY n.id
  RETURN collect(n) AS ring1
}
CALL (e, ring1) {
  UNWIND CASE WHEN $depth >= 2 THEN ring1[0..$limit] ELSE [] END AS x
  MATCH (x)-[r]-(n) WHERE x.retractedAt IS NULL AND type(r) IN $types AND r.retractedAt IS NULL AND n.retractedAt IS NULL AND n <> e AND NOT n IN ring1
  WITH DISTINCT n ORDER BY n.id
  RETURN collect(n) AS ring2
}
CALL (e, ring1, ring2) {
  UNWIND CASE WHEN $depth >= 3 THEN ring2[0..$limit] ELSE [] END AS x
  MATCH (x)-[r]-(n) WHERE x.retractedAt IS NULL AND type(r) IN $types AND r.retractedAt IS NULL AND n.retractedAt IS NULL AND n <> e AND NOT n IN ring1 AND NOT n IN ring2
  WITH DISTINCT n ORDER BY n.id
  RETURN collect(n) AS ring3
}
WITH e, [e] + ring1 + ring2 + ring3 AS reached
WITH e, reached[0..$limit] AS kept, size(reached) AS found
CALL (kept) {
  UNWIND CASE WHEN $withEdges THEN kept ELSE [] END AS x
  MATCH (x)-[r]->(y) WHERE type(r) IN $types AND r.retractedAt IS NULL AND x.retractedAt IS NULL AND y.retractedAt IS NULL AND y IN kept
  RETURN collect(r {.*, ref: elementId(r), type: type(r), from: x.id, to: y.id}) AS rels
}
// The entity itself leads `nodes` even when $limit is 0 (it is the answer's center).
RETURN [n IN CASE WHEN NOT $withNodes THEN [] WHEN size(kept) = 0 THEN [e] ELSE kept END | n {.*, label: [l IN labels(n) WHERE l IN $labels][0]}] AS nodes,
       rels, found, size(kept) AS kept
