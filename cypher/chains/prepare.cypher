// Before a dependency walk: the entity asked about (and its elementId, where the walk starts)
// and, when a metal (or product) is given, the ids that concern it: the metal and every material
// it is made from (DERIVED_FROM, any depth), the facilities that produce or ship those
// materials, and the agreements covering either. Without a metal nothing else is read.
// Returns the ids of the materials (`upstream`: what a SUPPLIES or IMPORTS_FROM itemId is compared
// with) and, in `refs`, the elementIds of the materials, facilities and agreements (what
// chains/expand compares a hop's ends with, without reading their ids).
// `countries`: which of $countryIds (the headquarters countries exposure is narrowed to) exist.
// Params: $entityId, $metalId (or null), $countryIds (list, may be empty). Slots: {{label}}
// (the entity's), {{metalLabel}}.
OPTIONAL MATCH (e:{{label}} {id: $entityId}) WHERE e.retractedAt IS NULL
OPTIONAL MATCH (m:{{metalLabel}} {id: $metalId}) WHERE m.retractedAt IS NULL
CALL (m) {
  OPTIONAL MATCH p = (m)-[:DERIVED_FROM*0..8]->(u)
  WHERE all(r IN relationships(p) WHERE r.retractedAt IS NULL) AND all(n IN nodes(p) WHERE n.retractedAt IS NULL)
  RETURN collect(DISTINCT u) AS materials
}
CALL (materials) {
  UNWIND materials AS u
  MATCH (f:Facility)-[r:PRODUCES]->(u) WHERE r.retractedAt IS NULL AND f.retractedAt IS NULL
  RETURN collect(DISTINCT f) AS producers
}
CALL (materials) {
  WITH materials WHERE size(materials) > 0
  MATCH (f:Facility)-[s:SUPPLIES]->(to)
  WHERE s.itemId IN [u IN materials | u.id] AND s.retractedAt IS NULL AND f.retractedAt IS NULL AND to.retractedAt IS NULL
  RETURN collect(DISTINCT f) AS shippers
}
WITH e, m, materials, producers + [f IN shippers WHERE NOT f IN producers] AS facilities
CALL (materials, facilities) {
  UNWIND materials + facilities AS x
  MATCH (a:Agreement)-[c:COVERS]->(x) WHERE c.retractedAt IS NULL AND a.retractedAt IS NULL AND x.retractedAt IS NULL
  RETURN collect(DISTINCT a) AS agreements
}
CALL () {
  UNWIND $countryIds AS c
  MATCH (x:Country {id: c}) WHERE x.retractedAt IS NULL
  RETURN collect(x.id) AS countries
}
RETURN e {.*, updatedAt: null, label: $label} AS entity, elementId(e) AS entityRef, m {.*, updatedAt: null, label: $metalLabel} AS metal,
       [u IN materials | u.id] AS upstream,
       {upstream: [u IN materials | elementId(u)], facilities: [f IN facilities | elementId(f)], agreements: [a IN agreements | elementId(a)]} AS refs,
       countries
