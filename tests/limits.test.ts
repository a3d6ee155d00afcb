/**
 * Query limits on /graphql: depth, aliases, tokens, directives and estimated cost (400 with a
 * message naming the limit), configurable; GraphiQL's full introspection still passes; page
 * sizes bounded; batches refused; bodies over HTTP_MAX_BODY_KB → 413 JSON; every Neo4j transaction has
 * the configured timeout.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { getIntrospectionQuery } from 'graphql';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { MAX_INPUT_BYTES } from '../src/extract/input.js';
import { Db } from '../src/neo4j/db.js';
import { useBundledApp } from './support/bundled-app.js';
import { gql, startTestApp } from './support/server.js';

const app = useBundledApp();
const db = app.db;

/** `{ node(id: …) { … on Entity { relations { other { relations { other … } } } } } }`, `levels` deep. */
function nested(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `relations(first: 1) { other { ${inner} } }`;
  return `{ node(id: "company:erg") { ... on Entity { ${inner} } } }`;
}

/** Expects a 400 whose error names `pattern`, with `code`. */
async function refused(query: string, code: string, pattern: RegExp, url = app.url) {
  const res = await gql(url, query);
  expect(res.status).toBe(400);
  expect(res.data).toBeUndefined();
  expect(
    res.errors?.every((e) => e.extensions?.code === code),
    JSON.stringify(res.errors),
  ).toBe(true);
  expect(
    res.errors?.some((e) => pattern.test(e.message)),
    JSON.stringify(res.errors),
  ).toBe(true);
}

describe('defaults', () => {
  it('are stated in the configuration', () => {
    const c = loadConfig({});
    expect([c.GRAPHQL_MAX_DEPTH, c.GRAPHQL_MAX_ALIASES, c.GRAPHQL_MAX_TOKENS, c.GRAPHQL_MAX_DIRECTIVES, c.GRAPHQL_MAX_COST]).toEqual([15, 30, 5000, 20, 25000]);
    expect([c.GRAPHQL_ASSUMED_LIST_SIZE, c.GRAPHQL_MAX_RESULT_ITEMS]).toEqual([20, 50000]);
    // extractArticle's largest page (2 MiB) fits, even with every byte escaped by JSON.
    expect(c.HTTP_MAX_BODY_KB).toBe(4096);
    expect(c.HTTP_MAX_BODY_KB * 1024).toBeGreaterThanOrEqual(2 * MAX_INPUT_BYTES);
    expect(loadConfig({ GRAPHQL_MAX_DEPTH: '8' }).GRAPHQL_MAX_DEPTH).toBe(8);
    expect(() => loadConfig({ GRAPHQL_MAX_COST: 'lots' })).toThrow(/GRAPHQL_MAX_COST/);
  });
});

