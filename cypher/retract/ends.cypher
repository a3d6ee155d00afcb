// The ends a relationship reference names, read when retract/relationship found no such
// relationship: whether a node of each end's label has the id (retracted or not, as
// retract/relationship matches them), so the refusal can say which end names nothing. Slots
// {{from}}, {{to}} (labels from the ids' prefixes). Params: $from, $to. Returns one row.
OPTIONAL MATCH (a:{{from}} {id: $from})
WITH count(a) > 0 AS fromFound
OPTIONAL MATCH (b:{{to}} {id: $to})
RETURN fromFound, count(b) > 0 AS toFound
