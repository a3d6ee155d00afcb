/**
 * Requests that outlive a bound get an answer that says which bound, and write nothing:
 * - a transaction that outlives its timeout (NEO4J_TX_TIMEOUT_MS) is QUERY_TIMEOUT with HTTP 504
 *   and `extensions.timeoutMs`, never BAD_USER_INPUT (the question may be valid, the database
 *   busy);
 * - a stop lets requests finish for SHUTDOWN_GRACE_MS, then ends those still running: each is
 *   answered 503 SERVICE_STOPPING with Retry-After, its transaction rolls back, and the stop
 *   resolves soon after the grace.
 * Against the suite's real Neo4j: a test transaction holds the write lock of the graph-version
 * node, which every retraction and every load takes last in its own transaction, so they wait
 * for as long as the test wants.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../src/server/app.js';
import { TIMEOUT_MESSAGE } from '../src/server/errors.js';
import { bundledGraph } from './support/bundled.js';
import { testDb } from './support/db.js';
import { EDITOR, KEYS, xApiKey } from './support/keys.js';
import { scrape } from './support/metrics.js';
import { startTestApp } from './support/server.js';
import { until } from './support/service.js';

const db = testDb();
beforeAll(() => bundledGraph(db));
afterAll(() => db.close());

const RETRACT = `mutation { retractFact(fact: { id: "metal:gallium" }, reason: "stop-and-timeout test") { fact retracted } }`;
const TAG = 'stop-grace';
const DATASET = {
  sources: [{ id: `source:${TAG}`, name: 'Stop grace test', sourceType: 'dataset' }],
  nodes: Array.from({ length: 50 }, (_, i) => ({ id: `company:${TAG}-${i}`, label: 'Company', name: `Company ${TAG} ${i}`, sources: [`source:${TAG}`] })),
  relationships: [],
};

/** Holds the graph-version node's write lock in an open transaction until `release()` (rolled back). */
async function holdGraphVersionLock() {
  const session = db.driver.session();
  const tx = await session.beginTransaction();
  await tx.run("MERGE (v:GraphVersion {id: 'graph'}) SET v.lockedBy = 'stop-and-timeout test'");
  return async () => {
    await tx.rollback();
    await session.close();
  };
}

const post = (url: string, body: unknown, path = '/graphql') =>
  fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...xApiKey(EDITOR) }, body: JSON.stringify(body) });

const galliumRetracted = async () => (await db.read<{ at: unknown }>("MATCH (m:Metal {id: 'metal:gallium'}) RETURN m.retractedAt AS at"))[0].at !== null;
const loadedCompanies = async () =>
  (await db.read<{ n: number }>('MATCH (c:Company) WHERE c.id STARTS WITH $p RETURN count(c) AS n', { p: `company:${TAG}` }))[0].n;
const graphVersion = async () => (await db.read<{ v: number }>("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS v"))[0]?.v ?? 0;

/** Transactions of the service waiting on the lock (the retraction's or the load's). */
const waiting = async () =>
  (
    await db.read<{ n: number }>(
      "SHOW TRANSACTIONS YIELD currentQuery, status WHERE status STARTS WITH 'Blocked' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n",
    )
  )[0].n;

/** `until` of the service tests, polling `check` every 50 ms until it holds. */
const holds = (what: string, ms: number, check: () => Promise<boolean>) => until(what, ms, async () => ((await check()) ? true : undefined), { everyMs: 50 });

