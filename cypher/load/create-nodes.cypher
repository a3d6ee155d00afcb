// Creates one batch of nodes of one label whose ids do not exist yet (the caller looked them up
// in the same transaction). $rows: a list of {props}, props holding every stored property
// (id, sources, aliases, nameKey, aliasKeys and searchText included); updatedAt is set to now.
// Returns one row: count, the number of nodes created.
UNWIND $rows AS row
CREATE (n:{{label}})
SET n = row.props, n.updatedAt = datetime()
RETURN count(*) AS count
