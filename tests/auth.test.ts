import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { FIELD_ROLES } from '../src/graphql/core/roles.js';
import type { Db } from '../src/neo4j/db.js';
import { useApp } from './support/bundled-app.js';
import { ADMIN, bearer, EDITOR, KEYS, READER, xApiKey } from './support/keys.js';
import { gql, startTestApp } from './support/server.js';
import { serviceUp, spawnService } from './support/service.js';

const app = useApp({ config: { API_KEYS: KEYS }, cleanup: removeTestNodes });
const db = app.db;

/** Node and relationship count and a digest of every id (the graph's identity). */
async function fingerprint() {
  const [row] = await db.read<{ ids: string[]; rels: number }>(
    'MATCH (n) WITH n.id AS id ORDER BY id WITH collect(id) AS ids RETURN ids, COUNT { ()-[]->() } AS rels',
  );
  return { nodes: row.ids.length, rels: row.rels, ids: createHash('sha256').update(row.ids.join('\n')).digest('hex') };
}

const dataset = (suffix: string) => ({
  sources: [{ id: `source:auth-test-${suffix}`, name: 'Auth test source', sourceType: 'dataset' }],
  nodes: [{ id: `company:auth-test-${suffix}`, label: 'Company', name: `Auth Test ${suffix}`, sources: [`source:auth-test-${suffix}`] }],
});
const LOAD = 'mutation($name: String!, $content: JSON!) { loadDataset(name: $name, content: $content) { name nodes { kind created updated unchanged } } }';

async function removeTestNodes(db: Db) {
  await db.write("MATCH (n) WHERE n.id STARTS WITH 'company:auth-test-' OR n.id STARTS WITH 'source:auth-test-' DETACH DELETE n");
}

