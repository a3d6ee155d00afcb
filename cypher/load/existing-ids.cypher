// Which of the given ids exist as nodes of one label.
MATCH (n:{{label}}) WHERE n.id IN $ids RETURN collect(n.id) AS ids
