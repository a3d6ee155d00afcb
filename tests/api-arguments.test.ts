/**
 * Arguments that used to be accepted silently, through /graphql over the bundled data: unknown
 * and malformed ids, empty lists, cursors from another list or ordering, date arguments (one
 * parser everywhere, years 0000–0099 included), and partial answers when one root field fails.
 * tests/unit/args.test.ts checks the date parser against an independent calendar.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayArg } from '../src/graphql/core/args.js';
import { parsePartialDate } from '../src/model/schema.js';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

const app = useBundledApp();

const firstError = async (query: string, variables?: Record<string, unknown>) => {
  const res = await gql(app.url, query, variables);
  expect(res.status).toBe(200);
  return res.errors?.[0];
};

describe('ids that name nothing, or are not ids', () => {
  const RELIANCE = `query ($c: ID!, $i: ID) { importReliance(countryId: $c, itemId: $i) { item { id } } }`;

  it.each([
    [{ c: 'banana' }, 'BAD_USER_INPUT', 'countryId'],
    [{ c: 'country:XX' }, 'NOT_FOUND', 'countryId'],
    [{ c: 'country:us' }, 'BAD_USER_INPUT', 'countryId'],
    [{ c: 'country:US', i: 'metal:unobtainium' }, 'NOT_FOUND', 'itemId'],
    [{ c: 'country:US', i: 'country:CN' }, 'BAD_USER_INPUT', 'itemId'],
    [{ c: 'country:US', i: 'gallium' }, 'BAD_USER_INPUT', 'itemId'],
  ])('importReliance %j is %s on %s', async (vars, code, argument) => {
    const err = await firstError(RELIANCE, vars);
    expect(err?.extensions).toMatchObject({ code, argument });
  });

  it('importReliance of a known country and item answers its figures', async () => {
    const res = await gql(app.url, `{ importReliance(countryId: "country:US", itemId: "metal:gallium") { item { id } reliance { value unit } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.importReliance).toEqual([{ item: { id: 'metal:gallium' }, reliance: { value: 100, unit: '% net import reliance 2024' } }]);
  });

  it('exportControls with an unknown or malformed itemId', async () => {
    expect((await firstError(`{ exportControls(countryId: "country:CN", itemId: "metal:unobtainium") { targets } }`))?.extensions?.code).toBe('NOT_FOUND');
    expect((await firstError(`{ exportControls(countryId: "country:CN", itemId: "metal gallium") { targets } }`))?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('id filters of relationship fields: NOT_FOUND for an unknown id, BAD_USER_INPUT for a malformed or mistyped one', async () => {
    const field = (args: string) => `{ node(id: "country:CN") { ... on Country { production(${args}) { year } } } }`;
    expect((await firstError(field('itemId: "metal:unobtainium"')))?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'itemId' });
    expect((await firstError(field('measureId: "measure:nothing-here"')))?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'measureId' });
    expect((await firstError(field('itemId: "country:KZ"')))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'itemId' });
    const imports = `{ node(id: "country:US") { ... on Country { importsFrom(itemId: "metal:unobtainium") { rank } } } }`;
    expect((await firstError(imports))?.extensions?.code).toBe('NOT_FOUND');
    const ok = await gql(app.url, field('itemId: "metal:gallium", year: 2024, basis: production'));
    expect(ok.errors).toBeUndefined();
    expect(ok.data.node.production).toEqual([{ year: 2024 }]);
    // A known id whose filter matches no relationship is an empty answer, not NOT_FOUND.
    const none = await gql(app.url, field('itemId: "metal:gallium", year: 1990'));
    expect(none.errors).toBeUndefined();
    expect(none.data.node.production).toEqual([]);
  });

  it('list filters check the shape of ids (idIn too) and keep filter semantics for well-formed ones', async () => {
    expect((await firstError(`{ countries(filter: {idIn: ["country:CN", "banana"]}) { totalCount } }`))?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'filter.idIn[1]',
    });
    expect((await firstError(`{ countries(filter: {id: "metal:gallium"}) { totalCount } }`))?.extensions?.code).toBe('BAD_USER_INPUT');
    const res = await gql(app.url, `{ countries(filter: {idIn: ["country:CN", "country:XX"]}) { totalCount } }`);
    expect(res.data.countries.totalCount).toBe(1);
  });
});

describe('error messages quote at most 80 characters of what the caller sent', () => {
  const long = `metal:${'x'.repeat(194)}`;
  it.each([
    ['node', `{ node(id: "${long}") { id } }`, 'NOT_FOUND', `Metal metal:${'x'.repeat(74)}… not found`],
    ['supplyConcentration', `{ supplyConcentration(itemId: "${long}", year: 2024) { hhi } }`, 'NOT_FOUND', `Metal metal:${'x'.repeat(74)}… not found`],
    ['dependencyChains', `{ dependencyChains(entityId: "${long}") { totalChains } }`, 'NOT_FOUND', `Metal metal:${'x'.repeat(74)}… not found`],
    ['neighbourhood', `{ neighbourhood(entityId: "${long}") { nodeCount } }`, 'NOT_FOUND', `Metal metal:${'x'.repeat(74)}… not found`],
    ['search', `{ search(text: "gallium", labels: [${'A'.repeat(300)}]) { score } }`, 'GRAPHQL_VALIDATION_FAILED', undefined],
  ])('%s: an unknown id of 200 characters, or a long enum value', async (_, query, code, message) => {
    const err = (await gql(app.url, query)).errors?.[0];
    expect(err?.extensions?.code).toBe(code);
    if (message) expect(err?.message).toBe(message);
    expect(err?.message).not.toContain('x'.repeat(81));
    expect(err?.message).not.toContain('A'.repeat(81));
    expect(err!.message.length).toBeLessThan(250);
  });

  it('an unknown route and a feed name, in the plain HTTP errors too', async () => {
    const route = (await (await fetch(`${app.url}/${'y'.repeat(500)}`)).json()) as { errors: Array<{ message: string }> };
    const feed = (await (await fetch(`${app.url}/feeds/${'y'.repeat(500)}`)).json()) as { error: { message: string } };
    for (const message of [route.errors[0].message, feed.error.message]) {
      expect(message).not.toContain('y'.repeat(81));
      expect(message).toContain('y'.repeat(70));
    }
  });
});

describe('an empty list matches nothing, everywhere', () => {
  it('search(labels: []), idIn: [], types: [] answer empty; omitted lists do not filter', async () => {
    const res = await gql(
      app.url,
      `{ none: search(text: "gallium", labels: []) { entity { id } }
         all: search(text: "gallium", first: 1) { entity { id } }
         countries(filter: {idIn: []}) { totalCount edges { node { id } } }
         paths(fromId: "company:erg", toId: "country:KZ", types: []) { length }
         neighbourhood(entityId: "country:KZ", types: []) { center { id } nodes { id } edges { id } }
         node(id: "country:KZ") { ... on Country { relations(types: []) { type } all: relations(first: 1) { type } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.none).toEqual([]);
    expect(res.data.all).toEqual([{ entity: { id: 'metal:gallium' } }]);
    expect(res.data.countries).toEqual({ totalCount: 0, edges: [] });
    expect(res.data.paths).toEqual([]);
    expect(res.data.neighbourhood).toEqual({ center: { id: 'country:KZ' }, nodes: [{ id: 'country:KZ' }], edges: [] });
    expect(res.data.node.relations).toEqual([]);
    expect(res.data.node.all).toHaveLength(1);
  });

  it('what-if lists change nothing when empty', async () => {
    const q = (args: string) => `{ supplyConcentration(itemId: "metal:gallium", year: 2024${args}) { denominatorTonnes hhi adjustments } }`;
    const [plain, empty] = await Promise.all([gql(app.url, q('')), gql(app.url, q(', excludeCountries: [], addSupply: [], addPlannedCapacityOf: []'))]);
    expect(empty.data).toEqual(plain.data);
    expect(plain.data.supplyConcentration.denominatorTonnes).toBe(762);
  });
});

describe('cursors belong to their list and ordering', () => {
  it('a cursor of metals is refused by countries; one of NAME order by ISO_CODE order', async () => {
    const metals = await gql(app.url, `{ metals(first: 2) { pageInfo { endCursor } } }`);
    const cursor = metals.data.metals.pageInfo.endCursor;
    const other = await firstError(`query ($a: String) { countries(first: 2, after: $a) { totalCount } }`, { a: cursor });
    expect(other).toMatchObject({
      message: 'after: the cursor belongs to the list metals, not countries; pass a cursor returned by this query with the same orderBy',
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
    const countries = await gql(app.url, `{ countries(first: 2) { pageInfo { endCursor } } }`);
    const sorted = await firstError(`query ($a: String) { countries(first: 2, after: $a, orderBy: {field: ISO_CODE}) { totalCount } }`, {
      a: countries.data.countries.pageInfo.endCursor,
    });
    expect(sorted?.message).toMatch(/^after: the cursor belongs to ordering NAME ASC, not ISO_CODE ASC/);
    const next = await gql(app.url, `query ($a: String) { countries(first: 2, after: $a) { edges { node { id } } } }`, {
      a: countries.data.countries.pageInfo.endCursor,
    });
    expect(next.errors).toBeUndefined();
    expect(next.data.countries.edges).toHaveLength(2);
  });
});

describe('one parser for every date argument', () => {
  const ARGS = [
    ['relations', (d: string) => `{ node(id: "country:CN") { ... on Country { relations(asOf: "${d}", first: 1) { type } } } }`],
    ['exportControls', (d: string) => `{ exportControls(asOf: "${d}") { statusAsOf } }`],
    ['dependencyChains', (d: string) => `{ dependencyChains(entityId: "company:erg", maxDepth: 1, first: 1, asOf: "${d}") { asOf } }`],
    ['policies filter', (d: string) => `{ policies(filter: {validFromAfter: "${d}"}) { totalCount } }`],
  ] as const;

  it('"2026-Q4" is refused by every one of them, with the days it spans', async () => {
    for (const [name, q] of ARGS) {
      const err = await firstError(q('2026-Q4'));
      expect(err?.extensions?.code, name).toBe('BAD_USER_INPUT');
      expect(err?.message, name).toMatch(
        /must be a real calendar day as YYYY-MM-DD, e\.g\. 2026-01-15 \(got "2026-Q4"\); "2026-Q4" is a quarter: give its first day, 2026-10-01, or its last, 2026-12-31$/,
      );
    }
  });

  it('random strings get the same verdict from every date argument (property)', async () => {
    const candidate = fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc.constantFrom('2026', '2026-07', '2026-Q3', '2026-7-1', ' 2026-07-01', '2026-07-01T00:00', '20260701', ''),
      fc.string({ maxLength: 12 }).filter((s) => !/["\\]/.test(s)),
    );
    await fc.assert(
      fc.asyncProperty(candidate, async (d) => {
        const verdicts = await Promise.all(ARGS.map(async ([, q]) => (await firstError(q(d)))?.message.replace(/^\S+/, '') ?? 'ok'));
        expect(new Set(verdicts).size, `${d}: ${verdicts.join(' | ')}`).toBe(1);
        expect(verdicts[0] === 'ok').toBe(parsePartialDate(d)?.precision === 'day');
      }),
      { numRuns: 40 },
    );
  });

  it('years 0000–0099 are real years, not 1900–1999', async () => {
    const res = await gql(app.url, `{ exportControls(asOf: "0050-06-15") { asOf statusAsOf } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.exportControls.length).toBeGreaterThan(0);
    expect(res.data.exportControls.every((e: { asOf: string; statusAsOf: string }) => e.asOf === '0050-06-15' && e.statusAsOf === 'notYetInForce')).toBe(true);
    expect(dayArg('0000-02-29', 'asOf')).toBe('0000-02-29'); // year 0 is a leap year (proleptic Gregorian)
    expect(() => dayArg('0100-02-29', 'asOf')).toThrow(/must be a real calendar day/);
    expect(() => dayArg('0099-02-29', 'asOf')).toThrow(/must be a real calendar day/);
  });
});

describe('one bad root field does not null the others', () => {
  it('the failing field is null with its error; its siblings answer', async () => {
    const res = await gql(
      app.url,
      `{ bad: importReliance(countryId: "banana") { item { id } }
         good: search(text: "gallium", first: 1) { entity { id } }
         missing: node(id: "metal:unobtainium") { id }
         gallium: node(id: "metal:gallium") { id } }`,
    );
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ bad: null, good: [{ entity: { id: 'metal:gallium' } }], missing: null, gallium: { id: 'metal:gallium' } });
    expect(res.errors?.map((e: { path?: string[]; extensions?: { code?: string } }) => [e.path, e.extensions?.code])).toEqual([
      [['bad'], 'BAD_USER_INPUT'],
      [['missing'], 'NOT_FOUND'],
    ]);
  });
});

describe('text arguments: at most their stated length, and well-formed', () => {
  const WHAT_IF = `query ($n: String) { supplyConcentration(itemId: "metal:gallium", year: 2024, addSupply: [{ countryId: "country:KZ", quantity: 10, note: $n }]) { adjustments } }`;

  it('an addSupply note over 200 characters is BAD_USER_INPUT naming it, and one of 200 is echoed as given', async () => {
    expect(await firstError(WHAT_IF, { n: 'w'.repeat(201) })).toMatchObject({
      message: 'addSupply[0].note must be at most 200 characters (got 201)',
      extensions: { code: 'BAD_USER_INPUT', argument: 'addSupply[0].note' },
      path: ['supplyConcentration'],
    });
    const ok = await gql(app.url, WHAT_IF, { n: 'w'.repeat(200) });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.supplyConcentration.adjustments.join('\n')).toContain('w'.repeat(200));
  });

  it('a lone surrogate in any text argument is BAD_USER_INPUT naming it; siblings keep their answers', async () => {
    const res = await gql(
      app.url,
      'query ($t: String!, $n: String) { search(text: $t) { score } companies(filter: { nameContains: $n }) { totalCount } metals(first: 1) { totalCount } }',
      {
        t: 'galli\uD800um',
        n: 'x\uDC00',
      },
    );
    expect(res.errors?.map((e) => [(e as { path?: unknown }).path, e.extensions?.code, e.extensions?.argument, e.message])).toEqual([
      [
        ['search'],
        'BAD_USER_INPUT',
        'text',
        'text is not well-formed Unicode: it holds a lone surrogate (U+D800 at character 6), which is not a character; send whole characters (a pair of \\u escapes for one beyond U+FFFF)',
      ],
      [
        ['companies'],
        'BAD_USER_INPUT',
        'filter.nameContains',
        expect.stringMatching(/^filter\.nameContains is not well-formed Unicode: .*U\+DC00 at character 2/),
      ],
    ]);
    expect(res.data.metals.totalCount).toBeGreaterThan(0);
  });
});
