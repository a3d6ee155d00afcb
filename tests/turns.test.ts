/**
 * Heavy requests' turns and extractions through HTTP against the suite's Neo4j: a cached heavy
 * answer never waits for a turn; a request whose client went away leaves the queue, and one that
 * runs stops its Neo4j transaction and gives its turn back; a full queue or a long wait answers
 * 503 with Retry-After and SERVICE_OVERLOADED, counted in /metrics; an abandoned extraction's
 * worker thread stops; the probes (/health, /ready, /metrics) answer while a heavy request holds
 * the turn, another waits and a request body is still arriving. The turn is held by a loadDataset mutation that waits in Neo4j for a
 * lock this test holds, so who runs and who waits does not depend on timing.
 */
import { connect } from 'node:net';
import type { Session, Transaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS } from '../src/extract/input.js';
import { loadDatasets } from '../src/load/index.js';
import { applySchema } from '../src/neo4j/schema.js';
import type { RunningApp } from '../src/server/app.js';
import { emptyGraph, testDb } from './support/db.js';
import { EDITOR, KEYS } from './support/keys.js';
import { scrape } from './support/metrics.js';
import { startTestApp } from './support/server.js';
import { until } from './support/service.js';

const dataset = (name: string) => ({
  sources: [{ id: 'source:turns-test', name: 'Turns test source', sourceType: 'company', publisher: 'test' }],
  nodes: [
    { id: 'company:turns-a', label: 'Company', name, sources: ['source:turns-test'] },
    { id: 'company:turns-b', label: 'Company', name: 'Turns B', sources: ['source:turns-test'] },
  ],
  relationships: [],
});
// Costs (server/cost.ts, 20 items per unsized list): the page 1 + 10 × 2 = 21, the mutation 41; both reach the heavy cost of 5.
const HEAVY = '{ companies(first: 10, orderBy: { field: NAME }) { edges { node { id name } } } }';
const LOAD = 'mutation($content: JSON!) { loadDataset(name: "turns-test", content: $content) { nodes { kind updated } relationships { kind } } }';
const EXTRACT = 'query($t: String!) { extractArticle(input: { text: $t }) { mentions { entityId } } }';
const ARTICLE = 'Turns B ships refined gallium to a Japanese buyer under a long-term offtake agreement signed in 2024. ';
/** The longest article extracted at once (MAX_ARTICLE_CHARS): seconds of the extractor's CPU, so it is still running when the test acts. */
const LONG_ARTICLE = ARTICLE.repeat(Math.floor(MAX_ARTICLE_CHARS / ARTICLE.length));

const db = testDb();
const apps: RunningApp[] = [];
let app: RunningApp;

beforeAll(async () => {
  await applySchema(db);
  await emptyGraph(db);
  await loadDatasets(db, [{ name: 'turns-test', content: dataset('Turns A') }]);
  app = await start({ GRAPHQL_HEAVY_MAX_WAITING: 1, GRAPHQL_HEAVY_MAX_WAIT_MS: 120_000 });
});
afterAll(async () => {
  for (const a of apps) await a.stop();
  await emptyGraph(db);
  await db.close();
});

async function start(config: Record<string, unknown>): Promise<RunningApp> {
  const a = await startTestApp(db, {
    config: { API_KEYS: KEYS, RESPONSE_CACHE: true, GRAPHQL_HEAVY_COST: 5, GRAPHQL_HEAVY_CONCURRENCY: 1, RETRY_AFTER_SECONDS: 7, ...config },
  });
  apps.push(a);
  return a;
}

