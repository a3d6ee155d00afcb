// Full-text candidates for Query.search (a block of search/entity-names): entities whose name or
// aliases match a Lucene query over the `entitySearch` index (field searchText: folded name and
// aliases, split into words), best score first. Params: $query (a Lucene query built from
// escaped words, never raw user text), $candidates (the most index hits to read).
// Returns node, exact (false) and score (the index's score).
CALL db.index.fulltext.queryNodes('entitySearch', $query, {limit: $candidates}) YIELD node, score
RETURN node, false AS exact, score
