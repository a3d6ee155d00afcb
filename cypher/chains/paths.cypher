// All shortest connections between two entities, either direction, over relationships of the
// given types only, at most $maxLength hops (the pattern's ceiling is 10), at most $first paths.
// Returns whether each end exists, the paths as id lists, and their distinct nodes and
// relationships once. Params: $fromId, $toId, $types (list), $maxLength, $first (integer),
// $labels. Slots: {{fromLabel}}, {{toLabel}}.
OPTIONAL MATCH (a:{{fromLabel}} {id: $fromId}) WHERE a.retractedAt IS NULL
OPTIONAL MATCH (b:{{toLabel}} {id: $toId}) WHERE b.retractedAt IS NULL
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH p = allShortestPaths((a)-[*..10]-(b))
  WHERE all(r IN relationships(p) WHERE type(r) IN $types AND r.retractedAt IS NULL)
    AND all(n IN nodes(p) WHERE n.retractedAt IS NULL)
  WITH p WHERE length(p) <= $maxLength
  WITH p ORDER BY [n IN nodes(p) | n.id] LIMIT $first
  RETURN collect(p) AS ps
}
CALL (ps) {
  UNWIND ps AS p UNWIND nodes(p) AS n
  WITH DISTINCT n
  RETURN collect(n {.*, updatedAt: null, label: [l IN labels(n) WHERE l IN $labels][0]}) AS nodes
}
CALL (ps) {
  UNWIND ps AS p UNWIND relationships(p) AS r
  WITH DISTINCT r
  RETURN collect(r {.*, updatedAt: null, ref: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id}) AS rels
}
CALL (rels) {
  UNWIND rels AS r
  WITH DISTINCT r.itemId AS itemId WHERE itemId IS NOT NULL
  MATCH (i:Metal|Product) WHERE i.id = itemId AND i.retractedAt IS NULL
  RETURN collect(i {.id, .name}) AS items
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
       [p IN ps | {nodes: [n IN nodes(p) | n.id], rels: [r IN relationships(p) | elementId(r)]}] AS paths,
       nodes, rels, items