/** POSTs an operation (aborted with `signal`); the status, Retry-After, cache-status and body. */
async function post(url: string, query: string, variables?: unknown, opts: { key?: string; signal?: AbortSignal } = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(opts.key ? { authorization: `Bearer ${opts.key}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: opts.signal,
  });
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    cache: res.headers.get('cache-status'),
    body: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> },
  };
}

const metric = async (url: string, name: string, labels: Record<string, string> = {}) => (await scrape(url)).value(name, labels);
const waitFor = (url: string, name: string, value: number, labels: Record<string, string> = {}) =>
  until(`${name} ${JSON.stringify(labels)} = ${value}`, 30_000, async () => ((await metric(url, name, labels)) === value ? true : undefined), { everyMs: 50 });

/** Locks company:turns-a in an open transaction of the test's own, so a load that writes it waits in Neo4j. */
async function lockCompany(): Promise<{ tx: Transaction; session: Session }> {
  const session = db.driver.session({ database: 'neo4j' });
  const tx = session.beginTransaction();
  await tx.run("MATCH (c:Company {id: 'company:turns-a'}) SET c.lockedByTest = true");
  return { tx, session };
}

/** Transactions of Neo4j waiting for a lock. */
const blocked = async () => (await db.read<{ n: number }>("SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n"))[0].n;

/** Starts the mutation that holds the only heavy turn, waiting in Neo4j for the test's lock. */
async function holdTurn(url: string, rename = 'Turns A renamed') {
  const lock = await lockCompany();
  const client = new AbortController();
  const holder = post(url, LOAD, { content: dataset(rename) }, { key: EDITOR, signal: client.signal }).catch((e: Error) => e);
  await until('the load waiting for the lock', 30_000, async () => ((await blocked()) === 1 ? true : undefined), { everyMs: 50 });
  expect(await metric(url, 'kg_graphql_heavy_running')).toBe(1);
  return { lock, client, holder };
}

describe('heavy turns', () => {
  it('a cached heavy answer does not wait for the turn a running heavy request holds', async () => {
    const first = await post(app.url, HEAVY);
    expect([first.status, first.cache, first.body.data.companies.edges.map((e: any) => e.node.id)]).toEqual([
      200,
      'miss',
      ['company:turns-a', 'company:turns-b'],
    ]);
    const { lock, holder } = await holdTurn(app.url);
    const asked = performance.now();
    const cached = await post(app.url, HEAVY);
    expect([cached.status, cached.cache]).toEqual([200, 'hit']);
    expect(cached.body).toEqual(first.body);
    expect(performance.now() - asked).toBeLessThan(5_000);
    // An uncached heavy one waits meanwhile.
    const other = post(app.url, HEAVY.replace('first: 10', 'first: 9'));
    await waitFor(app.url, 'kg_graphql_heavy_waiting', 1);
    await lock.tx.rollback();
    await lock.session.close();
    const done = await holder;
    expect(done).not.toBeInstanceOf(Error);
    expect([(await other).status, (await other).cache]).toEqual([200, 'miss']);
  });

  it('/health, /ready and /metrics answer while a heavy request holds the only turn, another waits and a request body is half sent', async () => {
    const { lock, holder } = await holdTurn(app.url);
    const queued = post(app.url, HEAVY.replace('first: 10', 'first: 4'));
    await waitFor(app.url, 'kg_graphql_heavy_waiting', 1);
    // A GraphQL request whose body has not all arrived: the JSON parser waits for the rest.
    const slow = connect(Number(new URL(app.url).port), '127.0.0.1');
    await new Promise((resolve) => slow.once('connect', resolve));
    slow.write(`POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"query": "{ __typ`);
    const probes = await Promise.all(['/health', '/ready', '/metrics'].map(async (route) => [route, (await fetch(`${app.url}${route}`)).status]));
    expect(probes).toEqual([
      ['/health', 200],
      ['/ready', 200],
      ['/metrics', 200],
    ]);
    // The turn is still held and the other heavy request still waits: the probes passed them by.
    expect([await metric(app.url, 'kg_graphql_heavy_running'), await metric(app.url, 'kg_graphql_heavy_waiting')]).toEqual([1, 1]);
    slow.destroy();
    await lock.tx.rollback();
    await lock.session.close();
    expect(await holder).not.toBeInstanceOf(Error);
    expect((await queued).status).toBe(200);
  });

  it('a waiting request whose client went away leaves the queue; a running one stops its transaction and frees its turn', async () => {
    const leftBefore = await metric(app.url, 'kg_turns_abandoned_total', { lane: 'heavy', stage: 'waiting' });
    const goneBefore = await metric(app.url, 'kg_turns_abandoned_total', { lane: 'heavy', stage: 'running' });
    const { lock, client, holder } = await holdTurn(app.url, 'Turns A abandoned');
    const waiter = new AbortController();
    const waiting = post(app.url, HEAVY.replace('first: 10', 'first: 8'), undefined, { signal: waiter.signal }).catch((e: Error) => e);
    await waitFor(app.url, 'kg_graphql_heavy_waiting', 1);
    waiter.abort();
    expect(await waiting).toBeInstanceOf(Error);
    await waitFor(app.url, 'kg_graphql_heavy_waiting', 0);
    expect(await metric(app.url, 'kg_turns_abandoned_total', { lane: 'heavy', stage: 'waiting' })).toBe(leftBefore + 1);

    // The next heavy request waits for the load; the load's client goes away.
    const next = post(app.url, HEAVY.replace('first: 10', 'first: 7'));
    await waitFor(app.url, 'kg_graphql_heavy_waiting', 1);
    client.abort();
    expect(await holder).toBeInstanceOf(Error);
    // Its transaction is gone from Neo4j while the test still holds the lock, and the next one runs.
    await until('the load transaction terminated', 30_000, async () => ((await blocked()) === 0 ? true : undefined), { everyMs: 50 });
    const answered = await next;
    expect([answered.status, answered.body.data.companies.edges.length]).toEqual([200, 2]);
    expect(await metric(app.url, 'kg_turns_abandoned_total', { lane: 'heavy', stage: 'running' })).toBe(goneBefore + 1);
    await lock.tx.rollback();
    await lock.session.close();
    // The abandoned load wrote nothing.
    expect(await db.read("MATCH (c:Company {id: 'company:turns-a'}) RETURN c.name AS name, c.lockedByTest AS locked")).toEqual([
      { name: 'Turns A renamed', locked: null },
    ]);
    await waitFor(app.url, 'kg_graphql_heavy_running', 0);
  });

  it('beyond GRAPHQL_HEAVY_MAX_WAITING waiting, a heavy request gets 503 with Retry-After and SERVICE_OVERLOADED, counted', async () => {
    const before = await metric(app.url, 'kg_turns_refused_total', { lane: 'heavy', reason: 'queue_full' });
    const errorsBefore = await metric(app.url, 'kg_graphql_errors_total', { operation: 'anonymous', code: 'SERVICE_OVERLOADED' });
    const { lock, holder } = await holdTurn(app.url);
    const queued = post(app.url, HEAVY.replace('first: 10', 'first: 6'));
    await waitFor(app.url, 'kg_graphql_heavy_waiting', 1);
    const refused = await post(app.url, HEAVY.replace('first: 10', 'first: 5'));
    expect([refused.status, refused.retryAfter, refused.body]).toEqual([
      503,
      '7',
      {
        errors: [
          {
            message: 'the service is busy: 1 heavy requests already wait for their turn (GRAPHQL_HEAVY_MAX_WAITING); retry later',
            extensions: { code: 'SERVICE_OVERLOADED' },
          },
        ],
      },
    ]);
    // Light requests never wait and are never refused.
    expect((await post(app.url, '{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
    expect(await metric(app.url, 'kg_turns_refused_total', { lane: 'heavy', reason: 'queue_full' })).toBe(before + 1);
    expect(await metric(app.url, 'kg_graphql_errors_total', { operation: 'anonymous', code: 'SERVICE_OVERLOADED' })).toBeGreaterThanOrEqual(errorsBefore + 1);
    await lock.tx.rollback();
    await lock.session.close();
    await holder;
    expect((await queued).status).toBe(200);
  });

  it('a heavy request that waits longer than GRAPHQL_HEAVY_MAX_WAIT_MS gets 503 SERVICE_OVERLOADED', async () => {
    const quick = await start({ GRAPHQL_HEAVY_MAX_WAIT_MS: 300, RESPONSE_CACHE: false });
    const before = await metric(quick.url, 'kg_turns_refused_total', { lane: 'heavy', reason: 'waited_too_long' });
    const { lock, holder } = await holdTurn(quick.url);
    const refused = await post(quick.url, HEAVY);
    expect([refused.status, refused.retryAfter, refused.body.errors?.map((e) => [e.extensions?.code, e.message])]).toEqual([
      503,
      '7',
      [['SERVICE_OVERLOADED', 'the service is busy: no turn came within 300 ms (GRAPHQL_HEAVY_MAX_WAIT_MS); retry later']],
    ]);
    expect(await metric(quick.url, 'kg_turns_refused_total', { lane: 'heavy', reason: 'waited_too_long' })).toBe(before + 1);
    await lock.tx.rollback();
    await lock.session.close();
    await holder;
  });
});

describe('extraction turns', () => {
  it('an extraction over EXTRACT_MAX_WAITING is refused with 503; an abandoned one stops its worker thread and frees its turn', async () => {
    const ex = await start({ EXTRACT_WORKERS: 1, EXTRACT_MAX_WAITING: 0, RESPONSE_CACHE: false, GRAPHQL_HEAVY_COST: 100_000 });
    const goneBefore = await metric(ex.url, 'kg_turns_abandoned_total', { lane: 'extract', stage: 'running' });
    // Seconds of compromise's CPU: it is still running when its client goes away.
    const client = new AbortController();
    const long = post(ex.url, EXTRACT, { t: LONG_ARTICLE }, { signal: client.signal }).catch((e: Error) => e);
    await waitFor(ex.url, 'kg_extract_running', 1);
    const refused = await post(ex.url, EXTRACT, { t: ARTICLE });
    expect([refused.status, refused.retryAfter, refused.body.errors?.map((e) => [e.extensions?.code, e.message])]).toEqual([
      503,
      '7',
      [['SERVICE_OVERLOADED', 'the service is busy: 0 extractions already wait for their turn (EXTRACT_MAX_WAITING); retry later']],
    ]);
    client.abort();
    expect(await long).toBeInstanceOf(Error);
    await waitFor(ex.url, 'kg_extract_running', 0);
    expect(await metric(ex.url, 'kg_turns_abandoned_total', { lane: 'extract', stage: 'running' })).toBe(goneBefore + 1);
    // The pool starts a fresh worker thread for the next one.
    const short = await post(ex.url, EXTRACT, { t: ARTICLE.repeat(3) });
    expect([short.status, [...new Set(short.body.data.extractArticle.mentions.map((m: any) => m.entityId))]]).toEqual([200, ['company:turns-b']]);
  });

  it('a stop past its grace answers the running extraction and the one waiting for its turn 503 SERVICE_STOPPING with Retry-After', async () => {
    const ex = await start({ EXTRACT_WORKERS: 1, EXTRACT_MAX_WAITING: 2, RESPONSE_CACHE: false, GRAPHQL_HEAVY_COST: 100_000, SHUTDOWN_GRACE_MS: 500 });
    const running = post(ex.url, EXTRACT, { t: LONG_ARTICLE });
    await waitFor(ex.url, 'kg_extract_running', 1);
    const queued = post(ex.url, EXTRACT, { t: ARTICLE });
    await waitFor(ex.url, 'kg_extract_waiting', 1);
    const stopped = ex.stop();
    for (const r of await Promise.all([running, queued])) {
      expect([r.status, r.retryAfter, r.body.errors?.map((e) => e.extensions?.code)], JSON.stringify(r.body)).toEqual([503, '7', ['SERVICE_STOPPING']]);
      expect(r.body.errors?.[0].message).toMatch(/^the service is stopping/);
    }
    await stopped;
  });
});
