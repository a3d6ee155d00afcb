/**
 * `npm run bench:feeds`: shows that the BI feeds stream with bounded memory.
 *
 * Options (node's `util.parseArgs`; after `npm run bench:feeds --`):
 *   --rows N           synthetic PRODUCES rows (default 1,000,000); must factor as
 *                      countries (≤ 676) × metals (≤ 1,000) × years (≤ 25, ending in 2024) × 2 bases,
 *                      e.g. 1,000,000 = 200 × 100 × 25 × 2 (`--rows 120000` for a quick run)
 *   --throttle MBPS    the slow client's rate in MB/s (default 2)
 *   --throttle-mb MB   how much of the response the slow client reads at that rate before
 *                      reading freely (default 64)
 *
 * 1. Starts a throwaway Neo4j (free port, data under `.neo4j/bench-feeds-<pid>`, deleted after;
 *    4 GiB heap, since the feed's ORDER BY sorts every row in Neo4j before the first is sent).
 * 2. Creates the synthetic USGS-style PRODUCES rows with Cypher `UNWIND range(…)` and
 *    `CALL { … } IN TRANSACTIONS OF 10000 ROWS` (so Neo4j's heap holds one batch, not all):
 *    countries × metals × years × 2 bases, each relationship with the properties of a real
 *    USGS figure (measureId, year, basis, quantity + unit, quantityBase, sharePct, estimated,
 *    sources, updatedAt), every node and relationship marked `synthetic: true`.
 * 3. Starts the service in this process and downloads `/feeds/production.csv?year=2024` (one
 *    year: a fraction of the rows, to show memory does not grow with size), `/feeds/production.csv`,
 *    `/feeds/relationships?type=PRODUCES`, `/feeds/production.ndjson`, and the CSV again through
 *    a slow client (its first `--throttle-mb` MB at `--throttle` MB/s, so backpressure has to
 *    hold rows back). Each twice: a timing pass sampling `process.memoryUsage()` every 10 ms
 *    (peak RSS, peak heap used) and a memory pass that also forces a full GC every 250 ms (peak
 *    live heap). For contrast it collects all the same production rows whole with `db.read`
 *    (at 1,000,000 rows this holds over a gigabyte: the npm script raises node's heap limit).
 * 4. Writes rows, bytes, seconds, peak RSS / heap / live heap and their growth over the idle
 *    baseline, and the machine, to `bench/results/feeds-memory.json` and `.md`.
 *
 * The HTTP client runs in the same process and counts bytes without keeping them; its buffers
 * are included in the figures (they only make them larger). Run with `--expose-gc` (the npm
 * script does) so each baseline is taken after a full collection.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { pino } from 'pino';
import { feedTable } from '../src/feeds/tables.js';
import { Db } from '../src/neo4j/db.js';
import { freePort, startLocalNeo4j } from '../src/neo4j/local.js';
import { applySchema } from '../src/neo4j/schema.js';
import { startApp } from '../src/server/app.js';
import { type SpeedProbe, speedProbe } from './machine.js';
import { commandLine, numericOption, UsageError } from './options.js';
import { speedText } from './report.js';
import { benchEnd, finish } from './stop.js';

const MAX_COUNTRIES = 676; // two-letter codes AA…ZZ
const MAX_METALS = 1_000;
const MAX_YEARS = 25;
const LAST_YEAR = 2024;

/**
 * Countries × metals × years × 2 bases = exactly `rows`: as many years as divide (up to 25, so
 * the one-year feed is a small share), then up to 200 countries (up to 676 if needed), the rest
 * metals. Throws when `rows` does not factor so.
 */
function dimensions(rows: number): { countries: number; metals: number; years: number[] } {
  if (!Number.isSafeInteger(rows) || rows < 2 || rows % 2 !== 0) throw new UsageError(`--rows must be an even whole number ≥ 2 (got ${rows})`);
  const half = rows / 2;
  const countryOrder = [...Array.from({ length: 200 }, (_, i) => 200 - i), ...Array.from({ length: MAX_COUNTRIES - 200 }, (_, i) => 201 + i)];
  for (let y = MAX_YEARS; y >= 1; y--) {
    if (half % y !== 0) continue;
    const perYear = half / y;
    for (const c of countryOrder) {
      if (perYear % c !== 0 || perYear / c > MAX_METALS) continue;
      return { countries: c, metals: perYear / c, years: Array.from({ length: y }, (_, i) => LAST_YEAR - y + 1 + i) };
    }
  }
  throw new UsageError(
    `--rows ${rows} does not factor as countries (≤ ${MAX_COUNTRIES}) × metals (≤ ${MAX_METALS}) × years (≤ ${MAX_YEARS}) × 2 bases; try e.g. 1000000 or 120000`,
  );
}

