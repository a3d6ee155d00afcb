/**
 * The benchmark results: their JSON shape, the ratios and target checks derived from them, and
 * the Markdown report written beside the JSON in `bench/results/`.
 */
import type { LoadStats, StatementProfile } from './latency.js';
import type { IngestRun } from './ingest.js';

/** Server memory over a sampling window, MiB. */
export interface MemoryStats {
  samples: number;
  rssMaxMb: number;
  rssMeanMb: number;
  heapUsedMaxMb: number;
}

/** Everything measured for one benchmark query. */
export interface CaseResult {
  name: string;
  what: string;
  graphql: string;
  peer?: string;
  /** Cypher statements our service sent per GraphQL operation, one entry per sample. */
  roundTrips: number[];
  /** The first GraphQL error met while counting round trips, if any. */
  sampleError?: string;
  /** PROFILE of each statement, per sample. */
  profiles: StatementProfile[][];
  /** mode (cypher, graphql, neo4j-graphql) → concurrency (`c1`, `c4`) → stats. */
  latency: Record<string, Record<string, LoadStats>>;
  /**
   * Share of the raw path's sequential time spent inside driver calls (sending the statements
   * and waiting for the database); the rest is the work between statements (the walk's logic).
   */
  driverShare?: number;
  memory: Record<string, MemoryStats>;
}

/** The whole results file. */
export interface BenchResults {
  generatedAt: string;
  options: { scale: number; seed: number; ingestReps: number; concurrency: number; countFactor: number; maxSeconds: number; txTimeoutSeconds: number; heapMb: number; pageCacheMb: number; peer: boolean };
  machine: { cpuModel: string; cpuCount: number; ramGiB: number; os: string; node: string; loadAvgAtStart: number[]; loadAvgAtEnd: number[] };
  neo4j: { name: string; version: string; edition: string; heapMb: number; pageCacheMb: number; embedded: boolean };
  data: Record<string, number>;
  ingest: {
    runs: IngestRun[];
    csvFiles: number;
    csvWriteMs: number;
    loaderRelsPerSec: number;
    loadCsvRelsPerSec: number;
    ratio: number;
    neo4jAdminImport: string;
  };
  peer: { package: string; started: boolean; error?: string };
  idleRssMb: Record<string, number>;
  /** Unexpected errors our service logged (masked as "Internal server error" to clients). */
  serviceErrors?: Array<{ message: string; count: number }>;
  memory: Record<string, MemoryStats>;
  cases: CaseResult[];
  phasesSeconds: Record<string, number>;
}

/** One target and whether it holds in these results. */
export interface TargetCheck {
  target: string;
  measured: string;
  holds: boolean | null;
}

const f = (x: number | undefined, d = 1) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(d));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !b ? undefined : a / b);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const conc = (r: BenchResults) => `c${r.options.concurrency}`;

/** Total db hits of one sample (all statements of the operation). */
export const sampleDbHits = (p: StatementProfile[]) => p.reduce((a, s) => a + s.dbHits, 0);

/** GraphQL ÷ raw Cypher for a statistic at a concurrency level (latency: > 1 means GraphQL is slower). */
export function overhead(c: CaseResult, stat: 'p50' | 'p95' | 'p99', level: string): number | undefined {
  return ratio(c.latency.graphql?.[level]?.[stat], c.latency.cypher?.[level]?.[stat]);
}

/** Our throughput ÷ the peer's at a concurrency level (> 1 means ours serves more). */
export function throughputVsPeer(c: CaseResult, level: string): number | undefined {
  return ratio(c.latency.graphql?.[level]?.throughput, c.latency['neo4j-graphql']?.[level]?.throughput);
}

/** The four targets of the benchmark issue, checked against these results. */
export function checkTargets(r: BenchResults): TargetCheck[] {
  const byName = Object.fromEntries(r.cases.map((c) => [c.name, c]));
  const lookup = byName.lookup;
  const lookupRatio = lookup ? overhead(lookup, 'p50', 'c1') : undefined;
  const deps = byName.dependencyChain;
  const depsP95 = deps?.latency.graphql?.c1?.p95;
  const shared = r.cases.filter((c) => c.latency['neo4j-graphql']);
  const vsPeer = shared.map((c) => ({ name: c.name, x: throughputVsPeer(c, conc(r)) }));
  return [
    {
      target: 'GraphQL overhead ≤ 1.2× raw Cypher at p50 for lookups',
      measured: `lookup p50 GraphQL ÷ Cypher = ${f(lookupRatio, 2)}× (sequential)`,
      holds: lookupRatio === undefined ? null : lookupRatio <= 1.2,
    },
    {
      target: 'dependency chain (4 hops) p95 ≤ 50 ms at SF10',
      measured: `p95 ${f(depsP95)} ms through GraphQL at SF${r.options.scale} (sequential)${r.options.scale === 10 ? '' : '; the target is stated for SF10'}`,
      holds: r.options.scale === 10 && depsP95 !== undefined ? depsP95 <= 50 : null,
    },
    {
      target: 'ingest ≥ 0.5× LOAD CSV',
      measured: `loader ÷ LOAD CSV relationships per second = ${f(r.ingest.ratio, 2)}×`,
      holds: r.ingest.ratio >= 0.5,
    },
    {
      target: 'throughput at least @neo4j/graphql’s on shared queries',
      measured: vsPeer.length ? `${vsPeer.map((v) => `${v.name} ${f(v.x, 2)}×`).join(', ')} (ours ÷ peer, ${r.options.concurrency} clients)` : `peer not run${r.peer.error ? `: ${r.peer.error}` : ''}`,
      holds: vsPeer.length ? vsPeer.every((v) => v.x !== undefined && v.x >= 1) : null,
    },
  ];
}

