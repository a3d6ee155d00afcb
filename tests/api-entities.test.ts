/**
 * The entity API over the bundled data (USGS MCS 2025 + curated ERG file): one type and one
 * list query per label, relationship fields in both directions with their properties and
 * sources, Relay pagination, filters and sorting, batching (round trips bounded by depth),
 * and BAD_USER_INPUT for malformed arguments.
 */
import { describe, expect, it } from 'vitest';
import { useBundledApp } from './support/bundled-app.js';
import { ROOT_CONNECTIONS } from './support/roots.js';
import { gql } from './support/server.js';

const app = useBundledApp();
const db = app.db;

/** Runs an operation that must succeed; returns its data. */
async function ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await gql<T>(app.url, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  expect(res.status).toBe(200);
  return res.data!;
}

/** Runs an operation that must fail with one error; returns its code and message. */
async function fails(query: string, variables?: Record<string, unknown>) {
  const res = await gql(app.url, query, variables);
  expect(res.status).toBeLessThan(500);
  expect(res.errors?.length).toBeGreaterThan(0);
  return { code: res.errors![0].extensions?.code, message: res.errors![0].message };
}

const graphSize = async () => (await db.read<{ n: number }>('MATCH (n) RETURN count(n) AS n'))[0].n;

/** Every node id of a list query (`field`, ordered by an `orderType` input), page by page, in order. */
async function allIds(field: string, orderType: string, first: number, orderBy?: Record<string, string>) {
  const ids: string[][] = [];
  let after: string | null = null;
  let total = -1;
  for (;;) {
    const data: any = await ok(
      `query($first: Int, $after: String, $orderBy: ${orderType}) {
        page: ${field}(first: $first, after: $after, orderBy: $orderBy) {
          totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }`,
      { first, after, orderBy },
    );
    total = data.page.totalCount;
    expect(data.page.pageInfo.hasPreviousPage).toBe(after !== null);
    ids.push(data.page.edges.map((e: any) => e.node.id));
    if (!data.page.pageInfo.hasNextPage) break;
    after = data.page.pageInfo.endCursor;
  }
  return { pages: ids, total };
}

