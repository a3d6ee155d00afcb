/**
 * List queries filtered across relationships, and counts and sums per group, through HTTP on the
 * bundled data. Every expected answer is the same question asked directly in Cypher in the test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

const app = useBundledApp();
const cypherIds = async (query: string, params: Record<string, unknown> = {}) => (await app.db.read<{ id: string }>(query, params)).map((r) => r.id).sort();

async function list(field: string, filter: Record<string, unknown>) {
  const res = await gql(
    app.url,
    `query($f: ${field[0].toUpperCase()}${field
      .slice(1, -1)
      .replace(/ie$/, 'y')
      .replace(/ilitie$/, 'ility')}Filter) { ${field}(filter: $f, first: 100) { totalCount edges { node { id } } } }`,
    { f: filter },
  );
  expect(res.errors).toBeUndefined();
  const conn = res.data[field];
  return { total: conn.totalCount as number, ids: (conn.edges as Array<{ node: { id: string } }>).map((e) => e.node.id).sort() };
}

describe('lists filtered across relationships', () => {
  it('planned facilities located in Kazakhstan', async () => {
    const got = await list('facilities', { status: 'planned', related: [{ type: 'LOCATED_IN', idIn: ['country:KZ'] }] });
    const want = await cypherIds("MATCH (f:Facility {status: 'planned'})-[:LOCATED_IN]->(:Country {id: 'country:KZ'}) RETURN DISTINCT f.id AS id");
    expect(got.ids).toEqual(want);
    expect(got.total).toBe(want.length);
    expect(want).toEqual(['facility:pavlodar-gallium-plant', 'facility:rudny-hbi-plant']);
  });

  it('companies headquartered in Japan that are party to an agreement covering gallium (through)', async () => {
    const got = await list('companies', {
      related: [
        { type: 'HEADQUARTERED_IN', idIn: ['country:JP'] },
        { type: 'PARTY_TO', through: { type: 'COVERS', idIn: ['metal:gallium'] } },
      ],
    });
    const want = await cypherIds(`MATCH (c:Company)-[:HEADQUARTERED_IN]->(:Country {id: 'country:JP'})
      WHERE EXISTS { (c)-[:PARTY_TO]->(:Agreement)-[:COVERS]->(:Metal {id: 'metal:gallium'}) } RETURN c.id AS id`);
    expect(got.ids).toEqual(want);
    expect(want).toEqual(['company:mitsubishi-corporation']);
    // …as the buyer: the role is a relationship property.
    expect((await list('companies', { related: [{ type: 'PARTY_TO', role: 'Buyer', through: { type: 'COVERS', idIn: ['metal:gallium'] } }] })).ids).toEqual(
      await cypherIds("MATCH (c:Company)-[p:PARTY_TO {role: 'buyer'}]->(:Agreement)-[:COVERS]->(:Metal {id: 'metal:gallium'}) RETURN DISTINCT c.id AS id"),
    );
  });

  it.each(['2023-09-01', '2024-10-01', '2025-12-01'])('metals restricted by a policy in force on %s', async (day) => {
    const got = await list('metals', { related: [{ type: 'RESTRICTS', inForceOn: day }] });
    const want = await cypherIds(
      `MATCH (m:Metal)<-[r:RESTRICTS]-(p:Policy)
      WHERE (p.validFrom IS NULL OR p.validFrom <= date($d)) AND (p.validTo IS NULL OR date($d) < p.validTo)
        AND (r.validFrom IS NULL OR r.validFrom <= date($d)) AND (r.validTo IS NULL OR date($d) < r.validTo)
      RETURN DISTINCT m.id AS id`,
      { d: day },
    );
    expect(got.ids).toEqual(want);
    expect(want.length).toBeGreaterThan(0);
  });

  it('facilities using a technology provided by a company, with the provider’s role', async () => {
    const got = await list('facilities', {
      related: [{ type: 'USES_TECHNOLOGY', through: { type: 'PROVIDED_BY', idIn: ['company:primetals-technologies'], role: 'contractor' } }],
    });
    const want = await cypherIds(`MATCH (f:Facility)-[:USES_TECHNOLOGY]->(:Technology)-[p:PROVIDED_BY]->(:Company {id: 'company:primetals-technologies'})
      WHERE p.role = 'contractor' RETURN DISTINCT f.id AS id`);
    expect(got.ids).toEqual(want);
    expect(want).toEqual(['facility:rudny-hbi-plant']);
    expect(
      (
        await list('facilities', {
          related: [{ type: 'USES_TECHNOLOGY', through: { type: 'PROVIDED_BY', idIn: ['company:primetals-technologies'], role: 'process owner' } }],
        })
      ).total,
    ).toBe(0);
  });

  it('agrees with Cypher on any combination of status, location and a hostile role (property)', async () => {
    const statuses = [null, 'planned', 'operating'];
    const countries = ['country:KZ', 'country:JP', 'country:CN', 'country:US'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...statuses),
        fc.subarray(countries, { minLength: 1 }),
        fc.option(fc.constantFrom("x' OR 1=1 //", 'buyer', '}) MATCH (n) DETACH DELETE n //'), { nil: null }),
        async (status, ids, role) => {
          const filter: Record<string, unknown> = { related: [{ type: 'LOCATED_IN', idIn: ids }, ...(role ? [{ type: 'OPERATES', role }] : [])] };
          if (status) filter.status = status;
          const got = await list('facilities', filter);
          const want = await cypherIds(
            `MATCH (f:Facility)-[:LOCATED_IN]->(c:Country) WHERE c.id IN $ids AND ($s IS NULL OR f.status = $s)
          AND ($role IS NULL OR EXISTS { (f)<-[o:OPERATES]-() WHERE toLower(o.role) = toLower($role) }) RETURN DISTINCT f.id AS id`,
            { ids, s: status, role },
          );
          expect(got.ids).toEqual(want);
          expect(got.total).toBe(want.length);
        },
      ),
      { numRuns: 12 },
    );
    expect((await app.db.read<{ n: number }>('MATCH (n) RETURN count(n) AS n'))[0].n).toBeGreaterThan(100);
  });

  it.each([
    ['facilities', { related: [{ type: 'HEADQUARTERED_IN' }] }, /HEADQUARTERED_IN does not connect Facility/],
    ['facilities', { related: [{ type: 'LOCATED_IN', direction: 'IN' }] }, /does not connect/],
    ['facilities', { related: [{ type: 'LOCATED_IN', label: 'Metal' }] }, /does not lead to a Metal/],
    ['companies', { related: [{ type: 'PARTY_TO', through: { type: 'COVERS', through: { type: 'LOCATED_IN' } } }] }, /one level/],
    ['metals', { related: [{ type: 'RESTRICTS', inForceOn: '2025-02-30' }] }, /inForceOn/],
    ['companies', { related: [{ type: 'PARTY_TO', idIn: ['metal:gallium'] }] }, /idIn\[0\] "metal:gallium" must name an Agreement/],
    ['companies', { related: [{ type: 'PARTY_TO', idIn: Array.from({ length: 101 }, (_, i) => `agreement:a${i}`) }] }, /takes at most 100 values/],
  ])('%s refuses %j', async (field, filter, message) => {
    const type = { facilities: 'FacilityFilter', companies: 'CompanyFilter', metals: 'MetalFilter' }[field as string];
    const res = await gql(app.url, `query($f: ${type}) { ${field}(filter: $f) { totalCount } }`, { f: filter });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(message);
  });

  it('matches nothing with an empty idIn or an empty related list, as every list filter; left out, no condition', async () => {
    const q = 'query($f: CompanyFilter) { companies(filter: $f) { totalCount } }';
    const none = await gql(app.url, q, { f: { related: [{ type: 'PARTY_TO', idIn: [] }] } });
    expect(none.errors).toBeUndefined();
    expect(none.data.companies.totalCount).toBe(0);
    const empty = await gql(app.url, q, { f: { related: [] } });
    expect([empty.errors, empty.data.companies.totalCount]).toEqual([undefined, 0]);
    const all = await gql(app.url, q, { f: {} });
    expect((await gql(app.url, q, { f: { related: null } })).data.companies.totalCount).toBe(all.data.companies.totalCount);
    expect(all.data.companies.totalCount).toBeGreaterThan(0);
  });
});

describe('counts and sums per group', () => {
  const GROUPS = `key entity { id name } count sums { unit value count bound } sources { id }`;

  it('capacity by country: facilities per LOCATED_IN country, capacity summed per unit', async () => {
    const res = await gql(app.url, `{ facilities { groups(by: { related: { type: LOCATED_IN } }) { ${GROUPS} } } }`);
    expect(res.errors).toBeUndefined();
    const got = res.data.facilities.groups as Array<{
      key: string | null;
      count: number;
      sums: Array<{ unit: string; value: number; count: number; bound: string }>;
      sources: Array<{ id: string }>;
    }>;
    const want = await app.db.read<{ key: string | null; count: number; sums: Array<{ unit: string; value: number; count: number }> }>(
      `
      MATCH (f:Facility) OPTIONAL MATCH (f)-[:LOCATED_IN]->(c:Country)
      WITH c.id AS key, collect(DISTINCT f) AS fs
      RETURN key, size(fs) AS count,
        [u IN apoc_free_units(fs) | u] AS sums`.replace(
        '[u IN apoc_free_units(fs) | u]',
        `COLLECT { UNWIND fs AS f WITH f WHERE f.quantity IS NOT NULL
          WITH f.unit AS unit, sum(f.quantity) AS value, count(*) AS n ORDER BY unit RETURN {unit: unit, value: value, count: n} }`,
      ),
    );
    const norm = (rows: Array<{ key: string | null; count: number; sums: Array<{ unit: string; value: number; count: number }> }>) =>
      rows
        .map((r) => ({ key: r.key, count: r.count, sums: r.sums.map((s) => ({ unit: s.unit, value: s.value, count: s.count })) }))
        .sort((a, b) => String(a.key).localeCompare(String(b.key)));
    expect(norm(got)).toEqual(norm(want));
    const kz = got.find((g) => g.key === 'country:KZ')!;
    expect(kz.sums).toEqual([
      { unit: 'Mt/yr', value: 2, count: 1, bound: 'exact' },
      { unit: 't/yr', value: 15, count: 1, bound: 'exact' },
    ]);
    expect(kz.sources.length).toBeGreaterThan(0);
    // largest group first
    expect(got.map((g) => g.count)).toEqual([...got.map((g) => g.count)].sort((a, b) => b - a));
  });

  it('agreements per metal covered and facilities per status, each as Cypher counts them', async () => {
    const res = await gql(
      app.url,
      `{ agreements { totalCount groups(by: { related: { type: COVERS, label: Metal } }) { key count } }
      facilities(filter: { related: [{ type: LOCATED_IN, idIn: ["country:KZ"] }] }) { totalCount groups(by: { field: "status" }) { key count } } }`,
    );
    expect(res.errors).toBeUndefined();
    const perMetal = await app.db.read<{ key: string | null; count: number }>(`MATCH (a:Agreement) OPTIONAL MATCH (a)-[:COVERS]->(m:Metal)
      RETURN m.id AS key, count(DISTINCT a) AS count`);
    const sort = (xs: Array<{ key: string | null; count: number }>) => [...xs].sort((a, b) => String(a.key).localeCompare(String(b.key)));
    expect(sort(res.data.agreements.groups)).toEqual(sort(perMetal));
    const perStatus = await app.db.read<{ key: string | null; count: number }>(`MATCH (f:Facility)-[:LOCATED_IN]->(:Country {id: 'country:KZ'})
      WITH DISTINCT f RETURN f.status AS key, count(f) AS count`);
    expect(sort(res.data.facilities.groups)).toEqual(sort(perStatus));
    expect(res.data.facilities.groups.reduce((n: number, g: { count: number }) => n + g.count, 0)).toBe(res.data.facilities.totalCount);
  });

  it.each([
    ['{}', /exactly one of field or related/],
    ['{ field: "name" }', /by.field must be one of/],
    ['{ related: { type: HEADQUARTERED_IN } }', /does not connect Facility/],
  ])('refuses by: %s', async (by, message) => {
    const res = await gql(app.url, `{ facilities { groups(by: ${by}) { count } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(message);
  });
});
