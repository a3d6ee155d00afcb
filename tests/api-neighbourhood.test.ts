/**
 * `neighbourhood` answers exactly the graph its documentation defines, whatever the statement's
 * shape (it returns one row per node and per relationship, which the resolver assembles): over
 * random entities, depths 1–3, limits 0–1000, edge limits 0–10000 and relationship types, the
 * nodes (in breadth-first order: the entity, then each ring by id; none at limit 0, where the
 * center is still the entity), the edges (one per pair of nodes first, the pairs by the later
 * place of their ends, then the second of each pair…; the first `edgeLimit`; with their ends,
 * type and sources), `nodeCount`, `truncated`,
 * `edgeCount` and `edgesTruncated` equal a reference walked ring by ring with plain reads
 * (tests/support/neighbourhood.ts), against the bundled graph in the real Neo4j.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REL_TYPE_NAMES } from '../src/model/schema.js';
import { useBundledApp } from './support/bundled-app.js';
import { referenceNeighbourhood } from './support/neighbourhood.js';
import { gql } from './support/server.js';

// Whole answers: up to 10,000 edges with their sources, over the default budget (tests/cost.test.ts).
const app = useBundledApp({ config: { GRAPHQL_MAX_COST: 200_000 } });

const NB = `query($e: ID!, $d: Int, $t: [RelationshipType!], $l: Int, $el: Int) { neighbourhood(entityId: $e, depth: $d, types: $t, limit: $l, edgeLimit: $el) {
  center { id } nodeCount truncated edgeCount edgesTruncated nodes { id } edges { id source target type sources { id } } } }`;

/** Hubs and leaves of the bundled graph, of several labels. */
const ENTITIES = [
  'country:CN',
  'country:KZ',
  'metal:gallium',
  'company:erg',
  'facility:pavlodar-gallium-plant',
  'product:alumina',
  'company:mitsubishi-corporation',
];

/** The API's answer and the reference, in the API's shape. */
async function both(entityId: string, depth: number, limit: number, types?: string[], edgeLimit?: number) {
  const res = await gql(app.url, NB, { e: entityId, d: depth, l: limit, t: types, el: edgeLimit });
  expect(res.errors).toBeUndefined();
  const ref = await referenceNeighbourhood(app.db, entityId, depth, limit, types ?? REL_TYPE_NAMES, edgeLimit ?? 1000);
  const sourceIds = new Set((await app.db.read<{ id: string }>('MATCH (s:Source) RETURN s.id AS id')).map((r) => r.id));
  const expected = {
    center: { id: entityId },
    nodeCount: ref.found,
    truncated: ref.found > limit,
    edgeCount: ref.edgeCount,
    edgesTruncated: ref.edgeCount > (edgeLimit ?? 1000),
    nodes: ref.nodes.map((id) => ({ id })),
    edges: ref.edges.map((e) => ({ ...e, sources: e.sources.filter((s) => sourceIds.has(s)).map((id) => ({ id })) })),
  };
  return { actual: res.data.neighbourhood, expected };
}

describe('neighbourhood answers the documented graph', () => {
  it('near the limit: China, depth 3, 1000 nodes and all their edges', async () => {
    const { actual, expected } = await both('country:CN', 3, 1000, undefined, 10000);
    expect(actual.nodes).toHaveLength(1000);
    expect(actual.truncated).toBe(true);
    expect(actual.edges.length).toBe(6993);
    expect(actual.edgesTruncated).toBe(false);
    expect(actual).toEqual(expected);
  });

  it('the edge limit joins as many pairs of nodes as it can: China, depth 1, 50 nodes', async () => {
    const all = await both('country:CN', 1, 50, undefined, 10000);
    expect(all.actual.edgeCount).toBeGreaterThan(2000);
    const cut = await both('country:CN', 1, 50, undefined, 100);
    expect(cut.actual).toEqual(cut.expected);
    expect(cut.actual.edges).toHaveLength(100);
    expect(cut.actual.edgeCount).toBe(all.actual.edgeCount);
    expect(cut.actual.edgesTruncated).toBe(true);
    expect(cut.actual.edges).toEqual(all.actual.edges.slice(0, 100));
    // A cut at the number of joined pairs of nodes joins every one of them, once (the explorer's
    // drawing: before, parallel imports between China and its first neighbours took every place).
    const pairOf = (e: { source: string; target: string }) => [e.source, e.target].sort().join(' ');
    const pairs = new Set(all.actual.edges.map(pairOf));
    expect(pairs.size).toBeLessThan(all.actual.edgeCount);
    const onePerPair = await both('country:CN', 1, 50, undefined, pairs.size);
    expect(onePerPair.actual).toEqual(onePerPair.expected);
    expect(new Set(onePerPair.actual.edges.map(pairOf))).toEqual(pairs);
    // At the default (1000) the cut bites too, and says so.
    const byDefault = await both('country:CN', 1, 50);
    expect(byDefault.actual).toEqual(byDefault.expected);
    expect(byDefault.actual.edges).toHaveLength(1000);
  });

  it('over random entities, depths, limits and types', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ENTITIES),
        fc.integer({ min: 1, max: 3 }),
        fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 1000 })),
        fc.option(fc.subarray([...REL_TYPE_NAMES], { minLength: 1 }), { nil: undefined }),
        fc.option(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 10000 })), { nil: undefined }),
        async (entityId, depth, limit, types, edgeLimit) => {
          const { actual, expected } = await both(entityId, depth, limit, types, edgeLimit);
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });
});
