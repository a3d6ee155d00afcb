// The producers of one measure in one year (country → item PRODUCES with that measureId),
// with the measure, its item and its world total for the year (in the measure's unit).
// Params: $measureId, $year, $basis ('production' or 'capacity').
MATCH (m:Measure {id: $measureId})-[:MEASURES]->(item)
OPTIONAL MATCH (c:Country)-[r:PRODUCES]->(item)
  WHERE r.measureId = $measureId AND r.year = $year AND r.basis = $basis
WITH m, item, c, r ORDER BY r.quantityBase DESC
RETURN m {.*, label: 'Measure'} AS measure,
       item {.*, label: labels(item)[0]} AS item,
       m['worldTotal' + toString(toInteger($year))] AS worldTotal,
       [x IN collect(CASE WHEN c IS NULL THEN null ELSE {
          countryId: c.id, name: c.name, country: c {.*, label: 'Country'}, quantity: r.quantity, unit: r.unit,
          bound: r.quantityBound, tonnes: r.quantityBase, baseUnit: r.baseUnit, estimated: r.estimated,
          noValueReason: r.noValueReason, note: r.note, sources: r.sources } END) WHERE x IS NOT NULL] AS producers
