// Bumps the graph's version inside a load's write transaction, so a reader that sees the new
// facts also sees the new version (and a cached answer keyed by the old one is never served).
// `version` counts the changes of this store (for people and logs); `token` is new at every bump
// (a random UUID), so it never repeats, even when the counter does: in a store replaced or
// restored from a backup, the counter climbs back to numbers an older state had, the token not.
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1, v.token = randomUUID(), v.changedAt = datetime()
RETURN v.version AS version
