// Retracts one relationship, or undoes its retraction, as retract/node does for a node. Slots
// {{from}}, {{to}} (labels from the ids' prefixes), {{type}}. Params: $from, $to, $key, $retract,
// $by, $reason. Returns the properties before
// the change; nothing when no such relationship exists.
MATCH (:{{from}} {id: $from})-[r:{{type}} {key: $key}]->(:{{to}} {id: $to})
WITH r, r {.retractedAt, .retractedBy, .retractionReason, .retractedWith} AS before
SET r.retractedAt = CASE WHEN $retract THEN datetime() END, r.retractedBy = $by, r.retractionReason = $reason,
    r.retractedWith = null
RETURN before
