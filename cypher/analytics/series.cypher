// Salient-statistics series of one item and country: one row per USGS column (Measure), its
// yearly figures (REPORTS_STATISTIC keyed <measureId>|<year>) oldest first.
// Params: $itemId, $countryId, $statistics (list of bases, or null = all), $form (text or null:
// the Measure's form contains it, case-insensitive), $fromYear, $toYear (Integer or null).
MATCH (c:Country {id: $countryId})-[r:REPORTS_STATISTIC]->(item {id: $itemId})
WHERE c.retractedAt IS NULL AND r.retractedAt IS NULL AND item.retractedAt IS NULL
  AND ($statistics IS NULL OR r.basis IN $statistics)
  AND ($fromYear IS NULL OR r.year >= $fromYear)
  AND ($toYear IS NULL OR r.year <= $toYear)
MATCH (m:Measure {id: r.measureId})
WHERE m.retractedAt IS NULL AND ($form IS NULL OR toLower(coalesce(m.form, '')) CONTAINS toLower($form))
WITH c, item, m, r ORDER BY r.year
WITH c, item, m, collect({
  year: r.year, quantity: r.quantity, unit: r.unit, bound: r.quantityBound,
  tonnes: CASE WHEN r.baseUnit = 't' THEN r.quantityBase END, estimated: coalesce(r.estimated, false),
  noValueReason: r.noValueReason, note: r.note, sources: r.sources }) AS points
RETURN m {.*, updatedAt: null, label: 'Measure'} AS measure, item {.*, updatedAt: null, label: labels(item)[0]} AS item,
       c {.*, updatedAt: null, label: 'Country'} AS country, points
ORDER BY m.statistic, m.id
