import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concentration, ExcludedAndAddedError } from '../../src/analytics/concentration.js';
import { toTonnes } from '../../src/model/units.js';

const gallium2024 = [
  { countryId: 'country:CN', name: 'China', tonnes: 750 },
  { countryId: 'country:RU', name: 'Russia', tonnes: 6 },
  { countryId: 'country:JP', name: 'Japan', tonnes: 3 },
  { countryId: 'country:KR', name: 'Korea', tonnes: 3 },
  { countryId: 'country:US', name: 'United States', tonnes: null },
];

describe('supply concentration arithmetic', () => {
  it('gives shares of the world total and the HHI on the 0–10,000 scale', () => {
    const c = concentration({ producers: gallium2024, worldTotalTonnes: 760 });
    expect(c.top?.countryId).toBe('country:CN');
    // The rounded world total (760 t) is below the 762 t listed: the listed sum is the denominator.
    expect(c.denominatorMethod).toBe('LISTED_SUM_ABOVE_WORLD_TOTAL');
    expect(c.top?.sharePct).toBeCloseTo((750 / 762) * 100, 10);
    const expected = [750, 6, 3, 3].reduce((s, q) => s + ((q / 762) * 100) ** 2, 0);
    expect(c.hhi).toBeCloseTo(expected, 10);
    expect(Math.round(c.hhi)).toBe(9688);
    expect(c.unattributedTonnes).toBe(0);
    expect(c.producers.map((p) => p.rank)).toEqual([1, 2, 3, 4, null]);
    expect(c.denominatorExplained).toBe(
      'USGS world total 760 t, less than the 762 t the listed producers add up to (USGS world totals are rounded): the listed sum, 762 t, is used',
    );
    const y2023 = concentration({ producers: [{ countryId: 'country:CN', name: 'China', tonnes: 621 }, ...gallium2024.slice(1)], worldTotalTonnes: 800 });
    expect([y2023.denominatorMethod, y2023.denominatorTonnes, y2023.denominatorExplained]).toEqual(['WORLD_TOTAL', 800, 'USGS world total 800 t']);
  });

  it('adds planned supply to the denominator and re-ranks', () => {
    const c = concentration({
      producers: gallium2024,
      worldTotalTonnes: 760,
      add: [{ countryId: 'country:KZ', name: 'Kazakhstan', tonnes: 15, origin: 'planned capacity' }],
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
      worldTotalTonnes: 800,
      add: [{ countryId: 'country:KZ', name: 'Kazakhstan', tonnes: 15, origin: 'planned capacity' }],
    });
    expect([roomy.denominatorMethod, roomy.denominatorExplained]).toEqual(['ADJUSTED_WORLD_TOTAL', 'USGS world total 800 t + added 15 t = 815 t']);
  });

  it('leaves excluded countries out of producers and denominator', () => {
    const c = concentration({ producers: gallium2024, worldTotalTonnes: 760, exclude: ['country:CN'] });
    expect(c.producers.map((p) => p.countryId)).not.toContain('country:CN');
    expect(c.denominatorTonnes).toBe(12); // 760 − 750 = 10 t is below the 12 t listed
    expect(c.top?.countryId).toBe('country:RU');
    expect(c.top?.sharePct).toBeCloseTo(50, 10);
    expect(c.adjustments).toEqual(['excluded China (750 t)']);
  });

  it('refuses a denominator that is not positive', () => {
    expect(() => concentration({ producers: [{ countryId: 'country:CN', name: 'China', tonnes: 5 }], worldTotalTonnes: 5, exclude: ['country:CN'] })).toThrow(
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
      tonnes: fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(producer, { selector: (p) => p.countryId, minLength: 1, maxLength: 6 }),
        fc.option(fc.double({ min: 0, max: 2e9, noNaN: true }), { nil: null }),
        fc.subarray(['a', 'b', 'c', 'd', 'e', 'f']),
        fc.array(fc.record({ countryId: fc.constantFrom('a', 'g'), tonnes: fc.double({ min: 1e-3, max: 1e10, noNaN: true }) }), { maxLength: 3 }),
        (producers, world, exclude, adds) => {
          let c: ReturnType<typeof concentration>;
          try {
            c = concentration({
              producers: producers.map((p) => ({ ...p, name: p.countryId })),
              worldTotalTonnes: world,
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
          expect(c.denominatorTonnes).toBeGreaterThanOrEqual(c.listedTonnes);
          expect(Number.isFinite(c.denominatorTonnes)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
