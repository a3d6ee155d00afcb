/**
 * Value-chain stages (src/analytics/stages.ts), pure: a stage year condensed from
 * `concentration()` keeps its bounds whatever the figures, including USGS world totals rounded
 * below the listed producers' sum (property), and the change between years.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concentration } from '../../src/analytics/concentration.js';
import { type StageBasis, stageChange, stageYear, worldTotalOf } from '../../src/analytics/stages.js';

const producers = fc
  .array(fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: null }), { minLength: 1, maxLength: 12 })
  .map((qs) => qs.map((base, i) => ({ countryId: `country:A${String.fromCharCode(65 + i)}`, name: `Country ${i}`, base })));

describe('a stage year', () => {
  it('has top ≤ top three ≤ 100 %, an HHI within 0–10,000 and the listed sum within the denominator (property)', () => {
    fc.assert(
      fc.property(producers, fc.option(fc.double({ min: 0, max: 2e10, noNaN: true }), { nil: null }), (ps, world) => {
        const listed = ps.reduce((s, p) => s + (p.base ?? 0), 0);
        fc.pre(listed > 0 || (world ?? 0) > 0);
        const y = stageYear(2024, concentration({ producers: ps, worldTotalBase: world }));
        const eps = 1e-9;
        expect(y.hasFigures).toBe(true);
        expect(y.top3SharePct!).toBeLessThanOrEqual(100 + eps);
        expect(y.topSharePct ?? 0).toBeLessThanOrEqual((y.top3SharePct ?? 0) + eps);
        expect(y.hhi!).toBeGreaterThanOrEqual(0);
        expect(y.hhi!).toBeLessThanOrEqual(10_000 + 1e-6);
        expect(y.listedBase!).toBeLessThanOrEqual(y.denominatorBase! * (1 + eps));
        expect(y.denominatorMethod).toBe(world === null ? 'LISTED_SUM_NO_WORLD_TOTAL' : world >= listed ? 'WORLD_TOTAL' : 'LISTED_SUM_ABOVE_WORLD_TOTAL');
        expect(y.producerCount).toBe(ps.filter((p) => (p.base ?? 0) > 0).length);
      }),
      { numRuns: 1000 },
    );
  });

  it('a rounded world total below the listed sum: the listed sum is the denominator (exact figures)', () => {
    const y = stageYear(
      2023,
      concentration({
        producers: [
          { countryId: 'country:CN', name: 'China', base: 600 },
          { countryId: 'country:JP', name: 'Japan', base: 300 },
          { countryId: 'country:KR', name: 'Korea', base: 150 },
        ],
        worldTotalBase: 1000,
      }),
    );
    expect(y).toMatchObject({
      topCountryId: 'country:CN',
      denominatorBase: 1050,
      listedBase: 1050,
      denominatorMethod: 'LISTED_SUM_ABOVE_WORLD_TOTAL',
      producerCount: 3,
    });
    expect(y.top3SharePct).toBeCloseTo(100, 12);
    expect(y.hhi).toBeCloseTo(((600 / 1050) ** 2 + (300 / 1050) ** 2 + (150 / 1050) ** 2) * 10_000, 9);
    const before = stageYear(2023, concentration({ producers: [{ countryId: 'country:JP', name: 'Japan', base: 300 }], worldTotalBase: 1000 }));
    expect(stageChange(before, y)).toMatchObject({ fromYear: 2023, toYear: 2023, topProducerChanged: true });
    expect(stageChange(before, y)!.topSharePctPoints).toBeCloseTo((600 / 1050) * 100 - 30, 9);
  });
});

describe('worldTotalOf: the world total of a basis and year, from the measure as imported', () => {
  it('reads the primary total, the capacity total and the reserves total by the stated rules', () => {
    // A production measure (no worldTotalBasis) that also states a capacity total for 2024.
    const gallium = { worldTotal2024: 760, worldTotal2023: 750, worldCapacity2024: 1020 };
    expect(worldTotalOf(gallium, 'production', 2024)).toBe(760);
    expect(worldTotalOf(gallium, 'production', 2023)).toBe(750);
    expect(worldTotalOf(gallium, 'capacity', 2024)).toBe(1020);
    expect(worldTotalOf(gallium, 'capacity', 2023)).toBeNull();
    expect(worldTotalOf(gallium, 'reserves', 2024)).toBeNull();
    // A capacity measure: its own total stands for capacity, never for production.
    const refinery = { worldTotalBasis: 'capacity', worldTotal2024: 500 };
    expect(worldTotalOf(refinery, 'capacity', 2024)).toBe(500);
    expect(worldTotalOf(refinery, 'production', 2024)).toBeNull();
    // A reserves measure: worldReserves first, else its own total.
    expect(worldTotalOf({ worldTotalBasis: 'reserves', worldTotal2024: 7 }, 'reserves', 2024)).toBe(7);
    expect(worldTotalOf({ worldTotalBasis: 'reserves', worldTotal2024: 7, worldReserves2024: 8 }, 'reserves', 2024)).toBe(8);
    expect(worldTotalOf({ worldTotal2024: 7, worldReserves2024: 8 }, 'reserves', 2024)).toBe(8);
  });

  it('gives a figure of that year only, and the measure total only for the primary basis or as a fallback', () => {
    const figure = fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.constantFrom(undefined, 'production', 'capacity', 'reserves'),
        fc.constantFrom<StageBasis>('production', 'capacity', 'reserves'),
        fc.constantFrom(2023, 2024),
        figure,
        figure,
        figure,
        figure,
        (primary, basis, year, total, capacity, reserves, otherYear) => {
          const other = year === 2023 ? 2024 : 2023;
          const m = {
            ...(primary ? { worldTotalBasis: primary } : {}),
            ...(total === undefined ? {} : { [`worldTotal${year}`]: total }),
            ...(capacity === undefined ? {} : { [`worldCapacity${year}`]: capacity }),
            ...(reserves === undefined ? {} : { [`worldReserves${year}`]: reserves }),
            [`worldTotal${other}`]: otherYear ?? 1,
            [`worldCapacity${other}`]: 2,
          };
          const own = (primary ?? 'production') === basis ? (total ?? null) : null;
          const specific = basis === 'capacity' ? capacity : basis === 'reserves' ? reserves : undefined;
          expect(worldTotalOf(m, basis, year)).toBe(specific ?? own);
        },
      ),
    );
  });
});
