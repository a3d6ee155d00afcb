/**
 * The benchmark results: their JSON shape, the ratios and target checks derived from them, and
 * the Markdown report written beside the JSON in `bench/results/`.
 */

import type { IngestRun } from './ingest.js';
import type { LoadStats, StatementProfile, TracedStatement } from './latency.js';
import type { SpeedProbe } from './machine.js';
import type { RunOptions } from './options.js';
import { median } from './stats.js';
import { checkTargets, formatValue, ratioOf, type TargetInput, verdict } from './targets.js';
import { walkProfile } from './walk-profile.js';

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
  /** Statements the cached service sent per operation, one entry per sample, after a first call that filled its cache. */
  cachedRoundTrips?: number[];
  /** The cached service's response-cache hits and misses over this query's runs. */
  cache?: { hits: number; misses: number };
  /** Dependency walks: each traced operation's statements with their times (raw path, sequential). */
  traces?: TracedStatement[][];
  /**
   * mode (cypher, graphql, http-floor, neo4j-graphql, graphql-cached) → concurrency (`c1`,
   * `c4`) → stats.
   */
  latency: Record<string, Record<string, LoadStats>>;
  /**
   * Share of the raw path's sequential time spent inside driver calls (sending the statements
   * and waiting for the database); the rest is the work between statements (the walk's logic).
   */
  driverShare?: number;
  memory: Record<string, MemoryStats>;
}

/** The speed probe's figures at the start and, when measured, at the end of a run, for the machine table. */
export function speedText(start: SpeedProbe, end?: SpeedProbe): string {
  const one = (p: SpeedProbe) => `SHA-256 of 32 MiB ${p.sha256Ms.toFixed(1)}, JSON round trip of 100,000 records ${p.jsonMs.toFixed(1)}`;
  return `start ${one(start)}; ${end ? `end ${one(end)}` : 'end not measured'} (medians of ${start.samples}; compare runs of different days by these)`;
}

