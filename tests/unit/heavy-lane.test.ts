/**
 * The heavy lane of the cost plugin (src/server/cost.ts): operations whose estimated cost
 * reaches the heavy threshold run at most `concurrency` at a time, in arrival order, while
 * light ones never wait. Shown with Apollo Server's own request pipeline on a small schema
 * whose resolvers finish only when the test lets them, so the order is deterministic.
 */
import { ApolloServer } from '@apollo/server';
import { afterEach, describe, expect, it } from 'vitest';
import { registry } from '../../src/metrics/registry.js';
import { costLimitPlugin } from '../../src/server/cost.js';

const typeDefs = /* GraphQL */ `
  type Item { id: Int }
  type Query { items(first: Int = 20, tag: String): [Item!]! light: Int }
`;

/** A server whose `items` resolver records its start and waits for `release(tag)`. */
function harness(concurrency: number) {
  const started: string[] = [];
  const gates = new Map<string, () => void>();
  const server = new ApolloServer({
    typeDefs,
    resolvers: {
      Query: {
        light: () => 1,
        items: async (_: unknown, { tag }: { tag: string }) => {
          started.push(tag);
          if (tag === 'boom') throw new Error('boom');
          await new Promise<void>((resolve) => gates.set(tag, resolve));
          return [{ id: 1 }];
        },
      },
    },
    // `items(first: 10) { id }` costs 10: heavy from 10, refused over 1000.
    plugins: [costLimitPlugin(1000, 20, { cost: 10, concurrency })],
  });
  const run = (query: string, variables?: Record<string, unknown>) => server.executeOperation({ query, variables });
  const release = (tag: string) => gates.get(tag)?.();
  return { server, started, run, release };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise((r) => setTimeout(r, 20));
const gauge = async (name: string) => (await registry.getSingleMetric(name)?.get())?.values[0]?.value;

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

describe('heavy operations', () => {
  it('run one at a time in arrival order with concurrency 1, while a light one answers at once', async () => {
    const h = harness(1);
    await h.server.start();
    stop = () => h.server.stop();
    const a = h.run('{ items(first: 10, tag: "a") { id } }');
    const b = h.run('{ items(first: 10, tag: "b") { id } }');
    const c = h.run('{ items(first: 10, tag: "c") { id } }');
    await settle();
    expect(h.started).toEqual(['a']);
    expect(await gauge('kg_graphql_heavy_waiting')).toBe(2);
    expect(await gauge('kg_graphql_heavy_running')).toBe(1);

    const light = await h.run('{ light }');
    expect(light.body.kind === 'single' && light.body.singleResult.data).toEqual({ light: 1 });

    h.release('a');
    await a;
    await settle();
    expect(h.started).toEqual(['a', 'b']);
    h.release('b');
    await b;
    await settle();
    expect(h.started).toEqual(['a', 'b', 'c']);
    h.release('c');
    const last = await c;
    expect(last.body.kind === 'single' && last.body.singleResult.data).toEqual({ items: [{ id: 1 }] });
    expect(await gauge('kg_graphql_heavy_waiting')).toBe(0);
    expect(await gauge('kg_graphql_heavy_running')).toBe(0);
  });

  it('lets `concurrency` heavy operations run side by side, and below the threshold none waits', async () => {
    const h = harness(2);
    await h.server.start();
    stop = () => h.server.stop();
    const heavy = ['a', 'b', 'c'].map((t) => h.run(`{ items(first: 10, tag: "${t}") { id } }`));
    const below = h.run('{ items(first: 9, tag: "small") { id } }');
    await settle();
    expect(h.started.sort()).toEqual(['a', 'b', 'small']);
    h.release('small');
    await below;
    h.release('a');
    await heavy[0];
    await settle();
    expect(h.started).toContain('c');
    h.release('b');
    h.release('c');
    await Promise.all(heavy);
  });

  it('estimates the same document again for other variables: a light page never waits behind a heavy one', async () => {
    const h = harness(1);
    await h.server.start();
    stop = () => h.server.stop();
    const query = 'query Page($n: Int, $tag: String) { items(first: $n, tag: $tag) { id } }';
    const first = h.run(query, { n: 10, tag: 'heavy-1' });
    const second = h.run(query, { n: 10, tag: 'heavy-2' });
    const light = h.run(query, { n: 9, tag: 'light' });
    await settle();
    expect([...h.started].sort()).toEqual(['heavy-1', 'light']);
    h.release('light');
    await light;
    h.release('heavy-1');
    await first;
    await settle();
    expect(h.started).toHaveLength(3);
    expect(h.started[2]).toBe('heavy-2');
    h.release('heavy-2');
    await second;
  });

  it('releases its turn when the operation fails, so the next one runs', async () => {
    const h = harness(1);
    await h.server.start();
    stop = () => h.server.stop();
    const failing = await h.run('{ items(first: 10, tag: "boom") { id } }');
    expect(failing.body.kind === 'single' && failing.body.singleResult.errors?.length).toBeGreaterThan(0);
    const next = h.run('{ items(first: 10, tag: "next") { id } }');
    await settle();
    expect(h.started).toEqual(['boom', 'next']);
    h.release('next');
    await next;
  });
});
