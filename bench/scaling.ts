/**
 * `npm run bench:scaling [-- --dir bench/results]`: how cost grows with the graph. Reads the
 * results files `sf1.json`, `sf10.json` and `sf100.json` of a folder (those that exist, at least
 * two) and writes `scaling.json` and `scaling.md` beside them: per query, its p50 and p95
 * through GraphQL (sequential, response cache off, ms), its db hits (PROFILE, all statements of
 * one operation, median of the samples) and its round trips (statements per GraphQL operation,
 * median) at each scale, and the growth factor per tenfold between consecutive scales
 * (`(b ÷ a)^(1 / log10(scaleB ÷ scaleA))`: 1 = flat, 10 = linear in the graph's size); then
 * the targets' values at each scale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLine, folderOption, UsageError, writableFolder } from './options.js';
import { type BenchResults, caseDbHits, caseRoundTrips, targetInput } from './report.js';
import { finish } from './stop.js';
import { checkTargets, formatValue } from './targets.js';

/** The four figures of one query at one scale (undefined where not measured). */
export interface ScalePoint {
  p50: number | undefined;
  p95: number | undefined;
  dbHits: number | undefined;
  roundTrips: number | undefined;
}
export type Metric = keyof ScalePoint;
export const METRICS: Metric[] = ['p50', 'p95', 'dbHits', 'roundTrips'];

/** One query across scales: its figures per scale and the growth per tenfold between consecutive scales. */
export interface ScalingRow {
  query: string;
  points: Record<number, ScalePoint>;
  /** `${a}→${b}` → metric → growth factor per tenfold (undefined where either side is missing or 0). */
  growth: Record<string, Record<Metric, number | undefined>>;
}

/**
 * The growth factor per tenfold from `a` at scale `sa` to `b` at scale `sb`:
 * (b ÷ a)^(1 / log10(sb ÷ sa)); 1 when both are 0 (nothing, at either scale, is flat).
 * Undefined when either value is missing, only a is 0, either is negative, or the scales are
 * equal or not positive.
 */
export function growthPerTenfold(a: number | undefined, b: number | undefined, sa: number, sb: number): number | undefined {
  if (a === undefined || b === undefined || a < 0 || b < 0 || sa === sb || !(sa > 0) || !(sb > 0)) return undefined;
  if (a === 0) return b === 0 ? 1 : undefined;
  const x = (b / a) ** (1 / Math.log10(sb / sa));
  return Number.isFinite(x) ? x : undefined;
}

/** The figures of every query at one scale. */
export function pointsOf(r: BenchResults): Record<string, ScalePoint> {
  return Object.fromEntries(
    r.cases.map((c) => {
      const s = c.latency.graphql?.c1;
      const ok = s && s.count > 0;
      return [c.name, { p50: ok ? s.p50 : undefined, p95: ok ? s.p95 : undefined, dbHits: caseDbHits(c), roundTrips: caseRoundTrips(c) }];
    }),
  );
}

/** The scaling table of results files keyed by scale factor (queries in the order of the smallest scale's file, then any others). */
export function scalingTable(byScale: Record<number, BenchResults>): { scales: number[]; rows: ScalingRow[] } {
  const scales = Object.keys(byScale)
    .map(Number)
    .sort((a, b) => a - b);
  const points = Object.fromEntries(scales.map((s) => [s, pointsOf(byScale[s])])) as Record<number, Record<string, ScalePoint>>;
  const queries = [...new Set(scales.flatMap((s) => byScale[s].cases.map((c) => c.name)))];
  const rows = queries.map((query) => {
    const row: ScalingRow = { query, points: {}, growth: {} };
    for (const s of scales) if (points[s][query]) row.points[s] = points[s][query];
    for (let k = 1; k < scales.length; k++) {
      const [sa, sb] = [scales[k - 1], scales[k]];
      row.growth[`${sa}→${sb}`] = Object.fromEntries(METRICS.map((m) => [m, growthPerTenfold(row.points[sa]?.[m], row.points[sb]?.[m], sa, sb)])) as Record<
        Metric,
        number | undefined
      >;
    }
    return row;
  });
  return { scales, rows };
}

const LABELS: Record<Metric, string> = { p50: 'p50 ms', p95: 'p95 ms', dbHits: 'db hits', roundTrips: 'round trips' };
const fmt = (m: Metric, x: number | undefined) => (x === undefined ? '–' : m === 'p50' || m === 'p95' ? x.toFixed(1) : x.toFixed(0));
const fmtGrowth = (x: number | undefined) => (x === undefined ? '–' : `${x.toFixed(2)}×`);

