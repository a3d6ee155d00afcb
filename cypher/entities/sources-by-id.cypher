// Source nodes by id, for batching: one round trip for all the sources an operation shows.
// Params: $ids.
MATCH (s:Source) WHERE s.id IN $ids AND s.retractedAt IS NULL
RETURN s {.*, updatedAt: null, label: 'Source'} AS source
