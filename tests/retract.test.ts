/**
 * Retraction over HTTP on the bundled graph (src/retract, schema/retract.graphql), with the
 * response cache on: a retracted relationship, node or source leaves every kind of answer and
 * feed, keeps when/who/why, and its undo gives back identical answers; for random facts,
 * retract then undo restores the graph's fingerprint; bad ids and missing keys write nothing.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiKey } from '../src/config.js';
import type { RunningApp } from '../src/server/app.js';
import { bundledGraph } from './support/bundled.js';
import { testDb } from './support/db.js';
import { gql, startTestApp } from './support/server.js';

const EDITOR = 'editor-key-retract-7c2d41';
const READER = 'reader-key-retract-0a9e33';
const KEYS: ApiKey[] = [
  { key: EDITOR, role: 'editor', name: 'desk editor' },
  { key: READER, role: 'reader' },
];
const AS_EDITOR = { authorization: `Bearer ${EDITOR}` };
const db = testDb();
let app: RunningApp;

const RETRACT = `mutation($fact: FactInput!, $reason: String!) { retractFact(fact: $fact, reason: $reason) {
  fact retracted retractedBy retractionReason alsoNodes alsoRelationships graphVersion } }`;
const UNDO = `mutation($fact: FactInput!) { undoRetraction(fact: $fact) { fact retracted alsoNodes alsoRelationships graphVersion } }`;

const ERG_SUPPLIES_MC = { relationship: { from: 'company:erg', type: 'SUPPLIES', to: 'company:mitsubishi-corporation' } };
const HOP_ID = 'SUPPLIES:company:erg->company:mitsubishi-corporation';
const ARTICLE = 'source:gate-erg-kazakhstan-article';
/** Facts of the bundled graph that cite only the article (17 nodes of data/curated/erg-kazakhstan.yaml do, 3 of them also stated by USGS). */
const NODES_ONLY_IN_ARTICLE = 14;
const RELS_ONLY_IN_ARTICLE = 24;

/** One query of each kind that can show ERG's supply of Mitsubishi Corporation. */
const KINDS: Record<string, string> = {
  node: '{ node(id: "company:erg") { ... on Company { relations(types: [SUPPLIES]) { type other { id } } } } }',
  list: '{ companies(filter: {id: "company:erg"}) { edges { node { id relations(types: [SUPPLIES]) { other { id } } } } } }',
  relationsOfOther: '{ node(id: "company:mitsubishi-corporation") { ... on Company { relations(direction: IN) { type other { id } } } } }',
  chains: '{ dependencyChains(entityId: "company:mitsubishi-corporation", metalId: "metal:gallium") { totalChains chains { hops { id } } } }',
  exposure: '{ exposure(entityId: "company:erg", metalId: "metal:gallium") { totalDependents dependents { dependent { id } chains { hops { id } } } } }',
  neighbourhood: '{ neighbourhood(entityId: "company:erg") { nodeCount edges { id } } }',
  paths: '{ paths(fromId: "company:erg", toId: "company:mitsubishi-corporation") { length hops { id } } }',
};
const FEEDS = ['/feeds/relationships.json?type=SUPPLIES', '/feeds/facts.json?type=SUPPLIES'];

const ask = async (query: string) => {
  const res = await gql(app.url, query);
  expect(res.errors, query).toBeUndefined();
  return res.data;
};
const feed = async (url: string) => (await fetch(`${app.url}${url}`)).text();
/** The answers of several queries, one after the other (in parallel they only compete on a busy machine). */
const askAll = async (queries: Record<string, string>) => {
  const out: Record<string, any> = {};
  for (const [k, q] of Object.entries(queries)) out[k] = await ask(q);
  return out;
};
const examples = Object.fromEntries(
  readdirSync('examples')
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => [f, readFileSync(`examples/${f}`, 'utf8')]),
);

/** JSON with object keys sorted, so property order does not matter. */
const stable = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x,
  );

/** Every node (but the GraphVersion bookkeeping node) and relationship with all its properties. */
async function fingerprint(): Promise<string> {
  const [row] = await db.read(`
    CALL () { MATCH (n) WHERE NOT n:GraphVersion WITH n ORDER BY n.id RETURN collect([labels(n), properties(n)]) AS nodes }
    CALL () { MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.id, type(r), b.id, r.key RETURN collect([a.id, type(r), b.id, properties(r)]) AS rels }
    RETURN nodes, rels`);
  return stable(row);
}
const graphVersion = async () => (await db.read<{ v: number }>("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS v"))[0]?.v ?? 0;

