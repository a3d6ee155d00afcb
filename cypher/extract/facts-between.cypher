// Relationships the graph already holds between pairs of entities an article speaks of, to
// tell a candidate that repeats a fact from one that disagrees with it. Retracted ones are left
// out. Slots: {{from}}, {{to}} (labels of the model). Params: $pairs (list of {from, to} ids).
UNWIND $pairs AS pair
MATCH (a:{{from}} {id: pair.from})-[r]->(b:{{to}} {id: pair.to})
WHERE r.retractedAt IS NULL AND a.retractedAt IS NULL AND b.retractedAt IS NULL
RETURN a.id AS from, b.id AS to, type(r) AS type, r.key AS key, r.amount AS amount, r.currency AS currency,
       r.amountBound AS amountBound, r.quantity AS quantity, r.unit AS unit, r.quantityBound AS quantityBound,
       r.sharePct AS sharePct, r.role AS role
ORDER BY from, to, type, key
