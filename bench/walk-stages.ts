/**
 * Where the time of one walk level goes inside Neo4j (pure: builds statements, runs none): the
 * level's statement (`chains/expand`, or `chains/start` with level 1) cut short after each stage
 * of `cypher/chains/level.cypher`, so that each cut does the work up to its stage and returns only
 * a count. `bench:walk` times the cuts against the whole statement (Neo4j's own time), which
 * tells how much each stage adds. A stage's marker is a line of level.cypher; `cutLevel` throws
 * when a marker is missing or found twice (the statement changed: the stages need updating).
 */

/** The stages, in order, and the line of chains/level each one is cut before. */
export const LEVEL_STAGES = [
  { stage: 'relationships expanded (counted only)', before: '\n  WITH r, b, t, rule\n' },
  { stage: "+ the metal's test and the step rules", before: '\n  WITH r, b, size(coalesce(r.sources' },
  { stage: '+ evidence per relationship', before: '\n  ORDER BY evidence DESC, elementId(r)\n' },
  { stage: '+ grouping and ranking per node', before: '\n  RETURN [x IN found[0..$fanOut]' },
] as const;

/**
 * `query` (a level statement's text as sent) cut before `before`: the rows up to there are
 * counted and each subquery left open is closed, returning the sum (`rows`). Throws when `before`
 * is not found exactly once.
 */
export function cutLevel(query: string, before: string): string {
  const at = query.indexOf(before);
  if (at < 0 || query.indexOf(before, at + 1) >= 0)
    throw new Error(`the level statement has ${at < 0 ? 'no' : 'more than one'} line ${JSON.stringify(before.trim())}`);
  const prefix = query.slice(0, at);
  // Subqueries open at the cut: braces opened and not closed (map literals before it are closed).
  const open = (prefix.match(/\{/g)?.length ?? 0) - (prefix.match(/\}/g)?.length ?? 0);
  let text = `${prefix}\nWITH count(*) AS n RETURN n AS rows`;
  for (let k = 0; k < open; k++) text += '\n}\nRETURN sum(rows) AS rows';
  return text;
}
