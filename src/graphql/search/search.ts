/**
 * `Query.search`: search over entity names and aliases that forgives typos, abbreviations,
 * accents, case, ligatures and full-width forms: names are stored folded by `foldName`
 * (src/model/names.ts) and the text is folded the same way.
 *
 * One statement (cypher/search/entity-names) reads two indexes: `entityKeys` (`exactKeyQuery`:
 * the entities whose folded name or an alias equals the folded text, each key one term) and
 * `entitySearch` (`luceneQuery`: the user's words, every special character escaped; per word
 * exact^3, prefix*, and fuzzy~1 for words of 4+ characters). The exact lookup finds an entity
 * however many other names hold its name as a word (`US` in many measure names does not hide
 * the United States). `rankHits` then puts first the entities whose name or an alias equals the
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

/**
 * The Lucene query of the `entityKeys` index (keyword analyser) for `text`: the folded text as
 * one quoted phrase, which that analyser reads as a single term, so it matches a stored key
 * (`nameKey` or one of `aliasKeys`) equal to it and nothing else. Null when the text has no word.
 * `U.S.` → `"us"`; `Côte d'Ivoire` → `"cote d ivoire"`.
 */
export function exactKeyQuery(text: string): string | null {
  const key = foldName(text);
  return key ? `"${escapeLucene(key)}"` : null;
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

/** A search candidate: the node (properties and label), its full-text score (0 when only the exact lookup found it), and whether a stored key equals the folded text. */
export interface SearchCandidate {
  node: Row;
  score: number;
  exact?: boolean;
}

/**
 * Ranks the candidates for `text`: by match tier (EXACT, CLOSE, PREFIX, WORDS), then
 * full-text score, then id. `score` = tier + (full-text score / best full-text score), in [0, 4).
 * A candidate of the exact lookup (`exact`) is EXACT even if its names, folded now, would not
 * say so (keys stored by an earlier fold): the stored key equals the text.
 */
export function rankHits(text: string, candidates: SearchCandidate[]): SearchHit[] {
  const best = Math.max(...candidates.map((c) => c.score), Number.MIN_VALUE);
  return candidates
    .map(({ node, score, exact }) => {
      const names = [node.name as string, ...((node.aliases as string[] | undefined) ?? [])].filter((n) => typeof n === 'string');
      let m = matchOf(text, names);
      if (exact && m.match !== 'EXACT') m = { match: 'EXACT', matchedName: node.nameKey === foldName(text) ? (node.name as string) : null };
      // Capped just below 1 so the tier stays the integer part.
      return { ...m, entity: node, score: TIER[m.match] + Math.min(score / best, 0.999999), lucene: score };
    })
    .sort((a, b) => b.score - a.score || (a.entity.id < b.entity.id ? -1 : 1))
    .map(({ lucene: _, ...hit }) => hit);
}

/** How many hits of each index to consider before ranking (more when labels narrow them afterwards). */
const candidatesFor = (labels: Label[] | null) => (labels ? 1000 : 200);

/**
 * `Query.search(text, labels, first)`. BAD_USER_INPUT for empty or whitespace text, text that
 * holds no letter or digit once folded (punctuation, accents or invisible characters alone), text
 * over TEXT_MAX characters, an unknown label, or `first` outside 0–100. `labels: []` (no label
 * to search) returns [].
 */
export async function search(_: unknown, args: { text: string; labels?: Label[] | null; first?: number | null }, { db }: Context): Promise<SearchHit[]> {
  const first = pageSize(args.first, 10, SEARCH_MAX);
  const text = args.text.trim();
  if (!text) throw badInput('text must contain at least one word', 'text');
  if (text.length > TEXT_MAX) throw badInput(`text must be at most ${TEXT_MAX} characters (got ${text.length})`, 'text');
  // Punctuation, marks or invisible characters alone fold to nothing: refused, as the list name filters refuse them.
  if (foldName(text) === '') throw badInput(`text ${JSON.stringify(text)} holds no letter or digit; give a name or part of one`, 'text');
  const labels = labelsArg(args.labels);
  const query = luceneQuery(text);
  const key = exactKeyQuery(text);
  if (!query || !key || first === 0 || labels?.length === 0) return [];
  const rows = await db.read<SearchCandidate>(cypher('search/entity-names'), {
    key,
    query,
    labels,
    allLabels: LABELS,
    keyCandidates: int(candidatesFor(labels)),
    candidates: int(candidatesFor(labels)),
    keep: int(200),
  });
  return rankHits(text, rows).slice(0, first);
}

/** The resolver map of this module, merged into `resolvers.ts`. */
export const searchResolvers = { Query: { search } };
