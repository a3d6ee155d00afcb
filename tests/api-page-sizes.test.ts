/**
 * One rule for every page size (`first`, `limit`, a neighbourhood's `edgeLimit`), through /graphql over the bundled data: an
 * integer from 0 to the field's maximum; 0 answers an empty page whose counts are those of any
 * page; n answers the first n of the full list; below 0 or above the maximum is BAD_USER_INPUT
 * naming the argument. The cases cover every field of the schema with such an argument
 * (checked against the SDL, so a new list field without a case fails here).
 */
import fc from 'fast-check';
import { buildASTSchema, type GraphQLField, isInterfaceType, isObjectType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../src/graphql/core/typedefs.js';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

const app = useBundledApp();
const schema = buildASTSchema(typeDefs);

interface Case {
  /** The argument's name and the field's largest page. */
  arg: 'first' | 'limit' | 'edgeLimit';
  max: number;
  /** The query, with `$n: Int` as the page size. */
  query: string;
  /** The page's items (compared as JSON) and its counts (the same on every page). */
  items: (data: any) => unknown[];
  counts?: (data: any) => unknown;
}

const connection = (field: string): Case => ({
  arg: 'first',
  max: 100,
  query: `query ($n: Int) { ${field}(first: $n) { totalCount edges { node { id } } pageInfo { hasPreviousPage } } }`,
  items: (d) => d[field].edges,
  counts: (d) => [d[field].totalCount, d[field].pageInfo],
});

/** Root connections, from the SDL: every Query field whose type ends in Connection. */
const rootConnections = () =>
  Object.values(schema.getQueryType()!.getFields())
    .filter((f) => String(f.type).replace(/!$/, '').endsWith('Connection'))
    .map((f) => f.name);

const CASES: Record<string, Case> = {
  search: { arg: 'first', max: 100, query: `query ($n: Int) { search(text: "gallium", first: $n) { entity { id } score } }`, items: (d) => d.search },
  relations: {
    arg: 'first',
    max: 500,
    query: `query ($n: Int) { node(id: "country:CN") { ... on Country { relations(first: $n) { type direction other { id } key } } } }`,
    items: (d) => d.node.relations,
  },
  groups: {
    arg: 'first',
    max: 500,
    query: `query ($n: Int) { measures(first: 0) { totalCount groups(by: { related: { type: MEASURES } }, first: $n) { key count } } }`,
    items: (d) => d.measures.groups,
    counts: (d) => d.measures.totalCount,
  },
  dependencyChains: {
    arg: 'first',
    max: 200,
    query: `query ($n: Int) { dependencyChains(entityId: "company:mitsubishi-corporation", maxDepth: 4, first: $n) { totalChains truncated chains { terminal { id } length relevance } } }`,
    items: (d) => d.dependencyChains.chains,
    counts: (d) => [d.dependencyChains.totalChains, d.dependencyChains.truncated],
  },
  exposure: {
    arg: 'first',
    max: 200,
    query: `query ($n: Int) { exposure(entityId: "country:KZ", maxDepth: 3, first: $n) { totalDependents truncated dependents { dependent { id } distance } } }`,
    items: (d) => d.exposure.dependents,
    counts: (d) => [d.exposure.totalDependents, d.exposure.truncated],
  },
  paths: {
    arg: 'first',
    max: 200,
    query: `query ($n: Int) { paths(fromId: "company:mitsubishi-corporation", toId: "country:CN", first: $n) { length nodes { id } } }`,
    items: (d) => d.paths,
  },
  neighbourhood: {
    arg: 'limit',
    max: 1000,
    query: `query ($n: Int) { neighbourhood(entityId: "country:KZ", depth: 2, limit: $n) { center { id } nodeCount truncated nodes { id } } }`,
    items: (d) => d.neighbourhood.nodes,
    // nodeCount counts what the walk reached, and the walk expands at most `limit` nodes of each ring.
    counts: (d) => [d.neighbourhood.center, d.neighbourhood.truncated || d.neighbourhood.nodeCount === d.neighbourhood.nodes.length],
  },
  'neighbourhood edgeLimit': {
    arg: 'edgeLimit',
    max: 10000,
    query: `query ($n: Int) { neighbourhood(entityId: "country:KZ", depth: 2, limit: 300, edgeLimit: $n) { edgeCount nodes { id } edges { id } } }`,
    items: (d) => d.neighbourhood.edges,
    counts: (d) => [d.neighbourhood.edgeCount, d.neighbourhood.nodes],
  },
};
for (const field of rootConnections()) CASES[field] = connection(field);

/** The arguments that size a page or list. */
const PAGE_SIZES = ['first', 'limit', 'edgeLimit'];

/** The case serving a field's page size: root connections by name, `relations` and `groups` wherever they appear; a second size after the name. */
const caseOf = (type: string, field: GraphQLField<unknown, unknown>, arg: string) =>
  (type === 'Query' ? field.name : field.name === 'relations' || field.name === 'groups' ? field.name : `${type}.${field.name}`) +
  (arg === 'first' || arg === 'limit' ? '' : ` ${arg}`);

const run = (c: Case, n: number | null) => gql(app.url, c.query, { n });

const full: Record<string, { items: unknown[]; counts: unknown }> = {};
beforeAll(async () => {
  for (const [name, c] of Object.entries(CASES)) {
    const res = await run(c, c.max);
    expect(res.errors, name).toBeUndefined();
    full[name] = { items: c.items(res.data), counts: c.counts?.(res.data) };
  }
});

describe('page sizes', () => {
  it('a case for every field of the schema with a first, limit or edgeLimit argument', () => {
    const fields = Object.values(schema.getTypeMap())
      .filter((t) => (isObjectType(t) || isInterfaceType(t)) && !t.name.startsWith('__'))
      .flatMap((t) =>
        Object.values((t as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()).flatMap((f) =>
          f.args.filter((a) => PAGE_SIZES.includes(a.name)).map((a) => caseOf(t.name, f, a.name)),
        ),
      );
    expect(fields.length).toBeGreaterThan(40);
    expect([...new Set(fields)].filter((f) => !(f in CASES))).toEqual([]);
  });

  it('0 gives an empty page with the counts of the full one (dependencyChains and neighbourhood included)', async () => {
    for (const [name, c] of Object.entries(CASES)) {
      const res = await run(c, 0);
      expect(res.errors, name).toBeUndefined();
      expect(c.items(res.data), name).toEqual([]);
      expect(c.counts?.(res.data), name).toEqual(full[name].counts);
    }
    // The example, and what the counts say at 0.
    const chains = await run(CASES.dependencyChains, 0);
    expect(chains.data.dependencyChains.totalChains).toBeGreaterThan(0);
    const ring = await run(CASES.neighbourhood, 0);
    expect(ring.data.neighbourhood).toMatchObject({ center: { id: 'country:KZ' }, nodes: [] });
    // At 0 no ring is expanded: the entity and its direct neighbours were reached, all cut.
    const direct = await gql(app.url, '{ neighbourhood(entityId: "country:KZ", depth: 1, limit: 1000) { nodeCount truncated } }');
    expect(direct.data.neighbourhood.truncated).toBe(false);
    expect(ring.data.neighbourhood).toMatchObject({ nodeCount: direct.data.neighbourhood.nodeCount, truncated: true });
  });

  it('property: n in range answers the first n of the full list; out of range is BAD_USER_INPUT naming the argument', async () => {
    const names = Object.keys(CASES);
    const size = fc
      .constantFrom(...names)
      .chain((name) =>
        fc.tuple(
          fc.constant(name),
          fc.oneof(
            fc.integer({ min: 0, max: CASES[name].max }),
            fc.integer({ min: -1_000_000, max: -1 }),
            fc.integer({ min: CASES[name].max + 1, max: 2_000_000_000 }),
          ),
        ),
      );
    await fc.assert(
      fc.asyncProperty(size, async ([name, n]) => {
        const c = CASES[name];
        const res = await run(c, n);
        if (n < 0 || n > c.max) {
          expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: c.arg });
          expect(res.errors?.[0]?.message).toBe(`${c.arg} must be an integer from 0 to ${c.max} (got ${n})`);
          return;
        }
        expect(res.errors).toBeUndefined();
        expect(c.items(res.data)).toEqual(full[name].items.slice(0, n));
        expect(c.counts?.(res.data)).toEqual(full[name].counts);
      }),
      { numRuns: 120 },
    );
  });

  it('property: paging by endCursor with any page sizes, 0 included, reads every root connection in order; an empty page keeps the position', async () => {
    const pageOf = (field: string, n: number, after: string | null) =>
      gql(
        app.url,
        `query ($n: Int, $after: String) { ${field}(first: $n, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
        { n, after },
      );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...rootConnections()),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 12 }),
        async (field, sizes) => {
          const all = (full[field].items as Array<{ node: { id: string } }>).map((e) => e.node.id);
          const [total] = full[field].counts as [number];
          const read: string[] = [];
          let after: string | null = null;
          for (const n of sizes) {
            const res = await pageOf(field, n, after);
            expect(res.errors).toBeUndefined();
            const { edges, pageInfo } = res.data[field];
            read.push(...edges.map((e: { node: { id: string } }) => e.node.id));
            expect(pageInfo.hasNextPage).toBe(read.length < total);
            expect(pageInfo.hasPreviousPage).toBe(after !== null);
            if (edges.length === 0) expect([pageInfo.startCursor, pageInfo.endCursor]).toEqual([after, after]);
            else expect([pageInfo.startCursor, pageInfo.endCursor]).toEqual([edges[0].cursor, edges.at(-1).cursor]);
            if (!pageInfo.hasNextPage) break;
            after = pageInfo.endCursor;
          }
          expect(read).toEqual(all.slice(0, read.length));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('first: 0 answers the position asked from: no cursor without after, the after passed with one', async () => {
    const q = 'query ($after: String) { metals(first: 0, after: $after) { edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }';
    expect((await gql(app.url, q)).data.metals).toEqual({
      edges: [],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
    const two = await gql(app.url, '{ metals(first: 2) { pageInfo { endCursor } } }');
    const after = two.data.metals.pageInfo.endCursor;
    expect((await gql(app.url, q, { after })).data.metals).toEqual({
      edges: [],
      pageInfo: { hasNextPage: true, hasPreviousPage: true, startCursor: after, endCursor: after },
    });
  });
});
