/**
 * `neighbourhood` answers exactly the graph its documentation defines, whatever the statement's
 * shape (it returns one row per node and per relationship, which the resolver assembles): over
 * random entities, depths 1–3, limits 0–1000 and relationship types, the nodes (in
 * breadth-first order: the entity, then each ring by id; none at limit 0, where the center is
 * still the entity), the edges (by id, with their ends, type and sources), `nodeCount` and
 * `truncated` equal a reference walked ring by ring with plain reads
 * (tests/support/neighbourhood.ts), against the bundled graph in the real Neo4j.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REL_TYPE_NAMES } from '../src/model/schema.js';
import { useBundledApp } from './support/bundled-app.js';
import { referenceNeighbourhood } from './support/neighbourhood.js';
import { gql } from './support/server.js';

const app = useBundledApp();

const NB = `query($e: ID!, $d: Int, $t: [RelationshipType!], $l: Int) { neighbourhood(entityId: $e, depth: $d, types: $t, limit: $l) {
  center { id } nodeCount truncated nodes { id } edges { id source target type sources { id } } } }`;

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
async function both(entityId: string, depth: number, limit: number, types?: string[]) {
  const res = await gql(app.url, NB, { e: entityId, d: depth, l: limit, t: types });
  expect(res.errors).toBeUndefined();
  const ref = await referenceNeighbourhood(app.db, entityId, depth, limit, types ?? REL_TYPE_NAMES);
  const sourceIds = new Set((await app.db.read<{ id: string }>('MATCH (s:Source) RETURN s.id AS id')).map((r) => r.id));
  const expected = {
    center: { id: entityId },
    nodeCount: ref.found,
    truncated: ref.found > limit,
    nodes: ref.nodes.map((id) => ({ id })),
    edges: ref.edges.map((e) => ({ ...e, sources: e.sources.filter((s) => sourceIds.has(s)).map((id) => ({ id })) })),
  };
  return { actual: res.data.neighbourhood, expected };
}

describe('neighbourhood answers the documented graph', () => {
  it('near the limit: China, depth 3, 1000 nodes and all their edges', async () => {
    const { actual, expected } = await both('country:CN', 3, 1000);
    expect(actual.nodes).toHaveLength(1000);
    expect(actual.truncated).toBe(true);
    expect(actual.edges.length).toBeGreaterThan(1000);
    expect(actual).toEqual(expected);
  });

  it('over random entities, depths, limits and types', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ENTITIES),
        fc.integer({ min: 1, max: 3 }),
        fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 1000 })),
        fc.option(fc.subarray([...REL_TYPE_NAMES], { minLength: 1 }), { nil: undefined }),
        async (entityId, depth, limit, types) => {
          const { actual, expected } = await both(entityId, depth, limit, types);
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });
});
