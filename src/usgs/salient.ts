/**
 * The salient-statistics tables (`salient/mcs2025-<code>_salient.csv`, one per commodity:
 * U.S. production, imports, exports, consumption, prices, stocks, employment and net import
 * reliance, 2020–2024) → one `Measure` per column (`statistic`, `form`, `unit`) with `MEASURES`
 * to its item, and one `REPORTS_STATISTIC` per year and cell from `country:US` to the item.
 */
import type { NodeRecord, RelationshipRecord, SourceRecord } from '../model/schema.js';
import type { GraphBuilder } from './builder.js';
import { commodityFor, commodityNode } from './commodities.js';
import { type CsvRow, cleanText, lookup, readCsv, slugify } from './csv.js';
import type { UsgsIssue } from './errors.js';
import { correct, countByType, skip, type UsgsReport } from './report.js';
import { formOf, HEADER_FIXES, itemNameOf, type Statistic, SUFFIX_UNITS, type SuffixUnit, statisticOf, suffixOf } from './salient-columns.js';
import { parseSalientCell } from './salient-values.js';
import { SALIENT_YEARS } from './sources.js';

/** One salient table as read: its path in the release (`salient/mcs2025-galli_salient.csv`) and text. */
export interface SalientFile {
  file: string;
  text: string;
}

/** The file code of a salient table: `salient/mcs2025-galli_salient.csv` → `galli`. */
export function salientCode(file: string): string | undefined {
  return /mcs2025-([a-z]+)_salient\.csv$/.exec(file)?.[1];
}

/** The Source id of one salient table. */
export const salientSourceId = (code: string) => `source:usgs-mcs-2025-salient-${code}`;

const YEARS = SALIENT_YEARS;
/** The release marks its latest year as estimated ("Data are estimated for the most recent year"). */
const ESTIMATED_YEAR = 2024;

interface Column {
  index: number;
  name: string;
  statistic: Statistic;
  unit: SuffixUnit;
  form: string;
}

/**
 * Adds every salient table to `builder`; returns the issues (an unknown unit suffix, a unit
 * that cannot be the statistic's, a malformed cell, a year outside 2020–2024, …; nothing is
 * added when there are any). Header fixes are listed in `report.corrections`, empty trailing
 * columns and rows and empty cells in `report.skipped`.
 */
export function buildSalient(files: SalientFile[], builder: GraphBuilder, report: UsgsReport): UsgsIssue[] {
  const issues: UsgsIssue[] = [];
  const out: { source: SourceRecord; nodes: NodeRecord[]; rels: RelationshipRecord[]; file: string }[] = [];
  for (const f of files) {
    const code = salientCode(f.file);
    if (!code) {
      issues.push({ file: f.file, row: 0, column: '(file)', value: '', message: 'not a salient table name (mcs2025-<code>_salient.csv)' });
      continue;
    }
    const built = buildTable(f, code, report, issues);
    if (built) out.push(built);
  }
  if (issues.length) return issues;
  for (const t of out) {
    builder.addSource(t.source);
    builder.addCountry('US', 'United States', t.source.id);
    for (const n of t.nodes) builder.addNode(n);
    for (const r of t.rels) builder.addRel(r);
    report.imported[t.file] = countByType(t.rels);
  }
  return [];
}

