/**
 * Ingest benchmark: the same synthetic data written (a) through our loader
 * (`loadDatasets`: zod validation, reference checks, then per chunk one transaction of
 * pipelined `UNWIND` batches that create the records whose ids are new and merge the existing
 * ones) and (b) through Neo4j's own `LOAD CSV` of the same nodes and relationships
 * (`MERGE` on id / on (start, end, type, key), `CALL … IN TRANSACTIONS`), each into an emptied
 * database with the same constraints and indexes. `neo4j-admin database import` is not part
 * of the comparison: the embedded server (`neo4j/pom.xml`) ships no `neo4j-admin`.
 */

import { appendFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadDatasets } from '../src/load/index.js';
import type { DatasetInput } from '../src/load/validate.js';
import { validateShape } from '../src/load/validate.js';
import { nameKeys } from '../src/model/names.js';
import { DATE_PROPERTIES, LABELS, type Label, labelOfId, parsePartialDate, REL_TYPE_NAMES, type RelType } from '../src/model/schema.js';
import type { Db } from '../src/neo4j/db.js';
import { applySchema } from '../src/neo4j/schema.js';
import { type GenerateOptions, generateDatasets } from './generate.js';
import { median } from './stats.js';

/** What one ingest run measured. */
export interface IngestRun {
  method: 'loader' | 'load-csv';
  nodes: number;
  relationships: number;
  /** Wall time of the writes alone (generation and CSV writing excluded), ms. */
  ms: number;
  relsPerSec: number;
  recordsPerSec: number;
  /** Loader only: time spent in `validateShape` over the same inputs, measured apart, ms. */
  validateMs?: number;
  /** Nodes and relationships in the database afterwards, per label and type. */
  counts: { nodes: number; relationships: number };
}

/**
 * Deletes every node and relationship in batches (the schema stays): relationships first, so
 * that no batch holds a hub's whole degree (at SF100 a country has tens of thousands of
 * relationships, and 5000 nodes with all theirs made one transaction of about a million
 * deletions), then the nodes.
 */
export async function emptyDatabase(db: Db): Promise<void> {
  await db.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
  await db.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS');
}

/** Node and relationship totals in the database (without the loader's GraphVersion mark). */
export async function graphCounts(db: Db): Promise<{ nodes: number; relationships: number }> {
  const [n] = await db.read<{ c: number }>('MATCH (n) WHERE NOT n:GraphVersion RETURN count(n) AS c');
  const [r] = await db.read<{ c: number }>('MATCH ()-[r]->() RETURN count(r) AS c');
  return { nodes: n.c, relationships: r.c };
}

/**
 * Loads the generated data through `loadDatasets`, one chunk per call (each chunk one
 * transaction; ids of earlier chunks are found in the graph by the loader's reference check).
 * Only the `loadDatasets` calls are timed.
 */
export async function ingestWithLoader(db: Db, gen: GenerateOptions, onChunk?: (name: string) => void): Promise<IngestRun> {
  let ms = 0;
  let validateMs = 0;
  let nodes = 0;
  let relationships = 0;
  for (const input of generateDatasets(gen)) {
    const c = input.content as { sources: unknown[]; nodes: unknown[]; relationships: unknown[] };
    nodes += c.sources.length + c.nodes.length;
    relationships += c.relationships.length;
    const v0 = performance.now();
    validateShape(input);
    validateMs += performance.now() - v0;
    const t0 = performance.now();
    await loadDatasets(db, [input]);
    ms += performance.now() - t0;
    onChunk?.(input.name);
  }
  return { ...(await ingestRun(db, 'loader', nodes, relationships, ms)), validateMs };
}

/** One ingest's figures: what was written in how long, its rates, and what the database holds afterwards. */
async function ingestRun(db: Db, method: IngestRun['method'], nodes: number, relationships: number, ms: number): Promise<IngestRun> {
  return {
    method,
    nodes,
    relationships,
    ms,
    relsPerSec: (relationships * 1000) / ms,
    recordsPerSec: ((nodes + relationships) * 1000) / ms,
    counts: await graphCounts(db),
  };
}

// ------------------------------------------------------------------ CSV ---------------------

