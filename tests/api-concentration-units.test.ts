/**
 * Supply concentration keeps every figure in its own unit family, through /graphql over the
 * bundled USGS data: a measure in million cubic meters (helium) or carats (diamonds) answers in
 * that unit, never in metric tons; an addition of another family, or an ambiguous `mt` / `MT`, is
 * BAD_USER_INPUT naming `addSupply[i].unit`. A sweep over every measure, basis and year of the
 * bundled world table checks the invariants: base unit of the measure's family, the listed shares
 * adding up to at most 100 (exactly, in double precision), HHI within 0–10,000.
 */
import { describe, expect, it } from 'vitest';
import { convert, rateRow } from '../src/model/units.js';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

const app = useBundledApp();

const HELIUM = 'measure:helium-production-helium-gas-content';
const GEMSTONES = 'measure:gemstones-mine-production-thousand-carats-of-gem-quality-diamond';
const DIAMOND = 'measure:diamond-industrial-mine-production-industrial-diamond';
const GALLIUM = 'measure:gallium-primary-production';

const Q = `query ($measureId: ID, $year: Int!, $basis: Basis, $add: [AddedSupplyInput!], $exclude: [ID!]) {
  supplyConcentration(measureId: $measureId, year: $year, basis: $basis, addSupply: $add, excludeCountries: $exclude) {
    measure { unit } baseUnit unitFamily worldTotal { value unit } worldTotalBase worldTotalTonnes
    denominatorBase denominatorTonnes denominatorMethod denominator listedBase listedTonnes unattributedBase unattributedTonnes
    hhi topSharePct adjustments
    producers { rank country { id } reported { value unit bound } quantityBase tonnes sharePct estimated noValueReason note added }
  }
}`;

type Answer = {
  measure: { unit: string };
  baseUnit: string;
  unitFamily: string | null;
  worldTotal: { value: number; unit: string } | null;
  worldTotalBase: number | null;
  worldTotalTonnes: number | null;
  denominatorBase: number;
  denominatorTonnes: number | null;
  denominatorMethod: string;
  denominator: string;
  listedBase: number;
  listedTonnes: number | null;
  unattributedBase: number;
  unattributedTonnes: number | null;
  hhi: number;
  topSharePct: number | null;
  adjustments: string[];
  producers: Array<{
    rank: number | null;
    country: { id: string };
    reported: { value: number; unit: string; bound: string } | null;
    quantityBase: number | null;
    tonnes: number | null;
    sharePct: number | null;
    estimated: boolean | null;
    noValueReason: string | null;
    note: string | null;
    added: boolean;
  }>;
};

async function ask(vars: Record<string, unknown>) {
  const res = await gql<{ supplyConcentration: Answer | null }>(app.url, Q, { year: 2024, ...vars });
  return { res, c: res.data?.supplyConcentration ?? null };
}

/** The accepted units an error lists for a mass measure. */
const MASS_UNITS =
  'g, kg, t, kt, Mt, grams, kilograms, metric tons, thousand metric tons, thousand metric dry tons, million metric tons (each optionally per year, e.g. t/yr)';

const shareSum = (c: Answer) => c.producers.reduce((s, p) => s + (p.sharePct ?? 0), 0);
const hhiOf = (qs: number[], d: number) => qs.reduce((s, q) => s + ((q / d) * 100) ** 2, 0);

