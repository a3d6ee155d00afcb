// The graph's version: a counter every load that changes something bumps in its own transaction
// (load/bump-graph-version). The response cache keys answers by it; 0 before the first load.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.version, 0) AS version
