/**
 * Names as people write them, through /graphql over the bundled data: search folds its text as
 * the index folds names (decomposed accents, ligatures, full-width forms, apostrophes), country
 * names are CLDR's with official names and alternatives as aliases, and name filters fold the
 * same way. tests/unit/names.test.ts checks the normaliser and the country matching alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

const app = useBundledApp();

const SEARCH = `query ($text: String!, $labels: [Label!]) { search(text: $text, labels: $labels, first: 5) { match matchedName entity { id name } } }`;
async function top(text: string, labels?: string[]) {
  const res = await gql(app.url, SEARCH, { text, labels });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.search as Array<{ match: string; matchedName: string | null; entity: { id: string; name: string } }>;
}

describe('search folds text as the index folds names', () => {
  it.each([
    ['Tu\u0308rkiye', 'country:TR', 'EXACT'],
    ['Türkiye', 'country:TR', 'EXACT'],
    ['TURKIYE', 'country:TR', 'EXACT'],
    ['Turkey', 'country:TR', 'EXACT'],
    ['\ufb01nland', 'country:FI', 'EXACT'],
    ['finland', 'country:FI', 'EXACT'],
    ['ＧＡＬＬＩＵＭ', 'metal:gallium', 'EXACT'],
    ['Ivoire', 'country:CI', 'WORDS'],
    ["Côte d'Ivoire", 'country:CI', 'EXACT'],
    ['Cote dIvoire', 'country:CI', 'CLOSE'],
    ['Ivory Coast', 'country:CI', 'EXACT'],
    ['DRC', 'country:CD', 'EXACT'],
    ['Democratic Republic of the Congo', 'country:CD', 'EXACT'],
    ['Burma', 'country:MM', 'EXACT'],
    ['UK', 'country:GB', 'EXACT'],
    ['USA', 'country:US', 'EXACT'],
    ['United States of America', 'country:US', 'EXACT'],
    ["People's Republic of China", 'country:CN', 'EXACT'],
    ['Russian Federation', 'country:RU', 'EXACT'],
    ['South Korea', 'country:KR', 'EXACT'],
    ['Korea, Republic of', 'country:KR', 'EXACT'],
  ])('"%s" finds %s first (%s)', async (text, id, match) => {
    const [hit] = await top(text, ['Country', 'Metal']);
    expect(hit?.entity.id).toBe(id);
    expect(hit.match).toBe(match);
  });

  it('a name folded any way finds the same entity (property)', async () => {
    const rows = await app.db.read<{ id: string; name: string }>(`MATCH (c:Country) RETURN c.id AS id, c.name AS name ORDER BY c.id`);
    const variants = (name: string) => [
      name.normalize('NFD'),
      name.toUpperCase(),
      [...name].map((ch) => (/[A-Za-z]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join(''), // full-width
      name.replace(/[’']/g, ' '),
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...rows), fc.nat(3), async (row, v) => {
        const [hit] = await top(variants(row.name)[v], ['Country']);
        expect(hit?.entity.id, `${row.name} variant ${v}`).toBe(row.id);
      }),
      { numRuns: 40 },
    );
  });
});

describe('country names from CLDR, official names and alternatives as aliases', () => {
  it('stores the CLDR display name of every country in the graph, with its accent', async () => {
    const rows = await app.db.read<{ id: string; iso: string; name: string; aliases: string[] }>(
      `MATCH (c:Country) RETURN c.id AS id, c.isoCode AS iso, c.name AS name, c.aliases AS aliases ORDER BY c.id`,
    );
    expect(rows.length).toBeGreaterThan(100);
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const r of rows) expect(r.name, r.id).toBe(names.of(r.iso));
    const by = Object.fromEntries(rows.map((r) => [r.iso, r]));
    expect(by.CI.name).toBe('Côte d’Ivoire');
    expect([by.CN.name, by.RU.name, by.US.name]).toEqual(['China', 'Russia', 'United States']);
    expect(by.CN.aliases).toEqual(expect.arrayContaining(["People's Republic of China", 'PRC']));
    expect(by.US.aliases).toEqual(expect.arrayContaining(['United States of America', 'USA']));
    expect(by.CI.aliases).toContain('Ivory Coast');
  });

  it('name filters of lists fold like search: cote d ivoire, COTE D’IVOIRE and côte find it', async () => {
    for (const text of ['cote d ivoire', 'COTE D’IVOIRE', 'côte']) {
      const res = await gql(app.url, `query ($t: String) { countries(filter: {nameStartsWith: $t}) { edges { node { id name } } } }`, { t: text });
      expect(
        res.data.countries.edges.map((e: { node: { id: string } }) => e.node.id),
        text,
      ).toEqual(['country:CI']);
    }
    const contains = await gql(app.url, `{ countries(filter: {nameContains: "IVOIRE"}) { totalCount } }`);
    expect(contains.data.countries.totalCount).toBe(1);
  });
});