/** The whole results file. */
export interface BenchResults {
  generatedAt: string;
  /** Set while the run is under way (the file is written after each query): what is missing. */
  incomplete?: string;
  options: Omit<RunOptions, 'cached' | 'out' | 'keep' | 'ingestOnly'> & Partial<Pick<RunOptions, 'cached'>>;
  machine: {
    cpuModel: string;
    cpuCount: number;
    ramGiB: number;
    os: string;
    node: string;
    loadAvgAtStart: number[];
    loadAvgAtEnd: number[];
    /** bench/machine.ts speedProbe before the run started and after everything stopped (absent in older results). */
    speedAtStart?: SpeedProbe;
    speedAtEnd?: SpeedProbe;
  };
  /** The git commit measured and whether tracked files differed from it (absent in older results, null outside git). */
  code?: { commit: string; changed: boolean } | null;
  /**
   * `storeMb`: the store files on disk after Neo4j's shutdown checkpoint at the end of the run
   * (MiB; the loaded graph, what the page cache would hold whole); `txLogMb`: the transaction
   * logs beside them (every write of the run).
   */
  neo4j: { name: string; version: string; edition: string; heapMb: number; pageCacheMb: number; embedded: boolean; storeMb?: number; txLogMb?: number };
  data: Record<string, number>;
  ingest: {
    runs: IngestRun[];
    csvFiles: number;
    csvWriteMs: number;
    /** The untimed fill with the full dataset before the timed runs, in ms (absent in results written before it existed). */
    fillMs?: number;
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

const f = (x: number | undefined, d = 1) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(d));
const conc = (r: BenchResults) => `c${r.options.concurrency}`;

/** Total db hits of one sample (all statements of the operation). */
export const sampleDbHits = (p: StatementProfile[]) => p.reduce((a, s) => a + s.dbHits, 0);

/** Db hits of one operation: the median over the PROFILE samples whose statements all finished; undefined when none did. */
export function caseDbHits(c: Pick<CaseResult, 'profiles'>): number | undefined {
  const finished = c.profiles.filter((p) => p.length && !p.some((s) => s.error));
  return finished.length ? median(finished.map(sampleDbHits)) : undefined;
}

/** Round trips of one operation: the median over the samples; undefined when there are none. */
export const caseRoundTrips = (c: Pick<CaseResult, 'roundTrips'>): number | undefined => (c.roundTrips.length ? median(c.roundTrips) : undefined);

/** "min" or "min–max" of per-sample counts, "–" when there are none. */
const span = (xs: number[] | undefined) => (xs?.length ? `${Math.min(...xs)}${Math.max(...xs) !== Math.min(...xs) ? `–${Math.max(...xs)}` : ''}` : '–');

/** GraphQL ÷ raw Cypher for a statistic at a concurrency level (latency: > 1 means GraphQL is slower). */
export function overhead(c: CaseResult, stat: 'p50' | 'p95' | 'p99', level: string): number | undefined {
  return ratioOf(c.latency.graphql?.[level]?.[stat], c.latency.cypher?.[level]?.[stat]);
}

/** Our throughput ÷ the peer's at a concurrency level (> 1 means ours serves more). */
export function throughputVsPeer(c: CaseResult, level: string): number | undefined {
  return ratioOf(c.latency.graphql?.[level]?.throughput, c.latency['neo4j-graphql']?.[level]?.throughput);
}

/** What the targets read from a results file. */
export const targetInput = (r: BenchResults): TargetInput => ({
  scale: r.options.scale,
  concurrency: r.options.concurrency,
  cases: r.cases,
  ingestRatio: r.ingest.ratio,
});

const mb = (x: number | undefined) => f(x, 0);
const SERVER_NAMES: Record<string, string> = {
  ours: 'our service',
  cached: 'our service, RESPONSE_CACHE=true',
  floor: 'HTTP floor (node:http)',
  peer: '@neo4j/graphql peer',
};

/** The Markdown report of a results file. */
export function renderMarkdown(r: BenchResults): string {
  const L: string[] = [];
  const c = conc(r);
  L.push(`# Benchmark results — SF${r.options.scale}`, '');
  if (r.incomplete) L.push(`**This run did not finish (${r.incomplete}); the queries below are those measured before it stopped.**`, '');
  L.push(
    `Generated ${r.generatedAt} by \`npm run bench${r.options.scale === 1 ? '' : ` -- --scale ${r.options.scale}`}\`. Ratios measured side by side in this run; absolute times depend on the machine and its load, and are not promises.`,
    '',
  );
  L.push('| machine | |', '|---|---|');
  L.push(`| CPU | ${r.machine.cpuModel} × ${r.machine.cpuCount} |`);
  L.push(`| RAM | ${r.machine.ramGiB} GiB |`);
  L.push(`| OS | ${r.machine.os} |`);
  L.push(`| Node | ${r.machine.node} |`);
  if (r.code) L.push(`| code | commit ${r.code.commit.slice(0, 12)}${r.code.changed ? ', with uncommitted changes' : ''} |`);
  L.push(
    `| Neo4j | ${r.neo4j.name} ${r.neo4j.version} ${r.neo4j.edition} (embedded, heap ${r.neo4j.heapMb} MiB, page cache ${r.neo4j.pageCacheMb} MiB${r.neo4j.storeMb === undefined ? '' : `; on disk at the end of the run: store ${f(r.neo4j.storeMb, 0)} MiB, transaction logs ${f(r.neo4j.txLogMb, 0)} MiB`}) |`,
  );
  L.push(
    `| load average (1/5/15 min) | start ${r.machine.loadAvgAtStart.map((x) => x.toFixed(1)).join(' / ')}, end ${r.machine.loadAvgAtEnd.map((x) => x.toFixed(1)).join(' / ')} |`,
  );
  if (r.machine.speedAtStart) L.push(`| speed probe (ms, lower is faster) | ${speedText(r.machine.speedAtStart, r.machine.speedAtEnd)} |`);
  L.push(`| data | ${r.data.nodes} nodes, ${r.data.relationships} relationships (seed ${r.options.seed}) |`);
  L.push(
    `| run time | ${Object.entries(r.phasesSeconds)
      .map(([k, v]) => `${k} ${v.toFixed(0)} s`)
      .join(', ')} |`,
    '',
  );

  L.push(
    '## Targets',
    '',
    `Measured at SF${r.options.scale} with the response cache off; a target stated for another scale is shown with its value and left open.`,
    '',
  );
  L.push(`| target | measured at SF${r.options.scale} | how | holds |`, '|---|---:|---|---|');
  for (const t of checkTargets(targetInput(r))) L.push(`| ${t.target} | ${formatValue(t)} | ${t.how} | ${verdict(t, r.options.scale)} |`);
  L.push('');

  L.push('## Ingest', '');
  L.push('| method | nodes | relationships | seconds | relationships/s | records/s |', '|---|---:|---:|---:|---:|---:|');
  for (const run of r.ingest.runs) {
    L.push(
      `| ${run.method === 'loader' ? 'our loader (`loadDatasets`)' : '`LOAD CSV`'} | ${run.nodes} | ${run.relationships} | ${f(run.ms / 1000)} | ${f(run.relsPerSec, 0)} | ${f(run.recordsPerSec, 0)} |`,
    );
  }
  const loaderRuns = r.ingest.runs.filter((x) => x.method === 'loader');
  const validateShare = median(loaderRuns.map((x) => (x.validateMs ?? 0) / x.ms)) ?? Number.NaN;
  L.push('');
  L.push(
    `Loader ÷ LOAD CSV: **${f(r.ingest.ratio, 2)}×** (relationships per second, median of ${loaderRuns.length} run(s) each; ${r.ingest.fillMs === undefined ? 'the first LOAD CSV started on a store grown only by the warm-up, the other runs on one emptied of the full dataset' : `every run started on a store emptied of the full dataset, filled once untimed by LOAD CSV in ${f(r.ingest.fillMs / 1000)} s`}). Zod validation (\`validateShape\`, timed apart over the same chunks) is about ${f(validateShare * 100, 0)} % of the loader's time. CSV files: ${r.ingest.csvFiles}, written in ${f(r.ingest.csvWriteMs / 1000)} s (not counted). \`neo4j-admin database import\`: ${r.ingest.neo4jAdminImport}.`,
    '',
  );

  L.push('## Queries: summary', '');
  L.push(
    `Paths: *graphql* our service (response cache off), *cypher* the same statements through neo4j-driver inside the benchmark process (no HTTP), *http-floor* the same statement behind a minimal node:http endpoint in its own process (bench/floor.ts: the least any HTTP API over this driver can cost), *neo4j-graphql* the @neo4j/graphql peer. Latency ratios sequential (c1), throughput ratios with ${r.options.concurrency} concurrent clients (${c}). Db hits: PROFILE, all statements of one operation, median of the samples that finished. Every transaction times out after ${r.options.txTimeoutSeconds} s; a timed-out operation counts as an error and is not in the percentiles.`,
    '',
  );
  L.push(
    `| query | p50 GraphQL ÷ HTTP floor | p50 GraphQL ÷ Cypher | p95 GraphQL ÷ Cypher | throughput GraphQL ÷ HTTP floor (${c}) | throughput ours ÷ @neo4j/graphql (${c}) | round trips / op | db hits / op | raw path in driver calls |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const x of r.cases) {
    const vsFloor = ratioOf(x.latency.graphql?.c1?.p50, x.latency['http-floor']?.c1?.p50);
    const tpFloor = ratioOf(x.latency.graphql?.[c]?.throughput, x.latency['http-floor']?.[c]?.throughput);
    const hits = caseDbHits(x);
    L.push(
      `| ${x.name} | ${f(vsFloor, 2)} | ${f(overhead(x, 'p50', 'c1'), 2)} | ${f(overhead(x, 'p95', 'c1'), 2)} | ${f(tpFloor, 2)} | ${x.latency['neo4j-graphql'] ? f(throughputVsPeer(x, c), 2) : '–'} | ${span(x.roundTrips)} | ${hits === undefined ? '– (timed out)' : f(hits, 0)} | ${x.driverShare === undefined ? '–' : `${f(x.driverShare * 100, 0)} %`} |`,
    );
  }
  L.push('');

  if (r.cases.some((x) => x.latency['graphql-cached'])) {
    L.push('## Response cache (RESPONSE_CACHE=true), apart', '');
    L.push(
      `The GraphQL operations again, against a second service process with its response cache on, in the same interleaved rounds (*graphql-cached*). The 20 sample entities repeat, so after the first round nearly every answer is a hit; a hit still reads the graph version (one indexed lookup). These figures are not used by the targets.`,
      '',
    );
    L.push(
      `| query | p50 ms cached / uncached | p95 ms cached / uncached | p50 cached ÷ uncached | throughput cached ÷ uncached (${c}) | hit rate | round trips / op on a hit |`,
      '|---|---:|---:|---:|---:|---:|---:|',
    );
    for (const x of r.cases) {
      const cached = x.latency['graphql-cached'];
      if (!cached) continue;
      const total = (x.cache?.hits ?? 0) + (x.cache?.misses ?? 0);
      L.push(
        `| ${x.name} | ${f(cached.c1?.p50)} / ${f(x.latency.graphql?.c1?.p50)} | ${f(cached.c1?.p95)} / ${f(x.latency.graphql?.c1?.p95)} | ${f(ratioOf(cached.c1?.p50, x.latency.graphql?.c1?.p50), 2)} | ${f(ratioOf(cached[c]?.throughput, x.latency.graphql?.[c]?.throughput), 2)} | ${total ? `${f((100 * (x.cache?.hits ?? 0)) / total, 0)} % of ${total}` : '–'} | ${span(x.cachedRoundTrips)} |`,
      );
    }
    L.push('');
  }

  const walks = r.cases.filter((x) => x.traces?.length);
  if (walks.length) {
    L.push("## Where a walk's time goes", '');
    L.push(
      "The walk's statements in order, through the raw path (sequential, no HTTP): PROFILE db hits, the edges a level read, the time inside each statement (driver and Neo4j) and the JavaScript before it (the previous level's path building and ranking, deciding the next frontier); medians over the traced samples.",
      '',
    );
    for (const x of walks) {
      const w = walkProfile(x.profiles, x.traces!);
      L.push(
        `**${x.name}** — whole operation ${f(w.totalMs)} ms (median), of which JavaScript between statements ${f(w.jsMs)} ms; round trips through GraphQL ${span(x.roundTrips)}; GraphQL p50 ${f(x.latency.graphql?.c1?.p50)} ms.`,
        '',
      );
      L.push('| step | samples | db hits | edges read | statement ms | JavaScript before ms |', '|---|---:|---:|---:|---:|---:|');
      for (const st of w.steps)
        L.push(`| ${st.step} | ${st.samples} | ${f(st.dbHits, 0)} | ${f(st.edges, 0)} | ${f(st.statementMs, 2)} | ${f(st.jsBeforeMs, 2)} |`);
      L.push('');
    }
  }

  L.push('## Queries: latency and throughput', '');
  L.push('| query | path | clients | ops | p50 ms | p95 ms | p99 ms | mean ms | ops/s | errors |', '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const x of r.cases) {
    for (const [mode, levels] of Object.entries(x.latency)) {
      for (const [level, s] of Object.entries(levels)) {
        L.push(
          `| ${x.name} | ${mode} | ${level.slice(1)} | ${s.count}${s.capped ? ' (time cap)' : ''} | ${f(s.p50)} | ${f(s.p95)} | ${f(s.p99)} | ${f(s.mean)} | ${f(s.throughput)} | ${s.errors}${s.firstError ? ` (${s.firstError.replace(/\|/g, '/').slice(0, 80)})` : ''} |`,
        );
      }
    }
  }
  L.push('');
  L.push('What each query is:', '');
  for (const x of r.cases) L.push(`- **${x.name}**: ${x.what}.${x.sampleError ? ` First GraphQL error: ${x.sampleError.slice(0, 200)}` : ''}`);
  L.push('');

  L.push('## Db hits per statement (PROFILE)', '');
  L.push(
    'Per statement name and operation: the sum over its executions in one operation (`chains/expand` runs once per level), median over the samples; the costliest operator and any scan of a whole label, type or index (where a missing index or filter shows) from the worst execution.',
    '',
  );
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
      L.push(
        `| ${x.name} | ${name} | ${f(runs, 0)} | ${f(median(done.map((ps) => ps.reduce((a, p) => a + p.dbHits, 0))), 0)}${note} | ${top ? `${top.operator} (${top.dbHits})` : '–'} | ${scans.length ? scans.map((sc) => `${sc.operator} ${sc.dbHits}${sc.details ? ` \`${sc.details.replace(/\|/g, '/').slice(0, 60)}\`` : ''}`).join('; ') : 'none'} |`,
      );
    }
  }
  L.push('');

