/**
 * The rules every filter and argument follows, through /graphql over the bundled data, with the
 * fields derived from the schema so that a filter field added later is covered too:
 * - every list-valued field of every list query's filter, nested ones included (`related`, a
 *   condition's `idIn`, its `through`'s `idIn`), matches nothing when empty;
 * - every text field of those filters refuses an empty or blank value, naming its path;
 * - a refused argument's `extensions.argument` is its path, as precise as the message.
 */
import fc from 'fast-check';
import {
  buildASTSchema,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../src/graphql/core/typedefs.js';
import { LISTS } from '../src/graphql/entities/connections.js';
import { relationSide } from '../src/graphql/entities/related.js';
import { type Label, REL_TYPE_NAMES, type RelType } from '../src/model/schema.js';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

const app = useBundledApp();
const schema = buildASTSchema(typeDefs);
const unwrap = (t: GraphQLInputType) => (isNonNullType(t) ? t.ofType : t);

/** The list queries: Query fields answering a …Connection with a `filter` argument. */
const listQueries = Object.values(schema.getQueryType()!.getFields())
  .filter((f) => isObjectType(getNamedType(f.type)) && getNamedType(f.type).name.endsWith('Connection') && f.args.some((a) => a.name === 'filter'))
  .map((f) => {
    const filter = getNamedType(f.args.find((a) => a.name === 'filter')!.type) as GraphQLInputObjectType;
    return { field: f.name, filterType: filter.name, label: LISTS[f.name].label as Label, filter };
  });

/** A place in a filter: the path of input fields from the filter down (`related`, `0`, `through`, `idIn`). */
type Path = Array<string | number>;

/**
 * Every field of `type` (and, for a list of input objects, of its first member; for an input
 * object field, of it) whose type satisfies `want`, as paths. A relationship condition is
 * followed one level deep into `through`, as the service takes it.
 */
function fieldPaths(type: GraphQLInputObjectType, want: (t: GraphQLInputType) => boolean, depth = 0): Path[] {
  const out: Path[] = [];
  for (const f of Object.values(type.getFields())) {
    if (want(f.type)) out.push([f.name]);
    const t = unwrap(f.type);
    const named = getNamedType(f.type);
    if (!isInputObjectType(named) || depth > 1) continue;
    const at: Path = isListType(t) ? [f.name, 0] : [f.name];
    if (!isListType(t) && depth === 0) continue; // `through` is reached from a condition only
    for (const p of fieldPaths(named, want, depth + 1)) out.push([...at, ...p]);
  }
  return out;
}

const isList = (t: GraphQLInputType) => isListType(unwrap(t));
const isText = (t: GraphQLInputType) => !isList(t) && getNamedType(t).name === 'String';

/** The relationship types that connect entities of `labels` (any direction), and the labels at their other end. */
const connecting = (labels: readonly Label[]) =>
  REL_TYPE_NAMES.flatMap((type) => {
    try {
      return [{ type, far: relationSide(type, labels, null, 'x').far }];
    } catch {
      return [];
    }
  });

/**
 * A filter holding `value` at `path`, every relationship condition on the way given a `type`
 * that connects (chosen by `pick` among those that do): a valid filter but for `value`.
 */
function filterWith(label: Label, path: Path, value: unknown, pick: (n: number) => number): Record<string, unknown> | null {
  const root: Record<string, unknown> = {};
  let node: Record<string, unknown> = root;
  let labels: readonly Label[] = [label];
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    if (typeof key === 'number') continue;
    const next: Record<string, unknown> = {};
    const options = connecting(labels);
    if (options.length === 0) return null;
    const chosen = options[pick(options.length)];
    next.type = chosen.type as RelType;
    labels = chosen.far;
    node[key] = typeof path[i + 1] === 'number' ? [next] : next;
    node = next;
  }
  node[path.at(-1) as string] = value;
  return root;
}

const listQuery = (field: string, filterType: string) => `query($f: ${filterType}) { ${field}(filter: $f, first: 5) { totalCount edges { node { id } } } }`;
const dotted = (path: Path) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');