type ColType = 'string' | 'float' | 'int' | 'bool' | 'list' | 'date';
/** One CSV file and how to load it. */
export interface CsvFile {
  file: string;
  kind: 'node' | 'rel';
  label?: Label;
  type?: RelType;
  from?: Label;
  to?: Label;
  rows: number;
  /** Property columns (beyond the key columns) and their types. */
  columns: Array<{ name: string; type: ColType }>;
}

const INT_PROPS = ['year', 'rank'];
const csvCell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  const s = Array.isArray(v) ? (v.length ? v.join('|') : '') : String(v);
  if (Array.isArray(v) && !v.length) return '';
  return `"${s.replace(/"/g, '""')}"`;
};

/** A record as flat CSV values: dates split into ISO date + precision, lists joined by `|`. */
function flatten(record: Record<string, unknown>, omit: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    if (v === undefined || omit.includes(k)) continue;
    if ((DATE_PROPERTIES as readonly string[]).includes(k) && typeof v === 'string') {
      const d = parsePartialDate(v)!;
      out[k] = d.date;
      out[`${k}Precision`] = d.precision;
    } else out[k] = v;
  }
  return out;
}

function colType(name: string, v: unknown): ColType {
  if (Array.isArray(v)) return 'list';
  if ((DATE_PROPERTIES as readonly string[]).includes(name)) return 'date';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return INT_PROPS.includes(name) ? 'int' : 'float';
  return 'string';
}

/** The rows of one generated chunk, grouped per CSV file (node label, relationship shape). */
function chunkTables(
  input: DatasetInput,
): Map<string, { meta: Omit<CsvFile, 'file' | 'rows' | 'columns'>; keyCols: string[]; rows: Array<Record<string, unknown>> }> {
  const parsed = validateShape(input).dataset!;
  const out = new Map<string, { meta: Omit<CsvFile, 'file' | 'rows' | 'columns'>; keyCols: string[]; rows: Array<Record<string, unknown>> }>();
  const add = (name: string, meta: Omit<CsvFile, 'file' | 'rows' | 'columns'>, keyCols: string[], row: Record<string, unknown>) => {
    if (!out.has(name)) out.set(name, { meta, keyCols, rows: [] });
    out.get(name)!.rows.push(row);
  };
  for (const r of [...parsed.sources.map((s) => ({ ...s, sources: [s.id] })), ...parsed.nodes]) {
    const label = r.label as Label;
    const row = flatten(r as Record<string, unknown>, ['label']);
    row.aliases = r.aliases;
    const keys = nameKeys(r.name, r.aliases);
    row.nameKey = keys.nameKey;
    row.aliasKeys = keys.aliasKeys;
    row.searchText = keys.searchText;
    add(`node-${label}`, { kind: 'node', label }, ['id'], row);
  }
  for (const r of parsed.relationships) {
    const from = labelOfId(r.from)!;
    const to = labelOfId(r.to)!;
    add(`rel-${r.type}-${from}-${to}`, { kind: 'rel', type: r.type, from, to }, ['from', 'to', 'key'], flatten(r as Record<string, unknown>, ['type']));
  }
  return out;
}

/**
 * Writes the generated data as CSV files under `dir`, the usual LOAD CSV layout: one file per
 * node label and one per relationship shape (type, start label, end label), nodes first, with
 * the properties our loader would store (dates as ISO dates plus `…Precision`, `nameKey`, `aliasKeys` and `searchText`, a
 * Source citing itself). Two passes over the generator (columns, then rows), so memory stays
 * bounded by one chunk. Returns the files in load order.
 */
