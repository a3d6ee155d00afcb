/**
 * The one rule for control characters in stored text, applied by every write path (the loader
 * and so `loadDataset`, `POST /admin/load` and the reviewed extraction, which loads through
 * `loadDataset`; retraction reasons and the dataset name): see docs/model.md, "Text".
 * - A **line** (names, aliases, ids' companions such as units, types, roles, short phrases) holds
 *   no control character: none of C0 (U+0000–U+001F, tab and line breaks included), DEL (U+007F)
 *   or C1 (U+0080–U+009F).
 * - **Prose** (descriptions, notes, quoted value text, a retraction's reason) may also hold tab,
 *   line feed and carriage return, as written; the other control characters are refused.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
const IN_LINE = /[\u0000-\u001F\u007F-\u009F]/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
const IN_PROSE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** Whether text is single-line (`line`) or may hold tab and line breaks (`prose`). */
export type TextKind = 'line' | 'prose';

/** The problem with `value`'s characters for a field of `kind`, or undefined when it has none. */
export function controlCharacterIssue(value: string, kind: TextKind): string | undefined {
  const m = (kind === 'line' ? IN_LINE : IN_PROSE).exec(value);
  if (!m) return undefined;
  const code = `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return kind === 'line'
    ? `must not hold control characters (found ${code} at character ${m.index + 1}); tab and line breaks are for descriptions, notes and quoted text only`
    : `must not hold control characters other than tab and line breaks (found ${code} at character ${m.index + 1})`;
}
