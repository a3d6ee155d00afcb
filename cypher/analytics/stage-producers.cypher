// The producers of several (measure, basis, year) requests in one statement, for the stages of
// a value chain: per request the measure (with its world totals, read by worldTotalOf in
// src/analytics/stages.ts), its item and each country's figure (PRODUCES or HOLDS_RESERVES with
// that measureId).
// One entry per USGS row: a country may have several; concentration() sums them per country
// (perCountry, src/analytics/concentration.ts) once each is converted to the base unit.
// Params: $requests, a list of {index, measureId, basis, year}.
UNWIND $requests AS q
MATCH (m:Measure {id: q.measureId})-[ms:MEASURES]->(item)
WHERE m.retractedAt IS NULL AND ms.retractedAt IS NULL AND item.retractedAt IS NULL
OPTIONAL MATCH (c:Country)-[r:PRODUCES|HOLDS_RESERVES]->(item)
  WHERE r.measureId = q.measureId AND r.year = q.year AND r.basis = q.basis AND r.retractedAt IS NULL AND c.retractedAt IS NULL
WITH q, m, item, collect(CASE WHEN c IS NULL THEN null ELSE {
       countryId: c.id, name: c.name, quantity: r.quantity, unit: r.unit, quantityBase: r.quantityBase, baseUnit: r.baseUnit, noValueReason: r.noValueReason, sources: r.sources } END) AS producers
RETURN q.index AS index, m {.*, updatedAt: null, label: 'Measure'} AS measure, item {.*, updatedAt: null, label: labels(item)[0]} AS item, producers
ORDER BY index
