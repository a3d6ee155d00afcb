/**
 * `diverseOrder` (the listing of dependency chains with repeats of the same hops sinking) against
 * its former rescanning implementation (tests/support/diverse-reference.ts): the same chains, in
 * the same order, at the same values, over many random chain sets full of shared hops and ties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byRelevance, type Chain, diverseOrder, type Hop } from '../../src/graphql/chains/build.js';
import { picks, referenceDiverseOrder } from '../support/diverse-reference.js';

/** A chain with only what ranking reads: its relevance, its hops' relationship refs and far ids. */
const chain = (relevance: number, hops: Array<[ref: string, to: string]>): Chain => ({
  hops: hops.map(([ref, to]) => ({ rel: { ref }, to: { id: to } }) as unknown as Hop),
  length: hops.length,
  relevance,
  terminal: { id: hops[hops.length - 1][1], label: 'Company' },
  kinds: ['SUPPLY'],
  firstKind: 'SUPPLY',
});

// Few relationships and ids and a few round relevances: many chains share hops, and many tie on
// value, on relevance, on length and on the ids along them.
const relevance = fc.oneof(fc.constantFrom(0, 0.25, 0.5, 0.5894, 0.7858, 1), fc.double({ min: 0, max: 1, noNaN: true }));
const hop = fc.tuple(
  fc.integer({ min: 0, max: 7 }).map((i) => `r${i}`),
  fc.constantFrom('a', 'b', 'c'),
);
const chainArb = fc.tuple(relevance, fc.array(hop, { minLength: 1, maxLength: 5 })).map(([r, hops]) => chain(r, hops));

describe('diverseOrder', () => {
  it('lists exactly what the rescanning reference lists, whatever the chains and their order', () => {
    fc.assert(
      fc.property(fc.array(chainArb, { maxLength: 40 }), fc.integer({ min: 0, max: 45 }), fc.boolean(), (chains, first, sorted) => {
        const input = sorted ? [...chains].sort(byRelevance) : chains;
        expect(picks(input, diverseOrder(input, first))).toEqual(picks(input, referenceDiverseOrder(input, first)));
      }),
      { numRuns: 2000 },
    );
  });

  it('lists the same on large sets of walk-like chains (distinct relationships per chain, shared prefixes)', () => {
    const walkLike = fc
      .array(fc.tuple(relevance, fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 400 })
      .map((xs) =>
        xs
          .map(([r, branch]) =>
            chain(
              r,
              branch.map((b, depth) => [`r${depth}.${branch.slice(0, depth + 1).join('')}`, `n${depth}.${b}`]),
            ),
          )
          .sort(byRelevance),
      );
    fc.assert(
      fc.property(walkLike, fc.integer({ min: 1, max: 50 }), (chains, first) => {
        expect(picks(chains, diverseOrder(chains, first))).toEqual(picks(chains, referenceDiverseOrder(chains, first)));
      }),
      { numRuns: 200 },
    );
  });

  it('halves a full repeat and takes a fresh chain of lower relevance first', () => {
    // b repeats a's only hop: 0.9 × 0.5 = 0.45 < c's 0.6, which shares nothing.
    const a = chain(1, [['r1', 'x']]);
    const b = chain(0.9, [['r1', 'x']]);
    const c = chain(0.6, [['r2', 'y']]);
    expect(diverseOrder([a, b, c], 3).map((x) => x.relevance)).toEqual([1, 0.6, 0.45]);
    expect(diverseOrder([a, b, c], 3).map((x) => x.hops)).toEqual([a.hops, c.hops, b.hops]);
    expect(diverseOrder([a, b, c], 0)).toEqual([]);
    expect(diverseOrder([], 5)).toEqual([]);
  });
});
