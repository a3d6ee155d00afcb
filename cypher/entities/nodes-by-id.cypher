// Entities of any label by id, for batching (one round trip for all the ids of one level).
// Slot {{labels}}: every label of the model (each label's unique-id index is used).
// Params: $ids, $labels (the same labels, to name each node's label).
UNWIND $ids AS id
MATCH (n:{{labels}} {id: id}) WHERE n.retractedAt IS NULL
RETURN n {.*, updatedAt: null, label: [l IN labels(n) WHERE l IN $labels][0]} AS node
