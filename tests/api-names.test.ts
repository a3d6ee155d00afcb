/**
 * Names as people write them, through /graphql over the bundled data: search folds its text as
 * the index folds names (decomposed accents, ligatures, full-width forms, apostrophes), country
 * names are CLDR's with official names and alternatives as aliases, and name filters fold the
 * same way. tests/unit/names.test.ts checks the normaliser and the country matching alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LISTS } from '../src/graphql/entities/connections.js';
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
    ['Gal\u00adlium', 'metal:gallium', 'EXACT'],
    ['Tür\u200bkiye', 'country:TR', 'EXACT'],
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
    ['Holland', 'country:NL', 'EXACT'],
    ['Congo, Dem. Rep.', 'country:CD', 'EXACT'],
    ['Sulphur', 'product:sulfur', 'EXACT'],
    ['Caesium', 'metal:cesium', 'EXACT'],
    ['REE', 'product:rare-earths', 'EXACT'],
    ['Rare earth elements', 'product:rare-earths', 'EXACT'],
    ['Boron', 'product:boron', 'EXACT'],
    ['PGMs', 'product:platinum-group-metals', 'EXACT'],
  ])('"%s" finds %s first (%s)', async (text, id, match) => {
    const [hit] = await top(text, ['Country', 'Metal', 'Product']);
    expect(hit?.entity.id).toBe(id);
    expect(hit.match).toBe(match);
  });

  it.each([
    ['U.S.A.', 'country:US'],
    ['U.K.', 'country:GB'],
  ])('an initialism with its dots, "%s", finds %s first over every label, as an exact match', async (text, id) => {
    const [hit] = await top(text);
    expect(hit?.entity.id).toBe(id);
    expect(hit.match).toBe('EXACT');
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

/** The ids a list query answers for one filter (at most 100). */
async function listed(list: string, filter: Record<string, unknown>): Promise<string[]> {
  const res = await gql(app.url, `query ($f: ${LISTS[list].label}Filter) { ${list}(filter: $f, first: 100) { edges { node { id } } } }`, { f: filter });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data[list].edges.map((e: { node: { id: string } }) => e.node.id).sort();
}

