/**
 * What users rely on and other tests did not reach, through HTTP against the bundled data:
 * supply-concentration what-ifs (`addSupply`, `basis: capacity`) share by share, the
 * `exportControls` item filter and its `ended` status, the `importReliance` filters and net
 * exporters, the Country fields `production`, `reserves` and `importedBy` with their values,
 * the name filters and NAME ordering of every list query the schema declares, each configured
 * body-size limit (GraphQL and POST /admin/load), and dependency walks cut by beamWidth and by
 * walkLimit alone (fanOut and parallelHops: tests/chains-bounds.test.ts), and feeds'
 * `updatedSince` giving exactly what a later load changed. Expected values come
 * from the data files, from this file's own Cypher over the same graph, or from the shape of the
 * small graphs it writes (and removes), never from the service's code.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiKey } from '../src/config.js';
import { loadDatasets } from '../src/load/index.js';
import { foldName } from '../src/model/names.js';
import type { RunningApp } from '../src/server/app.js';
import { useBundledApp } from './support/bundled-app.js';
import { gql, startTestApp } from './support/server.js';

const app = useBundledApp({ config: { GRAPHQL_MAX_COST: 1_000_000 } });

async function ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await gql<T>(app.url, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

describe('supplyConcentration what-ifs, share by share', () => {
  const Q = `query ($m: ID, $basis: Basis, $exclude: [ID!], $add: [AddedSupplyInput!]) {
    supplyConcentration(measureId: $m, year: 2024, basis: $basis, excludeCountries: $exclude, addSupply: $add) {
      basis worldTotalTonnes denominatorTonnes hhi topSharePct adjustments
      topProducer { country { id } }
      producers { country { id } tonnes sharePct added } } }`;

  /** Each producer's tonnes of a measure, basis and year in 2024, as stored (PRODUCES.quantityBase, t). */
  async function producers(measureId: string, basis: string): Promise<Map<string, number>> {
    const rows = await app.db.read<{ id: string; t: number }>(
      `MATCH (c:Country)-[r:PRODUCES]->() WHERE r.measureId = $measureId AND r.year = 2024 AND r.basis = $basis AND r.quantityBase IS NOT NULL
       RETURN c.id AS id, r.quantityBase AS t`,
      { measureId, basis },
    );
    return new Map(rows.map((r) => [r.id, r.t]));
  }

  const cases = [
    // Gallium 2024: USGS world total 760 t; Kazakhstan's planned 15 t/yr (given in kt) added.
    {
      name: 'gallium production + Kazakhstan 0.015 kt',
      m: 'measure:gallium-primary-production',
      basis: 'production',
      world: 760,
      exclude: [] as string[],
      add: [{ countryId: 'country:KZ', quantity: 0.015, unit: 'kt' }],
      addT: { 'country:KZ': 15 },
    },
    // Gallium capacity 2024: world capacity 1,100,000 kg = 1,100 t; China left out, Japan + 50,000 kg.
    {
      name: 'gallium capacity without China, Japan + 50,000 kg',
      m: 'measure:gallium-primary-production',
      basis: 'capacity',
      world: 1100,
      exclude: ['country:CN'],
      add: [{ countryId: 'country:JP', quantity: 50_000, unit: 'kg' }],
      addT: { 'country:JP': 50 },
    },
    // Fused aluminium oxide capacity 2024: world 1,310,000 t; Kazakhstan + 100,000 t.
    {
      name: 'abrasives capacity + Kazakhstan 100,000 t',
      m: 'measure:abrasives-plant-capacity-fused-aluminum-oxide',
      basis: 'capacity',
      world: 1_310_000,
      exclude: [] as string[],
      add: [{ countryId: 'country:KZ', quantity: 100_000, unit: 't' }],
      addT: { 'country:KZ': 100_000 },
    },
  ];

  for (const k of cases) {
    it(`${k.name}: every share is tonnes ÷ (world − excluded + added, or the listed sum when larger), HHI = Σ share²`, async () => {
      const stored = await producers(k.m, k.basis);
      const kept = new Map([...stored].filter(([id]) => !k.exclude.includes(id)));
      const excluded = [...stored].filter(([id]) => k.exclude.includes(id)).reduce((s, [, t]) => s + t, 0);
      const added = Object.values(k.addT).reduce((s, t) => s + t, 0);
      for (const [id, t] of Object.entries(k.addT)) kept.set(id, (kept.get(id) ?? 0) + t);
      const listed = [...kept.values()].reduce((s, t) => s + t, 0);
      const denominator = Math.max(k.world - excluded + added, listed);

      const { supplyConcentration: c } = await ok(Q, { m: k.m, basis: k.basis, exclude: k.exclude, add: k.add });
      expect(c.basis).toBe(k.basis);
      expect(c.worldTotalTonnes).toBe(k.world);
      expect(c.denominatorTonnes).toBeCloseTo(denominator, 6);
      const got = new Map<string, number>();
      for (const p of c.producers) got.set(p.country.id, (got.get(p.country.id) ?? 0) + p.tonnes);
      expect([...got.keys()].sort()).toEqual([...kept.keys()].sort());
      for (const [id, t] of kept) expect(got.get(id)).toBeCloseTo(t, 6);
      const shares = [...kept.values()].map((t) => (t / denominator) * 100);
      for (const p of c.producers) expect(p.sharePct).toBeCloseTo((p.tonnes / denominator) * 100, 9);
      expect(c.hhi).toBeCloseTo(
        shares.reduce((s, x) => s + x * x, 0),
        6,
      );
      expect(c.topSharePct).toBeCloseTo(Math.max(...shares), 9);
      const top = [...kept].sort((a, b) => b[1] - a[1])[0][0];
      expect(c.topProducer.country.id).toBe(top);
      // `added` marks a producer the what-if brought in; a listed producer given more stays a listed one.
      const newcomers = Object.keys(k.addT).filter((id) => !stored.has(id) || k.exclude.includes(id));
      expect(c.producers.filter((p: { added: boolean }) => p.added).map((p: { country: { id: string } }) => p.country.id)).toEqual(newcomers);
      expect(c.adjustments).toHaveLength(k.exclude.length + k.add.length);
    });
  }
});