describe('entity types and their relationships', () => {
  it('company:erg: subsidiaries, shareholders, headquarters, investments, technologies', async () => {
    const { node } = await ok(`{ node(id: "company:erg") { ... on Company {
      label name aliases
      subsidiaries { subsidiary { id name } parent { id } sources { id } }
      parents { parent { id } }
      shareholders { shareholder { id label } sharePct sharePctBound role }
      headquarters { country { isoCode } }
      investments { facility { id } money { amount currency bound } status }
      technologies { technology { id } role }
      agreements { role agreement { id } }
    } } }`);
    expect(node.label).toBe('Company');
    expect(node.aliases).toContain('ERG');
    expect(node.subsidiaries.map((s: any) => s.subsidiary.name).sort()).toEqual(['Aluminium of Kazakhstan', 'Sokolov-Sarybai Mining Production Association']);
    expect(node.subsidiaries.every((s: any) => s.parent.id === 'company:erg' && s.sources.length > 0)).toBe(true);
    expect(node.parents).toEqual([]);
    expect(node.shareholders[0]).toEqual({
      shareholder: { id: 'country:KZ', label: 'Country' },
      sharePct: 40,
      sharePctBound: 'exact',
      role: 'Ministry of Finance',
    });
    expect(node.shareholders.map((s: any) => s.sharePct)).toEqual([40, 20.7, 20.7, 18.6]);
    expect(node.headquarters).toEqual([{ country: { isoCode: 'LU' } }]);
    expect(node.investments).toEqual([
      { facility: { id: 'facility:pavlodar-gallium-plant' }, money: { amount: 20_000_000, currency: 'USD', bound: 'atLeast' }, status: 'planned' },
      { facility: { id: 'facility:rudny-hbi-plant' }, money: { amount: 1_200_000_000, currency: 'USD', bound: 'atLeast' }, status: 'planned' },
    ]);
    expect(node.technologies).toEqual([{ technology: { id: 'technology:erg-gallium-recovery' }, role: 'developer' }]);
    expect(node.agreements.map((a: any) => [a.agreement.id, a.role])).toEqual([
      ['agreement:erg-mitsubishi-gallium-offtake', 'seller'],
      ['agreement:rudny-hbi-technology-contract', 'client'],
    ]);
  });

  it('the gallium offtake agreement: parties with roles, what it covers, dates', async () => {
    const { node } = await ok(`{ node(id: "agreement:erg-mitsubishi-gallium-offtake") { ... on Agreement {
      agreementType signedDate signedDatePrecision occasion status validity { from fromPrecision fromText }
      parties { role party { id } agreement { id } sources { id } }
      covers { item { id } quantity { value unit bound } }
    } } }`);
    expect(node).toMatchObject({ agreementType: 'offtake', signedDate: '2025-12-01', signedDatePrecision: 'month', status: 'inForce' });
    expect(node.validity).toEqual({ from: '2026-01-01', fromPrecision: 'year', fromText: 'several years from 2026' });
    expect(node.parties.map((p: any) => [p.party.id, p.role]).sort()).toEqual([
      ['company:aluminium-of-kazakhstan', 'seller'],
      ['company:erg', 'seller'],
      ['company:mitsubishi-corporation', 'buyer'],
      ['company:mitsubishi-corporation-rtm-japan', 'buyer'],
    ]);
    expect(node.parties.every((p: any) => p.agreement.id === 'agreement:erg-mitsubishi-gallium-offtake' && p.sources.length > 0)).toBe(true);
    expect(node.covers).toContainEqual({ item: { id: 'metal:gallium' }, quantity: { value: 15, unit: 't/yr', bound: 'exact' } });
  });

  it('a facility: operators, location, output, technology, investors, claims', async () => {
    const { node } = await ok(`{ node(id: "facility:rudny-hbi-plant") { ... on Facility {
      facilityType locationText status validity { from fromPrecision } quantity { value unit bound }
      operators { operator { id } status }
      location { country { id } note }
      produces { item { id } basis quantity { value unit } status validity { from } }
      technologies { technology { id providers { provider { id } role } } }
      investors { investor { id } money { amount } }
      claims { claim { attribute valueText quantity { value unit bound } } }
    } } }`);
    expect(node).toMatchObject({ facilityType: 'hot briquetted iron plant', locationText: 'Rudny, Kazakhstan', status: 'planned' });
    expect(node.quantity).toEqual({ value: 2, unit: 'Mt/yr', bound: 'exact' });
    expect(node.validity).toEqual({ from: '2029-01-01', fromPrecision: 'year' });
    expect(node.operators).toEqual([{ operator: { id: 'company:erg' }, status: 'planned' }]);
    expect(node.location).toEqual([{ country: { id: 'country:KZ' }, note: 'City: Rudny.' }]);
    expect(node.produces).toContainEqual({
      item: { id: 'product:hot-briquetted-iron' },
      basis: 'capacity',
      quantity: { value: 2, unit: 'Mt/yr' },
      status: 'planned',
      validity: { from: '2029-01-01' },
    });
    expect(node.technologies[0].technology.id).toBe('technology:midrex-flex');
    expect(node.technologies[0].technology.providers.map((p: any) => [p.provider.id, p.role])).toEqual([
      ['company:midrex-technologies', 'process owner'],
      ['company:primetals-technologies', 'contractor'],
    ]);
    expect(node.investors).toEqual([{ investor: { id: 'company:erg' }, money: { amount: 1_200_000_000 } }]);
    const metallization = node.claims.filter((c: any) => c.claim.attribute === 'metallization').map((c: any) => c.claim.quantity);
    expect(metallization).toEqual(
      expect.arrayContaining([
        { value: 93, unit: '%', bound: 'atLeast' },
        { value: 93.5, unit: '%', bound: 'exact' },
      ]),
    );
  });

  it('gallium: producers by share for one year and basis, end uses, restrictions, derivation, measures', async () => {
    const { node } = await ok(`{ node(id: "metal:gallium") { ... on Metal {
      symbol
      producers(year: 2024, basis: production) { producer { id } item { id } quantity { value unit } baseQuantity { value unit } sharePct year measure { id worldTotal2024 } sources { id } }
      usedIn { industry { id } sharePct year }
      restrictedBy { policy { id } }
      derivedFrom { input { id } output { id } }
      measures { measure { id } }
    } } }`);
    expect(node.symbol).toBe('Ga');
    const [top] = node.producers;
    expect(top).toMatchObject({
      producer: { id: 'country:CN' },
      item: { id: 'metal:gallium' },
      quantity: { value: 750000, unit: 'kilograms' },
      baseQuantity: { value: 750, unit: 't' },
      year: 2024,
    });
    expect(top.sharePct).toBeCloseTo((750 / 762) * 100, 6);
    expect(top.measure).toEqual({ id: 'measure:gallium-primary-production', worldTotal2024: 760000 });
    expect(top.sources).toEqual([{ id: 'source:usgs-mcs-2025-world' }]);
    expect(node.producers.every((p: any) => p.year === 2024)).toBe(true);
    const shares = node.producers.map((p: any) => p.sharePct);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect(node.usedIn.slice(0, 3)).toEqual([
      { industry: { id: 'industry:integrated-circuits' }, sharePct: 79, year: 2024 },
      { industry: { id: 'industry:optoelectronics' }, sharePct: 20, year: 2024 },
      { industry: { id: 'industry:research-and-development' }, sharePct: 1, year: 2024 },
    ]);
    expect(node.restrictedBy.map((r: any) => r.policy.id).sort()).toEqual(['policy:cn-mofcom-2023-23', 'policy:cn-mofcom-2024-46']);
    expect(node.derivedFrom).toEqual([{ input: { id: 'product:alumina' }, output: { id: 'metal:gallium' } }]);
    expect(node.measures).toContainEqual({ measure: { id: 'measure:gallium-primary-production' } });
  });

  it('countries: companies, facilities, policies, production, imports', async () => {
    const data = await ok(`{
      kz: node(id: "country:KZ") { ... on Country { isoCode companies { company { id } } facilities { facility { id } } } }
      cn: node(id: "country:CN") { ... on Country {
        policies { policy { id } }
        production(year: 2024, itemId: "metal:gallium") { basis quantity { value unit } item { id } }
      } }
      us: node(id: "country:US") { ... on Country { importsFrom(itemId: "metal:gallium") { exporter { id } rank item { id } quantity { value unit } } } }
    }`);
    expect(data.kz.companies.map((c: any) => c.company.id)).toEqual(['company:aluminium-of-kazakhstan', 'company:ssgpo']);
    expect(data.kz.facilities).toHaveLength(4);
    expect(data.cn.policies.map((p: any) => p.policy.id)).toHaveLength(4);
    expect(data.cn.production).toContainEqual({ basis: 'production', quantity: { value: 750000, unit: 'kilograms' }, item: { id: 'metal:gallium' } });
    expect(data.cn.production.every((p: any) => p.item.id === 'metal:gallium')).toBe(true);
    expect(data.us.importsFrom.map((i: any) => [i.exporter.id, i.rank])).toEqual([
      ['country:JP', 1],
      ['country:CN', 2],
      ['country:DE', 3],
      ['country:CA', 4],
    ]);
    expect(data.us.importsFrom[0].item).toEqual({ id: 'metal:gallium' });
  });

  it('policies: restricts, imposedBy, targets, suspendedBy; industries: dependsOn', async () => {
    const data = await ok(`{
      ban: node(id: "policy:cn-mofcom-2024-46") { ... on Policy {
        policyType status issuedDate issuedDatePrecision
        restricts { item { id } } imposedBy { country { id } } targets { country { id } }
        suspendedBy { suspension { id } suspended { id } validity { from to toPrecision } }
      } }
      fr: node(id: "industry:flame-retardants") { ... on Industry { dependsOn { item { id } sharePct } } }
    }`);
    // Its status depends on the day (suspended from 9 Nov 2025 until 27 Nov 2026): tests/status.test.ts.
    expect(data.ban).toMatchObject({ policyType: 'exportBan', issuedDate: '2024-12-03', issuedDatePrecision: 'day' });
    expect(data.ban.restricts.map((r: any) => r.item.id).sort()).toEqual(['metal:antimony', 'metal:gallium', 'metal:germanium', 'product:superhard-materials']);
    expect(data.ban.imposedBy).toEqual([{ country: { id: 'country:CN' } }]);
    expect(data.ban.targets).toEqual([{ country: { id: 'country:US' } }]);
    expect(data.ban.suspendedBy).toEqual([
      {
        suspension: { id: 'policy:cn-mofcom-2024-46-suspension' },
        suspended: { id: 'policy:cn-mofcom-2024-46' },
        validity: { from: '2025-11-09', to: '2026-11-27', toPrecision: 'day' },
      },
    ]);
    expect(data.fr.dependsOn[0]).toEqual({ item: { id: 'metal:antimony' }, sharePct: 39 });
  });

  it('relations: the generic field, filtered by type and direction, with every property', async () => {
    const { node } = await ok(`{ node(id: "company:erg") { ... on Entity {
      all: relations(first: 500) { type }
      holders: relations(types: [SHAREHOLDER_OF], direction: IN) { type direction other { id } sharePct sources { id } }
      out: relations(types: [SHAREHOLDER_OF], direction: OUT) { type }
      invest: relations(types: [INVESTS_IN]) { direction money { amount currency bound } other { id } }
    } } }`);
    // HEADQUARTERED_IN 1, SUBSIDIARY_OF 2, SHAREHOLDER_OF 4, OPERATES 2, INVESTS_IN 2, PARTY_TO 2, SUPPLIES 1, PROVIDED_BY 1.
    expect(node.all).toHaveLength(15);
    expect(node.holders).toHaveLength(4);
    expect(node.holders.every((r: any) => r.type === 'SHAREHOLDER_OF' && r.direction === 'IN' && r.sources.length > 0)).toBe(true);
    expect(node.holders.find((r: any) => r.other.id === 'country:KZ').sharePct).toBe(40);
    expect(node.out).toEqual([]);
    expect(node.invest).toContainEqual({
      direction: 'OUT',
      money: { amount: 20_000_000, currency: 'USD', bound: 'atLeast' },
      other: { id: 'facility:pavlodar-gallium-plant' },
    });
    expect((await fails('{ node(id: "company:erg") { ... on Entity { relations(first: 501) { type } } } }')).code).toBe('BAD_USER_INPUT');
  });

  it('every relationship field of every entity type resolves', async () => {
    const intro = await ok(
      `{ __schema { types { name kind interfaces { name } fields { name args { name } type { kind ofType { kind ofType { kind ofType { name } } } } } } } }`,
    );
    const entityTypes = intro.__schema.types.filter((t: any) => t.kind === 'OBJECT' && t.interfaces?.some((i: any) => i.name === 'Entity'));
    expect(entityTypes.map((t: any) => t.name).sort()).toEqual([
      'Agreement',
      'Claim',
      'Company',
      'Country',
      'Facility',
      'Industry',
      'Measure',
      'Metal',
      'Person',
      'Policy',
      'Product',
      'Source',
      'Technology',
    ]);
    const lists = ROOT_CONNECTIONS;
    for (const t of entityTypes) {
      const edgeFields = t.fields
        .filter((f: any) => f.type.kind === 'NON_NULL' && f.type.ofType?.kind === 'LIST')
        .map((f: any) => f.name)
        .filter((n: string) => n !== 'aliases');
      const data = await ok(
        `{ ${lists[t.name]}(first: 5) { totalCount edges { node { __typename id ${edgeFields.map((f: string) => `${f} { __typename }`).join(' ')} } } } }`,
      );
      expect(data[lists[t.name]].totalCount).toBeGreaterThan(0);
    }
  });
});

