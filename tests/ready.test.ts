/**
 * The operational endpoints against the suite's Neo4j. What they answer while Neo4j is down,
 * and their recovery, is in faults.test.ts, which kills a Neo4j of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/neo4j/db.js';
import type { RunningApp } from '../src/server/app.js';
import { bundledGraph } from './support/bundled.js';
import { testDb } from './support/db.js';
import { gql, startTestApp } from './support/server.js';

let db: Db;
let app: RunningApp;

beforeAll(async () => {
  db = testDb();
  // Schema applied and data loaded (shared with the other files that read the bundled graph).
  await bundledGraph(db);
  app = await startTestApp(db);
});

afterAll(async () => {
  await app?.stop();
  await db?.close();
});

describe('operational endpoints', () => {
  it('answers /health, /ready and a GraphQL query', async () => {
    expect(await (await fetch(`${app.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/ready`);
    expect({ status: ready.status, body: await ready.json() }).toEqual({ status: 200, body: { status: 'ready' } });
    const res = await gql(app.url, '{ __typename database { version edition } }');
    expect(res.status).toBe(200);
    expect(res.data.__typename).toBe('Query');
    expect(res.data.database.version).toMatch(/^5\.26\./);
    expect(res.data.database.edition).toBe('community');
  });
});
