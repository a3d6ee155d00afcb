/**
 * Dependency chains, exposure, paths and neighbourhoods through HTTP against the real Neo4j,
 * on the bundled data (USGS tables + curated ERG file). Answers Q6, Q7 and Q9 of DOMAIN.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../src/server/app.js';
import { bundledGraph } from './support/bundled.js';
import { testDb } from './support/db.js';
import { listingsOf } from './support/diverse-reference.js';
import { gql, startTestApp } from './support/server.js';

const db = testDb();
let app: RunningApp;

beforeAll(async () => {
  await bundledGraph(db);
  // These tests read whole answers (up to 200 chains or dependents with every hop), which the
  // default GRAPHQL_MAX_COST refuses; the cost limit has tests of its own (cost.test.ts).
  app = await startTestApp(db, { config: { GRAPHQL_MAX_COST: 500_000 } });
});
afterAll(async () => {
  await app?.stop();
  await db.close();
});

const HOP = `id relationship direction explanation from { id label name } to { id label name }
  properties { role status quantity { value unit bound } validity { from fromPrecision } sharePct }
  sources { id name }`;
const CHAIN = `length relevance terminal { id label } hops { ${HOP} }`;

interface Hop {
  id: string;
  relationship: string;
  direction: 'FORWARD' | 'BACKWARD';
  explanation: string;
  from: { id: string; label: string };
  to: { id: string; label: string };
  properties: { role: string | null; quantity: { value: number; unit: string; bound: string } | null };
  sources: Array<{ id: string; name: string }>;
}
interface Chain {
  length: number;
  relevance: number;
  terminal: { id: string };
  hops: Hop[];
}

const ids = (c: Chain) => c.hops.map((h) => h.to.id);
const errorCode = (r: { errors?: Array<{ extensions?: { code?: string } }> }) => r.errors?.[0]?.extensions?.code;

async function chains(variables: Record<string, unknown>) {
  const res = await gql(
    app.url,
    `query($e: ID!, $m: ID, $d: Int, $f: Int, $a: String) {
    dependencyChains(entityId: $e, metalId: $m, maxDepth: $d, first: $f, asOf: $a) {
      entity { id } metal { id } asOf maxDepth totalChains truncated chains { ${CHAIN} } } }`,
    variables,
  );
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
  return res.data.dependencyChains as { totalChains: number; truncated: boolean; maxDepth: number; chains: Chain[] };
}

function expectWellFormed(list: Chain[], start: string, maxDepth: number) {
  for (const c of list) {
    expect(c.length).toBe(c.hops.length);
    expect(c.length).toBeLessThanOrEqual(maxDepth);
    expect(c.hops[0].from.id).toBe(start);
    expect(c.terminal.id).toBe(c.hops[c.hops.length - 1].to.id);
    const visited = [start, ...ids(c)];
    expect(new Set(visited).size).toBe(visited.length);
    c.hops.forEach((h, i) => {
      if (i > 0) expect(h.from.id).toBe(c.hops[i - 1].to.id);
      expect(h.sources.length).toBeGreaterThanOrEqual(1);
      expect(h.explanation.length).toBeGreaterThan(10);
    });
  }
}

describe('dependencyChains (Q7: what does Mitsubishi Corporation’s gallium supply depend on?)', () => {
  it('goes subsidiary → offtake agreement → seller → Pavlodar plant → Kazakhstan, with alumina and bauxite upstream', async () => {
    const r = await chains({ e: 'company:mitsubishi-corporation', m: 'metal:gallium', f: 200 });
    expect(r.truncated).toBe(false);
    expect(r.chains.length).toBe(r.totalChains);
    expectWellFormed(r.chains, 'company:mitsubishi-corporation', 6);
    const viaSubsidiary = r.chains.filter(
      (c) =>
        ids(c).slice(0, 3).join(' ') === 'company:mitsubishi-corporation-rtm-japan agreement:erg-mitsubishi-gallium-offtake company:aluminium-of-kazakhstan' &&
        ids(c)[3].startsWith('facility:pavlodar-'),
    );
    const toKazakhstan = viaSubsidiary.find((c) => ids(c).length === 5 && ids(c)[4] === 'country:KZ');
    expect(toKazakhstan).toBeDefined();
    const upstream = viaSubsidiary.find((c) => ids(c).slice(4).join(' ') === 'product:alumina product:bauxite');
    expect(upstream).toBeDefined();

    const [sub, buyer, seller, operates, located] = toKazakhstan!.hops;
    expect(sub).toMatchObject({
      relationship: 'SUBSIDIARY_OF',
      direction: 'BACKWARD',
      explanation: 'Mitsubishi Corporation RtM Japan Ltd. is a subsidiary of Mitsubishi Corporation',
    });
    expect(buyer).toMatchObject({ relationship: 'PARTY_TO', direction: 'FORWARD', properties: { role: 'buyer' } });
    expect(buyer.explanation).toBe('Mitsubishi Corporation RtM Japan Ltd. is the buyer under the ERG–Mitsubishi gallium offtake agreement (signed 2025-12)');
    expect(buyer.sources.map((s) => s.id).sort()).toEqual(['source:merkur-lu-2025-12-22', 'source:qazinform-2025-12']);
    expect(seller).toMatchObject({ relationship: 'PARTY_TO', direction: 'BACKWARD', properties: { role: 'seller' } });
    expect(operates.relationship).toBe('OPERATES');
    expect(located).toMatchObject({ relationship: 'LOCATED_IN', explanation: expect.stringMatching(/^Pavlodar .* is located in Kazakhstan$/) });

    const gallium = r.chains.flatMap((c) => c.hops).find((h) => h.relationship === 'DERIVED_FROM' && h.from.id === 'metal:gallium');
    expect(gallium?.to.id).toBe('product:alumina');
    const supply = r.chains.flatMap((c) => c.hops).find((h) => h.relationship === 'SUPPLIES' && h.from.id === 'company:mitsubishi-corporation-rtm-japan');
    expect(supply).toMatchObject({
      to: { id: 'company:aluminium-of-kazakhstan' },
      direction: 'BACKWARD',
      properties: { quantity: { value: 15, unit: 't/yr', bound: 'exact' } },
    });
    expect(supply!.explanation).toBe('Aluminium of Kazakhstan supplies gallium to Mitsubishi Corporation RtM Japan Ltd. (15 t/yr; planned; from 2026)');
  });

  it('keeps only maximal chains concerning the metal, best first, at most `first`', async () => {
    const r = await chains({ e: 'company:mitsubishi-corporation', m: 'metal:gallium' });
    expect(r.chains).toHaveLength(20);
    expect(r.totalChains).toBeGreaterThan(20);
    for (let i = 1; i < r.chains.length; i++) expect(r.chains[i].relevance).toBeLessThanOrEqual(r.chains[i - 1].relevance);
    const keys = r.chains.map((c) => c.hops.map((h) => h.id).join(' '));
    for (const k of keys) expect(keys.filter((o) => o !== k && o.startsWith(`${k} `))).toEqual([]);
    const touched = r.chains.flatMap((c) => c.hops.flatMap((h) => [h.from.id, h.to.id]));
    expect(touched.filter((id) => /rudny|ssgpo|iron/.test(id))).toEqual([]);
    expect(r.chains.every((c) => c.hops[c.hops.length - 1].relationship !== 'SUBSIDIARY_OF')).toBe(true);

    const all = await chains({ e: 'company:mitsubishi-corporation', f: 200 });
    expect(all.chains.some((c) => ids(c).includes('facility:rudny-hbi-plant'))).toBe(true);
  });

  it('reaches bauxite through the plant’s output at depth 8, and crosses PRODUCES only into DERIVED_FROM', async () => {
    const r = await chains({ e: 'company:mitsubishi-corporation', m: 'metal:gallium', d: 8, f: 200 });
    expectWellFormed(r.chains, 'company:mitsubishi-corporation', 8);
    expect(r.chains.some((c) => ids(c).join(' ').endsWith('facility:pavlodar-gallium-plant metal:gallium product:alumina product:bauxite'))).toBe(true);
    for (const c of r.chains) {
      c.hops.forEach((h, i) => {
        if (h.relationship === 'PRODUCES') expect(c.hops[i + 1]?.relationship).toBe('DERIVED_FROM');
      });
    }
  });

  it('keeps only facts in force on asOf', async () => {
    const before = await chains({ e: 'company:mitsubishi-corporation', m: 'metal:gallium', a: '2025-06-01', f: 200 });
    const touched = (r: { chains: Chain[] }) => new Set(r.chains.flatMap((c) => ids(c)));
    expect(touched(before).has('agreement:erg-mitsubishi-gallium-offtake')).toBe(false);
    expect(touched(before).has('facility:pavlodar-gallium-plant')).toBe(false);
    const after = await chains({ e: 'company:mitsubishi-corporation', m: 'metal:gallium', a: '2026-06-01', f: 200 });
    expect(touched(after).has('agreement:erg-mitsubishi-gallium-offtake')).toBe(true);
  });

  it('costs at most maxDepth + 1 round trips (prepare with level 1, one per further level, details), plus one batched load for all the sources shown', async () => {
    const q = `query { dependencyChains(entityId: "company:mitsubishi-corporation", metalId: "metal:gallium") { chains { hops { %s } } } }`;
    let before = db.roundTrips;
    await gql(app.url, q.replace('%s', 'id'));
    const trips = db.roundTrips - before;
    expect(trips).toBeGreaterThanOrEqual(3);
    expect(trips).toBeLessThanOrEqual(6 + 1);
    before = db.roundTrips;
    await gql(app.url, q.replace('%s', 'id sources { id }'));
    expect(db.roundTrips - before).toBe(trips + 1);
    before = db.roundTrips;
    await gql(app.url, `query { dependencyChains(entityId: "company:mitsubishi-corporation", maxDepth: 2) { totalChains } }`);
    expect(db.roundTrips - before).toBeLessThanOrEqual(2 + 1);
  });

  it('lists, for every company of the graph, the same chains as the rescanning diverseOrder', async () => {
    const ids = (await db.read<{ id: string }>('MATCH (c:Company) WHERE c.retractedAt IS NULL RETURN c.id AS id ORDER BY id')).map((r) => r.id);
    const listings = await listingsOf(db, ids);
    for (const l of listings) expect(l.listed, l.id).toEqual(l.reference);
    expect(listings.find((l) => l.id === 'company:mitsubishi-corporation')?.listed.length).toBeGreaterThan(0);
  });
});

describe('exposure', () => {
  const exposure = async (entityId: string, extra: Record<string, unknown> = {}) => {
    const res = await gql(
      app.url,
      `query($e: ID!, $m: ID, $a: String, $f: Int) { exposure(entityId: $e, metalId: $m, asOf: $a, first: $f) {
      totalDependents truncated dependents { dependent { id label } distance relevance chainCount chains { ${CHAIN} } } } }`,
      { e: entityId, ...extra },
    );
    expect(res.errors).toBeUndefined();
    return res.data.exposure as { totalDependents: number; dependents: Array<{ dependent: { id: string; label: string }; distance: number; chains: Chain[] }> };
  };

  it('of Kazakhstan for gallium includes Mitsubishi Corporation, with chains read from it down to Kazakhstan', async () => {
    const r = await exposure('country:KZ', { m: 'metal:gallium' });
    const mc = r.dependents.find((d) => d.dependent.id === 'company:mitsubishi-corporation');
    expect(mc).toBeDefined();
    expectWellFormed(mc!.chains, 'company:mitsubishi-corporation', 6);
    for (const c of mc!.chains) expect(c.terminal.id).toBe('country:KZ');
    const dependents = r.dependents.map((d) => d.dependent.id);
    expect(dependents).toEqual(
      expect.arrayContaining([
        'facility:pavlodar-gallium-plant',
        'company:aluminium-of-kazakhstan',
        'agreement:erg-mitsubishi-gallium-offtake',
        'company:mitsubishi-corporation-rtm-japan',
        'country:JP',
      ]),
    );
    expect(dependents.filter((id) => /rudny|ssgpo/.test(id))).toEqual([]);
  });

  it('of China’s 2024 ban reaches the restricted metals and the industries using them (Q6)', async () => {
    const r = await exposure('policy:cn-mofcom-2024-46', { f: 200 });
    const at = (id: string) => r.dependents.find((d) => d.dependent.id === id);
    for (const m of ['metal:gallium', 'metal:germanium', 'metal:antimony', 'product:superhard-materials']) expect(at(m)?.distance).toBe(1);
    for (const i of [
      'industry:integrated-circuits',
      'industry:optoelectronics',
      'industry:fiber-optics',
      'industry:infrared-optics',
      'industry:flame-retardants',
      'industry:lead-acid-batteries',
      'industry:defense',
    ]) {
      expect(at(i)?.distance).toBe(2);
      expect(at(i)!.chains[0].hops[0].relationship).toBe('USED_IN');
    }
    expect(at('country:US')?.distance).toBe(1);
    // a plant producing a restricted metal does not depend on the restriction
    expect(at('facility:pavlodar-gallium-plant')).toBeUndefined();
    expect((await exposure('policy:cn-mofcom-2024-46', { a: '2024-06-01' })).totalDependents).toBe(0);

    const china = await exposure('country:CN', { f: 200 });
    const industries = china.dependents.filter((d) => d.dependent.label === 'Industry').map((d) => d.dependent.id);
    expect(industries).toEqual(expect.arrayContaining(['industry:integrated-circuits', 'industry:fiber-optics', 'industry:flame-retardants']));
  });
});

describe('paths (Q9: how is Mitsubishi Corporation connected to the Rudny HBI plant?)', () => {
  const PATHS = `query($a: ID!, $b: ID!, $l: Int, $t: [RelationshipType!]) { paths(fromId: $a, toId: $b, maxLength: $l, types: $t) {
    length nodes { id } hops { ${HOP} } } }`;

  it('is two hops through ERG, which supplies it gallium and builds the plant', async () => {
    const res = await gql(app.url, PATHS, { a: 'company:mitsubishi-corporation', b: 'facility:rudny-hbi-plant' });
    expect(res.errors).toBeUndefined();
    const paths = res.data.paths as Array<{ length: number; nodes: Array<{ id: string }>; hops: Hop[] }>;
    expect(paths.length).toBeGreaterThanOrEqual(1);
    for (const p of paths) {
      expect(p.length).toBe(2);
      expect(p.nodes.map((n) => n.id)).toEqual(['company:mitsubishi-corporation', 'company:erg', 'facility:rudny-hbi-plant']);
      p.hops.forEach((h, i) => {
        expect([h.from.id, h.to.id]).toEqual([p.nodes[i].id, p.nodes[i + 1].id]);
        expect(h.sources.length).toBeGreaterThan(0);
      });
      expect(p.hops[0]).toMatchObject({ relationship: 'SUPPLIES', direction: 'BACKWARD' });
    }
    expect(paths.map((p) => p.hops[1].relationship).sort()).toEqual(['INVESTS_IN', 'OPERATES']);
  });

  it('over ownership, headquarters and technology only, runs through Japan and Kobe Steel (Midrex) or MHI (Primetals) to MIDREX Flex', async () => {
    const res = await gql(app.url, PATHS, {
      a: 'company:mitsubishi-corporation',
      b: 'facility:rudny-hbi-plant',
      l: 10,
      t: ['SUBSIDIARY_OF', 'SHAREHOLDER_OF', 'HEADQUARTERED_IN', 'PROVIDED_BY', 'USES_TECHNOLOGY'],
    });
    const paths = res.data.paths as Array<{ nodes: Array<{ id: string }>; hops: Hop[] }>;
    expect(paths.length).toBeGreaterThan(0);
    // Both Japanese groups own a provider of MIDREX Flex: Kobe Steel (Midrex) and MHI (Primetals).
    // (Kobe Steel is both Midrex's parent and its shareholder: two paths over the same nodes.)
    expect([...new Set(paths.map((p) => p.nodes.map((n) => n.id).join(' ')))].sort()).toEqual([
      'company:mitsubishi-corporation country:JP company:kobe-steel company:midrex-technologies technology:midrex-flex facility:rudny-hbi-plant',
      'company:mitsubishi-corporation country:JP company:mitsubishi-heavy-industries company:primetals-technologies technology:midrex-flex facility:rudny-hbi-plant',
    ]);
    const short = await gql(app.url, PATHS, {
      a: 'company:mitsubishi-corporation',
      b: 'facility:rudny-hbi-plant',
      l: 4,
      t: ['SUBSIDIARY_OF', 'HEADQUARTERED_IN', 'PROVIDED_BY', 'USES_TECHNOLOGY'],
    });
    expect(short.data.paths).toEqual([]);
  });
});

describe('neighbourhood', () => {
  const NB = `query($e: ID!, $d: Int, $t: [RelationshipType!], $l: Int) { neighbourhood(entityId: $e, depth: $d, types: $t, limit: $l) {
    center { id } nodeCount truncated nodes { id label name } edges { id source target type label quantity { value unit } sharePct sources { id } } } }`;
  type G = {
    center: { id: string };
    nodeCount: number;
    truncated: boolean;
    nodes: Array<{ id: string }>;
    edges: Array<{ id: string; source: string; target: string; type: string; label: string; sources: unknown[] }>;
  };
  const closed = (g: G) => {
    const nodes = new Set(g.nodes.map((n) => n.id));
    expect(nodes.size).toBe(g.nodes.length);
    for (const e of g.edges) expect([nodes.has(e.source), nodes.has(e.target)]).toEqual([true, true]);
  };

  it('is drawable: edges reference only returned nodes, with short labels', async () => {
    const res = await gql(app.url, NB, { e: 'facility:pavlodar-gallium-plant' });
    const g = res.data.neighbourhood as G;
    closed(g);
    expect(g.center.id).toBe('facility:pavlodar-gallium-plant');
    expect(g.nodes[0].id).toBe('facility:pavlodar-gallium-plant');
    const label = (source: string, type: string, target: string) => g.edges.find((e) => e.source === source && e.type === type && e.target === target)?.label;
    expect(label('facility:pavlodar-gallium-plant', 'PRODUCES', 'metal:gallium')).toBe('15 t/yr');
    expect(label('company:aluminium-of-kazakhstan', 'PARTY_TO', 'agreement:erg-mitsubishi-gallium-offtake')).toBe('seller');
    expect(label('facility:pavlodar-gallium-plant', 'LOCATED_IN', 'country:KZ')).toBe('located in');
    expect(g.edges.every((e) => e.sources.length > 0)).toBe(true);

    const deep = (await gql(app.url, NB, { e: 'company:erg', d: 3, l: 40 })).data.neighbourhood as G;
    closed(deep);
    expect(deep.nodes).toHaveLength(40);
    expect(deep.truncated).toBe(true);
    expect(deep.nodeCount).toBeGreaterThan(40);

    const typed = (await gql(app.url, NB, { e: 'country:KZ', d: 2, t: ['LOCATED_IN', 'OPERATES'] })).data.neighbourhood as G;
    closed(typed);
    expect(new Set(typed.edges.map((e) => e.type))).toEqual(new Set(['LOCATED_IN', 'OPERATES']));
    expect(typed.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['facility:rudny-hbi-plant', 'company:ssgpo', 'company:aluminium-of-kazakhstan']));
  });
});

describe('bad input', () => {
  const count = async () => (await db.read<{ n: number; r: number }>('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r'))[0];

  it.each([
    ['dependencyChains(entityId: "company:erg", maxDepth: 99) { totalChains }', 'BAD_USER_INPUT', /maxDepth .* 1 to 8/],
    ['exposure(entityId: "country:KZ", maxDepth: 0) { totalDependents }', 'BAD_USER_INPUT', /maxDepth/],
    ['neighbourhood(entityId: "company:erg", depth: 99) { nodeCount }', 'BAD_USER_INPUT', /depth .* 1 to 3/],
    ['paths(fromId: "company:erg", toId: "country:KZ", maxLength: 99) { length }', 'BAD_USER_INPUT', /maxLength .* 1 to 10/],
    ['paths(fromId: "company:erg", toId: "company:erg") { length }', 'BAD_USER_INPUT', /same entity/],
    [
      'dependencyChains(entityId: "company:erg", asOf: "2026-Q4") { totalChains }',
      'BAD_USER_INPUT',
      /asOf .* give its first day, 2026-10-01, or its last, 2026-12-31/,
    ],
    ['dependencyChains(entityId: "company:erg", asOf: "2026-02-30") { totalChains }', 'BAD_USER_INPUT', /asOf/],
    ['dependencyChains(entityId: "company:erg", metalId: "country:KZ") { totalChains }', 'BAD_USER_INPUT', /metalId/],
    ['dependencyChains(entityId: "company:no-such-company") { totalChains }', 'NOT_FOUND', /company:no-such-company not found/],
    ['dependencyChains(entityId: "company:erg", metalId: "metal:unobtainium") { totalChains }', 'NOT_FOUND', /metal:unobtainium/],
    ['exposure(entityId: "country:ZZ") { totalDependents }', 'NOT_FOUND', /country:ZZ/],
    ['paths(fromId: "company:erg", toId: "facility:nowhere") { length }', 'NOT_FOUND', /facility:nowhere/],
    ['neighbourhood(entityId: "policy:none") { nodeCount }', 'NOT_FOUND', /policy:none/],
  ])('%s → %s', async (field, code, message) => {
    const res = await gql(app.url, `query { ${field} }`);
    expect(res.status).toBe(200);
    expect(errorCode(res)).toBe(code);
    expect(res.errors![0].message).toMatch(message);
  });

  it('answers a Cypher-ish id with a clean error and leaves the graph unchanged', async () => {
    const before = await count();
    for (const id of ["company:x'}) DETACH DELETE n //", 'MATCH (n) DETACH DELETE n', "country:KZ' OR 1=1 --", '`company:erg`']) {
      for (const field of [
        'dependencyChains(entityId: $id) { totalChains }',
        'exposure(entityId: $id) { totalDependents }',
        'neighbourhood(entityId: $id) { nodeCount }',
        'paths(fromId: $id, toId: "company:erg") { length }',
      ]) {
        const res = await gql(app.url, `query($id: ID!) { ${field} }`, { id });
        expect(res.status).toBe(200);
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
      }
    }
    expect(await count()).toEqual(before);
  });
});
