// The first round trip of a dependency walk: chains/prepare (the entity, the metal's materials,
// facilities and agreements, the headquarters countries that exist), then chains/level from the
// entity, in one statement. Level 1's frontier is the entity alone (nothing comes before it:
// onlyDerived false, noProduces $reverse); it is empty when the entity is missing or $walk is
// false (no kind followed), so the statement then only prepares. Without $metalId, `upstream`
// is null for the level (no metal's test). Returns chains/prepare's columns and chains/level's.
// Params: chains/prepare's, chains/level's and $walk (boolean). Slots: {{label}},
// {{metalLabel}}, {{out}}, {{in}}.
CALL () {
  {{include chains/prepare}}
}
WITH entity, entityRef, metal, upstream AS materialIds, refs, countries,
     CASE WHEN entity IS NULL OR NOT $walk THEN [] ELSE [{ref: entityRef, id: entity.id, onlyDerived: false, noProduces: $reverse}] END AS frontier,
     CASE WHEN $metalId IS NULL THEN null ELSE upstream END AS upstream
CALL (frontier, upstream, refs) {
  {{include chains/level}}
}
RETURN entity, entityRef, metal, materialIds AS upstream, refs, countries, edges, capped, nodes, rels