describe('exportControls by item', () => {
  it('for each item China restricts: exactly the measures that RESTRICT it (suspensions are not measures)', async () => {
    const expected = await app.db.read<{ item: string; policies: string[] }>(
      `MATCH (:Country {id: 'country:CN'})-[:IMPOSES]->(p:Policy)-[:RESTRICTS]->(i)
       WHERE p.policyType <> 'suspension'
       WITH i.id AS item, p.id AS policy ORDER BY policy
       RETURN item, collect(policy) AS policies ORDER BY item`,
    );
    // data/curated/erg-kazakhstan.yaml: Announcements 23/2023, 33/2024 and 46/2024.
    expect(expected.map((e) => e.item)).toEqual(['metal:antimony', 'metal:gallium', 'metal:germanium', 'product:superhard-materials']);
    for (const e of expected) {
      const { exportControls } = await ok(
        `query ($i: ID) { exportControls(countryId: "country:CN", itemId: $i, asOf: "2025-06-01") {
        policy { id } restricts { id } statusAsOf } }`,
        { i: e.item },
      );
      expect(exportControls.map((r: { policy: { id: string } }) => r.policy.id).sort()).toEqual(e.policies);
      for (const r of exportControls) expect(r.restricts.map((x: { id: string }) => x.id)).toContain(e.item);
    }
  });

  it('an item nobody restricts gives [], an unknown one NOT_FOUND', async () => {
    expect((await ok('{ exportControls(countryId: "country:CN", itemId: "metal:aluminium") { statusAsOf } }')).exportControls).toEqual([]);
    const res = await gql(app.url, '{ exportControls(countryId: "country:CN", itemId: "metal:unobtainium") { statusAsOf } }');
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('importReliance filters and net exporters (USGS MCS 2025 T5 and Fig. 2)', () => {
  // One row per reliance figure (r.key): a commodity can have several, e.g. mica sheet and scrap.
  type Row = { item: string; pct: number | null; bound: string | null; unit: string | null; reason: string | null; sources: string[] };
  let rows: Row[] = [];
  beforeAll(async () => {
    rows = await app.db.read<Row>(
      `MATCH (:Country {id: 'country:US'})-[r:IMPORTS_FROM]->(s:Country)
       WITH r.key AS key, r.itemId AS item, r, s ORDER BY r.rank
       RETURN key, item, max(r.quantity) AS pct, collect(r.quantityBound)[0] AS bound, collect(r.unit)[0] AS unit, collect(r.noValueReason)[0] AS reason, collect(s.id) AS sources`,
    );
  });
  const Q = `query ($min: Float, $item: ID) { importReliance(countryId: "country:US", minPct: $min, itemId: $item) {
    item { id } reliance { value unit bound } noValueReason importSources { rank country { id } } } }`;

  it('without filters: one row per reliance figure, its percentage, unit, bound and sources in rank order', async () => {
    const { importReliance } = await ok(Q);
    expect(rows.length).toBeGreaterThan(10);
    const got = importReliance.map((r: any) =>
      JSON.stringify([
        r.item.id,
        r.reliance?.value ?? null,
        r.reliance?.unit ?? null,
        r.reliance?.bound ?? null,
        r.noValueReason,
        r.importSources.map((s: any) => s.country.id),
      ]),
    );
    expect(got.sort()).toEqual(
      rows.map((e) => JSON.stringify([e.item, e.pct, e.pct === null ? null : e.unit, e.pct === null ? null : e.bound, e.reason, e.sources])).sort(),
    );
    for (const r of importReliance) {
      if (r.reliance) expect(r.reliance.unit).toMatch(/^% /);
      expect(r.importSources.map((s: { rank: number }) => s.rank)).toEqual(r.importSources.map((_: unknown, i: number) => i + 1));
    }
  });

  it('net exporters: no percentage and the reason "net exporter", never read as 0 by minPct', async () => {
    const exporters = rows
      .filter((r) => r.pct === null)
      .map((r) => r.item)
      .sort();
    expect(exporters.length).toBeGreaterThan(0);
    const all = (await ok(Q)).importReliance;
    const noFigure = all.filter((r: { reliance: unknown }) => r.reliance === null);
    expect(noFigure.map((r: { item: { id: string } }) => r.item.id).sort()).toEqual(exporters);
    for (const r of noFigure) expect(r.noValueReason).toBe('net exporter');
    const zero = (await ok(Q, { min: 0 })).importReliance;
    expect(zero.map((r: { item: { id: string } }) => r.item.id).sort()).toEqual(
      rows
        .filter((r) => r.pct !== null)
        .map((r) => r.item)
        .sort(),
    );
  });

  it('minPct keeps exactly the commodities at or above it, largest first (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 100 }), async (min) => {
        const { importReliance } = await ok(Q, { min });
        const want = rows
          .filter((r) => r.pct !== null && r.pct >= min)
          .map((r) => r.item)
          .sort();
        expect(importReliance.map((r: { item: { id: string } }) => r.item.id).sort()).toEqual(want);
        const values = importReliance.map((r: { reliance: { value: number } }) => r.reliance.value);
        expect(values).toEqual([...values].sort((a, b) => b - a));
      }),
      { numRuns: 12 },
    );
  });

  it('itemId gives that commodity alone', async () => {
    for (const e of [rows.find((r) => r.pct !== null)!, rows.find((r) => r.pct === null)!]) {
      const { importReliance } = await ok(Q, { item: e.item });
      expect(importReliance.map((r: { item: { id: string } }) => r.item.id)).toEqual(rows.filter((r) => r.item === e.item).map((r) => r.item));
    }
  });
});

