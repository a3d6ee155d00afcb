// Q5: the export-control measures a country imposes, the metals and products each restricts,
// its dates, and its status on $asOf (a date): 'suspended' while a suspension is in force,
// 'notYetInForce' before it takes effect, 'ended' after validTo, else 'inForce'.
// Params: $countryId, $asOf (date), $itemId (or null).
MATCH (c:Country {id: $countryId})-[i:IMPOSES]->(p:Policy)-[rs:RESTRICTS]->(item)
WHERE p.policyType <> 'suspension' AND ($itemId IS NULL OR item.id = $itemId)
  AND c.retractedAt IS NULL AND i.retractedAt IS NULL AND p.retractedAt IS NULL AND rs.retractedAt IS NULL AND item.retractedAt IS NULL
OPTIONAL MATCH (p)-[t:TARGETS]->(target:Country) WHERE t.retractedAt IS NULL AND target.retractedAt IS NULL
OPTIONAL MATCH (s:Policy)-[sus:SUSPENDS]->(p)
  WHERE sus.retractedAt IS NULL AND s.retractedAt IS NULL AND sus.validFrom <= $asOf AND (sus.validTo IS NULL OR $asOf < sus.validTo)
WITH p, collect(DISTINCT item {.*, updatedAt: null, label: labels(item)[0]}) AS items, collect(DISTINCT target.isoCode) AS targets, collect(DISTINCT s.id) AS suspensions
RETURN p {.*, updatedAt: null} AS policy, items, targets,
       CASE
         WHEN p.validFrom IS NOT NULL AND $asOf < p.validFrom THEN 'notYetInForce'
         WHEN p.validTo IS NOT NULL AND $asOf >= p.validTo THEN 'ended'
         WHEN size(suspensions) > 0 THEN 'suspended'
         ELSE 'inForce' END AS statusAsOf
ORDER BY p.validFrom, p.id