beforeAll(async () => {
  await bundledGraph(db);
  app = await startTestApp(db, { config: { API_KEYS: KEYS, RESPONSE_CACHE: true } });
});
afterAll(async () => {
  await app?.stop();
  await db.close();
});

describe('retracting one relationship (ERG supplies Mitsubishi Corporation with gallium)', () => {
  it('leaves every kind of answer and feed, keeps who and why, and its undo gives identical answers', async () => {
    const before = await askAll(KINDS);
    const beforeExamples = await askAll(examples);
    const beforeFeeds = await Promise.all(FEEDS.map(feed));
    for (const kind of ['chains', 'neighbourhood', 'paths']) expect(JSON.stringify(before[kind]), kind).toContain(HOP_ID);
    expect(before.node.node.relations).toContainEqual({ type: 'SUPPLIES', other: { id: 'company:mitsubishi-corporation' } });
    for (const f of beforeFeeds) expect(f).toContain('company:mitsubishi-corporation');
    const version = await graphVersion();

    const res = await gql(app.url, RETRACT, { fact: ERG_SUPPLIES_MC, reason: 'the article misnames the parties' }, AS_EDITOR);
    expect(res.errors).toBeUndefined();
    expect(res.data.retractFact).toEqual({
      fact: 'company:erg -[SUPPLIES]-> company:mitsubishi-corporation',
      retracted: true,
      retractedBy: 'desk editor',
      retractionReason: 'the article misnames the parties',
      alsoNodes: 0,
      alsoRelationships: 0,
      graphVersion: version + 1,
    });
    const [stored] = await db.read<Record<string, unknown>>(
      "MATCH (:Company {id: 'company:erg'})-[r:SUPPLIES]->(:Company {id: 'company:mitsubishi-corporation'}) RETURN r.retractedBy AS by, r.retractionReason AS reason, r.retractedAt IS NOT NULL AS at, r.itemId AS itemId",
    );
    expect(stored).toEqual({ by: 'desk editor', reason: 'the article misnames the parties', at: true, itemId: 'metal:gallium' });

    const after = await askAll(KINDS);
    for (const [kind, answer] of Object.entries(after)) expect(JSON.stringify(answer), kind).not.toContain(HOP_ID);
    expect(after.node.node.relations).toEqual([]);
    expect(after.list.companies.edges[0].node.relations).toEqual([]);
    expect(after.paths.paths.every((p: { length: number }) => p.length > 1)).toBe(true);
    expect(after.neighbourhood.nodeCount).toBe(before.neighbourhood.nodeCount);
    for (const f of await Promise.all(FEEDS.map(feed)))
      expect(f).not.toMatch(/"company:erg"[^\n]*"company:mitsubishi-corporation"|company:erg.{0,200}company:mitsubishi-corporation"/);

    const undo = await gql(app.url, UNDO, { fact: ERG_SUPPLIES_MC }, AS_EDITOR);
    expect(undo.data.undoRetraction).toEqual({
      fact: 'company:erg -[SUPPLIES]-> company:mitsubishi-corporation',
      retracted: false,
      alsoNodes: 0,
      alsoRelationships: 0,
      graphVersion: version + 2,
    });
    expect(await askAll(KINDS)).toEqual(before);
    expect(await askAll(examples)).toEqual(beforeExamples);
    expect(await Promise.all(FEEDS.map(feed))).toEqual(beforeFeeds);
  }, 400_000);
});

describe('retracting a node and a production figure', () => {
  it('a retracted node leaves node(id), lists, search and the relations of its neighbours', async () => {
    const q = {
      list: '{ technologies(filter: {nameContains: "midrex"}) { totalCount edges { node { id } } } }',
      search: '{ search(text: "MIDREX Flex") { entity { id } } }',
      facility: '{ node(id: "facility:rudny-hbi-plant") { ... on Facility { relations(types: [USES_TECHNOLOGY]) { other { id } } } } }',
    };
    const before = await askAll(q);
    const node = () => gql(app.url, '{ node(id: "technology:midrex-flex") { id } }');
    expect((await node()).data.node).toEqual({ id: 'technology:midrex-flex' });
    expect(before.list.technologies.totalCount).toBe(1);
    expect(before.search.search[0].entity.id).toBe('technology:midrex-flex');
    expect(before.facility.node.relations).toContainEqual({ other: { id: 'technology:midrex-flex' } });
    const nodesFeed = await feed('/feeds/nodes.json?label=Technology');
    expect(nodesFeed).toContain('technology:midrex-flex');

    const res = await gql(app.url, RETRACT, { fact: { id: 'technology:midrex-flex' }, reason: 'test: wrong process name' }, AS_EDITOR);
    expect(res.data.retractFact).toMatchObject({ fact: 'technology:midrex-flex', retracted: true, retractedBy: 'desk editor' });
    const after = await askAll(q);
    expect((await node()).errors?.[0]).toMatchObject({ message: 'Technology technology:midrex-flex not found', extensions: { code: 'NOT_FOUND' } });
    expect(after.list.technologies.totalCount).toBe(0);
    expect(JSON.stringify(after.search)).not.toContain('technology:midrex-flex');
    expect(after.facility.node.relations).not.toContainEqual({ other: { id: 'technology:midrex-flex' } });
    expect(await feed('/feeds/nodes.json?label=Technology')).not.toContain('technology:midrex-flex');

    await gql(app.url, UNDO, { fact: { id: 'technology:midrex-flex' } }, AS_EDITOR);
    expect(await askAll(q)).toEqual(before);
    expect((await node()).data.node).toEqual({ id: 'technology:midrex-flex' });
    expect(await feed('/feeds/nodes.json?label=Technology')).toBe(nodesFeed);
  });

  it("a retracted production figure leaves the supply concentration and the production feed (Japan's 2024 gallium)", async () => {
    const [{ key }] = await db.read<{ key: string }>(
      "MATCH (:Country {id: 'country:JP'})-[r:PRODUCES]->(:Metal {id: 'metal:gallium'}) WHERE r.year = 2024 AND r.basis = 'production' AND r.measureId = 'measure:gallium-primary-production' RETURN r.key AS key",
    );
    const fact = { relationship: { from: 'country:JP', type: 'PRODUCES', to: 'metal:gallium', key } };
    const q = '{ supplyConcentration(itemId: "metal:gallium", year: 2024) { denominator hhi producers { country { id } tonnes sharePct } } }';
    const production = '/feeds/production.json?commodity=metal:gallium&year=2024&basis=production';
    const before = await ask(q);
    const beforeFeed = await feed(production);
    const japan = before.supplyConcentration.producers.find((p: { country: { id: string } }) => p.country.id === 'country:JP');
    expect(japan.tonnes).toBeGreaterThan(0);
    expect(beforeFeed).toContain('"country_iso":"JP"');

    await gql(app.url, RETRACT, { fact, reason: 'test: figure withdrawn' }, AS_EDITOR);
    const after = await ask(q);
    expect(after.supplyConcentration.producers.map((p: { country: { id: string } }) => p.country.id)).not.toContain('country:JP');
    expect(after.supplyConcentration.producers).toHaveLength(before.supplyConcentration.producers.length - 1);
    expect(await feed(production)).not.toContain('"country_iso":"JP"');

    await gql(app.url, UNDO, { fact }, AS_EDITOR);
    expect(await ask(q)).toEqual(before);
    expect(await feed(production)).toBe(beforeFeed);
  });
});

describe('retracting a source whole', () => {
  it('takes along the facts only it states; facts with other sources stay and cite the others', async () => {
    const fp = await fingerprint();
    const partyTo =
      '{ node(id: "agreement:erg-mitsubishi-gallium-offtake") { ... on Agreement { relations(direction: IN) { other { id } role sources { id } } } } }';
    const beforeParty = await ask(partyTo);
    const ergParty = (a: any) => a.node.relations.find((r: { other: { id: string } }) => r.other.id === 'company:erg');
    expect(ergParty(beforeParty).sources.map((s: { id: string }) => s.id)).toEqual([ARTICLE, 'source:merkur-lu-2025-12-22']);
    const [only] = await db.read<{ nodes: number; rels: number }>(
      `CALL () { MATCH (n) WHERE NOT n:Source AND n.sources = [$s] RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() WHERE r.sources = [$s] RETURN count(r) AS rels } RETURN nodes, rels`,
      { s: ARTICLE },
    );

    const res = await gql(app.url, RETRACT, { fact: { id: ARTICLE }, reason: 'test: article corrected' }, AS_EDITOR);
    expect(res.errors).toBeUndefined();
    expect(res.data.retractFact).toMatchObject({ alsoNodes: only.nodes, alsoRelationships: only.rels });
    expect([only.nodes, only.rels]).toEqual([NODES_ONLY_IN_ARTICLE, RELS_ONLY_IN_ARTICLE]);
    expect(JSON.stringify(await ask(KINDS.neighbourhood))).not.toContain(HOP_ID);
    expect(ergParty(await ask(partyTo)).sources.map((s: { id: string }) => s.id)).toEqual(['source:merkur-lu-2025-12-22']);
    expect((await gql(app.url, `{ node(id: "${ARTICLE}") { id } }`)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await feed('/feeds/facts.json?type=PARTY_TO')).not.toContain(ARTICLE);
    const [taken] = await db.read<{ n: number }>('MATCH ()-[r]->() WHERE r.retractedWith = $s RETURN count(r) AS n', { s: ARTICLE });
    expect(taken.n).toBe(only.rels);

    // A fact taken along is undone only with its source.
    const direct = await gql(app.url, UNDO, { fact: ERG_SUPPLIES_MC }, AS_EDITOR);
    expect(direct.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'fact' } });
    expect(direct.errors?.[0].message).toContain(`was retracted with its source ${ARTICLE}`);

    const undo = await gql(app.url, UNDO, { fact: { id: ARTICLE } }, AS_EDITOR);
    expect(undo.data.undoRetraction).toMatchObject({ retracted: false, alsoNodes: only.nodes, alsoRelationships: only.rels });
    expect(await ask(partyTo)).toEqual(beforeParty);
    expect(await fingerprint()).toBe(fp);
  });
});