const MAX_ROWS = 2 * MAX_COUNTRIES * MAX_METALS * MAX_YEARS;

const USAGE = `usage: npm run bench:feeds -- [options]
  --rows N          synthetic PRODUCES rows (default 1000000; countries × metals × years × 2 bases, e.g. 120000 for a quick run)
  --throttle X      the slow client's rate in MB/s (default 2), at most 10000
  --throttle-mb X   how much of the response the slow client reads at that rate (default 64), at most 100000
  --help            this text
Writes bench/results/feeds-memory.json and .md; see docs/benchmarks.md.`;

/** The run's settings from its command line (see the top of this file). Throws a UsageError or HelpRequested. */
function feedsOptions(argv: string[]) {
  const values = commandLine(argv, { rows: { type: 'string' }, throttle: { type: 'string' }, 'throttle-mb': { type: 'string' } }, USAGE);
  const rows = numericOption(values, 'rows', 1_000_000, { kind: 'count', max: MAX_ROWS });
  return {
    rows,
    ...dimensions(rows),
    throttleMbps: numericOption(values, 'throttle', 2, { kind: 'positive', max: 10_000 }),
    throttleFirstMb: numericOption(values, 'throttle-mb', 64, { kind: 'positive', max: 100_000 }),
  };
}
type FeedsOptions = ReturnType<typeof feedsOptions>;

const NEO4J_HEAP_MB = 4096;
const NEO4J_PAGE_CACHE_MB = 2048;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'bench/results');
const MB = 1024 * 1024;

