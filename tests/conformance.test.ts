/**
 * GraphQL-over-HTTP conformance: graphql-http's audits against the live service report no
 * error (warnings and notices are printed), and Apollo's CSRF prevention stays on.
 */
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/neo4j/db.js';
import type { RunningApp } from '../src/server/app.js';
import { testDb } from './support/db.js';
import { startTestApp } from './support/server.js';

let db: Db;
let app: RunningApp;

beforeAll(async () => {
  db = testDb();
  app = await startTestApp(db, { production: true });
});

afterAll(async () => {
  await app?.stop();
  await db?.close();
});

describe('GraphQL over HTTP', () => {
  it('passes every audit of graphql-http without an error', async () => {
    const results = await auditServer({ url: `${app.url}/graphql` });
    const failed = results.filter((r) => r.status === 'error');
    const other = results.filter((r) => r.status !== 'ok' && r.status !== 'error');
    for (const r of other) console.log(`${r.status} ${r.id}: ${r.name} (${r.status === 'ok' ? '' : r.reason})`);
    expect(failed.map((r) => `${r.id}: ${r.name}: ${r.status === 'error' ? r.reason : ''}`)).toEqual([]);
    expect(results.length).toBeGreaterThan(40);
  });

  it('keeps CSRF prevention on: simple GET and text/plain POST requests are refused', async () => {
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect((await get.json()).errors[0].message).toMatch(/Cross-Site Request Forgery/);
    const post = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(post.status).toBe(400);
    expect((await post.json()).errors[0].message).toMatch(/Cross-Site Request Forgery/);
    const preflighted = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await preflighted.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
