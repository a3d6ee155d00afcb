// Exact candidates for Query.search (a block of search/entity-names): entities whose folded
// name or a folded alias equals the folded text, from the `entityKeys` index (keyword analyser:
// each key one term, so `us` finds the aliases US and U.S., never `us steel` or a measure named
// "… US …"). Params: $key (a Lucene phrase query of the folded text, built by the code: one term
// under the keyword analyser), $keyCandidates (the most index hits to read).
// Returns node, exact (true) and score (null: these hits carry no full-text score).
CALL db.index.fulltext.queryNodes('entityKeys', $key, {limit: $keyCandidates}) YIELD node
RETURN node, true AS exact, null AS score
