// The capacity a facility states for an item, and the country it is located in, for
// what-if additions ("with Kazakhstan's 15 t/yr"). Params: $facilityId, $itemId.
MATCH (f:Facility {id: $facilityId})-[p:PRODUCES]->(item {id: $itemId})
WHERE p.basis = 'capacity' AND p.quantity IS NOT NULL
  AND f.retractedAt IS NULL AND p.retractedAt IS NULL AND item.retractedAt IS NULL
OPTIONAL MATCH (f)-[l:LOCATED_IN]->(c:Country) WHERE l.retractedAt IS NULL AND c.retractedAt IS NULL
RETURN f.id AS facilityId, f.name AS facility, p.quantity AS quantity, p.unit AS unit, p.status AS status,
       p.sources AS sources, c.id AS countryId, c.name AS country
