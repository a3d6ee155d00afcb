// Dependency walks: every path of 1..8 hops (cut to $maxDepth) from $entityId in which each
// hop is an allowed dependency step (the $steps table, src/graphql/chains-steps.ts), taken from
// the dependent to its dependency ($reverse = false: "what X depends on") or backwards
// ($reverse = true: "who depends on X"). No node repeats in a path. A PRODUCES hop leads only
// into the process chain: the next hop in dependency order must be DERIVED_FROM.
// With $asOf (YYYY-MM-DD), hops whose relationship or either node is not in force that day are
// not crossed (no validity = in force; in force = validFrom <= day < validTo).
// With $upstream (the ids concerning a metal, from chains/prepare), no hop may be about another
// material, a path must hold at least one non-neutral hop, and a forward path must not end in
// SUBSIDIARY_OF. At most $limit paths (a safety valve; the transaction timeout is the last one).
// Returns the paths as id lists, and their distinct nodes, relationships and item names once.
// Params: $entityId, $steps, $types (the step types), $reverse, $maxDepth, $limit (integer),
// $asOf, $upstream, $facilities, $agreements, $neutral, $labels. Slot: {{label}}.
MATCH (start:{{label}} {id: $entityId})
MATCH p = (start) ((a)-[r]-(b) WHERE
    type(r) IN $types
    AND any(s IN $steps WHERE s.type = type(r)
      AND any(l IN labels(startNode(r)) WHERE l IN s.start)
      AND any(l IN labels(endNode(r)) WHERE l IN s.end)
      AND (s.dependent = 'start') = (startNode(r) = CASE WHEN $reverse THEN b ELSE a END)
      AND (s.roles IS NULL OR toLower(coalesce(r.role, '')) IN s.roles))
    AND ($asOf IS NULL OR (
          (r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR date($asOf) < r.validTo)
      AND (a.validFrom IS NULL OR a.validFrom <= date($asOf)) AND (a.validTo IS NULL OR date($asOf) < a.validTo)
      AND (b.validFrom IS NULL OR b.validFrom <= date($asOf)) AND (b.validTo IS NULL OR date($asOf) < b.validTo)))
    AND ($upstream IS NULL OR CASE type(r)
      WHEN 'PARTY_TO' THEN endNode(r).id IN $agreements
      WHEN 'COVERS' THEN endNode(r).id IN $upstream OR endNode(r).id IN $facilities
      WHEN 'SUPPLIES' THEN coalesce(r.itemId IN $upstream, startNode(r).id IN $facilities OR endNode(r).id IN $facilities)
      WHEN 'PRODUCES' THEN startNode(r).id IN $facilities AND endNode(r).id IN $upstream
      WHEN 'DERIVED_FROM' THEN startNode(r).id IN $upstream AND endNode(r).id IN $upstream
      WHEN 'RESTRICTS' THEN endNode(r).id IN $upstream
      WHEN 'USED_IN' THEN startNode(r).id IN $upstream
      WHEN 'IMPORTS_FROM' THEN coalesce(r.itemId IN $upstream, true)
      WHEN 'OPERATES' THEN endNode(r).id IN $facilities
      WHEN 'LOCATED_IN' THEN startNode(r).id IN $facilities
      WHEN 'USES_TECHNOLOGY' THEN startNode(r).id IN $facilities
      ELSE true END)
){1,8} ()
WHERE length(p) <= $maxDepth
  AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  AND all(i IN range(0, length(p) - 1) WHERE type(relationships(p)[i]) <> 'PRODUCES' OR CASE
        WHEN $reverse THEN i > 0 AND type(relationships(p)[i - 1]) = 'DERIVED_FROM'
        ELSE i < length(p) - 1 AND type(relationships(p)[i + 1]) = 'DERIVED_FROM' END)
  AND ($upstream IS NULL OR (any(x IN relationships(p) WHERE NOT type(x) IN $neutral)
       AND (type(last(relationships(p))) <> 'SUBSIDIARY_OF' OR $reverse)))
WITH p LIMIT $limit
WITH collect(p) AS ps
CALL (ps) {
  UNWIND ps AS p UNWIND nodes(p) AS n
  WITH DISTINCT n
  RETURN collect(n {.*, label: [l IN labels(n) WHERE l IN $labels][0]}) AS nodes
}
CALL (ps) {
  UNWIND ps AS p UNWIND relationships(p) AS r
  WITH DISTINCT r
  RETURN collect(r {.*, ref: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id}) AS rels
}
CALL (rels) {
  UNWIND rels AS r
  WITH DISTINCT r.itemId AS itemId WHERE itemId IS NOT NULL
  MATCH (i:Metal|Product) WHERE i.id = itemId
  RETURN collect(i {.id, .name}) AS items
}
RETURN [p IN ps | {nodes: [n IN nodes(p) | n.id], rels: [r IN relationships(p) | elementId(r)]}] AS paths,
       nodes, rels, items
