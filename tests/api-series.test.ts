/**
 * USGS salient statistics through HTTP against the bundled graph: the `series` query and the
 * `/feeds/series` BI feed, checked against the vendored gallium table read independently here.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SERIES_COLUMNS } from '../src/feeds/series.js';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

const app = useBundledApp();

/** The gallium salient table as the file has it: column → [year, cell] per row. */
const galliumFile = parse(readFileSync('data/usgs-mcs-2025/salient/mcs2025-galli_salient.csv', 'utf8'), { bom: true, columns: true }) as Array<
  Record<string, string>
>;
const fileSeries = (column: string) => galliumFile.map((r) => [Number(r.Year), r[column]] as const);

const SERIES = `query ($itemId: ID!, $statistics: [Basis!], $form: String, $countryId: ID! = "country:US", $fromYear: Int, $toYear: Int) {
  series(itemId: $itemId, statistics: $statistics, form: $form, countryId: $countryId, fromYear: $fromYear, toYear: $toYear) {
    measure { id measure statistic form unit } item { id name } country { id } statistic form unit baseUnit
    points { year quantity { value unit bound } tonnes estimated noValueReason note sources { id doi } }
    sources { id name doi }
  }
}`;

interface Point {
  year: number;
  quantity: { value: number; unit: string; bound: string } | null;
  tonnes: number | null;
  estimated: boolean;
  noValueReason: string | null;
  sources: { id: string; doi: string }[];
}

