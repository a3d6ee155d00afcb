// Creates or updates one batch of relationships of one type between nodes of given labels,
// keyed on (start, end, key). Same update rules as merge-nodes.
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.from})
MATCH (b:{{to}} {id: row.to})
OPTIONAL MATCH (a)-[old:{{type}} {key: row.key}]->(b)
WITH a, b, row, CASE
  WHEN old IS NULL THEN 'created'
  WHEN all(k IN keys(row.props) WHERE old[k] = row.props[k])
   AND all(s IN row.sources WHERE s IN old.sources) THEN 'unchanged'
  ELSE 'updated' END AS outcome
MERGE (a)-[r:{{type}} {key: row.key}]->(b)
SET r += row.props
SET r.sources = coalesce(r.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(r.sources, [])]
FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END | SET r.updatedAt = datetime())
RETURN outcome, count(*) AS count
