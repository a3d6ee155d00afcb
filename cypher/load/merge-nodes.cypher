// Creates or updates one batch of nodes of one label, keyed on id. Properties are set from
// row.props (existing properties not in the row are kept); sources and aliases accumulate
// across loads, so two datasets describing the same node never undo each other; so do
// aliasKeys (the folded aliases, src/model/names.ts), and searchText is the folded name and
// aliases joined by ' | ' (what the full-text index reads).
// Returns how many rows were created, updated and unchanged.
UNWIND $rows AS row
OPTIONAL MATCH (old:{{label}} {id: row.id})
WITH row, CASE
  WHEN old IS NULL THEN 'created'
  WHEN all(k IN keys(row.props) WHERE old[k] = row.props[k])
   AND all(s IN row.sources WHERE s IN old.sources)
   AND all(a IN row.aliases WHERE a IN old.aliases)
   AND all(a IN row.aliasKeys WHERE a IN coalesce(old.aliasKeys, [])) THEN 'unchanged'
  ELSE 'updated' END AS outcome
MERGE (n:{{label}} {id: row.id})
SET n += row.props
SET n.sources = coalesce(n.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(n.sources, [])]
SET n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]
SET n.aliasKeys = coalesce(n.aliasKeys, []) + [a IN row.aliasKeys WHERE NOT a IN coalesce(n.aliasKeys, [])]
SET n.searchText = reduce(t = n.nameKey, a IN n.aliasKeys | t + ' | ' + a)
REMOVE n.aliasText
FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END | SET n.updatedAt = datetime())
RETURN outcome, count(*) AS count
