/**
 * The cost estimate against the bundled graph (src/server/cost.ts, `@listSize` in schema/):
 * - every `@listSize(assumedSize:)` of an entity's list, and of the `sources` of what it holds,
 *   is at least the most items any one entity of the bundled data has there;
 * - property: for queries generated over the schema (random roots, page sizes and nested
 *   lists, through interfaces; and the traversals from hubs with random bounds: a
 *   neighbourhood's `edges` once counted 2 per node where a hub's nodes hold up to 78), the
 *   estimated cost is at least the number of objects the answer holds (counted in the
 *   response), or at least GRAPHQL_MAX_RESULT_ITEMS when the answer is refused as
 *   RESULT_LIMIT_EXCEEDED;
 * - the example: the nested countries → production → producers → production query is heavy
 *   and over the budget (before, each list counted 20 and the answer held far more).
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { getComplexity } from 'graphql-query-complexity';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../src/graphql/core/typedefs.js';
import { costEstimator } from '../src/server/cost.js';
import { useBundledApp } from './support/bundled-app.js';
import { ROOT_CONNECTIONS } from './support/roots.js';
import { type GqlResponse, gql } from './support/server.js';

const g = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const schema = g.buildASTSchema(typeDefs);
const ASSUMED = 20;
const MAX_ITEMS = 50_000;
const estimate = (query: string) => getComplexity({ schema, query: g.parse(query), variables: {}, estimators: [costEstimator(ASSUMED, schema)] });
const app = useBundledApp({ config: { GRAPHQL_MAX_COST: 1e12, GRAPHQL_HEAVY_COST: 1e12, GRAPHQL_MAX_RESULT_ITEMS: MAX_ITEMS } });

/** The `assumedSize` of a field's @listSize, if it has one. */
function declared(field: import('graphql').GraphQLField<unknown, unknown>): number | undefined {
  const arg = field.astNode?.directives?.find((d) => d.name.value === 'listSize')?.arguments?.[0];
  return arg?.value.kind === 'IntValue' ? Number(arg.value.value) : undefined;
}
const objectType = (name: string) => schema.getType(name) as import('graphql').GraphQLObjectType;
const listOf = (f: import('graphql').GraphQLField<unknown, unknown>) => g.isListType(g.getNullableType(f.type));
const itemType = (f: import('graphql').GraphQLField<unknown, unknown>) => g.getNamedType(f.type);
/** Fields a generated query may ask for without arguments (their arguments all optional). */
const askable = (f: import('graphql').GraphQLField<unknown, unknown>) => f.args.every((a) => !g.isNonNullType(a.type) || a.defaultValue !== undefined);

/** The root connection of each entity type but Source (its lists are checked through the entities citing it). */
const ROOTS: Record<string, string> = Object.fromEntries(Object.entries(ROOT_CONNECTIONS).filter(([t]) => t !== 'Source'));

/** Every object in `value`, itself included (lists are not objects). */
function objects(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + objects(v), 0);
  if (value && typeof value === 'object') return 1 + Object.values(value).reduce((n: number, v) => n + objects(v), 0);
  return 0;
}

describe('@listSize against the bundled data', () => {
  it("every entity list's assumedSize, and its items' sources, hold the most any one entity has", async () => {
    const checked: string[] = [];
    const beyond: string[] = [];
    for (const [typeName, root] of Object.entries(ROOTS)) {
      const fields = Object.values(objectType(typeName).getFields()).filter((f) => listOf(f) && declared(f) !== undefined && askable(f));
      const sel = fields
        .map((f) => {
          const item = itemType(f);
          const sources = g.isObjectType(item) && item.getFields().sources ? ' sources { id }' : '';
          return `${f.name} { __typename${sources} }`;
        })
        .join(' ');
      let after: string | null = null;
      const most = new Map<string, number>();
      do {
        const res: GqlResponse = await gql(
          app.url,
          `query($after: String) { ${root}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${sel} } } } }`,
          { after },
        );
        expect(res.errors, `${typeName}: ${JSON.stringify(res.errors)}`).toBeUndefined();
        const page = res.data[root];
        for (const { node } of page.edges) {
          for (const f of fields) {
            const items = node[f.name] as Array<{ sources?: unknown[] }>;
            most.set(`${typeName}.${f.name}`, Math.max(most.get(`${typeName}.${f.name}`) ?? 0, items.length));
            for (const it of items)
              if (it.sources) most.set(`${typeName}.${f.name}.sources`, Math.max(most.get(`${typeName}.${f.name}.sources`) ?? 0, it.sources.length));
          }
        }
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      for (const f of fields) {
        const key = `${typeName}.${f.name}`;
        if ((most.get(key) ?? 0) > declared(f)!) beyond.push(`${key}: ${most.get(key)} > ${declared(f)}`);
        const item = itemType(f);
        const sources = g.isObjectType(item) ? item.getFields().sources : undefined;
        if (sources && (most.get(`${key}.sources`) ?? 0) > declared(sources)!)
          beyond.push(`${key}[].sources: ${most.get(`${key}.sources`)} > ${declared(sources)}`);
        checked.push(key);
      }
    }
    expect(beyond).toEqual([]);
    // The hubs are among those checked.
    expect(checked).toEqual(expect.arrayContaining(['Country.production', 'Country.importsFrom', 'Metal.producers', 'Product.producers', 'Facility.sources']));
  }, 900_000);

  it("a group's sources: its assumedSize holds every source of the graph, since one group can hold them all; the answer within the estimate", async () => {
    const [{ n }] = await app.db.read<{ n: number }>('MATCH (s:Source) WHERE s.retractedAt IS NULL RETURN count(s) AS n');
    expect(declared(objectType('Group').getFields().sources)).toBeGreaterThanOrEqual(n);
    for (const [list, field] of [
      ['sources', 'publisher'],
      ['measures', 'unit'],
      ['companies', 'status'],
    ]) {
      const query = `{ ${list}(first: 0) { groups(by: { field: "${field}" }, first: 3) { key sources { id } } } }`;
      const res = await gql(app.url, query);
      expect(res.errors, query).toBeUndefined();
      expect(estimate(query), query).toBeGreaterThanOrEqual(objects(res.data) - 1);
    }
  });

  it("the analytics' lists: import reliance and its sources, export controls, each item's salient series", async () => {
    const query = objectType('Query').getFields();
    const size = (type: string, field: string) => declared(objectType(type).getFields()[field])!;
    const reliance = await gql(app.url, '{ importReliance { importSources { __typename } sources { id } } exportControls { restricts { __typename } } }');
    expect(reliance.errors).toBeUndefined();
    expect(reliance.data.importReliance.length).toBeLessThanOrEqual(declared(query.importReliance)!);
    for (const r of reliance.data.importReliance) expect(r.importSources.length).toBeLessThanOrEqual(size('ImportReliance', 'importSources'));
    expect(reliance.data.exportControls.length).toBeLessThanOrEqual(declared(query.exportControls)!);
    for (const c of reliance.data.exportControls) expect(c.restricts.length).toBeLessThanOrEqual(size('ExportControl', 'restricts'));
    const items = await gql(app.url, '{ metals(first: 100) { edges { node { id } } } products(first: 100) { edges { node { id } } } }');
    const ids: string[] = [...items.data.metals.edges, ...items.data.products.edges].map((e: { node: { id: string } }) => e.node.id);
    let most = 0;
    for (let i = 0; i < ids.length; i += 25) {
      const batch = ids.slice(i, i + 25);
      const res = await gql(app.url, `{ ${batch.map((id, j) => `s${j}: series(itemId: "${id}") { statistic }`).join(' ')} }`);
      for (const j of batch.keys()) most = Math.max(most, res.data[`s${j}`]?.length ?? 0);
    }
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(declared(query.series)!);
  });
});

/** A random generator's choices, from a seed (mulberry32). */
function chooser(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return { int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}

/** A random selection on `typeName`: `__typename`, and up to two object fields (lists among them), `depth` levels deep. */
function selection(typeName: string, depth: number, c: ReturnType<typeof chooser>): string {
  const type = schema.getType(typeName)!;
  if (g.isAbstractType(type)) {
    const impls = schema.getPossibleTypes(type).filter((t) => ROOTS[t.name] || t.name === 'Source');
    const chosen = [c.pick(impls), c.pick(impls)];
    return `__typename ${[...new Set(chosen)].map((t) => `... on ${t.name} { ${selection(t.name, depth, c)} }`).join(' ')}`;
  }
  if (depth === 0 || !g.isObjectType(type)) return '__typename';
  const fields = Object.values(type.getFields()).filter((f) => g.isCompositeType(itemType(f)) && askable(f) && !f.name.startsWith('relations'));
  const chosen = new Set([c.pick(fields), c.pick(fields)].filter(Boolean));
  return `__typename ${[...chosen].map((f) => `${f.name} { ${selection(itemType(f).name, depth - 1, c)} }`).join(' ')}`;
}

/**
 * Asks `head` + a random selection on `type` (`depth` levels, from `seed`) + `tail`, and expects
 * no error but RESULT_LIMIT_EXCEEDED, and an estimate of at least the objects the answer holds
 * (at least GRAPHQL_MAX_RESULT_ITEMS when the answer was refused for holding more).
 */
async function estimateHolds({ type, head, tail }: { type: string; head: string; tail: string }, depth: number, seed: number) {
  const query = `{ ${head}${selection(type, depth, chooser(seed))}${tail} }`;
  const res = await gql(app.url, query);
  const codes = (res.errors ?? []).map((e) => e.extensions?.code);
  expect(
    codes.filter((c) => c !== 'RESULT_LIMIT_EXCEEDED'),
    query,
  ).toEqual([]);
  const held = codes.length ? MAX_ITEMS : objects(res.data) - 1;
  expect(estimate(query), query).toBeGreaterThanOrEqual(held);
}

describe('the estimate against the answer', () => {
  it("the deep countries → production → producers → production query is over the budget; one country's figures with their producers is heavy and at least its answer", async () => {
    const deep =
      '{ countries(first: 100) { edges { node { production { item { ... on Metal { producers { producer { ... on Country { production { year } } } } } } } } } } }';
    expect(estimate(deep)).toBe(100 * (3 + 160 * (2 + 70 * (2 + 160))));
    // One country's figures and their metals' producers: heavy (GRAPHQL_HEAVY_COST 5000), and at least what the answer holds.
    const one = '{ node(id: "country:US") { ... on Country { production { item { ... on Metal { producers { quantity { value } } } } } } } }';
    expect(estimate(one)).toBe(1 + 160 * (2 + 70 * 2));
    const res = await gql(app.url, one);
    expect(res.errors).toBeUndefined();
    // More than the 841 counted when each list counted 20 (1 + 20 × (2 + 20 × 2)), within the estimate.
    expect(objects(res.data) - 1).toBeGreaterThan(841);
    expect(estimate(one)).toBeGreaterThanOrEqual(objects(res.data) - 1);
  });

  it('property: the estimated cost is at least the objects the answer holds, over generated queries', async () => {
    const roots = fc.oneof(
      fc
        .record({ root: fc.constantFrom(...Object.entries(ROOTS)), first: fc.integer({ min: 0, max: 12 }) })
        .map(({ root: [type, field], first }) => ({ type, head: `${field}(first: ${first}) { __typename edges { __typename node { `, tail: ' } } }' })),
      fc
        .constantFrom('country:US', 'country:CN', 'metal:gallium', 'metal:aluminium', 'product:bauxite', 'company:erg', 'facility:rudny-hbi-plant')
        .map((id) => ({
          type: 'Node',
          head: `node(id: "${id}") { `,
          tail: ' }',
        })),
    );
    await fc.assert(
      fc.asyncProperty(roots, fc.integer({ min: 1, max: 3 }), fc.integer(), (root, depth, seed) => estimateHolds(root, depth, seed)),
      { numRuns: 15 },
    );
  }, 900_000);

  it("a hub's neighbourhood edges: the estimate holds what the answer holds, at every depth and node limit, up to every relationship among 1000 nodes", async () => {
    for (const id of ['country:CN', 'country:RU', 'country:US', 'metal:gallium']) {
      for (const [depth, limit, edgeLimit] of [
        [1, 50, 1000],
        [1, 60, 10000],
        [2, 200, 10000],
        [3, 1000, 10000],
      ]) {
        const query = `{ neighbourhood(entityId: "${id}", depth: ${depth}, limit: ${limit}, edgeLimit: ${edgeLimit}) { edges { __typename sources { __typename } } } }`;
        const res = await gql(app.url, query);
        expect(res.errors, query).toBeUndefined();
        expect(estimate(query), query).toBeGreaterThanOrEqual(objects(res.data) - 1);
      }
    }
  });

  it('paths between hubs, at every maxLength: the estimate holds the path, its n + 1 nodes and its n hops', async () => {
    const pairs = [
      ['company:erg', 'company:mitsubishi-corporation'],
      ['company:erg', 'country:KZ'],
      ['company:mitsubishi-corporation', 'metal:gallium'],
    ];
    let held = 0;
    for (const [from, to] of pairs) {
      for (const [first, maxLength] of [1, 200].flatMap((f) => [1, 2, 3, 4].map((l) => [f, l]))) {
        const query = `{ paths(fromId: "${from}", toId: "${to}", first: ${first}, maxLength: ${maxLength}) { __typename nodes { __typename } hops { __typename from { __typename } } } }`;
        const res = await gql(app.url, query);
        expect(res.errors, query).toBeUndefined();
        held = Math.max(held, objects(res.data) - 1);
        expect(estimate(query), query).toBeGreaterThanOrEqual(objects(res.data) - 1);
      }
    }
    // ERG and Mitsubishi Corporation are one hop apart (the gallium offtake): 1 path, 2 nodes, 1 hop and its from.
    const one = await gql(app.url, '{ paths(fromId: "company:erg", toId: "company:mitsubishi-corporation", maxLength: 1) { nodes { id } } }');
    expect((one.data as { paths: { nodes: unknown[] }[] }).paths[0].nodes).toHaveLength(2);
    expect(held).toBeGreaterThan(4);
  });

  it('property: the same over the traversals (neighbourhood, dependencyChains, exposure, paths) from hubs, with random bounds', async () => {
    const HUBS = ['country:CN', 'country:RU', 'country:US', 'metal:gallium', 'company:erg', 'company:mitsubishi-corporation', 'facility:rudny-hbi-plant'];
    const hub = fc.constantFrom(...HUBS);
    const small = (max: number) => fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constant(max));
    const traversals = fc.oneof(
      fc.tuple(hub, fc.integer({ min: 1, max: 3 }), small(1000), small(10000)).map(([id, depth, limit, edgeLimit]) => ({
        type: 'Graph',
        head: `neighbourhood(entityId: "${id}", depth: ${depth}, limit: ${limit}, edgeLimit: ${edgeLimit}) { `,
        tail: ' }',
      })),
      fc.tuple(hub, small(200), fc.integer({ min: 1, max: 8 })).map(([id, first, maxDepth]) => ({
        type: 'DependencyChainResult',
        head: `dependencyChains(entityId: "${id}", first: ${first}, maxDepth: ${maxDepth}) { `,
        tail: ' }',
      })),
      fc.tuple(hub, small(200), fc.integer({ min: 1, max: 8 })).map(([id, first, maxDepth]) => ({
        type: 'ExposureResult',
        head: `exposure(entityId: "${id}", first: ${first}, maxDepth: ${maxDepth}) { `,
        tail: ' }',
      })),
      fc
        .tuple(hub, hub, small(200), fc.integer({ min: 1, max: 10 }))
        .filter(([a, b]) => a !== b)
        .map(([from, to, first, maxLength]) => ({
          type: 'Path',
          head: `paths(fromId: "${from}", toId: "${to}", first: ${first}, maxLength: ${maxLength}) { `,
          tail: ' }',
        })),
    );
    await fc.assert(
      fc.asyncProperty(traversals, fc.integer({ min: 1, max: 4 }), fc.integer(), (root, depth, seed) => estimateHolds(root, depth, seed)),
      { numRuns: 25 },
    );
  }, 900_000);
});
