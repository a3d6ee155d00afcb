/**
 * Supply concentration at the edges, through /graphql over the bundled USGS data: rounded world
 * totals below the listed producers, each basis with its own world total, a basis without
 * figures, and added quantities out of bounds. A property over random exclusions and additions
 * checks the invariants (shares ≤ 100 % in total, HHI within 0–10,000, denominator ≥ the listed
 * sum, the world total of the asked basis); tests/unit/concentration.test.ts checks the arithmetic alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

const app = useBundledApp();

const MAGNESIUM = 'measure:magnesium-metal-magnesium-smelter-production';
const ABRASIVES = 'measure:abrasives-plant-capacity-fused-aluminum-oxide';
const GALLIUM = 'measure:gallium-primary-production';
const ANTIMONY = 'measure:antimony-mine-production-antimony-content';
const LITHIUM = 'measure:lithium-mine-production-lithium-content';

const Q = `query ($measureId: ID, $year: Int!, $basis: Basis, $exclude: [ID!], $add: [AddedSupplyInput!]) {
  supplyConcentration(measureId: $measureId, year: $year, basis: $basis, excludeCountries: $exclude, addSupply: $add) {
    basis worldTotal { value unit } worldTotalTonnes denominatorTonnes denominatorMethod denominator listedTonnes hhi topSharePct
    producers { country { id } tonnes sharePct added }
  }
}`;

type Answer = {
  basis: string;
  worldTotal: { value: number; unit: string } | null;
  worldTotalTonnes: number | null;
  denominatorTonnes: number;
  denominatorMethod: string;
  denominator: string;
  listedTonnes: number;
  hhi: number;
  topSharePct: number | null;
  producers: Array<{ country: { id: string }; tonnes: number | null; sharePct: number | null; added: boolean }>;
};

async function ask(vars: Record<string, unknown>) {
  const res = await gql<{ supplyConcentration: Answer | null }>(app.url, Q, { year: 2024, ...vars });
  return { res, c: res.data?.supplyConcentration ?? null };
}

const shareSum = (c: Answer) => c.producers.reduce((s, p) => s + (p.sharePct ?? 0), 0);

describe('denominators that hold when USGS world totals are rounded', () => {
  it('magnesium 2024 without China: the listed 95,000 t, not 1,000,000 − 950,000 = 50,000 t; shares add to 100 %', async () => {
    const { res, c } = await ask({ measureId: MAGNESIUM, exclude: ['country:CN'] });
    expect(res.errors).toBeUndefined();
    expect(c!.denominatorMethod).toBe('LISTED_SUM_ABOVE_WORLD_TOTAL');
    expect(c!.listedTonnes).toBe(95000);
    expect(c!.denominatorTonnes).toBe(95000);
    expect(c!.denominator).toBe(
      'USGS world total 1,000,000 t − excluded 950,000 t = 50,000 t, less than the 95,000 t the listed producers add up to ' +
        '(USGS world totals are rounded): the listed sum, 95,000 t, is used',
    );
    expect(shareSum(c!)).toBeCloseTo(100, 9);
    // Brazil, Israel, Kazakhstan 20 kt each; Russia, Türkiye 15 kt; Iran 5 kt: Σ q² / 95² × 10,000.
    expect(c!.hhi).toBeCloseTo(((3 * 400 + 2 * 225 + 25) / 9025) * 10000, 6);
    expect(Math.round(c!.hhi)).toBe(1856);
  });

  it('magnesium 2024 as reported: the rounded 1,000,000 t is 4.5 % below the listed 1,045,000 t, so the listed sum is used', async () => {
    const { c } = await ask({ measureId: MAGNESIUM });
    expect(c).toMatchObject({
      denominatorMethod: 'LISTED_SUM_ABOVE_WORLD_TOTAL',
      denominatorTonnes: 1_045_000,
      listedTonnes: 1_045_000,
      worldTotalTonnes: 1_000_000,
    });
    expect(c!.topSharePct).toBeCloseTo((950 / 1045) * 100, 9);
  });

  it('antimony 2024 without China: 100,000 − 60,000 = 40,000 t is below the 43,960 t listed; gallium 2023 without Japan: 633 − 3 = 630 t holds', async () => {
    const { c } = await ask({ measureId: ANTIMONY, exclude: ['country:CN'] });
    expect(c).toMatchObject({ denominatorMethod: 'LISTED_SUM_ABOVE_WORLD_TOTAL', denominatorTonnes: 43_960, listedTonnes: 43_960 });
    const noJapan = await ask({ measureId: GALLIUM, year: 2023, exclude: ['country:JP'] });
    expect(noJapan.c).toMatchObject({
      denominatorMethod: 'ADJUSTED_WORLD_TOTAL',
      denominatorTonnes: 630,
      listedTonnes: 630,
      denominator: 'USGS world total 633 t − excluded 3 t = 630 t',
    });
  });
});

describe('each basis with its own world total', () => {
  it('abrasives, fused aluminium oxide capacity 2024: the published 1,310,000 t, not the listed sum', async () => {
    const { res, c } = await ask({ measureId: ABRASIVES, basis: 'capacity' });
    expect(res.errors).toBeUndefined();
    expect(c).toMatchObject({
      basis: 'capacity',
      worldTotal: { value: 1_310_000, unit: 'metric tons' },
      worldTotalTonnes: 1_310_000,
      denominatorTonnes: 1_310_000,
      denominatorMethod: 'WORLD_TOTAL',
      listedTonnes: 1_165_000,
    });
    expect(c!.denominator).toBe('USGS world capacity total 1,310,000 t');
    expect(c!.topSharePct).toBeCloseTo((800_000 / 1_310_000) * 100, 9);
  });

  it('gallium capacity 2024: worldTotal is the 1,100 t capacity total, not the 760 t of production', async () => {
    const { c } = await ask({ measureId: GALLIUM, basis: 'capacity' });
    expect(c).toMatchObject({ basis: 'capacity', worldTotal: { value: 1_100_000, unit: 'kilograms' }, worldTotalTonnes: 1100, denominatorTonnes: 1100 });
    expect(c!.topSharePct).toBeCloseTo((1000 / 1100) * 100, 9);
    const production = await ask({ measureId: GALLIUM });
    expect(production.c).toMatchObject({ basis: 'production', worldTotalTonnes: 760, denominatorTonnes: 762, listedTonnes: 762 });
  });

  it('a capacity-only measure asked for production is BAD_USER_INPUT naming the bases and years with figures', async () => {
    const { res, c } = await ask({ measureId: ABRASIVES });
    expect(c).toBeNull();
    expect(res.errors?.[0]).toMatchObject({
      message: `${ABRASIVES} has no production figures for 2024; it has figures for: capacity 2023, capacity 2024 (choose basis and year among them)`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'basis' },
    });
    const year = await ask({ measureId: GALLIUM, basis: 'capacity', year: 2023 });
    expect(year.res.errors?.[0].message).toBe(
      `${GALLIUM} has no capacity figures for 2023; it has figures for: capacity 2024, production 2023, production 2024 (choose basis and year among them)`,
    );
    expect(year.res.errors?.[0].extensions?.argument).toBe('year');
  });
});

describe('reserves: a stock, with its own world total (USGS MCS 2025 gives 2024 only)', () => {
  // data/usgs-mcs-2025/world/MCS2025_World_Data.csv, Lithium, RESERVES_2024 (metric tons of lithium content):
  // US 1,800,000; AR 4,000,000; AU 7,000,000; BR 390,000; CA 1,200,000; CL 9,300,000; CN 3,000,000;
  // NA 14,000; PT 60,000; ZW 480,000 (Other Countries 2,800,000 is no country); world total 30,000,000.
  const RESERVES = {
    US: 1_800_000,
    AR: 4_000_000,
    AU: 7_000_000,
    BR: 390_000,
    CA: 1_200_000,
    CL: 9_300_000,
    CN: 3_000_000,
    NA: 14_000,
    PT: 60_000,
    ZW: 480_000,
  };

  it('lithium reserves 2024: shares of the 30,000,000 t world reserves total, Chile 31 %, HHI 1,839.5', async () => {
    const { res, c } = await ask({ measureId: LITHIUM, basis: 'reserves' });
    expect(res.errors).toBeUndefined();
    expect(c).toMatchObject({
      basis: 'reserves',
      worldTotal: { value: 30_000_000, unit: 'metric tons' },
      worldTotalTonnes: 30_000_000,
      denominatorTonnes: 30_000_000,
      denominatorMethod: 'WORLD_TOTAL',
      denominator: 'USGS world reserves total 30,000,000 t',
      listedTonnes: 27_244_000,
      topSharePct: 31,
    });
    expect(c!.hhi).toBeCloseTo(1839.5144, 3);
    const byCountry = Object.fromEntries(c!.producers.map((p) => [p.country.id.slice('country:'.length), p.tonnes]));
    expect(byCountry).toEqual(RESERVES);
    expect(shareSum(c!)).toBeCloseTo(90.8133, 3);
  });

  it('reserves differ from production: the production answer keeps its own 240,000 t world total', async () => {
    const { c } = await ask({ measureId: LITHIUM, basis: 'production' });
    expect(c).toMatchObject({ basis: 'production', worldTotalTonnes: 240_000 });
  });

  it('a year or measure without reserves is BAD_USER_INPUT naming what has figures; addPlannedCapacityOf does not add to a stock', async () => {
    const year = await ask({ measureId: LITHIUM, basis: 'reserves', year: 2023 });
    expect(year.res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'year' } });
    expect(year.res.errors?.[0].message).toContain('reserves 2024');
    // Magnesium metal: USGS's reserves column repeats the capacity figures, so no reserves are imported.
    const magnesium = await ask({ measureId: MAGNESIUM, basis: 'reserves' });
    expect(magnesium.res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'basis' } });
    const planned = await gql(
      app.url,
      '{ supplyConcentration(itemId: "metal:gallium", basis: reserves, addPlannedCapacityOf: ["facility:pavlodar-gallium-plant"]) { hhi } }',
    );
    expect(planned.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'addPlannedCapacityOf' } });
  });

  it('reserves additions may reach 10^12 t (a stock), flows 10^10 t', async () => {
    const big = await ask({ measureId: LITHIUM, basis: 'reserves', add: [{ countryId: 'country:KZ', quantity: 1e11, unit: 't' }] });
    expect(big.res.errors).toBeUndefined();
    expect(big.c!.denominatorTonnes).toBe(30_000_000 + 1e11);
    const flow = await ask({ measureId: LITHIUM, basis: 'production', add: [{ countryId: 'country:KZ', quantity: 1e11, unit: 't' }] });
    expect(flow.res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('added quantities are checked before any arithmetic', () => {
  it.each([
    [1e303, 'Mt'],
    [1e308, 't'],
    [0, 't'],
    [-15, 't'],
    [10_000_001, 'kt'],
  ])('quantity %s %s is BAD_USER_INPUT', async (quantity, unit) => {
    const { res, c } = await ask({ measureId: GALLIUM, add: [{ countryId: 'country:KZ', quantity, unit }] });
    expect(res.status).toBe(200);
    expect(c).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/^addSupply\[0\]\.quantity must be a positive number of at most 1e\+10 t/);
    expect(res.errors?.[0].extensions?.argument).toBe('addSupply[0].quantity');
    // The bound is given once in the measure's unit, and again in the caller's only when it differs.
    if (unit === 't') expect(res.errors?.[0].message).toMatch(/at most 1e\+10 t; got/);
    else expect(res.errors?.[0].message).toMatch(new RegExp(`at most 1e\\+10 t \\([^)]+ ${unit}\\); got`));
  });

  it('excluding every producer leaves nothing to share: BAD_USER_INPUT naming excludeCountries', async () => {
    const producers = (await ask({ measureId: GALLIUM })).c!.producers.map((p: { country: { id: string } }) => p.country.id);
    const { res, c } = await ask({ measureId: GALLIUM, exclude: producers });
    expect(c).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'excludeCountries' } });
    expect(res.errors?.[0].message).toMatch(/^excludeCountries: the denominator is not positive/);
  });

  it('the bound itself is accepted, and shares still add up to at most 100 %', async () => {
    const { res, c } = await ask({ measureId: GALLIUM, add: [{ countryId: 'country:KZ', quantity: 10_000, unit: 'Mt' }] });
    expect(res.errors).toBeUndefined();
    expect(c!.denominatorTonnes).toBe(762 + 1e10); // 760 + 10^10 is below the 762 + 10^10 listed
    expect(c!.denominatorMethod).toBe('LISTED_SUM_ABOVE_WORLD_TOTAL');
    expect(shareSum(c!)).toBeLessThanOrEqual(100 + 1e-9);
  });

  it('an unknown unit, a malformed or unknown country are refused', async () => {
    const unit = await ask({ measureId: GALLIUM, add: [{ countryId: 'country:KZ', quantity: 5, unit: 'carats' }] });
    expect(unit.res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const malformed = await ask({ measureId: GALLIUM, exclude: ['banana'] });
    expect(malformed.res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'excludeCountries[0]' } });
    const unknown = await ask({ measureId: GALLIUM, exclude: ['country:XX'] });
    expect(unknown.res.errors?.[0]).toMatchObject({ message: 'Country country:XX not found', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('a country both excluded and added to', () => {
  it('addSupply to an excluded country is BAD_USER_INPUT naming both arguments', async () => {
    const { res, c } = await ask({
      measureId: MAGNESIUM,
      exclude: ['country:RU', 'country:CN'],
      add: [
        { countryId: 'country:KZ', quantity: 5, unit: 'kt' },
        { countryId: 'country:CN', quantity: 5, unit: 'kt' },
      ],
    });
    expect(c).toBeNull();
    expect(res.errors?.[0]).toMatchObject({
      message:
        'addSupply[1].countryId adds supply to country:CN, which excludeCountries[1] removes; a country is either excluded or given added supply, not both',
      extensions: { code: 'BAD_USER_INPUT', argument: 'addSupply[1].countryId' },
    });
  });

  it('addPlannedCapacityOf a facility in an excluded country is refused the same way', async () => {
    const res = await gql<{ supplyConcentration: unknown }>(
      app.url,
      `{ supplyConcentration(measureId: "${GALLIUM}", year: 2024, excludeCountries: ["country:KZ"], addPlannedCapacityOf: ["facility:pavlodar-gallium-plant"]) { hhi } }`,
    );
    expect(res.data?.supplyConcentration).toBeNull();
    expect(res.errors?.[0]).toMatchObject({
      message:
        'addPlannedCapacityOf[0] (facility:pavlodar-gallium-plant, in country:KZ) adds supply to country:KZ, which excludeCountries[0] removes; a country is either excluded or given added supply, not both',
      extensions: { code: 'BAD_USER_INPUT', argument: 'addPlannedCapacityOf[0]' },
    });
  });
});

describe('invariants over random what-ifs (property, through HTTP)', () => {
  const cases = [
    {
      measureId: MAGNESIUM,
      basis: 'production',
      world: 1_000_000,
      countries: ['country:BR', 'country:CN', 'country:IR', 'country:IL', 'country:KZ', 'country:RU', 'country:TR'],
    },
    { measureId: GALLIUM, basis: 'production', world: 760, countries: ['country:CN', 'country:JP', 'country:KR', 'country:RU'] },
    { measureId: GALLIUM, basis: 'capacity', world: 1100, countries: ['country:CN', 'country:JP', 'country:KR', 'country:RU'] },
    {
      measureId: ABRASIVES,
      basis: 'capacity',
      world: 1_310_000,
      countries: ['country:AU', 'country:AT', 'country:BR', 'country:CN', 'country:FR', 'country:DE', 'country:IN', 'country:JP'],
    },
    {
      measureId: LITHIUM,
      basis: 'reserves',
      world: 30_000_000,
      countries: ['country:US', 'country:AR', 'country:AU', 'country:CL', 'country:CN', 'country:ZW'],
    },
    {
      measureId: ANTIMONY,
      basis: 'production',
      world: 100_000,
      countries: ['country:CN', 'country:RU', 'country:TJ', 'country:TR', 'country:MM', 'country:AU'],
    },
  ];
  const units = { t: 1, kg: 0.001, kt: 1000 } as const;

  it('shares ≤ 100 % in total, HHI within 0–10,000, denominator ≥ listed sum, worldTotal of the asked basis', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...cases),
        fc.integer({ min: 0, max: 2 ** 8 - 1 }),
        fc.array(
          fc.record({
            pick: fc.nat(),
            quantity: fc.double({ min: 0.001, max: 2_000, noNaN: true }),
            unit: fc.constantFrom(...(Object.keys(units) as Array<keyof typeof units>)),
          }),
          { maxLength: 3 },
        ),
        async (k, mask, adds) => {
          const exclude = k.countries.filter((_, i) => mask & (1 << i));
          const add = adds.map((a) => ({ countryId: k.countries[a.pick % k.countries.length], quantity: a.quantity, unit: a.unit }));
          const { res, c } = await ask({ measureId: k.measureId, basis: k.basis, exclude, add });
          const clash = add.findIndex((a) => exclude.includes(a.countryId));
          if (clash >= 0) {
            // Never dropped silently: the first addition to an excluded country is refused, naming both.
            expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: `addSupply[${clash}].countryId` } });
            expect(res.errors?.[0].message).toContain(`which excludeCountries[${exclude.indexOf(add[clash].countryId)}] removes`);
            return;
          }
          if (res.errors) {
            // Only refusal allowed: nothing left to share (every producer excluded, nothing added).
            expect(res.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
            return;
          }
          const total = shareSum(c!);
          expect(total).toBeLessThanOrEqual(100 + 1e-9);
          expect(c!.hhi).toBeGreaterThanOrEqual(0);
          expect(c!.hhi).toBeLessThanOrEqual(10_000 + 1e-6);
          expect(c!.denominatorTonnes).toBeGreaterThanOrEqual(c!.listedTonnes);
          expect(c!.listedTonnes).toBeCloseTo(
            c!.producers.reduce((s, p) => s + (p.tonnes ?? 0), 0),
            6,
          );
          expect(c!.worldTotalTonnes).toBe(k.world);
          for (const id of exclude) expect(c!.producers.some((p) => p.country.id === id)).toBe(false);
          const kept = add;
          const addedTonnes = kept.reduce((s, a) => s + Number((a.quantity * units[a.unit]).toPrecision(12)), 0);
          const adjusted = k.world - (await excludedOf(k.measureId, k.basis, exclude)) + addedTonnes;
          if (adjusted >= c!.listedTonnes - 1e-6) {
            expect(c!.denominatorMethod).toBe(exclude.length || kept.length ? 'ADJUSTED_WORLD_TOTAL' : 'WORLD_TOTAL');
            expect(c!.denominatorTonnes).toBeCloseTo(adjusted, 6);
          } else {
            expect(c!.denominatorMethod).toBe('LISTED_SUM_ABOVE_WORLD_TOTAL');
            expect(c!.denominatorTonnes).toBe(c!.listedTonnes);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  async function excludedOf(measureId: string, basis: string, exclude: string[]): Promise<number> {
    const [row] = await app.db.read<{ t: number }>(
      `MATCH (c:Country)-[r:PRODUCES|HOLDS_RESERVES]->() WHERE r.measureId = $measureId AND r.year = 2024 AND r.basis = $basis AND c.id IN $exclude
       RETURN coalesce(sum(r.quantityBase), 0) AS t`,
      { measureId, basis, exclude },
    );
    return row.t;
  }
});
