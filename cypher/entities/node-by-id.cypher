// One entity by id, within its label (taken from the id's prefix). Params: $id, $label.
MATCH (n:{{label}} {id: $id}) WHERE n.retractedAt IS NULL
RETURN n {.*, updatedAt: null, label: $label} AS node
