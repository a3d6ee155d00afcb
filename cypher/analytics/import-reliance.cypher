// Q12: net import reliance of a country per commodity (USGS MCS 2025 T5 and Fig. 2), with the
// ranked import sources. Params: $countryId, $minPct (or null), $itemId (or null),
// $criticalOnly (only commodities of T5, the critical-minerals table).
MATCH (c:Country {id: $countryId})-[r:IMPORTS_FROM]->(src:Country)
WHERE c.retractedAt IS NULL AND r.retractedAt IS NULL AND src.retractedAt IS NULL
  AND ($itemId IS NULL OR r.itemId = $itemId)
WITH r.key AS key, r.itemId AS itemId, r, src ORDER BY r.rank
WITH key, itemId, collect({ country: src {.id, .name, .isoCode, label: 'Country'}, rank: r.rank, sources: r.sources }) AS importSources,
     max(r.quantity) AS pct, collect(r.quantityBound)[0] AS bound, collect(r.unit)[0] AS unit, collect(r.period)[0] AS period,
     collect(r.noValueReason)[0] AS noValueReason, collect(r.note)[0] AS note,
     reduce(s = [], x IN collect(r.sources) | s + [y IN x WHERE NOT y IN s]) AS sources
WHERE ($minPct IS NULL OR pct >= $minPct)
  AND (NOT $criticalOnly OR 'source:usgs-mcs-2025-t5' IN sources)
MATCH (item) WHERE item.id = itemId AND (item:Metal OR item:Product) AND item.retractedAt IS NULL
RETURN item {.*, updatedAt: null, label: labels(item)[0]} AS item, key, pct, bound, unit, period, noValueReason, note, importSources, sources
ORDER BY pct DESC, item.name
