// Before a dependency walk: the entity asked about and, when a metal (or product) is given, the
// ids that concern it: the metal and every material it is made from (DERIVED_FROM, any depth),
// the facilities that produce or ship those materials, and the agreements covering either.
// Params: $entityId, $metalId (or null). Slots: {{label}} (the entity's), {{metalLabel}}.
OPTIONAL MATCH (e:{{label}} {id: $entityId})
OPTIONAL MATCH (m:{{metalLabel}} {id: $metalId})
CALL (m) {
  OPTIONAL MATCH (m)-[:DERIVED_FROM*0..8]->(u)
  RETURN collect(DISTINCT u) AS materials
}
CALL (materials) {
  UNWIND materials AS u
  OPTIONAL MATCH (f:Facility)-[:PRODUCES]->(u)
  RETURN collect(DISTINCT f.id) AS producers
}
CALL (materials) {
  OPTIONAL MATCH (f:Facility)-[s:SUPPLIES]->()
  WHERE s.itemId IN [u IN materials | u.id]
  RETURN collect(DISTINCT f.id) AS shippers
}
WITH e, m, [u IN materials | u.id] AS upstream, producers + [f IN shippers WHERE NOT f IN producers] AS facilities
CALL (upstream, facilities) {
  OPTIONAL MATCH (a:Agreement)-[:COVERS]->(x)
  WHERE x.id IN upstream OR x.id IN facilities
  RETURN collect(DISTINCT a.id) AS agreements
}
RETURN e {.*, label: $label} AS entity, m {.*, label: $metalLabel} AS metal, upstream, facilities, agreements
