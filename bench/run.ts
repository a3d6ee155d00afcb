/**
 * `npm run bench [-- --scale 10]`: the benchmarks, end to end, on a throwaway local Neo4j.
 *
 * 1. Generates the synthetic supply chain (bench/generate.ts) at the scale factor.
 * 2. Ingest: LOAD CSV of the data, then our loader, each into an emptied database with the
 *    same schema (bench/ingest.ts); the loader's load stays for the queries.
 * 3. Starts, each in its own process: our service, a second one with RESPONSE_CACHE=true, the
 *    HTTP floor (bench/floor.ts) and the @neo4j/graphql peer.
 * 4. Per benchmark query (bench/latency.ts): Cypher round trips per GraphQL operation, db hits
 *    per statement (PROFILE), for the walks a trace of each statement's time, then latency and
 *    throughput sequentially and with `--concurrency` clients — GraphQL, the same Cypher
 *    through neo4j-driver, the HTTP floor, the peer and the cached service — in interleaved
 *    rounds, sampling the servers' memory meanwhile.
 * 5. Writes `sf<scale>.json` and `.md` (bench/report.ts) into `--out` (default bench/results).
 *
 * Options and their defaults per scale: bench/options.ts and docs/benchmarks.md.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cypher } from '../src/cypher.js';
import { Db } from '../src/neo4j/db.js';
import { freePort, startLocalNeo4j } from '../src/neo4j/local.js';
import { countsFor } from './generate.js';
import { runIngest } from './ingest.js';
import {
  type BenchCase,
  benchCases,
  floorCall,
  gqlCall,
  type LoadStats,
  mergeRuns,
  pickSamples,
  profileRunner,
  type RawRun,
  rawRunner,
  runLoad,
  type StatementProfile,
  type TracedStatement,
  timedRunner,
  tracingRunner,
} from './latency.js';
import { codeVersion, machine, type SpeedProbe, speedProbe } from './machine.js';
import { parseArgs, type RunOptions, writableFolder } from './options.js';
import { type BenchResults, type CaseResult, type MemoryStats, renderMarkdown } from './report.js';
import { type ServiceProcess, startServiceProcess } from './service.js';
import { benchEnd, finish, isStopping } from './stop.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

/** Bytes of the files under `dir`, recursively (0 when it does not exist). */
function directoryBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) total += directoryBytes(p);
    else if (e.isFile()) total += statSync(p).size;
  }
  return total;
}

/** Statements `server` sends per operation of `c`, over 5 samples (nothing else runs meanwhile), and the first error met. */
async function countRoundTrips(server: ServiceProcess, c: BenchCase): Promise<{ trips: number[]; error?: string }> {
  const trips: number[] = [];
  let error: string | undefined;
  for (let i = 0; i < 5; i++) {
    const before = (await server.stats()).roundTrips!;
    try {
      await gqlCall(server.url, c.graphql, c.variables(i));
    } catch (e) {
      error ??= (e as Error).message;
    }
    trips.push((await server.stats()).roundTrips! - before);
  }
  return { trips, error };
}

/** Polls the servers' memory every `everyMs` until stopped. */
function memorySampler(servers: Record<string, ServiceProcess>, everyMs = 250) {
  const samples: Record<string, number[]> = {};
  const heap: Record<string, number[]> = {};
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      for (const [name, s] of Object.entries(servers)) {
        const st = await s.stats();
        samples[name] ??= [];
        samples[name].push(st.rss);
        heap[name] ??= [];
        heap[name].push(st.heapUsed);
      }
    } catch {
      /* a server that has gone is reported by the run itself */
    } finally {
      busy = false;
    }
  }, everyMs);
  return {
    stop(): Record<string, MemoryStats> {
      clearInterval(timer);
      return Object.fromEntries(
        Object.keys(samples).map((name) => {
          const xs = samples[name];
          return [
            name,
            {
              samples: xs.length,
              rssMaxMb: Math.max(...xs) / 2 ** 20,
              rssMeanMb: xs.reduce((a, b) => a + b, 0) / xs.length / 2 ** 20,
              heapUsedMaxMb: Math.max(...heap[name]) / 2 ** 20,
            },
          ];
        }),
      );
    },
  };
}

/** Memory over all queries: the largest RSS and heap, the sample-weighted mean RSS. */
function overallMemory(results: CaseResult[]): Record<string, MemoryStats> {
  const out: Record<string, MemoryStats> = {};
  for (const c of results) {
    for (const [name, m] of Object.entries(c.memory)) {
      out[name] ??= { samples: 0, rssMaxMb: 0, rssMeanMb: 0, heapUsedMaxMb: 0 };
      const o = out[name];
      o.rssMeanMb = (o.rssMeanMb * o.samples + m.rssMeanMb * m.samples) / (o.samples + m.samples || 1);
      o.samples += m.samples;
      o.rssMaxMb = Math.max(o.rssMaxMb, m.rssMaxMb);
      o.heapUsedMaxMb = Math.max(o.heapUsedMaxMb, m.heapUsedMaxMb);
    }
  }
  return out;
}

/** Distinct unexpected-error messages in the service's error log, with counts (most frequent first). */
function errorSummary(file: string): Array<{ message: string; count: number }> {
  if (!existsSync(file)) return [];
  const counts = new Map<string, number>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as { err?: { message?: string; code?: string }; msg?: string };
      const message = `${entry.err?.code ? `${entry.err.code}: ` : ''}${entry.err?.message ?? entry.msg ?? ''}`.slice(0, 300);
      counts.set(message, (counts.get(message) ?? 0) + 1);
    } catch {
      /* not a log line */
    }
  }
  return [...counts]
    .map(([message, count]) => ({ message, count }))
    .sort((a, b) => b.count - a.count)
    .slice(0, 5);
}

/**
 * A throwaway local Neo4j for one run, in `.neo4j/<name>-<pid>/` (emptied first), sized by
 * `opts`, with the driver; both stopped, and the folder deleted unless `--keep`, by the run's
 * end (`benchEnd`: at its end or on a signal).
 */
