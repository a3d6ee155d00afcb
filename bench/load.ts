/**
 * `npm run bench:load`: the service under sustained load. Starts a throwaway Neo4j
 * (`.neo4j/bench-load-…`, deleted after), loads the bundled data, starts the service in this
 * process (production mode, default limits), checks every query of the mix once, then runs
 * autocannon on loopback (64 connections, 60 s; autocannon in a worker thread so that it does
 * not share the service's event loop) over a mix of representative GraphQL queries: supply
 * concentration, a node, search, export controls on a date and a connection page.
 *
 * Then a second phase of the same length: the same small mix on the same connections while
 * LARGE_CONNECTIONS more send near-limit requests (each within the query budgets, close to
 * GRAPHQL_MAX_COST) and requests over the limits (refused with 400), to show that one large
 * answer does not hold up the small ones. Meanwhile HEALTH_CONNECTIONS more connections ask
 * GET /health HEALTH_RATE times a second between them, as a load balancer's or orchestrator's
 * probes would (several, so that the pace holds while a probe waits). Three bounds:
 * the small requests' p99 while large ones run stays within BENCH_SMALL_P99_RATIO times their
 * p99 alone (measured in the same run, so that it does not depend on how busy the machine is:
 * 64 connections saturate the CPUs, so the p99 alone is queueing, and what a large answer may
 * add is the question); the longest the service's own work holds the event loop stays within
 * BENCH_MAX_STALL_MS (no answer holds the others for more than that: measured as the main
 * thread's time on a CPU between two turns of a 10 ms timer, see event-loop.ts; the longest
 * stall in wall time is reported beside it, split into that time, the time the main thread
 * waited for a core, and the machine's steal time, since two cores are shared with Neo4j and
 * the load generator); and /health's p99 stays within
 * BENCH_HEALTH_P99_MS (a probe never queues behind GraphQL work: it waits at most for the
 * turn of the event loop it arrives in).
 *
 * Records p50/p99 latency, requests per second and memory (this process's RSS and heap, and
 * Neo4j's RSS) before and after, with the machine, in `bench/results/load.json` and `.md`.
 * Exits with 1 when any request errored, timed out or answered other than 2xx (400 for the
 * over-limit requests), the service logged a warning or an error meanwhile, or the small
 * requests' p99 under the large ones, the service's longest hold of the event loop or /health's p99 exceeded
 * its bound.
 *
 * Environment (`loadSettings`, checked before anything starts): BENCH_DURATION_S (60),
 * BENCH_CONNECTIONS (64), BENCH_SMALL_P99_RATIO (1.25), BENCH_MAX_STALL_MS (1000),
 * BENCH_HEALTH_P99_MS (BENCH_MAX_STALL_MS). A value a variable does not admit ends the run with
 * one line naming it and exit status 2.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildASTSchema, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { typeDefs } from '../src/graphql/core/typedefs.js';
import { loadBundledData } from '../src/load/bundled.js';
import { Db } from '../src/neo4j/db.js';
import { freePort, startLocalNeo4j } from '../src/neo4j/local.js';
import { applySchema } from '../src/neo4j/schema.js';
import { startApp } from '../src/server/app.js';
import { costEstimator } from '../src/server/cost.js';
import { type Stalls, watchStalls } from './event-loop.js';
import { machine, speedProbe } from './machine.js';
import { commandLine, type OptionKind, optionValue } from './options.js';
import { speedText } from './report.js';
import { benchEnd, finish } from './stop.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** bench:load's settings, from the environment (`loadSettings`). */
export interface LoadSettings {
  /** Length of each phase, in seconds. */
  durationS: number;
  /** Connections sending the small mix. */
  connections: number;
  /** Bound on the small requests' p99 while large ones run, as a multiple of their p99 alone. */
  smallP99Ratio: number;
  /** Bound on the longest the service's own work holds the event loop while large ones run, in ms. */
  maxStallMs: number;
  /** Bound on GET /health's p99 while large ones run, in ms: a probe waits at most as long as the event loop may stall. */
  healthP99Ms: number;
}

/**
 * Each setting's environment variable and what it admits (`optionValue` in options.ts: `positive`
 * a decimal number above 0, `count` a whole number of at least 1). The phase length (a day) and
 * the connections have a most, so that a run stays finite on one machine.
 */