describe('query limits', () => {
  it("let GraphiQL's full introspection query through", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const res = await gql(app.url, query);
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.data.__schema.types.length).toBeGreaterThan(50);
  });

  it('refuse thirty aliases of a full introspection by its cost, before it runs', async () => {
    // GraphiQL's introspection: its operation's selection (__schema { … }) under n aliases, with its fragments.
    const full = getIntrospectionQuery();
    const fragmentsAt = full.indexOf('fragment FullType');
    const body = full.slice(full.indexOf('{') + 1, full.lastIndexOf('}', fragmentsAt)).trim();
    const aliases = (n: number) => `query { ${Array.from({ length: n }, (_, i) => `s${i}: ${body}`).join(' ')} } ${full.slice(fragmentsAt)}`;
    const one = await gql(app.url, aliases(1));
    expect(one.errors).toBeUndefined();
    const res = await gql(app.url, aliases(30));
    expect(res.status).toBe(400);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(res.errors![0].extensions!.cost as number).toBeGreaterThan(25_000);
  });

  it("let the README's queries and every examples/*.graphql through", async () => {
    // The README's graphql blocks hold several operations, separated by blank lines.
    const readme = [...readFileSync('README.md', 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)]
      .flatMap((m) => m[1].split(/\n\s*\n/))
      .filter((q) => q.includes('{'))
      .map((query, i) => ({ name: `README.md #${i + 1}`, query }));
    expect(readme.length).toBeGreaterThan(0);
    const examples = readdirSync('examples')
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => ({ name: f, query: readFileSync(`examples/${f}`, 'utf8') }));
    expect(examples.length).toBeGreaterThan(10);
    for (const { name, query } of [...readme, ...examples]) {
      const res = await gql(app.url, query);
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      expect({ name, codes, status: res.status }).toEqual({ name, codes: [], status: 200 });
    }
  }, 300_000); // two dozen queries one after another: room for a busy machine

  it('refuse a selection deeper than GRAPHQL_MAX_DEPTH', async () => {
    expect((await gql(app.url, nested(5))).status).toBe(200);
    await refused(nested(8), 'GRAPHQL_VALIDATION_FAILED', /depth limit of 15 exceeded/);
  });

  it('refuse deep introspection', async () => {
    let inner = 'name';
    for (let i = 0; i < 20; i++) inner = `ofType { ${inner} }`;
    await refused(`{ __schema { types { fields { type { ${inner} } } } } }`, 'GRAPHQL_VALIDATION_FAILED', /depth limit/);
  });

  it('refuse more aliases than GRAPHQL_MAX_ALIASES', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: database { edition }`).join(' ')} }`;
    expect((await gql(app.url, aliases(30))).status).toBe(200);
    await refused(aliases(31), 'GRAPHQL_VALIDATION_FAILED', /Aliases limit of 30 exceeded/);
  });

  it('refuse more directives than GRAPHQL_MAX_DIRECTIVES', async () => {
    const directives = (n: number) => `{ ${'... @include(if: true) { __typename } '.repeat(n)} }`;
    expect((await gql(app.url, directives(20))).status).toBe(200);
    await refused(directives(21), 'GRAPHQL_VALIDATION_FAILED', /Directives limit of 20 exceeded/);
  });

  it('refuse a field repeated past the merge-check budget of graphql-js with a message that says so', async () => {
    const repeated = (n: number) => `{ database { ${'version '.repeat(n)} } }`;
    expect((await gql(app.url, repeated(500))).status).toBe(200);
    await refused(repeated(1000), 'GRAPHQL_VALIDATION_FAILED', /repeats or overlaps too many fields/);
  });

  it('refuse more tokens than GRAPHQL_MAX_TOKENS', async () => {
    await refused(`{ ${'__typename '.repeat(5000)} }`, 'GRAPHQL_PARSE_FAILED', /more that 5000 tokens/);
  });

  it('bound page sizes in the resolvers', async () => {
    const res = await gql(app.url, '{ companies(first: 1000) { totalCount } }');
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/from 0 to 100/);
  });

  it('follow the configuration', async () => {
    const strict = await startTestApp(db, {
      config: { GRAPHQL_MAX_DEPTH: 3, GRAPHQL_MAX_ALIASES: 2, GRAPHQL_MAX_TOKENS: 50, GRAPHQL_MAX_DIRECTIVES: 1, GRAPHQL_MAX_COST: 10 },
    });
    try {
      await refused(nested(1), 'GRAPHQL_VALIDATION_FAILED', /depth limit of 3 exceeded/, strict.url);
      await refused(
        '{ a: database { edition } b: database { edition } c: database { edition } }',
        'GRAPHQL_VALIDATION_FAILED',
        /Aliases limit of 2/,
        strict.url,
      );
      await refused(`{ ${'__typename '.repeat(60)} }`, 'GRAPHQL_PARSE_FAILED', /50 tokens/, strict.url);
      await refused('{ __typename @skip(if: false) @include(if: true) }', 'GRAPHQL_VALIDATION_FAILED', /Directives limit of 1/, strict.url);
      await refused('{ companies(first: 20) { totalCount } }', 'COST_LIMIT_EXCEEDED', /estimated cost 20 exceeds the budget of 10/, strict.url);
      expect((await gql(strict.url, '{ database { edition } }')).data).toEqual({ database: { edition: 'community' } });
    } finally {
      await strict.stop();
    }
  });
});

describe('requests', () => {
  it('refuse batches (JSON arrays)', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0]).toMatchObject({ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } });
  });

  it('refuse a body over HTTP_MAX_BODY_KB (4096 kB) with 413 and a JSON error', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(4096 * 1024) } });
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect((await res.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const justUnder = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(4095 * 1024) } });
    expect((await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: justUnder })).status).toBe(200);
  });
});

describe('transaction timeout', () => {
  it('ends a transaction that runs longer than the configured timeout', async () => {
    const quick = new Db({ uri: inject('neo4jUri'), username: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 300 });
    try {
      // Neo4j ends it for the timeout (its own error code says so), not the client giving up.
      await expect(quick.read('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x) AS n')).rejects.toMatchObject({
        code: 'QUERY_TIMEOUT',
        timeoutMs: 300,
        neo4jCode: expect.stringMatching(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/),
      });
    } finally {
      await quick.close();
    }
  });
});
