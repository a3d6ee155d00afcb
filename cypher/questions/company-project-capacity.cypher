// Q2/Q10: the facilities a company invests in, with what each produces (capacity, unit, bound),
// the investment (amount, currency, bound), operator, location and the claims about each.
// Params: $companyId, $itemId (a metal or product id, or null for every project).
MATCH (c:Company {id: $companyId})-[inv:INVESTS_IN]->(f:Facility)
WHERE c.retractedAt IS NULL AND inv.retractedAt IS NULL AND f.retractedAt IS NULL
OPTIONAL MATCH (f)-[p:PRODUCES]->(item) WHERE p.retractedAt IS NULL AND item.retractedAt IS NULL
WITH c, inv, f, p, item WHERE $itemId IS NULL OR item.id = $itemId
OPTIONAL MATCH (op:Company)-[o:OPERATES]->(f) WHERE o.retractedAt IS NULL AND op.retractedAt IS NULL
OPTIONAL MATCH (f)-[l:LOCATED_IN]->(country:Country) WHERE l.retractedAt IS NULL AND country.retractedAt IS NULL
OPTIONAL MATCH (claim:Claim)-[a:ABOUT]->(f) WHERE a.retractedAt IS NULL AND claim.retractedAt IS NULL
WITH c, inv, f, p, item, collect(DISTINCT op {.id, .name}) AS operators, country,
     collect(DISTINCT claim {.id, .attribute, .valueText, .value, .unit, .quantityBound, .valueDate, .valueDatePrecision, .sources}) AS claims
RETURN f {.id, .name, .status, .facilityType, .location} AS facility,
       item {.id, .name} AS item,
       p {.basis, .quantity, .unit, .quantityBound, .status, .validFrom, .validFromPrecision, .validFromText, .sources} AS output,
       inv {.amount, .currency, .amountBound, .status, .sources} AS investment,
       operators, country {.id, .name, .isoCode} AS country, claims
ORDER BY inv.amount DESC, f.id
