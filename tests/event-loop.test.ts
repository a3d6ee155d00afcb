/**
 * Building one answer never holds the event loop: while a near-limit article extraction (on the
 * extraction worker threads) or eight deep neighbourhood counts run, GET /health keeps answering
 * and the event loop the service runs on (this process's: the service runs in it) never stalls
 * long, measured with perf_hooks.monitorEventLoopDelay. The neighbourhood counts are exact:
 * checked against a breadth-first walk made here ring by ring.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS } from '../src/extract/input.js';
import { REL_TYPE_NAMES } from '../src/model/schema.js';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

const app = useBundledApp();
/** Longest any GET /health may take while a large answer is built, in ms (a loaded 2-core machine). */
const HEALTH_BOUND_MS = 1500;
/** Longest stall of the event loop, in ms. */
const STALL_BOUND_MS = 1000;

/** Runs `heavy` while polling /health; returns its result, the /health latencies and the worst event-loop stall (ms). */
async function whileHealthy<T>(heavy: () => Promise<T>): Promise<{ result: T; health: number[]; stallMs: number }> {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let done = false;
  const running = heavy().finally(() => {
    done = true;
  });
  const health: number[] = [];
  while (!done) {
    const t = performance.now();
    const res = await fetch(`${app.url}/health`);
    expect(await res.json()).toEqual({ status: 'ok' });
    health.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  const result = await running;
  loop.disable();
  return { result, health, stallMs: loop.max / 1e6 };
}

/** The neighbourhood's node count as the statement defines it, walked ring by ring here: each ring from the first `limit` of the one before, ordered by id. */
async function walkCount(entityId: string, depth: number, limit: number): Promise<number> {
  const seen = new Set([entityId]);
  let ring = [entityId];
  for (let d = 1; d <= depth; d++) {
    const rows = await app.db.read<{ id: string }>(
      `MATCH (x)-[r]-(n) WHERE x.id IN $ids AND x.retractedAt IS NULL AND type(r) IN $types AND r.retractedAt IS NULL AND n.retractedAt IS NULL
       RETURN DISTINCT n.id AS id ORDER BY id`,
      { ids: d === 1 ? ring : ring.slice(0, limit), types: REL_TYPE_NAMES },
    );
    ring = rows.map((r) => r.id).filter((id) => !seen.has(id));
    for (const id of ring) seen.add(id);
  }
  return seen.size;
}

describe('a large answer does not hold other requests', () => {
  it('answers /health while a near-limit article is extracted', async () => {
    const sentence = 'ERG supplies gallium to the Chinese refiner under a long-term offtake agreement signed in 2024. ';
    const text = sentence.repeat(Math.floor((MAX_ARTICLE_CHARS - 1000) / sentence.length)).trim();
    expect(text.length).toBeGreaterThan(58_000);
    const { result, health, stallMs } = await whileHealthy(() =>
      gql(app.url, 'query($t: String!) { extractArticle(input: { text: $t }) { __typename sentences { index } } }', { t: text }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.extractArticle.sentences).toHaveLength(Math.floor((MAX_ARTICLE_CHARS - 1000) / sentence.length));
    expect(health.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...health)).toBeLessThan(HEALTH_BOUND_MS);
    expect(stallMs).toBeLessThan(STALL_BOUND_MS);
  }, 300_000);

  it('keeps bad input a BAD_USER_INPUT with its reason from the worker thread', async () => {
    const res = await gql(app.url, 'query($t: String!) { extractArticle(input: { text: $t }) { __typename } }', { t: 'x'.repeat(MAX_ARTICLE_CHARS + 1) });
    expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([['BAD_USER_INPUT', 'NO_ARTICLE']]);
    const long = await gql(app.url, 'query($t: String!) { extractArticle(input: { text: $t }) { __typename } }', {
      t: 'ERG supplies gallium to the Chinese refiner under a long-term offtake agreement. '.repeat(800),
    });
    expect(long.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([['BAD_USER_INPUT', 'TOO_LARGE']]);
  });

  it('counts eight deep neighbourhoods exactly, fetching only the count, while /health answers', async () => {
    const query = `{ ${Array.from({ length: 8 }, (_, i) => `a${i}: neighbourhood(entityId: "country:CN", depth: 3, limit: 250) { nodeCount truncated }`).join(' ')} }`;
    const { result, health, stallMs } = await whileHealthy(() => gql(app.url, query));
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    const expected = await walkCount('country:CN', 3, 250);
    expect(expected).toBeGreaterThan(250);
    expect(Object.values(result.data)).toEqual(Array.from({ length: 8 }, () => ({ nodeCount: expected, truncated: true })));
    expect(Math.max(...health)).toBeLessThan(HEALTH_BOUND_MS);
    expect(stallMs).toBeLessThan(STALL_BOUND_MS);
  }, 300_000);

  it('gives the same count with and without the nodes and edges selected', async () => {
    for (const [depth, limit] of [
      [1, 5],
      [2, 40],
      [3, 250],
    ]) {
      const args = `entityId: "country:CN", depth: ${depth}, limit: ${limit}`;
      const res = await gql(
        app.url,
        `{ full: neighbourhood(${args}) { nodeCount truncated nodes { id } edges { id } } count: neighbourhood(${args}) { nodeCount truncated } }`,
      );
      expect(res.errors).toBeUndefined();
      const { full, count } = res.data;
      expect(count).toEqual({ nodeCount: full.nodeCount, truncated: full.truncated });
      expect(full.nodeCount).toBe(await walkCount('country:CN', depth, limit));
      expect(full.nodes).toHaveLength(Math.min(limit, full.nodeCount));
    }
  });
});