describe('series (GraphQL)', () => {
  it('gallium U.S. consumption 2020–2024 as in the file: 15,700 kg in 2020, 19,200 kg in 2023', async () => {
    const res = await gql(app.url, SERIES, { itemId: 'metal:gallium', statistics: ['consumption'] });
    expect(res.errors).toBeUndefined();
    expect(res.data.series).toHaveLength(1);
    const s = res.data.series[0];
    expect(s).toMatchObject({
      measure: { id: 'measure:salient-galli-consump-kg', measure: 'Consump_kg', statistic: 'consumption', form: null, unit: 'kilograms' },
      item: { id: 'metal:gallium' },
      country: { id: 'country:US' },
      statistic: 'consumption',
      unit: 'kilograms',
      baseUnit: 't',
      sources: [{ id: 'source:usgs-mcs-2025-salient-galli', doi: '10.5066/P13XCP3R', name: expect.stringContaining('Gallium salient statistics') }],
    });
    expect(s.points.map((p: Point) => [p.year, p.quantity?.value])).toEqual(fileSeries('Consump_kg').map(([y, v]) => [y, Number(v)]));
    const byYear = new Map<number, Point>(s.points.map((p: Point) => [p.year, p]));
    expect(byYear.get(2020)).toMatchObject({ quantity: { value: 15700, unit: 'kilograms', bound: 'exact' }, tonnes: 15.7, estimated: false });
    expect(byYear.get(2023)).toMatchObject({ quantity: { value: 19200, unit: 'kilograms', bound: 'exact' }, tonnes: 19.2 });
    expect(byYear.get(2024)!.estimated).toBe(true);
    expect(s.points.every((p: Point) => p.sources[0].id === 'source:usgs-mcs-2025-salient-galli')).toBe(true);
  });

  it('the high-purity price: 596 $/kg in 2020 and 450 $/kg in 2023, as in the file', async () => {
    const res = await gql(app.url, SERIES, { itemId: 'metal:gallium', statistics: ['price'], form: 'high-purity' });
    expect(res.errors).toBeUndefined();
    expect(res.data.series.map((s: { measure: { id: string } }) => s.measure.id)).toEqual(['measure:salient-galli-price-high-purity-dkg']);
    const s = res.data.series[0];
    expect(s).toMatchObject({ form: 'High-purity', unit: 'dollars per kilogram', baseUnit: 'dollars per kilogram' });
    expect(s.points.map((p: Point) => [p.year, p.quantity?.value, p.tonnes])).toEqual(
      fileSeries('Price_High-purity_dkg').map(([y, v]) => [y, Number(v), null]),
    );
    expect(s.points.find((p: Point) => p.year === 2020).quantity.value).toBe(596);
    expect(s.points.find((p: Point) => p.year === 2023).quantity.value).toBe(450);
  });

  it('all statistics of gallium, one series per USGS column, with NA exports as no figure', async () => {
    const res = await gql(app.url, SERIES, { itemId: 'metal:gallium' });
    expect(res.errors).toBeUndefined();
    const columns = Object.keys(galliumFile[0]).filter((c) => !['DataSource', 'Commodity', 'Year'].includes(c));
    expect(res.data.series.map((s: { measure: { measure: string } }) => s.measure.measure).sort()).toEqual(columns.sort());
    const exports = res.data.series.find((s: { statistic: string }) => s.statistic === 'exports');
    expect(exports.points.map((p: Point) => [p.quantity, p.noValueReason])).toEqual(Array(5).fill([null, 'not available']));
    const nir = res.data.series.find((s: { statistic: string }) => s.statistic === 'importReliance');
    expect(nir.points.map((p: Point) => p.quantity)).toEqual(Array(5).fill({ value: 100, unit: 'percent', bound: 'exact' }));
  });

  it('years narrow the points; bounds and net exporters come through (bauxite reliance >75, boron E)', async () => {
    const res = await gql(app.url, SERIES, { itemId: 'metal:gallium', statistics: ['consumption'], fromYear: 2022, toYear: 2023 });
    expect(res.data.series[0].points.map((p: Point) => p.year)).toEqual([2022, 2023]);
    const bx = await gql(app.url, SERIES, { itemId: 'product:bauxite', statistics: ['importReliance'] });
    expect(bx.data.series[0].points.map((p: Point) => p.quantity)).toEqual(Array(5).fill({ value: 75, unit: 'percent', bound: 'atLeast' }));
    const boron = await gql(app.url, SERIES, { itemId: 'product:boron', statistics: ['importReliance'] });
    expect(boron.data.series[0].points.map((p: Point) => p.noValueReason)).toEqual(Array(5).fill('net exporter'));
  });

  it('bad input: NOT_FOUND for an unknown item or country, BAD_USER_INPUT for reversed years or an unknown statistic', async () => {
    const item = await gql(app.url, SERIES, { itemId: 'metal:unobtainium' });
    expect(item.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const country = await gql(app.url, SERIES, { itemId: 'metal:gallium', countryId: 'country:ZZ' });
    expect(country.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const notCountry = await gql(app.url, SERIES, { itemId: 'metal:gallium', countryId: 'metal:gallium' });
    expect(notCountry.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'countryId' },
      message: expect.stringContaining('countryId "metal:gallium" is not a country id'),
    });
    const years = await gql(app.url, SERIES, { itemId: 'metal:gallium', fromYear: 2024, toYear: 2020 });
    expect(years.errors?.[0]).toMatchObject({
      message: 'fromYear (2024) is after toYear (2020)',
      extensions: { code: 'BAD_USER_INPUT', argument: 'fromYear' },
    });
    expect(years.data).toEqual({ series: null });
    const stat = await gql(app.url, SERIES, { itemId: 'metal:gallium', statistics: ['weather'] });
    expect(stat.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const notStatistic = await gql(app.url, SERIES, { itemId: 'metal:gallium', statistics: ['reserves'] });
    expect(notStatistic.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'statistics[0]' },
      message: expect.stringContaining('statistics[0] "reserves" is not a statistic'),
    });
    const farYear = await gql(app.url, SERIES, { itemId: 'metal:gallium', fromYear: 1800 });
    expect(farYear.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'fromYear' } });
    const malformed = await gql(app.url, SERIES, { itemId: 'gallium' });
    expect(malformed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'itemId' } });
  });

  it('statistics: [] matches nothing', async () => {
    const res = await gql(app.url, SERIES, { itemId: 'metal:gallium', statistics: [] });
    expect(res.errors).toBeUndefined();
    expect(res.data.series).toEqual([]);
  });
});