describe('an empty list in a filter matches nothing', () => {
  const cases = listQueries.flatMap((q) => fieldPaths(q.filter, isList).map((path) => ({ ...q, path })));

  it('finds the list fields of every list query in the schema, nested ones included', () => {
    expect(listQueries.map((q) => q.field).sort()).toEqual(Object.keys(LISTS).sort());
    const facility = cases.filter((c) => c.field === 'facilities').map((c) => dotted(c.path));
    expect(facility).toEqual(['.idIn', '.related', '.related[0].idIn', '.related[0].through.idIn']);
  });

  it('facilities(filter: {related: []}) answers none of the 6 facilities; left out, all 6', async () => {
    const [empty, all] = await Promise.all([
      gql(app.url, listQuery('facilities', 'FacilityFilter'), { f: { related: [] } }),
      gql(app.url, listQuery('facilities', 'FacilityFilter'), { f: {} }),
    ]);
    expect([empty.errors, empty.data.facilities.totalCount, empty.data.facilities.edges]).toEqual([undefined, 0, []]);
    expect(all.data.facilities.totalCount).toBe(6);
    const grouped = await gql(app.url, '{ facilities(filter: {related: []}) { groups(by: {field: "status"}) { count } } }');
    expect([grouped.errors, grouped.data.facilities.groups]).toEqual([undefined, []]);
  });

  it('every list-valued filter field of every list query, given [], matches nothing (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cases), fc.nat(), async (c, seed) => {
        const filter = filterWith(c.label, c.path, [], (n) => seed % n);
        if (!filter) return;
        const res = await gql(app.url, listQuery(c.field, c.filterType), { f: filter });
        expect(res.errors, `${c.field} ${JSON.stringify(filter)}`).toBeUndefined();
        expect([res.data[c.field].totalCount, res.data[c.field].edges]).toEqual([0, []]);
      }),
      { numRuns: 80 },
    );
  });
});

describe('an empty or blank text in a filter is refused, naming its path', () => {
  const cases = listQueries.flatMap((q) => fieldPaths(q.filter, isText).map((path) => ({ ...q, path })));
  const blank = fc.constantFrom('', ' ', '   ', '\t', '\n', '\u00A0', '\u3000', '\u200B', ' \u2060 ', '\uFEFF', '\u180E');

  it('finds every text field of the filters, a condition’s role and date included', () => {
    const facility = cases.filter((c) => c.field === 'facilities').map((c) => dotted(c.path));
    expect(facility).toEqual(
      expect.arrayContaining(['.name', '.unit', '.facilityType', '.related[0].role', '.related[0].inForceOn', '.related[0].through.role']),
    );
  });

  it.each(['', '  '])('companies(filter: {related: [{type: PARTY_TO, role: %j}]}) is BAD_USER_INPUT on filter.related[0].role', async (role) => {
    const res = await gql(app.url, listQuery('companies', 'CompanyFilter'), { f: { related: [{ type: 'PARTY_TO', role }] } });
    expect(res.data.companies).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.related[0].role' });
    expect(res.errors?.[0].message).toMatch(/^filter\.related\[0\]\.role .* is blank; give a value, or leave the filter out$/);
  });

  it('every text field of every list query’s filter refuses a blank value (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cases), blank, fc.nat(), async (c, value, seed) => {
        const filter = filterWith(c.label, c.path, value, (n) => seed % n);
        if (!filter) return;
        const res = await gql(app.url, listQuery(c.field, c.filterType), { f: filter });
        const where = `${c.field} ${JSON.stringify(filter)}`;
        expect(res.data?.[c.field], where).toBeNull();
        expect(res.errors?.[0].extensions, where).toMatchObject({ code: 'BAD_USER_INPUT', argument: `filter${dotted(c.path)}` });
      }),
      { numRuns: 150 },
    );
  });

  it('series(form:) refuses a blank form and still narrows by a real one', async () => {
    const q = 'query($form: String) { series(itemId: "metal:gallium", form: $form) { form } }';
    for (const form of ['', ' ', '\u200B']) {
      const res = await gql(app.url, q, { form });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'form' });
    }
    const ok = await gql(app.url, q, { form: 'high-purity' });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.series.length).toBeGreaterThan(0);
    for (const s of ok.data.series) expect(s.form.toLowerCase()).toContain('high-purity');
  });

  it('the enums among filter fields need no such rule: no enum has a blank value', () => {
    for (const t of Object.values(schema.getTypeMap())) if (isEnumType(t)) for (const v of t.getValues()) expect(v.name.trim()).not.toBe('');
  });
});

