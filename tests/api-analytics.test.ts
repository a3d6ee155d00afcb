/** Supply concentration, what-if, import reliance and export controls through /graphql. */
import { describe, expect, it } from 'vitest';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

const app = useBundledApp();
const db = app.db;

const CONCENTRATION = `query ($itemId: ID, $measureId: ID, $year: Int!, $exclude: [ID!], $add: [ID!]) {
  supplyConcentration(itemId: $itemId, measureId: $measureId, year: $year, excludeCountries: $exclude, addPlannedCapacityOf: $add) {
    measure { id } item { id } year baseUnit worldTotal { value unit } worldTotalTonnes denominatorTonnes denominator
    hhi topSharePct formula adjustments
    topProducer { country { id } sharePct }
    producers { rank country { id name } tonnes sharePct reported { value unit } added noValueReason sources { id } }
    sources { id doi }
  }
}`;

describe('supply concentration (Q3, Q4, Q11)', () => {
  it('Q3: China holds 98.4 % of 2024 primary gallium and the HHI is about 9,688, against the 762 t listed (above the rounded 760 t world total)', async () => {
    const res = await gql(app.url, CONCENTRATION, { itemId: 'metal:gallium', year: 2024 });
    expect(res.errors).toBeUndefined();
    const c = res.data.supplyConcentration;
    expect(c.measure.id).toBe('measure:gallium-primary-production');
    expect(c.worldTotal).toEqual({ value: 760000, unit: 'kilograms' });
    expect(c.worldTotalTonnes).toBe(760);
    expect(c.denominatorTonnes).toBe(762);
    expect(c.denominator).toBe(
      'USGS world total 760 t, less than the 762 t the listed producers add up to (USGS world totals are rounded): the listed sum, 762 t, is used',
    );
    expect(c.topProducer.country.id).toBe('country:CN');
    expect(c.topSharePct.toFixed(1)).toBe('98.4');
    expect(Math.round(c.hhi)).toBe(9688);
    expect(c.formula).toMatch(/^HHI = Σ \(share_i\)²/);
    const ranked = c.producers.filter((p: { rank: number | null }) => p.rank !== null);
    expect(ranked.map((p: { country: { id: string }; tonnes: number }) => [p.country.id, p.tonnes])).toEqual([
      ['country:CN', 750],
      ['country:RU', 6],
      ['country:JP', 3],
      ['country:KR', 3],
    ]);
    expect(ranked[0].reported).toEqual({ value: 750000, unit: 'kilograms' });
    expect(c.sources).toEqual([{ id: 'source:usgs-mcs-2025-world', doi: '10.5066/P13XCP3R' }]);
  });

  it("Q4: with the Pavlodar plant's planned 15 t/yr, Kazakhstan ranks second and China falls to about 96.5 %", async () => {
    const res = await gql(app.url, CONCENTRATION, { itemId: 'metal:gallium', year: 2024, add: ['facility:pavlodar-gallium-plant'] });
    expect(res.errors).toBeUndefined();
    const c = res.data.supplyConcentration;
    const kz = c.producers.find((p: { country: { id: string } }) => p.country.id === 'country:KZ');
    expect(kz).toMatchObject({ rank: 2, tonnes: 15, added: true });
    expect(kz.sources.map((s: { id: string }) => s.id)).toContain('source:gate-erg-kazakhstan-article');
    expect(c.denominatorTonnes).toBe(777); // 760 + 15 = 775 t is below the 777 t listed
    expect(c.topSharePct.toFixed(1)).toBe('96.5');
    expect(c.adjustments).toEqual(['added 15 t for Kazakhstan (planned capacity of Pavlodar gallium recovery unit, 15 t/yr)']);
  });

  it('Q11: antimony mine production 2024, top producers and the sources outside China', async () => {
    const all = await gql(app.url, CONCENTRATION, { measureId: 'measure:antimony-mine-production-antimony-content', year: 2024 });
    expect(all.errors).toBeUndefined();
    expect(all.data.supplyConcentration.topProducer.country.id).toBe('country:CN');
    expect(all.data.supplyConcentration.topSharePct).toBeCloseTo((60000 / 103960) * 100, 6); // of the 103,960 t listed, above the rounded 100,000 t
    const outside = await gql(app.url, CONCENTRATION, { measureId: 'measure:antimony-mine-production-antimony-content', year: 2024, exclude: ['country:CN'] });
    const c = outside.data.supplyConcentration;
    expect(c.producers.map((p: { country: { id: string } }) => p.country.id)).not.toContain('country:CN');
    expect(c.denominatorTonnes).toBe(43960); // 100,000 − 60,000 = 40,000 t is below the 43,960 t listed
    const kz = c.producers.find((p: { country: { id: string } }) => p.country.id === 'country:KZ');
    expect(kz.tonnes).toBe(40);
    expect(c.adjustments[0]).toMatch(/^excluded China \(60,000 t\)$/);
  });

  it('asks which measure when an item has several, and refuses unknown ones', async () => {
    const [{ itemId, n }] = await db.read<{ itemId: string; n: number }>(
      'MATCH (m:Measure)-[:MEASURES]->(i) WHERE m.statistic IS NULL WITH i, count(m) AS n WHERE n > 1 RETURN i.id AS itemId, n ORDER BY i.id LIMIT 1',
    );
    const several = await gql(app.url, CONCENTRATION, { itemId, year: 2024 });
    expect(several.status).toBe(200);
    expect(several.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(several.errors?.[0].message).toMatch(new RegExp(`^${itemId} has several USGS measures; choose one as measureId: measure:`));
    expect(several.errors?.[0].message.match(/measure:/g)).toHaveLength(n);
    const unknown = await gql(app.url, CONCENTRATION, { measureId: 'measure:unobtainium-mine-production', year: 2024 });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Measure measure:unobtainium-mine-production not found', extensions: { code: 'NOT_FOUND' } });
    const noYear = await gql(app.url, CONCENTRATION, { itemId: 'metal:gallium', year: 2019 });
    expect(noYear.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('import reliance (Q12)', () => {
  it('lists the critical minerals the United States imports entirely, with ranked sources', async () => {
    const res = await gql(
      app.url,
      `{ importReliance(countryId: "country:US", minPct: 100, criticalOnly: true) {
      item { id name } reliance { value unit bound } period importSources { rank country { id } } sources { id } } }`,
    );
    expect(res.errors).toBeUndefined();
    const rows = res.data.importReliance;
    expect(rows).toHaveLength(10);
    for (const r of rows) expect(r.reliance).toMatchObject({ value: 100, bound: 'exact' });
    const gallium = rows.find((r: { item: { id: string } }) => r.item.id === 'metal:gallium');
    expect(gallium.importSources[0]).toEqual({ rank: 1, country: { id: 'country:JP' } });
    expect(gallium.period).toBe('2020–2023');
    expect(gallium.sources.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['source:usgs-mcs-2025-t5', 'source:usgs-mcs-2025-fig2']));
  });
});

describe('export controls on a date (Q5)', () => {
  const Q = `query ($asOf: String) { exportControls(countryId: "country:CN", asOf: $asOf) {
    policy { id reference } restricts { id } targets statusAsOf } }`;
  const statusOf = (rows: Array<{ policy: { id: string }; statusAsOf: string }>, id: string) => rows.find((r) => r.policy.id === id)?.statusAsOf;

  it("gives China's three measures with the metals each restricts", async () => {
    const res = await gql(app.url, Q, { asOf: '2025-06-01' });
    expect(res.errors).toBeUndefined();
    const rows = res.data.exportControls;
    expect(rows.map((r: { policy: { id: string } }) => r.policy.id)).toEqual([
      'policy:cn-mofcom-2023-23',
      'policy:cn-mofcom-2024-33',
      'policy:cn-mofcom-2024-46',
    ]);
    expect(rows[0].restricts.map((m: { id: string }) => m.id).sort()).toEqual(['metal:gallium', 'metal:germanium']);
    expect(rows[1].restricts.map((m: { id: string }) => m.id)).toEqual(['metal:antimony']);
    expect(rows[2].targets).toEqual(['US']);
  });

  it('shows the US-specific ban in force before 9 Nov 2025 and suspended after', async () => {
    const before = (await gql(app.url, Q, { asOf: '2025-11-08' })).data.exportControls;
    const after = (await gql(app.url, Q, { asOf: '2025-11-09' })).data.exportControls;
    const lapsed = (await gql(app.url, Q, { asOf: '2026-11-27' })).data.exportControls;
    expect(statusOf(before, 'policy:cn-mofcom-2024-46')).toBe('inForce');
    expect(statusOf(after, 'policy:cn-mofcom-2024-46')).toBe('suspended');
    expect(statusOf(lapsed, 'policy:cn-mofcom-2024-46')).toBe('inForce');
    expect(statusOf(after, 'policy:cn-mofcom-2023-23')).toBe('inForce');
    expect(statusOf((await gql(app.url, Q, { asOf: '2023-07-15' })).data.exportControls, 'policy:cn-mofcom-2023-23')).toBe('notYetInForce');
  });

  it('refuses an unknown country instead of answering with nothing', async () => {
    const res = await gql(app.url, '{ exportControls(countryId: "country:XX") { statusAsOf } }');
    expect(res.errors?.[0]).toMatchObject({ message: 'Country country:XX not found', extensions: { code: 'NOT_FOUND' } });
  });

  it('refuses an impossible date', async () => {
    const res = await gql(app.url, Q, { asOf: '2026-02-30' });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.errors?.[0].message).toContain('asOf must be a real calendar day as YYYY-MM-DD');
  });
});

describe('asOf on relationship fields (time)', () => {
  const Q = `query ($asOf: String) { node(id: "policy:cn-mofcom-2024-46") {
    ... on Policy { relations(types: [SUSPENDS], asOf: $asOf) { type direction other { id } validity { from to } } } } }`;

  it('shows the suspension of the US-specific ban only from 9 Nov 2025, until 27 Nov 2026', async () => {
    const on = async (asOf: string | null) => (await gql(app.url, Q, { asOf })).data.node.relations.map((r: { other: { id: string } }) => r.other.id);
    expect(await on('2025-11-08')).toEqual([]);
    expect(await on('2025-11-09')).toEqual(['policy:cn-mofcom-2024-46-suspension']);
    expect(await on('2026-11-27')).toEqual([]);
    expect(await on(null)).toEqual(['policy:cn-mofcom-2024-46-suspension']);
  });

  it('refuses an impossible asOf', async () => {
    const res = await gql(app.url, Q, { asOf: '2026-02-30' });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
