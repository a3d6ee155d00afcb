/**
 * `Query.search`: full-text search over entity names and aliases (index `entitySearch`, field
 * `searchText`) that forgives typos, abbreviations, accents, case, ligatures and full-width
 * forms: the index holds names folded by `foldName` (src/model/names.ts) and the text is
 * folded the same way before it is split into words.
 *
 * Two steps: `luceneQuery` turns the user's words into a Lucene query (every special character
 * escaped; per word exact^3, prefix*, and fuzzy~1 for words of 4+ characters), the index
 * returns candidates, and `rankHits` puts first the entities whose name or an alias equals the
 * text, then those within a typo of one, then those starting with it, then the rest by score.
 */
import { cypher } from '../../cypher.js';
import { foldName } from '../../model/names.js';
import { LABELS, type Label } from '../../model/schema.js';
import { labelsArg, pageSize } from '../core/args.js';
import type { Context } from '../core/context.js';
import { badInput } from '../core/errors.js';
import type { Row } from '../core/loaders.js';
import { int } from '../core/shapes.js';

export const TEXT_MAX = 200;
export const TERMS_MAX = 12;
export const SEARCH_MAX = 100;

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** `s` with every Lucene special character (+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /) backslash-escaped. */
export function escapeLucene(s: string): string {
  return s.replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * The user's words: the text folded as names are at index time (`foldName`: accents, case,
 * ligatures, full-width forms; punctuation and apostrophes split words, so `d'Ivoire` gives
 * `d` and `ivoire`; AND/OR/NOT become plain words), split on spaces, deduplicated, at most
 * TERMS_MAX.
 */
export function searchTerms(text: string): string[] {
  const words = foldName(text)
    .split(' ')
    .filter((w) => w.length > 0);
  return [...new Set(words)].slice(0, TERMS_MAX);
}

/**
 * The Lucene query for `text`: for each word w (escaped) `(w^3 OR w* OR w~1)`, without the
 * fuzzy part for words shorter than 4 characters; words joined by OR. Null when the text has
 * no word (only punctuation).
 */
export function luceneQuery(text: string): string | null {
  const clauses = searchTerms(text).map((w) => {
    const e = escapeLucene(w);
    const parts = [`${e}^3`, `${e}*`];
    if ([...w].length >= 4) parts.push(`${e}~1`);
    return `(${parts.join(' OR ')})`;
  });
  return clauses.length ? clauses.join(' OR ') : null;
}

/** Optimal-string-alignment edit distance (insertions, deletions, substitutions, swaps of neighbours). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

export type SearchMatch = 'EXACT' | 'CLOSE' | 'PREFIX' | 'WORDS';
const TIER: Record<SearchMatch, number> = { EXACT: 3, CLOSE: 2, PREFIX: 1, WORDS: 0 };

/** How `text` matches one of `names` (name and aliases), and which name it matched. */
export function matchOf(text: string, names: string[]): { match: SearchMatch; matchedName: string | null } {
  const q = foldName(text);
  const norm = names.map((n) => [n, foldName(n)] as const);
  const exact = norm.find(([, n]) => n === q);
  if (exact) return { match: 'EXACT', matchedName: exact[0] };
  if (q.length >= 4) {
    const allowed = q.length >= 10 ? 2 : 1;
    const close = norm.find(([, n]) => Math.abs(n.length - q.length) <= allowed && editDistance(q, n) <= allowed);
    if (close) return { match: 'CLOSE', matchedName: close[0] };
  }
  if (q.length >= 2) {
    const prefix = norm.find(([, n]) => n.startsWith(q));
    if (prefix) return { match: 'PREFIX', matchedName: prefix[0] };
  }
  return { match: 'WORDS', matchedName: null };
}

export interface SearchHit {
  score: number;
  match: SearchMatch;
  matchedName: string | null;
  entity: Row;
}

/**
 * Ranks full-text candidates for `text`: by match tier (EXACT, CLOSE, PREFIX, WORDS), then
 * full-text score, then id. `score` = tier + (full-text score / best full-text score), in [0, 4).
 */
export function rankHits(text: string, candidates: Array<{ node: Row; score: number }>): SearchHit[] {
  const best = Math.max(...candidates.map((c) => c.score), Number.MIN_VALUE);
  return candidates
    .map(({ node, score }) => {
      const names = [node.name as string, ...((node.aliases as string[] | undefined) ?? [])].filter((n) => typeof n === 'string');
      const m = matchOf(text, names);
      // Capped just below 1 so the tier stays the integer part.
      return { ...m, entity: node, score: TIER[m.match] + Math.min(score / best, 0.999999), lucene: score };
    })
    .sort((a, b) => b.score - a.score || (a.entity.id < b.entity.id ? -1 : 1))
    .map(({ lucene: _, ...hit }) => hit);
}

/** How many index hits to consider before ranking (more when labels narrow them afterwards). */
const candidatesFor = (labels: Label[] | null) => (labels ? 1000 : 200);

/**
 * `Query.search(text, labels, first)`. BAD_USER_INPUT for empty or whitespace text, text over
 * TEXT_MAX characters, an unknown label, or `first` outside 0–100. Text without any word, and
 * `labels: []` (no label to search), return [].
 */
export async function search(_: unknown, args: { text: string; labels?: Label[] | null; first?: number | null }, { db }: Context): Promise<SearchHit[]> {
  const first = pageSize(args.first, 10, SEARCH_MAX);
  const text = args.text.trim();
  if (!text) throw badInput('text must contain at least one word', 'text');
  if (text.length > TEXT_MAX) throw badInput(`text must be at most ${TEXT_MAX} characters (got ${text.length})`, 'text');
  const labels = labelsArg(args.labels);
  const query = luceneQuery(text);
  if (!query || first === 0 || labels?.length === 0) return [];
  const rows = await db.read<{ node: Row; score: number }>(cypher('search/entity-names'), {
    query,
    labels,
    allLabels: LABELS,
    candidates: int(candidatesFor(labels)),
    keep: int(200),
  });
  return rankHits(text, rows).slice(0, first);
}

/** The resolver map of this module, merged into `resolvers.ts`. */
export const searchResolvers = { Query: { search } };
