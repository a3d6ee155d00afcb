/**
 * `npm run bench:walk [-- --scale 10 --dir <folder>]`: the two dependency walks of
 * `npm run bench` (`dependencyChain` and `exposure`, bench/latency.ts) alone, without the ingest
 * comparison, the other queries or the peer servers, to see what a change to the walk does:
 *
 * - per step (level 1 with prepare: `chains/start`; each further level; `chains/details`): PROFILE db hits (three samples),
 *   the edges a level read, the time inside the statement (and of it the time Neo4j reports in
 *   the result summary) and the JavaScript before it (ten
 *   traced operations through the raw path; medians), as in the results' walk profile;
 * - the round trips of one GraphQL operation (`Db.roundTrips` of the service);
 * - the round trip of `RETURN 1` through the same driver: the fixed cost every statement pays;
 * - sequential latency (p50, p95; `--count` operations, after a warm-up) through GraphQL and
 *   through the raw path;
 * - the slowest of those operations traced statement by statement, the share of the slowest and
 *   the fastest tenth spent inside Neo4j, and the costliest level statement cut after each stage
 *   of chains/level (bench/walk-tail.ts, bench/walk-stages.ts).
 *
 * Db hits and round trips are deterministic; times depend on the machine and its load, so the
 * report prints the load average beside them. The synthetic graph (bench/generate.ts, seed 42)
 * is loaded through our loader into a Neo4j kept in `--dir`; a later run on the same folder,
 * scale and seed finds it loaded (`walk-bench.json` says what it holds) and starts measuring at
 * once. Without `--dir` the folder is a throwaway one. Prints Markdown on stdout.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Db } from '../src/neo4j/db.js';
import { freePort, startLocalNeo4j } from '../src/neo4j/local.js';
import { applySchema } from '../src/neo4j/schema.js';
import { emptyDatabase, ingestWithLoader } from './ingest.js';
import {
  benchCases,
  gqlCall,
  pickSamples,
  profileRunner,
  rawRunner,
  runLoad,
  type StatementProfile,
  summarize,
  summaryTimedRunner,
  type TracedStatement,
  tracingRunner,
} from './latency.js';
import { speedProbe } from './machine.js';
import { commandLine, folderOption, NUMERIC, neo4jMemoryFor, numericOption, writableFolder } from './options.js';
import { speedText } from './report.js';
import { startServiceProcess } from './service.js';
import { benchEnd, finish } from './stop.js';
import { stepNames, walkProfile } from './walk-profile.js';
import { costliestLevel, levelStages, renderTail, traceOperations } from './walk-tail.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
const f = (x: number | undefined, digits = 1) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));

const WALK_USAGE = `usage: npm run bench:walk -- [options]
  --scale N         scale factor of the generated graph (default 10), 0.02 to 1000
  --seed N          generator seed (default 42)
  --count N         operations per walk and path (default 100)
  --dir DIR         keep the loaded Neo4j in DIR and reuse it on the next run (default: a throwaway folder)
  --heap-mb N       Neo4j heap in MiB (default by scale)
  --pagecache-mb N  Neo4j page cache in MiB (default by scale)
  --help            this text
Prints Markdown on stdout; see docs/benchmarks.md.`;

async function main(argv: string[]): Promise<void> {
  const values = commandLine(
    argv,
    {
      scale: { type: 'string' },
      seed: { type: 'string' },
      count: { type: 'string' },
      dir: { type: 'string' },
      'heap-mb': { type: 'string' },
      'pagecache-mb': { type: 'string' },
    },
    WALK_USAGE,
  );
  const scale = numericOption(values, 'scale', 10, NUMERIC.scale);
  const seed = numericOption(values, 'seed', 42, NUMERIC.seed);
  const count = numericOption(values, 'count', 100, { kind: 'count', max: 100_000 });
  const memory = neo4jMemoryFor(scale);
  const heapMb = numericOption(values, 'heap-mb', memory.heapMb, NUMERIC['heap-mb']);
  const pageCacheMb = numericOption(values, 'pagecache-mb', memory.pageCacheMb, NUMERIC['pagecache-mb']);
  const dir = typeof values.dir === 'string' ? writableFolder('dir', folderOption('dir', values.dir)) : path.join(root, '.neo4j', `bench-walk-${process.pid}`);
  const marker = path.join(dir, 'walk-bench.json');
  const wanted = JSON.stringify({ scale, seed });
  // A folder the user named is kept, loaded graph and all.
  const stop = benchEnd({ dir, keep: values.dir !== undefined });
  const server = await startLocalNeo4j({
    dir,
    port: await freePort(),
    heapMb,
    pageCacheMb,
    txTimeoutSeconds: 600,
    signal: stop.signal,
  });
  stop.onStop('Neo4j', () => server.stop());
  const db = new Db({ uri: server.uri, username: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 600_000 });
  stop.onStop('the driver', () => db.close());
  let service: Awaited<ReturnType<typeof startServiceProcess>> | undefined;
  stop.onStop('the service', async () => service?.stop());
  try {
    if (!existsSync(marker) || readFileSync(marker, 'utf8') !== wanted) {
      log(`loading SF${scale} (seed ${seed}) through the loader`);
      await applySchema(db);
      await emptyDatabase(db);
      const run = await ingestWithLoader(db, { seed, scale });
      writeFileSync(marker, wanted);
      log(`loaded ${run.counts.nodes} nodes, ${run.counts.relationships} relationships in ${(run.ms / 1000).toFixed(0)} s`);
    }
    service = await startServiceProcess('ours', server.uri, 10_000, path.join(dir, 'walk-errors.log'));
    const cases = benchCases(await pickSamples(db)).filter((c) => c.walk);
    const raw = rawRunner(db.driver, 10_000);
    const out: string[] = [
      `# Dependency walks at SF${scale} (seed ${seed})`,
      '',
      `Load average at start: ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(', ')}. Speed probe (ms, lower is faster; bench/machine.ts): ${speedText(speedProbe())}.`,
      '',
    ];
    for (const c of cases) {
      log(`${c.name}`);
      for (let i = 0; i < 5; i++) await c.cypher(raw, i).catch(() => undefined); // warm-up: plans cached, pages in memory
      const profiles: StatementProfile[][] = [];
      for (let i = 0; i < 3; i++) {
        const into: StatementProfile[] = [];
        await c.cypher(profileRunner(db.driver, into, 10_000), i).catch(() => undefined);
        profiles.push(into);
      }
      const traces: TracedStatement[][] = [];
      for (let i = 0; i < 10; i++) {
        const into: TracedStatement[] = [];
        const neo4jMs: number[] = [];
        await c.cypher(tracingRunner(summaryTimedRunner(db.driver, 10_000, neo4jMs), into, performance.now()), i).catch(() => undefined);
        for (const [k, t] of into.entries()) t.neo4jMs = neo4jMs[k];
        traces.push(into);
      }
      const before = (await service.stats()).roundTrips!;
      await gqlCall(service.url, c.graphql, c.variables(0)).catch(() => undefined);
      const trips = (await service.stats()).roundTrips! - before;
      const latency = async (call: (i: number) => Promise<unknown>) => {
        for (let i = 0; i < 5; i++) await call(i).catch(() => undefined);
        const r = await runLoad(call, { count, offset: 0, concurrency: 1, maxMs: 120_000 });
        return summarize(r.samples, r.wallMs, r.errors, r.capped, r.firstError);
      };
      const gql = await latency((i) => gqlCall(service!.url, c.graphql, c.variables(i)));
      const cypher = await latency((i) => c.cypher(raw, i));
      const w = walkProfile(profiles, traces);
      out.push(`## ${c.name}`, '', c.what, '');
      out.push(
        `Round trips of one GraphQL operation: ${trips}. Sequential, ${count} operations: GraphQL p50 ${f(gql.p50)} ms, p95 ${f(gql.p95)} ms; raw path p50 ${f(cypher.p50)} ms, p95 ${f(cypher.p95)} ms (${gql.errors + cypher.errors} errors). Traced operation ${f(w.totalMs)} ms (median), JavaScript between statements ${f(w.jsMs)} ms.`,
        '',
      );
      // The costliest operators of each step, from the first sample's PROFILE.
      const first = profiles[0] ?? [];
      const names = stepNames(first.map((p) => p.name));
      const top = new Map(first.map((p, k) => [names[k], p.top.map((o) => `${o.operator} ${o.dbHits}`).join(', ')]));
      out.push(
        '| step | samples | db hits | edges read | statement ms | of it in Neo4j ms | JavaScript before ms | costliest operators (first sample) |',
        '|---|---:|---:|---:|---:|---:|---:|---|',
      );
      for (const s of w.steps)
        out.push(
          `| ${s.step} | ${s.samples} | ${f(s.dbHits, 0)} | ${f(s.edges, 0)} | ${f(s.statementMs, 2)} | ${f(s.neo4jMs, 0)} | ${f(s.jsBeforeMs, 2)} | ${top.get(s.step) ?? ''} |`,
        );
      out.push('');
      log(`${c.name}: every operation traced, the costliest level cut by stage`);
      const ops = await traceOperations(db.driver, c, count, 10_000);
      const worst = costliestLevel(ops);
      const stages = worst ? await levelStages(db.driver, worst, 6, 10_000) : [];
      out.push(...renderTail(ops, stages, worst));
    }
    // The fixed cost of one statement on this machine: what every step pays before any work.
    const trivial = await runLoad(() => raw('trivial', 'RETURN 1', {}), { count: 200, offset: 0, concurrency: 1, maxMs: 60_000 });
    const t = summarize(trivial.samples, trivial.wallMs, trivial.errors, trivial.capped, trivial.firstError);
    out.push(
      `One round trip of \`RETURN 1\` through the same driver (a session per statement, as every step): p50 ${f(t.p50, 2)} ms, p95 ${f(t.p95, 2)} ms. "Of it in Neo4j" is the time the result summary reports (resultAvailableAfter + resultConsumedAfter, whole ms); the rest of a statement's time is the round trip and the driver's packing and decoding on both sides.`,
      '',
    );
    out.push(
      `Load average at end: ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(', ')}.`,
      '',
    );
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    await stop.end();
  }
}

finish('bench:walk', () => main(process.argv.slice(2)));
