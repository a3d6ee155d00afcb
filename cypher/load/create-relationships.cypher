// Creates one batch of relationships of one type between nodes of given labels, for rows with
// an end node created in the same transaction (so the relationship cannot exist yet).
// $rows: a list of {from, to, props}, from and to the end nodes' ids, props every stored
// property (key and sources included); updatedAt is set to now. A row whose end node is
// missing creates nothing.
// Returns one row: count, the number of relationships created.
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.from})
MATCH (b:{{to}} {id: row.to})
CREATE (a)-[r:{{type}}]->(b)
SET r = row.props, r.updatedAt = datetime()
RETURN count(*) AS count
