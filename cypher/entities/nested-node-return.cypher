// Nested relationship fields: the closing of `entities/nested-node`. Params: $label.
// Returns at most one row: node (as `entities/node-by-id` returns it) and fields (one entry
// per plan entry, see `entities/nested-field`).
RETURN self {.*, updatedAt: null, label: $label} AS node, fields
