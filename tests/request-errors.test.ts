/**
 * Requests Apollo refuses before running them are the client's mistake: each is answered with
 * its HTTP status and a code of its own (never INTERNAL_SERVER_ERROR "Internal server error"),
 * in production as in development, and nothing is logged as an error. Persisted queries work as
 * Apollo's automatic persisted queries do.
 */
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_NESTING } from '../src/model/nesting.js';
import type { Db } from '../src/neo4j/db.js';
import type { RunningApp } from '../src/server/app.js';
import { APOLLO_REFUSALS } from '../src/server/errors.js';
import { MAX_QUERY_NESTING } from '../src/server/nesting.js';
import { testDb } from './support/db.js';
import { EDITOR, KEYS } from './support/keys.js';
import { startTestApp } from './support/server.js';

let db: Db;
const apps: Record<'production' | 'development', RunningApp> = {} as never;
/** Every log line of both services, parsed. */
const logged: Array<{ level: number; msg: string; err?: unknown }> = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) logged.push(JSON.parse(line));
    done();
  },
});

beforeAll(async () => {
  db = testDb();
  const log = pino({ level: 'debug' }, sink);
  apps.production = await startTestApp(db, { production: true, log, config: { API_KEYS: KEYS } });
  apps.development = await startTestApp(db, { production: false, log, config: { API_KEYS: KEYS } });
});

afterAll(async () => {
  await apps.production?.stop();
  await apps.development?.stop();
  await db?.close();
});

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/** A request with the persistedQuery extension, and `query` unless it is null (a hash alone). */
const pq = (persistedQuery: unknown, query: string | null = '{__typename}') => ({
  ...(query === null ? {} : { query }),
  extensions: { persistedQuery },
});
const HASH_MISMATCH = APOLLO_REFUSALS['provided sha does not match query'];
const VERSION = APOLLO_REFUSALS['Unsupported persisted query version'];

async function post(url: string, body: unknown) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> } };
}

async function get(url: string, params: Record<string, unknown>) {
  const qs = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  const res = await fetch(`${url}/graphql?${qs}`, { headers: { 'apollo-require-preflight': 'true' } });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> } };
}

/** The request, its HTTP status, code and message (a RegExp, or the exact text). */
const POST_REFUSALS: Array<[string, unknown, number, string, string | RegExp]> = [
  ['a hash that is not the query’s', pq({ version: 1, sha256Hash: 'abc' }), 400, HASH_MISMATCH.code, HASH_MISMATCH.message],
  ['the hash of another query', pq({ version: 1, sha256Hash: sha256('{ __schema { __typename } }') }), 400, HASH_MISMATCH.code, HASH_MISMATCH.message],
  ['the hash in capitals', pq({ version: 1, sha256Hash: sha256('{__typename}').toUpperCase() }), 400, HASH_MISMATCH.code, HASH_MISMATCH.message],
  ['no hash', pq({ version: 1 }), 400, HASH_MISMATCH.code, HASH_MISMATCH.message],
  ['a hash that is a number', pq({ version: 1, sha256Hash: 5 }), 400, HASH_MISMATCH.code, HASH_MISMATCH.message],
  ['version 2', pq({ version: 2, sha256Hash: sha256('{__typename}') }), 400, VERSION.code, VERSION.message],
  ['version "1" (a string)', pq({ version: '1', sha256Hash: sha256('{__typename}') }), 400, VERSION.code, VERSION.message],
  ['no version', pq({ sha256Hash: sha256('{__typename}') }), 400, VERSION.code, VERSION.message],
  ['a persistedQuery that is a string', pq('abc'), 400, VERSION.code, VERSION.message],
  ['a hash never seen, without its query', pq({ version: 1, sha256Hash: 'a'.repeat(64) }, null), 200, 'PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound'],
  ['extensions as a string', { query: '{__typename}', extensions: 'x' }, 400, 'BAD_REQUEST', /^`extensions` in a POST body should be provided as an object/],
  ['extensions as an array', { query: '{__typename}', extensions: [] }, 400, 'BAD_REQUEST', '`extensions` in a POST body must be an object if provided.'],
  ['variables as an array', { query: '{__typename}', variables: [] }, 400, 'BAD_REQUEST', '`variables` in a POST body must be an object if provided.'],
  ['operationName a number', { query: '{__typename}', operationName: 5 }, 400, 'BAD_REQUEST', '`operationName` in a POST body must be a string if provided.'],
  [
    'operationName naming no operation',
    { query: 'query A { __typename }', operationName: 'B' },
    400,
    'OPERATION_RESOLUTION_FAILURE',
    'Unknown operation named "B".',
  ],
  [
    'operationName missing among two',
    { query: 'query A { __typename } query B { __typename }' },
    400,
    'OPERATION_RESOLUTION_FAILURE',
    /^Must provide operation name/,
  ],
  ['a batch', [{ query: '{__typename}' }, { query: '{__typename}' }], 400, 'BAD_REQUEST', 'Operation batching disabled.'],
  ['an empty batch', [], 400, 'BAD_REQUEST', 'Operation batching disabled.'],
  ['no query', {}, 400, 'BAD_REQUEST', /^POST body missing/],
  ['an empty query', { query: '' }, 400, 'BAD_REQUEST', /non-empty `query`/],
  ['a query that is a number', { query: 5 }, 400, 'BAD_REQUEST', 'GraphQL queries must be strings.'],
  [
    'a subscription (the schema has none)',
    { query: 'subscription { __typename }' },
    400,
    'GRAPHQL_VALIDATION_FAILED',
    'This service does not support subscription operations; it takes query and mutation operations.',
  ],
];