const VARIABLES: Record<keyof LoadSettings, { name: string; kind: OptionKind; max?: number }> = {
  durationS: { name: 'BENCH_DURATION_S', kind: 'positive', max: 86_400 },
  connections: { name: 'BENCH_CONNECTIONS', kind: 'count', max: 1024 },
  smallP99Ratio: { name: 'BENCH_SMALL_P99_RATIO', kind: 'positive' },
  maxStallMs: { name: 'BENCH_MAX_STALL_MS', kind: 'positive' },
  healthP99Ms: { name: 'BENCH_HEALTH_P99_MS', kind: 'positive' },
};

/**
 * bench:load's settings from environment `env` (pure). An unset variable takes its default:
 * BENCH_DURATION_S 60, BENCH_CONNECTIONS 64, BENCH_SMALL_P99_RATIO 1.25, BENCH_MAX_STALL_MS 1000,
 * BENCH_HEALTH_P99_MS the stall bound. A set one, even to the empty string, must be a value its
 * kind admits, in plain decimal digits. Throws a UsageError naming the variable, what it admits
 * and the value given (`BENCH_DURATION_S expects a positive number, got abc`).
 */
export function loadSettings(env: Readonly<Record<string, string | undefined>>): LoadSettings {
  const read = (key: keyof LoadSettings, fallback: number) => {
    const { name, kind, max } = VARIABLES[key];
    const raw = env[name];
    return raw === undefined ? fallback : optionValue(name, raw, kind, max, name);
  };
  const durationS = read('durationS', 60);
  const connections = read('connections', 64);
  const smallP99Ratio = read('smallP99Ratio', 1.25);
  const maxStallMs = read('maxStallMs', 1000);
  return { durationS, connections, smallP99Ratio, maxStallMs, healthP99Ms: read('healthP99Ms', maxStallMs) };
}

/** The settings with no variable set. */
const DEFAULTS = loadSettings({});
/** GET /health requests per second in phase 2 (a probe's pace, not a load of its own). */
const HEALTH_RATE = 20;
/** Connections sharing those probes. */
const HEALTH_CONNECTIONS = 4;

/**
 * The three bounds of phase 2, judged: `ratio` is the small p99 under large ones over the p99
 * alone, `stallMs` the longest the service's own work held the event loop and `healthP99` /health's p99 meanwhile (ms),
 * against the bounds of `settings` (the defaults when omitted).
 */
export function judgeUnderLarge(
  aloneP99: number,
  underP99: number,
  stallMs: number,
  healthP99: number,
  settings: Pick<LoadSettings, 'smallP99Ratio' | 'maxStallMs' | 'healthP99Ms'> = DEFAULTS,
) {
  const ratio = Math.round((underP99 / aloneP99) * 100) / 100;
  return {
    ratio,
    ratioBound: settings.smallP99Ratio,
    ratioHeld: ratio <= settings.smallP99Ratio,
    stallMs,
    stallBoundMs: settings.maxStallMs,
    stallHeld: stallMs <= settings.maxStallMs,
    healthP99,
    healthBoundMs: settings.healthP99Ms,
    healthHeld: healthP99 <= settings.healthP99Ms,
  };
}
/** Connections sending near-limit and over-limit requests in the second phase. */
const LARGE_CONNECTIONS = 4;
const HEAP_MB = 2048;
const PAGECACHE_MB = 512;

/** The query mix: each connection sends these in turn. */
export const QUERIES: Array<{ name: string; query: string; variables?: Record<string, unknown> }> = [
  {
    name: 'supplyConcentration',
    query: /* GraphQL */ `query BenchSupplyConcentration($itemId: ID, $year: Int!) { supplyConcentration(itemId: $itemId, year: $year) {
      measure { id } hhi topSharePct denominatorBase topProducer { country { id } sharePct }
      producers { rank country { id name } quantityBase sharePct } sources { id } } }`,
    variables: { itemId: 'metal:gallium', year: 2024 },
  },
  {
    name: 'node',
    query: /* GraphQL */ `query BenchNode($id: ID!) { node(id: $id) { id ... on Company { name status aliases sources { id name } } } }`,
    variables: { id: 'company:erg' },
  },
  {
    name: 'search',
    query: /* GraphQL */ `query BenchSearch($text: String!) { search(text: $text, first: 10) { score match entity { id name label } } }`,
    variables: { text: 'gallium' },
  },
  {
    name: 'exportControls',
    query: /* GraphQL */ `query BenchExportControls($asOf: String) { exportControls(countryId: "country:CN", asOf: $asOf) { policy { id reference } restricts { id } targets statusAsOf } }`,
    variables: { asOf: '2025-06-01' },
  },
  {
    name: 'companies (connection)',
    query: /* GraphQL */ `query BenchCompanies { companies(first: 20, orderBy: { field: NAME, direction: ASC }) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`,
  },
];

