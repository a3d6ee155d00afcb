// The producers of several (measure, basis, year) requests in one statement, for the stages of
// a value chain: per request the measure, its item, the USGS world total of that basis and year
// (in the measure's unit, by the rules of analytics/measure-producers: production from
// worldTotal<year> when production is the measure's primary basis (worldTotalBasis), capacity
// from worldCapacity<year> or, for a capacity measure, worldTotal<year>; reserves from
// worldReserves<year> or, for a reserves measure, worldTotal<year>; null when USGS gives none)
// and each country's figure (PRODUCES or HOLDS_RESERVES with that measureId).
// Params: $requests, a list of {index, measureId, basis, year}.
UNWIND $requests AS q
MATCH (m:Measure {id: q.measureId})-[ms:MEASURES]->(item)
WHERE m.retractedAt IS NULL AND ms.retractedAt IS NULL AND item.retractedAt IS NULL
OPTIONAL MATCH (c:Country)-[r:PRODUCES|HOLDS_RESERVES]->(item)
  WHERE r.measureId = q.measureId AND r.year = q.year AND r.basis = q.basis AND r.retractedAt IS NULL AND c.retractedAt IS NULL
WITH q, m, item, collect(CASE WHEN c IS NULL THEN null ELSE {
       countryId: c.id, name: c.name, tonnes: r.quantityBase, noValueReason: r.noValueReason, sources: r.sources } END) AS producers
WITH q, m, item, producers, toString(toInteger(q.year)) AS y
RETURN q.index AS index, m {.*, label: 'Measure'} AS measure, item {.*, label: labels(item)[0]} AS item,
       CASE q.basis
         WHEN 'production' THEN CASE WHEN coalesce(m.worldTotalBasis, 'production') = 'production' THEN m['worldTotal' + y] END
         WHEN 'capacity' THEN CASE WHEN m.worldTotalBasis = 'capacity' THEN coalesce(m['worldCapacity' + y], m['worldTotal' + y]) ELSE m['worldCapacity' + y] END
         WHEN 'reserves' THEN CASE WHEN m.worldTotalBasis = 'reserves' THEN coalesce(m['worldReserves' + y], m['worldTotal' + y]) ELSE m['worldReserves' + y] END
       END AS worldTotal,
       producers
ORDER BY index
