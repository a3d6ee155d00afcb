/**
 * Readiness follows Neo4j: with the service's Neo4j killed, /ready turns 503 with a reason,
 * and returns to 200 by itself once Neo4j is back, without restarting the service.
 * This file runs its own Neo4j so that killing it leaves the suite's server alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../src/neo4j/db.js';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../src/neo4j/local.js';
import { applySchema } from '../src/neo4j/schema.js';
import { gql, startTestApp } from './support/server.js';
import type { RunningApp } from '../src/server/app.js';

let dir: string;
let port: number;
let neo4j: LocalNeo4j;
let db: Db;
let app: RunningApp;

async function waitFor(url: string, status: number, ms = 60_000) {
  const until = Date.now() + ms;
  let last: { status: number; body: unknown } = { status: 0, body: null };
  while (Date.now() < until) {
    const res = await fetch(url);
    last = { status: res.status, body: await res.json() };
    if (res.status === status) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} stayed at ${last.status}: ${JSON.stringify(last.body)}`);
}

beforeAll(async () => {
  dir = mkdtempSync(path.resolve('.neo4j/test-ready-'));
  port = await freePort();
  neo4j = await startLocalNeo4j({ dir, port, heapMb: 1024, pageCacheMb: 128 });
  db = new Db({ uri: neo4j.uri, username: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 10_000 });
  await applySchema(db);
  app = await startTestApp(db);
});

afterAll(async () => {
  await app?.stop();
  await db?.close();
  await neo4j?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('operational endpoints', () => {
  it('answers /health, /ready and a GraphQL query', async () => {
    expect(await (await fetch(`${app.url}/health`)).json()).toEqual({ status: 'ok' });
    expect(await waitFor(`${app.url}/ready`, 200)).toEqual({ status: 200, body: { status: 'ready' } });
    const res = await gql(app.url, '{ __typename database { version edition } }');
    expect(res.status).toBe(200);
    expect(res.data.__typename).toBe('Query');
    expect(res.data.database.version).toMatch(/^5\.26\./);
  });

  it('refuses to start a second local Neo4j on a data folder whose server another process runs', async () => {
    await expect(startLocalNeo4j({ dir, port: await freePort() })).rejects.toThrow(/already runs on .* for another process \(pid \d+\); stop that process first/);
    expect((await fetch(`${app.url}/ready`)).status).toBe(200);
  });

  it('turns /ready to 503 with a reason while Neo4j is down, and back to 200 by itself', async () => {
    await neo4j.kill();
    const down = await waitFor(`${app.url}/ready`, 503);
    expect(down.body).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('Neo4j unreachable') });
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
    neo4j = await startLocalNeo4j({ dir, port, heapMb: 1024, pageCacheMb: 128 });
    expect((await waitFor(`${app.url}/ready`, 200)).body).toEqual({ status: 'ready' });
    expect((await gql(app.url, '{ database { edition } }')).data.database.edition).toBe('community');
  });
});