describe('Country.production, reserves and importedBy with their values', () => {
  const Q = `query ($id: ID!) { node(id: $id) { ... on Country {
    production { item { id } year basis measure { id } quantity { value unit } baseQuantity { value unit } sharePct }
    reserves { item { id } year measure { id } quantity { value unit } baseQuantity { value } sharePct }
    importedBy { importer { id } exporter { id } item { id } rank quantity { value } period } } } }`;

  const key = (...xs: unknown[]) => JSON.stringify(xs);

  it('for sampled countries, every edge and figure equals the stored relationship (property)', async () => {
    const ids = (
      await app.db.read<{ id: string }>(
        `MATCH (c:Country) WHERE EXISTS { (c)-[:PRODUCES|HOLDS_RESERVES]->() } OR EXISTS { ()-[:IMPORTS_FROM]->(c) } RETURN c.id AS id ORDER BY id`,
      )
    ).map((r) => r.id);
    expect(ids).toContain('country:CN');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('country:CN', 'country:JP', ...ids), async (id) => {
        const [want] = await app.db.read<{ production: unknown[][]; reserves: unknown[][]; importedBy: unknown[][] }>(
          `MATCH (c:Country {id: $id})
           CALL (c) { OPTIONAL MATCH (c)-[r:PRODUCES]->(i) WITH r, i WHERE r IS NOT NULL
             RETURN collect([i.id, r.year, r.basis, r.measureId, r.quantity, r.unit, r.quantityBase, r.sharePct]) AS production }
           CALL (c) { OPTIONAL MATCH (c)-[r:HOLDS_RESERVES]->(i) WITH r, i WHERE r IS NOT NULL
             RETURN collect([i.id, r.year, r.measureId, r.quantity, r.unit, r.quantityBase, r.sharePct]) AS reserves }
           CALL (c) { OPTIONAL MATCH (m:Country)-[r:IMPORTS_FROM]->(c) WITH r, m WHERE r IS NOT NULL
             RETURN collect([m.id, r.itemId, r.rank, r.quantity, r.period]) AS importedBy }
           RETURN production, reserves, importedBy`,
          { id },
        );
        const { node } = await ok(Q, { id });
        const production = node.production.map((p: any) =>
          key(
            p.item.id,
            p.year,
            p.basis,
            p.measure?.id ?? null,
            p.quantity?.value ?? null,
            p.quantity?.unit ?? null,
            p.baseQuantity?.value ?? null,
            p.sharePct,
          ),
        );
        expect(production.sort()).toEqual(want.production.map((r) => key(...r)).sort());
        const reserves = node.reserves.map((p: any) =>
          key(p.item.id, p.year, p.measure?.id ?? null, p.quantity?.value ?? null, p.quantity?.unit ?? null, p.baseQuantity?.value ?? null, p.sharePct),
        );
        expect(reserves.sort()).toEqual(want.reserves.map((r) => key(...r)).sort());
        for (const e of node.importedBy) expect(e.exporter.id).toBe(id);
        const importedBy = node.importedBy.map((e: any) => key(e.importer.id, e.item?.id ?? null, e.rank, e.quantity?.value ?? null, e.period));
        expect(importedBy.sort()).toEqual(want.importedBy.map((r) => key(...r)).sort());
      }),
      { numRuns: 15 },
    );
  });

  it("China's gallium: 750,000 kg primary production in 2024 (USGS MCS 2025 world table); Japan imported from by the United States", async () => {
    const { node } = await ok(`{ node(id: "country:CN") { ... on Country {
      production(year: 2024, itemId: "metal:gallium", basis: production) { quantity { value unit } baseQuantity { value unit } } } } }`);
    expect(node.production).toEqual([{ quantity: { value: 750_000, unit: 'kilograms' }, baseQuantity: { value: 750, unit: 't' } }]);
    const jp = await ok(`{ node(id: "country:JP") { ... on Country { importedBy(itemId: "metal:gallium") { importer { id } rank } } } }`);
    expect(jp.node.importedBy).toEqual([{ importer: { id: 'country:US' }, rank: 1 }]);
  });
});