export function writeCsv(dir: string, gen: GenerateOptions): CsvFile[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = new Map<string, CsvFile & { keyCols: string[]; types: Map<string, ColType> }>();
  for (const input of generateDatasets(gen)) {
    for (const [name, t] of chunkTables(input)) {
      if (!files.has(name)) files.set(name, { ...t.meta, file: path.join(dir, `${name}.csv`), rows: 0, columns: [], keyCols: t.keyCols, types: new Map() });
      const f = files.get(name)!;
      for (const row of t.rows)
        for (const [k, v] of Object.entries(row)) if (!t.keyCols.includes(k) && v !== undefined && !f.types.has(k)) f.types.set(k, colType(k, v));
    }
  }
  for (const f of files.values()) {
    f.columns = [...f.types].map(([name, type]) => ({ name, type }));
    writeFileSync(f.file, `${[...f.keyCols, ...f.columns.map((c) => c.name)].join(',')}\n`);
  }
  for (const input of generateDatasets(gen)) {
    for (const [name, t] of chunkTables(input)) {
      const f = files.get(name)!;
      const header = [...f.keyCols, ...f.columns.map((c) => c.name)];
      appendFileSync(f.file, `${t.rows.map((r) => header.map((h) => csvCell(r[h])).join(',')).join('\n')}\n`);
      f.rows += t.rows.length;
    }
  }
  const order = (f: CsvFile) => (f.kind === 'node' ? 0 : 1);
  return [...files.values()].sort((a, b) => order(a) - order(b)).map(({ keyCols: _k, types: _t, ...f }) => f);
}

const conv = (c: { name: string; type: ColType }) => {
  const v = `row.\`${c.name}\``;
  switch (c.type) {
    case 'float':
      return `toFloat(${v})`;
    case 'int':
      return `toInteger(${v})`;
    case 'bool':
      return `toBoolean(${v})`;
    case 'date':
      return `date(${v})`;
    case 'list':
      return c.name === 'aliases' || c.name === 'aliasKeys' ? `coalesce(split(${v}, '|'), [])` : `split(${v}, '|')`;
    default:
      return v;
  }
};
const safeName = (s: string) => {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(s)) throw new Error(`unexpected property name ${s}`);
  return s;
};

/** The `LOAD CSV` statement for one file (labels and types checked against the model). */
export function loadCsvStatement(f: CsvFile, batchRows: number): string {
  const sets = f.columns.map((c) => `x.${safeName(c.name)} = ${conv(c)}`);
  if (f.kind === 'node') {
    if (!LABELS.includes(f.label!)) throw new Error(`unknown label ${f.label}`);
    return [
      'LOAD CSV WITH HEADERS FROM $url AS row',
      'CALL (row) {',
      `  MERGE (x:${f.label} {id: row.id})`,
      `  SET ${[...sets, 'x.nameKey = row.nameKey', "x.searchText = coalesce(row.searchText, '')", 'x.updatedAt = datetime()'].join(', ')}`,
      `} IN TRANSACTIONS OF ${batchRows} ROWS`,
    ].join('\n');
  }
  if (!REL_TYPE_NAMES.includes(f.type!) || !LABELS.includes(f.from!) || !LABELS.includes(f.to!)) throw new Error(`unknown shape ${f.type}`);
  return [
    'LOAD CSV WITH HEADERS FROM $url AS row',
    'CALL (row) {',
    `  MATCH (a:${f.from} {id: row.from})`,
    `  MATCH (b:${f.to} {id: row.to})`,
    `  MERGE (a)-[x:${f.type} {key: coalesce(row.key, '')}]->(b)`,
    `  SET ${[...sets, 'x.updatedAt = datetime()'].join(', ')}`,
    `} IN TRANSACTIONS OF ${batchRows} ROWS`,
  ].join('\n');
}

/**
 * Loads the CSV files with `LOAD CSV` from `file:///<absolute path>` URLs (the embedded server
 * leaves `server.directories.import` unrestricted, so absolute file URLs are read directly),
 * one auto-commit statement per file, `batchRows` rows per inner transaction. Times the
 * statements only.
 */
export async function ingestWithLoadCsv(db: Db, driver: Driver, files: CsvFile[], batchRows = 10_000): Promise<IngestRun> {
  let ms = 0;
  let nodes = 0;
  let relationships = 0;
  for (const f of files) {
    if (!existsSync(f.file)) throw new Error(`missing CSV ${f.file}`);
    const statement = loadCsvStatement(f, batchRows);
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.WRITE });
    const t0 = performance.now();
    try {
      await session.run(statement, { url: `file://${f.file}` });
    } finally {
      await session.close();
    }
    ms += performance.now() - t0;
    if (f.kind === 'node') nodes += f.rows;
    else relationships += f.rows;
  }
  return ingestRun(db, 'load-csv', nodes, relationships, ms);
}

