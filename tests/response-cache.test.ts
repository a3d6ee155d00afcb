/**
 * The response cache across replicas: two service processes on the suite's Neo4j, each with
 * RESPONSE_CACHE=true. A load through one bumps the graph version in Neo4j, so the other's next
 * answer reflects the load (a miss), while repeated reads between loads are hits; a load that
 * changes nothing keeps the cached answers. Errors and mutations are never cached, and callers of
 * different roles never share an entry. Each replica's metrics count its hits and misses and the
 * entries and bytes it holds.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cypher } from '../src/cypher.js';
import type { Db } from '../src/neo4j/db.js';
import { testDb } from './support/db.js';
import { EDITOR, READER } from './support/keys.js';
import { scrape } from './support/metrics.js';
import { serviceUp, spawnService } from './support/service.js';

const PROBE = '{ companies(filter: { id: "company:cache-probe" }) { totalCount edges { node { id name } } } }';
const LOAD = 'mutation($content: JSON!) { loadDataset(name: "cache-probe", content: $content) { nodes { kind created updated unchanged } } }';

const dataset = (name: string) => ({
  sources: [{ id: 'source:cache-probe', name: 'Response-cache test source', sourceType: 'company', publisher: 'test' }],
  nodes: [{ id: 'company:cache-probe', label: 'Company', name, sources: ['source:cache-probe'] }],
  relationships: [],
});

const children: ChildProcess[] = [];
let db: Db;

async function startReplica(): Promise<string> {
  const service = await spawnService({
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_PASSWORD: '',
    LOAD_ON_START: 'false',
    RESPONSE_CACHE: 'true',
    API_KEYS: `${EDITOR}:editor,${READER}:reader`,
    LOG_LEVEL: 'warn',
  });
  children.push(service.proc);
  return (await serviceUp(service, '/ready', 120_000)).url;
}

/** POSTs an operation; returns the body and the cache-status header. */
async function post(url: string, query: string, variables?: unknown, key?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    cache: res.headers.get('cache-status'),
    body: (await res.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> },
  };
}

let a: string;
let b: string;
beforeAll(async () => {
  db = testDb();
  await db.write("MATCH (n) WHERE n.id IN ['company:cache-probe', 'source:cache-probe'] DETACH DELETE n");
  // The store as a load that changed something leaves it: a graph version with a token (a version
  // without one, from before tokens existed, is not cached: tested below).
  await db.write(cypher('load/bump-graph-version'));
  [a, b] = await Promise.all([startReplica(), startReplica()]);
});

afterAll(async () => {
  const stop = (p: ChildProcess) =>
    p.exitCode === null
      ? new Promise<void>((resolve) => {
          p.once('exit', () => resolve());
          p.kill('SIGTERM');
        })
      : undefined;
  await Promise.all(children.map(stop));
  await db.write("MATCH (n) WHERE n.id IN ['company:cache-probe', 'source:cache-probe'] DETACH DELETE n");
  await db.close();
});

