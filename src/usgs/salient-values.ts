/**
 * Cells of the salient-statistics tables. Beyond the world table's numbers and codes they hold
 * signed numbers with a typographic minus (`−88`, government stockpile acquisitions), ranges
 * (`500–15,000`, `50–300`), `E` (net exporter, in net import reliance columns), fractions of a
 * unit in words (`Less than ½ unit.`, `Less than 1/2 unit.`), a bound in tons inside a column
 * of another unit (`Less than 50,000 tons` in million metric tons) and words that are no figure
 * (`Small`, `Variable, depending on type of product`). Anything else is malformed.
 */
import { lookup } from './csv.js';
import type { SuffixUnit } from './salient-columns.js';
import { type QuantityBound, VALUE_CODES } from './values.js';

export type SalientValue =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; bound: QuantityBound; note?: string }
  | { kind: 'none'; reason: string }
  | { kind: 'invalid'; message: string };

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?`;
const NUMBER = new RegExp(String.raw`^([<>])?\s*([-\u2212])?${NUM}$`);
const RANGE = new RegExp(String.raw`^${NUM}\s*[\u2013-]\s*${NUM}$`);
const toNumber = (int: string, frac: string | undefined) => Number(int.replace(/,/g, '') + (frac ?? ''));

/** Words that stand for no figure, with the `noValueReason` each one gives. */
const WORDS: Record<string, string> = {
  small: 'qualitative estimate: small',
  'variable, depending on type of product': 'variable, depending on type of product',
};

/**
 * Parses one cleaned cell of a column in `unit`; `netExporterAllowed` for net import reliance
 * columns (where `E` means the United States is a net exporter).
 */
export function parseSalientCell(cell: string, unit: SuffixUnit, netExporterAllowed: boolean): SalientValue {
  if (cell === '') return { kind: 'empty' };
  const code = lookup(VALUE_CODES, cell.toUpperCase());
  if (code) return { kind: 'none', reason: code };
  if (cell === 'E') {
    return netExporterAllowed
      ? { kind: 'none', reason: 'net exporter' }
      : { kind: 'invalid', message: 'E (net exporter) outside a net import reliance column' };
  }
  let m = NUMBER.exec(cell);
  if (m) {
    const value = toNumber(m[3], m[4]) * (m[2] ? -1 : 1);
    return { kind: 'number', value: value === 0 ? 0 : value, bound: m[1] === '>' ? 'atLeast' : m[1] === '<' ? 'atMost' : 'exact' };
  }
  m = RANGE.exec(cell);
  if (m) {
    const [low, high] = [toNumber(m[1], m[2]), toNumber(m[3], m[4])];
    if (low > high) return { kind: 'invalid', message: 'a range whose low end is above its high end' };
    return { kind: 'number', value: low, bound: 'atLeast', note: `USGS range ${cell} ${unit.unit}: quantity is the low end, ${high} the high end` };
  }
  if (/^less than (½|1\/2) unit\.?$/i.test(cell)) return { kind: 'number', value: 0.5, bound: 'atMost', note: `USGS: ${cell}` };
  m = new RegExp(String.raw`^less than ${NUM} (?:metric )?tons\.?$`, 'i').exec(cell);
  if (m) {
    if (!unit.toTonnes) return { kind: 'invalid', message: `a bound in tons in a column in ${unit.unit}` };
    const value = Number((toNumber(m[1], m[2]) / unit.toTonnes).toPrecision(12));
    return { kind: 'number', value, bound: 'atMost', note: `USGS: ${cell} (${value} ${unit.unit})` };
  }
  const word = lookup(WORDS, cell.toLowerCase());
  if (word) return { kind: 'none', reason: word };
  return {
    kind: 'invalid',
    message:
      'expected a number (optionally signed, >N, <N, or a range N–M), W, NA, XX, E (net import reliance), "Less than ½ unit", "Less than N tons", a known word or an empty cell',
  };
}
