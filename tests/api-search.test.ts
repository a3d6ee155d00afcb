/**
 * Query.search: the Lucene query builder and the ranking (pure), then real searches over the
 * bundled data that must forgive typos and abbreviations, and refuse malformed input.
 */
import { describe, expect, it } from 'vitest';
import { editDistance, escapeLucene, luceneQuery, matchOf, normalizeName, rankHits, searchTerms } from '../src/graphql/search/search.js';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

describe('the Lucene query builder (pure)', () => {
  it('escapes every Lucene special character', () => {
    for (const c of ['+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/']) {
      expect(escapeLucene(`a${c}b`)).toBe(`a\\${c}b`);
    }
    expect(escapeLucene('a&&b||c')).toBe('a\\&\\&b\\|\\|c');
    expect(escapeLucene('plain words 123')).toBe('plain words 123');
  });

  it('combines exact^3, prefix* and fuzzy~1 per word; no fuzzy below 4 characters', () => {
    expect(luceneQuery('Mitsubishi Corp')).toBe('(mitsubishi^3 OR mitsubishi* OR mitsubishi~1) OR (corp^3 OR corp* OR corp~1)');
    expect(luceneQuery('ERG')).toBe('(erg^3 OR erg*)');
    expect(luceneQuery('galium')).toBe('(galium^3 OR galium* OR galium~1)');
  });

  it('keeps special characters inside words escaped, trims punctuation around words', () => {
    expect(luceneQuery('iron-ore')).toBe('(iron\\-ore^3 OR iron\\-ore* OR iron\\-ore~1)');
    expect(luceneQuery('a:b')).toBe('(a\\:b^3 OR a\\:b*)');
    expect(luceneQuery('(ERG) "Corp."')).toBe('(erg^3 OR erg*) OR (corp^3 OR corp* OR corp~1)');
    expect(luceneQuery('R&D')).toBe('(r\\&d^3 OR r\\&d*)');
  });

  it('turns operators and injection attempts into plain lower-case words', () => {
    expect(searchTerms('gallium AND NOT germanium OR *')).toEqual(['gallium', 'and', 'not', 'germanium', 'or']);
    const q = luceneQuery('"}) MATCH (n) DETACH DELETE n //')!;
    expect(q).toBe('(match^3 OR match* OR match~1) OR (n^3 OR n*) OR (detach^3 OR detach* OR detach~1) OR (delete^3 OR delete* OR delete~1)');
    expect(luceneQuery('!!! ??? //')).toBeNull();
    expect(luceneQuery('   ')).toBeNull();
  });

  it('ranks exact names and aliases first, then near spellings, then prefixes', () => {
    expect(normalizeName('  Mitsubishi Corp. ')).toBe('mitsubishi corp');
    expect(normalizeName('Société Générale')).toBe('societe generale');
    expect(editDistance('galium', 'gallium')).toBe(1);
    expect(editDistance('galluim', 'gallium')).toBe(1);
    expect(matchOf('ERG', ['Eurasian Resources Group', 'ERG'])).toEqual({ match: 'EXACT', matchedName: 'ERG' });
    expect(matchOf('galium', ['Gallium', 'Ga'])).toEqual({ match: 'CLOSE', matchedName: 'Gallium' });
    expect(matchOf('ga', ['Gallium'])).toEqual({ match: 'PREFIX', matchedName: 'Gallium' });
    expect(matchOf('gallium plant', ['Pavlodar gallium recovery unit'])).toEqual({ match: 'WORDS', matchedName: null });
    const hits = rankHits('HBI', [
      { node: { id: 'facility:rudny-hbi-plant', name: 'Rudny HBI plant', aliases: ['ERG HBI plant'] }, score: 11 },
      { node: { id: 'product:hot-briquetted-iron', name: 'Hot briquetted iron', aliases: ['HBI'] }, score: 5 },
    ]);
    expect(hits.map((h) => [h.entity.id, h.match])).toEqual([['product:hot-briquetted-iron', 'EXACT'], ['facility:rudny-hbi-plant', 'WORDS']]);
    expect(hits[0].score).toBeGreaterThanOrEqual(3);
    expect(hits[0].score).toBeLessThan(4);
  });
});

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
    const res = await gql(app.url, `{ search(text: "Rudny HBI plant", first: 1) { entity { id sources { id } ... on Facility { status quantity { value unit } operators { operator { id } } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.search[0].entity).toMatchObject({ id: 'facility:rudny-hbi-plant', status: 'planned', quantity: { value: 2, unit: 'Mt/yr' }, operators: [{ operator: { id: 'company:erg' } }] });
  });

  it('refuses empty text and out-of-range first with BAD_USER_INPUT', async () => {
    for (const [text, first] of [['', 10], ['   \t', 10], ['gallium', 500], ['gallium', -1], ['x'.repeat(201), 10]] as const) {
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