  L.push('## Memory (server processes)', '');
  L.push('| server | idle RSS MiB | max RSS under load MiB | mean RSS under load MiB | max heap used MiB |', '|---|---:|---:|---:|---:|');
  for (const [name, m] of Object.entries(r.memory)) {
    L.push(`| ${SERVER_NAMES[name] ?? name} | ${mb(r.idleRssMb[name])} | ${mb(m.rssMaxMb)} | ${mb(m.rssMeanMb)} | ${mb(m.heapUsedMaxMb)} |`);
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

/**
 * `node --import tsx bench/report.ts bench/results/sf1.json [more.json…]`: renders the Markdown of
 * each results file again, beside it (`sf1.json` → `sf1.md`). Without a file, or with one not
 * named `*.json` (its Markdown would overwrite it), prints the usage and exits 2. Every file is
 * read and rendered before any is written: a file that cannot be read, parsed or rendered (not a
 * results file) is one line naming it and why, exit 1, and nothing is written; a Markdown file
 * that cannot be written is one line, exit 1. Each of those lines is one line whatever the
 * reason's text holds (JSON.parse quotes the start of the text it refused, line breaks and all).
 */
async function main(files: string[]): Promise<number> {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const refuse = (file: string, why: string) => console.error(`bench/report.ts: ${file}: ${why}`.replace(/\s*[\r\n]\s*/g, ' '));
  if (files.length === 0 || files.some((f) => !f.endsWith('.json'))) {
    console.error('usage: node --import tsx bench/report.ts <results.json> [more.json…]  (writes the .md beside each)');
    return 2;
  }
  const rendered: Array<[string, string]> = [];
  let failed = false;
  for (const file of files) {
    try {
      const res = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
      if (typeof res !== 'object' || res === null || Array.isArray(res) || typeof res.generatedAt !== 'string') throw new Error('it has no generatedAt');
      rendered.push([file.replace(/\.json$/, '.md'), renderMarkdown(res)]);
    } catch (e) {
      refuse(file, `${e instanceof SyntaxError || (e as NodeJS.ErrnoException).code ? '' : 'not a results file of npm run bench: '}${(e as Error).message}`);
      failed = true;
    }
  }
  if (failed) return 1;
  for (const [md, text] of rendered) {
    try {
      writeFileSync(md, text);
    } catch (e) {
      refuse(md, (e as Error).message);
      return 1;
    }
  }
  return 0;
}

if (process.argv[1]?.endsWith('report.ts')) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
