/**
 * Query.search: real searches over the bundled data that must forgive typos and abbreviations,
 * find every entity by its exact name or alias however many other names hold it as a word, and
 * refuse malformed input (the query builders and ranking alone: unit/search-ranking.test.ts).
 */
import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { PlanNode } from '../bench/latency.js';
import { cypher } from '../src/cypher.js';
import { exactKeyQuery, luceneQuery, rankHits, type SearchCandidate } from '../src/graphql/search/search.js';
import { foldName } from '../src/model/names.js';
import { LABELS } from '../src/model/schema.js';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

describe('search over the bundled data', () => {
  const app = useBundledApp();
  const db = app.db;

  const SEARCH = `query($text: String!, $labels: [Label!], $first: Int) {
    search(text: $text, labels: $labels, first: $first) { score match matchedName entity { id label name } } }`;

  async function hits(text: string, labels?: string[], first?: number) {
    const res = await gql(app.url, SEARCH, { text, labels, first });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data.search as Array<{ score: number; match: string; matchedName: string | null; entity: { id: string; label: string; name: string } }>;
  }

  it.each([
    ['galium', 'metal:gallium'],
    ['Mitsubishi Corp', 'company:mitsubishi-corporation'],
    ['Eurasian Resources', 'company:erg'],
    ['ERG', 'company:erg'],
    ['HBI', 'product:hot-briquetted-iron'],
    ['germainum', 'metal:germanium'],
    ['Kazakstan', 'country:KZ'],
    ['MIDREX', 'company:midrex-technologies'],
    ['Pavlodar gallium plant', 'facility:pavlodar-gallium-plant'],
  ])('"%s" finds %s first', async (text, id) => {
    const [top] = await hits(text);
    expect(top.entity.id).toBe(id);
  });

  it('returns scores best first, with how each hit matched', async () => {
    const result = await hits('gallium', undefined, 10);
    expect(result).toHaveLength(10);
    expect(result[0]).toMatchObject({ match: 'EXACT', matchedName: 'Gallium', entity: { id: 'metal:gallium', label: 'Metal', name: 'Gallium' } });
    const scores = result.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('narrows by labels', async () => {
    const facilities = await hits('gallium', ['Facility']);
    expect(facilities.length).toBeGreaterThan(0);
    expect(facilities.every((h) => h.entity.label === 'Facility')).toBe(true);
    expect(facilities[0].entity.id).toBe('facility:pavlodar-gallium-plant');
    const policies = await hits('gallium', ['Policy', 'Claim'], 3);
    expect(policies).toHaveLength(3);
    expect(policies.every((h) => ['Policy', 'Claim'].includes(h.entity.label))).toBe(true);
  });

  it('returns full entities through the Entity interface', async () => {
    const res = await gql(
      app.url,
      `{ search(text: "Rudny HBI plant", first: 1) { entity { id sources { id } ... on Facility { status quantity { value unit } operators { operator { id } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.search[0].entity).toMatchObject({
      id: 'facility:rudny-hbi-plant',
      status: 'planned',
      quantity: { value: 2, unit: 'Mt/yr' },
      operators: [{ operator: { id: 'company:erg' } }],
    });
  });

  it.each([
    ['U.S.', 'country:US', 'US'],
    ['us', 'country:US', 'US'],
    ['US', 'country:US', 'US'],
    ['u.s', 'country:US', 'US'],
    ['USA', 'country:US', 'USA'],
    ['U.S.A.', 'country:US', 'USA'],
    ['United States', 'country:US', 'United States'],
    ['U.K.', 'country:GB', 'UK'],
    ['UK', 'country:GB', 'UK'],
    ['uk', 'country:GB', 'UK'],
  ])('"%s" finds %s first, as an exact match, over every label (many measure names hold the word)', async (text, id, matchedName) => {
    const [top, next] = await hits(text);
    expect(top).toMatchObject({ match: 'EXACT', matchedName, entity: { id } });
    expect(top.score).toBeGreaterThanOrEqual(3);
    expect(next.match).not.toBe('EXACT');
  });

  it('the exact lookup keeps to `labels`', async () => {
    expect((await hits('us', ['Country', 'Metal']))[0].entity.id).toBe('country:US');
    const measures = await hits('U.S.', ['Measure'], 100);
    expect(measures.length).toBeGreaterThan(0);
    expect(measures.every((h) => h.entity.label === 'Measure')).toBe(true);
  });

  /** Every bundled entity with its names (name and aliases, as loaded) and its stored keys. */
  async function namedEntities() {
    const rows = await db.read<{ id: string; names: string[]; keys: string[] }>(
      `MATCH (n) WHERE n.nameKey IS NOT NULL AND n.retractedAt IS NULL
       RETURN n.id AS id, [n.name] + coalesce(n.aliases, []) AS names, [n.nameKey] + coalesce(n.aliasKeys, []) AS keys ORDER BY n.id`,
    );
    expect(rows.length).toBeGreaterThan(1000);
    return rows;
  }

  /**
   * Where `id` stands in `found` for the search of `name`: present, an EXACT match, and after
   * only entities that hold the same folded key (ties among nodes sharing a name or alias).
   */
  function expectFirstAmongItsKey(found: Array<{ match: string; entity: { id: string } }>, id: string, name: string, keysOf: Map<string, string[]>) {
    const key = foldName(name);
    const at = found.findIndex((h) => h.entity.id === id);
    expect(at, `${JSON.stringify(name)} → ${id}: ${found.map((h) => h.entity.id).join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(found[at].match, `${JSON.stringify(name)} → ${id}`).toBe('EXACT');
    for (const h of found.slice(0, at)) expect(keysOf.get(h.entity.id), `${h.entity.id} before ${id} for ${JSON.stringify(name)}`).toContain(key);
  }

  it('finds bundled entities by their exact name or an alias through the API, first among the entities holding that key (property: 300 random names of 1,661)', async () => {
    const rows = await namedEntities();
    const keysOf = new Map(rows.map((r) => [r.id, r.keys]));
    const cases = rows.flatMap((r) => r.names.map((name) => ({ id: r.id, name })));
    expect(cases.length).toBeGreaterThan(1500);
    // Twenty searches per request (aliases of one query), which the service runs side by side.
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...cases), { minLength: 20, maxLength: 20 }), async (batch) => {
        const query = `query (${batch.map((_, j) => `$t${j}: String!`).join(', ')}) {
          ${batch.map((_, j) => `s${j}: search(text: $t${j}, first: 10) { match entity { id } }`).join('\n')} }`;
        const res = await gql(app.url, query, Object.fromEntries(batch.map((c, j) => [`t${j}`, c.name])));
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
        for (const [j, c] of batch.entries()) expectFirstAmongItsKey(res.data[`s${j}`], c.id, c.name, keysOf);
      }),
      { numRuns: 15 },
    );
  }, 300_000);

  it('finds every bundled entity by each of its names even when the full-text index offers a single candidate: the exact lookup does not depend on its rank (property over all of them)', async () => {
    const rows = await namedEntities();
    const keysOf = new Map(rows.map((r) => [r.id, r.keys]));
    const cases = rows.flatMap((r) => r.names.map((name) => ({ id: r.id, name })));
    const statement = cypher('search/entity-names');
    // Sixteen statements at a time.
    for (let i = 0; i < cases.length; i += 16) {
      await Promise.all(
        cases.slice(i, i + 16).map(async ({ id, name }) => {
          const candidates = await db.read<SearchCandidate>(statement, {
            key: exactKeyQuery(name),
            query: luceneQuery(name),
            labels: null,
            allLabels: LABELS,
            keyCandidates: neo4j.int(200),
            candidates: neo4j.int(1),
            keep: neo4j.int(200),
          });
          expectFirstAmongItsKey(rankHits(name, candidates), id, name, keysOf);
        }),
      );
    }
  }, 300_000);

  it('looks keys up in an index: the plan reads both full-text indexes and scans no label or store (PROFILE)', async () => {
    const session = db.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const text = 'U.S.';
      const res = await session.run(`PROFILE ${cypher('search/entity-names')}`, {
        key: exactKeyQuery(text),
        query: luceneQuery(text),
        labels: null,
        allLabels: LABELS,
        keyCandidates: neo4j.int(200),
        candidates: neo4j.int(200),
        keep: neo4j.int(200),
      });
      const ops: PlanNode[] = [];
      const walk = (p: PlanNode) => {
        ops.push(p);
        p.children.forEach(walk);
      };
      walk(res.summary.profile as unknown as PlanNode);
      const calls = ops.filter((p) => p.operatorType.startsWith('ProcedureCall')).map((p) => String(p.arguments?.Details));
      expect(calls).toHaveLength(2);
      expect(calls.every((d) => d.startsWith('db.index.fulltext.queryNodes('))).toBe(true);
      expect(ops.filter((p) => /Scan|Seek|Expand/.test(p.operatorType)).map((p) => p.operatorType)).toEqual([]);
      expect(res.records[0].get('node').id).toBe('country:US');
    } finally {
      await session.close();
    }
  });

  it('refuses empty text and out-of-range first with BAD_USER_INPUT', async () => {
    for (const [text, first] of [
      ['', 10],
      ['   \t', 10],
      ['gallium', 500],
      ['gallium', -1],
      ['x'.repeat(201), 10],
    ] as const) {
      const res = await gql(app.url, SEARCH, { text, first });
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0].extensions?.code, `${text} ${first}`).toBe('BAD_USER_INPUT');
    }
  });

  it('a Cypher-ish or Lucene-ish text is just text: clean answer, graph unchanged', async () => {
    const count = async () => (await db.read<{ n: number }>('MATCH (n) RETURN count(n) AS n'))[0].n;
    const before = await count();
    for (const text of ['"}) MATCH (n) DETACH DELETE n //', 'gallium) OR name:*', 'a~~~ ^^ [x TO y} \\']) {
      const res = await gql(app.url, SEARCH, { text });
      expect(res.errors, text).toBeUndefined();
      expect(Array.isArray(res.data.search)).toBe(true);
    }
    // Lucene's operators alone hold no letter: refused as such, not read as a query.
    for (const text of ['!!!', '*', '~ ^ : ( )', '"" && ||']) {
      const res = await gql(app.url, SEARCH, { text });
      expect(
        res.errors?.map((e) => [e.extensions?.code, e.extensions?.argument]),
        text,
      ).toEqual([['BAD_USER_INPUT', 'text']]);
    }
    expect(await count()).toBe(before);
  });
});