describe('a measure that is not a mass answers in its own unit', () => {
  // data/usgs-mcs-2025/world/MCS2025_World_Data.csv, Helium, PROD_EST_ 2024 (million cubic meters):
  // US 68 (natural gas) and 13 (Cliffside Field), QA 64, RU 17, DZ 11, CA 6, CN 3, PL 3, ZA "less than ½ unit"
  // (read as at most 0.5); world total (rounded) 180. A producer is a country: the United States is one, 81.
  const HELIUM_2024 = [81, 64, 17, 11, 6, 3, 3, 0.5];

  it('helium 2024: million cubic meters throughout, no tonnes, the listed 185.5 above the rounded 180', async () => {
    const { res, c } = await ask({ measureId: HELIUM });
    expect(res.errors).toBeUndefined();
    expect(c).toMatchObject({
      measure: { unit: 'million cubic meters' },
      baseUnit: 'million cubic meters',
      unitFamily: 'volume',
      worldTotal: { value: 180, unit: 'million cubic meters' },
      worldTotalBase: 180,
      worldTotalTonnes: null,
      denominatorBase: 185.5,
      denominatorTonnes: null,
      denominatorMethod: 'LISTED_SUM_ABOVE_WORLD_TOTAL',
      listedBase: 185.5,
      listedTonnes: null,
      unattributedBase: 0,
      unattributedTonnes: null,
    });
    expect(c!.denominator).toBe(
      'USGS world total 180 million cubic meters, less than the 185.5 million cubic meters the listed producers add up to ' +
        '(USGS world totals are rounded): the listed sum, 185.5 million cubic meters, is used',
    );
    expect(c!.producers.map((p) => p.quantityBase)).toEqual(HELIUM_2024);
    expect(c!.producers.every((p) => p.tonnes === null && p.reported?.unit === 'million cubic meters')).toBe(true);
    expect(c!.topSharePct).toBeCloseTo((81 / 185.5) * 100, 12);
    expect(c!.hhi).toBeCloseTo(hhiOf(HELIUM_2024, 185.5), 9);
  });

  it('helium 2024 by country, as the graph holds it: the United States once, its two USGS rows summed', async () => {
    // The figures as loaded from the bundled table, one per USGS row, summed here per country.
    const rows = await app.db.read<{ countryId: string; q: number }>(
      `MATCH (c:Country)-[r:PRODUCES]->() WHERE r.measureId = $m AND r.year = 2024 AND r.basis = 'production' AND r.quantityBase IS NOT NULL
       RETURN c.id AS countryId, r.quantityBase AS q`,
      { m: HELIUM },
    );
    expect(
      rows
        .filter((r) => r.countryId === 'country:US')
        .map((r) => r.q)
        .sort((a, b) => a - b),
    ).toEqual([13, 68]);
    const byCountry = new Map<string, number>();
    for (const r of rows) byCountry.set(r.countryId, (byCountry.get(r.countryId) ?? 0) + r.q);
    const listed = [...byCountry.values()].reduce((s, q) => s + q, 0);
    expect(listed).toBe(185.5);
    const { res, c } = await ask({ measureId: HELIUM });
    expect(res.errors).toBeUndefined();
    expect(c!.producers.map((p) => p.country.id).sort()).toEqual([...byCountry.keys()].sort());
    const us = c!.producers.find((p) => p.country.id === 'country:US')!;
    expect(us).toMatchObject({
      rank: 1,
      reported: { value: 81, unit: 'million cubic meters', bound: 'exact' },
      quantityBase: 81,
      estimated: true,
      noValueReason: null,
      note:
        'sum of 2 rows: 68 million cubic meters (USGS label: United States (extracted from natural gas)); ' +
        '13 million cubic meters (USGS label: United States (from Cliffside Field))',
    });
    expect(c!.topSharePct).toBe((byCountry.get('country:US')! / listed) * 100);
    expect(c!.hhi).toBeCloseTo(hhiOf([...byCountry.values()], listed), 9);
    expect(Math.round(c!.hhi)).toBe(3232);
    // 2023 production (64 + 18) and 2024 reserves (8,500 + 50) likewise.
    const y2023 = await ask({ measureId: HELIUM, year: 2023 });
    expect(y2023.c!.producers.filter((p) => p.country.id === 'country:US').map((p) => p.quantityBase)).toEqual([82]);
    const reserves = await ask({ measureId: HELIUM, basis: 'reserves' });
    expect(reserves.c!.producers.filter((p) => p.country.id === 'country:US').map((p) => p.quantityBase)).toEqual([8550]);
    // What-if: excluding the United States removes both rows; an addition goes to its one row.
    const ex = await ask({ measureId: HELIUM, exclude: ['country:US'] });
    expect(ex.c!.producers.some((p) => p.country.id === 'country:US')).toBe(false);
    expect(ex.c!.adjustments).toEqual(['excluded United States (81 million cubic meters)']);
    expect(ex.c!.listedBase).toBe(185.5 - 81);
    const add = await ask({ measureId: HELIUM, add: [{ countryId: 'country:US', quantity: 10, unit: 'million cubic meters' }] });
    expect(add.c!.producers.filter((p) => p.country.id === 'country:US').map((p) => p.quantityBase)).toEqual([91]);
    expect(add.c!.listedBase).toBe(195.5);
  });

  it('helium with 10 million cubic meters added for Kazakhstan; tonnes are refused naming addSupply[0].unit and the measure unit', async () => {
    const added = await ask({ measureId: HELIUM, add: [{ countryId: 'country:KZ', quantity: 10, unit: 'million cubic meters' }] });
    expect(added.res.errors).toBeUndefined();
    expect(added.c!.denominator).toBe(
      'USGS world total 180 million cubic meters + added 10 million cubic meters = 190 million cubic meters, less than the 195.5 million cubic meters ' +
        'the listed producers add up to (USGS world totals are rounded): the listed sum, 195.5 million cubic meters, is used',
    );
    expect(added.c!.adjustments).toEqual(['added 10 million cubic meters for Kazakhstan (10 million cubic meters given)']);
    const tonnes = await ask({ measureId: HELIUM, add: [{ countryId: 'country:KZ', quantity: 1000, unit: 't' }] });
    expect(tonnes.c).toBeNull();
    expect(tonnes.res.errors?.[0]).toMatchObject({
      message: `addSupply[0].unit: "t" is a mass unit, but the measure's figures are in "million cubic meters" (volume); give the quantity in one of: million cubic meters (each optionally per year, e.g. million cubic meters/yr)`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'addSupply[0].unit' },
    });
  });

  it('industrial diamonds 2024 in million carats; 500 thousand carats added convert to 0.5 million carats', async () => {
    const { c } = await ask({ measureId: DIAMOND });
    expect(c).toMatchObject({ baseUnit: 'million carats', unitFamily: 'carats', worldTotalBase: 41, denominatorBase: 41, listedBase: 40, unattributedBase: 1 });
    expect(c!.denominator).toBe('USGS world total 41 million carats');
    const added = await ask({ measureId: DIAMOND, add: [{ countryId: 'country:KZ', quantity: 500, unit: 'thousand carats' }] });
    expect(added.c).toMatchObject({ denominatorMethod: 'ADJUSTED_WORLD_TOTAL', denominatorBase: 41.5, listedBase: 40.5 });
    expect(added.c!.denominator).toBe('USGS world total 41 million carats + added 0.5 million carats = 41.5 million carats');
    expect(added.c!.producers.find((p) => p.country.id === 'country:KZ')).toMatchObject({ quantityBase: 0.5, tonnes: null, added: true });
    const mass = await ask({ measureId: GEMSTONES, add: [{ countryId: 'country:KZ', quantity: 5, unit: 'kg' }] });
    expect(mass.res.errors?.[0]).toMatchObject({
      message: `addSupply[0].unit: "kg" is a mass unit, but the measure's figures are in "thousand carats" (carats); give the quantity in one of: thousand carats, million carats (each optionally per year, e.g. thousand carats/yr)`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'addSupply[0].unit' },
    });
  });

  it('gem diamonds 2024: thousand carats, 72,136 listed above the rounded 72,000', async () => {
    const { c } = await ask({ measureId: GEMSTONES });
    expect(c).toMatchObject({
      baseUnit: 'thousand carats',
      worldTotalBase: 72_000,
      denominatorBase: 72_136,
      denominatorMethod: 'LISTED_SUM_ABOVE_WORLD_TOTAL',
    });
    expect(c!.topSharePct).toBeCloseTo((21_000 / 72_136) * 100, 12);
  });
});

