/**
 * The slicer (src/graphql/core/slices.ts): a list comes back with the same items in the same
 * order, whatever its length and the slice size; lists that fit the turn's room come back as
 * they are, and many short lists share one turn's room; later slices resolve one per turn of the event loop, so a timer set before slicing runs
 * between them; loader batches wait until every slice has run; and graphql-js completes a sliced
 * list into exactly the answer of the plain list.
 */
import fc from 'fast-check';
import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Slicer, slicedDefaultResolver, slicedResolver } from '../../src/graphql/core/slices.js';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('Slicer.list', () => {
  it('keeps every item in its order, for any length and slice size', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.anything(), { maxLength: 600 }), fc.integer({ min: 1, max: 150 }), async (items, size) => {
        const slicer = new Slicer(size);
        const out = slicer.list(items);
        expect(out).toHaveLength(items.length);
        if (items.length <= size) expect(out).toBe(items);
        const first = out.slice(0, size);
        expect(first.some((x) => x instanceof Promise)).toBe(false);
        expect(await Promise.all(out)).toEqual(items);
      }),
      { numRuns: 200 },
    );
  });

  it('resolves one slice per turn of the event loop when a turn has no time for more', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 2000 }), fc.integer({ min: 1, max: 200 }), async (length, size) => {
        const slicer = new Slicer(size, 0);
        const items = Array.from({ length }, (_, i) => i);
        const resolved: number[] = [];
        const out = slicer.list(items).map((x) => Promise.resolve(x).then((v) => resolved.push(v)));
        await Promise.resolve();
        const slices = Math.ceil(length / size);
        for (let k = 1; k <= slices; k++) {
          expect(resolved).toHaveLength(Math.min(k * size, length));
          expect(resolved).toEqual(items.slice(0, resolved.length));
          await turn();
        }
        await Promise.all(out);
      }),
      { numRuns: 60 },
    );
  });

  it('shares one turn among many short lists: items beyond the room of a turn wait for later turns', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.integer(), { maxLength: 30 }), { maxLength: 40 }), fc.integer({ min: 1, max: 120 }), async (lists, size) => {
        const slicer = new Slicer(size);
        const outs = lists.map((l) => slicer.list(l));
        const values = outs.flatMap((o) => o.filter((x) => !(x instanceof Promise)));
        expect(values).toHaveLength(Math.min(size, lists.flat().length));
        expect(values).toEqual(lists.flat().slice(0, values.length));
        expect(await Promise.all(outs.map((o) => Promise.all(o)))).toEqual(lists);
      }),
      { numRuns: 100 },
    );
  });

  it('goes on to the next slices in the same turn while it has time, and resolves every item in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 3000 }), fc.integer({ min: 1, max: 200 }), async (length, size) => {
        const slicer = new Slicer(size, 60_000);
        const items = Array.from({ length }, (_, i) => i);
        const resolved: number[] = [];
        const out = slicer.list(items).map((x) => Promise.resolve(x).then((v) => resolved.push(v)));
        await turn();
        expect(resolved).toEqual(items);
        await Promise.all(out);
      }),
      { numRuns: 60 },
    );
  });

  it('yields once a turn has spent its time, after more than one slice', async () => {
    const slicer = new Slicer(10, 20);
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    const order: string[] = [];
    let probing = true;
    const probe = () => {
      order.push('tick');
      if (probing) setImmediate(probe);
    };
    const out = slicer.list(Array.from({ length: 300 }, (_, i) => i));
    setImmediate(probe); // after the slicer's first turn
    // Each item costs 0.2 ms to complete: a slice 2 ms, a 20 ms turn about ten slices.
    const complete = (v: number) => {
      busy(0.2);
      order.push(String(v));
    };
    await Promise.all(out.map((p) => Promise.resolve(p).then(complete)));
    probing = false;
    const runs = order
      .join(' ')
      .split('tick')
      .map((run) => run.trim().split(' ').filter(Boolean).length)
      .filter((n) => n > 0);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(300);
    expect(runs.length).toBeGreaterThanOrEqual(2); // it yielded
    expect(Math.max(...runs)).toBeGreaterThan(20); // a turn held more than one slice (and the first values)
  });

  it('lets a timer run between slices', async () => {
    const slicer = new Slicer(10, 0);
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    await new Promise((r) => setTimeout(r, 2)); // the timer is due
    const out = slicer.list(Array.from({ length: 100 }, (_, i) => i));
    await Promise.all(out.map((p) => Promise.resolve(p).then((v) => order.push(String(v)))));
    expect(order.indexOf('timer')).toBeLessThan(order.indexOf('99'));
  });

  it('holds loader batches until every slice has run, then dispatches them once', async () => {
    const slicer = new Slicer(5, 0);
    const out = slicer.list(Array.from({ length: 23 }, (_, i) => i));
    const seen: number[] = [];
    let dispatched = 0;
    const items = out.map((p) =>
      Promise.resolve(p).then((v) => {
        seen.push(v);
        if (v === 0) slicer.whenIdle(() => dispatched++);
      }),
    );
    await Promise.all(items);
    expect(dispatched).toBe(0);
    while (dispatched === 0) await turn();
    expect(seen).toHaveLength(23);
    expect(dispatched).toBe(1);
    // With no slice waiting, a batch goes out as DataLoader's default would: before the next turn.
    let idle = 0;
    slicer.whenIdle(() => idle++);
    await new Promise((r) => process.nextTick(r));
    await new Promise((r) => setImmediate(r));
    expect(idle).toBe(1);
  });

  it('refuses a slice size below 1 and a turn time below 0 or NaN', () => {
    expect(() => new Slicer(0)).toThrow(RangeError);
    expect(() => new Slicer(10, -1)).toThrow(RangeError);
    expect(() => new Slicer(10, Number.NaN)).toThrow(RangeError);
  });
});

describe('a sliced resolver called outside graphql-js', () => {
  it('returns its value as it is when the call has no field info', async () => {
    const items = Array.from({ length: 500 }, (_, i) => i);
    const resolve = slicedResolver(() => items);
    const fromPromise = slicedResolver(async () => items);
    const ctx = { slicer: new Slicer(10) };
    // A direct call, as tests make it, passes no info.
    expect(resolve({}, {}, ctx, undefined as any)).toBe(items);
    expect(await fromPromise({}, {}, ctx, undefined as any)).toBe(items);
  });
});

describe('a sliced answer', () => {
  const schema = buildSchema('type Item { id: Int!, tags: [String!]! } type Query { items: [Item!]!, words: [String] }');

  it('is the answer of the plain list, over any list', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ id: fc.integer(), tags: fc.array(fc.string(), { maxLength: 4 }) }), { maxLength: 400 }),
        fc.array(fc.option(fc.string(), { nil: null }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 64 }),
        async (items, words, size) => {
          const source = '{ items { id tags } words }';
          const plain = await graphql({ schema, source, rootValue: { items, words } });
          const sliced = await graphql({
            schema,
            source,
            rootValue: { items, words },
            contextValue: { slicer: new Slicer(size) },
            fieldResolver: slicedDefaultResolver,
          });
          expect(sliced).toEqual(plain);
          expect(sliced.data).toEqual({ items, words });
        },
      ),
      { numRuns: 100 },
    );
  });
});
