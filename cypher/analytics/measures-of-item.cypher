// The USGS measures of a metal or product. Params: $itemId.
MATCH (m:Measure)-[:MEASURES]->(item {id: $itemId})
RETURN m.id AS id, m.measure AS measure ORDER BY m.id