const NEIGHBOURHOOD = `neighbourhood(entityId: "country:CN", depth: 3, limit: 1000) {
  nodeCount nodes { id label name } edges { id source target type sharePct quantity { value unit } sources { id } } }`;

/** Requests within the limits, large answers (their estimated costs are in the report). */
export const NEAR_LIMIT: typeof QUERIES = [
  { name: 'neighbourhood of China, depth 3, 1000 nodes', query: `{ ${NEIGHBOURHOOD} }` },
  {
    name: 'dependency chains of Mitsubishi, 200 × 8 hops',
    query: `{ dependencyChains(entityId: "company:mitsubishi-corporation", first: 200, maxDepth: 8) { totalChains chains { relevance hops { id explanation from { id name } to { id name } sources { id } } } } }`,
  },
  {
    name: 'countries, 15, with their production',
    query: `{ countries(first: 15) { edges { node { id name production { year basis quantity { value unit } item { id } sources { id } } } } } }`,
  },
];

/** Requests over the limits: refused (400) before they run. */
export const OVER_LIMIT: typeof QUERIES = [
  {
    name: 'thirty aliases of the neighbourhood above (COST_LIMIT_EXCEEDED)',
    query: `{ ${Array.from({ length: 30 }, (_, i) => `n${i}: ${NEIGHBOURHOOD}`).join(' ')} }`,
  },
  {
    name: 'countries → production → producers → production (COST_LIMIT_EXCEEDED)',
    query: `{ countries(first: 100) { edges { node { production { item { ... on Metal { producers { producer { ... on Country { production { year } } } } } } } } } } }`,
  },
];

/** The part of autocannon's API used here (the package ships no types). */
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number; max: number; mean: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const mb = (bytes: number) => Math.round((bytes / 1024 ** 2) * 10) / 10;

/** This process's memory in MiB. */
function memory() {
  const m = process.memoryUsage();
  return { rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal), externalMb: mb(m.external) };
}

/** Resident memory of another process in MiB (Linux), or null. */
function rssOf(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round((Number(m[1]) / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

/** The machine, with the other work on it before this run started its Neo4j (1-minute load average). */
const machineNow = () => ({ ...machine(), loadAverageAtStart: Math.round(os.loadavg()[0] * 100) / 100, speedAtStart: speedProbe() });

async function post(url: string, body: unknown) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: unknown[] } };
}

/** Sends each query once; throws unless every one answers 200 without errors (the over-limit ones 400 COST_LIMIT_EXCEEDED). */
async function checkQueries(url: string) {
  for (const q of [...QUERIES, ...NEAR_LIMIT]) {
    const res = await post(url, { query: q.query, variables: q.variables });
    if (res.status !== 200 || res.body.errors) throw new Error(`${q.name}: ${res.status} ${JSON.stringify(res.body.errors)}`);
  }
  for (const q of OVER_LIMIT) {
    const res = await post(url, { query: q.query });
    const code = (res.body.errors?.[0] as { extensions?: { code?: string } } | undefined)?.extensions?.code;
    if (res.status !== 400 || code !== 'COST_LIMIT_EXCEEDED') throw new Error(`${q.name}: expected 400 COST_LIMIT_EXCEEDED, got ${res.status} ${code}`);
  }
}

const DEFAULT_BUDGET = loadConfig({}).GRAPHQL_MAX_COST;
const schema = buildASTSchema(typeDefs);
/** The estimated cost of `query` with the default settings (server/cost.ts). */
const costOf = (query: string) => getComplexity({ schema, query: parse(query), estimators: [costEstimator(loadConfig({}).GRAPHQL_ASSUMED_LIST_SIZE, schema)] });

const requestsOf = (qs: typeof QUERIES) =>
  qs.map((q) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q.query, variables: q.variables }) }));