describe('extensions.argument is as precise as the message', () => {
  const ARTICLE = 'Kazakhstan opened a gallium plant in Pavlodar this year. '.repeat(5);
  const extract = (input: Record<string, unknown>) => ['query($i: ArticleInput!) { extractArticle(input: $i) { body } }', { i: { text: ARTICLE, ...input } }];
  const cases: Array<[string, [string, Record<string, unknown>?], string]> = [
    ['supplyConcentration without itemId or measureId', ['{ supplyConcentration(year: 2024) { hhi } }'], 'itemId'],
    ['valueChainConcentration(years: [1800])', ['{ valueChainConcentration(itemId: "metal:aluminium", years: [1800]) { chain } }'], 'years[0]'],
    ['valueChainConcentration(years: [2024, 1800])', ['{ valueChainConcentration(itemId: "metal:aluminium", years: [2024, 1800]) { chain } }'], 'years[1]'],
    ['extractArticle with a bad publishedDate', extract({ publishedDate: '2026-13-01' }) as [string, Record<string, unknown>], 'input.publishedDate'],
    ['extractArticle with a partial retrievedDate', extract({ retrievedDate: '2026-05' }) as [string, Record<string, unknown>], 'input.retrievedDate'],
    ['extractArticle with a bad url', extract({ url: 'ftp://example.com/a' }) as [string, Record<string, unknown>], 'input.url'],
    ['extractArticle with a blank publisher', extract({ publisher: '  ' }) as [string, Record<string, unknown>], 'input.publisher'],
    ['extractArticle with empty text', extract({ text: '   ' }) as [string, Record<string, unknown>], 'input.text'],
    ['extractArticle with too little prose', extract({ text: 'Gallium.' }) as [string, Record<string, unknown>], 'input.text'],
    ['a type that never touches the list', ['{ facilities(filter: {related: [{type: HEADQUARTERED_IN}]}) { totalCount } }'], 'filter.related[0].type'],
    [
      'a direction the type cannot take',
      ['{ facilities(filter: {related: [{type: LOCATED_IN, direction: IN}]}) { totalCount } }'],
      'filter.related[0].direction',
    ],
    [
      'a through’s type that never touches its end',
      ['{ companies(filter: {related: [{type: HEADQUARTERED_IN, through: {type: COVERS}}]}) { totalCount } }'],
      'filter.related[0].through.type',
    ],
    ['a label the type does not lead to', ['{ facilities(filter: {related: [{type: LOCATED_IN, label: Metal}]}) { totalCount } }'], 'filter.related[0].label'],
    [
      'two levels of through',
      ['{ companies(filter: {related: [{type: PARTY_TO, through: {type: COVERS, through: {type: COVERS}}}]}) { totalCount } }'],
      'filter.related[0].through.through',
    ],
    ['a malformed id in idIn', ['{ countries(filter: {idIn: ["country:KZ", "country:kz"]}) { totalCount } }'], 'filter.idIn[1]'],
    [
      'a mistyped id in a condition',
      ['{ facilities(filter: {related: [{type: LOCATED_IN, idIn: ["metal:gallium"]}]}) { totalCount } }'],
      'filter.related[0].idIn[0]',
    ],
    ['a partial date in a filter', ['{ facilities(filter: {validFromAfter: "2026"}) { totalCount } }'], 'filter.validFromAfter'],
    ['a reversed range', ['{ facilities(filter: {quantityMin: 10, quantityMax: 1}) { totalCount } }'], 'filter.quantityMin'],
    ['a year out of range in a condition', ['{ countries(filter: {related: [{type: PRODUCES, year: 1800}]}) { totalCount } }'], 'filter.related[0].year'],
    ['groups by both', ['{ facilities { groups(by: {field: "status", related: {type: LOCATED_IN}}) { count } } }'], 'by'],
    ['groups by an unknown field', ['{ facilities { groups(by: {field: "colour"}) { count } } }'], 'by.field'],
    ['groups by a type that never touches the list', ['{ facilities { groups(by: {related: {type: HEADQUARTERED_IN}}) { count } } }'], 'by.related.type'],
    ['a cursor that is none', ['{ facilities(after: "nope") { totalCount } }'], 'after'],
    [
      'an ambiguous added unit',
      ['{ supplyConcentration(itemId: "metal:gallium", addSupply: [{countryId: "country:KZ", quantity: 1, unit: "mt"}]) { hhi } }'],
      'addSupply[0].unit',
    ],
    ['years reversed', ['{ series(itemId: "metal:gallium", fromYear: 2024, toYear: 2020) { form } }'], 'fromYear'],
    ['a blank series form', ['{ series(itemId: "metal:gallium", form: "") { form } }'], 'form'],
    [
      'a malformed country in an exposure list',
      ['{ exposure(entityId: "facility:rudny-hbi-plant", headquarteredIn: ["country:JP", "JP"]) { maxDepth } }'],
      'headquarteredIn[1]',
    ],
    ['a traversal bound of 0', ['{ neighbourhood(entityId: "country:KZ", depth: 0) { nodeCount } }'], 'depth'],
  ];

  it.each(cases.map(([what, request, argument]) => ({ what, request, argument })))('$what: $argument', async ({ request: [query, variables], argument }) => {
    const res = await gql(app.url, query, variables);
    const err = res.errors?.[0];
    expect(err?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    // No path in the message more precise than the argument (`years[0]` in the message, `years` as the argument).
    expect(err?.message).not.toMatch(new RegExp(`(^|[\\s(])${argument.replace(/[.[\]]/g, '\\$&')}[.[]\\w`));
  });
});