describe('every list query: NAME order and the name filters (property, lists found by walking the schema)', () => {
  type List = { field: string; label: string; orderType: string; filterType: string };
  const lists: List[] = [];
  beforeAll(async () => {
    const { __schema } = await ok(`{ __schema { queryType { fields { name type { name } args { name type { name } } } } } }`);
    const fields = __schema.queryType.fields as Array<{ name: string; type: { name: string | null }; args: Array<{ name: string; type: { name: string } }> }>;
    for (const f of fields) {
      if (!f.type.name?.endsWith('Connection')) continue;
      const arg = (n: string) => f.args.find((a) => a.name === n)?.type.name;
      const orderType = arg('orderBy');
      const filterType = arg('filter');
      if (!orderType || !filterType) continue;
      const { __type } = await ok(`query ($o: String!) { __type(name: $o) { inputFields { name type { ofType { name } } } } }`, { o: orderType });
      const fieldEnum = __type.inputFields.find((x: { name: string }) => x.name === 'field').type.ofType.name;
      const values = (await ok(`query ($e: String!) { __type(name: $e) { enumValues { name } } }`, { e: fieldEnum })).__type.enumValues.map(
        (v: { name: string }) => v.name,
      );
      const filterFields = (await ok(`query ($f: String!) { __type(name: $f) { inputFields { name } } }`, { f: filterType })).__type.inputFields.map(
        (x: { name: string }) => x.name,
      );
      if (values.includes('NAME') && filterFields.includes('name') && filterFields.includes('nameContains'))
        lists.push({ field: f.name, label: f.type.name.replace(/Connection$/, ''), orderType, filterType });
    }
  });

  it('finds the entity lists of the schema', () => {
    for (const f of [
      'companies',
      'people',
      'countries',
      'metals',
      'products',
      'technologies',
      'facilities',
      'agreements',
      'industries',
      'policies',
      'sources',
    ]) {
      expect(lists.map((l) => l.field)).toContain(f);
    }
  });

  /** Every id of a list, page by page (100 a page), in the service's order. */
  async function allIds(l: List, orderBy: unknown, filter: unknown): Promise<{ ids: string[]; total: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (;;) {
      const data: any = await ok(
        `query ($after: String, $o: ${l.orderType}, $f: ${l.filterType}) { page: ${l.field}(first: 100, after: $after, orderBy: $o, filter: $f) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { after, o: orderBy, f: filter },
      );
      total = data.page.totalCount;
      ids.push(...data.page.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!data.page.pageInfo.hasNextPage) return { ids, total };
      after = data.page.pageInfo.endCursor;
    }
  }

  /** A name folded for comparison, as the schema states it: case and accents ignored, punctuation runs one space. */
  const fold = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();

  it('NAME ASC/DESC sorts names case-insensitively (then by id); name matches the folded name, nameContains the folded name or an alias', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.constantFrom('ASC', 'DESC'),
        fc.constantFrom('none', 'name', 'nameContains'),
        fc.nat(),
        fc.nat(),
        async (pick, direction, kind, which, cut) => {
          const l = lists[pick % lists.length];
          // The label comes from the schema's own type names (an allow-list of this graph's labels).
          const all = await app.db.read<{ id: string; name: string | null; keys: string[] }>(
            `MATCH (n:\`${l.label}\`) RETURN n.id AS id, n.name AS name, [k IN [n.nameKey] + coalesce(n.aliasKeys, []) WHERE k IS NOT NULL] AS keys`,
          );
          const named = all.filter((r) => r.name);
          let filter: Record<string, string> | undefined;
          let want = all;
          if (kind !== 'none' && named.length > 0) {
            const name = named[which % named.length].name!;
            if (kind === 'name') {
              // `name` equals the folded name (nameKey); any spelling that folds alike matches.
              filter = { name };
              want = all.filter((r) => r.name !== null && foldName(r.name) === foldName(name));
            } else {
              const words = fold(name)
                .split(' ')
                .filter((w) => /^[a-z0-9]{2,}$/.test(w));
              const word = words.length ? words[which % words.length] : fold(name);
              const frag = word.slice(cut % Math.max(1, word.length - 1), (cut % Math.max(1, word.length - 1)) + 3 + (cut % 3));
              // `nameContains` is found in the folded name or any folded alias (nameKey, aliasKeys).
              filter = { nameContains: frag.toUpperCase() };
              want = all.filter((r) => r.keys.some((k) => k.includes(foldName(frag))));
            }
          }
          const lower = (r: { name: string | null }) => (r.name === null ? null : r.name.toLowerCase());
          const cmp = (a: { id: string; name: string | null }, b: { id: string; name: string | null }) => {
            const [x, y] = [lower(a), lower(b)];
            if (x !== y) return x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
            return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
          };
          const ordered = [...want].sort(cmp).map((r) => r.id);
          if (direction === 'DESC') ordered.reverse();
          const got = await allIds(l, { field: 'NAME', direction }, filter);
          expect(got.total).toBe(want.length);
          expect(got.ids).toEqual(ordered);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('exportControls status ended (a measure with an end date, written for this test and removed after it)', () => {
  // The bundled measures have no end date, so one is added: in force from 2020-01-01 to 2030-01-01.
  const ID = 'policy:test-ended-export-licence';
  beforeAll(async () => {
    await app.db.write(
      `MATCH (c:Country {id: 'country:CN'}), (m:Metal {id: 'metal:gallium'})
       CREATE (p:Policy {id: $id, name: 'Temporary gallium export licence', policyType: 'exportLicensing', validFrom: date('2020-01-01'), validTo: date('2030-01-01'), sources: []})
       CREATE (c)-[:IMPOSES {sources: []}]->(p), (p)-[:RESTRICTS {sources: []}]->(m)`,
      { id: ID },
    );
  });
  afterAll(async () => {
    await app.db.write('MATCH (p:Policy {id: $id}) DETACH DELETE p', { id: ID });
  });

  it('notYetInForce before validFrom, inForce up to the day before validTo, ended on and after it', async () => {
    const status = async (asOf: string) => {
      const { exportControls } = await ok(
        `query ($d: String) { exportControls(countryId: "country:CN", itemId: "metal:gallium", asOf: $d) { policy { id } statusAsOf } }`,
        { d: asOf },
      );
      return exportControls.find((r: { policy: { id: string } }) => r.policy.id === ID)?.statusAsOf;
    };
    expect(await status('2019-12-31')).toBe('notYetInForce');
    expect(await status('2029-12-31')).toBe('inForce');
    expect(await status('2030-01-01')).toBe('ended');
    expect(await status('2041-06-30')).toBe('ended');
  });
});

describe('each body-size limit, as configured: GraphQL (HTTP_MAX_BODY_KB) and POST /admin/load (ADMIN_LOAD_MAX_BODY_KB)', () => {
  const EDITOR = 'editor-key-3b91d0c47e25';
  const keys: ApiKey[] = [{ key: EDITOR, role: 'editor' }];
  let small: RunningApp;
  beforeAll(async () => {
    small = await startTestApp(app.db, { config: { API_KEYS: keys, HTTP_MAX_BODY_KB: 2, ADMIN_LOAD_MAX_BODY_KB: 4 } });
  });
  afterAll(async () => {
    await small?.stop();
  });
  const post = (path: string, body: string) =>
    fetch(`${small.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR}` }, body });
  /** A JSON body of exactly `bytes` bytes. */
  const bodyOf = (bytes: number, make: (pad: string) => unknown) => {
    const bare = JSON.stringify(make('')).length;
    const body = JSON.stringify(make('x'.repeat(bytes - bare)));
    expect(Buffer.byteLength(body)).toBe(bytes);
    return body;
  };
  const graphql = (pad: string) => ({ query: '{ __typename }', variables: { pad } });
  // An invalid dataset (no nodes of any use): under the limit it is read and refused as invalid.
  const dataset = (pad: string) => ({ sources: [], nodes: [{ id: 'company:cover-oversize', label: 'Company', name: pad, sources: [] }], relationships: [] });

  it('GraphQL: 2,048 bytes pass, 2,049 bytes are refused with 413 PAYLOAD_TOO_LARGE in JSON', async () => {
    expect((await post('/graphql', bodyOf(2048, graphql))).status).toBe(200);
    const over = await post('/graphql', bodyOf(2049, graphql));
    expect(over.status).toBe(413);
    expect(over.headers.get('content-type')).toMatch(/application\/json/);
    expect((await over.json()).errors[0]).toMatchObject({ message: 'the request body is larger than 2048 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('POST /admin/load: 4,096 bytes are read (here refused as an invalid dataset), 4,097 bytes get 413 and write nothing', async () => {
    const count = async () => (await app.db.read<{ n: number }>('MATCH (n) WHERE NOT n:GraphVersion RETURN count(n) AS n'))[0].n;
    const before = await count();
    const under = await post('/admin/load?name=cover-limit', bodyOf(4096, dataset));
    expect(under.status).toBe(400);
    expect((await under.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const over = await post('/admin/load?name=cover-limit', bodyOf(4097, dataset));
    expect(over.status).toBe(413);
    expect(over.headers.get('content-type')).toMatch(/application\/json/);
    expect((await over.json()).errors[0]).toMatchObject({ message: 'the request body is larger than 4096 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(await count()).toBe(before);
  });
});

describe('dependency walks cut by beamWidth (200 partial paths) and by walkLimit (1,000 paths), each alone', () => {
  // Two layered supplier graphs beside the bundled data, joined to nothing in it, SUPPLIES with
  // one source each: no node has more than 20 suppliers, so fanOut (20) and parallelHops (5)
  // never bite. `full` layers: every node supplies every node of the layer below; `paired`: the
  // i-th supplies the i-th only.
  const id = (k: string) => `company:cover-walk-${k}`;
  const layer = (name: string, n: number) => Array.from({ length: n }, (_, i) => id(`${name}-${String(i + 1).padStart(2, '0')}`));
  // Beam: 15 → 15 (full) → 2 (full): 225 paths at depth 2, of which 200 go on, each to 2 suppliers.
  const beam = { hub: [id('beam-hub')], l1: layer('beam-b', 15), l2: layer('beam-c', 15), l3: layer('beam-x', 2) };
  // Limit: 20 → 10 (full) → 10 → 10 → 10 → 10 (paired): 20 + 5 × 200 = 1,020 paths in six levels.
  const limit = [
    [id('limit-hub')],
    layer('limit-b', 20),
    layer('limit-c', 10),
    layer('limit-d', 10),
    layer('limit-e', 10),
    layer('limit-f', 10),
    layer('limit-g', 10),
  ];
  beforeAll(async () => {
    const sources = ['source:cover-walk'];
    const rel = (from: string, to: string) => ({ type: 'SUPPLIES', from, to, key: '', sources });
    const full = (buyers: string[], suppliers: string[]) => buyers.flatMap((to) => suppliers.map((from) => rel(from, to)));
    const paired = (buyers: string[], suppliers: string[]) => buyers.map((to, i) => rel(suppliers[i], to));
    const nodes = [...Object.values(beam), ...limit].flat().map((n) => ({ id: n, label: 'Company', name: n.split(':')[1], sources }));
    const relationships = [
      ...full(beam.hub, beam.l1),
      ...full(beam.l1, beam.l2),
      ...full(beam.l2, beam.l3),
      ...full(limit[0], limit[1]),
      ...full(limit[1], limit[2]),
      ...limit.slice(3).flatMap((l, i) => paired(limit[i + 2], l)),
    ];
    await loadDatasets(app.db, [
      {
        name: 'cover-walk',
        content: {
          sources: [{ id: 'source:cover-walk', name: 'Walk bounds test', sourceType: 'dataset', publisher: 'Tests' }],
          nodes,
          relationships,
        },
      },
    ]);
  });
  afterAll(async () => {
    await app.db.write("MATCH (n) WHERE n.id STARTS WITH 'company:cover-walk-' OR n.id = 'source:cover-walk' DETACH DELETE n");
  });
  const chains = async (entityId: string, maxDepth: number) =>
    (
      await ok(
        `query ($e: ID!, $d: Int) { dependencyChains(entityId: $e, maxDepth: $d, first: 200) { totalChains truncated chains { terminal { id } hops { id } } } }`,
        { e: entityId, d: maxDepth },
      )
    ).dependencyChains;

  it('beamWidth: of the 225 depth-2 paths 200 go on (to 2 suppliers each): 400 + the 25 left = 425 maximal chains, not 450; truncated', async () => {
    expect(await chains(beam.hub[0], 3)).toMatchObject({ totalChains: 400 + 25, truncated: true });
    // Two levels: the 225 paths are all kept; a cut matters only before a further level.
    expect(await chains(beam.hub[0], 2)).toMatchObject({ totalChains: 225, truncated: false });
  });

  it('walkLimit: 820 paths in five levels leave room for 180 of the 200 at the sixth: 180 chains end there, 20 one level short; truncated', async () => {
    const r = await chains(limit[0][0], 6);
    expect(r).toMatchObject({ totalChains: 200, truncated: true });
    const endingIn = (l: string[]) => r.chains.filter((c: { terminal: { id: string } }) => l.includes(c.terminal.id)).length;
    expect([endingIn(limit[6]), endingIn(limit[5])]).toEqual([180, 20]);
    const five = await chains(limit[0][0], 5);
    expect(five).toMatchObject({ totalChains: 200, truncated: false });
    expect(five.chains.every((c: { terminal: { id: string }; hops: unknown[] }) => limit[5].includes(c.terminal.id) && c.hops.length === 5)).toBe(true);
  });
});

describe('feeds updatedSince: exactly the rows a later load changed', () => {
  const A = 'company:cover-feed-a';
  const B = 'company:cover-feed-b';
  const SOURCE = 'source:cover-feed';
  const dataset = (bName: string) => ({
    sources: [{ id: SOURCE, name: 'Feed test', sourceType: 'dataset', publisher: 'Tests' }],
    nodes: [
      { id: A, label: 'Company', name: 'Cover feed A', sources: [SOURCE] },
      { id: B, label: 'Company', name: bName, sources: [SOURCE] },
    ],
    // One relationship to a bundled company: the load must not mark company:erg as changed.
    relationships: [
      { type: 'SUPPLIES', from: A, to: B, key: '', sources: [SOURCE] },
      { type: 'SUPPLIES', from: A, to: 'company:erg', key: '', sources: [SOURCE] },
    ],
  });
  afterAll(async () => {
    await app.db.write('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', { ids: [A, B, SOURCE] });
  });
  /** A moment strictly after everything written so far (updatedAt has millisecond precision or finer). */
  const now = async () => {
    await new Promise((r) => setTimeout(r, 5));
    const t = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    return t;
  };
  const since = async (table: 'nodes' | 'relationships', t: string) => {
    const res = await fetch(`${app.url}/feeds/${table}.json?updatedSince=${encodeURIComponent(t)}`);
    expect(res.status).toBe(200);
    return (await res.json()) as Array<Record<string, unknown>>;
  };
  const rels = (rows: Array<Record<string, unknown>>) => rows.map((r) => `${r.from_id} ${r.type} ${r.to_id}`).sort();

  it('a first load: its nodes and relationships; the same load again: nothing; one renamed node: that node alone', async () => {
    const t0 = await now();
    await loadDatasets(app.db, [{ name: 'cover-feed', content: dataset('Cover feed B') }]);
    expect((await since('nodes', t0)).map((r) => r.id).sort()).toEqual([A, B, SOURCE].sort());
    expect(rels(await since('relationships', t0))).toEqual([`${A} SUPPLIES ${B}`, `${A} SUPPLIES company:erg`]);

    const t1 = await now();
    await loadDatasets(app.db, [{ name: 'cover-feed', content: dataset('Cover feed B') }]);
    expect(await since('nodes', t1)).toEqual([]);
    expect(await since('relationships', t1)).toEqual([]);

    const t2 = await now();
    await loadDatasets(app.db, [{ name: 'cover-feed', content: dataset('Cover feed B, renamed') }]);
    const changed = await since('nodes', t2);
    expect(changed.map((r) => [r.id, r.name])).toEqual([[B, 'Cover feed B, renamed']]);
    expect(await since('relationships', t2)).toEqual([]);
  });
});
