// Q2: conflicting claims side by side: every claim about an entity (optionally one attribute),
// each with its own sources. Params: $subjectId, $attribute (or null).
MATCH (claim:Claim)-[a:ABOUT]->(s {id: $subjectId})
WHERE claim.retractedAt IS NULL AND a.retractedAt IS NULL AND s.retractedAt IS NULL
  AND ($attribute IS NULL OR claim.attribute = $attribute)
OPTIONAL MATCH (src:Source) WHERE src.id IN claim.sources AND src.retractedAt IS NULL
WITH claim, collect(src {.id, .name, .publisher, .publishedDate, .publishedDatePrecision, .url}) AS sources
RETURN claim.attribute AS attribute, claim.valueText AS valueText, claim.value AS value, claim.unit AS unit,
       claim.quantityBound AS bound, claim.valueDate AS valueDate, claim.valueDatePrecision AS precision, sources
ORDER BY attribute, valueDate, valueText
