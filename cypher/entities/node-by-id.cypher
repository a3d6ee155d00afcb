// One entity by id, within its label (taken from the id's prefix). Params: $id, $label.
MATCH (n:{{label}} {id: $id})
RETURN n {.*, label: $label} AS node
