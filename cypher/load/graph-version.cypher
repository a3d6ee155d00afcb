// The graph's version: a counter every load that changes something bumps in its own transaction
// (load/bump-graph-version), 0 before the first load, and the token of that bump (what the
// response cache keys answers by: unlike the counter it never repeats, whatever store the
// service reads; '' before the first load; a store last bumped before tokens existed gives
// its counter as text).
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.version, 0) AS version, coalesce(v.token, 'version ' + toString(coalesce(v.version, 0))) AS token
