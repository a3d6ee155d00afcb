// Bumps the graph's version inside a load's write transaction, so a reader that sees the new
// facts also sees the new version (and a cached answer keyed by the old one is never served).
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()
RETURN v.version AS version
