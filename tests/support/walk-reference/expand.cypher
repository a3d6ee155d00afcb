// cypher/chains/expand.cypher as it was before its levels were made cheaper (tests/support/walk-reference).
UNWIND $frontier AS f
MATCH (a) WHERE elementId(a) = f.ref AND a.id = f.id AND a.retractedAt IS NULL
CALL (f, a) {
  CALL (f, a) {
    MATCH (a)-[r:{{out}}]->(b) WHERE NOT f.onlyDerived RETURN r, b, $outRules[type(r)] AS rule
    UNION ALL
    MATCH (a)<-[r:{{in}}]-(b) WHERE NOT f.onlyDerived RETURN r, b, $inRules[type(r)] AS rule
    UNION ALL
    MATCH (a)-[r:DERIVED_FROM]->(b) WHERE f.onlyDerived RETURN r, b, $outRules.DERIVED_FROM AS rule
    UNION ALL
    MATCH (a:Facility)-[r:PRODUCES]->(b) WHERE NOT $reverse AND NOT f.onlyDerived RETURN r, b, $outRules.PRODUCES AS rule
    UNION ALL
    MATCH (a)<-[r:PRODUCES]-(b:Facility) WHERE $reverse AND NOT f.noProduces RETURN r, b, $inRules.PRODUCES AS rule
  }
  WITH r, b, rule
  WHERE rule IS NOT NULL AND r.retractedAt IS NULL AND b.retractedAt IS NULL
    AND (rule.roles IS NULL OR toLower(coalesce(r.role, '')) IN rule.roles)
    AND (rule.startLabels IS NULL OR any(l IN labels(startNode(r)) WHERE l IN rule.startLabels))
    AND (rule.endLabels IS NULL OR any(l IN labels(endNode(r)) WHERE l IN rule.endLabels))
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
      WHEN 'INVESTS_IN' THEN endNode(r).id IN $facilities
      WHEN 'LOCATED_IN' THEN startNode(r).id IN $facilities
      WHEN 'USES_TECHNOLOGY' THEN startNode(r).id IN $facilities
      ELSE true END)
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
