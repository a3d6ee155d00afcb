import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concentration, ExcludedAndAddedError } from '../../src/analytics/concentration.js';
import { toTonnes } from '../../src/model/units.js';

const gallium2024 = [
  { countryId: 'country:CN', name: 'China', base: 750 },
  { countryId: 'country:RU', name: 'Russia', base: 6 },
  { countryId: 'country:JP', name: 'Japan', base: 3 },
  { countryId: 'country:KR', name: 'Korea', base: 3 },
  { countryId: 'country:US', name: 'United States', base: null },
];

describe('supply concentration arithmetic', () => {
  it('gives shares of the world total and the HHI on the 0–10,000 scale', () => {
    const c = concentration({ producers: gallium2024, worldTotalBase: 760 });
    expect(c.top?.countryId).toBe('country:CN');
    // The rounded world total (760 t) is below the 762 t listed: the listed sum is the denominator.
    expect(c.denominatorMethod).toBe('LISTED_SUM_ABOVE_WORLD_TOTAL');
    expect(c.top?.sharePct).toBeCloseTo((750 / 762) * 100, 10);
    const expected = [750, 6, 3, 3].reduce((s, q) => s + ((q / 762) * 100) ** 2, 0);
    expect(c.hhi).toBeCloseTo(expected, 10);
    expect(Math.round(c.hhi)).toBe(9688);
    expect(c.unattributedBase).toBe(0);
    expect(c.producers.map((p) => p.rank)).toEqual([1, 2, 3, 4, null]);
    expect(c.denominatorExplained).toBe(
      'USGS world total 760 t, less than the 762 t the listed producers add up to (USGS world totals are rounded): the listed sum, 762 t, is used',
    );
    const y2023 = concentration({ producers: [{ countryId: 'country:CN', name: 'China', base: 621 }, ...gallium2024.slice(1)], worldTotalBase: 800 });
    expect([y2023.denominatorMethod, y2023.denominatorBase, y2023.denominatorExplained]).toEqual(['WORLD_TOTAL', 800, 'USGS world total 800 t']);
  });

  it('adds planned supply to the denominator and re-ranks', () => {
    const c = concentration({
      producers: gallium2024,
      worldTotalBase: 760,
      add: [{ countryId: 'country:KZ', name: 'Kazakhstan', base: 15, origin: 'planned capacity' }],
    });
    const kz = c.producers.find((p) => p.countryId === 'country:KZ')!;
    expect(kz.rank).toBe(2);
    expect(kz.added).toBe(true);
    expect(kz.sharePct).toBeCloseTo((15 / 777) * 100, 10);
    expect(c.top?.sharePct).toBeCloseTo((750 / 777) * 100, 10);
    expect(c.top!.sharePct!.toFixed(1)).toBe('96.5');
    expect(c.denominatorExplained).toBe(
      'USGS world total 760 t + added 15 t = 775 t, less than the 777 t the listed producers add up to (USGS world totals are rounded): the listed sum, 777 t, is used',
    );
    const roomy = concentration({
      producers: gallium2024,
      worldTotalBase: 800,
      add: [{ countryId: 'country:KZ', name: 'Kazakhstan', base: 15, origin: 'planned capacity' }],
    });
    expect([roomy.denominatorMethod, roomy.denominatorExplained]).toEqual(['ADJUSTED_WORLD_TOTAL', 'USGS world total 800 t + added 15 t = 815 t']);
  });

  it('leaves excluded countries out of producers and denominator', () => {
    const c = concentration({ producers: gallium2024, worldTotalBase: 760, exclude: ['country:CN'] });
    expect(c.producers.map((p) => p.countryId)).not.toContain('country:CN');
    expect(c.denominatorBase).toBe(12); // 760 − 750 = 10 t is below the 12 t listed
    expect(c.top?.countryId).toBe('country:RU');
    expect(c.top?.sharePct).toBeCloseTo(50, 10);
    expect(c.adjustments).toEqual(['excluded China (750 t)']);
  });

  it('refuses a denominator that is not positive', () => {
    expect(() => concentration({ producers: [{ countryId: 'country:CN', name: 'China', base: 5 }], worldTotalBase: 5, exclude: ['country:CN'] })).toThrow(
      RangeError,
    );
  });
});