describe('unit spellings are exact', () => {
  it.each(['mt', 'MT', 'mt/yr'])('%s is ambiguous: BAD_USER_INPUT naming addSupply[0].unit, saying to write t or Mt', async (unit) => {
    const { res, c } = await ask({ measureId: GALLIUM, add: [{ countryId: 'country:KZ', quantity: 15, unit }] });
    expect(c).toBeNull();
    expect(res.errors?.[0]).toMatchObject({
      message: `addSupply[0].unit: unit "${unit}" is ambiguous: write "t" for metric tons or "Mt" for million metric tons; the measure is in "t", write one of: ${MASS_UNITS}`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'addSupply[0].unit' },
    });
  });

  it('another case variant is refused naming the listed spelling; t, Mt and the words are read as written', async () => {
    const kg = await ask({ measureId: GALLIUM, add: [{ countryId: 'country:KZ', quantity: 15, unit: 'KG' }] });
    expect(kg.res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'addSupply[0].unit' } });
    expect(kg.res.errors?.[0].message).toContain('write "kg"');
    for (const [unit, quantity] of [
      ['t', 15],
      ['t/yr', 15],
      ['kilograms', 15_000],
      ['Mt', 0.000015],
    ] as const) {
      const { res, c } = await ask({ measureId: GALLIUM, add: [{ countryId: 'country:KZ', quantity, unit }] });
      expect(res.errors).toBeUndefined();
      expect(c!.producers.find((p) => p.country.id === 'country:KZ')).toMatchObject({ quantityBase: 15, tonnes: 15 });
    }
  });
});

