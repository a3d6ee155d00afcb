// The entities of one label that match a list query's filter, as `matched` (a list): the first
// part of `entities/list-page` (one page) and `entities/list-groups` (counts and sums per group),
// so both read exactly the same set. Slot {{label}}.
// Every condition is a parameter (null = no condition):
//   $id, $idIn (an empty list matches nothing), $name (equal to the stored nameKey),
//   $nameContains / $nameStartsWith (in the nameKey or one of the aliasKeys); all three come
//   folded like the stored keys (src/model/names.ts: case, accents and punctuation ignored);
//   $equals: map property -> value; $ranges: list of {prop, min, max, date}, where `date`
//   says min/max are ISO dates. Property names in $equals and $ranges come from the code's
//   allow-lists, never from user text.
//   $related: list of relationship conditions, all of which must hold (null: no condition; an
//   empty list matches nothing, as every list filter does): {type (from the
//   model's relationship types), direction (OUT: the entity is the start, IN: the end, BOTH),
//   idIn, label (of the other end, from the model's labels), role (lower-cased), status, year,
//   inForceOn (YYYY-MM-DD: the relationship and the other end in force that day, no validity =
//   in force), through (the same conditions once more, from the other end onwards, or null)}.
//   Each is an existence check over the entity's own relationships (at most 5, one `through`).
//   Empty or blank text values never arrive: the code refuses them (graphql/core/args.ts).
MATCH (n:{{label}})
WHERE n.retractedAt IS NULL
  AND ($id IS NULL OR n.id = $id)
  AND ($idIn IS NULL OR n.id IN $idIn)
  AND ($name IS NULL OR n.nameKey = $name)
  AND ($nameContains IS NULL OR any(k IN [n.nameKey] + coalesce(n.aliasKeys, []) WHERE k CONTAINS $nameContains))
  AND ($nameStartsWith IS NULL OR any(k IN [n.nameKey] + coalesce(n.aliasKeys, []) WHERE k STARTS WITH $nameStartsWith))
  AND all(k IN keys($equals) WHERE n[k] = $equals[k])
  AND all(r IN $ranges WHERE
        (r.min IS NULL OR n[r.prop] >= CASE WHEN r.date THEN date(r.min) ELSE r.min END)
    AND (r.max IS NULL OR n[r.prop] <= CASE WHEN r.date THEN date(r.max) ELSE r.max END))
  AND ($related IS NULL OR (size($related) > 0 AND all(f IN $related WHERE EXISTS {
    MATCH (n)-[r]-(m)
    WHERE type(r) = f.type AND r.retractedAt IS NULL AND m.retractedAt IS NULL
      AND (f.direction = 'BOTH' OR (f.direction = 'OUT') = (startNode(r) = n))
      AND (f.idIn IS NULL OR m.id IN f.idIn)
      AND (f.label IS NULL OR f.label IN labels(m))
      AND (f.role IS NULL OR toLower(r.role) = f.role)
      AND (f.status IS NULL OR r.status = f.status)
      AND (f.year IS NULL OR r.year = f.year)
      AND (f.inForceOn IS NULL OR (
            (r.validFrom IS NULL OR r.validFrom <= date(f.inForceOn)) AND (r.validTo IS NULL OR date(f.inForceOn) < r.validTo)
        AND (m.validFrom IS NULL OR m.validFrom <= date(f.inForceOn)) AND (m.validTo IS NULL OR date(f.inForceOn) < m.validTo)))
      AND (f.through IS NULL OR EXISTS {
        MATCH (m)-[r2]-(o)
        WHERE type(r2) = f.through.type AND r2.retractedAt IS NULL AND o.retractedAt IS NULL
          AND (f.through.direction = 'BOTH' OR (f.through.direction = 'OUT') = (startNode(r2) = m))
          AND (f.through.idIn IS NULL OR o.id IN f.through.idIn)
          AND (f.through.label IS NULL OR f.through.label IN labels(o))
          AND (f.through.role IS NULL OR toLower(r2.role) = f.through.role)
          AND (f.through.status IS NULL OR r2.status = f.through.status)
          AND (f.through.year IS NULL OR r2.year = f.through.year)
          AND (f.through.inForceOn IS NULL OR (
                (r2.validFrom IS NULL OR r2.validFrom <= date(f.through.inForceOn)) AND (r2.validTo IS NULL OR date(f.through.inForceOn) < r2.validTo)
            AND (o.validFrom IS NULL OR o.validFrom <= date(f.through.inForceOn)) AND (o.validTo IS NULL OR date(f.through.inForceOn) < o.validTo)))
      })
  })))
WITH collect(n) AS matched