function buildTable(f: SalientFile, code: string, report: UsgsReport, issues: UsgsIssue[]) {
  const { table, issues: csvIssues } = readCsv(f.text, f.file, ['Commodity', 'Year']);
  for (const issue of csvIssues) issues.push(issue);
  if (csvIssues.length) return undefined;
  const rows = table.rows.filter((r) => {
    const empty = r.cells.every((c) => c === '');
    if (empty) skip(report, 'row: empty (separators only)');
    return !empty;
  });
  report.rowsRead[f.file] = rows.length;
  const commodity = rows[0] ? rows[0].get('Commodity') : '';
  const src = salientSourceId(code);
  const columns = readColumns(table.headers, rows, f.file, code, report, issues);
  const years = rows.map((r) => yearOf(r, f.file, issues));
  const nodes: NodeRecord[] = [];
  const rels: RelationshipRecord[] = [];
  for (const col of columns) {
    const { entry, known } = commodityFor(itemNameOf(code, col.name, commodity));
    if (!known) report.unknownCommodities.push({ file: f.file, row: 1, name: itemNameOf(code, col.name, commodity), id: entry.id });
    const measureId = `measure:salient-${code}-${slugify(col.name)}`;
    const baseUnit = col.unit.toTonnes ? 't' : col.unit.unit;
    nodes.push(commodityNode(entry, src), {
      id: measureId,
      label: 'Measure',
      name: `${entry.name}, U.S. ${col.statistic}${col.form ? ` (${col.form})` : ''}`,
      aliases: [],
      description: `USGS MCS 2025 salient statistics of ${commodity}, column ${col.name} (${f.file}): U.S. ${col.statistic}${col.form ? `, ${col.form}` : ''}, in ${col.unit.unit}, 2020–2024 (2024 estimated).`,
      commodity,
      measure: col.name,
      unit: col.unit.unit,
      baseUnit,
      statistic: col.statistic,
      ...(col.form ? { form: col.form } : {}),
      sources: [src],
    });
    rels.push({ type: 'MEASURES', from: measureId, to: entry.id, key: '', sources: [src] });
    rows.forEach((r, i) => {
      const year = years[i];
      if (year === undefined) return;
      const v = parseSalientCell(r.cells[col.index] ?? '', col.unit, col.statistic === 'importReliance');
      if (v.kind === 'invalid') {
        issues.push({ file: f.file, row: r.line, column: col.name, value: r.rawCells[col.index] ?? '', message: v.message });
        return;
      }
      if (v.kind === 'empty') {
        skip(report, 'cell: empty (no value)');
        return;
      }
      const rel: RelationshipRecord = {
        type: 'REPORTS_STATISTIC',
        from: 'country:US',
        to: entry.id,
        key: `${measureId}|${year}`,
        sources: [src],
        basis: col.statistic,
        measureId,
        year,
        ...(year === ESTIMATED_YEAR ? { estimated: true } : {}),
      };
      if (v.kind === 'none') rels.push({ ...rel, unit: col.unit.unit, noValueReason: v.reason });
      else {
        rels.push({
          ...rel,
          quantity: v.value,
          unit: col.unit.unit,
          quantityBound: v.bound,
          ...(col.unit.toTonnes ? { quantityBase: Number((v.value * col.unit.toTonnes).toPrecision(12)), baseUnit: 't' } : {}),
          ...(v.note ? { note: v.note } : {}),
        });
      }
    });
  }
  const source: SourceRecord = {
    id: src,
    label: 'Source',
    name: `USGS Mineral Commodity Summaries 2025: ${commodity} salient statistics (mcs2025-${code}_salient)`,
    aliases: [],
    description: `U.S. Geological Survey, Mineral Commodity Summaries 2025 Data Release, file ${f.file} with its metadata mcs2025-${code}_meta.xml (report: doi:10.3133/mcs2025).`,
    publisher: 'U.S. Geological Survey',
    sourceType: 'dataset',
    url: 'https://doi.org/10.5066/P13XCP3R',
    doi: '10.5066/P13XCP3R',
    publishedDate: '2025',
    note: 'Public domain (work of the U.S. federal government); vendored byte-for-byte under data/usgs-mcs-2025/salient/.',
  };
  return { source, nodes, rels, file: f.file };
}

function yearOf(r: CsvRow, file: string, issues: UsgsIssue[]): number | undefined {
  const year = Number(r.get('Year'));
  if (YEARS.includes(year)) return year;
  issues.push({ file, row: r.line, column: 'Year', value: r.raw('Year'), message: `expected a year ${YEARS[0]}–${YEARS[YEARS.length - 1]}` });
  return undefined;
}

/** Unit kinds a statistic can be in; a column whose suffix gives another kind is an issue. */
function unitFits(statistic: Statistic, unit: SuffixUnit): boolean {
  const isPrice = /^(dollars|cents) per |^index$/.test(unit.unit);
  if (statistic === 'importReliance') return unit.unit === 'percent';
  if (statistic === 'employment') return unit.unit === 'number';
  if (statistic === 'price') return isPrice || unit.unit === 'million dollars';
  return !isPrice;
}

/** The value columns (after DataSource/Source, Commodity, Year): fixed headers, statistic, unit. */
function readColumns(headers: string[], rows: CsvRow[], file: string, code: string, report: UsgsReport, issues: UsgsIssue[]): Column[] {
  const seen = new Map<string, number>();
  const names = new Set<string>();
  const columns: Column[] = [];
  headers.forEach((header, index) => {
    if (index < 3) {
      const expected = [['DataSource', 'Source'], ['Commodity'], ['Year']][index];
      if (!expected.includes(header))
        issues.push({ file, row: 1, column: header, value: header, message: `expected column ${index + 1} to be ${expected.join(' or ')}` });
      return;
    }
    if (header === '') {
      if (rows.every((r) => (r.cells[index] ?? '') === '')) skip(report, 'column: unnamed and empty (trailing separator)');
      else issues.push({ file, row: 1, column: `(column ${index + 1})`, value: '', message: 'a column without a name holds values' });
      return;
    }
    const nth = (seen.get(header) ?? 0) + 1;
    seen.set(header, nth);
    const fix = lookup(HEADER_FIXES, code)?.find((x) => x.from === header && (x.nth === undefined || x.nth === nth));
    const name = fix ? fix.to : header;
    if (fix) correct(report, { file, row: 1, column: header, from: header, to: name, reason: fix.reason });
    if (names.has(name)) {
      issues.push({ file, row: 1, column: name, value: header, message: 'the same column name twice (add a header fix naming each from the metadata)' });
      return;
    }
    names.add(name);
    const suffix = suffixOf(name);
    const unit = lookup(SUFFIX_UNITS, suffix);
    const statistic = statisticOf(name);
    if (!unit) {
      issues.push({
        file,
        row: 1,
        column: name,
        value: header,
        message: `unknown unit suffix ${JSON.stringify(suffix)} (known: ${Object.keys(SUFFIX_UNITS).join(', ')})`,
      });
      return;
    }
    if (!unitFits(statistic, unit)) {
      issues.push({ file, row: 1, column: name, value: header, message: `a ${statistic} column in ${unit.unit}: the suffix cannot be this statistic's unit` });
      return;
    }
    columns.push({ index, name: cleanText(name), statistic, unit, form: formOf(name, suffix) });
  });
  return columns;
}
