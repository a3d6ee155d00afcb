// Candidates for Query.search, in one statement of two blocks:
//   search/exact-keys: entities whose folded name or an alias equals the folded text (index
//     `entityKeys`), however far the full-text index would rank them;
//   search/words: full-text hits over the words of the names and aliases (index `entitySearch`).
// A node found by both is one row (exact, and the full-text score). Retracted nodes and nodes
// outside $labels are left out; exact rows come first, then by score, then by id.
// Params: those of both blocks ($key, $keyCandidates; $query, $candidates), $labels (null = every label; else
// only these), $allLabels (the model's labels, to name each node's label), $keep (how many to
// return). Returns node (its properties and `label`), exact (boolean) and score (the full-text
// score, 0.0 for an exact hit the full-text block did not return).
CALL () {
  {{include search/exact-keys}}
  UNION ALL
  {{include search/words}}
}
WITH node, max(exact) AS exact, max(score) AS score
WITH node, exact, coalesce(score, 0.0) AS score, [l IN labels(node) WHERE l IN $allLabels][0] AS label
WHERE node.retractedAt IS NULL AND ($labels IS NULL OR label IN $labels)
RETURN node {.*, updatedAt: null, label: label} AS node, exact, score
ORDER BY exact DESC, score DESC, node.id
LIMIT $keep
