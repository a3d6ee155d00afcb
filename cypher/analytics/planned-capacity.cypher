// The capacity a facility states for an item, and the country it is located in, for
// what-if additions ("with Kazakhstan's 15 t/yr"). Params: $facilityId, $itemId.
MATCH (f:Facility {id: $facilityId})-[p:PRODUCES]->(item {id: $itemId})
WHERE p.basis = 'capacity' AND p.quantity IS NOT NULL
OPTIONAL MATCH (f)-[:LOCATED_IN]->(c:Country)
RETURN f.id AS facilityId, f.name AS facility, p.quantity AS quantity, p.unit AS unit, p.status AS status,
       p.sources AS sources, c.id AS countryId, c.name AS country
