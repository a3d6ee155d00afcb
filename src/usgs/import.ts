/**
 * The USGS Mineral Commodity Summaries 2025 importer (data release doi:10.5066/P13XCP3R):
 * four tables of the release → one Dataset conforming to `src/model/schema.ts`, plus a report.
 * Pure apart from reading the four files: no database, no writes, same input → same output.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../model/schema.js';
import { buildOrThrow, type GraphBuilder } from './builder.js';
import { buildEndUse } from './end-use.js';
import { UsgsImportError, type UsgsIssue } from './errors.js';
import { buildReliance } from './import-reliance.js';
import type { UsgsReport } from './report.js';
import { buildSalient, type SalientFile } from './salient.js';
import { FILES, SALIENT_DIR, SOURCE_IDS, type TableKey } from './sources.js';
import { buildWorld } from './world.js';

export { UsgsImportError, type UsgsIssue } from './errors.js';
export type { UsgsReport } from './report.js';

/**
 * Imports the MCS 2025 tables found under `dir` (the release folder, e.g. `data/usgs-mcs-2025`):
 * `world/MCS2025_World_Data.csv` (Measures, PRODUCES, HOLDS_RESERVES), `industry-trends/`
 * `MCS2025_T4_Critical_Minerals_End_Use.csv` (USED_IN), `MCS2025_Fig2_Net_Import_Reliance.csv`
 * and `MCS2025_T5_Critical_Minerals_Salient.csv` (IMPORTS_FROM; a T5 primary import source that
 * is also Fig. 2's first source is one relationship citing both tables), and every
 * `salient/mcs2025-<code>_salient.csv` (salient Measures, REPORTS_STATISTIC 2020–2024; the
 * folder may be absent).
 *
 * Returns the dataset (sources, nodes, relationships; sorted) and the report (rows read,
 * relationships imported, skipped by reason, unmapped names, aggregates, corrections,
 * warnings). Quantities are in the reported unit (`unit`) and in metric tons (`quantityBase`,
 * `baseUnit` "t") for mass units. Throws UsgsImportError listing every malformed cell of every
 * file (or a file that cannot be read); then nothing should be written.
 */
export function importUsgs(dir: string): { dataset: Dataset; report: UsgsReport } {
  const texts = {} as Record<TableKey, string>;
  const issues: UsgsIssue[] = [];
  for (const [table, file] of Object.entries(FILES) as [TableKey, string][]) {
    try {
      texts[table] = readFileSync(path.join(dir, file), 'utf8');
    } catch (e) {
      issues.push({ file, row: 0, column: '(file)', value: '', message: `cannot read: ${(e as Error).message}` });
    }
  }
  // The salient tables are optional: a release folder without `salient/` imports the four tables.
  const salientDir = path.join(dir, SALIENT_DIR);
  const salient: SalientFile[] = [];
  const names = existsSync(salientDir)
    ? readdirSync(salientDir)
        .filter((n) => n.endsWith('_salient.csv'))
        .sort()
    : [];
  for (const name of names) {
    const file = `${SALIENT_DIR}/${name}`;
    try {
      salient.push({ file, text: readFileSync(path.join(dir, file), 'utf8') });
    } catch (e) {
      issues.push({ file, row: 0, column: '(file)', value: '', message: `cannot read: ${(e as Error).message}` });
    }
  }
  if (issues.length) throw new UsgsImportError(issues);
  return importUsgsTexts(texts, salient);
}

/** As `importUsgs`, from the four files' texts (keys world, t4, t5, fig2) and the salient tables read. */
export function importUsgsTexts(texts: Record<TableKey, string>, salient: SalientFile[] = []): { dataset: Dataset; report: UsgsReport } {
  return buildOrThrow((builder, report) => {
    // Fig. 2 before T5: Fig. 2 has the full ranked lists; T5 adds its citation to the rank-1 source.
    const issues = [
      ...buildWorld(texts.world, builder, report),
      ...buildEndUse(texts.t4, builder, report),
      ...buildReliance('fig2', texts.fig2, builder, report),
      ...buildReliance('t5', texts.t5, builder, report),
      ...buildSalient(salient, builder, report),
    ];
    if (!issues.length) checkPrimarySources(builder, report);
    return issues;
  });
}

/** Warns when T5 names a primary import source that is not Fig. 2's first source for the same item. */
function checkPrimarySources(builder: GraphBuilder, report: UsgsReport): void {
  const rankOne = new Map<string, string[]>();
  for (const r of builder.relationshipsOf('IMPORTS_FROM')) {
    if (r.rank === 1) rankOne.set(r.key, [...(rankOne.get(r.key) ?? []), r.to]);
  }
  for (const [key, tos] of rankOne) {
    if (tos.length > 1) report.warnings.push(`IMPORTS_FROM ${key}: several rank-1 import sources (${tos.join(', ')}); T5 and Fig. 2 disagree`);
  }
  for (const r of builder.relationshipsOf('IMPORTS_FROM')) {
    if (r.sources.includes(SOURCE_IDS.t5) && r.rank !== 1)
      report.warnings.push(`IMPORTS_FROM ${r.key} → ${r.to}: T5 primary source is rank ${r.rank} in Fig. 2`);
  }
}