const latencyOf = (a: AutocannonResult) => ({
  requests: a.requests.total,
  requestsPerSecond: a.requests.average,
  p50: a.latency.p50,
  p99: a.latency.p99,
  max: a.latency.max,
  errors: a.errors,
  timeouts: a.timeouts,
  non2xx: a.non2xx,
});

/**
 * Phase 2: the small mix on `settings.connections` connections while LARGE_CONNECTIONS send the
 * near-limit requests, one more the over-limit ones and HEALTH_CONNECTIONS more GET /health at
 * HEALTH_RATE a second; the event loop's delay is sampled meanwhile (perf_hooks, 10 ms resolution).
 */
async function underLarge(url: string, settings: LoadSettings) {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const stalls = watchStalls(10);
  const run = (connections: number, qs: typeof QUERIES) =>
    autocannon({ url: `${url}/graphql`, connections, duration: settings.durationS, workers: 1, timeout: 30, requests: requestsOf(qs) });
  const [small, large, over, health] = await Promise.all([
    run(settings.connections, QUERIES),
    run(LARGE_CONNECTIONS, NEAR_LIMIT),
    run(1, OVER_LIMIT),
    autocannon({ url: `${url}/health`, connections: HEALTH_CONNECTIONS, overallRate: HEALTH_RATE, duration: settings.durationS, workers: 1, timeout: 30 }),
  ]);
  loop.disable();
  const s = stalls.stop();
  return {
    small: latencyOf(small),
    large: latencyOf(large),
    overLimit: latencyOf(over),
    health: latencyOf(health),
    eventLoopDelayMs: { p99: Math.round(loop.percentile(99) / 1e5) / 10, max: Math.round(loop.max / 1e5) / 10 },
    stalls: s,
  };
}

/** How a stall splits (Linux only): the main thread running, waiting for a core, and the machine's steal time. */
const stallSplit = (s: Stalls & { machineStealMs: number | null }) =>
  s.split
    ? ` (the main thread ran ${s.longest.runMs} ms of it and waited for a core ${s.longest.waitMs} ms; the machine's steal time over the phase: ${s.machineStealMs ?? 'unknown'} ms)`
    : ' (not split: no Linux scheduler statistics here)';

