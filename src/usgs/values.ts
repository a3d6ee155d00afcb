/**
 * USGS cell values and note codes. A numeric cell is a number (`62300`, `>2000000`,
 * `>17,000,000`, `1.5`), a code (`W` withheld, `NA` not available, `XX` not applicable, any
 * case) or empty; anything else is malformed. The world-data release puts most codes in the
 * notes columns (`W for 23-24`, `na for 2023`, `NA (Reserve data is thousand metric tons).`)
 * beside an empty value cell; `noteValue` reads those.
 */

import type { z } from 'zod';
import type { Bound } from '../model/schema.js';
import { lookup } from './csv.js';

export type QuantityBound = z.infer<typeof Bound>;

export type CellValue =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; bound: QuantityBound }
  | { kind: 'code'; code: string; reason: string }
  | { kind: 'invalid'; message: string };

/** The value codes of the release and the `noValueReason` each one gives. */
export const VALUE_CODES: Record<string, string> = { W: 'withheld', NA: 'not available', XX: 'not applicable' };

const NUMBER = /^([<>])?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/;

/** Parses one cleaned cell. `>N` is a lower bound (`atLeast`), `<N` an upper bound (`atMost`). */
export function parseCell(cell: string): CellValue {
  if (cell === '') return { kind: 'empty' };
  const code = lookup(VALUE_CODES, cell.toUpperCase());
  if (code) return { kind: 'code', code: cell.toUpperCase(), reason: code };
  const m = NUMBER.exec(cell);
  if (!m) return { kind: 'invalid', message: 'expected a number, >number, <number, W, NA, XX or an empty cell' };
  const value = Number(m[2].replace(/,/g, '') + (m[3] ?? ''));
  const bound: QuantityBound = m[1] === '>' ? 'atLeast' : m[1] === '<' ? 'atMost' : 'exact';
  return { kind: 'number', value, bound };
}

/** What a note says about an empty value cell of a given year. */
export type NoteValue = { kind: 'code'; reason: string } | { kind: 'bounded'; value: number; bound: QuantityBound } | { kind: 'none' };

const YEAR_SPANS: [RegExp, number[]][] = [
  [/^23-24$|^2023-2024$|^2023 and 2024$/, [2023, 2024]],
  [/^(20)?23$/, [2023]],
  [/^(20)?24$/, [2024]],
];

/**
 * Reads a note as a value for an empty cell of `year`:
 * - `W`/`NA`/`XX` (any case), optionally `for 23-24` / `for 2023`, optionally followed by a
 *   parenthesised remark → that code's reason (only for the years named, when years are named);
 * - `Less than 1/2 unit` → at most 0.5 of the unit;
 * - `Included in World total`, `Included with Other countries`, `… are included with ilmenite.`
 *   → reason `included in world total` etc.;
 * - `Large`, `Moderate`, `Moderate to Large`, `Small`, `Very small` (reserves) → reason
 *   `qualitative estimate: <word>`;
 * - anything else → `none` (the empty cell carries no value).
 */
export function noteValue(note: string, year: number): NoteValue {
  const code = /^(W|NA|XX)\b(?:\s+for\s+([\d -]+?))?\s*(?:\(.*\)\.?)?$/i.exec(note);
  if (code) {
    if (code[2]) {
      const span = YEAR_SPANS.find(([re]) => re.test(code[2].trim()));
      if (!span?.[1].includes(year)) return { kind: 'none' };
    }
    return { kind: 'code', reason: VALUE_CODES[code[1].toUpperCase()] };
  }
  if (/^less than 1\/2 unit\.?$/i.test(note)) return { kind: 'bounded', value: 0.5, bound: 'atMost' };
  const inc = /\bincluded (in|with) ([a-z ]+?)\.?$/i.exec(note);
  if (inc) return { kind: 'code', reason: `included ${inc[1].toLowerCase()} ${inc[2].toLowerCase()}` };
  const q = /^(very small|small|moderate to large|moderate|large)$/i.exec(note);
  if (q) return { kind: 'code', reason: `qualitative estimate: ${q[1].toLowerCase()}` };
  return { kind: 'none' };
}

/** Net import reliance cells of T5 / Fig. 2: `100`, `>75`, `<25`, or `E` (net exporter). */
export type RelianceValue = { kind: 'number'; value: number; bound: QuantityBound } | { kind: 'netExporter' } | { kind: 'invalid'; message: string };

/** Parses a T5 / Fig. 2 net import reliance cell (`100`, `>75` atLeast, `<25` atMost, `E`); anything else is invalid. */
export function parseReliance(cell: string): RelianceValue {
  if (/^E$/i.test(cell)) return { kind: 'netExporter' };
  const v = parseCell(cell);
  if (v.kind === 'number' && v.value >= 0 && v.value <= 100) return v;
  return { kind: 'invalid', message: 'expected a percentage 0–100 (optionally >N or <N) or E (net exporter)' };
}
