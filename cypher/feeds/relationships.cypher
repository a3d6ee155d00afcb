// The relationships and facts feeds: every relationship of the types in slot {{types}}, with
// both ends' id, label and name and all stored properties; for a Claim start node (ABOUT), the
// claim's properties. Ordered by type, start id, end id, key.
// Params (null = no condition):
//   $label   either end has this label
//   $item    either end is this item id, or the relationship's itemId is
//   $country either end is this country id
//   $year    (Integer) year equals it; without a year, validity overlaps that calendar year
//            (validFrom/validTo hold the first day of their period, so validTo >= 1 Jan is exact)
//   $updatedSince  ISO 8601 datetime: relationships updated at or after it
WITH COLLECT { MATCH (g:Source) WHERE g.retractedAt IS NOT NULL RETURN g.id } AS gone
MATCH (a)-[r:{{types}}]->(b)
WHERE r.retractedAt IS NULL AND a.retractedAt IS NULL AND b.retractedAt IS NULL
  AND ($updatedSince IS NULL OR r.updatedAt >= datetime($updatedSince))
  AND ($label IS NULL OR $label IN labels(a) OR $label IN labels(b))
  AND ($item IS NULL OR a.id = $item OR b.id = $item OR r.itemId = $item)
  AND ($country IS NULL OR a.id = $country OR b.id = $country)
  AND ($year IS NULL OR r.year = $year OR (r.year IS NULL
       AND coalesce(r.validFrom, r.validTo) IS NOT NULL
       AND coalesce(r.validFrom, date({year: $year})) <= date({year: $year, month: 12, day: 31})
       AND coalesce(r.validTo, date({year: $year})) >= date({year: $year})))
RETURN type(r) AS type, r {.*, sources: [s IN r.sources WHERE NOT s IN gone]} AS props,
       a.id AS fromId, labels(a)[0] AS fromLabel, a.name AS fromName,
       b.id AS toId, labels(b)[0] AS toLabel, b.name AS toName,
       CASE WHEN a:Claim THEN a {.*, sources: [s IN a.sources WHERE NOT s IN gone]} END AS claim
ORDER BY type, fromId, toId, r.key
