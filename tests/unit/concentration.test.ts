import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AddedToUnknownError, concentration, ExcludedAndAddedError, perCountry, sumBound } from '../../src/analytics/concentration.js';
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

  it('refuses an addition to a country listed without a figure (withheld), never reading it as 0', () => {
    const lithium = [
      { countryId: 'country:AU', name: 'Australia', base: 88_000 },
      { countryId: 'country:US', name: 'United States', base: null, noValueReason: 'withheld' },
    ];
    const add = [{ countryId: 'country:US', name: 'United States', base: 1, origin: '1 t given', argument: 'addSupply[0].countryId' }];
    let error: unknown;
    try {
      concentration({ producers: lithium, worldTotalBase: 240_000, add });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AddedToUnknownError);
    expect(error).toMatchObject({ countryId: 'country:US', reason: 'withheld', argument: 'addSupply[0].countryId' });
    expect((error as Error).message).toBe(
      'country:US is listed without a figure (withheld): its output is unknown, so supply cannot be added to it (1 t given); ' +
        'an unknown figure is never read as 0. Add supply to countries with a figure or not listed, or leave the country out with excludeCountries',
    );
    // A country with a figure, or not listed, still takes the addition; a country with one withheld row of two keeps its known part.
    const c = concentration({ producers: lithium, worldTotalBase: 240_000, add: [{ ...add[0], countryId: 'country:CL', name: 'Chile' }] });
    expect(c.producers.map((p) => [p.countryId, p.base])).toEqual([
      ['country:AU', 88_000],
      ['country:CL', 1],
      ['country:US', null],
    ]);
    const twoRows = concentration({ producers: [...lithium, { countryId: 'country:US', name: 'United States', base: 5 }], worldTotalBase: 240_000, add });
    expect(twoRows.producers.find((p) => p.countryId === 'country:US')?.base).toBe(6);
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
        // A country may come in several rows (USGS lists the United States twice for helium).
        fc.array(producer, { minLength: 1, maxLength: 8 }),
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
            // An addition to an excluded country is refused, never dropped; so is one to a country listed
            // without any figure (never read as 0); otherwise only a denominator ≤ 0.
            const unknown = (id: string) => producers.some((p) => p.countryId === id) && producers.every((p) => p.countryId !== id || p.base === null);
            if (adds.some((a) => exclude.includes(a.countryId))) expect(e).toBeInstanceOf(ExcludedAndAddedError);
            else if (adds.some((a) => unknown(a.countryId))) expect(e).toBeInstanceOf(AddedToUnknownError);
            else expect(e).toBeInstanceOf(RangeError);
            return;
          }
          const sum = c.producers.reduce((s, p) => s + (p.sharePct ?? 0), 0);
          expect(sum).toBeLessThanOrEqual(100 + 1e-9);
          expect(c.hhi).toBeGreaterThanOrEqual(0);
          expect(c.hhi).toBeLessThanOrEqual(10_000 + 1e-6);
          expect(c.denominatorBase).toBeGreaterThanOrEqual(c.listedBase);
          expect(Number.isFinite(c.denominatorBase)).toBe(true);
          // One producer per country, its rows summed; the HHI is the sum of the squared shares.
          const ids = c.producers.map((p) => p.countryId);
          expect(new Set(ids).size).toBe(ids.length);
          expect(c.hhi).toBe(c.producers.reduce((s, p) => s + (p.sharePct ?? 0) ** 2, 0));
          for (const p of c.producers.filter((q) => !exclude.includes(q.countryId))) {
            const rows = producers.filter((q) => q.countryId === p.countryId && q.base !== null);
            const added = adds.filter((a) => a.countryId === p.countryId).reduce((s, a) => s + a.base, 0);
            if (rows.length) expect(p.base).toBeCloseTo(rows.reduce((s, q) => s + (q.base as number), 0) + added, 3);
          }
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

describe('a producer is a country: its rows are summed', () => {
  // data/usgs-mcs-2025/world/MCS2025_World_Data.csv, Helium 2024 (million cubic meters): the United
  // States in two rows, 68 (extracted from natural gas) and 13 (from Cliffside Field).
  const row = (countryId: string, quantity: number | null, extra: Record<string, unknown> = {}) => ({
    countryId,
    name: countryId,
    base: quantity,
    quantity,
    unit: 'million cubic meters',
    baseUnit: 'million cubic meters',
    bound: quantity === null ? null : 'exact',
    estimated: true,
    noValueReason: quantity === null ? 'withheld' : null,
    sources: ['source:usgs-mcs-2025-world'],
    ...extra,
  });
  const helium2024 = [
    row('US', 68, { note: 'USGS label: United States (extracted from natural gas)' }),
    row('QA', 64),
    row('RU', 17),
    row('US', 13, { note: 'USGS label: United States (from Cliffside Field)', sources: ['source:other'] }),
    row('DZ', 11),
    row('CA', 6),
    row('CN', 3),
    row('PL', 3),
    row('ZA', 0.5, { bound: 'atMost' }),
  ];

  it('helium 2024: the United States once, 81 of 185.5; HHI over countries', () => {
    const c = concentration({ producers: helium2024, worldTotalBase: 180, baseUnit: 'million cubic meters' });
    expect(c.producers.map((p) => [p.countryId, p.base])).toEqual([
      ['US', 81],
      ['QA', 64],
      ['RU', 17],
      ['DZ', 11],
      ['CA', 6],
      ['CN', 3],
      ['PL', 3],
      ['ZA', 0.5],
    ]);
    expect(c.top).toMatchObject({
      countryId: 'US',
      quantity: 81,
      bound: 'exact',
      estimated: true,
      sources: ['source:usgs-mcs-2025-world', 'source:other'],
      note:
        'sum of 2 rows: 68 million cubic meters (USGS label: United States (extracted from natural gas)); ' +
        '13 million cubic meters (USGS label: United States (from Cliffside Field))',
    });
    expect(c.top?.sharePct).toBe((81 / 185.5) * 100);
    expect(c.hhi).toBeCloseTo(
      [81, 64, 17, 11, 6, 3, 3, 0.5].reduce((s, q) => s + ((q / 185.5) * 100) ** 2, 0),
      9,
    );
    expect(Math.round(c.hhi)).toBe(3232);
  });

  it('excluding a country removes all its rows; an addition goes to its one row', () => {
    const ex = concentration({ producers: helium2024, worldTotalBase: 180, baseUnit: 'million cubic meters', exclude: ['US'] });
    expect(ex.producers.some((p) => p.countryId === 'US')).toBe(false);
    expect(ex.adjustments).toEqual(['excluded US (81 million cubic meters)']);
    // 180 − 81 = 99 is below the 104.5 the other countries add up to: the listed sum.
    expect([ex.denominatorMethod, ex.denominatorBase]).toEqual(['LISTED_SUM_ABOVE_WORLD_TOTAL', 104.5]);
    const add = concentration({
      producers: helium2024,
      worldTotalBase: 180,
      baseUnit: 'million cubic meters',
      add: [{ countryId: 'US', name: 'US', base: 10, origin: 'test' }],
    });
    expect(add.producers.filter((p) => p.countryId === 'US').map((p) => p.base)).toEqual([91]);
    expect(add.listedBase).toBe(195.5);
  });

  it("the sum's bound follows the parts' bounds; a withheld part makes it a lower bound", () => {
    expect(sumBound(['exact', null, 'exact'])).toBe('exact');
    expect(sumBound(['exact', 'atMost'])).toBe('atMost');
    expect(sumBound(['atLeast', 'exact', 'atLeast'])).toBe('atLeast');
    expect(sumBound(['atLeast', 'atMost'])).toBe('approximate');
    expect(sumBound(['approximate', 'exact'])).toBe('approximate');
    const [withheld] = perCountry([row('US', 68, { estimated: false }), row('US', null, { estimated: null })]);
    expect(withheld).toMatchObject({
      base: 68,
      quantity: 68,
      bound: 'atLeast',
      estimated: false,
      noValueReason: null,
      note: 'sum of 2 rows: 68 million cubic meters; withheld',
    });
    const [none] = perCountry([row('US', null), row('US', null, { noValueReason: 'not available' })]);
    expect(none).toMatchObject({ base: null, quantity: null, bound: null, noValueReason: 'withheld; not available' });
    const [bounded] = perCountry([row('US', 68), row('US', 0.5, { bound: 'atMost' })]);
    expect(bounded).toMatchObject({ base: 68.5, bound: 'atMost' });
    // Parts in different units: the sum is reported in the base unit.
    const [mixed] = perCountry([
      { countryId: 'X', name: 'X', base: 1.5, quantity: 1500, unit: 'kg', baseUnit: 't' },
      { countryId: 'X', name: 'X', base: 2, quantity: 2, unit: 't', baseUnit: 't' },
    ]);
    expect(mixed).toMatchObject({ base: 3.5, quantity: 3.5, unit: 't', note: 'sum of 2 rows: 1500 kg; 2 t' });
    const single = row('QA', 64);
    expect(perCountry([single])[0]).toBe(single);
  });
});