function markdown(r: ReturnType<typeof report>): string {
  const row = (k: string, v: unknown) => `| ${k} | ${v} |`;
  return [
    '# Load benchmark (`npm run bench:load`)',
    '',
    `Run ${r.date}. The service in production mode with its default limits, the bundled data in a throwaway Neo4j ${r.neo4j.version}`,
    `(heap ${HEAP_MB} MiB, page cache ${PAGECACHE_MB} MiB), autocannon on loopback: ${r.settings.connections} connections for ${r.settings.durationS} s,`,
    `each connection sending the queries below in turn.`,
    '',
    '## Machine',
    '',
    '| | |',
    '|---|---|',
    row('CPU', `${r.machine.cpuModel} × ${r.machine.cpuCount}`),
    row('RAM', `${r.machine.ramGiB} GiB`),
    row('Node', r.machine.node),
    row('OS', r.machine.os),
    row('load average at start (1 min)', r.machine.loadAverageAtStart),
    ...(r.machine.speedAtStart ? [row('speed probe (ms, lower is faster)', speedText(r.machine.speedAtStart))] : []),
    '',
    '## Result',
    '',
    '| | |',
    '|---|---|',
    row('requests', r.result.requests),
    row('requests/s (mean)', r.result.requestsPerSecond),
    row('latency p50', `${r.result.latencyMs.p50} ms`),
    row('latency p90', `${r.result.latencyMs.p90} ms`),
    row('latency p99', `${r.result.latencyMs.p99} ms`),
    row('latency max', `${r.result.latencyMs.max} ms`),
    row('errors / timeouts / non-2xx', `${r.result.errors} / ${r.result.timeouts} / ${r.result.non2xx}`),
    row('warnings or errors logged by the service', r.result.serviceLogProblems),
    '',
    '## Memory (MiB)',
    '',
    '| | before | after |',
    '|---|---|---|',
    `| service RSS | ${r.memory.before.rssMb} | ${r.memory.after.rssMb} |`,
    `| service heap used | ${r.memory.before.heapUsedMb} | ${r.memory.after.heapUsedMb} |`,
    `| service heap total | ${r.memory.before.heapTotalMb} | ${r.memory.after.heapTotalMb} |`,
    `| Neo4j RSS | ${r.memory.neo4jBefore} | ${r.memory.neo4jAfter} |`,
    '',
    `Service peak RSS: ${r.memory.peakRssMb} MiB. Neo4j runs on the same machine and shares its ${r.machine.cpuCount} CPUs.`,
    '',
    '## Small requests while large ones run',
    '',
    `The same mix on ${r.settings.connections} connections for ${r.settings.durationS} s, while ${LARGE_CONNECTIONS} connections send the near-limit`,
    `requests below in turn, one more the over-limit ones (refused with 400 before they run) and ${HEALTH_CONNECTIONS} more GET /health ${HEALTH_RATE} times a second between them.`,
    '',
    '| | requests | req/s | p50 | p99 | max | errors / timeouts / non-2xx |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...(['small', 'large', 'overLimit', 'health'] as const).map((k) => {
      const x = r.underLarge[k];
      return `| ${{ small: 'small', large: 'large', overLimit: 'over the limits', health: 'GET /health' }[k]} | ${x.requests} | ${x.requestsPerSecond} | ${x.p50} ms | ${x.p99} ms | ${x.max} ms | ${x.errors} / ${x.timeouts} / ${x.non2xx} |`;
    }),
    '',
    `p99 of the small requests: ${r.result.latencyMs.p99} ms alone, ${r.underLarge.small.p99} ms while large ones run: ${r.underLarge.bounds.ratio}× (bound ${r.underLarge.bounds.ratioBound}×: ${r.underLarge.bounds.ratioHeld ? 'held' : 'EXCEEDED'}).`,
    `Event loop delay meanwhile: p99 ${r.underLarge.eventLoopDelayMs.p99} ms; longest stall ${r.underLarge.stalls.longest.stallMs} ms${stallSplit(r.underLarge.stalls)}.`,
    `The longest the service's own work held the event loop (its main thread on a CPU between two turns of a 10 ms timer): ${r.underLarge.stalls.longestRunMs} ms (bound ${r.underLarge.bounds.stallBoundMs} ms: ${r.underLarge.bounds.stallHeld ? 'held' : 'EXCEEDED'}).`,
    `p99 of GET /health meanwhile: ${r.underLarge.health.p99} ms (bound ${r.underLarge.bounds.healthBoundMs} ms: ${r.underLarge.bounds.healthHeld ? 'held' : 'EXCEEDED'}).`,
    '',
    '## Queries',
    '',
    ...r.settings.queries.map((q) => `- ${q}`),
    '',
    'Near the limits:',
    '',
    ...NEAR_LIMIT.map((q) => `- ${q.name} (estimated cost ${costOf(q.query)} of ${DEFAULT_BUDGET})`),
    '',
    'Over the limits:',
    '',
    ...OVER_LIMIT.map((q) => `- ${q.name} (estimated cost ${costOf(q.query)})`),
    '',
  ].join('\n');
}

function report(args: {
  result: AutocannonResult;
  before: ReturnType<typeof memory>;
  after: ReturnType<typeof memory>;
  neo4jBefore: number | null;
  neo4jAfter: number | null;
  version: string;
  problems: number;
  machine: ReturnType<typeof machineNow>;
  underLarge: Awaited<ReturnType<typeof underLarge>>;
  settings: LoadSettings;
}) {
  const { result: a } = args;
  return {
    date: new Date().toISOString(),
    machine: args.machine,
    neo4j: { version: args.version, heapMb: HEAP_MB, pageCacheMb: PAGECACHE_MB },
    settings: { connections: args.settings.connections, durationS: args.settings.durationS, queries: QUERIES.map((q) => q.name) },
    result: {
      requests: a.requests.total,
      requestsPerSecond: a.requests.average,
      latencyMs: { p50: a.latency.p50, p90: a.latency.p90, p99: a.latency.p99, max: a.latency.max, mean: a.latency.mean },
      throughputBytesPerSecond: a.throughput.average,
      errors: a.errors,
      timeouts: a.timeouts,
      non2xx: a.non2xx,
      serviceLogProblems: args.problems,
    },
    underLarge: {
      ...args.underLarge,
      bounds: judgeUnderLarge(a.latency.p99, args.underLarge.small.p99, args.underLarge.stalls.longestRunMs, args.underLarge.health.p99, args.settings),
    },
    memory: {
      before: args.before,
      after: args.after,
      peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
      neo4jBefore: args.neo4jBefore,
      neo4jAfter: args.neo4jAfter,
    },
  };
}

