/**
 * Reading `world/MCS2025_World_Data.csv` into measures: rows cleaned, corrected (see
 * `corrections.ts`), their labels classified and their value cells parsed, then grouped by
 * (COMMODITY, TYPE). Malformed cells become issues; documented corrections go to the report.
 */

import { unitInfo } from '../model/units.js';
import { COMMODITY_FIXES, fixTypeWords, IGNORED_COLUMNS, TYPE_MERGES, UNIT_FIXES } from './corrections.js';
import { type CsvRow, lookup, readCsv } from './csv.js';
import type { UsgsIssue } from './errors.js';
import { type ClassifiedLabel, classifyLabel } from './labels.js';
import { correct, type UsgsReport } from './report.js';
import { type CellValue, parseCell } from './values.js';

/** The headers the world table must have (normalised: `PROD_EST_ 2024` → `PROD_EST_2024`). */
export const WORLD_COLUMNS = [
  'SOURCE',
  'COMMODITY',
  'COUNTRY',
  'TYPE',
  'UNIT_MEAS',
  'PROD_2023',
  'PROD_EST_2024',
  'PROD_NOTES',
  'CAP_2023',
  'CAP_EST_2024',
  'CAP_NOTES',
  'RESERVES_2024',
  'RESERVE_NOTES',
] as const;

export type Basis = 'production' | 'capacity' | 'reserves';

/** The value columns: basis, year, whether the column is an estimate, and its notes column. */
export const VALUE_COLUMNS = [
  { column: 'PROD_2023', basis: 'production', year: 2023, estimateColumn: false, notes: 'PROD_NOTES' },
  { column: 'PROD_EST_2024', basis: 'production', year: 2024, estimateColumn: true, notes: 'PROD_NOTES' },
  { column: 'CAP_2023', basis: 'capacity', year: 2023, estimateColumn: false, notes: 'CAP_NOTES' },
  { column: 'CAP_EST_2024', basis: 'capacity', year: 2024, estimateColumn: true, notes: 'CAP_NOTES' },
  { column: 'RESERVES_2024', basis: 'reserves', year: 2024, estimateColumn: false, notes: 'RESERVE_NOTES' },
] as const satisfies readonly { column: string; basis: Basis; year: number; estimateColumn: boolean; notes: string }[];
export type ValueColumn = (typeof VALUE_COLUMNS)[number];

export interface WorldCell {
  spec: ValueColumn;
  value: CellValue;
  /** The cleaned note of the cell's notes column ('' when none). */
  note: string;
  /** Set when the column is not imported for this commodity (see IGNORED_COLUMNS). */
  ignored?: string;
}

export interface WorldRow {
  line: number;
  commodity: string;
  type: string;
  unit: string;
  label: ClassifiedLabel;
  cells: WorldCell[];
}

export interface MeasureRows {
  commodity: string;
  type: string;
  unit: string;
  rows: WorldRow[];
}

/**
 * Parses the world table into measures (in file order). Returns the issues instead of throwing;
 * records corrections in `report`.
 */
export function readWorldRows(text: string, file: string, report: UsgsReport): { measures: MeasureRows[]; issues: UsgsIssue[] } {
  const { table, issues } = readCsv(text, file, WORLD_COLUMNS);
  report.rowsRead[file] = table.rows.length;
  const fix = (row: CsvRow, column: string, from: string, to: string, reason: string) => correct(report, { file, row: row.line, column, from, to, reason });
  const measures = new Map<string, MeasureRows>();

  for (const row of table.rows) {
    for (const c of ['COMMODITY', 'COUNTRY', 'TYPE'] as const) {
      if (!row.get(c)) issues.push({ file, row: row.line, column: c, value: row.raw(c), message: 'must not be empty' });
    }
    let commodity = row.get('COMMODITY');
    const spelling = lookup(COMMODITY_FIXES, commodity);
    if (spelling) {
      fix(row, 'COMMODITY', commodity, spelling.to, spelling.reason);
      commodity = spelling.to;
    }
    const label = classifyLabel(row.raw('COUNTRY'));
    if (label.footnote) fix(row, 'COUNTRY', row.get('COUNTRY'), label.label, `footnote marker ${label.footnote} glued to the label`);
    const typed = fixTypeWords(row.get('TYPE'));
    if (typed.fixed.length) fix(row, 'TYPE', row.get('TYPE'), typed.type, `misspelling(s) ${typed.fixed.join(', ')}`);
    let type = typed.type;
    const merge = TYPE_MERGES.find((m) => m.commodity === commodity && m.country === label.label && m.from === type);
    if (merge) {
      fix(row, 'TYPE', type, merge.to, `the ${merge.country} row of the ${commodity} table is typed differently`);
      type = merge.to;
    }
    let unit = row.get('UNIT_MEAS');
    const unitFix = UNIT_FIXES.find((u) => u.commodity === commodity && u.from === unit);
    if (unitFix) {
      fix(row, 'UNIT_MEAS', unit, unitFix.to, unitFix.reason);
      unit = unitFix.to;
    }
    if (unit && !unitInfo(unit)) {
      issues.push({
        file,
        row: row.line,
        column: 'UNIT_MEAS',
        value: row.raw('UNIT_MEAS'),
        message: 'unknown unit (add it to the unit table, src/model/units.ts)',
      });
    }
    const cells: WorldCell[] = VALUE_COLUMNS.map((spec) => {
      const value = parseCell(row.get(spec.column));
      if (value.kind === 'invalid') {
        issues.push({ file, row: row.line, column: spec.column, value: row.raw(spec.column), message: value.message });
      }
      const ignored = IGNORED_COLUMNS.find((i) => i.commodity === commodity && i.column === spec.column)?.reason;
      return { spec, value, note: row.get(spec.notes), ...(ignored ? { ignored } : {}) };
    });
    const key = `${commodity}\u0000${type}`;
    if (!measures.has(key)) measures.set(key, { commodity, type, unit: '', rows: [] });
    measures.get(key)!.rows.push({ line: row.line, commodity, type, unit, label, cells });
  }

  for (const m of measures.values()) {
    const units = [...new Set(m.rows.map((r) => r.unit).filter(Boolean))];
    if (units.length !== 1) {
      const r = m.rows[0];
      issues.push({
        file,
        row: r.line,
        column: 'UNIT_MEAS',
        value: units.join(' / '),
        message: `measure ${m.commodity} / ${m.type} needs exactly one unit, found ${units.length}`,
      });
      continue;
    }
    m.unit = units[0];
    for (const r of m.rows.filter((x) => !x.unit)) {
      correct(report, { file, row: r.line, column: 'UNIT_MEAS', from: '', to: m.unit, reason: 'empty unit; every other row of the measure says this unit' });
      r.unit = m.unit;
    }
  }
  return { measures: [...measures.values()], issues };
}
