/**
 * Names as people write them: the one normaliser (`foldName`) used wherever names are compared —
 * the search index and the search text, list filters on names, the loader's stored keys, and
 * the USGS importer's country matching — so a name typed one way finds it written another.
 */

/** Letters that do not decompose into a base letter and accents (and final sigma, whose form depends on its neighbours), and their usual spelling. */
const LETTERS: Record<string, string> = { ß: 'ss', ς: 'σ', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ħ: 'h' };
const LETTER = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** Single letters joined by dots, as initialisms are written (`U.S.`, `U.K.`, `D.R.`): read as one word. */
const INITIALISM = /(?<![\p{L}\p{N}])\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}])/gu;

/**
 * Characters invisible in print: format characters (Unicode category Cf: soft hyphen U+00AD,
 * zero-width space U+200B, zero-width (non-)joiners, word joiner U+2060, byte order mark U+FEFF,
 * direction marks) and the other default-ignorable code points (Hangul fillers U+3164 and U+115F,
 * variation selectors, the combining grapheme joiner): pasted from web pages and PDFs inside
 * words, they must not split one, and alone they are no name.
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/** `s` without the characters invisible in print (above). */
export const withoutInvisible = (s: string): string => s.replace(INVISIBLE, '');

/**
 * The comparison key of a name: format characters (soft hyphens, zero-width spaces and the
 * like) dropped, compatibility-normalised (NFKC: ligatures such as `ﬁ` and
 * full-width forms such as `Ｇ` become plain letters, decomposed accents are composed), case
 * folded (upper then lower case, so ß → ss and ı → i as in Unicode case folding), decomposed
 * (NFKD) with the accents dropped, ø → o and the like, an initialism's dots dropped (`U.S.` →
 * `us`, as the word is written without them), every run of punctuation, apostrophes and spaces
 * one space, trimmed.
 * `Côte d’Ivoire` → `cote d ivoire`; `Tu\u0308rkiye` → `turkiye`; `ＧＡＬＬＩＵＭ` → `gallium`;
 * `U.S. Steel` → `us steel`.
 */
export function foldName(s: string): string {
  return withoutInvisible(s)
    .normalize('NFKC')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(LETTER, (c) => LETTERS[c])
    .replace(INITIALISM, (m) => m.replaceAll('.', ''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * What the loader stores beside a node's name and aliases for search: `nameKey` (the folded
 * name), `aliasKeys` (the folded aliases, distinct, in order) and `searchText` (the folded name
 * and aliases joined by ` | `, the text the full-text index `entitySearch` reads).
 */
export function nameKeys(name: string, aliases: readonly string[]): { nameKey: string; aliasKeys: string[]; searchText: string } {
  const nameKey = foldName(name);
  const aliasKeys = [...new Set(aliases.map(foldName))].filter((k) => k !== '');
  return { nameKey, aliasKeys, searchText: [nameKey, ...aliasKeys].join(' | ') };
}
