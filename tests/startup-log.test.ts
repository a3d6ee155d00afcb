import { Writable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bundledInputs } from '../src/load/bundled.js';
import { chooseLogFormat, createLogger } from '../src/log.js';
import type { Db } from '../src/neo4j/db.js';
import { graphLine, listeningLine, loadedLine, neo4jLine, uriWithoutCredentials } from '../src/startup.js';
import { testDb } from './support/db.js';
import { gql } from './support/server.js';
import { serviceUp, spawnService } from './support/service.js';

describe('uriWithoutCredentials', () => {
  it('drops user and password, keeps scheme, host, port and query', () => {
    expect(uriWithoutCredentials('neo4j+s://neo4j:s3cret@db.example.com:7687')).toBe('neo4j+s://db.example.com:7687');
    expect(uriWithoutCredentials('bolt://reader@10.0.0.5:7687')).toBe('bolt://10.0.0.5:7687');
    expect(uriWithoutCredentials('bolt://127.0.0.1:7687')).toBe('bolt://127.0.0.1:7687');
    expect(uriWithoutCredentials('neo4j://h.example:7687?policy=eu')).toBe('neo4j://h.example:7687?policy=eu');
  });

  it('never shows any part of a password, whatever it holds', () => {
    const secret = fc.string({ minLength: 8, maxLength: 30 }).map((s) => `pw-${s}`);
    fc.assert(
      fc.property(
        fc.constantFrom('bolt', 'neo4j', 'neo4j+s', 'bolt+ssc'),
        fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/),
        secret,
        fc.integer({ min: 1, max: 65535 }),
        (scheme, user, password, port) => {
          const shown = uriWithoutCredentials(`${scheme}://${user}:${encodeURIComponent(password)}@db.example.org:${port}`);
          expect(shown).toBe(`${scheme}://db.example.org:${port}`);
        },
      ),
    );
  });
});

describe('start-up lines', () => {
  it('read as documented', () => {
    expect(neo4jLine({ uri: 'bolt://u:p@127.0.0.1:7687', database: 'neo4j', version: '5.26.0', edition: 'community', localDir: '.neo4j/data' })).toBe(
      'Neo4j 5.26.0 community at bolt://127.0.0.1:7687, database neo4j (started by this service, data in .neo4j/data)',
    );
    const counts = (created: number, updated: number, unchanged: number) => ({ created, updated, unchanged });
    expect(
      loadedLine([
        { name: 'a', summary: { nodes: { Company: counts(2, 1, 0), Source: counts(1, 0, 0) }, relationships: { PRODUCES: counts(0, 0, 4) } } },
        { name: 'b.yaml', summary: { nodes: { Company: counts(0, 0, 3) }, relationships: {} } },
      ]),
    ).toBe('loaded 2 inputs (a, b.yaml): 7 nodes (3 created, 1 updated, 3 unchanged) and 4 relationships (0 created, 0 updated, 4 unchanged)');
    expect(graphLine({ nodes: 12, relationships: 30 })).toBe('the graph holds 12 nodes and 30 relationships');
    expect(listeningLine('http://127.0.0.1:4000')).toBe(
      'listening on http://127.0.0.1:4000: GraphQL http://127.0.0.1:4000/graphql, playground /playground, explorer /explorer, feeds /feeds, metrics /metrics, readiness /ready',
    );
  });
});

describe('log format', () => {
  it('is pretty on a terminal outside production, JSON otherwise, unless LOG_FORMAT says', () => {
    expect(chooseLogFormat('auto', false, true)).toBe('pretty');
    expect(chooseLogFormat('auto', false, false)).toBe('json');
    expect(chooseLogFormat('auto', true, true)).toBe('json');
    expect(chooseLogFormat('auto', true, false)).toBe('json');
    expect(chooseLogFormat('pretty', true, false)).toBe('pretty');
    expect(chooseLogFormat('json', false, true)).toBe('json');
  });

  const capture = () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    return { lines, destination };
  };

  it('writes readable lines, redacting keys, and JSON objects', () => {
    const pretty = capture();
    const log = createLogger('info', { format: 'pretty', destination: pretty.destination, colorize: false });
    log.info(
      { req: { method: 'POST', url: '/graphql', headers: { authorization: 'Bearer secret-key-1234567890' } }, res: { statusCode: 200 }, responseTime: 7 },
      'request completed',
    );
    log.warn({ neo4j: { password: 'pw-123' } }, 'Neo4j slow');
    expect(pretty.lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: request completed POST \/graphql → 200 in 7 ms$/);
    expect(pretty.lines[1]).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] WARN: Neo4j slow$/);
    expect(pretty.lines.join('\n')).toContain('"password": "[Redacted]"');
    expect(pretty.lines.join('\n')).not.toContain('secret-key');

    const json = capture();
    createLogger('info', { format: 'json', destination: json.destination }).info({ req: { headers: { 'x-api-key': 'secret-key-1234567890' } } }, 'hello');
    const line = JSON.parse(json.lines[0]);
    expect(line).toMatchObject({ level: 30, msg: 'hello', service: 'critical-minerals-graph', req: { headers: { 'x-api-key': '[Redacted]' } } });
  });
});

