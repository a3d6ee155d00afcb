// Retracts one node, or undoes its retraction, keeping it in the graph (docs/model.md,
// Retraction). Slot {{label}} (from the id's prefix). Params: $id; $retract (true: set
// retractedAt to now, retractedBy, retractionReason; false: remove the four properties, so the
// node is as it was); $by, $reason (null when undoing). Returns the node's retraction
// properties before the change (the caller refuses a change that makes no sense, and its
// transaction writes nothing); nothing when the id is missing.
MATCH (n:{{label}} {id: $id})
WITH n, n {.retractedAt, .retractedBy, .retractionReason, .retractedWith} AS before
SET n.retractedAt = CASE WHEN $retract THEN datetime() END, n.retractedBy = $by, n.retractionReason = $reason,
    n.retractedWith = null
RETURN before
