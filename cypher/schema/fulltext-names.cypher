// Full-text index over the folded name and aliases of every entity (`searchText`, written by
// the loader with src/model/names.ts; the search text is folded the same way), for search
// that forgives typos, accents, case, ligatures and full-width forms.
CREATE FULLTEXT INDEX entitySearch IF NOT EXISTS
FOR (n:{{labels}}) ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }
