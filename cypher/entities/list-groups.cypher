// Counts and sums per group of the entities `entities/list-match` left in `matched` (one round
// trip with it). A group is either the value of one of the entity's own properties ($groupProp,
// from the code's allow-list) or the entity at the other end of one relationship type
// ($groupRel: {type, direction, label}, from the model's allow-lists); an entity related to
// several counts once in each, one related to none falls in the group with key null.
// Per group: `count` (entities), `sums` (their own `quantity` summed per `unit`, with how many
// figures and their bounds: `quantity`/`unit`/`quantityBound` as stated by the entities'
// sources; figures in different units are never added; `unsummed` counts the figures left out
// for having no unit or not being a finite number above 0), `sources` (the ids of every source of
// the entities counted). Ordered by count descending, then key; at most $limit groups.
// Params: $groupProp (or null), $groupRel (or null), $limit, $labels.
UNWIND matched AS n
CALL (n) {
  WITH n WHERE $groupRel IS NULL
  RETURN toString(n[$groupProp]) AS key, null AS other
  UNION
  WITH n WHERE $groupRel IS NOT NULL
  OPTIONAL MATCH (n)-[r]-(m)
  WHERE type(r) = $groupRel.type AND r.retractedAt IS NULL AND m.retractedAt IS NULL AND n.retractedAt IS NULL
    AND ($groupRel.direction = 'BOTH' OR ($groupRel.direction = 'OUT') = (startNode(r) = n))
    AND ($groupRel.label IS NULL OR $groupRel.label IN labels(m))
  RETURN DISTINCT m.id AS key, m AS other
}
WITH key, other, collect(DISTINCT n) AS members
CALL (members) {
  UNWIND members AS x
  WITH x WHERE x.quantity IS NOT NULL
  // A figure without a unit, or not a finite number above 0 (written around the loader's
  // checks), is counted in `unsummed`, never added.
  WITH x, coalesce(x.unit IS NOT NULL AND x.quantity > 0 AND x.quantity <= 1.7976931348623157e308, false) AS usable
  WITH collect(CASE WHEN usable THEN x END) AS usable, count(CASE WHEN NOT usable THEN 1 END) AS unsummed
  CALL (usable) {
    UNWIND usable AS x
    WITH x.unit AS unit, sum(x.quantity) AS value, count(x) AS figures, collect(DISTINCT coalesce(x.quantityBound, 'exact')) AS bounds
    ORDER BY unit
    RETURN collect({unit: unit, value: value, count: figures, bounds: bounds}) AS sums
  }
  RETURN sums, unsummed
}
CALL (members) {
  UNWIND members AS x
  UNWIND coalesce(x.sources, []) AS s
  WITH DISTINCT s ORDER BY s
  RETURN collect(s) AS sources
}
WITH key, other, size(members) AS count, sums, unsummed, sources
ORDER BY count DESC, key
LIMIT $limit
RETURN collect({key: key, entity: other {.*, updatedAt: null, label: [l IN labels(other) WHERE l IN $labels][0]}, count: count, sums: sums, unsummed: unsummed, sources: sources}) AS groups
