/**
 * `GET /metrics` against the real Neo4j: each operation below changes the counters by exactly
 * the amount it should (GraphQL operations and errors per operation name, feeds and their rows,
 * Neo4j transactions by kind, loads and their created / unchanged records, response-cache hits,
 * misses and evictions with the entries and bytes held), operation names are
 * bounded, sessions are all closed afterwards, and the endpoint is closed like reads when
 * READ_REQUIRES_KEY is set.
 */
import { describe, expect, it } from 'vitest';
import { MAX_OPERATION_NAMES } from '../src/server/metrics.js';
import { freshBundledGraph } from './support/bundled.js';
import { useApp } from './support/bundled-app.js';
import { EDITOR, KEYS, READER } from './support/keys.js';
import { type Metrics, scrape } from './support/metrics.js';
import { gql, startTestApp } from './support/server.js';

const app = useApp({
  prepare: freshBundledGraph,
  config: { API_KEYS: KEYS },
  cleanup: async (db) => {
    await db.write("MATCH (n) WHERE n.id STARTS WITH 'company:metrics-test-' OR n.id STARTS WITH 'source:metrics-test-' DETACH DELETE n");
  },
});
const db = app.db;

/** The change of each named sample between two scrapes. */
const delta = (before: Metrics, after: Metrics, name: string, labels: Record<string, string> = {}) => after.value(name, labels) - before.value(name, labels);

