import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_TABLES } from '../src/feeds/params.js';
import { createContext } from '../src/graphql/core/context.js';
import { resolvers } from '../src/graphql/resolvers.js';
import { loadBundledData } from '../src/load/bundled.js';
import { loadDatasets } from '../src/load/index.js';
import { DatabaseUnavailableError, Db } from '../src/neo4j/db.js';
import { freePort, type LocalNeo4j, startLocalNeo4j } from '../src/neo4j/local.js';
import { applySchema } from '../src/neo4j/schema.js';
import type { RunningApp } from '../src/server/app.js';
import { gql, startTestApp } from './support/server.js';
import { until as poll, serviceUp, spawnService } from './support/service.js';

let dir: string;
let port: number;
let neo4j: LocalNeo4j;
let db: Db;

const startNeo4j = () => startLocalNeo4j({ dir, port, heapMb: Number(process.env.TEST_NEO4J_HEAP_MB ?? 2048), pageCacheMb: 256, txTimeoutSeconds: 300 });

/** Node and relationship counts and a SHA-256 over every node's id and properties and every relationship. */
async function fingerprint() {
  const nodes = await db.read<{ line: string }>('MATCH (n) RETURN n.id + " " + toString(size(keys(n))) AS line');
  const [props] = await db.read<{ names: number }>('MATCH (n) UNWIND keys(n) AS k RETURN count(*) AS names');
  const rels = await db.read<{ line: string }>('MATCH (a)-[r]->(b) RETURN a.id + " " + type(r) + " " + b.id + " " + r.key AS line');
  const digest = createHash('sha256')
    .update([...nodes.map((n) => n.line), ...rels.map((r) => r.line)].sort().join('\n'))
    .digest('hex');
  return { nodes: nodes.length, relationships: rels.length, properties: props.names, digest };
}

/** A synthetic dataset: one source, `companies` companies, `facilities` facilities each operated by a company. */
function synthetic(tag: string, companies: number, facilities: number) {
  const source = `source:${tag}`;
  return {
    sources: [{ id: source, name: `Synthetic ${tag}`, sourceType: 'dataset' }],
    nodes: [
      ...Array.from({ length: companies }, (_, i) => ({ id: `company:${tag}-${i}`, label: 'Company', name: `Company ${tag} ${i}`, sources: [source] })),
      ...Array.from({ length: facilities }, (_, i) => ({
        id: `facility:${tag}-${i}`,
        label: 'Facility',
        name: `Plant ${tag} ${i}`,
        facilityType: 'plant',
        sources: [source],
      })),
    ],
    relationships: Array.from({ length: facilities }, (_, i) => ({
      type: 'OPERATES',
      from: `company:${tag}-${i % companies}`,
      to: `facility:${tag}-${i}`,
      sources: [source],
    })),
  };
}

/** Every `sources` field resolver reading through the Source loader (Source.sources is the source itself; Query.sources is the list query): [type, resolver]. */
const sourceResolvers = Object.entries(resolvers)
  .filter(([type, fields]) => type !== 'Source' && type !== 'Query' && typeof fields.sources === 'function')
  .map(([type, fields]) => [type, fields.sources as (p: unknown, a: unknown, c: unknown) => Promise<Array<{ id: string }>>] as const);

/** What each `sources` resolver answers for a parent citing `sourceId` (as `sources` or `sourceIds`), against `db`. */
function resolveSources(sourceId: string) {
  const ctx = createContext(db, pino({ level: 'silent' }));
  const parent = { id: 'company:erg', label: 'Company', sources: [sourceId], sourceIds: [sourceId] };
  return sourceResolvers.map(([type, resolve]) => ({ type, answer: resolve(parent, {}, ctx) }));
}

/** Polls every 250 ms (or `everyMs`); a probe that throws (a refused connection while Neo4j restarts) counts as not yet. */
const until = <T>(what: string, ms: number, probe: () => Promise<T | undefined>, everyMs = 250) => poll(what, ms, probe, { everyMs, retryErrors: true });

beforeAll(async () => {
  dir = mkdtempSync(path.resolve('.neo4j/test-faults-'));
  port = await freePort();
  neo4j = await startNeo4j();
  db = new Db({ uri: neo4j.uri, username: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 300_000 });
  await applySchema(db);
  await loadBundledData(db);
});

afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('Neo4j killed during a load', () => {
  it('rejects the load and leaves the graph as it was; a re-run completes', async () => {
    const before = await fingerprint();
    const dataset = synthetic('fault', 40_000, 10_000);
    let killing: Promise<void> | undefined;
    let writtenAtKill = 0;
    const started = Date.now();
    const load = loadDatasets(db, [{ name: 'synthetic', content: dataset }], {
      onProgress: (_name, done) => {
        if (!killing && done >= 20_000) {
          writtenAtKill = done;
          killing = neo4j.kill();
        }
      },
    });
    await expect(load).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(killing, 'Neo4j was killed mid-write').toBeDefined();
    await killing;
    expect(writtenAtKill).toBeGreaterThanOrEqual(20_000);
    expect(Date.now() - started).toBeLessThan(180_000);

    neo4j = await startNeo4j();
    await until('Neo4j answering', 60_000, async () => ((await db.read('RETURN 1 AS one')).length ? true : undefined));
    expect(await fingerprint()).toEqual(before);

    const [result] = await loadDatasets(db, [{ name: 'synthetic', content: dataset }]);
    expect(result.summary.nodes.Company.created).toBe(40_000);
    expect(result.summary.nodes.Facility.created).toBe(10_000);
    expect(result.summary.relationships.OPERATES.created).toBe(10_000);
    const after = await fingerprint();
    expect(after.nodes).toBe(before.nodes + 50_001);
    expect(after.relationships).toBe(before.relationships + 10_000);
  }, 600_000);
});

describe('Neo4j killed while serving', () => {
  let app: RunningApp;
  /** The same service with its response cache on: a request reads the graph's version before anything else. */
  let cached: RunningApp;
  const EDITOR = 'faults-editor-key-4be1c9';
  const logs: string[] = [];

  beforeAll(async () => {
    app = await startTestApp(db, {
      production: true,
      log: pino({ level: 'warn' }, { write: (line: string) => logs.push(line) }),
      config: { API_KEYS: [{ key: EDITOR, role: 'editor' }] },
    });
    cached = await startTestApp(db, {
      production: true,
      log: pino({ level: 'warn' }, { write: (line: string) => logs.push(line) }),
      config: { API_KEYS: [{ key: EDITOR, role: 'editor' }], RESPONSE_CACHE: true },
    });
  });

  afterAll(async () => {
    await app?.stop();
    await cached?.stop();
  });

  const queries = [
    '{ node(id: "metal:gallium") { id } }',
    '{ search(text: "gallium") { entity { id } } }',
    '{ exportControls(countryId: "country:CN", asOf: "2025-01-01") { policy { id } } }',
    '{ companies(first: 5) { totalCount } }',
  ];

  const examples = readdirSync('examples')
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => ({ name: f, query: readFileSync(`examples/${f}`, 'utf8') }));
  const SOURCE = 'source:gate-erg-kazakhstan-article';

  it('answers 503 DATABASE_UNAVAILABLE with Retry-After, then recovers by itself', async () => {
    for (const q of queries) expect((await gql(app.url, q)).status).toBe(200);
    // The cached service keeps these answers (a second ask is a hit) before Neo4j goes.
    for (const q of queries) expect((await gql(cached.url, q)).status).toBe(200);
    for (const q of queries) {
      const res = await fetch(`${cached.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
      expect(res.headers.get('cache-status')).toBe('hit');
    }
    // Every kind of parent with sources: entities, edges, hops, graph edges, analytics rows.
    expect(sourceResolvers.map(([type]) => type)).toEqual(
      expect.arrayContaining([
        'Company',
        'EntityRelation',
        'ProductionEdge',
        'Hop',
        'GraphEdge',
        'ProducerShare',
        'SupplyConcentration',
        'ImportReliance',
        'ImportSourceRank',
      ]),
    );
    for (const { type, answer } of resolveSources(SOURCE)) expect({ type, ids: (await answer).map((s) => s.id) }).toEqual({ type, ids: [SOURCE] });

    await neo4j.kill();
    // A failed read of sources rejects with DatabaseUnavailableError, never resolves [].
    const settled = await Promise.allSettled(resolveSources(SOURCE).map((r) => r.answer));
    expect(settled.map((s) => (s.status === 'rejected' ? (s.reason as Error).name : `resolved ${JSON.stringify(s.value)}`))).toEqual(
      sourceResolvers.map(() => 'DatabaseUnavailableError'),
    );
    // Every example query, and every feed, says the database is unavailable (none answers 200 with
    // data), with the response cache off and on (on, the graph's version cannot be read: no answer
    // kept before is served, and the request is not a bare 500).
    for (const service of [app, cached]) {
      const answers = await Promise.all(
        examples.map(async ({ name, query }) => {
          const res = await gql(service.url, query);
          return { name, status: res.status, codes: [...new Set(res.errors?.map((e) => e.extensions?.code))] };
        }),
      );
      expect(answers).toEqual(examples.map(({ name }) => ({ name, status: 503, codes: ['DATABASE_UNAVAILABLE'] })));
    }
    for (const feed of FEED_TABLES) {
      const res = await fetch(`${app.url}/feeds/${feed}?format=json`);
      expect({ feed, status: res.status, code: (await res.json()).error?.code }).toEqual({ feed, status: 503, code: 'DATABASE_UNAVAILABLE' });
    }
    for (const q of [...queries.map((query) => ({ query, url: app.url })), ...queries.map((query) => ({ query, url: cached.url }))]) {
      const started = Date.now();
      const res = await fetch(`${q.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q.query }),
      });
      const body = await res.json();
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(body.errors[0]).toMatchObject({ message: 'The database is unavailable; retry later', extensions: { code: 'DATABASE_UNAVAILABLE' } });
      expect(JSON.stringify(body)).not.toMatch(/bolt:|127\.0\.0\.1|stacktrace/);
    }
    const load = await fetch(`${app.url}/admin/load`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR}` },
      body: JSON.stringify(synthetic('down', 1, 1)),
    });
    expect(load.status).toBe(503);
    expect(load.headers.get('retry-after')).toBe('5');
    expect((await load.json()).errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    const ready = await fetch(`${app.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('Neo4j unreachable') });
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
    expect(logs.join('\n')).toContain('ECONNREFUSED');

    neo4j = await startNeo4j();
    await until('the service answering again', 60_000, async () => ((await gql(app.url, queries[0])).status === 200 ? true : undefined));
    for (const q of queries) {
      const res = await gql(app.url, q);
      expect(res.errors).toBeUndefined();
      expect(res.status).toBe(200);
    }
    expect((await gql(app.url, queries[0])).data).toEqual({ node: { id: 'metal:gallium' } });
    // The cached service too: the version is read again, and the answers kept before still hold.
    for (const q of queries) expect((await gql(cached.url, q)).status).toBe(200);
    expect((await gql(cached.url, queries[0])).data).toEqual({ node: { id: 'metal:gallium' } });
    await until('/ready back to 200', 60_000, async () => ((await fetch(`${app.url}/ready`)).status === 200 ? true : undefined));
    expect(await (await fetch(`${app.url}/ready`)).json()).toEqual({ status: 'ready' });
  }, 300_000);

  it('refuses to start a second local Neo4j on a data folder whose server another process runs', async () => {
    await expect(startLocalNeo4j({ dir, port: await freePort() })).rejects.toThrow(
      /already runs on .* for another process \(pid \d+\); stop that process first/,
    );
    expect((await fetch(`${app.url}/ready`)).status).toBe(200);
  });
});