describe('requests refused before they run', () => {
  it('each POST gets its status, its own code and a clear message, in production and development, logged as no error', async () => {
    for (const mode of ['production', 'development'] as const) {
      for (const [name, body, status, code, message] of POST_REFUSALS) {
        logged.length = 0;
        const res = await post(apps[mode].url, body);
        expect([name, mode, res.status, res.body.errors?.[0]?.extensions.code]).toEqual([name, mode, status, code]);
        expect(res.body.errors).toHaveLength(1);
        expect(res.body.errors?.[0].message).toMatch(typeof message === 'string' ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : message);
        await new Promise((r) => setTimeout(r, 20)); // the log line of the response
        expect(logged.filter((l) => l.level >= 40 || l.err !== undefined).map((l) => `${name}: ${l.msg}`)).toEqual([]);
      }
    }
  });

  it('the same over GET', async () => {
    for (const mode of ['production', 'development'] as const) {
      const url = apps[mode].url;
      let res = await get(url, pq({ version: 1, sha256Hash: 'abc' }));
      expect([res.status, res.body.errors?.[0]]).toEqual([400, { message: HASH_MISMATCH.message, extensions: { code: HASH_MISMATCH.code } }]);
      res = await get(url, pq({ version: 3, sha256Hash: 'abc' }));
      expect([res.status, res.body.errors?.[0]]).toEqual([400, { message: VERSION.message, extensions: { code: VERSION.code } }]);
      res = await get(url, { extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } });
      expect([res.status, res.body.errors?.[0].extensions.code]).toEqual([200, 'PERSISTED_QUERY_NOT_FOUND']);
      res = await get(url, { query: '{__typename}', extensions: 'x' });
      expect([res.status, res.body.errors?.[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
      res = await get(url, { query: '{__typename}', operationName: 'X' });
      expect([res.status, res.body.errors?.[0].extensions.code]).toEqual([400, 'OPERATION_RESOLUTION_FAILURE']);
      res = await get(url, { query: 'mutation { __typename }' });
      expect([res.status, res.body.errors?.[0].extensions.code]).toEqual([405, 'BAD_REQUEST']);
      res = await get(url, { query: 'subscription { __typename }' });
      expect([res.status, res.body.errors?.[0].extensions.code]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    }
  });

  it('any hash but the query’s is a mismatch, any version but 1 unsupported: 400 with their codes, never an internal error', async () => {
    const url = apps.production.url;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 80 }),
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 20 }),
          fc.integer({ min: 0, max: 9 }).map((n) => `{ __typename ${' '.repeat(n)}}`),
        ),
        async (hash, query) => {
          fc.pre(hash !== sha256(query));
          const res = await post(url, pq({ version: 1, sha256Hash: hash }, query));
          expect([res.status, res.body.errors?.[0].extensions.code]).toEqual([400, HASH_MISMATCH.code]);
        },
      ),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer(), fc.double(), fc.string(), fc.boolean(), fc.constant(null)), async (version) => {
        fc.pre(version !== 1);
        const res = await post(url, pq({ version, sha256Hash: sha256('{__typename}') }));
        expect([res.status, res.body.errors?.[0].extensions.code]).toEqual([400, VERSION.code]);
      }),
      { numRuns: 30 },
    );
  });

  it('persisted queries work: a query sent with its hash is then found by the hash alone', async () => {
    const query = '{ __typename }';
    const url = apps.production.url;
    expect((await post(url, pq({ version: 1, sha256Hash: sha256(query) }, null))).body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(await post(url, pq({ version: 1, sha256Hash: sha256(query) }, query))).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    expect(await post(url, pq({ version: 1, sha256Hash: sha256(query) }, null))).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  });
});

