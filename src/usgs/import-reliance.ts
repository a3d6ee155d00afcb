/**
 * U.S. net import reliance: Fig. 2 (major import sources 2020–2023, in order) and table T5
 * (critical minerals: primary import source) → `IMPORTS_FROM` from `country:US` to each import
 * source, `itemId` the commodity node, `key` the itemId, `rank` the position in the USGS list,
 * `period` "2020–2023", and the 2024 net import reliance as `quantity` with unit
 * "% net import reliance 2024" and its `quantityBound`. No `sharePct`: USGS gives no shares.
 */
import type { Dataset, RelationshipRecord } from '../model/schema.js';
import { buildOrThrow, type GraphBuilder } from './builder.js';
import { commodityFor, commodityNode } from './commodities.js';
import { type CsvRow, readCsv, slugify } from './csv.js';
import type { UsgsIssue } from './errors.js';
import { classifyLabel } from './labels.js';
import { correct, countByType, skip, type UsgsReport } from './report.js';
import { FILES, SOURCE_IDS, sourceRecord, type TableKey } from './sources.js';
import { parseReliance } from './values.js';

/** The `unit` of the reliance percentage on `IMPORTS_FROM`, and the `period` of the import sources. */
export const RELIANCE_UNIT = '% net import reliance 2024';
export const RELIANCE_PERIOD = '2020–2023';

interface Spec {
  table: 'fig2' | 't5';
  commodity: string;
  reliance: string;
  sources: string;
  notes: string;
  /** The import-source cell → country names in order (Fig. 2: a comma-separated list; T5: one name). */
  split: (cell: string) => string[];
  noteText: (label: string, note: string) => string;
}

const SPECS: Record<'fig2' | 't5', Spec> = {
  fig2: {
    table: 'fig2',
    commodity: 'Commodity',
    reliance: 'Net_Import_Reliance_pct_2024',
    sources: 'Major_Import_Sources_2020_2023',
    notes: 'Notes',
    split: (cell) => cell.split(','),
    noteText: (label, note) => `USGS MCS 2025 Fig. 2, ${label}: major import source 2020–2023${note ? `. ${note}` : ''}`,
  },
  t5: {
    table: 't5',
    commodity: 'Critical_mineral',
    reliance: 'Net_Import_Reliance',
    sources: 'Primary_import_source',
    notes: 'Import_source_notes',
    split: (cell) => [cell],
    noteText: (label, note) => `USGS MCS 2025 table T5, ${label}: primary import source${note ? `. ${note}` : ''}`,
  },
};

/**
 * Imports Fig. 2 (`MCS2025_Fig2_Net_Import_Reliance.csv`, whole text): one `IMPORTS_FROM` per
 * commodity and listed import source, ranked 1..n. Two rows of one commodity node (mica sheet,
 * mica scrap and flake) get keys `<itemId>|<form-slug>`. Source: `source:usgs-mcs-2025-fig2`.
 * Throws UsgsImportError on a malformed reliance value or an empty commodity / source cell.
 */
export function importNetImportReliance(csv: string): { dataset: Dataset; report: UsgsReport } {
  return run('fig2', csv);
}

/**
 * Imports T5 (`MCS2025_T5_Critical_Minerals_Salient.csv`, whole text): per critical mineral,
 * `IMPORTS_FROM` to its primary import source (rank 1); `E` (net exporter) gives no quantity,
 * noValueReason "net exporter". Only the import-reliance columns are read (the production
 * columns repeat the world table). Source: `source:usgs-mcs-2025-t5`. Throws UsgsImportError.
 */
export function importCriticalMineralsSalient(csv: string): { dataset: Dataset; report: UsgsReport } {
  return run('t5', csv);
}

function run(table: 'fig2' | 't5', csv: string) {
  return buildOrThrow((builder, report) => buildReliance(table, csv, builder, report));
}

/** Adds Fig. 2 or T5 to `builder`; returns the issues (nothing is added when there are any). */
export function buildReliance(table: 'fig2' | 't5', csv: string, builder: GraphBuilder, report: UsgsReport): UsgsIssue[] {
  const spec = SPECS[table];
  const file = FILES[table as TableKey];
  const src = SOURCE_IDS[table];
  const { table: t, issues } = readCsv(csv, file, [spec.commodity, spec.reliance, spec.sources, spec.notes]);
  report.rowsRead[file] = t.rows.length;
  const items = t.rows.map((row) => ({ row, ...commodityFor(row.get(spec.commodity)) }));
  const perItem = new Map<string, number>();
  for (const i of items) perItem.set(i.entry.id, (perItem.get(i.entry.id) ?? 0) + 1);
  const adds: (() => void)[] = [];
  const rels: RelationshipRecord[] = [];

  for (const { row, entry, known } of items) {
    const label = row.get(spec.commodity);
    for (const c of [spec.commodity, spec.sources]) {
      if (!row.get(c)) issues.push({ file, row: row.line, column: c, value: row.raw(c), message: 'must not be empty' });
    }
    const reliance = parseReliance(row.get(spec.reliance));
    if (reliance.kind === 'invalid') issues.push({ file, row: row.line, column: spec.reliance, value: row.raw(spec.reliance), message: reliance.message });
    if (!label || reliance.kind === 'invalid') continue;
    if (!known) report.unknownCommodities.push({ file, row: row.line, name: label, id: entry.id });
    adds.push(() => builder.addNode(commodityNode(entry, src)));
    const form = label.includes(',') ? label.slice(label.indexOf(',') + 1) : label;
    const key = (perItem.get(entry.id) ?? 0) > 1 ? `${entry.id}|${slugify(form)}` : entry.id;
    const note = spec.noteText(label, row.get(spec.notes).replace(/\.$/, '')) + (reliance.kind === 'netExporter' ? '. E: net exporter' : '');
    const base = {
      type: 'IMPORTS_FROM' as const,
      from: 'country:US',
      key,
      sources: [src],
      basis: 'importReliance' as const,
      itemId: entry.id,
      period: RELIANCE_PERIOD,
      note,
      ...(reliance.kind === 'number' ? { quantity: reliance.value, unit: RELIANCE_UNIT, quantityBound: reliance.bound } : { noValueReason: 'net exporter' }),
    };
    adds.push(() => builder.addCountry('US', 'United States', src));
    sourceCountries(row, spec, file, report).forEach((c, i) => {
      if (!c) return;
      adds.push(() => builder.addCountry(c.code, c.name, src));
      rels.push({ ...base, to: `country:${c.code}`, rank: i + 1 });
    });
  }
  if (issues.length) return issues;
  builder.addSource(sourceRecord(table));
  for (const add of adds) add();
  for (const r of rels) builder.addRel(r);
  report.imported[file] = countByType(rels);
  return [];
}

/** The import-source countries of a row, in order; an unmapped name leaves a hole (its rank is kept for the others). */
function sourceCountries(row: CsvRow, spec: Spec, file: string, report: UsgsReport): ({ code: string; name: string } | undefined)[] {
  return spec
    .split(row.get(spec.sources))
    .map((n) => n.trim())
    .filter(Boolean)
    .map((name) => {
      const c = classifyLabel(name);
      if (c.footnote) {
        correct(report, {
          file,
          row: row.line,
          column: spec.sources,
          from: name,
          to: c.label,
          reason: `footnote marker ${c.footnote} glued to the country name`,
        });
      }
      if (c.what.kind === 'country') return { code: c.what.code, name: c.what.name };
      report.unmapped.push({ file, row: row.line, name: c.label });
      skip(report, 'import source: unmapped country name');
      return undefined;
    });
}