describe('mass units', () => {
  it('converts typed and stored units to metric tons', () => {
    expect(toTonnes(15, 't/yr')).toBe(15);
    expect(toTonnes(750000, 'kilograms')).toBe(750);
    expect(toTonnes(2, 'Mt/yr')).toBe(2_000_000);
    expect(toTonnes(84000, 'thousand metric dry tons')).toBe(84_000_000);
    expect(toTonnes(1, 'carats')).toBeUndefined();
  });
});

describe('the arithmetic alone (property)', () => {
  it('never sums shares above 100 % nor leaves 0–10,000, whatever the world total says', () => {
    const producer = fc.record({
      countryId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      base: fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(producer, { selector: (p) => p.countryId, minLength: 1, maxLength: 6 }),
        fc.option(fc.double({ min: 0, max: 2e9, noNaN: true }), { nil: null }),
        fc.subarray(['a', 'b', 'c', 'd', 'e', 'f']),
        fc.array(fc.record({ countryId: fc.constantFrom('a', 'g'), base: fc.double({ min: 1e-3, max: 1e10, noNaN: true }) }), { maxLength: 3 }),
        (producers, world, exclude, adds) => {
          let c: ReturnType<typeof concentration>;
          try {
            c = concentration({
              producers: producers.map((p) => ({ ...p, name: p.countryId })),
              worldTotalBase: world,
              exclude,
              add: adds.map((a) => ({ ...a, name: a.countryId, origin: 'test' })),
            });
          } catch (e) {
            // An addition to an excluded country is refused, never dropped; otherwise only a denominator ≤ 0.
            if (adds.some((a) => exclude.includes(a.countryId))) expect(e).toBeInstanceOf(ExcludedAndAddedError);
            else expect(e).toBeInstanceOf(RangeError);
            return;
          }
          const sum = c.producers.reduce((s, p) => s + (p.sharePct ?? 0), 0);
          expect(sum).toBeLessThanOrEqual(100 + 1e-9);
          expect(c.hhi).toBeGreaterThanOrEqual(0);
          expect(c.hhi).toBeLessThanOrEqual(10_000 + 1e-6);
          expect(c.denominatorBase).toBeGreaterThanOrEqual(c.listedBase);
          expect(Number.isFinite(c.denominatorBase)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('listed shares never add up to more than 100', () => {
  it('capShareSum lowers the largest share by the rounding excess, and only then', async () => {
    const { capShareSum } = await import('../../src/analytics/concentration.js');
    let over = 0;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 2, maxLength: 30 }), (qs) => {
        const d = qs.reduce((s, q) => s + q, 0);
        const shares = qs.map((q) => ({ sharePct: (q / d) * 100 }));
        const plain = shares.map((p) => p.sharePct);
        if (plain.reduce((s, x) => s + x, 0) > 100) over++;
        capShareSum(shares);
        const capped = shares.map((p) => p.sharePct);
        for (const order of [capped, [...capped].sort((a, b) => a - b), [...capped].sort((a, b) => b - a)]) {
          expect(order.reduce((s, x) => s + x, 0)).toBeLessThanOrEqual(100);
        }
        // Only the largest share moves, and by less than 10^-12 percentage points.
        const largest = plain.indexOf(Math.max(...plain));
        for (const [i, p] of shares.entries()) {
          if (i === largest) expect(Math.abs(p.sharePct - plain[i])).toBeLessThan(1e-12);
          else expect(p.sharePct).toBe(plain[i]);
        }
      }),
      { numRuns: 2000 },
    );
    // Float rounding makes plain sums exceed 100 in some of these cases: the cap is exercised.
    expect(over).toBeGreaterThan(0);
  });

  it('concentration() answers with shares adding up to at most 100 (100.00000000000001 before the cap)', () => {
    // 9/11 × 100 + 1/11 × 100 + 1/11 × 100 adds up to 100.00000000000001 in double precision.
    expect([9, 1, 1].map((q) => (q / 11) * 100).reduce((s, x) => s + x, 0)).toBe(100.00000000000001);
    const c = concentration({ producers: [1, 1, 9].map((base, i) => ({ countryId: `country:A${i}`, name: `A${i}`, base })), worldTotalBase: 11 });
    const shares = c.producers.map((p) => p.sharePct!);
    expect(shares.reduce((s, x) => s + x, 0)).toBeLessThanOrEqual(100);
    expect([...shares].reverse().reduce((s, x) => s + x, 0)).toBeLessThanOrEqual(100);
    expect(c.producers.slice(1).map((p) => p.sharePct)).toEqual([(1 / 11) * 100, (1 / 11) * 100]);
  });
});