/** JSON text of `depth` nested lists around 1 (written as text: JSON.stringify itself overflows the stack a few thousand levels down). */
const nested = (depth: number): string => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

/** POSTs `text` as it is to `path`, as JSON. */
async function postText(url: string, path: string, text: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: text });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> } };
}

describe('input nested deeper than any input of the service', () => {
  // Variables the operation does not declare are read (and walked by the cost estimate) but not used.
  const ASK = '{ __typename }';
  const deepMessage = (what: string) => new RegExp(`^${what} nests arrays and objects deeper than ${MAX_NESTING} levels \\(at `);
  const ask = (junk: string) => `{"query":${JSON.stringify(ASK)},"variables":{"junk":${junk}}}`;
  const getText = async (url: string, params: Record<string, string>) => {
    const res = await fetch(`${url}/graphql?${new URLSearchParams(params)}`, { headers: { 'apollo-require-preflight': 'true' } });
    return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> } };
  };

  it('a body, GET variables or an admin load nesting too deep get 400 BAD_REQUEST naming where, in both modes, logged as no error', async () => {
    for (const mode of ['production', 'development'] as const) {
      const url = apps[mode].url;
      // The example that overflowed the stack in the cost estimate (500): an unused variable 5,000 levels deep.
      for (const depth of [MAX_NESTING, 5_000, 200_000]) {
        logged.length = 0;
        const res = await postText(url, '/graphql', ask(nested(depth)));
        expect([mode, depth, res.status, res.body.errors?.[0].extensions.code]).toEqual([mode, depth, 400, 'BAD_REQUEST']);
        expect(res.body.errors?.[0].message).toMatch(deepMessage('the request body'));
        // The path's first four keys, then the levels beyond: the message is whole, its closing bracket kept.
        expect(res.body.errors?.[0].message).toBe(
          `the request body nests arrays and objects deeper than ${MAX_NESTING} levels (at variables.junk.0.0…); no input of this service needs as many`,
        );
        // A URL holds at most Node's 16 KB of request line and headers: GET nests 1,000 levels at most.
        const getDepth = nested(Math.min(depth, 1_000));
        const viaGet = await getText(url, { query: ASK, variables: `{"junk":${getDepth}}` });
        expect([viaGet.status, viaGet.body.errors?.[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
        expect(viaGet.body.errors?.[0].message).toMatch(deepMessage('the variables parameter'));
        const extensions = await getText(url, { query: ASK, extensions: `{"x":${getDepth}}` });
        expect(extensions.body.errors?.[0].message).toMatch(deepMessage('the extensions parameter'));
        const dataset = `{"sources":[],"nodes":[{"id":"company:deep","label":"Company","name":"Deep","sources":[],"note":${nested(depth)}}]}`;
        const load = await postText(url, '/admin/load?name=deep', dataset, { authorization: `Bearer ${EDITOR}` });
        expect([load.status, load.body.errors?.[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
        expect(load.body.errors?.[0].message).toMatch(deepMessage('the request body'));
        await new Promise((r) => setTimeout(r, 20)); // the log lines of the responses
        expect(logged.filter((l) => l.level >= 40 || l.err !== undefined).map((l) => `${mode} ${depth}: ${l.msg}`)).toEqual([]);
      }
      // Within the bound the request runs (the body and its variables are two of the levels).
      expect(await postText(url, '/graphql', ask(nested(MAX_NESTING - 2)))).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
      const withinGet = await getText(url, { query: ASK, variables: `{"junk":${nested(MAX_NESTING - 1)}}` });
      expect(withinGet).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    }
  });

  it('a dataset of any number of invalid records gets 400 with its count, by /admin/load and loadDataset, never 500', async () => {
    // The example: 130,000 invalid records (260 KB) overflowed the stack gathering their issues.
    for (const count of [1, 130_000, 300_000]) {
      logged.length = 0;
      const zeros = `{"sources":[${Array(count).fill('0').join(',')}]}`;
      const load = await postText(apps.production.url, '/admin/load?name=many', zeros, { authorization: `Bearer ${EDITOR}` });
      expect([count, load.status, load.body.errors?.[0].extensions.code]).toEqual([count, 400, 'BAD_USER_INPUT']);
      expect(load.body.errors?.[0].message).toBe(`the dataset is invalid (${count} problem(s)); nothing was written`);
      const mutation = `{"query":"mutation($c: JSON!) { loadDataset(name: \\"many\\", content: $c) { name } }","variables":{"c":${zeros}}}`;
      const viaGraphql = await postText(apps.production.url, '/graphql', mutation, { authorization: `Bearer ${EDITOR}` });
      expect([count, viaGraphql.body.errors?.[0].extensions.code]).toEqual([count, 'BAD_USER_INPUT']);
      expect(viaGraphql.body.errors?.[0].message).toMatch(new RegExp(`^the dataset is invalid \\(${count} problem\\(s\\)\\); nothing was written`));
      await new Promise((r) => setTimeout(r, 20));
      expect(logged.filter((l) => l.level >= 50).map((l) => `${count}: ${l.msg}`)).toEqual([]);
    }
  });

  it('a query whose own text nests values past the bound is refused as such, not by a stack overflow in the parser (property)', async () => {
    const refused = `the query nests brackets, braces and parentheses deeper than ${MAX_QUERY_NESTING} levels; a selection is at most GRAPHQL_MAX_DEPTH deep and a value ${MAX_NESTING} levels`;
    // The example: a list literal 2,450 levels deep, within the token limit, got "Maximum call stack size exceeded".
    for (const mode of ['production', 'development'] as const) {
      const res = await post(apps[mode].url, { query: `{ companies(first: ${nested(2_450)}) { totalCount } }` });
      expect([res.status, res.body.errors?.[0]]).toEqual([400, { message: refused, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }]);
      const viaGet = await getText(apps[mode].url, { query: `{ companies(first: ${nested(400)}) { totalCount } }` });
      expect([viaGet.status, viaGet.body.errors?.[0]]).toEqual([400, { message: refused, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }]);
    }
    // Any mix of list and object values: refused exactly past the bound (the selection's brace and
    // the arguments' parenthesis are two of the levels); within it, the schema's own validation answers.
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 3 * MAX_QUERY_NESTING }), fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }), async (depth, lists) => {
        let v = '1';
        for (let i = 0; i < depth; i++) v = lists[i % lists.length] ? `[${v}]` : `{a: ${v}}`;
        const res = await post(apps.production.url, { query: `{ companies(first: ${v}) { totalCount } }` });
        expect([depth, res.status, res.body.errors?.[0].extensions.code]).toEqual([
          depth,
          400,
          depth + 2 > MAX_QUERY_NESTING ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED',
        ]);
      }),
      { numRuns: 40 },
    );
  });

  it('any shape of nesting beyond the bound is refused and any within it is not (property)', async () => {
    const url = apps.production.url;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3 * MAX_NESTING }),
        fc.array(fc.constantFrom('list', 'object'), { minLength: 1, maxLength: 8 }),
        async (depth, kinds) => {
          let v: unknown = 'x';
          for (let i = 0; i < depth; i++) v = kinds[i % kinds.length] === 'list' ? [v] : { k: v };
          // The body {variables: {junk: v}} adds two levels to v's own.
          const res = await post(url, { query: ASK, variables: { junk: v } });
          expect([depth, res.status]).toEqual([depth, depth + 2 > MAX_NESTING ? 400 : 200]);
          expect(res.body).toEqual(
            depth + 2 > MAX_NESTING ? { errors: [expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })] } : { data: { __typename: 'Query' } },
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
