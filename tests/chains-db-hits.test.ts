/**
 * What a dependency walk reads and how many round trips it takes (PROFILEd on the bundled graph).
 * A level's step test (the metal's test, the step rules; `chains/level`, in `chains/start` and
 * `chains/expand`) costs at most one db hit per relationship it turns away, and at most eight
 * per relationship it keeps (its retraction marks, role, end labels, the item it names). A
 * simple CASE over type(r) read the type once per WHEN it tried, so a country's LOCATED_IN
 * relationships cost eleven hits each before any was turned away. On this graph `chains/start`
 * (prepare and level 1 in one statement) reads no more than `chains/prepare` and a level 1 of
 * its own, and finds the same rows; a walk of L levels is L + 1 round trips with the details. Checked on the
 * exposure of the country with the most facilities for a metal, then over random entities,
 * metals, kinds and directions.
 */
import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { chainStatementName, type PlanNode } from '../bench/latency.js';
import { withSlots } from '../src/cypher.js';
import { chainResolvers } from '../src/graphql/chains/chains.js';
import { EXPOSURE_KINDS, type ExposureKind } from '../src/graphql/chains/steps.js';
import { type Prepared, startWalk, walkLevels } from '../src/graphql/chains/walk.js';
import type { Context } from '../src/graphql/core/context.js';
import { createContext } from '../src/graphql/core/context.js';
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

const withinBound = (t: StepTest) => t.hits <= t.rowsIn - t.kept + 8 * t.kept;

/** One PROFILEd statement of a walk: its name (`chainStatementName`), db hits and step tests. */
interface Profiled {
  name: string;
  hits: number;
  tests: StepTest[];
  rows: Record<string, unknown>[];
}

const planHits = (p: PlanNode): number => num(p.dbHits) + p.children.reduce((a, c) => a + planHits(c), 0);

/** A context whose reads are PROFILEd into `into`. */
function profilingContext(into: Profiled[]): Context {
  const read = async (query: string, params: Record<string, unknown>) => {
    const session = app.db.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const res = await session.run(`PROFILE ${query}`, params);
      const plan = res.summary.profile as unknown as PlanNode;
      const rows = res.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
      into.push({ name: chainStatementName(query), hits: planHits(plan), tests: stepTests(plan), rows });
      return rows;
    } finally {
      await session.close();
    }
  };
  return { db: { read } } as unknown as Context;
}

interface WalkArgs {
  entityId: string;
  label: Label;
  metalId: string | null;
  reverse: boolean;
  kinds: ExposureKind[];
}

/** A 4-level walk as the resolvers run it (`chains/start`, then `chains/expand` per further level), every statement PROFILEd. */
async function profiledWalk(args: WalkArgs): Promise<Profiled[]> {
  const into: Profiled[] = [];
  const ctx = profilingContext(into);
  const { entityId, label, metalId, reverse, kinds } = args;
  const prep = await startWalk(ctx, { entityId, label, metalId, metalLabel: 'Metal', countryIds: [], reverse, kinds, asOf: null });
  await walkLevels(ctx, {
    entity: prep.entity!,
    entityRef: prep.entityRef!,
    reverse,
    kinds,
    maxDepth: 4,
    first: prep,
    asOf: null,
    upstream: metalId ? prep.upstream : null,
    refs: prep.refs,
  });
  return into;
}

/** The same walk's first level the former way: `chains/prepare`, then level 1 as a `chains/expand` of its own, both PROFILEd. */
async function preparedFirstLevel(args: WalkArgs): Promise<Profiled[]> {
  const into: Profiled[] = [];
  const ctx = profilingContext(into);
  const { entityId, label, metalId, reverse, kinds } = args;
  const [prep] = (await ctx.db.read(withSlots('chains/prepare', { label, metalLabel: 'Metal' }), {
    entityId,
    label,
    metalId,
    metalLabel: 'Metal',
    countryIds: [],
  })) as Prepared[];
  await walkLevels(ctx, {
    entity: prep.entity!,
    entityRef: prep.entityRef!,
    reverse,
    kinds,
    maxDepth: 1,
    asOf: null,
    upstream: metalId ? prep.upstream : null,
    refs: prep.refs,
  });
  return into;
}

