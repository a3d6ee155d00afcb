/**
 * Output formats of the feeds, as Transform streams from rows (objects, see `FeedRow`) to
 * UTF-8 text:
 * - `csv`: RFC 4180 (csv-stringify): a header row of the column names, CRLF line ends, fields
 *   quoted when they hold a comma, a quote, or any line break (CRLF, or a lone CR or LF);
 *   booleans as `true`/`false`, a missing value as an empty field. With `escapeFormulas` (the
 *   default) a text cell that a spreadsheet would run as a formula — one starting with `=`, `+`,
 *   `-`, `@`, a tab or a carriage return, or the full-width `＝ ＋ － ＠` — is written with a
 *   leading apostrophe `'`; numbers (JSON numbers in the row) are never changed; C0 control
 *   characters other than tab, CR and LF (NUL…) are written as U+FFFD;
 * - `json`: one JSON array of row objects, written row by row (`[]` when empty);
 * - `ndjson`: one JSON object per line, LF line ends.
 * JSON and NDJSON write NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029)
 * as `\u` escapes (JSON.stringify writes them raw), so each record is one line for every reader,
 * including those that split on every Unicode line break (Python's `str.splitlines`); CSV quotes
 * a cell holding one, as it quotes CR and LF.
 */
import { Transform } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Column } from './columns.js';
import type { FeedFormat } from './params.js';
import type { FeedRow } from './tables.js';

/** Line breaks besides CR and LF that some readers split lines on, and JSON.stringify leaves raw. */
const UNICODE_LINE_BREAKS = /[\u0085\u2028\u2029]/g;

/** `value` as JSON text with no character any reader takes for a line break (see the module's comment). */
export const jsonLine = (value: unknown): string =>
  JSON.stringify(value).replace(UNICODE_LINE_BREAKS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The Content-Type of each format. */
export const CONTENT_TYPES: Record<FeedFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

/** How the CSV format writes cells (ignored by json and ndjson). */
export interface CsvOptions {
  /** Prefix text cells that start like a spreadsheet formula with `'` (default true). */
  escapeFormulas?: boolean;
}

/** The prefix written before a text cell that starts like a formula (see `CsvOptions`). */
export const FORMULA_ESCAPE = "'";

/** C0 control characters other than tab, LF and CR. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is its purpose
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/**
 * A number in plain decimal notation, as docs/bi-feeds.md promises for CSV (no exponent:
 * 1.7e+308 → 17 followed by 307 zeros, 1e-7 → 0.0000001), with the same digits as JavaScript's
 * shortest round-trip form, so `Number(plainDecimal(n)) === n` for every finite n.
 */
export function plainDecimal(n: number): string {
  const s = String(n);
  if (!Number.isFinite(n) || !/e/i.test(s)) return s;
  const [mantissa, exponent] = s.split(/e/i);
  const negative = mantissa.startsWith('-');
  const [int, frac = ''] = (negative ? mantissa.slice(1) : mantissa).split('.');
  const digits = int + frac;
  const point = int.length + Number(exponent);
  const plain =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + plain;
}

/** A Transform from rows to the format's text, honouring backpressure like any Node stream. */
export function formatter(format: FeedFormat, columns: Column[], csv: CsvOptions = {}): Transform {
  switch (format) {
    case 'csv':
      return stringify({
        header: true,
        columns: columns.map((c) => c.name),
        record_delimiter: '\r\n',
        // A custom record delimiter turns off quoting of a lone CR or LF unless asked for:
        // without it, "a\nb" is written bare and every CSV reader splits the record in two.
        quote_record_delimiter: true,
        // csv-stringify prefixes `'` to strings starting with = + - @ \t \r (and their full-width
        // forms); numbers stay numbers, booleans are cast to true/false first.
        escape_formulas: csv.escapeFormulas ?? true,
        // Unicode line breaks are inside quotes, like CR and LF, for readers that split on them.
        quoted_match: /[\u0085\u2028\u2029]/,
        // NUL and the other C0 control characters (but tab, CR and LF) stop or garble CSV readers
        // (pandas' C parser ends a field at NUL): written as U+FFFD. JSON keeps them, escaped.
        cast: { boolean: (v) => (v ? 'true' : 'false'), number: plainDecimal, string: (v) => v.replace(CONTROL_CHARACTERS, '\uFFFD') },
      });
    case 'ndjson':
      return new Transform({
        writableObjectMode: true,
        transform(row: FeedRow, _enc, done) {
          done(null, `${jsonLine(row)}\n`);
        },
      });
    case 'json': {
      let first = true;
      return new Transform({
        writableObjectMode: true,
        transform(row: FeedRow, _enc, done) {
          const text = `${first ? '[\n' : ',\n'}${jsonLine(row)}`;
          first = false;
          done(null, text);
        },
        flush(done) {
          done(null, first ? '[]\n' : '\n]\n');
        },
      });
    }
  }
}