async function startNeo4j(opts: RunOptions, name: string) {
  const dir = path.join(root, '.neo4j', `${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  const stop = benchEnd({ dir, keep: opts.keep });
  log(`Neo4j in ${dir} (heap ${opts.heapMb} MiB, page cache ${opts.pageCacheMb} MiB)`);
  const server = await startLocalNeo4j({
    dir,
    port: await freePort(),
    heapMb: opts.heapMb,
    pageCacheMb: opts.pageCacheMb,
    txTimeoutSeconds: 600,
    signal: stop.signal,
  });
  stop.onStop('Neo4j', () => server.stop());
  const db = new Db({ uri: server.uri, username: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 600_000 });
  stop.onStop('the driver', () => db.close());
  return { dir, stop, server, db };
}

/** Runs the whole benchmark and writes the results; returns them. */
export async function runBench(opts: RunOptions): Promise<BenchResults> {
  const started = Date.now();
  const loadStart = os.loadavg();
  // Before anything of the run starts: how fast this machine is today (bench/machine.ts).
  const speedAtStart = speedProbe();
  // Before Neo4j starts: a results folder that cannot be written would otherwise fail only after the whole run.
  const out = writableFolder('out', opts.out ?? path.join(root, 'bench', 'results'));
  // Read before anything is written: the results name the code they measured.
  const code = codeVersion(root);
  const { stop, server, db, dir } = await startNeo4j(opts, `bench-sf${opts.scale}`);
  const servers: Record<string, ServiceProcess> = {};
  stop.onStop('the services', () => Promise.all(Object.values(servers).map((s) => s.stop().catch(() => undefined))));
  const phases: Record<string, number> = {};
  const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    try {
      return await work();
    } finally {
      phases[name] = (Date.now() - t0) / 1000;
    }
  };
  try {
    const [version] = await db.read<{ name: string; version: string; edition: string }>(cypher('schema/version'));
    const gen = { seed: opts.seed, scale: opts.scale };
    log(`ingest: SF${opts.scale}, seed ${opts.seed}, ${opts.ingestReps} repetition(s)`);
    const ingest = await phase('ingest', () => runIngest(db, db.driver, { gen, csvDir: path.join(dir, 'import'), reps: opts.ingestReps, log }));

    const starting = ['our service', ...(opts.cached ? ['the cached service'] : []), 'the HTTP floor', ...(opts.peer ? ['the @neo4j/graphql peer'] : [])];
    log(`starting ${starting.slice(0, -1).join(', ')} and ${starting.at(-1)}`);
    const txMs = opts.txTimeoutSeconds * 1000;
    const errorLog = path.join(dir, 'service-errors.log');
    servers.ours = await startServiceProcess('ours', server.uri, txMs, errorLog);
    if (opts.cached) servers.cached = await startServiceProcess('ours', server.uri, txMs, path.join(dir, 'cached-errors.log'), { RESPONSE_CACHE: 'true' });
    servers.floor = await startServiceProcess('floor', server.uri, txMs, path.join(dir, 'floor-errors.log'));
    let peerError: string | undefined;
    if (opts.peer) {
      try {
        servers.peer = await startServiceProcess('peer', server.uri, txMs, path.join(dir, 'peer-errors.log'));
      } catch (e) {
        peerError = (e as Error).message;
        log(`peer did not start: ${peerError}`);
      }
    }
    const idle: Record<string, number> = {};
    for (const [name, s] of Object.entries(servers)) idle[name] = (await s.stats()).rss / 2 ** 20;

    // The results as they stand; written after each query too, so a run stopped midway keeps what it measured.
    const results: CaseResult[] = [];
    const assemble = (
      end: Pick<BenchResults, 'serviceErrors'> & { storeMb?: number; txLogMb?: number; incomplete?: string; speedAtEnd?: SpeedProbe },
    ): BenchResults => ({
      generatedAt: new Date().toISOString(),
      ...(end.incomplete ? { incomplete: end.incomplete } : {}),
      options: (({ out: _o, keep: _k, ingestOnly: _i, ...rest }) => rest)(opts),
      machine: { ...machine(), loadAvgAtStart: loadStart, loadAvgAtEnd: os.loadavg(), speedAtStart, ...(end.speedAtEnd ? { speedAtEnd: end.speedAtEnd } : {}) },
      code,
      neo4j: { ...version, heapMb: opts.heapMb, pageCacheMb: opts.pageCacheMb, embedded: true, storeMb: end.storeMb, txLogMb: end.txLogMb },
      data: { ...countsFor(opts.scale), nodes: ingest.runs[0].nodes, relationships: ingest.runs[0].relationships },
      ingest,
      peer: { package: '@neo4j/graphql', started: Boolean(servers.peer), error: peerError },
      idleRssMb: idle,
      serviceErrors: end.serviceErrors,
      memory: overallMemory(results),
      cases: results,
      phasesSeconds: { ...phases, total: (Date.now() - started) / 1000 },
    });
    const base = path.join(out, `sf${opts.scale}`);
    const write = (res: BenchResults) => {
      writeFileSync(`${base}.json`, `${JSON.stringify(res, null, 2)}\n`);
      writeFileSync(`${base}.md`, renderMarkdown(res));
      log(`wrote ${base}.json and ${base}.md (${res.phasesSeconds.total.toFixed(0)} s${res.incomplete ? `, ${res.incomplete}` : ''})`);
    };
    write(assemble({ incomplete: 'incomplete: the ingest measured, no query yet' }));
    const samples = await pickSamples(db);
    const cases = benchCases(samples, opts.countFactor);
    const raw = rawRunner(db.driver, txMs);
    await phase('queries', async () => {
      for (const c of cases) {
        log(`query ${c.name}`);
        // Cypher round trips per GraphQL operation (nothing else runs meanwhile).
        const { trips, error: sampleError } = await countRoundTrips(servers.ours, c);
        // The cached service: one call fills its cache for the sample, the next ones are hits.
        let cachedRoundTrips: number[] | undefined;
        if (servers.cached) {
          for (let i = 0; i < 5; i++) await gqlCall(servers.cached.url, c.graphql, c.variables(i)).catch(() => undefined);
          cachedRoundTrips = (await countRoundTrips(servers.cached, c)).trips;
        }
        // Database hits per statement (PROFILE through the driver), over 3 samples.
        const profiles: StatementProfile[][] = [];
        for (let i = 0; i < 3; i++) {
          const into: StatementProfile[] = [];
          await c.cypher(profileRunner(db.driver, into, txMs), i).catch(() => undefined);
          profiles.push(into);
        }
        // The walks: each statement's time and the JavaScript between them, raw path, sequential.
        const traces: TracedStatement[][] | undefined = c.walk ? [] : undefined;
        for (let i = 0; traces && i < 10; i++) {
          const into: TracedStatement[] = [];
          const t0 = performance.now();
          await c.cypher(tracingRunner(raw, into, t0), i).catch(() => undefined);
          traces.push(into);
        }
        // Latency and throughput, interleaved rounds per concurrency level.
        // Time inside the driver calls of the raw path, to tell database time from the work between statements.
        const inDriver = { ms: 0 };
        const timedRaw = timedRunner(raw, inDriver);
        let rawTimed = true;
        const modes: Array<[string, (i: number) => Promise<unknown>]> = [
          ['cypher', (i) => c.cypher(rawTimed ? timedRaw : raw, i)],
          ['graphql', (i) => gqlCall(servers.ours.url, c.graphql, c.variables(i))],
        ];
        if (c.floorRoute) modes.push(['http-floor', (i) => floorCall(servers.floor.url, c.floorRoute!, c.variables(i))]);
        if (c.peer && servers.peer) modes.push(['neo4j-graphql', (i) => gqlCall(servers.peer.url, c.peer!, c.variables(i))]);
        if (servers.cached) modes.push(['graphql-cached', (i) => gqlCall(servers.cached.url, c.graphql, c.variables(i))]);
        const cacheBefore = servers.cached ? (await servers.cached.stats()).cache : null;
        const latency: Record<string, Record<string, LoadStats>> = {};
        const mem = memorySampler(servers);
        // A mode whose every operation failed (e.g. timed out) is not run again for this query.
        const failing = new Set<string>();
        let raws1: Record<string, RawRun[]> = {};
        for (const concurrency of [1, opts.concurrency]) {
          const rounds = 2;
          const per = Math.ceil(c.count / rounds);
          const raws: Record<string, RawRun[]> = {};
          if (concurrency === 1) raws1 = raws;
          const live = () => modes.filter(([mode]) => !failing.has(mode));
          for (const [, call] of live()) for (let w = 0; w < Math.min(3, per); w++) await call(w).catch(() => undefined); // warm-up
          if (concurrency === 1) inDriver.ms = 0;
          for (let r = 0; r < rounds; r++) {
            for (const [mode, call] of live()) {
              const run = await runLoad(call, { count: per, offset: r * per, concurrency, maxMs: (opts.maxSeconds * 1000) / rounds });
              raws[mode] ??= [];
              raws[mode].push(run);
              if (run.samples.length === 0 && run.errors > 0) failing.add(mode);
            }
          }
          for (const [mode] of modes) if (raws[mode]) latency[mode] = { ...latency[mode], [`c${concurrency}`]: mergeRuns(raws[mode]) };
          if (concurrency === 1) rawTimed = false;
          log(
            `  c=${concurrency}: ${Object.entries(latency)
              .map(([mode, l]) =>
                l[`c${concurrency}`] ? `${mode} p50 ${l[`c${concurrency}`].p50.toFixed(1)} ms (${l[`c${concurrency}`].errors} errors)` : `${mode} skipped`,
              )
              .join(', ')}`,
          );
        }
        const rawC1 = raws1.cypher ?? [];
        const rawMs = rawC1.reduce((a, run) => a + run.samples.reduce((x, y) => x + y, 0), 0);
        const driverShare = rawMs > 0 ? Math.min(1, inDriver.ms / rawMs) : undefined;
        const cacheAfter = servers.cached ? (await servers.cached.stats()).cache : null;
        const cache = cacheBefore && cacheAfter ? { hits: cacheAfter.hits - cacheBefore.hits, misses: cacheAfter.misses - cacheBefore.misses } : undefined;
        results.push({
          name: c.name,
          what: c.what,
          graphql: c.graphql,
          peer: c.peer && servers.peer ? c.peer : undefined,
          roundTrips: trips,
          cachedRoundTrips,
          cache,
          sampleError,
          profiles,
          traces,
          latency,
          driverShare,
          memory: mem.stop(),
        });
        if (results.length < cases.length)
          write(assemble({ serviceErrors: errorSummary(errorLog), incomplete: `incomplete: ${results.length} of ${cases.length} queries measured so far` }));
      }
    });
    for (const s of Object.values(servers)) await s.stop();
    const serviceErrors = errorSummary(errorLog);
    // The store's size once Neo4j has stopped: its shutdown checkpoint writes the loaded pages
    // into the store files (until then they are in the page cache and the transaction logs;
    // Community has no db.checkpoint()). The queries wrote nothing, so this is the loaded graph.
    await db.close();
    await server.stop(300_000);
    const storeMb = directoryBytes(path.join(dir, 'data', 'databases')) / 2 ** 20;
    const txLogMb = directoryBytes(path.join(dir, 'data', 'transactions')) / 2 ** 20;
    log(`on disk: store ${storeMb.toFixed(0)} MiB, transaction logs ${txLogMb.toFixed(0)} MiB`);

    // Everything of the run has stopped: the probe again, to show a machine that changed speed meanwhile.
    const res = assemble({ storeMb, txLogMb, serviceErrors, speedAtEnd: speedProbe() });
    write(res);
    return res;
  } finally {
    await stop.end();
  }
}

/** The ingest comparison alone (`--ingest-only`), on its own throwaway Neo4j; returns its result. */
export async function runIngestOnly(opts: RunOptions): Promise<Awaited<ReturnType<typeof runIngest>>> {
  const { stop, db, dir } = await startNeo4j(opts, `bench-ingest-sf${opts.scale}`);
  try {
    log(`ingest: SF${opts.scale}, seed ${opts.seed}, ${opts.ingestReps} repetition(s)`);
    const ingest = await runIngest(db, db.driver, {
      gen: { seed: opts.seed, scale: opts.scale },
      csvDir: path.join(dir, 'import'),
      reps: opts.ingestReps,
      log,
    });
    // Each loader run follows the LOAD CSV run it is compared with.
    const pairs = ingest.runs.flatMap((r, i) =>
      r.method === 'loader' && ingest.runs[i - 1]?.method === 'load-csv' ? [r.relsPerSec / ingest.runs[i - 1].relsPerSec] : [],
    );
    log(`loader ÷ LOAD CSV: ${ingest.ratio.toFixed(2)}× (median rate ÷ median rate; per repetition ${pairs.map((x) => x.toFixed(2)).join(', ')})`);
    return ingest;
  } finally {
    await stop.end();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  // A mistake on the command line: one line, no stack, exit 2, and no database started.
  finish('bench', async () => {
    const opts = parseArgs(process.argv.slice(2));
    if (!opts.ingestOnly) return runBench(opts);
    const ingest = await runIngestOnly(opts);
    if (!isStopping()) process.stdout.write(`${JSON.stringify(ingest, null, 2)}\n`);
  });
