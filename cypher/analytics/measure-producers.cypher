// The producers of one measure in one year and basis (country → item PRODUCES, or HOLDS_RESERVES
// for basis reserves, with that measureId), with the measure (with its world totals, read by worldTotalOf in
// src/analytics/stages.ts), its item, and which bases and years have figures.
// One row per USGS row: a country may have several (helium: United States from natural gas and from
// the Cliffside Field); concentration() sums them per country (perCountry, src/analytics/concentration.ts)
// once each is converted to the base unit.
// Params: $measureId, $year, $basis ('production', 'capacity' or 'reserves').
MATCH (m:Measure {id: $measureId})-[ms:MEASURES]->(item)
WHERE m.retractedAt IS NULL AND ms.retractedAt IS NULL AND item.retractedAt IS NULL
OPTIONAL MATCH (c:Country)-[r:PRODUCES|HOLDS_RESERVES]->(item)
  WHERE r.measureId = $measureId AND r.retractedAt IS NULL AND c.retractedAt IS NULL
WITH m, item, c, r ORDER BY r.quantityBase DESC
WITH m, item,
     collect(CASE WHEN r.year = $year AND r.basis = $basis THEN {
          countryId: c.id, name: c.name, country: c {.*, updatedAt: null, label: 'Country'}, quantity: r.quantity, unit: r.unit,
          bound: r.quantityBound, quantityBase: r.quantityBase, baseUnit: r.baseUnit, estimated: r.estimated,
          noValueReason: r.noValueReason, note: r.note, sources: r.sources } END) AS producers,
     collect(DISTINCT CASE WHEN r.quantityBase IS NOT NULL THEN r.basis + ' ' + toString(r.year) END) AS figures
RETURN m {.*, updatedAt: null, label: 'Measure'} AS measure,
       item {.*, updatedAt: null, label: labels(item)[0]} AS item,
       producers,
       figures
