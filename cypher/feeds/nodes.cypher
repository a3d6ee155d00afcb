// The nodes feed: every node of the labels in slot {{labels}} (one label, or several as A|B),
// ordered by id, with its label, all stored properties (the feed picks its columns) and the
// validity of each suspension it receives (a Policy's status on a date depends on them).
// Params: $updatedSince (ISO 8601 datetime, or null for all): nodes updated at or after it.
WITH COLLECT { MATCH (g:Source) WHERE g.retractedAt IS NOT NULL RETURN g.id } AS gone
MATCH (n:{{labels}})
WHERE n.retractedAt IS NULL AND ($updatedSince IS NULL OR n.updatedAt >= datetime($updatedSince))
RETURN labels(n)[0] AS label, n {.*, sources: [s IN n.sources WHERE NOT s IN gone]} AS props,
       [(n)<-[s:SUSPENDS]-(p) WHERE s.retractedAt IS NULL AND p.retractedAt IS NULL | s {.validFrom, .validTo}] AS suspensions
ORDER BY n.id