describe('every measure, basis and year of the bundled world table (sweep through HTTP)', () => {
  it('base unit of the measure family, listed shares ≤ 100 exactly, HHI within 0–10,000, …Tonnes only for mass', async () => {
    const measures = await app.db.read<{ id: string; unit: string }>(
      `MATCH (m:Measure) WHERE EXISTS { MATCH (:Country)-[r:PRODUCES|HOLDS_RESERVES]->() WHERE r.measureId = m.id }
       RETURN m.id AS id, m.unit AS unit ORDER BY id`,
    );
    const cases = measures.flatMap((m) => ['production', 'capacity', 'reserves'].flatMap((basis) => [2023, 2024].map((year) => ({ ...m, basis, year }))));
    const answered: Array<{ id: string; basis: string; year: number; family: string }> = [];
    const queue = [...cases];
    await Promise.all(
      [0, 1, 2, 3].map(async () => {
        for (let k = queue.shift(); k; k = queue.shift()) {
          const { res, c } = await ask({ measureId: k.id, basis: k.basis, year: k.year });
          if (!c) {
            // The only refusal: no figures of this basis and year (the message names those that have some).
            expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
            expect(res.errors?.[0].message).toContain(`has no ${k.basis} figures for ${k.year}`);
            continue;
          }
          const family = rateRow(k.unit)?.family;
          expect({ k, baseUnit: c.baseUnit, unitFamily: c.unitFamily }).toEqual({ k, baseUnit: family === 'mass' ? 't' : k.unit, unitFamily: family });
          expect({ k, sum: shareSum(c) <= 100 }).toEqual({ k, sum: true });
          expect(c.hhi).toBeGreaterThanOrEqual(0);
          expect(c.hhi).toBeLessThanOrEqual(10_000);
          expect(c.denominatorBase).toBeGreaterThanOrEqual(c.listedBase);
          // A producer is a country: none listed twice; the HHI is the sum of the squared shares.
          const ids = c.producers.map((p) => p.country.id);
          expect({ k, duplicates: ids.filter((id, i) => ids.indexOf(id) !== i) }).toEqual({ k, duplicates: [] });
          const squares = c.producers.reduce((s, p) => s + (p.sharePct ?? 0) ** 2, 0);
          expect(Math.abs(c.hhi - squares)).toBeLessThanOrEqual(1e-9 * Math.max(1, squares));
          expect(c.denominatorTonnes).toBe(family === 'mass' ? c.denominatorBase : null);
          expect(c.worldTotalTonnes).toBe(family === 'mass' ? c.worldTotalBase : null);
          for (const p of c.producers) {
            expect(p.tonnes).toBe(family === 'mass' ? p.quantityBase : null);
            if (p.reported && p.quantityBase !== null) expect(p.quantityBase).toBeCloseTo(convert(p.reported.value, p.reported.unit, c.baseUnit)!, 9);
          }
          answered.push({ id: k.id, basis: k.basis, year: k.year, family: family ?? 'none' });
        }
      }),
    );
    // 89 measures × 3 bases × 2 years; 9 answers not in mass: helium, gem and industrial diamonds, production 2023 and 2024 and reserves 2024.
    const count = (f: (a: (typeof answered)[number]) => boolean) => answered.filter(f).length;
    expect({ cases: cases.length, answered: answered.length, notMass: count((a) => a.family !== 'mass') }).toEqual({ cases: 534, answered: 238, notMass: 9 });
  }, 240_000);
});
