// How many nodes and relationships the graph holds, leaving out the GraphVersion mark of the
// response cache (bookkeeping, not data).
RETURN COUNT { MATCH (n) WHERE NOT n:GraphVersion } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships
