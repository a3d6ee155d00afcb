// Nested relationship fields, composed into one statement (src/graphql/entities/nested.ts): the opening
// of one entity by id, as `entities/node-by-id` finds it. Slot {{label}}. Params: $id; $plan,
// the entity's relationship fields (a list, see `entities/nested-field`). Leaves `self`,
// `plan` and `fields` (the fields' results so far, one per plan entry) for the field blocks;
// `entities/nested-node-return` closes it.
MATCH (self:{{label}} {id: $id}) WHERE self.retractedAt IS NULL
WITH self, $plan AS plan, [] AS fields
