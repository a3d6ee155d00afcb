/**
 * Value-chain stages through HTTP: bauxite → alumina → aluminium in 2023 and 2024 against
 * figures computed here, independently, from the vendored USGS world CSV; the stage table
 * checked against the import; bad input.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { stageChange, stageYear, VALUE_CHAINS } from '../src/analytics/stages.js';
import { countryCode } from '../src/model/countries.js';
import { importUsgs } from '../src/usgs/import.js';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

const app = useBundledApp();

const world = (
  parse(readFileSync('data/usgs-mcs-2025/world/MCS2025_World_Data.csv', 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>
).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.replace(/\s+/g, ''), v.replace(/\u00a0/g, ' ').trim()])));

/**
 * Top share, top-three share and HHI of one USGS row set, as an analyst computes them from the
 * CSV: shares of the world-total row, or of the listed countries' sum when the (rounded) world
 * total is below it.
 */
function expected(commodity: string, type: string, column: string) {
  const rows = world.filter((r) => r.COMMODITY === commodity && r.TYPE === type);
  const total = Number(rows.find((r) => r.COUNTRY.startsWith('World total'))![column].replace(/,/g, ''));
  const named = rows
    .filter((r) => !/^(World total|Other countries)/i.test(r.COUNTRY) && /^\d/.test(r[column]))
    .map((r) => ({ country: r.COUNTRY, value: Number(r[column].replace(/,/g, '')) }))
    .sort((a, b) => b.value - a.value);
  const listed = named.reduce((s, n) => s + n.value, 0);
  const denominator = Math.max(total, listed);
  const shares = named.map((n) => (n.value / denominator) * 100);
  return {
    top: named[0].country,
    topSharePct: shares[0],
    top3SharePct: shares[0] + shares[1] + shares[2],
    hhi: shares.reduce((s, x) => s + x * x, 0),
    producerCount: named.filter((n) => n.value > 0).length,
    method: total >= listed ? 'WORLD_TOTAL' : 'LISTED_SUM_ABOVE_WORLD_TOTAL',
  };
}

const Q = `query ($itemId: ID!, $years: [Int!]) {
  valueChainConcentration(itemId: $itemId, years: $years) {
    chain item { id } years formula sources { id }
    stages { stage label basis measure { id } item { id }
      years { year hasFigures topProducer { id name isoCode } topSharePct top3SharePct hhi producerCount denominatorTonnes denominatorMethod listedTonnes denominator }
      change { fromYear toYear topSharePctPoints top3SharePctPoints hhi topProducerChanged } }
  }
}`;

interface Year {
  year: number;
  hasFigures: boolean;
  topProducer: { name: string; isoCode: string } | null;
  topSharePct: number;
  top3SharePct: number;
  hhi: number;
  producerCount: number;
  denominatorTonnes: number;
  denominatorMethod: string | null;
  listedTonnes: number | null;
}