/** A name as people type it: decomposed accents, upper or lower case, full-width letters, the `ﬁ` ligature, apostrophes as spaces. */
const typed = (name: string, v: number): string =>
  [
    (n: string) => n.normalize('NFD'),
    (n: string) => n.toUpperCase(),
    (n: string) => n.toLowerCase(),
    (n: string) => [...n].map((ch) => (/[A-Za-z]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join(''),
    (n: string) => n.replace(/fi/g, 'ﬁ'),
    (n: string) => n.replace(/[’']/g, ' '),
    // Soft hyphens and zero-width spaces inside words, as pasted from web pages and PDFs.
    (n: string) => n.replace(/(\p{L}{2})(?=\p{L})/gu, (m, _, at: number) => m + (at % 2 ? '\u200b' : '\u00ad')),
  ][v](name);
const VARIANTS = 7;

describe('list name filters: `name` is the folded name, nameContains/nameStartsWith read the name and every alias', () => {
  it.each([
    ['Tu\u0308rkiye', ['country:TR']],
    ['Türkiye', ['country:TR']],
    ['ﬁnland', ['country:FI']],
    ['Finland', ['country:FI']],
    ['ＦＩＮＬＡＮＤ', ['country:FI']],
    ['Fin\u00adland', ['country:FI']],
    ['cote d’ivoire', ['country:CI']],
    ['USA', []],
    ['Ivory Coast', []],
  ])('{name: "%s"} finds %j', async (name, ids) => {
    expect(await listed('countries', { name })).toEqual(ids);
  });

  it.each([
    ['nameContains', 'ivory coast', ['country:CI']],
    ['nameContains', 'DRC', ['country:CD']],
    ['nameContains', 'USA', ['country:US']],
    ['nameContains', 'UK', ['country:GB', 'country:UA']],
    ['nameStartsWith', 'usa', ['country:US']],
    ['nameStartsWith', 'Ivory', ['country:CI']],
    ['nameStartsWith', 'Burma', ['country:MM']],
  ])('{%s: "%s"} finds %j', async (filter, text, ids) => {
    expect(await listed('countries', { [filter]: text })).toEqual(ids);
  });

  it('finds every bundled country by its name typed any way (property)', async () => {
    const rows = await app.db.read<{ id: string; name: string }>(`MATCH (c:Country) RETURN c.id AS id, c.name AS name ORDER BY c.id`);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...rows), fc.nat(VARIANTS - 1), async (row, v) => {
        expect(await listed('countries', { name: typed(row.name, v) }), `${row.name} variant ${v}`).toEqual([row.id]);
      }),
      { numRuns: 60 },
    );
  });

  it('finds every bundled country by any substring of its name or an alias, and by any prefix, typed any way (property)', async () => {
    const rows = await app.db.read<{ id: string; names: string[] }>(`MATCH (c:Country) RETURN c.id AS id, [c.name] + c.aliases AS names ORDER BY c.id`);
    const pick = fc
      .constantFrom(...rows)
      .chain((row) => fc.record({ row: fc.constant(row), name: fc.constantFrom(...row.names) }))
      .chain(({ row, name }) =>
        fc.record({
          row: fc.constant(row),
          name: fc.constant(name),
          from: fc.nat(name.length - 1),
          to: fc.integer({ min: 1, max: name.length }),
          v: fc.nat(VARIANTS - 1),
        }),
      )
      .filter(({ name, from, to }) => from < to && /[\p{L}\p{N}]/u.test(name.slice(from, to)));
    await fc.assert(
      fc.asyncProperty(pick, async ({ row, name, from, to, v }) => {
        const part = typed(name.slice(from, to), v);
        const prefix = typed(name.slice(0, to), v);
        expect(await listed('countries', { id: row.id, nameContains: part }), `${name} contains ${part}`).toEqual([row.id]);
        expect(await listed('countries', { id: row.id, nameStartsWith: prefix }), `${name} starts with ${prefix}`).toEqual([row.id]);
      }),
      { numRuns: 60 },
    );
  });

  it('every list reads the aliases: an alias of an entity of each label that has aliases finds it', async () => {
    let checked = 0;
    for (const [list, cfg] of Object.entries(LISTS)) {
      const [row] = await app.db.read<{ id: string; name: string; alias: string }>(
        `MATCH (n) WHERE $label IN labels(n) AND n.retractedAt IS NULL AND size(coalesce(n.aliases, [])) > 0
         RETURN n.id AS id, n.name AS name, n.aliases[0] AS alias ORDER BY n.id LIMIT 1`,
        { label: cfg.label },
      );
      if (!row) continue;
      checked++;
      expect(await listed(list, { id: row.id, nameContains: row.alias.toUpperCase() }), `${list} ${row.alias}`).toEqual([row.id]);
      expect(await listed(list, { id: row.id, nameStartsWith: row.alias.normalize('NFD') }), `${list} ${row.alias}`).toEqual([row.id]);
      expect(await listed(list, { name: row.name.toUpperCase() }), `${list} ${row.name}`).toContain(row.id);
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });
});

describe('list name filters refuse a text that folds to nothing', () => {
  it('"", blanks and punctuation alone in name, nameContains or nameStartsWith are BAD_USER_INPUT naming the filter, on every list; a letter or digit beside them is answered', async () => {
    const blank = fc
      .array(fc.constantFrom(' ', '.', '-', "'", '\u00a0', '\u3000', '!', '\u0301', '\t', '\u200b', '\u00ad', '\u3164'), { maxLength: 6 })
      .map((cs) => cs.join(''));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(LISTS)), fc.constantFrom('name', 'nameContains', 'nameStartsWith'), blank, async (list, field, text) => {
        const q = `query ($f: ${LISTS[list].label}Filter) { ${list}(filter: $f) { totalCount } }`;
        const res = await gql(app.url, q, { f: { [field]: text } });
        expect(
          res.errors?.map((e) => [e.extensions?.code, e.extensions?.argument]),
          JSON.stringify(text),
        ).toEqual([['BAD_USER_INPUT', `filter.${field}`]]);
        expect(res.errors?.[0].message).toMatch(new RegExp(`^filter\\.${field} .* holds no letter or digit`));
        const withLetter = await gql(app.url, q, { f: { [field]: `${text}a` } });
        expect(withLetter.errors, JSON.stringify(withLetter.errors)).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });

  it('…and so does search: such a text is BAD_USER_INPUT naming text; a letter beside it is answered', async () => {
    const blank = fc
      .array(fc.constantFrom(' ', '.', '-', "'", '\u00a0', '\u3000', '!', '\u0301', '\t', '\u200b', '\u00ad', '\u3164'), { minLength: 1, maxLength: 6 })
      .map((cs) => cs.join(''));
    await fc.assert(
      fc.asyncProperty(blank, async (text) => {
        const res = await gql(app.url, 'query ($t: String!) { search(text: $t) { entity { id } } }', { t: text });
        expect(
          res.errors?.map((e) => [e.extensions?.code, e.extensions?.argument]),
          JSON.stringify(text),
        ).toEqual([['BAD_USER_INPUT', 'text']]);
        const withLetter = await gql(app.url, 'query ($t: String!) { search(text: $t) { entity { id } } }', { t: `${text}gallium` });
        expect(withLetter.errors, JSON.stringify(withLetter.errors)).toBeUndefined();
        expect(withLetter.data.search[0].entity.id).toBe('metal:gallium');
      }),
      { numRuns: 40 },
    );
  });
});