describe('list queries: filters, sorting, pagination', () => {
  it('facilities filtered by status, type and capacity range', async () => {
    const q = `query($f: FacilityFilter) { facilities(filter: $f) { totalCount edges { node { id status quantity { value unit } } } } }`;
    const planned = await ok(q, { f: { status: 'planned' } });
    expect(planned.facilities.edges.map((e: any) => e.node.id)).toEqual(['facility:pavlodar-gallium-plant', 'facility:rudny-hbi-plant']);
    const operating = await ok(q, { f: { status: 'operating' } });
    expect(operating.facilities.edges.map((e: any) => e.node.id).sort()).toEqual(['facility:pavlodar-alumina-refinery', 'facility:ssgpo-rudny-iron-ore']);
    const mines = await ok(q, { f: { facilityType: 'bauxite mine', nameContains: 'TORGAY' } });
    expect(mines.facilities.edges.map((e: any) => e.node.id)).toEqual(['facility:torgay-bauxite-mine']);
    const big = await ok(q, { f: { quantityMin: 10, quantityMax: 20, unit: 't/yr' } });
    expect(big.facilities.edges.map((e: any) => e.node.id)).toEqual(['facility:pavlodar-gallium-plant']);
  });

  it('policies filtered by type and validFrom dates (impossible dates refused)', async () => {
    const q = `query($f: PolicyFilter) { policies(filter: $f) { totalCount edges { node { id } } } }`;
    const since2024 = await ok(q, { f: { validFromAfter: '2024-01-01', validFromBefore: '2024-12-31' } });
    expect(since2024.policies.edges.map((e: any) => e.node.id).sort()).toEqual(['policy:cn-mofcom-2024-33', 'policy:cn-mofcom-2024-46']);
    const licensing = await ok(q, { f: { policyType: 'exportLicensing' } });
    expect(licensing.policies.totalCount).toBe(2);
    const bad = await fails(q, { f: { validFromAfter: '2026-02-30' } });
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.message).toContain('validFromAfter');
    expect((await fails(q, { f: { validFromAfter: 'yesterday' } })).code).toBe('BAD_USER_INPUT');
    expect((await fails(q, { f: { validFromAfter: '2025', validFromBefore: '2024' } })).code).toBe('BAD_USER_INPUT');
  });

  it('countries: name filters, isoCode, idIn', async () => {
    const q = `query($f: CountryFilter) { countries(filter: $f) { totalCount edges { node { id name isoCode } } } }`;
    expect((await ok(q, { f: { isoCode: 'KZ' } })).countries.edges).toEqual([{ node: { id: 'country:KZ', name: 'Kazakhstan', isoCode: 'KZ' } }]);
    expect((await ok(q, { f: { nameStartsWith: 'kaz' } })).countries.edges.map((e: any) => e.node.id)).toEqual(['country:KZ']);
    expect((await ok(q, { f: { name: 'Japan' } })).countries.totalCount).toBe(1);
    expect((await ok(q, { f: { idIn: ['country:JP', 'country:CN', 'country:XX'] } })).countries.totalCount).toBe(2);
    expect((await fails(q, { f: { id: 'Kazakhstan' } })).code).toBe('BAD_USER_INPUT');
  });

  it('pagination over countries gives disjoint pages whose union is totalCount', async () => {
    const { pages, total } = await allIds('countries', 'CountryOrder', 17);
    const ids = pages.flat();
    expect(total).toBeGreaterThan(100);
    expect(pages.length).toBe(Math.ceil(total / 17));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(total);
  });

  it('DESC is exactly ASC reversed (also with missing values and across pages)', async () => {
    const asc = (await allIds('countries', 'CountryOrder', 40, { field: 'NAME', direction: 'ASC' })).pages.flat();
    const desc = (await allIds('countries', 'CountryOrder', 40, { field: 'NAME', direction: 'DESC' })).pages.flat();
    expect(desc).toEqual([...asc].reverse());
    const qAsc = (await allIds('facilities', 'FacilityOrder', 2, { field: 'QUANTITY', direction: 'ASC' })).pages.flat();
    const qDesc = (await allIds('facilities', 'FacilityOrder', 2, { field: 'QUANTITY', direction: 'DESC' })).pages.flat();
    expect(qAsc.slice(0, 2)).toEqual(['facility:rudny-hbi-plant', 'facility:pavlodar-gallium-plant']);
    expect(qDesc).toEqual([...qAsc].reverse());
  });

  it('a cursor is refused for another ordering, and malformed cursors are refused', async () => {
    const { countries } = await ok(`{ countries(first: 2) { pageInfo { endCursor } } }`);
    const other = await fails(`query($a: String) { countries(after: $a, orderBy: {field: NAME, direction: DESC}) { totalCount } }`, {
      a: countries.pageInfo.endCursor,
    });
    expect(other.code).toBe('BAD_USER_INPUT');
    expect((await fails(`{ countries(after: "not-a-cursor") { totalCount } }`)).code).toBe('BAD_USER_INPUT');
  });

  it('first beyond 100 or negative is BAD_USER_INPUT; first: 0 gives the count only', async () => {
    const big = await fails(`{ companies(first: 500) { totalCount } }`);
    expect(big.code).toBe('BAD_USER_INPUT');
    expect(big.message).toContain('first');
    expect((await fails(`{ metals(first: -1) { totalCount } }`)).code).toBe('BAD_USER_INPUT');
    const zero = await ok(`{ companies(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage } } }`);
    expect(zero.companies).toEqual({ totalCount: 11, edges: [], pageInfo: { hasNextPage: true } });
  });

  it('a Cypher-ish filter value is just text: clean answer, graph unchanged', async () => {
    const before = await graphSize();
    const evil = '"}) MATCH (n) DETACH DELETE n //';
    const data = await ok(`query($f: CompanyFilter) { companies(filter: $f) { totalCount edges { node { id } } } }`, {
      f: { nameContains: evil, name: evil, nameStartsWith: evil },
    });
    expect(data.companies).toEqual({ totalCount: 0, edges: [] });
    expect(await graphSize()).toBe(before);
  });

  it('the other lists: claims, measures, sources, metals by filter', async () => {
    const data = await ok(`{
      claims(filter: {attribute: "commercialProductionStart"}, orderBy: {field: VALUE_DATE, direction: ASC}) { totalCount edges { node { id valueDate valueDatePrecision about { subject { id } } } } }
      measures(filter: {commodity: "Gallium"}) { edges { node { id unit worldTotal2024 items { item { id } } } } }
      sources(filter: {sourceType: "dataset", publishedAfter: "2025-01-01"}) { totalCount }
      metals(filter: {symbol: "Ge"}) { edges { node { id } } }
    }`);
    expect(data.claims.totalCount).toBe(3);
    expect(data.claims.edges.map((e: any) => e.node.valueDate)).toEqual(['2026-01-01', '2026-07-01', '2026-10-01']);
    expect(data.claims.edges[0].node.about).toEqual([{ subject: { id: 'facility:pavlodar-gallium-plant' } }]);
    expect(data.measures.edges[0].node).toEqual({
      id: 'measure:gallium-primary-production',
      unit: 'kilograms',
      worldTotal2024: 760000,
      items: [{ item: { id: 'metal:gallium' } }],
    });
    expect(data.sources.totalCount).toBeGreaterThan(0);
    expect(data.metals.edges).toEqual([{ node: { id: 'metal:germanium' } }]);
  });
});