describe('value-chain stages (GraphQL)', () => {
  it('bauxite → alumina → aluminium, 2023 and 2024: per stage the USGS top producer, shares and HHI, and the change', async () => {
    const res = await gql(app.url, Q, { itemId: 'product:alumina' });
    expect(res.errors).toBeUndefined();
    const v = res.data.valueChainConcentration;
    expect(v).toMatchObject({
      chain: 'bauxite → alumina → aluminium',
      item: { id: 'product:alumina' },
      years: [2023, 2024],
      sources: [{ id: 'source:usgs-mcs-2025-world' }],
    });
    expect(v.stages.map((s: { stage: string; item: { id: string } }) => `${s.stage} ${s.item.id}`)).toEqual([
      'reserves product:bauxite',
      'mine product:bauxite',
      'refinery product:alumina',
      'smelter metal:aluminium',
    ]);
    const cases: [number, string, string, string][] = [
      [1, 'Bauxite', 'Mine production, bauxite, dry tons', 'PROD'],
      [2, 'Bauxite', 'Refinery production, alumina - calcined equivalent weights', 'PROD'],
      [3, 'Aluminum', 'Smelter production, aluminum', 'PROD'],
    ];
    for (const [i, commodity, type] of cases) {
      const stage = v.stages[i];
      for (const [yi, column] of [
        [0, 'PROD_2023'],
        [1, 'PROD_EST_2024'],
      ] as const) {
        const e = expected(commodity, type, column);
        const y: Year = stage.years[yi];
        expect(y.hasFigures).toBe(true);
        expect(y.topProducer!.isoCode).toBe(countryCode(e.top));
        expect(y.topSharePct).toBeCloseTo(e.topSharePct, 9);
        expect(y.top3SharePct).toBeCloseTo(e.top3SharePct, 9);
        expect(y.hhi).toBeCloseTo(e.hhi, 6);
        expect(y.producerCount).toBe(e.producerCount);
        expect(y.denominatorMethod).toBe(e.method);
      }
      expect(stage.change.topSharePctPoints).toBeCloseTo(stage.years[1].topSharePct - stage.years[0].topSharePct, 9);
      expect(stage.change.hhi).toBeCloseTo(stage.years[1].hhi - stage.years[0].hhi, 6);
      expect(stage.change.topProducerChanged).toBe(false);
    }
    // Rounded: Guinea 28.1 % of 2023 bauxite, China 58.4 % of alumina and 59.4 % of aluminium.
    expect(
      v.stages.slice(1).map((s: { years: Year[] }) => s.years.map((y) => `${y.topProducer!.isoCode} ${y.topSharePct.toFixed(1)} ${Math.round(y.hhi)}`)),
    ).toEqual([
      ['GN 28.1 1920', 'GN 28.9 1899'],
      ['CN 58.4 3699', 'CN 59.2 3765'],
      ['CN 59.4 3649', 'CN 59.7 3682'],
    ]);
    expect(v.stages[3].years[1].denominatorTonnes).toBe(72_000_000);
  });

  it('reserves exist for 2024 only: 2023 has no figures and no change; 2024 against the world reserves total', async () => {
    const res = await gql(app.url, Q, { itemId: 'product:bauxite' });
    const reserves = res.data.valueChainConcentration.stages[0];
    expect(reserves.years[0]).toMatchObject({
      year: 2023,
      hasFigures: false,
      topProducer: null,
      hhi: null,
      denominator: 'USGS MCS 2025 gives no reserves figures for 2023',
    });
    expect(reserves.change).toBeNull();
    const e = expected('Bauxite', 'Mine production, bauxite, dry tons', 'RESERVES_2024');
    expect(reserves.years[1].topProducer.isoCode).toBe(countryCode(e.top));
    expect(reserves.years[1].topSharePct).toBeCloseTo(e.topSharePct, 9);
    expect(reserves.years[1].hhi).toBeCloseTo(e.hhi, 6);
    expect(reserves.years[1].denominatorTonnes).toBe(29_000_000_000);
  });

  it('rare earths and gallium: China on top in every stage with figures; one year only gives no change', async () => {
    const re = await gql(app.url, Q, { itemId: 'product:rare-earths' });
    expect(re.data.valueChainConcentration.stages.map((s: { stage: string }) => s.stage)).toEqual(['reserves', 'mine']);
    const mine = re.data.valueChainConcentration.stages[1];
    expect(mine.years.map((y: Year) => y.topProducer!.isoCode)).toEqual(['CN', 'CN']);
    const ga = await gql(app.url, Q, { itemId: 'metal:gallium', years: [2024] });
    const [capacity, production] = ga.data.valueChainConcentration.stages;
    expect(capacity.years[0].topProducer.isoCode).toBe('CN');
    // As supplyConcentration: China's 750 t of the 762 t listed, above the rounded 760 t world total.
    expect(production.years[0]).toMatchObject({ denominatorTonnes: 762, listedTonnes: 762, denominatorMethod: 'LISTED_SUM_ABOVE_WORLD_TOTAL' });
    expect(production.years[0].topSharePct.toFixed(1)).toBe('98.4');
    const direct = await gql(app.url, '{ supplyConcentration(measureId: "measure:gallium-primary-production", year: 2024) { topSharePct hhi } }');
    expect(production.years[0].topSharePct).toBe(direct.data.supplyConcentration.topSharePct);
    expect(production.years[0].hhi).toBe(direct.data.supplyConcentration.hhi);
    expect(production.change).toBeNull();
  });

  it('holds every stage and year within bounds: top ≤ top three ≤ 100 %, HHI 0–10,000, listed ≤ denominator (every chain, every item of it)', async () => {
    for (const chain of VALUE_CHAINS) {
      for (const itemId of chain.itemIds) {
        const res = await gql(app.url, Q, { itemId });
        expect(res.errors).toBeUndefined();
        for (const stage of res.data.valueChainConcentration.stages) {
          for (const y of stage.years as Year[]) {
            if (!y.hasFigures) continue;
            expect(0 <= y.topSharePct && y.topSharePct <= y.top3SharePct + 1e-9 && y.top3SharePct <= 100 + 1e-9).toBe(true);
            expect(y.hhi).toBeGreaterThanOrEqual(0);
            expect(y.hhi).toBeLessThanOrEqual(10_000 + 1e-6);
            expect(y.listedTonnes!).toBeLessThanOrEqual(y.denominatorTonnes);
            expect(['WORLD_TOTAL', 'LISTED_SUM_ABOVE_WORLD_TOTAL', 'LISTED_SUM_NO_WORLD_TOTAL']).toContain(y.denominatorMethod);
          }
        }
      }
    }
  });

  it('years: [] matches no year: every stage, no figures, no change', async () => {
    const res = await gql(app.url, Q, { itemId: 'metal:aluminium', years: [] });
    expect(res.errors).toBeUndefined();
    const v = res.data.valueChainConcentration;
    expect(v.years).toEqual([]);
    expect(v.stages.map((s: { stage: string; measure: { id: string }; years: Year[]; change: unknown }) => [s.stage, s.measure.id, s.years, s.change])).toEqual(
      VALUE_CHAINS[0].stages.map((s) => [s.stage, s.measureId, [], null]),
    );
  });

  it('bad input: an item without a chain, a year outside 2023–2024, a malformed or unknown item', async () => {
    const none = await gql(app.url, Q, { itemId: 'metal:antimony' });
    expect(none.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('no value chain is mapped for metal:antimony'),
    });
    expect(none.data).toEqual({ valueChainConcentration: null });
    const year = await gql(app.url, Q, { itemId: 'metal:gallium', years: [2024, 2022] });
    expect(year.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'years[1]' },
      message: expect.stringContaining('years[1] must be one of 2023, 2024'),
    });
    const country = await gql(app.url, Q, { itemId: 'country:CN' });
    expect(country.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'itemId' } });
    const unknown = await gql(app.url, Q, { itemId: 'metal:unobtainium' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the stage table', () => {
  const { dataset } = importUsgs('data/usgs-mcs-2025');
  it.each(VALUE_CHAINS.flatMap((c) => c.stages.map((s) => [c.name, s.stage, s] as const)))(
    '%s: %s names a world measure with figures of its basis',
    (_c, _s, stage) => {
      expect(dataset.nodes.some((n) => n.id === stage.measureId && n.label === 'Measure')).toBe(true);
      expect(dataset.relationships.some((r) => r.measureId === stage.measureId && r.basis === stage.basis && r.quantityBase !== undefined)).toBe(true);
    },
  );
  it('a change needs figures in both years; a missing year is stated', () => {
    const none = stageYear(2023, null, 'no figures');
    expect(none).toMatchObject({ hasFigures: false, denominator: 'no figures', producerCount: 0 });
    expect(stageChange(none, none)).toBeNull();
  });
});
