/** How deep input may nest (src/model/nesting.ts) and the loader's text walk bounded by it (src/model/text.ts), pure. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, nestedBeyond } from '../../src/model/nesting.js';
import { illFormedStrings } from '../../src/model/text.js';

/** The levels of arrays and objects of a value, recursively (the reference for small values). */
const depthOf = (v: unknown): number => (v === null || typeof v !== 'object' ? 0 : 1 + Math.max(0, ...(Array.isArray(v) ? v : Object.values(v)).map(depthOf)));

const nested = (depth: number, leaf: unknown = 1): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 ? { k: v } : [v];
  return v;
};

describe('nestedBeyond', () => {
  it('gives the path to the first array or object beyond the bound, in document order', () => {
    expect(nestedBeyond(1, 0)).toBeUndefined();
    expect(nestedBeyond('text', 0)).toBeUndefined();
    expect(nestedBeyond([], 0)).toEqual([]);
    expect(nestedBeyond([], 1)).toBeUndefined();
    expect(nestedBeyond([[1]], 1)).toEqual(['0']);
    expect(nestedBeyond({ a: 1, b: [2, { c: [3] }] }, 2)).toEqual(['b', '1']);
    expect(nestedBeyond({ a: [[1]], b: [[2]] }, 2)).toEqual(['a', '0']);
    expect(nestedBeyond(nested(MAX_NESTING))).toBeUndefined();
    expect(nestedBeyond(nested(MAX_NESTING + 1))).toHaveLength(MAX_NESTING);
  });

  it('measures any depth without recursion: 200,000 levels, far past any recursive walk', () => {
    const path = nestedBeyond(nested(200_000));
    expect(path).toHaveLength(MAX_NESTING);
    // The outermost of an even count is an object {k: …}, then a list, and so on.
    expect(path?.slice(0, 4)).toEqual(['k', '0', 'k', '0']);
  });

  it('is undefined exactly when the value nests at most `max` levels (property, against a recursive count)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 10 }), (value, max) => {
        const path = nestedBeyond(value, max);
        expect(path === undefined).toBe(depthOf(value) <= max);
        if (path) {
          // The path leads to an array or object at level max + 1.
          let at: unknown = value;
          for (const k of path) at = (at as Record<string, unknown>)[k];
          expect(typeof at === 'object' && at !== null).toBe(true);
          expect(path).toHaveLength(max);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('illFormedStrings over deep values', () => {
  it('reports a value nested beyond the bound once, with its path, and walks no further', () => {
    const deep = nested(100_000, '\ud800');
    const found = illFormedStrings({ note: deep });
    // {note: …} is level 1: the first array or object beyond is MAX_NESTING - 1 steps into `deep`.
    const path = ['note'];
    for (let v = deep, i = 0; i < MAX_NESTING - 1; i++) {
      path.push(Array.isArray(v) ? '0' : 'k');
      v = Array.isArray(v) ? v[0] : (v as { k: unknown }).k;
    }
    expect(found).toEqual([{ path: path.join('.'), issue: `nests arrays and objects deeper than ${MAX_NESTING} levels` }]);
    // Within the bound, the lone surrogate at the bottom is found.
    expect(illFormedStrings({ note: nested(MAX_NESTING - 1, '\ud800') })).toEqual([expect.objectContaining({ issue: expect.stringMatching(/surrogate/) })]);
  });
});
