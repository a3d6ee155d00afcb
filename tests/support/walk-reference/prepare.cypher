// cypher/chains/prepare.cypher as it was before its levels were made cheaper (tests/support/walk-reference).
// Its map projections leave updatedAt out, as the API's reads do (cypher/chains/prepare.cypher).
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
  RETURN collect(DISTINCT a.id) AS agreements
}
CALL () {
  UNWIND $countryIds AS c
  MATCH (x:Country {id: c}) WHERE x.retractedAt IS NULL
  RETURN collect(x.id) AS countries
}
RETURN e {.*, updatedAt: null, label: $label} AS entity, elementId(e) AS entityRef, m {.*, updatedAt: null, label: $metalLabel} AS metal,
       [u IN materials | u.id] AS upstream, [f IN facilities | f.id] AS facilities, agreements, countries