describe('a transaction timeout', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp(db.withTxTimeout(1_500), { config: { API_KEYS: KEYS } });
  });
  afterAll(() => app?.stop());

  it('is QUERY_TIMEOUT with HTTP 504 and the timeout, not the caller’s mistake, and writes nothing', async () => {
    const version = await graphVersion();
    const release = await holdGraphVersionLock();
    let res: Response;
    try {
      res = await post(app.url, { query: RETRACT });
    } finally {
      await release();
    }
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(504);
    expect(res.headers.get('retry-after')).toBeNull();
    expect(body.errors).toEqual([
      { message: TIMEOUT_MESSAGE, path: ['retractFact'], locations: expect.any(Array), extensions: { code: 'QUERY_TIMEOUT', timeoutMs: 1_500 } },
    ]);
    expect(body.data).toEqual({ retractFact: null });
    // No driver message, Neo4j code or stack reaches the caller.
    expect(JSON.stringify(body)).not.toMatch(/Neo\.|stacktrace|TransactionTimedOut/);
    expect(await galliumRetracted()).toBe(false);
    expect(await graphVersion()).toBe(version);
    // The same question, unblocked, is answered (and undone).
    const again = await post(app.url, { query: RETRACT });
    expect((await again.json()).data.retractFact).toEqual({ fact: 'metal:gallium', retracted: true });
    const undo = await post(app.url, { query: 'mutation { undoRetraction(fact: { id: "metal:gallium" }) { retracted } }' });
    expect((await undo.json()).data.undoRetraction).toEqual({ retracted: false });
  }, 60_000);
});