const mb = (x: number | undefined) => f(x, 0);

/** The Markdown report of a results file. */
export function renderMarkdown(r: BenchResults): string {
  const L: string[] = [];
  const c = conc(r);
  L.push(`# Benchmark results — SF${r.options.scale}`, '');
  L.push(`Generated ${r.generatedAt} by \`npm run bench${r.options.scale === 1 ? '' : ` -- --scale ${r.options.scale}`}\`. Ratios measured side by side in this run; absolute times depend on the machine and its load, and are not promises.`, '');
  L.push('| machine | |', '|---|---|');
  L.push(`| CPU | ${r.machine.cpuModel} × ${r.machine.cpuCount} |`);
  L.push(`| RAM | ${r.machine.ramGiB} GiB |`);
  L.push(`| OS | ${r.machine.os} |`);
  L.push(`| Node | ${r.machine.node} |`);
  L.push(`| Neo4j | ${r.neo4j.name} ${r.neo4j.version} ${r.neo4j.edition} (embedded, heap ${r.neo4j.heapMb} MiB, page cache ${r.neo4j.pageCacheMb} MiB) |`);
  L.push(`| load average (1/5/15 min) | start ${r.machine.loadAvgAtStart.map((x) => x.toFixed(1)).join(' / ')}, end ${r.machine.loadAvgAtEnd.map((x) => x.toFixed(1)).join(' / ')} |`);
  L.push(`| data | ${r.data.nodes} nodes, ${r.data.relationships} relationships (seed ${r.options.seed}) |`);
  L.push(`| run time | ${Object.entries(r.phasesSeconds).map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(', ')} |`, '');

  L.push('## Targets', '', '| target | measured | holds |', '|---|---|---|');
  for (const t of checkTargets(r)) L.push(`| ${t.target} | ${t.measured} | ${t.holds === null ? 'not measured' : t.holds ? 'yes' : 'no'} |`);
  L.push('');

  L.push('## Ingest', '');
  L.push('| method | nodes | relationships | seconds | relationships/s | records/s |', '|---|---:|---:|---:|---:|---:|');
  for (const run of r.ingest.runs) {
    L.push(`| ${run.method === 'loader' ? 'our loader (`loadDatasets`)' : '`LOAD CSV`'} | ${run.nodes} | ${run.relationships} | ${f(run.ms / 1000)} | ${f(run.relsPerSec, 0)} | ${f(run.recordsPerSec, 0)} |`);
  }
  const loaderRuns = r.ingest.runs.filter((x) => x.method === 'loader');
  const validateShare = median(loaderRuns.map((x) => (x.validateMs ?? 0) / x.ms));
  L.push('');
  L.push(`Loader ÷ LOAD CSV: **${f(r.ingest.ratio, 2)}×** (relationships per second, median of ${loaderRuns.length} run(s) each). Zod validation (\`validateShape\`, timed apart over the same chunks) is about ${f(validateShare * 100, 0)} % of the loader's time. CSV files: ${r.ingest.csvFiles}, written in ${f(r.ingest.csvWriteMs / 1000)} s (not counted). \`neo4j-admin database import\`: ${r.ingest.neo4jAdminImport}.`, '');

  L.push('## Queries: summary', '');
  L.push(`Latency ratios are GraphQL ÷ the same Cypher through neo4j-driver (1.0 = no overhead), sequential (c1); throughput ratios with ${r.options.concurrency} concurrent clients (${c}). Db hits: PROFILE, all statements of one operation, median of the samples that finished. Every transaction (ours and the raw driver's) times out after ${r.options.txTimeoutSeconds} s; a timed-out operation counts as an error and is not in the percentiles.`, '');
  L.push(`| query | p50 ratio | p95 ratio | throughput GraphQL ÷ Cypher (${c}) | throughput ours ÷ @neo4j/graphql (${c}) | round trips / op | db hits / op | raw path in driver calls |`, '|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const x of r.cases) {
    const tp = ratio(x.latency.graphql?.[c]?.throughput, x.latency.cypher?.[c]?.throughput);
    const trips = x.roundTrips.length ? `${Math.min(...x.roundTrips)}${Math.max(...x.roundTrips) !== Math.min(...x.roundTrips) ? `–${Math.max(...x.roundTrips)}` : ''}` : '–';
    const finished = x.profiles.filter((p) => p.length && !p.some((s) => s.error));
    const hits = finished.length ? f(median(finished.map(sampleDbHits)), 0) : `– (timed out)`;
    L.push(`| ${x.name} | ${f(overhead(x, 'p50', 'c1'), 2)} | ${f(overhead(x, 'p95', 'c1'), 2)} | ${f(tp, 2)} | ${x.latency['neo4j-graphql'] ? f(throughputVsPeer(x, c), 2) : '–'} | ${trips} | ${hits} | ${x.driverShare === undefined ? '–' : `${f(x.driverShare * 100, 0)} %`} |`);
  }
  L.push('');

  L.push('## Queries: latency and throughput', '');
  L.push('| query | path | clients | ops | p50 ms | p95 ms | p99 ms | mean ms | ops/s | errors |', '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const x of r.cases) {
    for (const [mode, levels] of Object.entries(x.latency)) {
      for (const [level, s] of Object.entries(levels)) {
        L.push(`| ${x.name} | ${mode} | ${level.slice(1)} | ${s.count}${s.capped ? ' (time cap)' : ''} | ${f(s.p50)} | ${f(s.p95)} | ${f(s.p99)} | ${f(s.mean)} | ${f(s.throughput)} | ${s.errors}${s.firstError ? ` (${s.firstError.replace(/\|/g, '/').slice(0, 80)})` : ''} |`);
      }
    }
  }
  L.push('');
  L.push('What each query is:', '');
  for (const x of r.cases) L.push(`- **${x.name}**: ${x.what}.${x.sampleError ? ` First GraphQL error: ${x.sampleError.slice(0, 200)}` : ''}`);
  L.push('');

  L.push('## Db hits per statement (PROFILE)', '');
  L.push('Per statement name and operation: the sum over its executions in one operation (`chains/expand` runs once per level), median over the samples; the costliest operator and any scan of a whole label, type or index (where a missing index or filter shows) from the worst execution.', '');
  L.push('| query | statement | runs / op | db hits / op (median) | costliest operator | scans (whole label, type or index) |', '|---|---|---:|---:|---|---|');
  for (const x of r.cases) {
    const names = [...new Set(x.profiles.flat().map((p) => p.name))];
    for (const name of names) {
      const perSample = x.profiles.map((sample) => sample.filter((p) => p.name === name)).filter((ps) => ps.length);
      const failed = perSample.filter((ps) => ps.some((p) => p.error)).length;
      const done = perSample.filter((ps) => !ps.some((p) => p.error));
      const note = failed ? ` (${failed} of ${perSample.length} samples did not finish within ${r.options.txTimeoutSeconds} s)` : '';
      if (!done.length) {
        L.push(`| ${x.name} | ${name} | – | –${note} | – | – |`);
        continue;
      }
      const all = done.flat();
      const worst = [...all].sort((a, b) => b.dbHits - a.dbHits)[0];
      const top = worst.top[0];
      const scans = [...new Map(all.flatMap((p) => p.scans).map((sc) => [sc.operator + (sc.details ?? ''), sc])).values()];
      const runs = median(done.map((ps) => ps.length));
      L.push(`| ${x.name} | ${name} | ${f(runs, 0)} | ${f(median(done.map((ps) => ps.reduce((a, p) => a + p.dbHits, 0))), 0)}${note} | ${top ? `${top.operator} (${top.dbHits})` : '–'} | ${scans.length ? scans.map((sc) => `${sc.operator} ${sc.dbHits}${sc.details ? ` \`${sc.details.replace(/\|/g, '/').slice(0, 60)}\`` : ''}`).join('; ') : 'none'} |`);
    }
  }
  L.push('');

  L.push('## Memory (server processes)', '');
  L.push('| server | idle RSS MiB | max RSS under load MiB | mean RSS under load MiB | max heap used MiB |', '|---|---:|---:|---:|---:|');
  for (const [name, m] of Object.entries(r.memory)) {
    L.push(`| ${name === 'ours' ? 'our service' : '@neo4j/graphql peer'} | ${mb(r.idleRssMb[name])} | ${mb(m.rssMaxMb)} | ${mb(m.rssMeanMb)} | ${mb(m.heapUsedMaxMb)} |`);
  }
  L.push('');
  if (r.serviceErrors?.length) {
    L.push('## Unexpected errors logged by our service', '', '| count | message |', '|---:|---|');
    for (const e of r.serviceErrors) L.push(`| ${e.count} | ${e.message.replace(/\|/g, '/').replace(/\n/g, ' ')} |`);
    L.push('');
  }
  if (!r.peer.started) L.push(`The @neo4j/graphql peer did not run${r.peer.error ? `: ${r.peer.error}` : ''}.`, '');
  return L.join('\n');
}

/** `node --import tsx bench/report.ts bench/results/sf1.json`: renders the Markdown of a results file again. */
async function main(file: string): Promise<void> {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const res = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
  writeFileSync(file.replace(/\.json$/, '.md'), renderMarkdown(res));
}

if (process.argv[1]?.endsWith('report.ts') && process.argv[2]) {
  main(process.argv[2]).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
