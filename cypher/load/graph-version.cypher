// The graph's version: a counter every load that changes something bumps in its own transaction
// (load/bump-graph-version), 0 before the first load, and the token of that bump (what the
// response cache keys answers by: unlike the counter it never repeats, whatever store the
// service reads): 'none' before the first load (no version node), null in a store last bumped
// before tokens existed, whose counter may equal another store's (the cache is then bypassed
// until a load that changes something sets one).
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.version, 0) AS version, CASE WHEN v IS NULL THEN 'none' ELSE v.token END AS token