describe('/feeds/series', () => {
  const get = async (p: string) => {
    const res = await fetch(`${app.url}${p}`);
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };

  it('CSV: gallium consumption and high-purity price per year as in the file, with unit, bound and source', async () => {
    const res = await get('/feeds/series.csv?commodity=metal:gallium');
    expect(res.status, res.text).toBe(200);
    expect(res.type).toBe('text/csv; charset=utf-8');
    const rows = parse(res.text, { columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0])).toEqual([
      'commodity',
      'item_id',
      'measure_id',
      'usgs_column',
      'statistic',
      'form',
      'country_iso',
      'country_name',
      'year',
      'quantity',
      'unit',
      'quantity_bound',
      'quantity_t',
      'estimated',
      'no_value_reason',
      'source_id',
      'key',
      'note',
      'updated_at',
    ]);
    expect(rows).toHaveLength(9 * 5);
    const pick = (column: string) => rows.filter((r) => r.usgs_column === column).map((r) => [Number(r.year), r.quantity]);
    expect(pick('Consump_kg')).toEqual(fileSeries('Consump_kg').map(([y, v]) => [y, v]));
    expect(pick('Price_High-purity_dkg')).toEqual(fileSeries('Price_High-purity_dkg').map(([y, v]) => [y, v]));
    const c2020 = rows.find((r) => r.usgs_column === 'Consump_kg' && r.year === '2020')!;
    expect(c2020).toMatchObject({
      commodity: 'Gallium',
      statistic: 'consumption',
      country_iso: 'US',
      quantity: '15700',
      unit: 'kilograms',
      quantity_bound: 'exact',
      quantity_t: '15.7',
      estimated: 'false',
      source_id: 'source:usgs-mcs-2025-salient-galli',
      key: 'measure:salient-galli-consump-kg|2020',
    });
    const p2023 = rows.find((r) => r.usgs_column === 'Price_High-purity_dkg' && r.year === '2023')!;
    expect(p2023).toMatchObject({ quantity: '450', unit: 'dollars per kilogram', quantity_t: '', form: 'High-purity', statistic: 'price' });
    expect(rows.filter((r) => r.statistic === 'exports').map((r) => `${r.quantity}|${r.no_value_reason}`)).toEqual(Array(5).fill('|not available'));
  });

  it('JSON with filters: statistic, year, measure; a bad statistic is a 400 naming it', async () => {
    const res = await get('/feeds/series.json?commodity=metal:gallium&statistic=price&year=2020');
    expect(res.status).toBe(200);
    const rows = JSON.parse(res.text) as Array<Record<string, unknown>>;
    expect(rows.map((r) => [r.usgs_column, r.quantity, r.year])).toEqual([
      ['Price_High-purity_dkg', 596, 2020],
      ['Price_Low-purity_dkg', 163, 2020],
    ]);
    const one = JSON.parse((await get('/feeds/series.json?measure=measure:salient-galli-consump-kg&year=2023')).text);
    expect(one).toMatchObject([{ quantity: 19200, unit: 'kilograms', quantity_t: 19.2 }]);
    const bad = await get('/feeds/series?statistic=weather');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).error).toMatchObject({ code: 'BAD_REQUEST', parameter: 'statistic' });
    const catalogue = JSON.parse((await get('/feeds')).text);
    const listed = catalogue.feeds.find((f: { name: string }) => f.name === 'series');
    expect(listed.columns.map((c: { name: string }) => c.name)).toEqual(SERIES_COLUMNS.map((c) => c.name));
    const doc = readFileSync('docs/bi-feeds.md', 'utf8');
    expect(SERIES_COLUMNS.map((c) => c.name).filter((n) => !doc.includes(`| \`${n}\` |`))).toEqual([]);
  });
});
