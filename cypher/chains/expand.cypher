// One level of a dependency walk (src/graphql/chains-walk.ts): from each node of $frontier,
// every allowed dependency step (the $steps table, src/graphql/chains-steps.ts) to a
// neighbour, taken from the dependent to its dependency ($reverse = false: "what X depends on")
// or backwards ($reverse = true: "who depends on X"). Only the frontier's own relationships of
// the step types, in the step's direction, are expanded: the work is frontier size × degree.
// Per frontier node, $frontier carries what the paths reaching it allow next: onlyDerived
// (forward, every such path ended in PRODUCES: only DERIVED_FROM may follow) and noProduces
// (reverse, no such path ended in DERIVED_FROM: PRODUCES may not follow). Node uniqueness and
// the per-path rules are applied by the caller, path by path.
// With $asOf (YYYY-MM-DD), hops whose relationship or either node is not in force that day are
// not crossed (no validity = in force; in force = validFrom <= day < validTo).
// With $upstream (the ids concerning a metal, from chains/prepare), no hop may be about another
// material.
// Returns one row: the hops found (edges: from/to ids, relationship ref and type, the far
// node's elementId for the next level), the distinct far nodes (id and label only) and
// relationships (ends, type, and only what relevance needs: sources, quantity, amount,
// sharePct); chains/details reads the full rows of the chains finally shown.
// Params: $frontier [{ref, id, onlyDerived, noProduces}], $steps, $reverse, $asOf, $upstream,
// $facilities, $agreements, $labels. Slots: {{out}} and {{in}}, the step types stored from
// (out) or towards (in) the node a hop leaves, in the walk's direction.
UNWIND $frontier AS f
MATCH (a) WHERE elementId(a) = f.ref AND a.id = f.id
CALL (a) {
  MATCH (a)-[r:{{out}}]->(b) RETURN r, b
  UNION ALL
  MATCH (a)<-[r:{{in}}]-(b) RETURN r, b
}
WITH f, a, r, b
WHERE (NOT f.onlyDerived OR type(r) = 'DERIVED_FROM')
  AND (NOT f.noProduces OR type(r) <> 'PRODUCES')
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
WITH collect({from: a.id, to: b.id, toRef: elementId(b), ref: elementId(r), type: type(r)}) AS edges,
     collect(DISTINCT b) AS far, collect(DISTINCT r) AS rs
RETURN edges,
       [n IN far | {id: n.id, label: [l IN labels(n) WHERE l IN $labels][0]}] AS nodes,
       [x IN rs | {ref: elementId(x), type: type(x), from: startNode(x).id, to: endNode(x).id,
                   sources: x.sources, quantity: x.quantity, amount: x.amount, sharePct: x.sharePct}] AS rels
