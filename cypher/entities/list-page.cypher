// One page of the entities of one label, with the count of all that match: one round trip.
// This part leaves `totalCount` and `page`; `entities/list-return` returns them (or the
// `entities/nested-page` blocks add the page's relationship fields first). Slot {{label}}.
// Every condition is a parameter (null = no condition):
//   $id, $idIn (an empty list matches nothing), $name, $nameContains / $nameStartsWith
//   (folded like the stored nameKey: case, accents and punctuation ignored);
//   $equals: map property -> value; $ranges: list of {prop, min, max, date}, where `date`
//   says min/max are ISO dates. Property names in $equals, $ranges and $sortProp come from
//   the code's allow-lists, never from user text.
// Sorting: by n[$sortProp] (lower-cased when $sortLower), then id; $desc reverses both
// (missing values last in ASC, first in DESC). Keyset paging: rows after ($afterKey, $afterId)
// in that order ($afterKey a date when $sortDate); $limit rows (page size + 1).
MATCH (n:{{label}})
WHERE ($id IS NULL OR n.id = $id)
  AND ($idIn IS NULL OR n.id IN $idIn)
  AND ($name IS NULL OR n.name = $name)
  AND ($nameContains IS NULL OR coalesce(n.nameKey, toLower(n.name)) CONTAINS $nameContains)
  AND ($nameStartsWith IS NULL OR coalesce(n.nameKey, toLower(n.name)) STARTS WITH $nameStartsWith)
  AND all(k IN keys($equals) WHERE n[k] = $equals[k])
  AND all(r IN $ranges WHERE
        (r.min IS NULL OR n[r.prop] >= CASE WHEN r.date THEN date(r.min) ELSE r.min END)
    AND (r.max IS NULL OR n[r.prop] <= CASE WHEN r.date THEN date(r.max) ELSE r.max END))
WITH collect(n) AS matched
CALL (matched) {
  UNWIND matched AS n
  WITH n,
       CASE WHEN $sortLower THEN toLower(n[$sortProp]) ELSE n[$sortProp] END AS k,
       CASE WHEN $sortDate THEN date($afterKey) ELSE $afterKey END AS ak
  WHERE $afterId IS NULL OR CASE
      WHEN NOT $desc AND ak IS NULL THEN k IS NULL AND n.id > $afterId
      WHEN NOT $desc THEN k IS NULL OR k > ak OR (k = ak AND n.id > $afterId)
      WHEN ak IS NULL THEN k IS NOT NULL OR n.id < $afterId
      ELSE k IS NOT NULL AND (k < ak OR (k = ak AND n.id < $afterId))
    END
  WITH n, k
  ORDER BY CASE WHEN $desc THEN null ELSE k END ASC, CASE WHEN $desc THEN k END DESC,
           CASE WHEN $desc THEN null ELSE n.id END ASC, CASE WHEN $desc THEN n.id END DESC
  LIMIT $limit
  RETURN collect({node: n {.*, label: $label}, key: k}) AS page
}
WITH size(matched) AS totalCount, page