/** The Markdown of the scaling table, with each file's machine and load and the targets' values per scale. */
export function renderScaling(byScale: Record<number, BenchResults>): string {
  const { scales, rows } = scalingTable(byScale);
  const steps = scales.slice(1).map((sb, k) => `${scales[k]}→${sb}`);
  const L: string[] = ['# How cost grows with the graph', ''];
  L.push(
    `From \`bench/results/sf{${scales.join(',')}}.json\` by \`npm run bench:scaling\`. Through GraphQL, sequential, response cache off. Growth per tenfold: (value at the larger scale ÷ value at the smaller)^(1 / log10 of the scale ratio) — 1.00× is flat, 10× grows like the graph.`,
    '',
  );
  L.push(
    '| scale | nodes | relationships | generated | machine | Neo4j heap / page cache MiB | load average start → end (1 min) |',
    '|---|---:|---:|---|---|---|---|',
  );
  for (const s of scales) {
    const r = byScale[s];
    L.push(
      `| SF${s}${r.incomplete ? ` (${r.incomplete})` : ''} | ${r.data.nodes} | ${r.data.relationships} | ${r.generatedAt} | ${r.machine.cpuModel} × ${r.machine.cpuCount}, ${r.machine.ramGiB} GiB | ${r.neo4j.heapMb} / ${r.neo4j.pageCacheMb} | ${r.machine.loadAvgAtStart[0].toFixed(1)} → ${r.machine.loadAvgAtEnd[0].toFixed(1)} |`,
    );
  }
  L.push('');
  L.push(
    `| query | figure | ${scales.map((s) => `SF${s}`).join(' | ')} | ${steps.map((st) => `growth per tenfold, SF${st.replace('→', '→SF')}`).join(' | ')} |`,
  );
  L.push(`|---|---|${scales.map(() => '---:').join('|')}|${steps.map(() => '---:').join('|')}|`);
  for (const row of rows) {
    for (const m of METRICS) {
      L.push(
        `| ${row.query} | ${LABELS[m]} | ${scales.map((s) => fmt(m, row.points[s]?.[m])).join(' | ')} | ${steps.map((st) => fmtGrowth(row.growth[st]?.[m])).join(' | ')} |`,
      );
    }
  }
  L.push('', '## Targets by scale', '');
  L.push(`| target | ${scales.map((s) => `SF${s}`).join(' | ')} |`, `|---|${scales.map(() => '---:').join('|')}|`);
  const checks = scales.map((s) => checkTargets(targetInput(byScale[s])));
  checks[0].forEach((t, k) => {
    L.push(
      `| ${t.target} | ${checks.map((cs) => `${formatValue(cs[k])}${cs[k].holds === true ? ' (holds)' : cs[k].holds === false ? ' (does not hold)' : ''}`).join(' | ')} |`,
    );
  });
  L.push('');
  return L.join('\n');
}

/**
 * Reads the results files of `dir`, writes `scaling.json` and `scaling.md` there; returns the
 * scales read. Throws a UsageError when fewer than two results files are there, one is not JSON,
 * or one holds a run at another scale than its name says (`options.scale`) or no `cases`.
 */
export function writeScaling(dir: string): number[] {
  const byScale: Record<number, BenchResults> = {};
  for (const s of [1, 10, 100]) {
    const file = path.join(dir, `sf${s}.json`);
    if (!existsSync(file)) continue;
    let results: BenchResults;
    try {
      results = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
    } catch (e) {
      throw new UsageError(`${file}: ${(e as Error).message}`);
    }
    // The name says where a file belongs in the table; the run inside says what it measured.
    const measured = (results as { options?: { scale?: unknown } } | null)?.options?.scale;
    if (measured !== s)
      throw new UsageError(
        `${file} holds ${typeof measured === 'number' ? `a run at SF${measured}` : 'no scale of its run (options.scale)'}, not SF${s}: name each file sf<scale>.json after the run it holds`,
      );
    if (!Array.isArray((results as { cases?: unknown }).cases))
      throw new UsageError(`${file} holds no list of measured queries (cases): not a results file of npm run bench`);
    byScale[s] = results;
  }
  const scales = Object.keys(byScale).map(Number);
  if (scales.length < 2)
    throw new UsageError(
      `need at least two of sf1.json, sf10.json, sf100.json in ${dir}; found ${scales.length ? scales.map((s) => `sf${s}.json`).join(', ') : 'none'}`,
    );
  writeFileSync(path.join(dir, 'scaling.json'), `${JSON.stringify(scalingTable(byScale), null, 2)}\n`);
  writeFileSync(path.join(dir, 'scaling.md'), renderScaling(byScale));
  return scales.sort((a, b) => a - b);
}

const here = fileURLToPath(import.meta.url);
const USAGE = `usage: npm run bench:scaling -- [--dir DIR]
  --dir DIR  folder of the results files sf1.json, sf10.json, sf100.json (default bench/results); writes scaling.json and .md there
  --help     this text
Reads and writes only that folder; see docs/benchmarks.md.`;

if (process.argv[1] && path.resolve(process.argv[1]) === here)
  finish('bench:scaling', async () => {
    const values = commandLine(process.argv.slice(2), { dir: { type: 'string' } }, USAGE);
    const dir = writableFolder('dir', typeof values.dir === 'string' ? folderOption('dir', values.dir) : path.join(path.dirname(here), 'results'));
    const scales = writeScaling(dir);
    process.stderr.write(`wrote ${path.join(dir, 'scaling.md')} and scaling.json (SF${scales.join(', SF')})\n`);
  });
