// Q8: the technologies a facility uses, their providers (with role), each provider's
// headquarters country and its owners up the SUBSIDIARY_OF chain (level 1 = direct parent),
// with the owners' headquarters. Params: $facilityId.
MATCH (f:Facility {id: $facilityId})-[u:USES_TECHNOLOGY]->(t:Technology)-[pb:PROVIDED_BY]->(p:Company)
WHERE f.retractedAt IS NULL AND u.retractedAt IS NULL AND t.retractedAt IS NULL AND pb.retractedAt IS NULL AND p.retractedAt IS NULL
OPTIONAL MATCH (p)-[h:HEADQUARTERED_IN]->(hq:Country) WHERE h.retractedAt IS NULL AND hq.retractedAt IS NULL
CALL (p) {
  OPTIONAL MATCH path = (p)-[:SUBSIDIARY_OF*1..4]->(owner:Company)
  WHERE all(r IN relationships(path) WHERE r.retractedAt IS NULL) AND all(n IN nodes(path) WHERE n.retractedAt IS NULL)
  OPTIONAL MATCH (owner)-[oh:HEADQUARTERED_IN]->(ohq:Country) WHERE oh.retractedAt IS NULL AND ohq.retractedAt IS NULL
  WITH owner, path, ohq ORDER BY length(path)
  RETURN collect(owner {.id, .name, level: length(path), country: ohq.isoCode}) AS owners
}
RETURN t {.id, .name} AS technology, p {.id, .name} AS provider, pb.role AS role,
       hq {.id, .name, .isoCode} AS headquarters, owners, pb.sources AS sources
ORDER BY technology.id, provider.id
