// Exact-key index of every entity: its folded name (`nameKey`) and folded aliases (`aliasKeys`,
// a list: each element indexed on its own), written by the loader with src/model/names.ts. The
// keyword analyser keeps each key whole, one term, so a query for a key finds the entities whose
// name or an alias folds to exactly that text, however many other names contain it as a word.
// Read by search/exact-keys.
CREATE FULLTEXT INDEX entityKeys IF NOT EXISTS
FOR (n:{{labels}}) ON EACH [n.nameKey, n.aliasKeys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } }
