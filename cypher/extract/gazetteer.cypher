// The names an article is matched against: every entity of the labels in the slot (the
// extractor's allow-list), with its name and aliases, and what tells facilities, agreements and
// policies apart (their location, type, parties, restricted items, the policy they suspend).
// Retracted entities and links are left out. No parameters.
MATCH (n:{{labels}})
WHERE n.retractedAt IS NULL
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, coalesce(n.aliases, []) AS aliases,
       n.location AS location, n.facilityType AS facilityType, n.agreementType AS agreementType,
       n.policyType AS policyType, n.reference AS reference, n.isoCode AS isoCode,
       n.quantity AS quantity, n.unit AS unit, n.quantityBound AS quantityBound, n.status AS status,
       CASE WHEN n.validFrom IS NULL THEN null ELSE toString(n.validFrom) END AS validFrom,
       n.validFromPrecision AS validFromPrecision,
       [(n)<-[r:PARTY_TO]-(p) WHERE r.retractedAt IS NULL AND p.retractedAt IS NULL | p.id] AS parties,
       [(n)-[r:COVERS]->(x) WHERE r.retractedAt IS NULL AND x.retractedAt IS NULL | x.id] AS covers,
       [(n)<-[r:IMPOSES]-(c) WHERE r.retractedAt IS NULL AND c.retractedAt IS NULL | c.id] AS imposedBy,
       [(n)-[r:RESTRICTS]->(x) WHERE r.retractedAt IS NULL AND x.retractedAt IS NULL | x.id] AS restricts,
       [(n)-[r:SUSPENDS]->(x) WHERE r.retractedAt IS NULL AND x.retractedAt IS NULL | x.id] AS suspends,
       [(n)<-[r:OPERATES]-(c) WHERE r.retractedAt IS NULL AND c.retractedAt IS NULL | c.id] AS operators
ORDER BY id