describe('response cache across two service processes', () => {
  it('serves repeated reads from the cache and reflects a load made through the other replica', async () => {
    const first = await post(b, PROBE);
    const none = { companies: { totalCount: 0, edges: [] } };
    expect(first).toEqual({ status: 200, cache: 'miss', body: { data: none } });
    expect(await post(b, PROBE)).toEqual({ status: 200, cache: 'hit', body: { data: none } });

    const loaded = await post(a, LOAD, { content: dataset('Cache Probe Ltd') }, EDITOR);
    expect(loaded.cache).toBeNull();
    expect(loaded.body.data.loadDataset.nodes).toContainEqual({ kind: 'Company', created: 1, updated: 0, unchanged: 0 });

    const probe = (name: string) => ({ companies: { totalCount: 1, edges: [{ node: { id: 'company:cache-probe', name } }] } });
    expect(await post(b, PROBE)).toEqual({ status: 200, cache: 'miss', body: { data: probe('Cache Probe Ltd') } });
    expect(await post(b, PROBE)).toEqual({ status: 200, cache: 'hit', body: { data: probe('Cache Probe Ltd') } });

    // The same dataset again changes nothing: the version stays, the entry stays.
    const again = await post(a, LOAD, { content: dataset('Cache Probe Ltd') }, EDITOR);
    expect(again.body.data.loadDataset.nodes).toContainEqual({ kind: 'Company', created: 0, updated: 0, unchanged: 1 });
    expect(await post(b, PROBE)).toEqual({ status: 200, cache: 'hit', body: { data: probe('Cache Probe Ltd') } });

    // A change of one property is a new version: both replicas answer the new name at once.
    await post(a, LOAD, { content: dataset('Cache Probe Holdings') }, EDITOR);
    for (const url of [a, b]) expect(await post(url, PROBE)).toEqual({ status: 200, cache: 'miss', body: { data: probe('Cache Probe Holdings') } });

    // Each replica's metrics count its own lookups and hold what it stored: b one answer per graph
    // version it saw (3 misses, 3 hits), a the last one (1 miss); bytes are the JSON answers' UTF-8 length.
    const bytes = (...bodies: unknown[]) => bodies.reduce<number>((n, body) => n + Buffer.byteLength(JSON.stringify(body)), 0);
    const [mb, ma] = await Promise.all([scrape(b), scrape(a)]);
    const figures = (m: typeof mb) => ['misses_total', 'hits_total', 'evictions_total', 'entries', 'bytes'].map((n) => m.value(`kg_response_cache_${n}`));
    expect(figures(mb)).toEqual([3, 3, 0, 3, bytes({ data: none }, { data: probe('Cache Probe Ltd') }, { data: probe('Cache Probe Holdings') })]);
    expect(figures(ma)).toEqual([1, 0, 0, 1, bytes({ data: probe('Cache Probe Holdings') })]);
  });

  it('keys entries by role and variables, and never caches errors or mutations', async () => {
    const q = 'query($id: ID!) { companies(filter: { id: $id }) { edges { node { id } } } }';
    const probe = { data: { companies: { edges: [{ node: { id: 'company:cache-probe' } }] } } };
    expect(await post(b, q, { id: 'company:cache-probe' })).toEqual({ status: 200, cache: 'miss', body: probe });
    expect(await post(b, q, { id: 'company:cache-probe' }, READER)).toEqual({ status: 200, cache: 'miss', body: probe });
    expect(await post(b, q, { id: 'company:cache-probe' }, READER)).toEqual({ status: 200, cache: 'hit', body: probe });
    expect(await post(b, q, { id: 'company:cache-probe' })).toEqual({ status: 200, cache: 'hit', body: probe });
    expect(await post(b, q, { id: 'company:other' }, READER)).toEqual({ status: 200, cache: 'miss', body: { data: { companies: { edges: [] } } } });

    const bad = 'query($id: ID!) { node(id: $id) { id } }';
    for (let i = 0; i < 2; i++) {
      const res = await post(b, bad, { id: 'not an id' });
      expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.cache).toBe('miss');
    }
    const mutation = await post(a, LOAD, { content: dataset('Cache Probe Holdings') }, EDITOR);
    expect(mutation.cache).toBeNull();
  });

  it('never serves an answer kept under a version number an earlier store had (a store replaced or restored)', async () => {
    const probe = (name: string) => ({ companies: { totalCount: 1, edges: [{ node: { id: 'company:cache-probe', name } }] } });
    await post(a, LOAD, { content: dataset('Cache Probe Before') }, EDITOR);
    expect(await post(b, PROBE)).toEqual({ status: 200, cache: 'miss', body: { data: probe('Cache Probe Before') } });
    expect(await post(b, PROBE)).toEqual({ status: 200, cache: 'hit', body: { data: probe('Cache Probe Before') } });
    const [{ version }] = await db.read<{ version: number }>("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS version");
    // Another store behind the same address: other facts, a counter of its own that has come back
    // to the number the answer above was kept under (a backup restored, a store rebuilt).
    await db.write("MATCH (v:GraphVersion {id: 'graph'}) DETACH DELETE v");
    const restored = await post(a, LOAD, { content: dataset('Cache Probe Restored') }, EDITOR);
    expect(restored.body.data.loadDataset.nodes).toContainEqual({ kind: 'Company', created: 0, updated: 1, unchanged: 0 });
    await db.write("MATCH (v:GraphVersion {id: 'graph'}) SET v.version = $version", { version });
    for (const url of [b, a]) expect(await post(url, PROBE)).toEqual({ status: 200, cache: 'miss', body: { data: probe('Cache Probe Restored') } });
  });

  it('bypasses the cache for a store whose version has no token (last loaded before tokens), until a load sets one', async () => {
    const probe = (name: string) => ({ companies: { totalCount: 1, edges: [{ node: { id: 'company:cache-probe', name } }] } });
    await post(a, LOAD, { content: dataset('Cache Probe Old') }, EDITOR);
    const [{ version }] = await db.read<{ version: number }>("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS version");
    // Such a store's counter alone could be another store's: nothing is kept or served under it.
    await db.write("MATCH (v:GraphVersion {id: 'graph'}) REMOVE v.token");
    for (let i = 0; i < 2; i++) expect(await post(b, PROBE)).toEqual({ status: 200, cache: 'miss', body: { data: probe('Cache Probe Old') } });
    await post(a, LOAD, { content: dataset('Cache Probe New') }, EDITOR);
    const [after] = await db.read<{ version: number; token: string }>("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS version, v.token AS token");
    expect(after.version).toBe(version + 1);
    expect(after.token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(await post(b, PROBE)).toEqual({ status: 200, cache: 'miss', body: { data: probe('Cache Probe New') } });
    expect(await post(b, PROBE)).toEqual({ status: 200, cache: 'hit', body: { data: probe('Cache Probe New') } });
  });

  it('hits for the same operation reformatted, commented or with its variables in another order', async () => {
    const q = 'query Pair($id: ID!, $first: Int!) { companies(filter: { id: $id }, first: $first) { totalCount edges { node { id } } } }';
    const laidOut =
      '# the probe company\nquery Pair(\n  $id: ID!,\n  $first: Int!\n) {\n  companies(filter: {id: $id}, first: $first) {\n    totalCount, edges { node { id } }\n  }\n}\n';
    const probe = { data: { companies: { totalCount: 1, edges: [{ node: { id: 'company:cache-probe' } }] } } };
    expect(await post(b, q, { id: 'company:cache-probe', first: 3 })).toEqual({ status: 200, cache: 'miss', body: probe });
    expect(await post(b, laidOut, { first: 3, id: 'company:cache-probe' })).toEqual({ status: 200, cache: 'hit', body: probe });
    expect(await post(b, laidOut, { first: 4, id: 'company:cache-probe' })).toEqual({ status: 200, cache: 'miss', body: probe });
  });
});
