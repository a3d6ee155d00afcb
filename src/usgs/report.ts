/** The import report: what was read, imported, skipped (and why), corrected and left unmapped. */
import type { Dataset } from '../model/schema.js';

/** A label that names no ISO country (kept out of the graph). `row` is the 1-based line. */
export interface UnmappedName {
  file: string;
  row: number;
  name: string;
}

/** A world-data row that is a figure of a measure, not a country. `figures` as text. */
export interface AggregateRow {
  file: string;
  row: number;
  measureId: string;
  label: string;
  kind: 'worldTotal' | 'otherCountries' | 'multiCountry';
  /** `true` when the figures are the Measure's worldTotal2023/2024; else they are in worldTotalNote. */
  onMeasure: boolean;
  figures: string;
}

/** A documented correction, applied to the same cell text on the lines `rows` (1-based). */
export interface Correction {
  file: string;
  rows: number[];
  column: string;
  from: string;
  to: string;
  reason: string;
}

export interface UsgsReport {
  /** Data records read per file (header excluded). */
  rowsRead: Record<string, number>;
  /** Relationships built per file and type, before tables are merged. */
  imported: Record<string, Record<string, number>>;
  /** Nodes (by label) and relationships (by type) in the final dataset. */
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** Cells, rows or phrases not turned into relationships, by reason (the reason says which). */
  skipped: Record<string, number>;
  unmapped: UnmappedName[];
  aggregates: AggregateRow[];
  corrections: Correction[];
  /** Commodity names not in `commodities.ts`, given the fallback id `product:<slug>`. */
  unknownCommodities: { file: string; row: number; name: string; id: string }[];
  /** Things worth a look that did not stop the import (a share above 100 %, T5 vs Fig. 2 differences, …). */
  warnings: string[];
}

/** A report with nothing counted yet. */
export function emptyReport(): UsgsReport {
  return {
    rowsRead: {},
    imported: {},
    nodes: {},
    relationships: {},
    skipped: {},
    unmapped: [],
    aggregates: [],
    corrections: [],
    unknownCommodities: [],
    warnings: [],
  };
}

/** Records a correction of one cell, merged with the same correction on other lines. */
export function correct(report: UsgsReport, c: Omit<Correction, 'rows'> & { row: number }): void {
  const { row, ...rest } = c;
  const same = report.corrections.find((x) => x.file === c.file && x.column === c.column && x.from === c.from && x.to === c.to && x.reason === c.reason);
  if (same) same.rows.push(row);
  else report.corrections.push({ ...rest, rows: [row] });
}

/** Counts `n` cells/rows/phrases skipped for `reason` (a reason says what it counts: `cell: …`, `row: …`). */
export function skip(report: UsgsReport, reason: string, n = 1): void {
  if (n > 0) report.skipped[reason] = (report.skipped[reason] ?? 0) + n;
}

/** Relationships counted by type. */
export function countByType(rels: { type: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rels) out[r.type] = (out[r.type] ?? 0) + 1;
  return out;
}

/** Sets `nodes` (by label, Source included) and `relationships` (by type) from the final dataset. */
export function countDataset(report: UsgsReport, ds: Dataset): UsgsReport {
  const nodes: Record<string, number> = {};
  for (const n of ds.nodes) nodes[n.label] = (nodes[n.label] ?? 0) + 1;
  if (ds.sources.length) nodes.Source = ds.sources.length;
  report.nodes = nodes;
  report.relationships = countByType(ds.relationships);
  return report;
}
