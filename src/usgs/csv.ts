/**
 * Reading the USGS CSV files: csv-parse (sync API), byte-order mark stripped, headers and cells
 * trimmed (including U+00A0 no-break spaces), each record tagged with its 1-based line number.
 */
import { parse } from 'csv-parse/sync';
import type { UsgsIssue } from './errors.js';

/** Normalises a cell: BOM and no-break/figure/narrow spaces removed, whitespace collapsed, trimmed. */
export const cleanText = (s: string): string =>
  s
    .replace(/\uFEFF/g, '')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Header names as used in code and issues: cleaned, with the space after `_` removed (`PROD_EST_ 2024` → `PROD_EST_2024`). */
export const normaliseHeader = (h: string): string => cleanText(h).replace(/_\s+/g, '_');

/**
 * Splits a footnote number glued to the end of a label: `World total (rounded) 10` → label
 * `World total (rounded)`, footnote `10`; `China3` → `China`, `3`. Only one or two trailing
 * digits after a letter or `)` count as a footnote (no country or aggregate label ends in digits).
 */
export function stripFootnote(label: string): { label: string; footnote?: string } {
  const m = /^(.*[A-Za-z)])\s*(\d{1,2})$/.exec(label);
  return m ? { label: m[1].trim(), footnote: m[2] } : { label };
}

/** `Fuller's earth, Côte d’Ivoire` → `fullers-earth-cote-divoire`: ASCII, lower case, `-` separated. */
export function slugify(s: string): string {
  return cleanText(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `table[key]` when `key` is the table's own entry, else undefined: text read from a file is
 * never looked up on a plain object directly, where `constructor` or `toString` would hit
 * Object.prototype.
 */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** One data record: its line in the file, and its cells by normalised header. */
export interface CsvRow {
  line: number;
  /** The cleaned cell (see `cleanText`); '' when absent. */
  get(column: string): string;
  /** The cell as read (BOM removed), for error messages. */
  raw(column: string): string;
  /** The cleaned cells by position (for tables whose headers repeat). */
  cells: string[];
  /** The cells as read, by position. */
  rawCells: string[];
}

export interface CsvTable {
  file: string;
  headers: string[];
  rows: CsvRow[];
}

/**
 * Parses `text` (the whole file) and checks that every `required` header is present.
 * Returns the table and the issues found (a missing header, a record with the wrong number of
 * fields, unparseable CSV); rows are returned only when there are no issues.
 */
export function readCsv(text: string, file: string, required: readonly string[]): { table: CsvTable; issues: UsgsIssue[] } {
  const issues: UsgsIssue[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_quotes: false }) as unknown as typeof records;
  } catch (e) {
    const err = e as Error & { lines?: number };
    issues.push({ file, row: err.lines ?? 0, column: '(row)', value: '', message: `unreadable CSV: ${err.message.split('\n')[0]}` });
    return { table: { file, headers: [], rows: [] }, issues };
  }
  if (records.length === 0) {
    issues.push({ file, row: 1, column: '(row)', value: '', message: 'empty file (no header)' });
    return { table: { file, headers: [], rows: [] }, issues };
  }
  const headers = records[0].record.map(normaliseHeader);
  for (const h of required) {
    if (!headers.includes(h)) {
      issues.push({ file, row: 1, column: h, value: records[0].record.join(','), message: `missing column ${h} (headers: ${headers.join(', ')})` });
    }
  }
  const index = new Map(headers.map((h, i) => [h, i]));
  const rows: CsvRow[] = [];
  for (const { record, info } of records.slice(1)) {
    const line = info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    if (record.length !== headers.length) {
      issues.push({ file, row: line, column: '(row)', value: record.join(','), message: `expected ${headers.length} fields, found ${record.length}` });
      continue;
    }
    const rawOf = (c: string) => {
      const i = index.get(c);
      return i === undefined ? '' : record[i].replace(/\uFEFF/g, '');
    };
    const rawCells = record.map((c) => c.replace(/\uFEFF/g, ''));
    rows.push({ line, raw: rawOf, get: (c) => cleanText(rawOf(c)), rawCells, cells: rawCells.map(cleanText) });
  }
  return { table: { file, headers, rows: issues.length ? [] : rows }, issues };
}