/** Options of the ingest comparison. */
export interface IngestOptions {
  gen: GenerateOptions;
  /** Where to write the CSV files (an absolute path the Neo4j server can read). */
  csvDir: string;
  /** Alternating repetitions of (LOAD CSV, loader); the last loader run leaves the data for the query benchmarks. */
  reps: number;
  log: (line: string) => void;
}

/**
 * The ingest comparison: an untimed warm-up of both methods on a small dataset, an untimed fill
 * of the full dataset (LOAD CSV), then per repetition LOAD CSV and the loader, each into the
 * database emptied of the full dataset, so every timed run starts from the same store.
 */
export async function runIngest(db: Db, driver: Driver, opts: IngestOptions) {
  await applySchema(db);
  // Warm-up, untimed: both methods once on a small dataset of another seed, so that neither
  // pays the JVM's and the query planner's first-use costs in the timed runs.
  // At most SF1: past that the warm-up only costs time (SF100 would warm up on SF2).
  const warm = { seed: opts.gen.seed + 1, scale: Math.min(1, Math.max(0.02, opts.gen.scale * 0.02)) };
  const warmFiles = writeCsv(opts.csvDir, warm);
  await emptyDatabase(db);
  await ingestWithLoadCsv(db, driver, warmFiles);
  await emptyDatabase(db);
  await ingestWithLoader(db, warm);
  opts.log(`  warmed up on ${warmFiles.length} CSV files (SF${warm.scale})`);
  const t0 = performance.now();
  const files = writeCsv(opts.csvDir, opts.gen);
  const csvWriteMs = performance.now() - t0;
  opts.log(`  wrote ${files.length} CSV files in ${(csvWriteMs / 1000).toFixed(1)} s`);
  // Filled once with the full dataset, untimed: every timed run then starts on a database
  // emptied of the same data. Without it the first timed run (LOAD CSV) alone also grows the store
  // files from the warm-up's size, and the others reuse what it grew.
  const f0 = performance.now();
  await emptyDatabase(db);
  await ingestWithLoadCsv(db, driver, files);
  const fillMs = performance.now() - f0;
  opts.log(`  filled the store once with the full dataset, untimed (${(fillMs / 1000).toFixed(1)} s)`);
  const runs: IngestRun[] = [];
  for (let rep = 0; rep < opts.reps; rep++) {
    await emptyDatabase(db);
    const csv = await ingestWithLoadCsv(db, driver, files);
    opts.log(`  LOAD CSV: ${csv.relationships} relationships in ${(csv.ms / 1000).toFixed(1)} s (${csv.relsPerSec.toFixed(0)}/s)`);
    runs.push(csv);
    await emptyDatabase(db);
    const loader = await ingestWithLoader(db, opts.gen);
    opts.log(`  loader:   ${loader.relationships} relationships in ${(loader.ms / 1000).toFixed(1)} s (${loader.relsPerSec.toFixed(0)}/s)`);
    runs.push(loader);
  }
  rmSync(opts.csvDir, { recursive: true, force: true });
  // Medians of at least one repetition each (`reps` ≥ 1).
  const loaderRate = median(runs.filter((r) => r.method === 'loader').map((r) => r.relsPerSec)) ?? Number.NaN;
  const csvRate = median(runs.filter((r) => r.method === 'load-csv').map((r) => r.relsPerSec)) ?? Number.NaN;
  return {
    runs,
    csvFiles: files.length,
    csvWriteMs,
    /** The untimed fill with the full dataset before the timed runs, in ms. */
    fillMs,
    loaderRelsPerSec: loaderRate,
    loadCsvRelsPerSec: csvRate,
    /** Loader throughput ÷ LOAD CSV throughput (median of the repetitions). */
    ratio: loaderRate / csvRate,
    neo4jAdminImport: 'not available: the embedded server built from neo4j/pom.xml has no neo4j-admin tool, and `database import` needs an offline store',
  };
}