describe('GraphQL mutations', () => {
  it('refuse a request without a key with 401 UNAUTHENTICATED, and write nothing', async () => {
    const before = await fingerprint();
    const res = await gql(app.url, LOAD, { name: 'x', content: dataset('none') });
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data).toEqual({ loadDataset: null });
    expect((await gql(app.url, 'mutation { applySchema }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await fingerprint()).toEqual(before);
  });

  it('refuse a weaker role with 403 FORBIDDEN, and write nothing', async () => {
    const before = await fingerprint();
    const res = await gql(app.url, LOAD, { name: 'x', content: dataset('reader') }, bearer(READER));
    expect(res.status).toBe(403);
    expect(res.errors?.[0]).toMatchObject({ message: 'loadDataset needs role editor; this key has role reader', extensions: { code: 'FORBIDDEN' } });
    const schema = await gql(app.url, 'mutation { applySchema }', undefined, xApiKey(EDITOR));
    expect(schema.status).toBe(403);
    expect(schema.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await fingerprint()).toEqual(before);
  });

  it('check the role before any argument: overlong text, a lone surrogate or a malformed id is UNAUTHENTICATED without a key and FORBIDDEN for a weaker one', async () => {
    const long = 'x'.repeat(1001);
    // Every write of the schema, each with arguments the text and id rules refuse.
    const writes: Record<string, string> = {
      loadDataset: `mutation { loadDataset(name: "${long}", content: {}) { name } }`,
      retractFact: `mutation { retractFact(fact: { id: "metal:Ga x" }, reason: "${long}") { fact } }`,
      undoRetraction: 'mutation ($t: String!) { undoRetraction(fact: { relationship: { from: "banana", type: $t, to: "metal:" } }) { fact } }',
      applySchema: 'mutation { applySchema }',
    };
    expect(Object.keys(writes).sort()).toEqual(
      Object.keys(FIELD_ROLES)
        .map((f) => f.replace('Mutation.', ''))
        .sort(),
    );
    const before = await fingerprint();
    for (const [field, query] of Object.entries(writes)) {
      // A lone surrogate can only come as a variable (a literal holding one does not parse).
      const variables = field === 'undoRetraction' ? { t: '\uD800' } : undefined;
      const anonymous = await gql(app.url, query, variables);
      expect([anonymous.status, anonymous.errors?.map((e) => e.extensions?.code)], field).toEqual([401, ['UNAUTHENTICATED']]);
      const weaker = await gql(app.url, query, variables, bearer(FIELD_ROLES[`Mutation.${field}`] === 'admin' ? EDITOR : READER));
      expect([weaker.status, weaker.errors?.map((e) => e.extensions?.code)], field).toEqual([403, ['FORBIDDEN']]);
    }
    // With the role, the same arguments are refused for what they are.
    const editor = await gql(app.url, writes.retractFact, undefined, bearer(EDITOR));
    expect(editor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'fact.id' });
    expect(await fingerprint()).toEqual(before);
  });

  it('refuse an invalid key, or another scheme, with 401 even for reads', async () => {
    for (const headers of [
      bearer('not-a-valid-key-at-all'),
      xApiKey(`${READER}0`),
      { authorization: `Basic ${Buffer.from(`u:${EDITOR}`).toString('base64')}` },
    ]) {
      const res = await gql(app.url, '{ database { edition } }', undefined, headers);
      expect(res.status).toBe(401);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(res)).not.toContain(EDITOR);
    }
  });

  it('run with the role: loadDataset for an editor (either header), applySchema for an admin', async () => {
    const res = await gql(app.url, LOAD, { name: 'auth-test', content: dataset('editor') }, bearer(EDITOR));
    expect(res.errors).toBeUndefined();
    expect(res.data.loadDataset).toEqual({ name: 'auth-test', nodes: expect.arrayContaining([{ kind: 'Company', created: 1, updated: 0, unchanged: 0 }]) });
    const again = await gql(app.url, LOAD, { name: 'auth-test', content: dataset('editor') }, xApiKey(ADMIN));
    expect(again.data.loadDataset.nodes).toContainEqual({ kind: 'Company', created: 0, updated: 0, unchanged: 1 });
    expect((await gql(app.url, '{ node(id: "company:auth-test-editor") { ... on Company { name } } }')).data.node.name).toBe('Auth Test editor');
    expect(await gql(app.url, 'mutation { applySchema }', undefined, bearer(ADMIN))).toMatchObject({ status: 200, data: { applySchema: true } });
  });

  it('take the dataset as a JSON literal too', async () => {
    const literal = `mutation { loadDataset(name: "literal", content: {
      sources: [{ id: "source:auth-test-literal", name: "Literal", sourceType: "dataset" }]
      nodes: [{ id: "company:auth-test-literal", label: "Company", name: "Literal Co", sources: ["source:auth-test-literal"] }]
    }) { name nodes { kind created } } }`;
    const res = await gql(app.url, literal, undefined, bearer(EDITOR));
    expect(res.errors).toBeUndefined();
    expect(res.data.loadDataset.nodes).toContainEqual({ kind: 'Company', created: 1 });
    const described = await gql(app.url, '{ __type(name: "JSON") { kind description } }');
    expect(described.data.__type).toEqual({ kind: 'SCALAR', description: expect.stringMatching(/^Any JSON value: here, the parsed content/) });
  });

  it('report an invalid dataset as BAD_USER_INPUT with its issues, writing nothing', async () => {
    const before = await fingerprint();
    const content = { nodes: [{ id: 'company:auth-test-bad', label: 'Company', name: '', sources: ['source:nowhere'] }] };
    const res = await gql(app.url, LOAD, { name: 'bad', content }, bearer(EDITOR));
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.issues).toContainEqual({ file: 'bad', record: 'company:auth-test-bad', field: 'name', message: 'must not be empty' });
    const blank = await gql(app.url, LOAD, { name: '   ', content: dataset('blank') }, bearer(EDITOR));
    expect(blank.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'name' } });
    expect(await fingerprint()).toEqual(before);
  });

  it('are refused over GET', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('mutation { applySchema }')}`, {
      headers: { ...bearer(ADMIN), 'apollo-require-preflight': '1' },
    });
    expect(res.status).toBe(405);
  });
});

describe('reads', () => {
  it('are open by default', async () => {
    expect(await gql(app.url, '{ database { edition } }')).toMatchObject({ status: 200, data: { database: { edition: 'community' } } });
    expect((await fetch(`${app.url}/feeds`)).status).toBe(200);
    expect((await fetch(`${app.url}/feeds`, { headers: bearer('not-a-valid-key-at-all') })).status).toBe(401);
  });

  it('need role reader or higher with READ_REQUIRES_KEY=true', async () => {
    expect(loadConfig({ READ_REQUIRES_KEY: 'true' }).READ_REQUIRES_KEY).toBe(true);
    const closed = await startTestApp(db, { config: { API_KEYS: KEYS, READ_REQUIRES_KEY: true } });
    try {
      const anonymous = await gql(closed.url, '{ database { edition } }');
      expect(anonymous.status).toBe(401);
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await gql(closed.url, '{ __schema { queryType { name } } }')).status).toBe(401);
      for (const key of [READER, EDITOR, ADMIN]) {
        expect(await gql(closed.url, '{ database { edition } }', undefined, xApiKey(key))).toMatchObject({
          status: 200,
          data: { database: { edition: 'community' } },
        });
      }
      const write = await gql(closed.url, 'mutation { applySchema }', undefined, bearer(READER));
      expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const feeds = await fetch(`${closed.url}/feeds`);
      expect(feeds.status).toBe(401);
      // In the feeds' own error shape, as every feed error (docs/bi-feeds.md).
      expect((await feeds.json()).error.code).toBe('UNAUTHENTICATED');
      expect((await fetch(`${closed.url}/feeds`, { headers: xApiKey(READER) })).status).toBe(200);
    } finally {
      await closed.stop();
    }
  });
});

describe('POST /admin/load', () => {
  const post = (body: string, headers: Record<string, string> = {}, name = 'admin-test') =>
    fetch(`${app.url}/admin/load?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('needs an editor key: 401 with WWW-Authenticate, 403 for a reader', async () => {
    const before = await fingerprint();
    const none = await post(JSON.stringify(dataset('http-none')));
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await none.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const wrong = await post(JSON.stringify(dataset('http-none')), bearer('wrong-key-wrong-key-wrong'));
    expect(wrong.status).toBe(401);
    const reader = await post(JSON.stringify(dataset('http-reader')), xApiKey(READER));
    expect(reader.status).toBe(403);
    expect((await reader.json()).errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await fingerprint()).toEqual(before);
  });

  it('loads a dataset for an editor', async () => {
    const res = await post(JSON.stringify(dataset('http')), bearer(EDITOR));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ name: 'admin-test', summary: { nodes: { Company: { created: 1 }, Source: { created: 1 } } } });
    expect((await gql(app.url, '{ node(id: "company:auth-test-http") { id } }')).data.node.id).toBe('company:auth-test-http');
  });

  it('answers 400 with issues for an invalid dataset, 415 for another media type, 400 for malformed JSON', async () => {
    const before = await fingerprint();
    const invalid = await post(JSON.stringify({ nodes: [{ id: 'nope' }] }), bearer(EDITOR));
    expect(invalid.status).toBe(400);
    const body = await invalid.json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].extensions.issues.length).toBeGreaterThan(0);
    const text = await fetch(`${app.url}/admin/load`, { method: 'POST', headers: { 'content-type': 'text/plain', ...bearer(EDITOR) }, body: '{}' });
    expect(text.status).toBe(415);
    const malformed = await post('{"nodes": [', bearer(EDITOR));
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(await fingerprint()).toEqual(before);
  });
});

