/**
 * The result budget counts what the answer holds (src/graphql/core/budget.ts): over random
 * rows and random selections of a small schema, the objects charged equal the objects in the
 * lists of the executed answer, whatever the rows hold besides, and fields with their own
 * resolver are counted once; one parsed document run again with other variables counts each
 * answer (a selection's plan serves one execution).
 */
import fc from 'fast-check';
import { buildSchema, type DocumentNode, execute, type GraphQLObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { objectsInLists, ResultBudget, withResultBudget } from '../../src/graphql/core/budget.js';

const schema = buildSchema(`
  type Query { graph(n: Int!): Graph }
  type Graph { nodeCount: Int!  nodes: [Node!]!  edges: [Edge!]!  center: Node }
  type Node { id: ID!  tags: [Tag!]!  aliases: [String!]! }
  type Tag { name: String! }
  type Edge { id: ID!  sources: [Tag!]! }
`);

/** A row as a database returns it: every list filled, whatever the operation selects. */
const row = (n: number) => {
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, tags: Array.from({ length: i % 3 }, (_, j) => ({ name: `t${j}` })), aliases: ['a'] }));
  return { nodeCount: n, nodes, center: nodes[0] ?? null, edges: Array.from({ length: 2 * n }, (_, i) => ({ id: `e${i}`, sourceIds: [i, i + 1] })) };
};

const resolvers = withResultBudget({
  Query: { graph: (_: unknown, { n }: { n: number }) => row(n) },
  Edge: { sources: (e: { sourceIds: number[] }) => e.sourceIds.map((s) => ({ name: `s${s}` })) },
});
for (const [type, fields] of Object.entries(resolvers)) {
  const t = schema.getType(type) as GraphQLObjectType;
  for (const [name, resolve] of Object.entries(fields)) t.getFields()[name].resolve = resolve as never;
}

const SELECTIONS = [
  'nodeCount',
  'nodes { id }',
  'nodes { id tags { name } aliases }',
  'edges { id }',
  'edges { sources { name } }',
  'center { tags { name } }',
];

async function run(query: string | DocumentNode, variableValues?: Record<string, unknown>) {
  const budget = new ResultBudget(Number.POSITIVE_INFINITY);
  const res = await execute({ schema, document: typeof query === 'string' ? parse(query) : query, variableValues, contextValue: { budget } });
  expect(res.errors).toBeUndefined();
  return { items: budget.items, data: res.data };
}

describe('the result budget', () => {
  it('counts only what the selection holds: a count alone is no object', async () => {
    expect((await run('{ graph(n: 300) { nodeCount } }')).items).toBe(0);
    expect((await run('{ graph(n: 300) { nodes { id } } }')).items).toBe(300);
    // 600 edges, and their 2 sources each, charged by their own resolver.
    expect((await run('{ graph(n: 300) { edges { sources { name } } } }')).items).toBe(600 + 1200);
  });

  it('plans a selection once per execution: one parsed document run with other variables counts its own answer', async () => {
    // As the service runs it: one parsed document per query text, executed again and again.
    const document = parse(
      'query($tags: Boolean!, $n: Int!) { graph(n: $n) { nodes { id tags @include(if: $tags) { name } } center { ...T } } } fragment T on Node { tags @skip(if: $tags) { name } }',
    );
    // 30 nodes; node i holds i % 3 tags (30 in all); the center (node 0) none.
    expect((await run(document, { tags: true, n: 30 })).items).toBe(30 + 30);
    expect((await run(document, { tags: false, n: 30 })).items).toBe(30);
    expect((await run(document, { tags: true, n: 31 })).items).toBe(31 + 30);
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.integer({ min: 0, max: 40 }), async (tags, n) => {
        const { items, data } = await run(document, { tags, n });
        expect(items).toBe(objectsInLists(JSON.parse(JSON.stringify(data)), 10));
      }),
      { numRuns: 60 },
    );
  });

  it('equals the objects in the answer over random rows and selections', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 40 }), fc.subarray(SELECTIONS, { minLength: 1 }), fc.boolean(), async (n, fields, alias) => {
        const sel = fields.join(' ');
        const query = alias ? `{ a: graph(n: ${n}) { ${sel} } b: graph(n: ${n}) { ${sel} } }` : `{ graph(n: ${n}) { ${sel} } }`;
        const { items, data } = await run(query);
        expect(items).toBe(objectsInLists(JSON.parse(JSON.stringify(data)), 10)); // execute answers null-prototype objects
      }),
      { numRuns: 150 },
    );
  });
});
