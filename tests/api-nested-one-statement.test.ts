/**
 * Nested relationship fields in one round trip (the look-ahead of `node` and the list
 * queries, src/graphql/entities/lookahead.ts and nested.ts), over the bundled data: the benchmark's
 * nested query costs exactly one Cypher statement, and deeper selections with arguments,
 * aliases, fragments and directives answer exactly as the level-by-level loaders do (the
 * look-ahead switched off).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { lookahead } from '../src/graphql/entities/lookahead.js';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

const app = useBundledApp();
const db = app.db;

afterEach(() => {
  lookahead.enabled = true;
});

/**
 * Runs an operation; returns its response body (status checked; errors without their stack
 * trace, which names the resolver's line) and the Cypher round trips it cost.
 */
async function run(query: string, variables?: Record<string, unknown>) {
  const before = db.roundTrips;
  const res = await gql(app.url, query, variables);
  expect(res.status).toBe(200);
  const errors = res.errors?.map(({ extensions, ...e }) => ({ ...e, extensions: { ...extensions, stacktrace: undefined } }));
  return { body: { data: res.data, errors }, trips: db.roundTrips - before };
}

/** The same operation with and without the look-ahead. */
async function both(query: string, variables?: Record<string, unknown>) {
  lookahead.enabled = true;
  const ahead = await run(query, variables);
  lookahead.enabled = false;
  const levels = await run(query, variables);
  lookahead.enabled = true;
  return { ahead, levels };
}

const NESTED = 'query Nested($id: ID!) { node(id: $id) { id ... on Company { name facilities { facility { id name location { country { id name } } } } } } }';

describe('nested relationship fields in one statement', () => {
  it("the benchmark's nested query: a company, its facilities and their countries in 1 round trip", async () => {
    const { ahead, levels } = await both(NESTED, { id: 'company:erg' });
    expect(ahead.body.errors).toBeUndefined();
    expect(ahead.body.data.node).toEqual({
      id: 'company:erg',
      name: 'Eurasian Resources Group',
      facilities: [
        {
          facility: {
            id: 'facility:pavlodar-gallium-plant',
            name: 'Pavlodar gallium recovery unit',
            location: [{ country: { id: 'country:KZ', name: 'Kazakhstan' } }],
          },
        },
        { facility: { id: 'facility:rudny-hbi-plant', name: 'Rudny HBI plant', location: [{ country: { id: 'country:KZ', name: 'Kazakhstan' } }] } },
      ],
    });
    expect(ahead.trips).toBe(1);
    expect(levels.trips).toBe(3);
    expect(ahead.body).toEqual(levels.body);
  });

  it('a company without facilities, an unknown id and a bad prefix answer as before', async () => {
    for (const id of ['company:mitsubishi-corporation', 'company:no-such-company', 'nope:x']) {
      const { ahead, levels } = await both(NESTED, { id });
      expect(ahead.body).toEqual(levels.body);
      expect(ahead.trips).toBeLessThanOrEqual(1);
    }
    const unknown = await run(NESTED, { id: 'company:no-such-company' });
    expect(unknown.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('three levels with arguments, aliases, fragments, abstract ends and @include equal the level-by-level answer', async () => {
    const query = `query Deep($year: Int, $withLocation: Boolean!) {
      node(id: "metal:gallium") { id ...Gallium }
    }
    fragment Gallium on Metal {
      current: producers(year: $year) { sharePct year producer { id ... on Country { facilities { facility { id } } } } }
      everyYear: producers { basis year quantity { value unit }
        producer { id ... on Facility { operators { operator { id name ... on Company { agreements { role agreement { id } } } } }
          location @include(if: $withLocation) { country { id } } } } }
      derivedFrom { input { id } }
    }`;
    for (const withLocation of [true, false]) {
      const { ahead, levels } = await both(query, { year: 2024, withLocation });
      expect(ahead.body.errors).toBeUndefined();
      expect(ahead.body).toEqual(levels.body);
      expect(ahead.trips).toBe(1);
      expect(levels.trips).toBeGreaterThanOrEqual(4);
    }
    const { ahead } = await both(query, { year: 2024, withLocation: true });
    const node = ahead.body.data.node;
    expect(node.current.length).toBeGreaterThan(0);
    expect(node.current.every((e: any) => e.year === 2024)).toBe(true);
    const plant = node.everyYear.find((e: any) => e.producer.id === 'facility:pavlodar-gallium-plant')?.producer;
    expect(plant.location).toEqual([{ country: { id: 'country:KZ' } }]);
    expect(plant.operators.map((o: any) => o.operator.id)).toEqual(['company:aluminium-of-kazakhstan', 'company:erg']);
    // Expected values from the graph through queries of this test's own, not from either resolver path.
    const producers2024 = await db.read<{ id: string }>("MATCH (p)-[r:PRODUCES]->(:Metal {id: 'metal:gallium'}) WHERE r.year = 2024 RETURN p.id AS id");
    expect(node.current.map((e: any) => e.producer.id).sort()).toEqual(producers2024.map((r) => r.id).sort());
    const inputs = await db.read<{ id: string }>("MATCH (:Metal {id: 'metal:gallium'})-[:DERIVED_FROM]->(i) RETURN i.id AS id");
    expect(node.derivedFrom.map((e: any) => e.input.id).sort()).toEqual(inputs.map((r) => r.id).sort());
    expect(inputs.length).toBeGreaterThan(0);
  });

  it('a field asked twice with different arguments, and the same field under two aliases, each answer as before', async () => {
    const query = `{ node(id: "country:US") { ... on Country {
      a: production(year: 2023) { year item { id } }
      b: production(year: 2024) { year item { id } }
      c: importsFrom(itemId: "metal:gallium") { rank exporter { id } }
      d: importsFrom(itemId: "metal:gallium") { exporter { name ... on Country { facilities { facility { id } } } } }
    } } }`;
    const { ahead, levels } = await both(query);
    expect(ahead.body.errors).toBeUndefined();
    expect(ahead.body).toEqual(levels.body);
    expect(ahead.trips).toBe(1);
    expect(ahead.body.data.node.a.every((e: any) => e.year === 2023)).toBe(true);
  });

  it('a malformed argument is reported by its field, as before', async () => {
    const query = '{ node(id: "country:US") { ... on Country { production(measureId: "not an id") { year } facilities { facility { id } } } } }';
    const { ahead, levels } = await both(query);
    expect(ahead.body).toEqual(levels.body);
    expect(ahead.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('deeper than three levels: the levels beyond cost their own round trips, with the same answer', async () => {
    const query = `{ node(id: "country:KZ") { ... on Country { facilities { facility { id operators { operator { id
      agreements { role agreement { id parties { role party { id name } } } } } } } } } } }`;
    const { ahead, levels } = await both(query);
    expect(ahead.body.errors).toBeUndefined();
    expect(ahead.body).toEqual(levels.body);
    expect(ahead.trips).toBe(2);
    expect(levels.trips).toBe(5);
  });

  it("list queries: the page and its entities' relationship fields in 1 round trip", async () => {
    const query = `query($first: Int) { companies(first: $first) { totalCount edges { cursor node { id
      agreements { role agreement { id parties { role party { id name } } } } subsidiaries { subsidiary { id } } } } } }`;
    for (const first of [0, 5, 50]) {
      const { ahead, levels } = await both(query, { first });
      expect(ahead.body.errors).toBeUndefined();
      expect(ahead.body).toEqual(levels.body);
      expect(ahead.trips).toBe(1);
    }
  });
});
