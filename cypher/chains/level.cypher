// The body of one level of a dependency walk (src/graphql/chains/walk.ts), included by
// chains/expand (levels 2 and on) and chains/start (level 1 with chains/prepare): over the
// variables `frontier`, `upstream` and `refs` (bound by the including statement) and the
// parameters below. From each node of `frontier`,
// every allowed dependency step (src/graphql/chains/steps.ts, compiled by `stepRules` into
// $outRules / $inRules: per relationship type met along / against its direction, the roles and
// end labels it admits; a type missing from a side is not matched from that side) to a
// neighbour, taken from the dependent to its dependency ("what X depends on") or backwards
// ("who depends on X"; the caller compiles the rules and slots for the direction and for the
// exposure kinds followed: supply, commercial, ownership). Only the
// frontier's own relationships of the step types, in the step's direction, are read, and of
// those only the best-evidenced go back: per frontier node at most $fanOut neighbours (ranked by
// their best relationship: most sources, quantified first; then by id) and per neighbour at most
// $parallel relationships (best first), so a hub's degree never reaches the client.
// Per frontier node, `frontier` carries what the paths reaching it allow next: onlyDerived
// (forward, every such path ended in PRODUCES: only DERIVED_FROM may follow) and noProduces
// ($reverse, no such path ended in DERIVED_FROM: PRODUCES may not follow); each gates its own
// branch before any relationship is read. PRODUCES has branches of its own both ways: only a
// Facility's output is a dependency step, and a country's hundreds of USGS production figures
// must not be read to be thrown away. Node uniqueness and the per-path rules are applied
// by the caller, path by path.
// With $asOf (YYYY-MM-DD), hops whose relationship or either node is not in force that day are
// not crossed (no validity = in force; in force = validFrom <= day < validTo).
// With `upstream` (the ids concerning a metal, from chains/prepare; null without a metal), no hop
// may be about another material: `refs` holds the elementIds of those materials and of the facilities and agreements
// concerning them (chains/prepare's `refs`), which a hop's ends are compared with.
// Returns one row, in lists rather than maps (the client decodes a map's keys once per map): a
// level is bounded by $fanOut x $parallel per frontier node and the frontier by the caller's
// beam, so it never holds more than a few thousand items, and one record decodes faster than
// one per item (chains/neighbourhood, whose answers are not so bounded, streams rows instead).
// `edges` [from id, to id, relationship elementId] in the order found, `capped` (ids of the
// frontier nodes that had more than either bound allows), `nodes` (the distinct far nodes:
// [id, elementId, label, headquarters country ids (only with $headquarters, else [])]) and
// `rels` (their relationships with only what relevance and the step kinds need: [elementId,
// type, start id, end id, sources, quantity, amount, sharePct, role]).
// chains/details reads the full rows of the chains finally shown.
// Variables: frontier [{ref, id, onlyDerived, noProduces}], upstream (list or null), refs
// {upstream, facilities, agreements}. Params: $reverse, $outRules, $inRules, $fanOut and
// $parallel (integers), $asOf, $labels, $headquarters (boolean).
// Slots: {{out}} and {{in}}, the step types stored from (out) or towards (in) the node a hop
// leaves, in the walk's direction, PRODUCES left to its own branches.
UNWIND frontier AS f
MATCH (a) WHERE elementId(a) = f.ref AND a.id = f.id AND a.retractedAt IS NULL
CALL (f, a, upstream, refs) {
  CALL (f, a) {
    MATCH (a)-[r:{{out}}]->(b) WHERE NOT f.onlyDerived WITH r, b, type(r) AS t RETURN r, b, t, $outRules[t] AS rule
    UNION ALL
    MATCH (a)<-[r:{{in}}]-(b) WHERE NOT f.onlyDerived WITH r, b, type(r) AS t RETURN r, b, t, $inRules[t] AS rule
    UNION ALL
    MATCH (a)-[r:DERIVED_FROM]->(b) WHERE f.onlyDerived RETURN r, b, 'DERIVED_FROM' AS t, $outRules.DERIVED_FROM AS rule
    UNION ALL
    MATCH (a:Facility)-[r:PRODUCES]->(b) WHERE NOT $reverse AND NOT f.onlyDerived RETURN r, b, 'PRODUCES' AS t, $outRules.PRODUCES AS rule
    UNION ALL
    MATCH (a)<-[r:PRODUCES]-(b:Facility) WHERE $reverse AND NOT f.noProduces RETURN r, b, 'PRODUCES' AS t, $inRules.PRODUCES AS rule
  }
  WITH r, b, t, rule
  // The metal's test first, written as a CASE so that it is: it compares elementIds only (no
  // property read) and turns most of a hub's relationships away before anything is read of them.
  // It switches on `t`, the type read once per relationship in the branch that found it: a
  // simple CASE over type(r) reads the type again for each WHEN it tries (one db hit each, so a
  // country's LOCATED_IN relationships cost eleven hits apiece before any was turned away).
  WHERE CASE WHEN rule IS NULL OR NOT coalesce(upstream IS NULL OR CASE t
      WHEN 'PARTY_TO' THEN elementId(endNode(r)) IN refs.agreements
      WHEN 'COVERS' THEN elementId(endNode(r)) IN refs.upstream OR elementId(endNode(r)) IN refs.facilities
      WHEN 'SUPPLIES' THEN coalesce(r.itemId IN upstream, elementId(startNode(r)) IN refs.facilities OR elementId(endNode(r)) IN refs.facilities)
      WHEN 'PRODUCES' THEN elementId(startNode(r)) IN refs.facilities AND elementId(endNode(r)) IN refs.upstream
      WHEN 'DERIVED_FROM' THEN elementId(startNode(r)) IN refs.upstream AND elementId(endNode(r)) IN refs.upstream
      WHEN 'RESTRICTS' THEN elementId(endNode(r)) IN refs.upstream
      WHEN 'USED_IN' THEN elementId(startNode(r)) IN refs.upstream
      WHEN 'IMPORTS_FROM' THEN coalesce(r.itemId IN upstream, true)
      WHEN 'OPERATES' THEN elementId(endNode(r)) IN refs.facilities
      WHEN 'INVESTS_IN' THEN elementId(endNode(r)) IN refs.facilities
      WHEN 'LOCATED_IN' THEN elementId(startNode(r)) IN refs.facilities
      WHEN 'USES_TECHNOLOGY' THEN elementId(startNode(r)) IN refs.facilities
      ELSE true END, false) THEN false
    ELSE r.retractedAt IS NULL AND b.retractedAt IS NULL
    AND (rule.roles IS NULL OR toLower(coalesce(r.role, '')) IN rule.roles)
    AND (rule.startLabels IS NULL OR any(l IN labels(startNode(r)) WHERE l IN rule.startLabels))
    AND (rule.endLabels IS NULL OR any(l IN labels(endNode(r)) WHERE l IN rule.endLabels))
    AND ($asOf IS NULL OR (
          (r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR date($asOf) < r.validTo)
      AND (a.validFrom IS NULL OR a.validFrom <= date($asOf)) AND (a.validTo IS NULL OR date($asOf) < a.validTo)
      AND (b.validFrom IS NULL OR b.validFrom <= date($asOf)) AND (b.validTo IS NULL OR date($asOf) < b.validTo))) END
  WITH r, b, size(coalesce(r.sources, [])) + CASE WHEN r.quantity IS NULL AND r.amount IS NULL AND r.sharePct IS NULL THEN 0 ELSE 1 END AS evidence
  ORDER BY evidence DESC, elementId(r)
  WITH b, collect(r) AS rs, max(evidence) AS best
  ORDER BY best DESC, b.id
  WITH collect({b: b, rs: rs}) AS found
  RETURN [x IN found[0..$fanOut] | {b: x.b, rs: x.rs[0..$parallel]}] AS kept,
         size(found) > $fanOut OR any(x IN found[0..$fanOut] WHERE size(x.rs) > $parallel) AS capped
}
WITH collect(CASE WHEN capped THEN a.id END) AS capped, collect({from: a.id, kept: kept}) AS perNode
CALL (perNode) {
  UNWIND perNode AS p
  UNWIND p.kept AS k
  UNWIND k.rs AS r
  RETURN collect([p.from, k.b.id, elementId(r)]) AS edges, collect(DISTINCT k.b) AS far, collect(DISTINCT r) AS rs
}
RETURN edges, capped,
       [n IN far | [n.id, elementId(n), [l IN labels(n) WHERE l IN $labels][0],
                    CASE WHEN $headquarters THEN [(n)-[h:HEADQUARTERED_IN]->(c:Country) WHERE h.retractedAt IS NULL AND c.retractedAt IS NULL AND n.retractedAt IS NULL | c.id] ELSE [] END]] AS nodes,
       [x IN rs | [elementId(x), type(x), startNode(x).id, endNode(x).id, x.sources, x.quantity, x.amount, x.sharePct, x.role]] AS rels
