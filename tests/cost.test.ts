/**
 * Query limits that bound the work, over HTTP: a request whose estimated cost exceeds the
 * budget is refused before anything runs (COST_LIMIT_EXCEEDED, no database round trip); the
 * actual answer is bounded by the result budget (RESULT_LIMIT_EXCEEDED); a large allowed
 * answer does not hold up small requests. The estimate itself: tests/unit/cost-estimate.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { useBundledApp } from './support/bundled-app.js';
import { scrape } from './support/metrics.js';
import { gql, startTestApp } from './support/server.js';

const app = useBundledApp();
const NEIGHBOURHOOD = 'neighbourhood(entityId: "country:CN", depth: 3, limit: 1000) { nodes { id name } edges { id source target } }';
const THIRTY_NEIGHBOURHOODS = `{ ${Array.from({ length: 30 }, (_, i) => `n${i}: ${NEIGHBOURHOOD}`).join(' ')} }`;
const DEEP_COUNTRIES = `{ countries(first: 100) { edges { node { name production { year item { name
  ... on Metal { producers { producer { name ... on Country { production { year tonnes: baseQuantity { value } } } } } } } } } } } }`;

/** Expects a 400 with the one error `code` and no data. */
function expectRefused(res: Awaited<ReturnType<typeof gql>>, code: string) {
  expect(res.status, JSON.stringify(res.errors)).toBe(400);
  expect(res.data).toBeUndefined();
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual([code]);
}

describe('over HTTP', () => {
  it("refuses aliases inside one introspection (__schema's types, 28 times), counted to just past the budget; GraphiQL's own is answered", async () => {
    const T =
      'fragment T on __Type { name fields { name type { name ofType { name ofType { name } } } args { name } } inputFields { name } enumValues { name } interfaces { name } possibleTypes { name } }';
    const res = await gql(app.url, `{ __schema { ${Array.from({ length: 28 }, (_, i) => `a${i}: types { ...T }`).join(' ')} } } ${T}`);
    expectRefused(res, 'COST_LIMIT_EXCEEDED');
    expect(res.errors![0].extensions).toMatchObject({ cost: 25_001, budget: 25_000 });
    const one = await gql(app.url, `{ __schema { types { ...T } } } ${T}`);
    expect(one.errors).toBeUndefined();
    expect((one.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(100);
  });

  it('refuses thirty aliases of a deep neighbourhood before any database read', async () => {
    const before = app.db.roundTrips;
    const res = await gql(app.url, THIRTY_NEIGHBOURHOODS);
    expectRefused(res, 'COST_LIMIT_EXCEEDED');
    expect(res.errors![0].extensions).toMatchObject({ cost: 180_000, budget: 25_000 });
    expect(res.errors![0].message).toMatch(/estimated cost 180000 exceeds the budget of 25000/);
    expect(app.db.roundTrips).toBe(before);
  });

  it("counts a neighbourhood's edges by edgeLimit: all 6,993 relationships among China's 1000 nearest nodes with their sources are refused, the default 1000 answered", async () => {
    const before = app.db.roundTrips;
    const all = await gql(app.url, '{ neighbourhood(entityId: "country:CN", depth: 3, limit: 1000, edgeLimit: 10000) { edges { id sources { id } } } }');
    expectRefused(all, 'COST_LIMIT_EXCEEDED');
    // 3 rings × 1000 visited + 1000 × (graph 1 + …) + 10000 × (edge 1 + 6 sources)
    expect(all.errors![0].extensions).toMatchObject({ cost: 3000 + 1000 + 70_000, budget: 25_000 });
    expect(all.errors![0].message).toMatch(/edgeLimit/);
    expect(app.db.roundTrips).toBe(before);
    const cut = await gql(app.url, '{ neighbourhood(entityId: "country:CN", depth: 3, limit: 1000) { edgeCount edgesTruncated edges { id sources { id } } } }');
    expect(cut.errors).toBeUndefined();
    expect(cut.data.neighbourhood.edges).toHaveLength(1000);
    expect(cut.data.neighbourhood.edgeCount).toBe(6993);
    expect(cut.data.neighbourhood.edgesTruncated).toBe(true);
  });

  it('counts an explicit null size as the default it stands for: refused like the same request with the default written out, literal or variable', async () => {
    const hubs = ['country:CN', 'country:RU', 'country:US', 'metal:gallium', 'country:AU'];
    const many = (l: string, e: string) =>
      `query${l.startsWith('$') ? '($l: Int, $e: Int)' : ''} { ${hubs
        .map(
          (id, i) =>
            `n${i}: neighbourhood(entityId: "${id}", depth: 3, limit: ${l}, edgeLimit: ${e}) { nodes { id sources { id } } edges { id sources { id } } }`,
        )
        .join(' ')} }`;
    const written = await gql(app.url, many('200', '1000'));
    expectRefused(written, 'COST_LIMIT_EXCEEDED');
    const before = app.db.roundTrips;
    for (const res of [await gql(app.url, many('null', 'null')), await gql(app.url, many('$l', '$e'), { l: null, e: null })]) {
      expectRefused(res, 'COST_LIMIT_EXCEEDED');
      expect(res.errors![0].extensions!.cost).toBe(written.errors![0].extensions!.cost);
    }
    const countries = (first: string) =>
      `{ a: countries(first: ${first}) { edges { node { id production { year sources { id } } } } } b: countries(first: ${first}) { edges { node { id production { year sources { id } } } } } }`;
    const nulls = await gql(app.url, countries('null'));
    expectRefused(nulls, 'COST_LIMIT_EXCEEDED');
    expect(nulls.errors?.[0]?.extensions?.cost).toBe((await gql(app.url, countries('20'))).errors?.[0]?.extensions?.cost);
    expect(app.db.roundTrips).toBe(before);
  });

  it('refuses the deep countries → production → producers → production selection', async () => {
    const res = await gql(app.url, DEEP_COUNTRIES);
    expectRefused(res, 'COST_LIMIT_EXCEEDED');
    expect(res.errors![0].extensions!.cost as number).toBeGreaterThan(1_000_000);
  });

  it("takes a heavy turn for one country's figures with their metals' producers (light when each list counted 20)", async () => {
    // 1 + 160 figures × (figure, metal + 70 producers × (figure, quantity)) = 22,721: over GRAPHQL_HEAVY_COST (5000), within the budget.
    const query = '{ node(id: "country:US") { ... on Country { production { item { ... on Metal { producers { quantity { value } } } } } } } }';
    const turns = async () => (await scrape(app.url)).value('kg_graphql_heavy_wait_seconds_count');
    const before = await turns();
    const res = await gql(app.url, query);
    expect(res.errors).toBeUndefined();
    const figures = res.data.node.production as Array<{ item: { producers?: unknown[] } }>;
    const held = figures.reduce((n, f) => n + 2 + 2 * (f.item.producers?.length ?? 0), 1);
    // The answer holds more than the 841 it was estimated at when each list counted 20, and no more than its estimate now.
    expect(held).toBeGreaterThan(841);
    expect(held).toBeLessThanOrEqual(22_721);
    expect(await turns()).toBe(before + 1);
    // A light request takes no turn.
    await gql(app.url, '{ node(id: "country:US") { id } }');
    expect(await turns()).toBe(before + 1);
  });

  it('reads sizes from variables', async () => {
    const q = 'query($n: Int) { companies(first: $n) { edges { node { relations(first: 500) { other { id } } } } } }';
    expectRefused(await gql(app.url, q, { n: 100 }), 'COST_LIMIT_EXCEEDED');
    const one = await gql(app.url, q, { n: 1 });
    expect(one.status).toBe(200);
    expect(one.data.companies.edges).toHaveLength(1);
  });

  it('counts a walk by the levels it walks, also when it shows no chain: 29 walks of 8 levels with first 0 are refused before any read', async () => {
    for (const field of [
      'dependencyChains(entityId: "country:US", maxDepth: 8, first: 0) { totalChains }',
      'exposure(entityId: "country:CN", maxDepth: 8, first: 0) { totalDependents }',
    ]) {
      const before = app.db.roundTrips;
      const res = await gql(app.url, `{ ${Array.from({ length: 29 }, (_, i) => `w${i}: ${field}`).join(' ')} }`);
      expectRefused(res, 'COST_LIMIT_EXCEEDED');
      expect(app.db.roundTrips).toBe(before);
    }
    // One such walk is answered.
    const one = await gql(app.url, '{ dependencyChains(entityId: "country:US", maxDepth: 8, first: 0) { totalChains } }');
    expect(one.status).toBe(200);
    expect(one.data.dependencyChains.totalChains).toBeGreaterThan(0);
  });

  it('refuses a null reaching a non-null argument through a nullable variable with a default, before anything runs: no field goes unestimated', async () => {
    // GraphQL lets `$t: String = "x"` fill `text: String!`; an explicit null then fails that field
    // alone at execution, and the estimate could not read it: the thirty neighbourhoods beside it ran.
    const cases: Array<[string, string, string]> = [
      ['String = "x"', 'search(text: $v) { score }', 'text'],
      ['ID = "company:erg"', 'node(id: $v) { id }', 'id'],
      ['ID = "company:erg"', 'dependencyChains(entityId: $v, first: 0) { totalChains }', 'entityId'],
      ['ID = "country:CN"', 'neighbourhood(entityId: $v) { nodeCount }', 'entityId'],
    ];
    for (const [type, field, argument] of cases) {
      const q = `query($v: ${type}) { f: ${field} ${Array.from({ length: 29 }, (_, i) => `n${i}: ${NEIGHBOURHOOD}`).join(' ')} }`;
      const before = app.db.roundTrips;
      const res = await gql(app.url, q, { v: null });
      expectRefused(res, 'BAD_USER_INPUT');
      expect(res.errors![0].extensions?.argument, field).toBe(argument);
      expect(res.errors![0].message, field).toMatch(new RegExp(`^Argument "${argument}" of non-null type .* must not be null`));
      expect(app.db.roundTrips, field).toBe(before);
    }
  });

  it('leaves variables that do not fit their types to execution: BAD_USER_INPUT, never an internal error', async () => {
    const q = `query($first: Int, $order: OrderDirection!, $id: ID!, $types: [RelationshipType!]) {
      companies(first: $first, orderBy: { field: NAME, direction: $order }) { totalCount }
      node(id: $id) { id ... on Entity { relations(types: $types, first: 1) { type } } } }`;
    const good = { first: 1, order: 'ASC', id: 'company:erg', types: null };
    const bad: Array<Record<string, unknown>> = [
      { order: 'SIDEWAYS' },
      { order: 3 },
      { first: 'ten' },
      { first: 1.5 },
      { first: 2 ** 40 },
      { id: null },
      { id: undefined },
      { types: ['NOT_A_TYPE'] },
      { types: ['operates'] },
      { order: null },
    ];
    expect((await gql(app.url, q, good)).errors).toBeUndefined();
    for (const change of bad) {
      const res = await gql(app.url, q, { ...good, ...change });
      expect(
        res.errors?.map((e) => e.extensions?.code),
        JSON.stringify(change),
      ).toEqual(['BAD_USER_INPUT']);
      expect(res.status).toBe(400);
    }
  });

  it('answers one deep neighbourhood (within the budget) in full', async () => {
    const res = await gql(app.url, `{ ${NEIGHBOURHOOD.replace('{ nodes', '{ nodeCount truncated nodes')} }`);
    expect(res.errors).toBeUndefined();
    const g = res.data.neighbourhood;
    const ids = new Set(g.nodes.map((n: { id: string }) => n.id));
    expect(g.nodes[0].id).toBe('country:CN');
    expect(ids.size).toBe(Math.min(1000, g.nodeCount));
    expect(g.truncated).toBe(g.nodeCount > 1000);
    expect(g.edges.length).toBeGreaterThan(0);
    expect(g.edges.every((e: { source: string; target: string }) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('bounds the actual answer by GRAPHQL_MAX_RESULT_ITEMS', async () => {
    // China's production edges (the estimate counts up to 160, the @listSize of Country.production): the result budget bounds the answer whatever the estimate.
    const [{ n }] = await app.db.read<{ n: number }>('MATCH (:Country {id: "country:CN"})-[r:PRODUCES]->() RETURN count(r) AS n');
    expect(n).toBeGreaterThan(20);
    const query = '{ node(id: "country:CN") { ... on Country { production { year } } } }';
    const tight = await startTestApp(app.db, { config: { GRAPHQL_MAX_RESULT_ITEMS: n - 1 } });
    const exact = await startTestApp(app.db, { config: { GRAPHQL_MAX_RESULT_ITEMS: n } });
    try {
      const over = await gql(tight.url, query);
      expectRefused(over, 'RESULT_LIMIT_EXCEEDED');
      expect(over.errors![0]).toMatchObject({ message: expect.stringMatching(new RegExp(`more than ${n - 1} objects`)), extensions: { limit: n - 1 } });
      const within = await gql(exact.url, query);
      expect(within.errors).toBeUndefined();
      expect(within.data.node.production).toHaveLength(n);
    } finally {
      await tight.stop();
      await exact.stop();
    }
  });

  it('answers small requests while a large allowed one is built', async () => {
    const large = `{ ${NEIGHBOURHOOD.replace('edges { id source target }', 'edges { id source target type label sharePct quantity { value unit } sources { id name } }')} }`;
    const started = performance.now();
    let largeDone = 0;
    const largeReq = gql(app.url, large).then((res) => {
      largeDone = performance.now();
      return res;
    });
    const small: Array<{ latency: number; at: number }> = [];
    await new Promise((r) => setTimeout(r, 20));
    while (!largeDone && small.length < 200) {
      const t = performance.now();
      const res = await gql(app.url, '{ __typename }');
      expect(res.data).toEqual({ __typename: 'Query' });
      small.push({ latency: performance.now() - t, at: performance.now() });
    }
    const res = await largeReq;
    expect(res.errors).toBeUndefined();
    const largeMs = largeDone - started;
    const during = small.filter((s) => s.at < largeDone);
    // Small requests kept being answered while the large one ran, typically in a small fraction
    // of its time (the median: on a busy machine any one request may wait for the CPU).
    expect(during.length).toBeGreaterThanOrEqual(3);
    const latencies = during.map((s) => s.latency).sort((a, b) => a - b);
    expect(latencies[Math.floor(latencies.length / 2)]).toBeLessThan(largeMs / 4);
  });
});