/** A level's row with its lists sorted (the order of `nodes` and `rels` is the database's). */
const levelOf = (row: Record<string, unknown>) =>
  Object.fromEntries(['edges', 'capped', 'nodes', 'rels'].map((k) => [k, [...((row[k] as unknown[]) ?? [])].map((x) => JSON.stringify(x)).sort()]));

/**
 * The fold of prepare into level 1 holds for one walk: `chains/start` returns what
 * `chains/prepare` does and the same level 1, for no more db hits than the two apart; the walk's
 * further statements are one `chains/expand` per level and every level's step test is bounded.
 */
async function checkWalk(args: WalkArgs): Promise<Profiled[]> {
  const walk = await profiledWalk(args);
  const [prepare, level1] = await preparedFirstLevel(args);
  const [start, ...further] = walk;
  const context = JSON.stringify({ args, start: start.hits, prepare: prepare.hits, level1: level1.hits });
  expect(start.name, context).toBe('chains/start');
  expect(further.every((p) => p.name === 'chains/expand')).toBe(true);
  expect(start.hits, context).toBeLessThanOrEqual(prepare.hits + level1.hits);
  const { edges, capped, nodes, rels, ...prepared } = start.rows[0];
  expect(prepared, context).toEqual(prepare.rows[0]);
  expect(levelOf(start.rows[0]), context).toEqual(levelOf(level1.rows[0]));
  for (const t of walk.flatMap((p) => p.tests)) expect(t, JSON.stringify({ args, t })).toSatisfy(withinBound);
  return walk;
}

describe('what a dependency walk reads', () => {
  it('folds prepare into level 1 on the exposure of the country with the most facilities, for a metal, and turns a hub away at one db hit per relationship', async () => {
    const [{ country, metal }] = await app.db.read<{ country: string; metal: string }>(
      `MATCH (c:Country)<-[:LOCATED_IN]-(f:Facility) WITH c, count(f) AS n ORDER BY n DESC, c.id LIMIT 1
       MATCH (m:Metal) WHERE EXISTS { (m)<-[:PRODUCES]-(:Facility) } WITH c, m ORDER BY m.id LIMIT 1
       RETURN c.id AS country, m.id AS metal`,
    );
    const walk = await checkWalk({ entityId: country, label: 'Country', metalId: metal, reverse: true, kinds: [...EXPOSURE_KINDS] });
    // Level 1 (in chains/start) reads the country's relationships of the step types and turns most of them away.
    const [level1] = walk[0].tests;
    expect(level1.rowsIn - level1.kept, JSON.stringify(level1)).toBeGreaterThanOrEqual(5);
    // Through the resolver: one round trip per level (the first with prepare) and one for the details.
    const before = app.db.roundTrips;
    const answer = await chainResolvers.Query.exposure(
      undefined,
      { entityId: country, metalId: metal, maxDepth: 4 },
      createContext(app.db, pino({ level: 'silent' })),
    );
    expect(answer.dependents.length).toBeGreaterThan(0);
    expect(app.db.roundTrips - before).toBe(walk.length + 1);
    expect(walk.length).toBeLessThanOrEqual(4);
  });

  it('folds prepare into level 1 and stays within one hit per relationship turned away and eight per relationship kept, for random walks', async () => {
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
          const walk = await checkWalk({ entityId: entity.id, label: entity.label, metalId, reverse, kinds });
          checked += walk.flatMap((p) => p.tests).length;
        },
      ),
      { numRuns: 30, seed: 16 },
    );
    expect(checked).toBeGreaterThan(30);
  }, 300_000);
});
