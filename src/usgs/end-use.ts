/**
 * Table T4 (critical minerals, primary applications) → `USED_IN` from each commodity node to
 * Industry nodes `industry:<slug>` parsed from "Primary Applications".
 */
import type { Dataset, RelationshipRecord } from '../model/schema.js';
import { buildOrThrow, type GraphBuilder } from './builder.js';
import { commodityFor, commodityNode } from './commodities.js';
import { readCsv, slugify } from './csv.js';
import type { UsgsIssue } from './errors.js';
import { countByType, skip, type UsgsReport } from './report.js';
import { FILES, SOURCE_IDS, sourceRecord } from './sources.js';

const SRC = SOURCE_IDS.t4;
const COLUMNS = ['Critical Mineral', 'Primary Applications'] as const;
/** The note on every T4 `USED_IN`. */
export const END_USE_NOTE = 'primary application (USGS MCS 2025 table T4)';

/** Phrases that contain " and " but name one application. */
const WHOLE_PHRASES = ['research and development'];
/** Phrases that are not an industry (skipped, counted in the report). */
const NOT_INDUSTRIES = ['many sectors of the economy'];

/**
 * Splits a "Primary Applications" cell into application phrases: the final period removed,
 * split on commas and on " and " (a serial "and" dropped), except the phrases in
 * WHOLE_PHRASES. `Flame retardants and lead-acid batteries.` → [`Flame retardants`,
 * `lead-acid batteries`].
 */
export function splitApplications(cell: string): string[] {
  const text = cell.replace(/\.\s*$/, '');
  const out: string[] = [];
  for (let part of text.split(/\s*,\s*/)) {
    part = part.replace(/^and\s+/i, '').trim();
    if (!part) continue;
    if (WHOLE_PHRASES.includes(part.toLowerCase())) out.push(part);
    else
      out.push(
        ...part
          .split(/\s+and\s+/i)
          .map((p) => p.trim())
          .filter(Boolean),
      );
  }
  return out;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Imports T4 (`MCS2025_T4_Critical_Minerals_End_Use.csv`, whole text): one `USED_IN`
 * (basis endUse, note "primary application (USGS MCS 2025 table T4)") per mineral and
 * application, Industry nodes named after the phrase (`industry:integrated-circuits`).
 * Source: `source:usgs-mcs-2025-t4`. Throws UsgsImportError on an empty mineral or application cell.
 */
export function importEndUse(csv: string): { dataset: Dataset; report: UsgsReport } {
  return buildOrThrow((builder, report) => buildEndUse(csv, builder, report));
}

/** Adds T4 to `builder`; returns the issues (nothing is added when there are any). */
export function buildEndUse(csv: string, builder: GraphBuilder, report: UsgsReport): UsgsIssue[] {
  const file = FILES.t4;
  const { table, issues } = readCsv(csv, file, COLUMNS);
  report.rowsRead[file] = table.rows.length;
  const adds: (() => void)[] = [];
  const rels: RelationshipRecord[] = [];
  for (const row of table.rows) {
    const mineral = row.get('Critical Mineral');
    const apps = row.get('Primary Applications');
    for (const [c, v] of [
      ['Critical Mineral', mineral],
      ['Primary Applications', apps],
    ] as const) {
      if (!v) issues.push({ file, row: row.line, column: c, value: row.raw(c), message: 'must not be empty' });
    }
    if (!mineral || !apps) continue;
    const { entry, known } = commodityFor(mineral);
    if (!known) report.unknownCommodities.push({ file, row: row.line, name: mineral, id: entry.id });
    adds.push(() => builder.addNode(commodityNode(entry, SRC)));
    for (const phrase of splitApplications(apps)) {
      if (NOT_INDUSTRIES.includes(phrase.toLowerCase())) {
        skip(report, `T4 phrase: not an industry ("${phrase}")`);
        continue;
      }
      const id = `industry:${slugify(phrase)}`;
      adds.push(() => builder.addNode({ id, label: 'Industry', name: capitalise(phrase), aliases: [], sources: [SRC] }));
      rels.push({ type: 'USED_IN', from: entry.id, to: id, key: '', sources: [SRC], basis: 'endUse', note: END_USE_NOTE });
    }
  }
  if (issues.length) return issues;
  builder.addSource(sourceRecord('t4'));
  for (const add of adds) add();
  for (const r of rels) builder.addRel(r);
  report.imported[file] = countByType(rels);
  return [];
}