describe('a stop with requests still running after SHUTDOWN_GRACE_MS', () => {
  it('answers each 503 SERVICE_STOPPING with Retry-After, rolls their work back and resolves soon after the grace', async () => {
    const app = await startTestApp(db, { config: { API_KEYS: KEYS, SHUTDOWN_GRACE_MS: 1_000, RETRY_AFTER_SECONDS: 7 } });
    const version = await graphVersion();
    const release = await holdGraphVersionLock();
    try {
      const retraction = post(app.url, { query: RETRACT });
      const load = post(app.url, DATASET, `/admin/load?name=${TAG}`);
      await holds('both writes waiting on the lock', 60_000, async () => (await waiting()) >= 2);
      // A quick request during the grace is still answered.
      const quick = await post(app.url, { query: '{ node(id: "metal:gallium") { id } }' });
      expect(await quick.json()).toEqual({ data: { node: { id: 'metal:gallium' } } });

      const stopping = Date.now();
      const stopped = app.stop().then(() => Date.now() - stopping);
      const [r1, r2] = await Promise.all([retraction, load]);
      for (const r of [r1, r2]) {
        expect(r.status).toBe(503);
        expect(r.headers.get('retry-after')).toBe('7');
      }
      const gql = await r1.json();
      expect(gql.errors[0].extensions).toEqual({ code: 'SERVICE_STOPPING' });
      expect(gql.errors[0].message).toMatch(/^the service is stopping/);
      expect(await r2.json()).toEqual({ errors: [{ message: expect.stringMatching(/^the service is stopping/), extensions: { code: 'SERVICE_STOPPING' } }] });
      const took = await stopped;
      expect(took).toBeGreaterThanOrEqual(1_000);
      expect(took).toBeLessThan(10_000);
      // Their transactions are gone: nothing waits on the lock any more.
      await holds('no transaction waiting', 10_000, async () => (await waiting()) === 0);
    } finally {
      await release();
    }
    expect(await galliumRetracted()).toBe(false);
    expect(await loadedCompanies()).toBe(0);
    expect(await graphVersion()).toBe(version);
  }, 120_000);

  it('answers heavy operations still waiting for their turn 503 SERVICE_STOPPING with Retry-After, as the one running', async () => {
    // Every operation is heavy (cost ≥ 1) and one runs at a time: the retraction holds the turn, waiting on the lock.
    const app = await startTestApp(db, {
      config: { API_KEYS: KEYS, SHUTDOWN_GRACE_MS: 1_000, RETRY_AFTER_SECONDS: 7, GRAPHQL_HEAVY_COST: 1, GRAPHQL_HEAVY_CONCURRENCY: 1 },
    });
    const release = await holdGraphVersionLock();
    try {
      const retraction = post(app.url, { query: RETRACT });
      await holds('the retraction waiting on the lock', 60_000, async () => (await waiting()) >= 1);
      const queued = ['metal:gallium', 'country:KZ', 'company:erg'].map((id) => post(app.url, { query: `{ node(id: "${id}") { id } }` }));
      await holds('three operations waiting for their turn', 30_000, async () => (await scrape(app.url)).value('kg_graphql_heavy_waiting') === 3);
      const stopped = app.stop();
      const answers = await Promise.all([retraction, ...queued]);
      for (const r of answers) {
        const body = await r.json();
        expect(r.status, JSON.stringify(body)).toBe(503);
        expect(r.headers.get('retry-after')).toBe('7');
        expect(body.errors).toHaveLength(1);
        expect(body.errors[0].extensions).toEqual({ code: 'SERVICE_STOPPING' });
        expect(body.errors[0].message).toMatch(/^the service is stopping/);
      }
      await stopped;
    } finally {
      await release();
    }
    expect(await galliumRetracted()).toBe(false);
  }, 120_000);

  it('waits for requests that finish within the grace and answers them 200', async () => {
    const app = await startTestApp(db, { config: { API_KEYS: KEYS, SHUTDOWN_GRACE_MS: 20_000 } });
    const release = await holdGraphVersionLock();
    let released = false;
    try {
      const retraction = post(app.url, { query: RETRACT });
      await holds('the retraction waiting on the lock', 60_000, async () => (await waiting()) >= 1);
      const stopped = app.stop();
      // The lock goes 1 s into the stop: the retraction then commits, well within the grace.
      await new Promise((r) => setTimeout(r, 1_000));
      await release();
      released = true;
      const r = await retraction;
      expect(r.status).toBe(200);
      expect((await r.json()).data.retractFact).toEqual({ fact: 'metal:gallium', retracted: true });
      await stopped;
    } finally {
      if (!released) await release();
    }
    expect(await galliumRetracted()).toBe(true);
    await db.write("MATCH (m:Metal {id: 'metal:gallium'}) REMOVE m.retractedAt, m.retractedBy, m.retractionReason, m.retractedWith");
    expect(await galliumRetracted()).toBe(false);
  }, 120_000);

  it('answers the requests that arrived while the event loop was busy when the stop began, and /ready says stopping', async () => {
    const app = await startTestApp(db, { config: { SHUTDOWN_GRACE_MS: 5_000 } });
    // Another process sends 8 requests, each on a connection of its own, while this process (the
    // service's) is busy: their bytes wait unread until the stop begins.
    const script = `
      const http = require('node:http');
      const url = new URL(process.argv[1]);
      const one = (path) => new Promise((resolve) => {
        const req = http.request({ host: url.hostname, port: url.port, path, method: path === '/ready' ? 'GET' : 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode, body }));
        });
        req.on('error', (e) => resolve({ status: 0, body: e.code }));
        req.end(path === '/ready' ? undefined : JSON.stringify({ query: '{ node(id: "metal:gallium") { id } }' }));
      });
      process.stdout.write('ready\\n');
      setTimeout(async () => {
        const all = await Promise.all([...Array.from({ length: 8 }, () => one('/graphql')), one('/ready')]);
        process.stdout.write(JSON.stringify(all) + '\\n');
      }, 200);`;
    const child = spawn(process.execPath, ['-e', script, app.url], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    await holds('the sender started', 30_000, async () => out.includes('ready'));
    const busyUntil = Date.now() + 1_500;
    while (Date.now() < busyUntil) {
      // Busy: the service's event loop (this process's) reads nothing.
    }
    const stopped = app.stop();
    await holds('the sender done', 30_000, async () => out.trim().split('\n').length > 1);
    await stopped;
    const answers: Array<{ status: number; body: string }> = JSON.parse(out.trim().split('\n')[1]);
    const graphql = answers.slice(0, 8);
    for (const a of graphql) expect([200, 503], a.body).toContain(a.status);
    for (const a of graphql.filter((x) => x.status === 200)) expect(JSON.parse(a.body)).toEqual({ data: { node: { id: 'metal:gallium' } } });
    // The readiness probe that came in with them: not ready, the service is stopping.
    expect(answers[8].status).toBe(503);
    expect(JSON.parse(answers[8].body)).toEqual({ status: 'unavailable', reason: 'stopping' });
  }, 120_000);
});
