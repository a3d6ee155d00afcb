/**
 * The benchmarks' median (bench/stats.ts), the one every benchmark uses: the ingest ratio's
 * rates, the results' db hits and round trips per operation (bench/report.ts) and the walk
 * profile's steps (bench/walk-profile.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseDbHits, caseRoundTrips } from '../../bench/report.js';
import { median } from '../../bench/stats.js';
import { walkProfile } from '../../bench/walk-profile.js';

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([7])).toBe(7);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([10, -4, 2.5, 99, 0])).toBe(2.5);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 20])).toBe(15);
    expect(median([5, 5, 1, 9])).toBe(5);
    expect(median([0.1, 0.2])).toBeCloseTo(0.15, 12);
  });

  it('is undefined for no values, and leaves its input as it was', () => {
    expect(median([])).toBeUndefined();
    const xs = [3, 1, 2, 0];
    median(xs);
    expect(xs).toEqual([3, 1, 2, 0]);
  });

  it('has as many values at or below it as at or above it, and lies within them', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 40 }), (xs) => {
        const m = median(xs)!;
        expect(m).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(m).toBeLessThanOrEqual(Math.max(...xs));
        expect(xs.filter((x) => x <= m).length).toBeGreaterThanOrEqual(xs.length / 2);
        expect(xs.filter((x) => x >= m).length).toBeGreaterThanOrEqual(xs.length / 2);
        // Symmetric: the median of the negated values is the negated median.
        expect(Math.abs(median(xs.map((x) => -x))! + m)).toBe(0);
      }),
    );
  });

  it("gives the results' db hits and round trips and the walk profile's steps", () => {
    const sample = (dbHits: number) => [{ name: 'chains/start', dbHits, rows: 1, top: [], scans: [] }];
    expect(caseDbHits({ profiles: [sample(10), sample(40), sample(20), sample(30)] })).toBe(25);
    expect(caseRoundTrips({ roundTrips: [6, 5] })).toBe(5.5);
    const w = walkProfile([sample(100), sample(200)], [[{ name: 'chains/start', startMs: 1, endMs: 3 }], [{ name: 'chains/start', startMs: 2, endMs: 8 }]]);
    expect(w.steps).toEqual([{ step: 'level 1', samples: 2, dbHits: 150, edges: undefined, statementMs: 4, neo4jMs: undefined, jsBeforeMs: 1.5 }]);
    expect(w.totalMs).toBe(5.5);
  });
});
