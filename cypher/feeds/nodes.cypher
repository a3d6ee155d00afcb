// The nodes feed: every node of the labels in slot {{labels}} (one label, or several as A|B),
// ordered by id, with its label, all stored properties (the feed picks its columns) and the
// validity of each suspension it receives (a Policy's status on a date depends on them).
// Params: $updatedSince (ISO 8601 datetime, or null for all): nodes updated at or after it.
MATCH (n:{{labels}})
WHERE $updatedSince IS NULL OR n.updatedAt >= datetime($updatedSince)
RETURN labels(n)[0] AS label, n {.*} AS props,
       [(n)<-[s:SUSPENDS]-() | s {.validFrom, .validTo}] AS suspensions
ORDER BY n.id
