// Full-text index over names and aliases of every entity, for search that forgives typos.
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS
FOR (n:{{labels}}) ON EACH [n.name, n.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }
