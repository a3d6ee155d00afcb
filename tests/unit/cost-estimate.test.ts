/**
 * The estimated cost of an operation (src/server/cost.ts): it counts objects, multiplied by
 * list sizes (first, limit, SDL defaults when unset) and traversal bounds (maxDepth,
 * maxLength, depth); introspection costs what its fullest answer holds. Exact figures and a property over random
 * bounds; and the result budget's count of objects (src/graphql/core/budget.ts).
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { getComplexity } from 'graphql-query-complexity';
import { describe, expect, it } from 'vitest';
import { objectsInLists, ResultBudget } from '../../src/graphql/core/budget.js';
import { typeDefs } from '../../src/graphql/core/typedefs.js';
import { costEstimator, documentInputs } from '../../src/server/cost.js';

// The graphql build that graphql-query-complexity loads (CommonJS, as Node resolves it); the
// test runner's own `import 'graphql'` may load the ESM build, whose classes differ.
const { buildASTSchema, getIntrospectionQuery, graphqlSync, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const schema = buildASTSchema(typeDefs);
const cost = (query: string, variables: Record<string, unknown> = {}, cap = Infinity) => {
  const document = parse(query);
  return getComplexity({ schema, query: document, variables, estimators: [costEstimator(20, schema, { ...documentInputs(document, null, variables), cap })] });
};
const GROUPS = 'groups(by: { field: "status" }) { key count entity { id } sums { value unit } sources { id } }';

const NEIGHBOURHOOD = 'neighbourhood(entityId: "country:CN", depth: 3, limit: 1000) { nodes { id name } edges { id source target } }';
const THIRTY_NEIGHBOURHOODS = `{ ${Array.from({ length: 30 }, (_, i) => `n${i}: ${NEIGHBOURHOOD}`).join(' ')} }`;
const DEEP_COUNTRIES =
  '{ countries(first: 100) { edges { node { production { item { ... on Metal { producers { producer { ... on Country { production { year } } } } } } } } } } }';

/** Objects in a value: every object and list item that is an object counts 1. */
const objects = (v: unknown): number =>
  Array.isArray(v)
    ? v.reduce((n: number, x) => n + objects(x), 0)
    : v && typeof v === 'object'
      ? 1 + Object.values(v).reduce((n: number, x) => n + objects(x), 0)
      : 0;

describe('the estimated cost', () => {
  it('counts objects, multiplied by list sizes: exact figures', () => {
    expect(cost('{ companies(first: 20) { totalCount } }')).toBe(20);
    // 10 × (connection 1 + edge 1 + node 1)
    expect(cost('{ companies(first: 10) { edges { node { id name } } } }')).toBe(30);
    // The SDL default (first: Int = 20) counts when unset.
    expect(cost('{ companies { edges { node { id } } } }')).toBe(60);
    // depth × limit nodes visited + limit × (graph 1 + node 1) + edgeLimit (default 1000) × edge 1
    expect(cost(`{ ${NEIGHBOURHOOD} }`)).toBe(3000 + 1000 * 2 + 1000);
    expect(cost(THIRTY_NEIGHBOURHOODS)).toBe(30 * 6000);
    // 200 partial paths × 6 levels walked + 20 chains × 6 hops × (result 1 + chain 1 + hop 1 + from 1 + 6 sources)
    expect(cost('{ dependencyChains(entityId: "company:erg") { chains { hops { from { id } sources { id } } } } }')).toBe(1200 + 120 * 10);
    // A walk costs its levels whatever it shows: first 0 still walks (for totalChains), so 29 walks of 8 levels pass no budget.
    // 200 × 8 levels + (first counted at least 1) × 8 hops × the result 1
    expect(cost('{ dependencyChains(entityId: "country:US", maxDepth: 8, first: 0) { totalChains } }')).toBe(1600 + 8);
    expect(cost('{ exposure(entityId: "country:CN", maxDepth: 8, first: 0) { totalDependents } }')).toBe(1600 + 8 * 5);
    // A path of n hops holds n + 1 nodes: first × (maxLength + 1) × (path 1 + node 1 + hop 1). One hop: 1 path, 2 nodes, 1 hop.
    expect(cost('{ paths(fromId: "company:erg", toId: "country:JP", first: 1, maxLength: 1) { nodes { id } hops { id } } }')).toBe(2 * 3);
    expect(cost('{ paths(fromId: "company:erg", toId: "country:JP", first: 50, maxLength: 6) { nodes { id } } }')).toBe(50 * 7 * 2);
    // A traversal's entity, metal, center or headquarteredIn is held once per answer: counted once, not per chain or node.
    const production = '... on Country { production { year } }';
    expect(cost(`{ exposure(entityId: "country:KZ") { totalDependents entity { ${production} } } }`)).toBe(
      cost('{ exposure(entityId: "country:KZ") { totalDependents } }') + 1 + 160,
    );
    expect(cost(`{ dependencyChains(entityId: "country:KZ", maxDepth: 8, first: 200) { totalChains entity { ${production} } } }`)).toBe(
      cost('{ dependencyChains(entityId: "country:KZ", maxDepth: 8, first: 200) { totalChains } }') + 1 + 160,
    );
    expect(cost(`{ neighbourhood(entityId: "country:KZ") { nodeCount center { ${production} } } }`)).toBe(
      cost('{ neighbourhood(entityId: "country:KZ") { nodeCount } }') + 1 + 160,
    );
    // …headquarteredIn once per id given (none when left out), with what each holds.
    const hq = (ids: string[], sel: string) => cost(`{ exposure(entityId: "metal:gallium", headquarteredIn: ${JSON.stringify(ids)}) { ${sel} } }`);
    expect(hq(['country:JP'], 'headquarteredIn { id }')).toBe(hq(['country:JP'], 'totalDependents') + 1);
    expect(hq(['country:JP', 'country:KR', 'country:US'], `headquarteredIn { ${production} }`)).toBe(
      hq(['country:JP', 'country:KR', 'country:US'], 'totalDependents') + 3 * (1 + 160),
    );
    expect(cost('{ exposure(entityId: "metal:gallium") { headquarteredIn { id } } }')).toBe(
      cost('{ exposure(entityId: "metal:gallium") { totalDependents } }'),
    );
    const walks = Array.from({ length: 29 }, (_, i) => `w${i}: dependencyChains(entityId: "country:US", maxDepth: 8, first: 0) { totalChains }`);
    expect(cost(`{ ${walks.join(' ')} }`)).toBe(29 * 1608);
    expect(29 * 1608).toBeGreaterThan(25_000);
    // A list without a size argument counts its @listSize per parent (Country.production 160, sources 6): 1 node + 160 × (edge 1 + 6 sources)
    expect(cost('{ node(id: "country:CN") { ... on Country { production { year sources { id } } } } }')).toBe(1 + 160 * 7);
    // …a curated relationship the data's most plus 2, at least 4: 1 node + 4 × (edge 1 + country 1)
    expect(cost('{ node(id: "company:erg") { ... on Company { headquarters { country { id } } } } }')).toBe(1 + 4 * 2);
    // …a group's sources every source of the graph (130): 1 group × (group 1 + 130 sources)
    expect(cost('{ facilities(first: 0) { groups(by: { field: "status" }, first: 1) { sources { id } } } }')).toBe(1 * (1 + 130));
    // …one without @listSize counts GRAPHQL_ASSUMED_LIST_SIZE (here 20): 1 extraction + 20 sentences
    expect(cost('{ extractArticle(input: { text: "x" }) { sentences { index } } }')).toBe(1 + 20);
    // Nested lists multiply per parent: 100 × (connection, edge, country + 160 × (figure, metal + 70 × (figure, producer + 160 figures)))
    expect(cost(DEEP_COUNTRIES)).toBe(100 * (3 + 160 * (2 + 70 * (2 + 160))));
  });

  it("sizes a neighbourhood's edges by edgeLimit, not by its nodes, through fragments too: exact figures", () => {
    const nb = (args: string, edges = 'edges { id sources { id } }') => `neighbourhood(entityId: "country:CN", depth: 1, ${args}) { nodes { id } ${edges} }`;
    // limit 60 visited + 60 × (graph 1 + node 1) + 300 × (edge 1 + 6 sources)
    const explorer = 60 + 60 * 2 + 300 * 7;
    expect(cost(`{ ${nb('limit: 60, edgeLimit: 300')} }`)).toBe(explorer);
    // A hub's 50 nearest nodes hold 2,411 relationships in the bundled data: all of them, with sources, are counted as such.
    expect(cost(`{ ${nb('limit: 50, edgeLimit: 2411')} }`)).toBe(50 + 50 * 2 + 2411 * 7);
    // The largest: 1000 nodes, 3 rings, 10000 edges with sources, over the default budget (25000).
    expect(cost(`{ ${nb('limit: 1000, edgeLimit: 10000').replace('depth: 1', 'depth: 3')} }`)).toBe(3000 + 1000 * 2 + 10000 * 7);
    // The same selection through a named or inline fragment, or twice under aliases, costs the same per edge.
    expect(cost(`{ ${nb('limit: 60, edgeLimit: 300', '...E')} } fragment E on Graph { edges { id sources { id } } }`)).toBe(explorer);
    expect(cost(`{ ${nb('limit: 60, edgeLimit: 300', '... on Graph { edges { id sources { id } } }')} }`)).toBe(explorer);
    expect(cost(`{ a: ${nb('limit: 60, edgeLimit: 300')} b: ${nb('limit: 60, edgeLimit: 300')} }`)).toBe(2 * explorer);
    // Edges selected twice (aliases) count twice; none selected cost nothing.
    expect(cost(`{ ${nb('limit: 60, edgeLimit: 300', 'edges { id } more: edges { id }')} }`)).toBe(60 + 60 * 2 + 300 * 2);
    expect(cost(`{ ${nb('limit: 60, edgeLimit: 300', '')} }`)).toBe(60 + 60 * 2);
  });

  it("costs a connection's groups once, whatever its page size: exact figures", () => {
    // 50 groups (the SDL default) × (group 1 + entity 1 + 10 sums + 130 sources)
    const groups = 50 * 142;
    expect(cost(`{ facilities(first: 0) { ${GROUPS} } }`)).toBe(groups);
    expect(cost(`{ facilities { ${GROUPS} } }`)).toBe(20 + groups);
    // 20 × (connection 1 + edge 1 + node 1), the groups once
    expect(cost(`{ facilities { edges { node { id } } ${GROUPS} } }`)).toBe(60 + groups);
    expect(cost(`{ facilities(first: 100) { ... on FacilityConnection { ${GROUPS} } } }`)).toBe(100 + groups);
    expect(cost(`{ facilities(first: 0) { groups(by: { field: "status" }, first: 500) { count } } }`)).toBe(500);
    // Through a named fragment, the groups count per edge (an over-estimate, never an under-estimate).
    expect(cost(`{ facilities(first: 2) { ...G } } fragment G on FacilityConnection { ${GROUPS} }`)).toBe(2 * (1 + groups));
    // Exposure kinds and the narrowing of dependents leave the walk's bounds as they are.
    const exposure = (extra: string) =>
      cost(`{ exposure(entityId: "facility:rudny-hbi-plant"${extra}) { kinds headquarteredIn { id } dependents { kinds chains { kinds hops { kind } } } } }`);
    // (the one country asked for is echoed in headquarteredIn: 1 more)
    expect(exposure(', kinds: [SUPPLY], dependentLabels: [Company], headquarteredIn: ["country:JP"]')).toBe(exposure('') + 1);
    expect(exposure(', kinds: [SUPPLY], dependentLabels: [Company]')).toBe(exposure(''));
  });

  it('counts a salient series by its years and a value chain by its stages and years: exact figures', () => {
    // 40 series (@listSize) × (series 1 + 5 yearly points × (point 1 + quantity 1 + 6 sources) + 6 sources)
    expect(cost('{ series(itemId: "metal:gallium") { statistic points { year quantity { value } sources { id } } sources { id } } }')).toBe(
      40 * (1 + 5 * 8 + 6),
    );
    // result 1 + item 1 + 4 stages × (stage 1 + measure 1 + 2 years × (year 1 + top producer 1) + change 1) + 6 sources
    expect(
      cost(
        '{ valueChainConcentration(itemId: "metal:aluminium") { item { id } stages { measure { id } years { topProducer { id } } change { hhi } } sources { id } } }',
      ),
    ).toBe(1 + 1 + 4 * 7 + 6);
  });

  it('counts an explicit null (literal or variable) as the default the resolver then applies, never as 1', () => {
    const nb = (l: string, e: string, d = '3') =>
      `{ neighbourhood(entityId: "country:CN", depth: ${d}, limit: ${l}, edgeLimit: ${e}) { nodes { id sources { id } } edges { id sources { id } } } }`;
    // The examples: limit and edgeLimit null are 200 and 1000, maxDepth and first null are 6 and 50, countries' first null is 20.
    expect(cost(nb('null', 'null'))).toBe(cost(nb('200', '1000')));
    expect(cost(nb('null', 'null', 'null'))).toBe(cost(nb('200', '1000', '1')));
    const exposure = (f: string, m: string) =>
      `{ exposure(entityId: "country:KZ", first: ${f}, maxDepth: ${m}) { dependents { chains { hops { id sources { id } } } } } }`;
    expect(cost(exposure('null', 'null'))).toBe(cost(exposure('50', '6')));
    const countries = (f: string) => `{ countries(first: ${f}) { edges { node { id production { year sources { id } } } } } }`;
    expect(cost(countries('null'))).toBe(cost(countries('20')));
    const vars =
      'query($l: Int, $e: Int) { neighbourhood(entityId: "country:CN", depth: 3, limit: $l, edgeLimit: $e) { nodes { id sources { id } } edges { id sources { id } } } }';
    expect(cost(vars, { l: null, e: null })).toBe(cost(nb('200', '1000')));
    // Property: over the bounded queries, null counts at least what the smallest value counts, and as the default where there is one.
    for (const [query, nMax, dMax] of BOUNDED) {
      expect(cost(query('null' as unknown as number, 1))).toBeGreaterThan(cost(query(1, 1)));
      expect(cost(query(1, 'null' as unknown as number))).toBeGreaterThanOrEqual(cost(query(1, 1)));
      expect(cost(query('null' as unknown as number, 'null' as unknown as number))).toBeLessThanOrEqual(cost(query(nMax, dMax)));
    }
  });

  it('reads variables like literals', () => {
    const q = 'query($n: Int, $d: Int) { neighbourhood(entityId: "country:CN", depth: $d, limit: $n) { nodes { id } } }';
    expect(cost(q, { n: 500, d: 2 })).toBe(cost('{ neighbourhood(entityId: "country:CN", depth: 2, limit: 500) { nodes { id } } }'));
  });

  it("costs introspection what its answer holds, nested selections and aliases inside it too: GraphiQL's light, the multiplied ones over the budget", () => {
    const full = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const held = (query: string, variables: Record<string, unknown> = {}) => {
      const answer = graphqlSync({ schema, source: query, variableValues: variables });
      expect(answer.errors, query).toBeUndefined();
      return objects(answer.data) - 1;
    };
    // Exactly what the answer holds: GraphiQL's, under GRAPHQL_HEAVY_COST (5000) and far under the budget (25000).
    expect(held(full)).toBeGreaterThan(1000);
    expect(cost(full)).toBe(held(full));
    expect(cost(full)).toBeLessThan(5000);
    expect(cost('{ __schema { queryType { name } } }')).toBe(2);
    // Thirty aliases of __schema, and 28 aliases of its types inside one __schema, are over the budget.
    const rootAliases = `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: __schema { types { name fields { name args { name } } } }`).join(' ')} }`;
    expect(cost(rootAliases)).toBe(held(rootAliases));
    expect(cost(rootAliases)).toBeGreaterThan(25_000);
    const fullType = full.slice(full.indexOf('fragment FullType'));
    const innerAliases = `{ __schema { ${Array.from({ length: 28 }, (_, i) => `a${i}: types { ...FullType }`).join(' ')} } } ${fullType}`;
    expect(cost(innerAliases)).toBe(held(innerAliases));
    expect(cost(innerAliases)).toBeGreaterThan(25_000);
    // Nested: each type's fields' types' fields (graphql-js refuses a third level of fields).
    const nested = '{ __schema { types { fields { type { fields { type { name } } } } } } }';
    expect(cost(nested)).toBe(held(nested));
    // Counting stops past the cap.
    expect(cost(innerAliases, {}, 25_000)).toBe(25_001);
    // Fields selected twice under one key merge, as in execution; includeDeprecated through a variable.
    expect(cost('{ __schema { types { name } types { fields { name } } } }')).toBe(held('{ __schema { types { fields { name } } } }'));
    const deprecated = 'query($d: Boolean) { __schema { types { fields(includeDeprecated: $d) { name } } } }';
    expect(cost(deprecated, { d: true })).toBe(held(deprecated, { d: true }));
    // …or through the variable's default, when it is not given; an explicit false is false.
    const byDefault = 'query($d: Boolean = true) { __schema { types { fields(includeDeprecated: $d) { name } } } }';
    expect(cost(byDefault)).toBe(held(byDefault));
    expect(cost(byDefault)).toBe(held(deprecated, { d: true }));
    expect(cost(byDefault, { d: false })).toBe(held(byDefault, { d: false }));
    expect(held(deprecated, { d: true })).toBeGreaterThan(held(deprecated, { d: false }));
    // __type(name:) holds that type's answer; an unknown name none.
    for (const name of Object.keys(schema.getTypeMap())) {
      const q = `query($n: String!) { __type(name: $n) { ...FullType } } ${fullType}`;
      expect(cost(q, { n: name }), name).toBe(held(q, { n: name }));
    }
    expect(cost('{ __type(name: "NoSuchType") { name } }')).toBe(0);
    // __typename costs nothing.
    expect(cost('{ __typename }')).toBe(0);
  });

  it('costs exactly what random introspection selections hold, with aliases and fragments (property)', () => {
    type T = import('graphql').GraphQLObjectType;
    const named = (t: unknown): T => {
      let x = t as { ofType?: unknown };
      while (x.ofType) x = x.ofType as { ofType?: unknown };
      return x as T;
    };
    let aliases = 0;
    const selection = (type: T, depth: number, pick: (n: number) => number): string => {
      const fields = Object.values(type.getFields());
      const parts: string[] = ['__typename'];
      const count = 1 + pick(3);
      for (let i = 0; i < count; i++) {
        const f = fields[pick(fields.length)];
        const inner = named(f.type);
        const alias = pick(3) === 0 ? `x${aliases++}: ` : '';
        if ('getFields' in inner && typeof inner.getFields === 'function') {
          if (depth === 0) continue;
          const body = selection(inner, depth - 1, pick);
          parts.push(pick(4) === 0 ? `${alias}${f.name} { ... on ${inner.name} { ${body} } }` : `${alias}${f.name} { ${body} }`);
        } else parts.push(`${alias}${f.name}`);
      }
      return parts.join(' ');
    };
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 200, maxLength: 200 }), fc.integer({ min: 1, max: 5 }), (seeds, depth) => {
        let k = 0;
        const pick = (n: number) => seeds[k++ % seeds.length] % n;
        const root = schema.getType('__Schema') as T;
        const query = `{ __schema { ${selection(root, depth, pick)} } }`;
        const answer = graphqlSync({ schema, source: query });
        // graphql-js refuses more than two nested levels of fields, interfaces, possibleTypes or inputFields before execution.
        fc.pre(!answer.errors?.every((e) => e.message === 'Maximum introspection depth exceeded'));
        expect(answer.errors, query).toBeUndefined();
        expect(cost(query), query).toBe(objects(answer.data) - 1);
      }),
      { numRuns: 300 },
    );
  });

  // Each query with its two bounds' largest values (the page size's, then the other's).
  const BOUNDED: [(n: number, d: number) => string, number, number][] = [
    [(n, d) => `{ neighbourhood(entityId: "country:CN", depth: ${d}, limit: ${n}) { nodes { id } } }`, 1000, 3],
    [(n, d) => `{ neighbourhood(entityId: "country:CN", limit: ${n}, edgeLimit: ${d}) { nodes { id } edges { id } } }`, 1000, 10000],
    [(n, d) => `{ dependencyChains(entityId: "company:erg", first: ${n}, maxDepth: ${d}) { chains { length } } }`, 200, 8],
    [(n, d) => `{ exposure(entityId: "country:KZ", first: ${n}, maxDepth: ${d}) { dependents { distance } } }`, 200, 8],
    [(n, d) => `{ paths(fromId: "company:erg", toId: "country:JP", first: ${n}, maxLength: ${d}) { length } }`, 200, 10],
    [(n, d) => `{ companies(first: ${n}) { edges { node { relations(first: ${d}) { other { id } } } } } }`, 100, 500],
    [(n, d) => `{ facilities(first: ${n}) { totalCount groups(by: { related: { type: LOCATED_IN } }, first: ${d}) { entity { id } count } } }`, 100, 500],
    [(n, d) => `{ search(text: "gallium", first: ${n}) { entity { ... on Metal { producers { producer { relations(first: ${d}) { type } } } } } } }`, 100, 500],
  ];

  it('grows with every list size and traversal bound within its range (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: BOUNDED.length - 1 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 500 }), (q, rawN, rawD) => {
        const [query, nMax, dMax] = BOUNDED[q];
        const n = 1 + (rawN % (nMax - 1));
        const d = 1 + (rawD % (dMax - 1));
        const base = cost(query(n, d));
        expect(cost(query(n + 1, d))).toBeGreaterThan(base);
        expect(cost(query(n, d + 1))).toBeGreaterThan(base);
      }),
      { numRuns: 200 },
    );
  });

  it('counts a size or bound beyond its range as the end of its range, so the resolver refuses it as BAD_USER_INPUT (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: BOUNDED.length - 1 }),
        fc.integer({ min: 1, max: 2_000_000_000 }),
        fc.integer({ min: 1, max: 2_000_000_000 }),
        (q, over1, over2) => {
          const [query, nMax, dMax] = BOUNDED[q];
          expect(cost(query(nMax + over1, dMax + over2))).toBe(cost(query(nMax, dMax)));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('the result budget', () => {
  it('counts the objects in lists, however deep', () => {
    expect(objectsInLists({ nodes: [{ id: 'a' }, { id: 'b', aliases: ['x', 'y'] }], edges: [{ sources: [{ id: 's' }] }] }, 6)).toBe(4);
    expect(objectsInLists([1, 'a', null], 6)).toBe(0);
  });

  it('throws RESULT_LIMIT_EXCEEDED past its limit, and before every later resolver', () => {
    const budget = new ResultBudget(3);
    expect(budget.charge([{}, {}])).toHaveLength(2);
    expect(() => budget.charge([{}, {}])).toThrow(/more than 3 objects/);
    expect(budget.exceeded).toBe(true);
    let thrown: unknown;
    try {
      budget.check();
    } catch (e) {
      thrown = e;
    }
    expect((thrown as { extensions?: unknown }).extensions).toEqual({ code: 'RESULT_LIMIT_EXCEEDED', limit: 3 });
  });
});