describe('batching', () => {
  it('companies → agreements → parties costs the same few round trips for 5 or 50 companies', async () => {
    const query = `query($first: Int) { companies(first: $first) { edges { node { id
      agreements { role agreement { id parties { role party { id name } } } } } } } }`;
    const trips = async (first: number) => {
      const before = db.roundTrips;
      const data = await ok(query, { first });
      return { trips: db.roundTrips - before, companies: data.companies.edges.length };
    };
    const five = await trips(5);
    const fifty = await trips(50);
    expect(five.companies).toBe(5);
    expect(fifty.companies).toBe(11);
    expect(fifty.trips).toBe(five.trips);
    expect(fifty.trips).toBeLessThanOrEqual(4);
    console.log(`round trips: ${five.trips} for 5 companies, ${fifty.trips} for 50 (11 in the data)`);
  });

  it('sources and entities named by id are batched per level too', async () => {
    const query = `query($first: Int) { metals(first: $first) { edges { node { id
      producers { sources { id } measure { id } producer { id sources { id } } } } } } }`;
    const trips = async (first: number) => {
      const before = db.roundTrips;
      await ok(query, { first });
      return db.roundTrips - before;
    };
    const few = await trips(3);
    // 20 metals with every producer and its sources is near the cost budget (each metal counts up to 70 producers).
    const many = await trips(20);
    // metals, producers, then sources + measures (two loaders), then the producers' sources.
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(5);
  });
});
