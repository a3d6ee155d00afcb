// The USGS world-table measures of a metal or product (production, capacity, reserves by
// country); the salient-statistics columns (Measures with a `statistic`) are series, not
// world measures. Params: $itemId.
MATCH (m:Measure)-[ms:MEASURES]->(item {id: $itemId})
WHERE m.statistic IS NULL AND m.retractedAt IS NULL AND ms.retractedAt IS NULL AND item.retractedAt IS NULL
RETURN m.id AS id, m.measure AS measure ORDER BY m.id
