// The series feed: USGS salient statistics, one row per country, item, USGS column (measure)
// and year (REPORTS_STATISTIC), with the Measure's column, statistic and form.
// Params (null = no condition): $item (item id), $country (country id), $year (Integer),
// $measure (measure id), $statistic (a basis such as consumption or price),
// $updatedSince (ISO 8601 datetime: figures updated at or after it).
WITH COLLECT { MATCH (g:Source) WHERE g.retractedAt IS NOT NULL RETURN g.id } AS gone
MATCH (c:Country)-[r:REPORTS_STATISTIC]->(item)
WHERE c.retractedAt IS NULL AND r.retractedAt IS NULL AND item.retractedAt IS NULL
  AND ($measure IS NULL OR r.measureId = $measure)
  AND ($year IS NULL OR r.year = $year)
  AND ($statistic IS NULL OR r.basis = $statistic)
  AND ($country IS NULL OR c.id = $country)
  AND ($item IS NULL OR item.id = $item)
  AND ($updatedSince IS NULL OR r.updatedAt >= datetime($updatedSince))
OPTIONAL MATCH (m:Measure {id: r.measureId}) WHERE m.retractedAt IS NULL
RETURN item.name AS commodity, item.id AS item_id, r.measureId AS measure_id, m.measure AS usgs_column,
       r.basis AS statistic, m.form AS form, c.isoCode AS country_iso, c.name AS country_name, r.year AS year,
       r.quantity AS quantity, coalesce(r.unit, m.unit) AS unit, r.quantityBound AS quantity_bound,
       CASE WHEN r.baseUnit = 't' THEN r.quantityBase END AS quantity_t, coalesce(r.estimated, false) AS estimated,
       r.noValueReason AS no_value_reason, [s IN r.sources WHERE NOT s IN gone] AS source_id, r.key AS key, r.note AS note,
       r.updatedAt AS updated_at
ORDER BY item_id, measure_id, country_iso, year
