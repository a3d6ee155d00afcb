/**
 * Value-chain stages (src/analytics/stages.ts), pure: a stage year condensed from
 * `concentration()` keeps its bounds whatever the figures, including USGS world totals rounded
 * below the listed producers' sum (property), and the change between years.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concentration } from '../../src/analytics/concentration.js';
import { stageChange, stageYear } from '../../src/analytics/stages.js';

const producers = fc
  .array(fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: null }), { minLength: 1, maxLength: 12 })
  .map((qs) => qs.map((tonnes, i) => ({ countryId: `country:A${String.fromCharCode(65 + i)}`, name: `Country ${i}`, tonnes })));

describe('a stage year', () => {
  it('has top ≤ top three ≤ 100 %, an HHI within 0–10,000 and the listed sum within the denominator (property)', () => {
    fc.assert(
      fc.property(producers, fc.option(fc.double({ min: 0, max: 2e10, noNaN: true }), { nil: null }), (ps, world) => {
        const listed = ps.reduce((s, p) => s + (p.tonnes ?? 0), 0);
        fc.pre(listed > 0 || (world ?? 0) > 0);
        const y = stageYear(2024, concentration({ producers: ps, worldTotalTonnes: world }));
        const eps = 1e-9;
        expect(y.hasFigures).toBe(true);
        expect(y.top3SharePct!).toBeLessThanOrEqual(100 + eps);
        expect(y.topSharePct ?? 0).toBeLessThanOrEqual((y.top3SharePct ?? 0) + eps);
        expect(y.hhi!).toBeGreaterThanOrEqual(0);
        expect(y.hhi!).toBeLessThanOrEqual(10_000 + 1e-6);
        expect(y.listedTonnes!).toBeLessThanOrEqual(y.denominatorTonnes! * (1 + eps));
        expect(y.denominatorMethod).toBe(world === null ? 'LISTED_SUM_NO_WORLD_TOTAL' : world >= listed ? 'WORLD_TOTAL' : 'LISTED_SUM_ABOVE_WORLD_TOTAL');
        expect(y.producerCount).toBe(ps.filter((p) => (p.tonnes ?? 0) > 0).length);
      }),
      { numRuns: 1000 },
    );
  });

  it('a rounded world total below the listed sum: the listed sum is the denominator (exact figures)', () => {
    const y = stageYear(
      2023,
      concentration({
        producers: [
          { countryId: 'country:CN', name: 'China', tonnes: 600 },
          { countryId: 'country:JP', name: 'Japan', tonnes: 300 },
          { countryId: 'country:KR', name: 'Korea', tonnes: 150 },
        ],
        worldTotalTonnes: 1000,
      }),
    );
    expect(y).toMatchObject({
      topCountryId: 'country:CN',
      denominatorTonnes: 1050,
      listedTonnes: 1050,
      denominatorMethod: 'LISTED_SUM_ABOVE_WORLD_TOTAL',
      producerCount: 3,
    });
    expect(y.top3SharePct).toBeCloseTo(100, 12);
    expect(y.hhi).toBeCloseTo(((600 / 1050) ** 2 + (300 / 1050) ** 2 + (150 / 1050) ** 2) * 10_000, 9);
    const before = stageYear(2023, concentration({ producers: [{ countryId: 'country:JP', name: 'Japan', tonnes: 300 }], worldTotalTonnes: 1000 }));
    expect(stageChange(before, y)).toMatchObject({ fromYear: 2023, toYear: 2023, topProducerChanged: true });
    expect(stageChange(before, y)!.topSharePctPoints).toBeCloseTo((600 / 1050) * 100 - 30, 9);
  });
});
