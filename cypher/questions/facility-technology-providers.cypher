// Q8: the technologies a facility uses, their providers (with role), each provider's
// headquarters country and its owners up the SUBSIDIARY_OF chain (level 1 = direct parent),
// with the owners' headquarters. Params: $facilityId.
MATCH (f:Facility {id: $facilityId})-[:USES_TECHNOLOGY]->(t:Technology)-[pb:PROVIDED_BY]->(p:Company)
OPTIONAL MATCH (p)-[:HEADQUARTERED_IN]->(hq:Country)
CALL (p) {
  OPTIONAL MATCH path = (p)-[:SUBSIDIARY_OF*1..4]->(owner:Company)
  OPTIONAL MATCH (owner)-[:HEADQUARTERED_IN]->(ohq:Country)
  WITH owner, path, ohq ORDER BY length(path)
  RETURN collect(owner {.id, .name, level: length(path), country: ohq.isoCode}) AS owners
}
RETURN t {.id, .name} AS technology, p {.id, .name} AS provider, pb.role AS role,
       hq {.id, .name, .isoCode} AS headquarters, owners, pb.sources AS sources
ORDER BY technology.id, provider.id