describe('the service at start-up', () => {
  let db: Db;
  beforeAll(() => {
    db = testDb();
  });
  afterAll(async () => {
    await db?.close();
  });

  /** Starts src/main.ts against the suite's Neo4j, waits for /ready, asks `work`, stops it; returns its stdout. */
  async function run(env: Record<string, string>, work: (url: string) => Promise<void> = async () => {}) {
    const boltWithSecret = inject('neo4jUri').replace('://', '://neo4j:startup-secret-pw@');
    const service = await spawnService({ NEO4J_URI: boltWithSecret, LOG_LEVEL: 'info', NODE_ENV: 'development', ...env });
    const { url } = service;
    try {
      await serviceUp(service, '/ready', 360_000);
      await work(url);
    } finally {
      service.proc.kill('SIGTERM');
    }
    expect(await service.exited).toBe(0);
    const stdout = service.stdout();
    expect(service.output()).not.toContain('startup-secret-pw');
    return { stdout, url };
  }

  it('says which Neo4j, what it loaded, what the graph holds and where it listens, as JSON when piped', async () => {
    const [server] = await db.read<{ version: string; edition: string }>(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    );
    const inputs = bundledInputs();
    const records = (key: 'nodes' | 'relationships') =>
      inputs.reduce((n, i) => {
        const c = i.content as { sources?: unknown[]; nodes?: unknown[]; relationships?: unknown[] };
        return n + (key === 'nodes' ? (c.sources?.length ?? 0) + (c.nodes?.length ?? 0) : (c.relationships?.length ?? 0));
      }, 0);
    const { stdout, url } = await run({ LOAD_ON_START: 'true' });
    // The response cache's GraphVersion mark is bookkeeping, not data: the start-up line leaves it out.
    const [size] = await db.read<{ nodes: number; relationships: number }>(
      'MATCH (n) WHERE NOT n:GraphVersion WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
    );
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { level: number; msg: string });
    const said = lines.filter((l) => l.level === 30).map((l) => l.msg);
    const bolt = inject('neo4jUri');
    // Five start-up lines, then the two of the SIGTERM the test sent.
    expect(said.slice(5)).toEqual(['stopping (SIGTERM)', 'stopped']);
    expect(said[0]).toBe(`Neo4j ${server.version} ${server.edition} at ${bolt}, database neo4j`);
    // Before the load, what it is about to load (a stop during the load then has its context).
    expect(said[1]).toBe(`loading the bundled data: ${inputs.length} inputs (${inputs.map((i) => i.name).join(', ')})`);
    // Every record of every input is counted once, as created, updated or unchanged.
    const loaded = new RegExp(
      String.raw`^loaded ${inputs.length} inputs \((.*)\): (\d+) nodes \((\d+) created, (\d+) updated, (\d+) unchanged\) and (\d+) relationships \((\d+) created, (\d+) updated, (\d+) unchanged\)$`,
    ).exec(said[2]);
    expect(loaded, said[2]).not.toBeNull();
    const [inputNames, nodes, nc, nu, nn, rels, rc, ru, rn] = loaded!.slice(1);
    expect(inputNames).toBe(inputs.map((i) => i.name).join(', '));
    expect([Number(nodes), Number(nc) + Number(nu) + Number(nn)]).toEqual([records('nodes'), records('nodes')]);
    expect([Number(rels), Number(rc) + Number(ru) + Number(rn)]).toEqual([records('relationships'), records('relationships')]);
    expect(said[3]).toBe(`the graph holds ${size.nodes} nodes and ${size.relationships} relationships`);
    expect(said[4]).toBe(
      `listening on ${url}: GraphQL ${url}/graphql, playground /playground, explorer /explorer, feeds /feeds, metrics /metrics, readiness /ready`,
    );
    // JSON keeps the details as fields.
    expect(lines.find((l) => l.msg === said[3])).toMatchObject({ startup: { graph: size } });
  }, 420_000);

  it('writes readable lines with LOG_FORMAT=pretty', async () => {
    const { stdout, url } = await run({ LOAD_ON_START: 'false', LOG_FORMAT: 'pretty' }, async (u) => {
      expect((await gql(u, '{ __typename }')).status).toBe(200);
    });
    const lines = stdout.trim().split('\n');
    const stamp = String.raw`^\[\d\d:\d\d:\d\d\.\d{3}\] `;
    expect(lines[0]).toMatch(new RegExp(`${stamp}INFO: Neo4j \\S+ community at ${inject('neo4jUri')}, database neo4j$`));
    expect(lines[1]).toMatch(new RegExp(`${stamp}INFO: bundled data not loaded \\(LOAD_ON_START=false\\)$`));
    expect(lines.some((l) => new RegExp(`${stamp}INFO: listening on ${url}: GraphQL`).test(l))).toBe(true);
    expect(lines.some((l) => new RegExp(`${stamp}INFO: request completed POST /graphql → 200 in \\d+ ms$`).test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('{'))).toBe(false);
    // Not a terminal: no colour codes.
    expect(stdout).not.toContain('\u001b[');
  }, 420_000);
});
