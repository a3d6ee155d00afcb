// The production feed: USGS production and capacity figures, one row per country, measure,
// year and basis (PRODUCES from a Country with a measureId), with the item, the measure and the
// figure as reported, in metric tons, and as a share of the world total.
// Params (null = no condition): $item (item id), $country (country id), $year (Integer),
// $measure (measure id), $basis ('production' or 'capacity'),
// $updatedSince (ISO 8601 datetime: figures updated at or after it).
MATCH (c:Country)-[r:PRODUCES]->(item)
WHERE r.measureId IS NOT NULL
  AND ($measure IS NULL OR r.measureId = $measure)
  AND ($year IS NULL OR r.year = $year)
  AND ($basis IS NULL OR r.basis = $basis)
  AND ($country IS NULL OR c.id = $country)
  AND ($item IS NULL OR item.id = $item)
  AND ($updatedSince IS NULL OR r.updatedAt >= datetime($updatedSince))
OPTIONAL MATCH (m:Measure {id: r.measureId})
RETURN item.name AS commodity, item.id AS item_id, r.measureId AS measure_id, m.measure AS measure,
       c.isoCode AS country_iso, c.name AS country_name, r.year AS year, r.basis AS basis,
       r.quantity AS quantity, coalesce(r.unit, m.unit) AS unit, r.quantityBound AS quantity_bound,
       CASE WHEN r.baseUnit = 't' THEN r.quantityBase END AS quantity_t,
       r.sharePct AS share_of_world_pct, coalesce(r.estimated, false) AS estimated,
       r.noValueReason AS no_value_reason, r.sources AS source_id, r.key AS key, r.note AS note,
       r.updatedAt AS updated_at
ORDER BY item_id, measure_id, country_iso, year, basis, key