describe('retract then undo restores the graph (property)', () => {
  it('for random nodes, relationships and sources of the bundled graph', async () => {
    const [facts] = await db.read<{ nodes: string[]; rels: Array<{ from: string; type: string; to: string; key: string }> }>(`
      CALL () { MATCH (n) WHERE NOT n:GraphVersion AND n.id IS NOT NULL RETURN collect(n.id) AS nodes }
      CALL () { MATCH (a)-[r]->(b) RETURN collect({from: a.id, type: type(r), to: b.id, key: r.key}) AS rels }
      RETURN nodes, rels`);
    const fact = fc.oneof(
      fc.constantFrom(...facts.nodes).map((id) => ({ id })),
      fc.constantFrom(...facts.rels).map((relationship) => ({ relationship })),
    );
    const fp = await fingerprint();
    await fc.assert(
      fc.asyncProperty(fact, async (f) => {
        const r = await gql(app.url, RETRACT, { fact: f, reason: 'property test' }, AS_EDITOR);
        expect(r.errors).toBeUndefined();
        expect(await fingerprint()).not.toBe(fp);
        const u = await gql(app.url, UNDO, { fact: f }, AS_EDITOR);
        expect(u.errors).toBeUndefined();
        expect(u.data.undoRetraction).toMatchObject({ alsoNodes: r.data.retractFact.alsoNodes, alsoRelationships: r.data.retractFact.alsoRelationships });
        expect(await fingerprint()).toBe(fp);
      }),
      { numRuns: 12, seed: 13 },
    );
    // Twelve retractions and undos, each with two whole-graph fingerprints: minutes on a busy machine.
  }, 400_000);
});

