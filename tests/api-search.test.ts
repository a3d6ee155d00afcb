/**
 * Query.search: real searches over the bundled data that must forgive typos and abbreviations,
 * and refuse malformed input (the query builder and ranking alone: unit/search-ranking.test.ts).
 */
import { describe, expect, it } from 'vitest';
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
    for (const text of ['"}) MATCH (n) DETACH DELETE n //', 'gallium) OR name:*', 'a~~~ ^^ [x TO y} \\', '!!!']) {
      const res = await gql(app.url, SEARCH, { text });
      expect(res.errors, text).toBeUndefined();
      expect(Array.isArray(res.data.search)).toBe(true);
    }
    expect(await count()).toBe(before);
  });
});
