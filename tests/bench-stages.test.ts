/**
 * The stages `bench:walk` cuts a walk level at (bench/walk-stages.ts) are valid Cypher for every
 * level statement the walks send: `chains/start` and `chains/expand`, forwards over supply (dependency
 * chains) and backwards over every kind (exposure); Neo4j plans each cut (EXPLAIN, nothing run); and run on the bundled
 * graph, each cut counts no more rows than the stage before it keeps.
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cutLevel, LEVEL_STAGES } from '../bench/walk-stages.js';
import { withSlots } from '../src/cypher.js';
import { EXPOSURE_KINDS, stepDirections, stepRules } from '../src/graphql/chains/steps.js';
import { LABELS } from '../src/model/schema.js';
import { bundledGraph } from './support/bundled.js';
import { testDb } from './support/db.js';

const db = testDb();
beforeAll(() => bundledGraph(db));
afterAll(() => db.close());

// The level statements the walks send: dependency chains forwards over supply, exposure backwards over every kind.
const statements = [
  { reverse: false, kinds: ['SUPPLY'] as const },
  { reverse: true, kinds: EXPOSURE_KINDS },
].flatMap(({ reverse, kinds }) => {
  const slots = stepDirections(reverse, kinds);
  return [
    { name: `chains/expand ${reverse ? 'backwards' : 'forwards'} ${kinds.join('+')}`, query: withSlots('chains/expand', slots) },
    {
      name: `chains/start ${reverse ? 'backwards' : 'forwards'} ${kinds.join('+')}`,
      query: withSlots('chains/start', { label: 'Company', metalLabel: 'Metal', ...slots }),
    },
  ];
});

describe('the stages bench:walk cuts a level at', () => {
  it.each(statements)('are each planned by Neo4j for $name', async ({ query }) => {
    for (const { before } of LEVEL_STAGES) {
      const rows = await db.read(`EXPLAIN ${cutLevel(query, before)}`);
      expect(rows).toEqual([]);
    }
  });

  it('count rows that only shrink or stay from the expansion on, on a real walk level (Kazakhstan backwards, every kind)', async () => {
    const slots = stepDirections(true, EXPOSURE_KINDS);
    const query = withSlots('chains/start', { label: 'Country', metalLabel: 'Metal', ...slots });
    const rules = stepRules(true, EXPOSURE_KINDS);
    const params = {
      entityId: 'country:KZ',
      label: 'Country',
      metalId: null,
      metalLabel: 'Metal',
      countryIds: [],
      walk: true,
      reverse: true,
      outRules: rules.out,
      inRules: rules.in,
      fanOut: neo4j.int(20),
      parallel: neo4j.int(5),
      asOf: null,
      labels: LABELS,
      headquarters: false,
    };
    const counts: number[] = [];
    for (const { before } of LEVEL_STAGES) {
      const [row] = await db.read<{ rows: number }>(cutLevel(query, before), params);
      counts.push(row.rows);
    }
    const [whole] = await db.read<{ edges: unknown[] }>(query, params);
    // Expanded ≥ passing the rules = with evidence (one row each) ≥ neighbours grouped (one row per frontier node here).
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[0]).toBeGreaterThanOrEqual(counts[1]);
    expect(counts[2]).toBe(counts[1]);
    expect(counts[3]).toBe(1);
    expect(whole.edges.length).toBeGreaterThan(0);
    expect(whole.edges.length).toBeLessThanOrEqual(counts[1]);
  });
});
