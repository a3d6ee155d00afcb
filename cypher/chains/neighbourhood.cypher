// The neighbourhood of an entity, breadth first: the entity, then the nodes 1, 2, 3 hops away
// (up to $depth) over relationships of the given types, each ring ordered by id, at most $limit
// nodes in all; and the relationships of those types between the nodes kept, at most $edgeLimit:
// ranked so that the cut joins as many pairs of nodes as it can: first one relationship of every
// pair (the first by type, start id, end id and key), the pairs in the order of the later place
// of their two ends; then the second of every pair that has one, and so on. Many rows, not one row of lists (the
// client then decodes them batch by batch as they arrive): first one row with `found` (the nodes
// reached before the cut), `kept` (the nodes kept) and `edges` (the relationships between them,
// before the $edgeLimit cut; 0 unless $withEdges), then one row per node kept (`node`, `pos` its
// place: the entity 0, then ring by ring, each ring by id; the entity alone at $limit 0, as the
// answer's center) when $withNodes, and one row per relationship kept (`rel`, `pos` its rank)
// when $withEdges.
// Params: $entityId, $depth (1..3), $types (list), $limit, $edgeLimit (integers), $labels,
// $withNodes, $withEdges (booleans). Slot: {{label}}.
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
WITH e, reached[0..$limit] AS keptNodes, size(reached) AS reachedCount
// Each relationship is met from its later end (i), the other end (y) among the nodes placed before
// it or the node itself (a relationship from a node to itself is met twice: DISTINCT).
CALL (keptNodes) {
  UNWIND CASE WHEN $withEdges THEN range(0, size(keptNodes) - 1) ELSE [] END AS i
  WITH i, keptNodes[i] AS x
  MATCH (x)-[r]-(y) WHERE type(r) IN $types AND r.retractedAt IS NULL AND y.retractedAt IS NULL AND y IN keptNodes[0..i + 1]
  WITH DISTINCT i, y, r
  ORDER BY type(r), startNode(r).id, endNode(r).id, r.key
  // k: the relationship's place among the parallel ones of its pair of nodes.
  WITH i, y, collect(r) AS parallel
  UNWIND range(0, size(parallel) - 1) AS k
  WITH k, i, parallel[k] AS r
  ORDER BY k, i, type(r), startNode(r).id, endNode(r).id, r.key
  RETURN collect(r) AS rels
}
CALL (e, keptNodes, reachedCount, rels) {
  RETURN reachedCount AS found, size(keptNodes) AS kept, size(rels) AS edges, null AS pos, null AS node, null AS rel
  UNION ALL
  // The entity itself leads the nodes even when $limit is 0 (it is the answer's center).
  WITH CASE WHEN NOT $withNodes THEN [] WHEN size(keptNodes) = 0 THEN [e] ELSE keptNodes END AS shown
  UNWIND range(0, size(shown) - 1) AS i
  WITH i, shown[i] AS n
  RETURN null AS found, null AS kept, null AS edges, i AS pos, n {.*, updatedAt: null, label: [l IN labels(n) WHERE l IN $labels][0]} AS node, null AS rel
  UNION ALL
  WITH rels[0..$edgeLimit] AS shown
  UNWIND range(0, size(shown) - 1) AS i
  WITH i, shown[i] AS r
  RETURN null AS found, null AS kept, null AS edges, i AS pos, null AS node, r {.*, updatedAt: null, ref: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id} AS rel
}
RETURN found, kept, edges, pos, node, rel