describe('refused retractions write nothing', () => {
  it('bad ids and types are BAD_USER_INPUT, missing facts NOT_FOUND, a missing or weak key refused', async () => {
    const fp = await fingerprint();
    const version = await graphVersion();
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ id: 'erg' }, 'BAD_USER_INPUT', /^fact\.id "erg" is not a typed id: the prefix must be one of company, person, country/],
      [{ id: 'widget:erg' }, 'BAD_USER_INPUT', /^fact\.id "widget:erg" is not a typed id: the prefix must be one of/],
      [{ id: 'company:no-such-company' }, 'NOT_FOUND', /company:no-such-company not found/],
      [
        { relationship: { from: 'company:erg', type: 'LIKES', to: 'company:mitsubishi-corporation' } },
        'BAD_USER_INPUT',
        /type: expected a relationship type of the model/,
      ],
      [
        { relationship: { from: 'company:erg', type: 'SUPPLIES', to: 'metal:gallium' } },
        'BAD_USER_INPUT',
        /SUPPLIES goes from Company\/Facility to Company\/Facility\/Country, not from Company to Metal/,
      ],
      [
        { relationship: { from: 'company:erg', type: 'SUPPLIES', to: 'company:mitsubishi-corporation', key: 'other' } },
        'NOT_FOUND',
        /company:erg -\[SUPPLIES other\]-> company:mitsubishi-corporation not found/,
      ],
      [{ id: 'company:erg', relationship: ERG_SUPPLIES_MC.relationship }, 'BAD_USER_INPUT', /give either id or relationship/],
      [{}, 'BAD_USER_INPUT', /give either id or relationship/],
    ];
    for (const [fact, code, message] of cases) {
      const res = await gql(app.url, RETRACT, { fact, reason: 'test' }, AS_EDITOR);
      expect(res.errors?.[0].extensions?.code, JSON.stringify(fact)).toBe(code);
      expect(res.errors?.[0].message).toMatch(message);
    }
    const blank = await gql(app.url, RETRACT, { fact: { id: 'company:erg' }, reason: '   ' }, AS_EDITOR);
    expect(blank.errors?.[0]).toMatchObject({
      message: 'reason must have 1–1000 characters and not be blank',
      extensions: { code: 'BAD_USER_INPUT', argument: 'reason' },
    });
    const notRetracted = await gql(app.url, UNDO, { fact: { id: 'company:erg' } }, AS_EDITOR);
    expect(notRetracted.errors?.[0]).toMatchObject({
      message: 'company:erg is not retracted; nothing was written',
      extensions: { code: 'BAD_USER_INPUT', argument: 'fact' },
    });

    const anonymous = await gql(app.url, RETRACT, { fact: { id: 'company:erg' }, reason: 'test' });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await gql(app.url, RETRACT, { fact: { id: 'company:erg' }, reason: 'test' }, { 'x-api-key': READER });
    expect(reader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await fingerprint()).toBe(fp);
    expect(await graphVersion()).toBe(version);

    // Retracting twice is refused, and the refusal writes nothing either.
    await gql(app.url, RETRACT, { fact: { id: 'company:erg' }, reason: 'first' }, AS_EDITOR);
    const twice = await gql(app.url, RETRACT, { fact: { id: 'company:erg' }, reason: 'second' }, AS_EDITOR);
    expect(twice.errors?.[0].message).toMatch(/^company:erg is already retracted \(at .+ by desk editor: first\); nothing was written$/);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'fact' });
    await gql(app.url, UNDO, { fact: { id: 'company:erg' } }, AS_EDITOR);
    expect(await fingerprint()).toBe(fp);
  });
});

