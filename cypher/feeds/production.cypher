// The production feed: USGS production and capacity figures, one row per USGS row of a country,
// measure, year and basis (PRODUCES from a Country with a measureId; a country with several
// rows of a measure, as the United States for helium, has one per row, told apart by `key` and by
// its USGS label in `note`), with the item, the measure and the
// figure as reported, in metric tons, and as a share of the world total.
// Params (null = no condition): $item (item id), $country (country id), $year (Integer),
// $measure (measure id), $basis ('production' or 'capacity'),
// $updatedSince (ISO 8601 datetime: figures updated at or after it).
WITH COLLECT { MATCH (g:Source) WHERE g.retractedAt IS NOT NULL RETURN g.id } AS gone
MATCH (c:Country)-[r:PRODUCES]->(item)
WHERE r.measureId IS NOT NULL AND r.retractedAt IS NULL AND c.retractedAt IS NULL AND item.retractedAt IS NULL
  AND ($measure IS NULL OR r.measureId = $measure)
  AND ($year IS NULL OR r.year = $year)
  AND ($basis IS NULL OR r.basis = $basis)
  AND ($country IS NULL OR c.id = $country)
  AND ($item IS NULL OR item.id = $item)
  AND ($updatedSince IS NULL OR r.updatedAt >= datetime($updatedSince))
OPTIONAL MATCH (m:Measure {id: r.measureId}) WHERE m.retractedAt IS NULL
RETURN item.name AS commodity, item.id AS item_id, r.measureId AS measure_id, m.measure AS measure,
       c.isoCode AS country_iso, c.name AS country_name, r.year AS year, r.basis AS basis,
       r.quantity AS quantity, coalesce(r.unit, m.unit) AS unit, r.quantityBound AS quantity_bound,
       CASE WHEN r.baseUnit = 't' THEN r.quantityBase END AS quantity_t,
       r.sharePct AS share_of_world_pct, coalesce(r.estimated, false) AS estimated,
       r.noValueReason AS no_value_reason, [s IN r.sources WHERE NOT s IN gone] AS source_id, r.key AS key, r.note AS note,
       r.updatedAt AS updated_at
ORDER BY item_id, measure_id, country_iso, year, basis, key
