/**
 * The bad-input corpus (tests/fixtures/bad-input/*.json): each fixture is a request and the
 * HTTP status and error code it must get, from the service with its response cache off and on
 * (the cache sees every request before the limits do). The service runs in production mode, so
 * answers must also carry no stack trace and no Cypher. Large or repetitive bodies are written with
 * two helpers: `{ "$repeat": x, "times": n }` (a string repeated, or an array of n copies;
 * with `"numbered": true`, `{i}` in the string becomes the copy's index) and
 * `{ "$concat": [parts…] }`.
 * Also: stored data the service cannot serve (planted, then removed) gives a coded error,
 * masked as INTERNAL_SERVER_ERROR in production when unexpected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/neo4j/db.js';
import type { RunningApp } from '../src/server/app.js';
import { bundledGraph } from './support/bundled.js';
import { testDb } from './support/db.js';
import { gql, startTestApp } from './support/server.js';

interface Fixture {
  description: string;
  request: { method: string; path: string; headers?: Record<string, string>; body?: unknown; rawBody?: string };
  expect: { status: number; code: string };
}

const dir = path.resolve('tests/fixtures/bad-input');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ file: f, ...(JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Fixture) }));

/** Expands `$repeat` and `$concat` anywhere in a fixture body. */
function expand(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(expand);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if ('$repeat' in o) {
    const times = o.times as number;
    const unit = expand(o.$repeat);
    if (typeof unit === 'string') return Array.from({ length: times }, (_, i) => (o.numbered ? unit.replaceAll('{i}', String(i)) : unit)).join('');
    return Array.from({ length: times }, () => unit);
  }
  if ('$concat' in o) return (o.$concat as unknown[]).map((p) => String(expand(p))).join('');
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, expand(x)]));
}

let db: Db;
let app: RunningApp;
let cached: RunningApp;

beforeAll(async () => {
  db = testDb();
  await bundledGraph(db);
  app = await startTestApp(db, { production: true });
  cached = await startTestApp(db, { production: true, config: { RESPONSE_CACHE: true } });
});

afterAll(async () => {
  await app?.stop();
  await cached?.stop();
  await db?.close();
});

describe('the bad-input corpus', () => {
  it('has the cases the issue lists', () => {
    const names = fixtures.map((f) => f.file.replace(/\.json$/, ''));
    for (const n of [
      'malformed-json',
      'wrong-variable-type',
      'batch-1000',
      'body-5mb',
      'deep-selection',
      'cyclic-fragments',
      'deep-introspection',
      'alias-flood',
      'unknown-id',
      'nan-literal',
      'json-infinity',
      'int-2-53-plus-1-variable',
      'impossible-date',
      'search-empty',
      'search-whitespace',
    ]) {
      expect(names).toContain(n);
    }
  });

  it.each(fixtures.flatMap((f) => [false, true].map((cache) => ({ ...f, cache }))))('$file (response cache $cache): $description', async (fx) => {
    const { method, path: p, headers = {}, body, rawBody } = fx.request;
    const payload = rawBody ?? (body === undefined ? undefined : JSON.stringify(expand(body)));
    const res = await fetch(`${(fx.cache ? cached : app).url}${p}`, {
      method,
      headers: { ...(payload !== undefined && !headers['content-type'] ? { 'content-type': 'application/json' } : {}), ...headers },
      body: payload,
    });
    const text = await res.text();
    expect(res.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    const json = JSON.parse(text) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    expect({ status: res.status, codes: json.errors?.map((e) => e.extensions?.code) }).toEqual({
      status: fx.expect.status,
      codes: expect.arrayContaining([fx.expect.code]),
    });
    for (const e of json.errors!) {
      expect(e.message.length).toBeGreaterThan(0);
      expect(typeof e.extensions?.code).toBe('string');
      expect(e.extensions).not.toHaveProperty('stacktrace');
    }
    expect(text).not.toMatch(/\bMATCH\b|\bRETURN\b|\bUNWIND\b|at .*\.(ts|js):\d+/);
  });
});

describe('stored data the service cannot serve', () => {
  const planted = ['company:zz-huge-integer', 'company:zz-name-not-text'];

  beforeAll(async () => {
    await db.write("CREATE (:Company {id: 'company:zz-huge-integer', name: 'Huge', sources: [], big: 4611686018427387904})");
    await db.write("CREATE (:Company {id: 'company:zz-name-not-text', name: 5, sources: []})");
  });

  afterAll(async () => {
    await db.write('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', { ids: planted });
  });

  it('an integer beyond 2^53 − 1 → INTEGER_OUT_OF_RANGE', async () => {
    const res = await gql(app.url, '{ node(id: "company:zz-huge-integer") { id } }');
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'INTEGER_OUT_OF_RANGE' } });
    expect(res.errors?.[0].message).toMatch(/4611686018427387904 is beyond/);
  });

  it('an unexpected failure (a Neo4j type error) → a generic INTERNAL_SERVER_ERROR in production, the original in development', async () => {
    const query = '{ companies(first: 100, orderBy: { field: NAME }) { edges { node { id } } } }';
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const text = await res.text();
    expect(JSON.parse(text).errors).toEqual([
      { message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['companies'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expect(text).not.toMatch(/toLower|MATCH|stacktrace|Neo4j/i);

    const dev = await startTestApp(db, { production: false });
    try {
      const shown = await gql(dev.url, query);
      expect(shown.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(shown.errors?.[0].message).toMatch(/toLower/);
      expect(shown.errors?.[0].extensions?.stacktrace).toBeDefined();
    } finally {
      await dev.stop();
    }
  });
});