describe('SIGTERM during requests', () => {
  it('lets in-flight requests finish with 200, refuses new connections and exits with 0', async () => {
    const key = 'faults-sigterm-editor-key-77';
    const service = await spawnService({
      NEO4J_URI: neo4j.uri,
      LOAD_ON_START: 'false',
      LOG_LEVEL: 'warn',
      API_KEYS: `${key}:editor`,
      // Not test: Apollo then installs its own signal handlers unless the app turns them off.
      NODE_ENV: 'production',
      // Room for the in-flight requests on a busy two-core machine (a read past the transaction
      // timeout would be answered 504 QUERY_TIMEOUT).
      SHUTDOWN_GRACE_MS: '60000',
      NEO4J_TX_TIMEOUT_MS: '120000',
    });
    const { proc: child, port: httpPort, url, exited } = service;
    try {
      await serviceUp(service, '/ready', 120_000);

      // Slow-ish requests: a 3,500-node load (seconds) and three dependency-chain questions.
      const finished: Array<{ what: string; status: number; at: number }> = [];
      const track = (what: string, p: Promise<Response>) =>
        p.then(
          async (r) => {
            await r.text();
            finished.push({ what, status: r.status, at: Date.now() });
          },
          (e) => {
            finished.push({ what: `${what}: ${(e as Error).message}`, status: 0, at: Date.now() });
          },
        );
      const inFlight = [
        track(
          'load',
          fetch(`${url}/admin/load?name=sigterm`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-api-key': key },
            body: JSON.stringify(synthetic('sigterm', 3_000, 500)),
          }),
        ),
      ];
      for (let i = 0; i < 3; i++) {
        const query = `{ dependencyChains(entityId: "company:mitsubishi-corporation", maxDepth: 6, first: 50) { chains { relevance } } s${i}: search(text: "gallium") { score } }`;
        inFlight.push(
          track(`read ${i}`, fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })),
        );
      }
      // The signal goes once the load is writing: Neo4j shows a transaction holding locks. The
      // reads were sent before the load's body had even been parsed and validated.
      const writing = 'SHOW TRANSACTIONS YIELD activeLockCount WHERE activeLockCount > 0 RETURN count(*) AS n';
      await until('the load writing in Neo4j', 60_000, async () => ((await db.read<{ n: number }>(writing))[0].n > 0 ? true : undefined), 10);
      const signalled = Date.now();
      child.kill('SIGTERM');

      const refused = await until(
        'a new connection refused',
        5_000,
        () =>
          new Promise<string | undefined>((resolve) => {
            const socket = net.connect(httpPort, '127.0.0.1');
            socket.once('connect', () => {
              socket.destroy();
              resolve(undefined);
            });
            socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code));
          }),
      );
      expect(refused).toBe('ECONNREFUSED');

      await Promise.all(inFlight);
      expect(finished.filter((f) => f.status !== 200)).toEqual([]);
      expect(finished).toHaveLength(4);
      expect(Math.max(...finished.map((f) => f.at)), 'requests were still running at SIGTERM').toBeGreaterThan(signalled);
      expect(await exited).toBe(0);
      expect(service.output()).not.toMatch(/"level":(50|60)/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 300_000);
});