describe('the service started by npm start', () => {
  it('takes its keys from API_KEYS and never logs them', async () => {
    const service = await spawnService({
      NEO4J_URI: inject('neo4jUri'),
      LOAD_ON_START: 'false',
      LOG_LEVEL: 'debug',
      API_KEYS: `${READER}:reader,${EDITOR}:editor`,
    });
    const { url } = service;
    try {
      await serviceUp(service, '/health', 60_000);
      expect((await gql(url, 'mutation { applySchema }', undefined, bearer(EDITOR))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await gql(url, '{ __typename }', undefined, xApiKey(READER))).status).toBe(200);
      expect((await gql(url, '{ __typename }', undefined, bearer(`${EDITOR}-wrong`))).status).toBe(401);
      expect(
        (await fetch(`${url}/admin/load`, { method: 'POST', headers: { ...xApiKey(`${READER}-wrong`), 'content-type': 'application/json' }, body: '{}' }))
          .status,
      ).toBe(401);
    } finally {
      service.proc.kill('SIGTERM');
    }
    expect(await service.exited).toBe(0);
    const output = service.output();
    expect(output).toContain('[Redacted]');
    expect(output).toContain('request completed');
    expect(output).not.toContain(EDITOR);
    expect(output).not.toContain(READER);
  });

  it('refuses an invalid API_KEYS at start without printing it', async () => {
    const secret = 'a-secret-that-is-long-enough:superuser';
    const service = await spawnService({ NEO4J_URI: inject('neo4jUri'), API_KEYS: secret });
    expect(await service.exited).toBe(1);
    const output = service.output();
    expect(output).toMatch(/API_KEYS.*expected a role/);
    expect(output).not.toContain('a-secret-that-is-long-enough');
  });
});
