// One page of the entities `entities/list-match` left in `matched`, with the count of all that
// match: one round trip with it. This part leaves `totalCount` and `page`; `entities/list-return`
// returns them (or the `entities/nested-page` blocks add the page's relationship fields first).
// Sorting: by n[$sortProp] (lower-cased when $sortLower; $sortProp from the code's allow-list),
// then id; $desc reverses both (missing values last in ASC, first in DESC). Keyset paging: rows
// after ($afterKey, $afterId) in that order ($afterKey a date when $sortDate); $limit rows (page
// size + 1). Params: $label too.
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
  RETURN collect({node: n {.*, updatedAt: null, label: $label}, key: k}) AS page
}
WITH size(matched) AS totalCount, page