async function main() {
  // Settings come from the environment (loadSettings); an argument would otherwise be ignored unseen.
  commandLine(
    process.argv.slice(2),
    {},
    `usage: [BENCH_DURATION_S=60] [BENCH_CONNECTIONS=64] [BENCH_SMALL_P99_RATIO=1.25] [BENCH_MAX_STALL_MS=1000] [BENCH_HEALTH_P99_MS=…] npm run bench:load
  Takes no arguments: its settings are the environment variables above (defaults shown). --help: this text.
Writes bench/results/load.json and .md; see docs/benchmarks.md.`,
  );
  const settings = loadSettings(process.env);
  const host = machineNow();
  mkdirSync(path.join(root, '.neo4j'), { recursive: true });
  const dir = path.join(root, '.neo4j', `bench-load-${process.pid}`);
  const port = await freePort();
  console.log(`Starting Neo4j in ${dir} …`);
  const stop = benchEnd({ dir });
  const neo4j = await startLocalNeo4j({ dir, port, heapMb: HEAP_MB, pageCacheMb: PAGECACHE_MB, txTimeoutSeconds: 60, signal: stop.signal });
  stop.onStop('Neo4j', () => neo4j.stop());
  const db = new Db({ uri: neo4j.uri, username: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 15_000 });
  stop.onStop('the driver', () => db.close());
  let problems = 0;
  const log = pino(
    { level: 'warn' },
    {
      write: (line: string) => {
        problems++;
        process.stderr.write(line);
      },
    },
  );
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  stop.onStop('the service', async () => app?.stop());
  try {
    await applySchema(db);
    console.log('Loading the bundled data …');
    await loadBundledData(db);
    app = await startApp({ db, log, production: true }, '127.0.0.1', 0);
    await checkQueries(app.url);
    const [{ version }] = await db.read<{ version: string }>('CALL dbms.components() YIELD versions RETURN versions[0] AS version');

    const before = memory();
    const neo4jBefore = rssOf(neo4j.pid);
    console.log(`autocannon: ${settings.connections} connections, ${settings.durationS} s, ${QUERIES.length} queries in turn …`);
    const result = await autocannon({
      url: `${app.url}/graphql`,
      connections: settings.connections,
      duration: settings.durationS,
      workers: 1,
      timeout: 30,
      requests: requestsOf(QUERIES),
    });
    const after = memory();
    const neo4jAfter = rssOf(neo4j.pid);
    console.log(`and again with ${LARGE_CONNECTIONS} connections sending near-limit requests …`);
    const large = await underLarge(app.url, settings);
    await checkQueries(app.url);

    const r = report({ result, before, after, neo4jBefore, neo4jAfter, version, problems, machine: host, underLarge: large, settings });
    const out = path.join(root, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'load.json'), `${JSON.stringify(r, null, 2)}\n`);
    writeFileSync(path.join(out, 'load.md'), markdown(r));
    console.log(markdown(r));
    const { small, large: big, overLimit, health } = r.underLarge;
    const failed = [r.result, small, big, health].reduce((n, x) => n + x.errors + x.timeouts + x.non2xx, 0) + overLimit.errors + overLimit.timeouts + problems;
    if (failed > 0 || overLimit.non2xx !== overLimit.requests) {
      console.error(
        `FAILED: ${failed} errors, timeouts, non-2xx or logged problems; ${overLimit.requests - overLimit.non2xx} over-limit requests answered 2xx`,
      );
      process.exitCode = 1;
    }
    const { bounds } = r.underLarge;
    if (!bounds.ratioHeld || !bounds.stallHeld || !bounds.healthHeld) {
      console.error(
        `FAILED: p99 of small requests while large ones run ${small.p99} ms = ${bounds.ratio}× alone (bound ${bounds.ratioBound}×); the service's own work held the event loop ${bounds.stallMs} ms (bound ${bounds.stallBoundMs} ms); p99 of GET /health ${health.p99} ms (bound ${bounds.healthBoundMs} ms)`,
      );
      process.exitCode = 1;
    }
  } finally {
    await stop.end();
  }
}

// Run as a script only (importing the query lists must not start a benchmark).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) finish('bench:load', main);
