// Full-text candidates for Query.search: entities whose name or aliases match a Lucene query
// over the `entitySearch` index (field searchText: folded name and aliases), best score first.
// Params: $query (a Lucene query built from escaped words, never raw user text), $labels
// (null = every label; else only these), $allLabels (the model's labels, to name each node's
// label), $candidates (how many index hits to consider), $keep (how many to return).
CALL db.index.fulltext.queryNodes('entitySearch', $query, {limit: $candidates}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN $allLabels][0] AS label
WHERE node.retractedAt IS NULL AND ($labels IS NULL OR label IN $labels)
RETURN node {.*, label: label} AS node, score
ORDER BY score DESC, node.id
LIMIT $keep
