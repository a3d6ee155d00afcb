// The producers of one measure in one year and basis (country → item PRODUCES with that
// measureId), with the measure, its item, the world totals of the year by basis (in the
// measure's unit: production from worldTotal<year> when the measure's primary basis is
// production, capacity from worldCapacity<year>), and which bases and years have figures.
// Params: $measureId, $year, $basis ('production' or 'capacity').
MATCH (m:Measure {id: $measureId})-[ms:MEASURES]->(item)
WHERE m.retractedAt IS NULL AND ms.retractedAt IS NULL AND item.retractedAt IS NULL
OPTIONAL MATCH (c:Country)-[r:PRODUCES]->(item)
  WHERE r.measureId = $measureId AND r.retractedAt IS NULL AND c.retractedAt IS NULL
WITH m, item, c, r ORDER BY r.quantityBase DESC
WITH m, item,
     collect(CASE WHEN r.year = $year AND r.basis = $basis THEN {
          countryId: c.id, name: c.name, country: c {.*, label: 'Country'}, quantity: r.quantity, unit: r.unit,
          bound: r.quantityBound, tonnes: r.quantityBase, baseUnit: r.baseUnit, estimated: r.estimated,
          noValueReason: r.noValueReason, note: r.note, sources: r.sources } END) AS producers,
     collect(DISTINCT CASE WHEN r.quantityBase IS NOT NULL THEN r.basis + ' ' + toString(r.year) END) AS figures
WITH m, item, producers, figures, toString(toInteger($year)) AS y
RETURN m {.*, label: 'Measure'} AS measure,
       item {.*, label: labels(item)[0]} AS item,
       CASE WHEN coalesce(m.worldTotalBasis, 'production') = 'production' THEN m['worldTotal' + y] END AS worldProduction,
       CASE WHEN m.worldTotalBasis = 'capacity' THEN coalesce(m['worldCapacity' + y], m['worldTotal' + y]) ELSE m['worldCapacity' + y] END AS worldCapacity,
       producers,
       figures