describe('kg retract / kg unretract', () => {
  const kg = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: '' },
      encoding: 'utf8',
      timeout: 120_000,
    });

  it('retracts a relationship with a reason and a name, refuses bad input with exit 1, and undoes it', async () => {
    const fp = await fingerprint();
    const rel = ['company:erg', '--type', 'SUPPLIES', '--to', 'company:mitsubishi-corporation'];
    const done = kg('retract', ...rel, '--reason', 'misread parties', '--by', 'analyst desk');
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(done.stdout.trim()).toMatch(
      /^retracted company:erg -\[SUPPLIES\]-> company:mitsubishi-corporation \(by analyst desk: misread parties\); graph version \d+$/,
    );
    expect(JSON.stringify(await ask(KINDS.neighbourhood))).not.toContain(HOP_ID);

    const twice = kg('retract', ...rel, '--reason', 'again', '--by', 'analyst desk');
    expect(twice.status).toBe(1);
    expect(twice.stderr).toMatch(/is already retracted \(at .+ by analyst desk: misread parties\); nothing was written/);
    const missing = kg('retract', 'company:nobody', '--reason', 'x', '--by', 'analyst desk');
    expect([missing.status, missing.stderr.trim()]).toEqual([1, 'company:nobody not found']);
    const noReason = kg('retract', 'company:erg', '--by', 'analyst desk');
    expect(noReason.status).not.toBe(0);
    expect(noReason.stderr).toContain("required option '--reason <TEXT>' not specified");

    const undone = kg('unretract', ...rel);
    expect(undone.status).toBe(0);
    expect(undone.stdout.trim()).toMatch(/^restored company:erg -\[SUPPLIES\]-> company:mitsubishi-corporation; graph version \d+$/);
    expect(await fingerprint()).toBe(fp);
  });
});
