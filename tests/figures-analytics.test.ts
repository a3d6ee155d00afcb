/**
 * Defence in depth: figures written straight into the graph by Cypher (around the loader's
 * checks) never make the analytics or the list groups answer Infinity, NaN, a negative share,
 * a null unit or INTERNAL_SERVER_ERROR. Over the bundled data; the test's own facts are removed
 * afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldName } from '../src/model/names.js';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

const app = useBundledApp();
const SRC = ['source:usgs-mcs-2025'];

/** A facility located in the US with `props` on itself and on its PRODUCES capacity of gallium; written past the loader (which refuses such figures), so with the folded name the loader would store. */
const facility = (id: string, name: string, quantity: number | null, unit: string | null) => ({ id, name, nameKey: foldName(name), quantity, unit });
const FACILITIES = [
  facility('facility:zzfig-negative', 'Zzfig negative', -15, 't/yr'),
  facility('facility:zzfig-no-unit', 'Zzfig no unit', 15, null),
  facility('facility:zzfig-huge', 'Zzfig huge', 1e15, 'Mt/yr'),
  facility('facility:zzfig-max-a', 'Zzfig max a', 1e308, 't/yr'),
  facility('facility:zzfig-max-b', 'Zzfig max b', 1.5e308, 't/yr'),
  facility('facility:zzfig-ok', 'Zzfig ok', 7, 't/yr'),
];

beforeAll(async () => {
  await app.db.write(
    `UNWIND $rows AS row
     MATCH (g:Metal {id: 'metal:gallium'}), (us:Country {id: 'country:US'})
     CREATE (f:Facility {id: row.id, name: row.name, nameKey: row.nameKey, facilityType: 'plant', status: 'planned', quantity: row.quantity, unit: row.unit, sources: $src})
     CREATE (f)-[:PRODUCES {key: '', basis: 'capacity', quantity: row.quantity, unit: row.unit, sources: $src}]->(g)
     CREATE (f)-[:LOCATED_IN {key: '', sources: $src}]->(us)`,
    { rows: FACILITIES, src: SRC },
  );
  // A country figure of the gallium measure with a negative base quantity.
  await app.db.write(
    `MATCH (ca:Country {id: 'country:CA'}), (g:Metal {id: 'metal:gallium'})
     CREATE (ca)-[:PRODUCES {key: 'zzfig', basis: 'production', year: 2024, measureId: 'measure:gallium-primary-production',
       quantity: -20, unit: 'metric tons', quantityBase: -20.0, baseUnit: 't', sources: $src}]->(g)`,
    { src: SRC },
  );
});
afterAll(async () => {
  await app.db.write("MATCH (f:Facility) WHERE f.id STARTS WITH 'facility:zzfig-' DETACH DELETE f");
  await app.db.write("MATCH (:Country {id: 'country:CA'})-[r:PRODUCES {key: 'zzfig'}]->() DELETE r");
});

const CONCENTRATION = `query ($add: [ID!]) { supplyConcentration(itemId: "metal:gallium", year: 2024, addPlannedCapacityOf: $add) {
  hhi denominatorTonnes producers { country { id } tonnes sharePct noValueReason reported { value unit } } } }`;

describe('supply concentration over figures written around the loader', () => {
  it('leaves out a negative country figure with its reason; shares stay 0–100 and the HHI within 0–10,000', async () => {
    const res = await gql(app.url, CONCENTRATION, { add: [] });
    expect(res.errors).toBeUndefined();
    const c = res.data.supplyConcentration;
    const ca = c.producers.find((p: { country: { id: string } }) => p.country.id === 'country:CA');
    expect(ca).toMatchObject({ tonnes: null, sharePct: null, noValueReason: 'figure left out: -20 t is not a number above 0 and at most 1e+10 t' });
    for (const p of c.producers) if (p.sharePct !== null) expect(p.sharePct).toBeGreaterThanOrEqual(0);
    expect(c.producers.reduce((s: number, p: { sharePct: number | null }) => s + (p.sharePct ?? 0), 0)).toBeLessThanOrEqual(100 + 1e-9);
    expect(c.hhi).toBeGreaterThanOrEqual(0);
    expect(c.hhi).toBeLessThanOrEqual(10000);
  });

  it.each([
    ['facility:zzfig-negative', 'must be a positive number of at most 1e+10 t'],
    ['facility:zzfig-no-unit', 'the quantity 15 has no unit'],
    ['facility:zzfig-huge', 'must be a positive number of at most 1e+10 t'],
    ['facility:zzfig-max-a', 'must be a positive number of at most 1e+10 t'],
  ])('refuses addPlannedCapacityOf %s with BAD_USER_INPUT, as addSupply would', async (id, message) => {
    const res = await gql(app.url, CONCENTRATION, { add: [id] });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain(`addPlannedCapacityOf[0] (${id}: stated capacity)`);
    expect(res.errors?.[0].message).toContain(message);
  });

  it('adds a facility within the bounds: 7 t for the United States', async () => {
    const res = await gql(app.url, CONCENTRATION, { add: ['facility:zzfig-ok'] });
    expect(res.errors).toBeUndefined();
    const us = res.data.supplyConcentration.producers.find((p: { country: { id: string } }) => p.country.id === 'country:US');
    expect(us.tonnes).toBe(7);
    expect(us.sharePct).toBeGreaterThan(0);
  });
});

describe('list groups over figures written around the loader', () => {
  it('caps an overflowing sum with a flag, never sums a figure without a unit or below 0, and counts those it left out', async () => {
    const res = await gql(
      app.url,
      `{ facilities(filter: {nameContains: "Zzfig"}) { groups(by: {field: "status"}) { key count unsummed sums { unit value overflow count } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.facilities.groups).toEqual([
      {
        key: 'planned',
        count: 6,
        unsummed: 2,
        sums: [
          { unit: 'Mt/yr', value: 1e15, overflow: false, count: 1 },
          { unit: 't/yr', value: Number.MAX_VALUE, overflow: true, count: 3 },
        ],
      },
    ]);
  });
});
