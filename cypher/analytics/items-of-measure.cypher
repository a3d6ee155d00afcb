// The metals and products a Measure measures (MEASURES), and the other USGS world measures of
// `$itemId`, to say which measure to give instead when a measure is not of the item asked.
// Params: $measureId, $itemId.
MATCH (m:Measure {id: $measureId})
WHERE m.retractedAt IS NULL
OPTIONAL MATCH (m)-[ms:MEASURES]->(item)
  WHERE ms.retractedAt IS NULL AND item.retractedAt IS NULL
WITH collect(item.id) AS itemIds
OPTIONAL MATCH (other:Measure)-[os:MEASURES]->(asked {id: $itemId})
  WHERE other.statistic IS NULL AND other.retractedAt IS NULL AND os.retractedAt IS NULL AND asked.retractedAt IS NULL
WITH itemIds, other ORDER BY other.id
RETURN itemIds, collect(other.id) AS measuresOfItem
