/**
 * The one rule for the characters of stored and caller text, applied by every write path (the
 * loader and so `loadDataset`, `POST /admin/load` and the reviewed extraction, which loads through
 * `loadDataset`; retraction reasons and the dataset name) and, for well-formedness, by every
 * GraphQL argument (graphql/core/text-args.ts): see docs/model.md, "Text".
 * - **Any text** is well-formed Unicode: a lone surrogate (U+D800–U+DFFF not in a pair, which a
 *   JSON `\ud800` escape can carry) is refused; stored, it would become U+FFFD.
 * - A **line** (names, aliases, ids' companions such as units, types, roles, short phrases) holds
 *   no control character (Cc: C0 U+0000–U+001F with tab and line breaks, DEL, C1
 *   U+0080–U+009F), no line or paragraph separator (Zl U+2028, Zp U+2029) and no format
 *   character (Cf: bidirectional controls such as U+202E and U+2066–U+2069, LRM/RLM, zero-width
 *   space U+200B, byte order mark U+FEFF, soft hyphen U+00AD…) except ZERO WIDTH NON-JOINER
 *   U+200C and ZERO WIDTH JOINER U+200D, which spell words in Persian and Indic scripts and
 *   join emoji sequences.
 * - **Prose** (descriptions, notes, quoted value text, a retraction's reason) may also hold tab,
 *   line feed and carriage return, and separators and format characters (bidirectional marks
 *   belong in mixed-script prose); the other control characters are refused.
 */

import { MAX_NESTING } from './nesting.js';

const IN_LINE = /[\p{Cc}\p{Zl}\p{Zp}]|(?![\u200C\u200D])\p{Cf}/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
const IN_PROSE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** In a `u` regex a surrogate matches only when it is not half of a pair. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * `value` without leading and trailing white space: spaces (Zs), tab, line feed and carriage
 * return. Not JavaScript's `trim()`, which also drops a byte order mark (U+FEFF) and line and
 * paragraph separators (U+2028, U+2029) at either end: those are left for the rule to refuse,
 * so `\uFEFFNorilsk` is refused wherever it is sent, not stored as `Norilsk` by one path only.
 */
const EDGE_SPACE = /^[\p{Zs}\t\n\r]/u;
export const trimText = (value: string): string =>
  // Most text has nothing to trim: two one-character tests then, not a scan of the whole value.
  value === '' || (!EDGE_SPACE.test(value) && !EDGE_SPACE.test(value.slice(-1))) ? value : value.replace(/^[\p{Zs}\t\n\r]+|[\p{Zs}\t\n\r]+$/gu, '');

/**
 * `value` without the characters one-line text refuses, for text the service derives itself
 * (the article the extractor reads names from): invisible format characters (Cf but ZWNJ and
 * ZWJ: bidi controls, zero-width space, soft hyphen, BOM) dropped, control characters other
 * than tab and line breaks and the line and paragraph separators turned into spaces, lone
 * surrogates into U+FFFD. Tab, line feed and carriage return stay (paragraphs).
 */
export const withoutInvisible = (value: string): string =>
  value
    .replace(/(?![\u200C\u200D])\p{Cf}/gu, '')
    .replace(/(?![\t\n\r])[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\p{Cs}/gu, '\uFFFD');

/** Whether text is single-line (`line`) or may hold tab and line breaks (`prose`). */
export type TextKind = 'line' | 'prose';

const codeOf = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What kind of character `ch` (one the line rule refuses) is, in words. */
function kindOf(ch: string): string {
  if (/\p{Cc}/u.test(ch)) return 'a control character';
  if (/[\p{Zl}\p{Zp}]/u.test(ch)) return 'a line or paragraph separator';
  return 'an invisible format character';
}

/** The problem with a lone surrogate in `value`, or undefined when `value` is well-formed. */
export function illFormedIssue(value: string): string | undefined {
  const m = LONE_SURROGATE.exec(value);
  return m
    ? `is not well-formed Unicode: it holds a lone surrogate (${codeOf(m[0])} at character ${m.index + 1}), which is not a character; send whole characters (a pair of \\u escapes for one beyond U+FFFF)`
    : undefined;
}

/** The problem with `value`'s characters for a field of `kind`, or undefined when it has none. */
export function textIssue(value: string, kind: TextKind): string | undefined {
  const illFormed = illFormedIssue(value);
  if (illFormed) return illFormed;
  const m = (kind === 'line' ? IN_LINE : IN_PROSE).exec(value);
  if (!m) return undefined;
  const at = `${codeOf(m[0])} at character ${m.index + 1}`;
  return kind === 'line'
    ? `must not hold ${kindOf(m[0])} (found ${at}); one-line text holds no control, separator or format character other than ZWNJ and ZWJ, and tab and line breaks are for descriptions, notes and quoted text only`
    : `must not hold control characters other than tab and line breaks (found ${at})`;
}

/**
 * Every string in `value` (object keys included, down to MAX_NESTING levels of arrays and
 * objects) that is not well-formed, with its path (`aliases.2`, `note`; a key's path ends in the
 * key as sent); and an array or object deeper than MAX_NESTING (model/nesting.ts), not walked
 * (its path, issue `nests arrays and objects deeper than 64 levels`), so no input overflows the
 * stack whatever its depth.
 */
export function illFormedStrings(value: unknown, path = ''): Array<{ path: string; issue: string }> {
  const found: Array<{ path: string; issue: string }> = [];
  collectIllFormed(value, path ? [path] : [], found, 1);
  return found;
}

/**
 * illFormedStrings' walk: `keys` is the path so far, one array pushed and popped on the way (the
 * loader runs this over every record: a path is joined only for a string with an issue);
 * `depth` the level of `value` if it is an array or object.
 */
function collectIllFormed(value: unknown, keys: string[], found: Array<{ path: string; issue: string }>, depth: number): void {
  if (typeof value === 'string') {
    const issue = illFormedIssue(value);
    if (issue) found.push({ path: keys.length ? keys.join('.') : '(value)', issue });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (depth > MAX_NESTING) {
    found.push({ path: keys.length ? keys.join('.') : '(value)', issue: `nests arrays and objects deeper than ${MAX_NESTING} levels` });
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      keys.push(String(i));
      collectIllFormed(value[i], keys, found, depth + 1);
      keys.pop();
    }
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    keys.push(k);
    const key = illFormedIssue(k);
    if (key) found.push({ path: keys.join('.'), issue: `(a key) ${key}` });
    collectIllFormed(v, keys, found, depth + 1);
    keys.pop();
  }
}