interface Sample {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

/**
 * Samples memory every `everyMs` until stopped: peak RSS and peak heap used (which includes
 * garbage not yet collected). With `gcEveryMs`, it also forces a full collection that often
 * (`--expose-gc`) and samples the heap right after: the peak *live* heap, what is retained.
 */
function sampler(gcEveryMs?: number, everyMs = 10) {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc (npm run bench:feeds does)');
  gc();
  const base: Sample = pick(process.memoryUsage());
  const peak: Sample = { ...base };
  let liveHeap = base.heapUsed;
  let samples = 0;
  let gcs = 0;
  const take = () => {
    const m = process.memoryUsage();
    samples++;
    for (const k of Object.keys(peak) as (keyof Sample)[]) peak[k] = Math.max(peak[k], m[k]);
  };
  const timer = setInterval(take, everyMs);
  const gcTimer = gcEveryMs
    ? setInterval(() => {
        take();
        gc();
        gcs++;
        liveHeap = Math.max(liveHeap, process.memoryUsage().heapUsed);
      }, gcEveryMs)
    : undefined;
  return {
    stop() {
      clearInterval(timer);
      clearInterval(gcTimer);
      take();
      return { base, peak, liveHeap, samples, gcs };
    },
  };
}
const pick = (m: NodeJS.MemoryUsage): Sample => ({ rss: m.rss, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers });

/** A slow reader: the first `firstBytes` of the response at `bytesPerSecond`, the rest as fast as it can. */
interface Throttle {
  bytesPerSecond: number;
  firstBytes: number;
}

/** GETs `url`, counting bytes and line ends without keeping the body; `throttle` slows the reader. */
function download(url: string, lineEnd: string, throttle?: Throttle): Promise<{ status: number; bytes: number; lines: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let bytes = 0;
        let lines = 0;
        const started = Date.now();
        const code = lineEnd.charCodeAt(lineEnd.length - 1);
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          for (let i = chunk.indexOf(code); i !== -1; i = chunk.indexOf(code, i + 1)) lines++;
          if (throttle && bytes <= throttle.firstBytes) {
            const ahead = (bytes / throttle.bytesPerSecond) * 1000 - (Date.now() - started);
            if (ahead > 1) {
              res.pause();
              setTimeout(() => res.resume(), ahead);
            }
          }
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, lines }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

interface Run {
  name: string;
  url: string;
  client: string;
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
  baselineRssMb: number;
  peakRssMb: number;
  rssGrowthMb: number;
  baselineHeapMb: number;
  /** Peak heap used, garbage included. */
  peakHeapMb: number;
  heapGrowthMb: number;
  /** Peak heap right after a forced full GC: what the service retains while streaming. */
  peakLiveHeapMb: number;
  liveHeapGrowthMb: number;
  /** Live heap growth as a share of the response size (bounded memory: far below 100 %). */
  liveHeapGrowthPctOfResponse: number;
  samples: number;
  forcedGcs: number;
}

const mb = (b: number) => Math.round((b / MB) * 10) / 10;

const clientName = (t: Throttle | undefined, bytes: number) =>
  !t
    ? 'reads as fast as it can'
    : t.firstBytes >= bytes
      ? `throttled to ${t.bytesPerSecond / MB} MB/s`
      : `throttled to ${t.bytesPerSecond / MB} MB/s for the first ${mb(t.firstBytes)} MB, then as fast as it can`;

/**
 * Downloads `url` twice: a timing pass (no forced GC: seconds, rows/s, peak RSS and heap used)
 * and a memory pass (a forced full GC every 250 ms: peak live heap).
 */
async function measure(name: string, url: string, opts: { lineEnd: string; header: boolean; throttle?: Throttle }): Promise<Run> {
  const timing = sampler();
  const t0 = performance.now();
  const r = await download(url, opts.lineEnd, opts.throttle);
  const seconds = (performance.now() - t0) / 1000;
  const { base, peak, samples } = timing.stop();
  if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
  const memory = sampler(250);
  const again = await download(url, opts.lineEnd, opts.throttle);
  const live = memory.stop();
  if (again.bytes !== r.bytes) throw new Error(`${url}: the two passes differ (${r.bytes} vs ${again.bytes} bytes)`);
  const rows = r.lines - (opts.header ? 1 : 0);
  return {
    name,
    url: url.replace(/^http:\/\/[^/]+/, ''),
    client: clientName(opts.throttle, r.bytes),
    rows,
    bytes: r.bytes,
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSecond: Math.round(rows / seconds),
    baselineRssMb: mb(base.rss),
    peakRssMb: mb(peak.rss),
    rssGrowthMb: mb(peak.rss - base.rss),
    baselineHeapMb: mb(base.heapUsed),
    peakHeapMb: mb(peak.heapUsed),
    heapGrowthMb: mb(peak.heapUsed - base.heapUsed),
    peakLiveHeapMb: mb(live.liveHeap),
    liveHeapGrowthMb: mb(live.liveHeap - live.base.heapUsed),
    liveHeapGrowthPctOfResponse: Math.round(((live.liveHeap - live.base.heapUsed) / r.bytes) * 1000) / 10,
    samples: samples + live.samples,
    forcedGcs: live.gcs,
  };
}

/** Creates the synthetic countries, metals, measures and PRODUCES rows (one statement each). */
async function createSynthetic(db: Db, o: FeedsOptions): Promise<void> {
  await db.write(
    `CREATE (:Source {id: 'source:synthetic-feeds-bench', name: 'Synthetic data of bench/feeds-memory.ts', sourceType: 'dataset',
       aliases: [], sources: ['source:synthetic-feeds-bench'], synthetic: true, updatedAt: datetime()})`,
  );
  await db.write(
    `UNWIND range(0, $n - 1) AS i
     WITH i, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' AS az
     CREATE (:Country {id: 'country:' + substring(az, i / 26, 1) + substring(az, i % 26, 1),
       isoCode: substring(az, i / 26, 1) + substring(az, i % 26, 1), name: 'Synthetic country ' + toString(i), benchIndex: i,
       aliases: [], sources: ['source:synthetic-feeds-bench'], synthetic: true, updatedAt: datetime()})`,
    { n: o.countries },
  );
  await db.write(
    `UNWIND range(0, $n - 1) AS j
     CREATE (m:Metal {id: 'metal:synthetic-' + toString(j), name: 'Synthetic metal ' + toString(j), benchIndex: j,
       aliases: [], sources: ['source:synthetic-feeds-bench'], synthetic: true, updatedAt: datetime()})
     CREATE (me:Measure {id: 'measure:synthetic-' + toString(j) + '-mine-production', name: 'Synthetic metal ' + toString(j) + ' — Mine production',
       commodity: 'Synthetic metal ' + toString(j), measure: 'Mine production', unit: 'metric tons', baseUnit: 't',
       worldTotal2023: 1000000.0, worldTotal2024: 1000000.0,
       aliases: [], sources: ['source:synthetic-feeds-bench'], synthetic: true, updatedAt: datetime()})
     CREATE (me)-[:MEASURES {key: '', sources: ['source:synthetic-feeds-bench'], synthetic: true, updatedAt: datetime()}]->(m)`,
    { n: o.metals },
  );
  // Auto-commit statement (db.run) so CALL … IN TRANSACTIONS can commit in batches.
  await db.run(
    `MATCH (c:Country {synthetic: true})
     MATCH (m:Metal {synthetic: true})
     UNWIND [y IN $years | toInteger(y)] AS year
     UNWIND ['production', 'capacity'] AS basis
     CALL (c, m, year, basis) {
       WITH c, m, year, basis, 'measure:' + substring(m.id, 6) + '-mine-production' AS measureId,
            toFloat((c.benchIndex * 7919 + m.benchIndex * 104729 + year * 31) % 50000) / 10.0 + 0.1 AS q
       CREATE (c)-[:PRODUCES {key: measureId + '|' + basis + '|' + toString(year), basis: basis, measureId: measureId, year: year,
         quantity: q, unit: 'metric tons', quantityBound: 'exact', quantityBase: q, baseUnit: 't',
         sharePct: q / 10000.0, sharePctBound: 'exact', estimated: year = 2024,
         note: 'synthetic figure for the feeds benchmark', sources: ['source:synthetic-feeds-bench'],
         synthetic: true, updatedAt: datetime()}]->(m)
     } IN TRANSACTIONS OF 10000 ROWS`,
    { years: o.years },
  );
  const [{ count }] = await db.read<{ count: number }>('MATCH (:Country)-[r:PRODUCES {synthetic: true}]->() RETURN count(r) AS count');
  if (count !== o.rows) throw new Error(`expected ${o.rows} synthetic PRODUCES rows, found ${count}`);
}

/** Collects the same production rows whole (what streaming avoids), for contrast: heap retained while holding them. */
async function collected(db: Db): Promise<{ rows: number; seconds: number; liveHeapGrowthMb: number; rssGrowthMb: number }> {
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  const base = process.memoryUsage();
  const t0 = performance.now();
  const t = feedTable('production');
  const rows = (await db.read(t.query, t.params)).map(t.toRow);
  const seconds = (performance.now() - t0) / 1000;
  gc();
  const held = process.memoryUsage();
  return {
    rows: rows.length,
    seconds: Math.round(seconds * 100) / 100,
    liveHeapGrowthMb: mb(held.heapUsed - base.heapUsed),
    rssGrowthMb: mb(held.rss - base.rss),
  };
}

/** What the figures show, in words, from the figures themselves (each claim only when the figures bear it out). */
function reading(runs: Run[], whole: Awaited<ReturnType<typeof collected>>): string {
  const [small, full] = runs;
  const slow = runs.find((r) => r.client.startsWith('throttled'));
  const maxLive = Math.max(...runs.map((r) => r.liveHeapGrowthMb));
  const maxPct = Math.max(...runs.map((r) => r.liveHeapGrowthPctOfResponse));
  const maxRss = Math.max(...runs.map((r) => r.rssGrowthMb));
  const factor = Math.round((full.rows / small.rows) * 10) / 10;
  // Flat: the full feed's live heap growth is within 5 MB of the one-year feed's.
  const flat = full.liveHeapGrowthMb <= small.liveHeapGrowthMb + 5;
  const held = Math.round(whole.liveHeapGrowthMb / Math.max(maxLive, 0.1));
  return (
    `While streaming, the service's live heap grew by at most ${maxLive} MB over idle (at most ${maxPct} % of the response size), ` +
    `and ${factor.toLocaleString('en')} times the rows (${small.rows.toLocaleString('en')} → ${full.rows.toLocaleString('en')}, ${mb(small.bytes)} → ${mb(full.bytes)} MB) took the live heap growth from ${small.liveHeapGrowthMb} to ${full.liveHeapGrowthMb} MB: ` +
    (flat
      ? `memory follows the buffers (the driver's 500-record fetch, 256 rows in the row stream, the socket's high-water mark), not the size of the feed.`
      : `in this run memory grew with the size of the feed.`) +
    (slow
      ? ` With the client ${slow.client} (${slow.seconds} s), live heap growth was ${slow.liveHeapGrowthMb} MB` +
        (slow.liveHeapGrowthMb <= small.liveHeapGrowthMb + 5 ? ': backpressure leaves the rows waiting in Neo4j.' : '.')
      : '') +
    ` Heap used including garbage peaks higher because V8 collects lazily; RSS grew by at most ${maxRss} MB. ` +
    `Collecting the same ${whole.rows.toLocaleString('en')} rows whole instead holds ${whole.liveHeapGrowthMb} MB of live heap` +
    (held >= 2 ? `, about ${held.toLocaleString('en')} times the most that streaming retained.` : '.')
  );
}

function markdown(
  result: Record<string, unknown> & {
    nodeHeapLimitMb: number;
    runs: Run[];
    machine: Record<string, unknown>;
    data: { syntheticProducesRows: number; countries: number; metals: number; years: number[] };
    collected: Awaited<ReturnType<typeof collected>>;
    reading: string;
  },
): string {
  const m = result.machine;
  const d = result.data;
  const lines = [
    '# Feeds memory benchmark',
    '',
    `Run ${result.date} by \`npm run bench:feeds\` ([bench/feeds-memory.ts](../feeds-memory.ts)).`,
    '',
    `Machine: ${m.cpuModel} × ${m.cpuCount}, ${m.totalMemoryGb} GB RAM, ${m.platform}, Node ${m.node}, ${m.neo4j}.${m.speedAtStart ? ` Speed probe (ms, lower is faster): ${speedText(m.speedAtStart as SpeedProbe)}.` : ''}`,
    '',
    `Data: ${d.syntheticProducesRows.toLocaleString('en')} synthetic PRODUCES rows (${d.countries} countries × ${d.metals} metals × ${d.years.length} years ${d.years[0]}–${LAST_YEAR} × 2 bases; one year is ${(d.syntheticProducesRows / d.years.length).toLocaleString('en')} rows), created in ${result.createSeconds} s with \`CALL { … } IN TRANSACTIONS OF 10000 ROWS\`. Neo4j: ${NEO4J_HEAP_MB / 1024} GiB heap, ${NEO4J_PAGE_CACHE_MB / 1024} GiB page cache (each feed's ORDER BY sorts all its rows in Neo4j before the first is sent).`,
    'The service runs in the benchmark process (the HTTP client too, counting bytes without keeping them); memory is `process.memoryUsage()` sampled every 10 ms during each download; growth is over the idle baseline taken after a full GC.',
    '',
    '| feed | client | rows | response MB | seconds | rows/s | peak RSS MB (growth) | peak heap used MB (growth, garbage included) | peak live heap MB (growth) | live heap growth / response |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...result.runs.map(
      (r) =>
        `| \`${r.url}\` | ${r.client} | ${r.rows.toLocaleString('en')} | ${mb(r.bytes)} | ${r.seconds} | ${r.rowsPerSecond.toLocaleString('en')} | ${r.peakRssMb} (+${r.rssGrowthMb}) | ${r.peakHeapMb} (+${r.heapGrowthMb}) | ${r.peakLiveHeapMb} (+${r.liveHeapGrowthMb}) | ${r.liveHeapGrowthPctOfResponse} % |`,
    ),
    '',
    `Each feed is downloaded twice: a timing pass (seconds, rows/s, peak RSS, peak heap used including garbage) and a memory pass that forces a full GC every 250 ms and samples the heap right after it (peak live heap: what the service retains). For contrast, collecting the same ${result.collected.rows.toLocaleString('en')} production rows whole (\`db.read\`, then mapping to rows) took ${result.collected.seconds} s and held ${result.collected.liveHeapGrowthMb} MB of live heap (RSS +${result.collected.rssGrowthMb} MB; node's heap limit raised to ${result.nodeHeapLimitMb.toLocaleString('en')} MB so it fits).`,
    '',
    `**Reading.** ${result.reading}`,
    '',
  ];
  return lines.join('\n');
}

