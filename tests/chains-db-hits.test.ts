/**
 * What a level of a dependency walk reads (`chains/expand`, PROFILEd on the bundled graph): the
 * test that turns a relationship away (the metal's test, the step rules) costs at most one db
 * hit per relationship it turns away, and at most eight per relationship it keeps (its
 * retraction marks, role, end labels, the item it names). A simple CASE over type(r) read the
 * type once per WHEN it tried, so a country's LOCATED_IN relationships cost eleven hits each
 * before any was turned away. Checked on the exposure of the country with the most facilities
 * for a metal, then over random entities, metals, kinds and directions.
 */
import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { PlanNode } from '../bench/latency.js';
import { withSlots } from '../src/cypher.js';
import { EXPOSURE_KINDS, type ExposureKind } from '../src/graphql/chains/steps.js';
import { walkLevels } from '../src/graphql/chains/walk.js';
import type { Context } from '../src/graphql/core/context.js';
import type { Label } from '../src/model/schema.js';
import { toPlain } from '../src/neo4j/db.js';
import { useApp } from './support/bundled-app.js';

const app = useApp();

const num = (v: unknown) => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v ?? 0));

/** The step test of one level's plan: db hits, rows in and rows kept. */
interface StepTest {
  hits: number;
  rowsIn: number;
  kept: number;
}

/** The Filter of `chains/expand` that applies the metal's test and the step rules (its CASE). */
function stepTests(p: PlanNode, out: StepTest[] = []): StepTest[] {
  const details = String(p.arguments?.Details ?? '');
  if (p.operatorType.startsWith('Filter') && details.startsWith('CoerceToPredicate(CASE')) {
    out.push({ hits: num(p.dbHits), rowsIn: p.children.reduce((a, c) => a + num(c.rows), 0), kept: num(p.rows) });
  }
  for (const c of p.children) stepTests(c, out);
  return out;
}

/** Walks with every level PROFILEd; returns the step tests of all levels. */
async function profiledWalk(args: { entityId: string; label: Label; metalId: string | null; reverse: boolean; kinds: ExposureKind[] }): Promise<StepTest[]> {
  const db = app.db;
  const [prep] = await db.read<{ entity: never; entityRef: string; upstream: string[]; refs: never }>(
    withSlots('chains/prepare', { label: args.label, metalLabel: 'Metal' }),
    { entityId: args.entityId, label: args.label, metalId: args.metalId, metalLabel: 'Metal', countryIds: [] },
  );
  const tests: StepTest[] = [];
  const read = async (query: string, params: Record<string, unknown>) => {
    const session = db.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const res = await session.run(`PROFILE ${query}`, params);
      if (query.startsWith('UNWIND $frontier')) tests.push(...stepTests(res.summary.profile as unknown as PlanNode));
      return res.records.map((r) => toPlain(r.toObject()));
    } finally {
      await session.close();
    }
  };
  await walkLevels({ db: { read } } as unknown as Context, {
    entity: prep.entity,
    entityRef: prep.entityRef,
    reverse: args.reverse,
    kinds: args.kinds,
    maxDepth: 4,
    asOf: null,
    upstream: args.metalId ? prep.upstream : null,
    refs: prep.refs,
  });
  return tests;
}

const withinBound = (t: StepTest) => t.hits <= t.rowsIn - t.kept + 8 * t.kept;

describe('the step test of a walk level', () => {
  it('costs the exposure of the country with the most facilities, for a metal, at most one db hit per relationship turned away', async () => {
    const [{ country, metal }] = await app.db.read<{ country: string; metal: string }>(
      `MATCH (c:Country)<-[:LOCATED_IN]-(f:Facility) WITH c, count(f) AS n ORDER BY n DESC, c.id LIMIT 1
       MATCH (m:Metal) WHERE EXISTS { (m)<-[:PRODUCES]-(:Facility) } WITH c, m ORDER BY m.id LIMIT 1
       RETURN c.id AS country, m.id AS metal`,
    );
    const tests = await profiledWalk({ entityId: country, label: 'Country', metalId: metal, reverse: true, kinds: [...EXPOSURE_KINDS] });
    // Level 1 reads the country's relationships of the step types and turns most of them away.
    expect(tests.length).toBeGreaterThan(0);
    expect(tests[0].rowsIn - tests[0].kept, JSON.stringify(tests[0])).toBeGreaterThanOrEqual(5);
    for (const t of tests) expect(t, JSON.stringify(t)).toSatisfy(withinBound);
  });

  it('stays within one hit per relationship turned away and eight per relationship kept, for random walks', async () => {
    const entities = await app.db.read<{ id: string; label: Label }>(
      `MATCH (n) WHERE (n:Country OR n:Company OR n:Facility) AND COUNT { (n)--() } > 3
       RETURN n.id AS id, [l IN labels(n) WHERE l IN ['Country', 'Company', 'Facility']][0] AS label ORDER BY id`,
    );
    const metals = (await app.db.read<{ id: string }>('MATCH (m:Metal) WHERE EXISTS { (m)<-[:PRODUCES]-(:Facility) } RETURN m.id AS id ORDER BY id')).map(
      (r) => r.id,
    );
    expect(entities.length).toBeGreaterThan(20);
    expect(metals.length).toBeGreaterThan(0);
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...entities),
        fc.option(fc.constantFrom(...metals), { nil: null }),
        fc.boolean(),
        fc.subarray([...EXPOSURE_KINDS], { minLength: 1 }),
        async (entity, metalId, reverse, kinds) => {
          const tests = await profiledWalk({ entityId: entity.id, label: entity.label, metalId, reverse, kinds });
          checked += tests.length;
          for (const t of tests) expect(t, JSON.stringify({ entity, metalId, reverse, kinds, t })).toSatisfy(withinBound);
        },
      ),
      { numRuns: 30, seed: 16 },
    );
    expect(checked).toBeGreaterThan(30);
  }, 300_000);
});
