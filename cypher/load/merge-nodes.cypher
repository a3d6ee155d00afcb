// Creates or updates one batch of nodes of one label, keyed on id. Properties are set from
// row.props (existing properties not in the row are kept); sources accumulate across loads.
// Returns how many rows were created, updated and unchanged.
UNWIND $rows AS row
OPTIONAL MATCH (old:{{label}} {id: row.id})
WITH row, CASE
  WHEN old IS NULL THEN 'created'
  WHEN all(k IN keys(row.props) WHERE old[k] = row.props[k])
   AND all(s IN row.sources WHERE s IN old.sources) THEN 'unchanged'
  ELSE 'updated' END AS outcome
MERGE (n:{{label}} {id: row.id})
SET n += row.props
SET n.sources = coalesce(n.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(n.sources, [])]
FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END | SET n.updatedAt = datetime())
RETURN outcome, count(*) AS count