async function main() {
  const o = feedsOptions(process.argv.slice(2));
  // Checked before Neo4j starts: every baseline is taken after a full collection.
  if (!(globalThis as { gc?: () => void }).gc) throw new UsageError('run with node --expose-gc (npm run bench:feeds does)');
  // Before Neo4j starts: how fast this machine is today (bench/machine.ts).
  const speed = speedProbe();
  mkdirSync(path.join(root, '.neo4j'), { recursive: true });
  const dir = path.join(root, `.neo4j/bench-feeds-${process.pid}`);
  const port = await freePort();
  process.stderr.write(`starting Neo4j in ${dir}…\n`);
  // 4 GiB heap: each feed's ORDER BY sorts all rows in Neo4j; the page cache holds the whole store.
  const stop = benchEnd({ dir });
  const server = await startLocalNeo4j({ dir, port, heapMb: NEO4J_HEAP_MB, pageCacheMb: NEO4J_PAGE_CACHE_MB, txTimeoutSeconds: 3600, signal: stop.signal });
  stop.onStop('Neo4j', () => server.stop());
  // Generous timeouts: creating the rows (one statement in batches) and collecting them whole
  // take minutes at 1,000,000 rows on a small machine; the feeds get 20 × this.
  const db = new Db({ uri: server.uri, username: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 3_600_000 });
  stop.onStop('the driver', () => db.close());
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  stop.onStop('the service', async () => app?.stop());
  try {
    await applySchema(db);
    const t0 = performance.now();
    await createSynthetic(db, o);
    const createSeconds = Math.round((performance.now() - t0) / 10) / 100;
    process.stderr.write(
      `created ${o.rows} PRODUCES rows (${o.countries} countries × ${o.metals} metals × ${o.years.length} years × 2 bases) in ${createSeconds} s\n`,
    );
    const [version] = await db.read<{ name: string; version: string; edition: string }>(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
    );
    app = await startApp({ db, log: pino({ level: 'silent' }), production: true }, '127.0.0.1', 0);

    // Warm-up: plans compiled, JIT warm, so the runs measure streaming.
    await download(`${app.url}/feeds/production.csv?year=${o.years[0]}`, '\n');
    await download(`${app.url}/feeds/relationships?type=PRODUCES&year=${o.years[0]}`, '\n');

    const throttle: Throttle = { bytesPerSecond: o.throttleMbps * MB, firstBytes: o.throttleFirstMb * MB };
    const runs: Run[] = [];
    runs.push(await measure('production.csv, one year', `${app.url}/feeds/production.csv?year=${LAST_YEAR}`, { lineEnd: '\r\n', header: true }));
    runs.push(await measure('production.csv', `${app.url}/feeds/production.csv`, { lineEnd: '\r\n', header: true }));
    runs.push(await measure('relationships PRODUCES', `${app.url}/feeds/relationships?type=PRODUCES`, { lineEnd: '\r\n', header: true }));
    runs.push(await measure('production.ndjson', `${app.url}/feeds/production.ndjson`, { lineEnd: '\n', header: false }));
    runs.push(await measure('production.csv, slow client', `${app.url}/feeds/production.csv`, { lineEnd: '\r\n', header: true, throttle }));
    for (const r of runs) {
      const expected = r.url.includes('year=') ? o.rows / o.years.length : o.rows;
      if (r.rows !== expected) throw new Error(`${r.url} streamed ${r.rows} rows, expected ${expected}`);
      process.stderr.write(
        `${r.url} (${r.client}): ${r.rows} rows, ${mb(r.bytes)} MB in ${r.seconds} s; heap +${r.heapGrowthMb} MB, live heap +${r.liveHeapGrowthMb} MB, RSS +${r.rssGrowthMb} MB\n`,
      );
    }
    const whole = await collected(db);
    const cpus = os.cpus();
    const result = {
      date: new Date().toISOString(),
      machine: {
        cpuModel: cpus[0]?.model ?? 'unknown',
        cpuCount: cpus.length,
        totalMemoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
        platform: `${os.platform()} ${os.release()} ${os.arch()}`,
        node: process.version,
        neo4j: `${version.name} ${version.version} ${version.edition}`,
        speedAtStart: speed,
      },
      data: { syntheticProducesRows: o.rows, countries: o.countries, metals: o.metals, years: o.years, bases: ['production', 'capacity'] },
      options: { rows: o.rows, throttleMbPerSecond: o.throttleMbps, throttleFirstMb: o.throttleFirstMb },
      neo4jMemory: { heapMb: NEO4J_HEAP_MB, pageCacheMb: NEO4J_PAGE_CACHE_MB },
      nodeHeapLimitMb: Math.round(v8.getHeapStatistics().heap_size_limit / MB),
      createSeconds,
      runs,
      collected: whole,
      reading: reading(runs, whole),
    };
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(path.join(resultsDir, 'feeds-memory.json'), `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(path.join(resultsDir, 'feeds-memory.md'), markdown(result));
    process.stderr.write(`results in ${path.relative(root, resultsDir)}/feeds-memory.{json,md}\n`);
  } finally {
    await stop.end();
  }
}

finish('bench:feeds', main);