describe('GraphQL operations', () => {
  it('count requests, latency observations and Neo4j reads per operation name', async () => {
    const before = await scrape(app.url);
    for (let i = 0; i < 3; i++) {
      expect((await gql(app.url, 'query DatabaseEdition { database { edition } }')).data).toEqual({ database: { edition: 'community' } });
    }
    const after = await scrape(app.url);
    const op = { operation: 'DatabaseEdition', type: 'query' };
    expect(delta(before, after, 'kg_graphql_requests_total', op)).toBe(3);
    expect(delta(before, after, 'kg_graphql_request_duration_seconds_count', op)).toBe(3);
    expect(delta(before, after, 'kg_graphql_request_duration_seconds_bucket', { ...op, le: '+Inf' })).toBe(3);
    expect(delta(before, after, 'kg_graphql_request_duration_seconds_sum', op)).toBeGreaterThan(0);
    // `database` is one read each: three read transactions, nothing else ran.
    expect(delta(before, after, 'kg_neo4j_transaction_duration_seconds_count', { kind: 'read', outcome: 'ok' })).toBe(3);
    expect(delta(before, after, 'kg_neo4j_transaction_duration_seconds_count', { kind: 'write', outcome: 'ok' })).toBe(0);
  });

  it('count errors by the code the client received, and unnamed operations as anonymous', async () => {
    const before = await scrape(app.url);
    const notFound = await gql(app.url, 'query MissingNode { node(id: "company:no-such-company") { id } }');
    expect(notFound.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const invalid = await gql(app.url, 'query NoSuchField { database { noSuchField } }');
    expect(invalid.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const unparsable = await gql(app.url, '{ database { ');
    expect(unparsable.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    await gql(app.url, '{ database { version } }');
    const after = await scrape(app.url);
    expect(delta(before, after, 'kg_graphql_errors_total', { operation: 'MissingNode', code: 'NOT_FOUND' })).toBe(1);
    expect(delta(before, after, 'kg_graphql_requests_total', { operation: 'MissingNode', type: 'query' })).toBe(1);
    // A document that does not validate has no operation type.
    expect(delta(before, after, 'kg_graphql_errors_total', { operation: 'NoSuchField', code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(delta(before, after, 'kg_graphql_requests_total', { operation: 'NoSuchField', type: 'unknown' })).toBe(1);
    expect(delta(before, after, 'kg_graphql_errors_total', { operation: 'anonymous', code: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
    expect(delta(before, after, 'kg_graphql_requests_total', { operation: 'anonymous', type: 'unknown' })).toBe(1);
    expect(delta(before, after, 'kg_graphql_requests_total', { operation: 'anonymous', type: 'query' })).toBe(1);
  });

  it('count an invalid key under operation unknown', async () => {
    const before = await scrape(app.url);
    const res = await gql(app.url, 'query WithBadKey { database { edition } }', undefined, { authorization: 'Bearer not-a-key-of-this-service' });
    expect(res.status).toBe(401);
    const after = await scrape(app.url);
    expect(delta(before, after, 'kg_graphql_errors_total', { operation: 'unknown', code: 'UNAUTHENTICATED' })).toBe(1);
    expect(delta(before, after, 'kg_graphql_requests_total', { operation: 'WithBadKey', type: 'query' })).toBe(0);
  });

  it(`keep at most ${MAX_OPERATION_NAMES} operation names; the rest count as other`, async () => {
    const names = Array.from({ length: MAX_OPERATION_NAMES + 25 }, (_, i) => `Bounded_${i}`);
    for (const name of names) expect((await gql(app.url, `query ${name} { __typename }`)).data).toEqual({ __typename: 'Query' });
    const after = await scrape(app.url);
    const labels = after.labelValues('kg_graphql_requests_total', 'operation');
    labels.delete('other');
    labels.delete('anonymous');
    expect(labels.size).toBe(MAX_OPERATION_NAMES);
    // Names seen earlier in this file hold their slots; the Bounded_ names fill the rest.
    const kept = names.filter((n) => labels.has(n)).length;
    expect(kept).toBe(MAX_OPERATION_NAMES - [...labels].filter((n) => !n.startsWith('Bounded_')).length);
    expect(after.value('kg_graphql_requests_total', { operation: 'other', type: 'query' })).toBe(names.length - kept);
  });
});

describe('feeds', () => {
  it('count requests by feed, format and status, and the rows streamed', async () => {
    const before = await scrape(app.url);
    const res = await fetch(`${app.url}/feeds/production.json`);
    expect(res.status).toBe(200);
    const rows = (await res.json()) as unknown[];
    expect(rows.length).toBeGreaterThan(100);
    expect((await fetch(`${app.url}/feeds/production?format=xml`)).status).toBe(400);
    expect((await fetch(`${app.url}/feeds/no-such-feed`)).status).toBe(404);
    const after = await scrape(app.url);
    expect(delta(before, after, 'kg_feed_requests_total', { feed: 'production', format: 'json', status: '200' })).toBe(1);
    expect(delta(before, after, 'kg_feed_rows_total', { feed: 'production' })).toBe(rows.length);
    expect(delta(before, after, 'kg_feed_duration_seconds_count', { feed: 'production', format: 'json' })).toBe(1);
    expect(delta(before, after, 'kg_feed_requests_total', { feed: 'production', format: 'invalid', status: '400' })).toBe(1);
    expect(delta(before, after, 'kg_feed_requests_total', { feed: 'other', format: 'invalid', status: '404' })).toBe(1);
    expect(delta(before, after, 'kg_http_errors_total', { status: '400', code: 'BAD_REQUEST' })).toBe(1);
    expect(delta(before, after, 'kg_http_errors_total', { status: '404', code: 'NOT_FOUND' })).toBe(1);
    // One streamed read transaction, for the one feed that ran.
    expect(delta(before, after, 'kg_neo4j_transaction_duration_seconds_count', { kind: 'stream', outcome: 'ok' })).toBe(1);
  });
});

describe('loads', () => {
  const dataset = {
    sources: [{ id: 'source:metrics-test', name: 'Metrics test source', sourceType: 'dataset' }],
    nodes: [
      { id: 'company:metrics-test-a', label: 'Company', name: 'Metrics Test A', sources: ['source:metrics-test'] },
      { id: 'company:metrics-test-b', label: 'Company', name: 'Metrics Test B', sources: ['source:metrics-test'] },
    ],
  };
  const post = (body: unknown) =>
    fetch(`${app.url}/admin/load?name=metrics-test`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR}` },
      body: JSON.stringify(body),
    });
  const records = (m: Metrics, outcome: string, label = 'Company') => m.value('kg_load_records_total', { kind: 'node', label, outcome });

  it('count runs by outcome and records created, then unchanged', async () => {
    const m0 = await scrape(app.url);
    expect((await post(dataset)).status).toBe(200);
    const m1 = await scrape(app.url);
    expect(delta(m0, m1, 'kg_load_runs_total', { outcome: 'ok' })).toBe(1);
    expect(records(m1, 'created') - records(m0, 'created')).toBe(2);
    expect(records(m1, 'created', 'Source') - records(m0, 'created', 'Source')).toBe(1);
    expect(delta(m0, m1, 'kg_load_duration_seconds_count', { outcome: 'ok' })).toBe(1);
    // The whole input is one write transaction.
    expect(delta(m0, m1, 'kg_neo4j_transaction_duration_seconds_count', { kind: 'write', outcome: 'ok' })).toBe(1);

    expect((await post(dataset)).status).toBe(200);
    const m2 = await scrape(app.url);
    expect(records(m2, 'unchanged') - records(m1, 'unchanged')).toBe(2);
    expect(records(m2, 'created') - records(m1, 'created')).toBe(0);

    expect((await post({ nodes: [{ id: 'company:metrics-test-c', label: 'Company' }] })).status).toBe(400);
    const m3 = await scrape(app.url);
    expect(delta(m2, m3, 'kg_load_runs_total', { outcome: 'invalid' })).toBe(1);
    expect(delta(m2, m3, 'kg_load_runs_total', { outcome: 'ok' })).toBe(0);
    expect(delta(m2, m3, 'kg_http_errors_total', { status: '400', code: 'BAD_USER_INPUT' })).toBe(1);
    expect(delta(m2, m3, 'kg_neo4j_transaction_duration_seconds_count', { kind: 'write', outcome: 'ok' })).toBe(0);
  });
});

describe('response cache', () => {
  it('count response-cache hits, misses and evictions, and the entries and bytes held within the bound', async () => {
    const cached = await startTestApp(db, { config: { RESPONSE_CACHE: true, RESPONSE_CACHE_MAX_ENTRIES: 2 } });
    try {
      const before = await scrape(cached.url);
      const queries = ['query CacheA { database { edition } }', 'query CacheB { database { version } }', 'query CacheC { database { edition version } }'];
      const answers: Array<{ data?: unknown }> = [];
      for (const q of queries) answers.push(await gql(cached.url, q));
      // The bound is two entries: CacheC pushed out CacheA, the least recently used; CacheB is still held.
      expect((await gql(cached.url, queries[1])).data).toEqual(answers[1].data);
      const after = await scrape(cached.url);
      expect(['misses_total', 'hits_total', 'evictions_total'].map((n) => delta(before, after, `kg_response_cache_${n}`))).toEqual([3, 1, 1]);
      expect(after.value('kg_response_cache_entries')).toBe(2);
      const held = [answers[1], answers[2]].reduce((n, a) => n + Buffer.byteLength(JSON.stringify({ data: a.data })), 0);
      expect(after.value('kg_response_cache_bytes')).toBe(held);
    } finally {
      await cached.stop();
    }
  });
});

describe('the endpoint', () => {
  it('reports process metrics, the pool size, and no session left open', async () => {
    const m = await scrape(app.url);
    expect(m.value('process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(m.value('nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    expect(m.value('kg_neo4j_pool_max_connections')).toBe(100);
    for (const kind of ['read', 'write', 'schema', 'stream']) expect(m.value('kg_neo4j_sessions_open', { kind })).toBe(0);
  });

  it('is closed like reads when READ_REQUIRES_KEY is set', async () => {
    const closed = await startTestApp(db, { config: { API_KEYS: KEYS, READ_REQUIRES_KEY: true } });
    try {
      const anonymous = await fetch(`${closed.url}/metrics`);
      expect(anonymous.status).toBe(401);
      expect((await anonymous.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await fetch(`${closed.url}/metrics`, { headers: { 'x-api-key': `${READER}-wrong` } })).status).toBe(401);
      expect((await scrape(closed.url, { 'x-api-key': READER })).value('kg_neo4j_pool_max_connections')).toBe(100);
    } finally {
      await closed.stop();
    }
    // Open reads still refuse an invalid key.
    expect((await fetch(`${app.url}/metrics`, { headers: { authorization: 'Bearer not-a-key-of-this-service' } })).status).toBe(401);
  });
});
