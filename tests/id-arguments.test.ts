/**
 * One id rule for every GraphQL argument that takes an id (src/model/ids.ts, the loader's and
 * the feeds' rule), over HTTP against the bundled graph: the schema is walked for every `ID`
 * input at any depth (root fields, entity fields such as Country.production(itemId:), filters,
 * what-if inputs, retraction's fact), and each is sent malformed ids (BAD_USER_INPUT naming its
 * path, the field null, no invisible character echoed raw) and random strings (BAD_USER_INPUT
 * or NOT_FOUND or an answer, never INTERNAL_SERVER_ERROR, never an answer for a malformed id).
 */
import fc from 'fast-check';
import {
  buildASTSchema,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../src/graphql/core/typedefs.js';
import { AnyId } from '../src/model/schema.js';
import { useApp } from './support/bundled-app.js';
import { bearer, EDITOR, KEYS } from './support/keys.js';
import { gql } from './support/server.js';

const app = useApp({ config: { API_KEYS: KEYS } });
const schema = buildASTSchema(typeDefs);

/** A well-formed value of a required argument or input field that is not the one tested. */
const filler = (name: string, type: GraphQLInputType): unknown => {
  const named = getNamedType(type).name;
  if (named === 'ID') return /country/i.test(name) ? 'country:KZ' : name === 'toId' ? 'company:erg' : 'metal:gallium';
  if (named === 'String') return name === 'type' ? 'SUPPLIES' : 'why';
  if (named === 'Float' || named === 'Int') return 1;
  const t = getNamedType(type);
  return isEnumType(t) ? t.getValues()[0].value : undefined;
};

interface IdCase {
  /** How the field is reached: a root field, or an entity's field under node(id:). */
  parent: string;
  field: GraphQLField<unknown, unknown>;
  arg: string;
  /** The argument path the error must name (`filter.related[0].idIn[0]`). */
  path: string;
  /** The argument's value with `leaf` at `path`. */
  value: (leaf: string) => unknown;
}

/** Every ID leaf of one argument type, with its path and a builder of the argument's value. */
function idLeaves(type: GraphQLInputType, path: string, seen: string[] = []): Array<{ path: string; value: (leaf: string) => unknown }> {
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) return idLeaves(t.ofType, `${path}[0]`, seen).map((l) => ({ path: l.path, value: (s: string) => [l.value(s)] }));
  if (isInputObjectType(t)) {
    // One level of recursion (RelatedFilter.through), as the resolvers allow.
    if (seen.filter((n) => n === t.name).length > 1) return [];
    const fields = Object.values(t.getFields());
    return fields.flatMap((f) =>
      idLeaves(f.type, `${path}.${f.name}`, [...seen, t.name]).map((l) => ({
        path: l.path,
        value: (s: string) => {
          const required = fields.filter((o) => o !== f && isNonNullType(o.type) && o.defaultValue === undefined);
          return { ...Object.fromEntries(required.map((o) => [o.name, filler(o.name, o.type)])), [f.name]: l.value(s) };
        },
      })),
    );
  }
  return getNamedType(t).name === 'ID' ? [{ path, value: (s: string) => s }] : [];
}

const ENTITY_OF: Record<string, string> = { Country: 'country:CN', Metal: 'metal:gallium', Product: 'product:alumina' };
const cases: IdCase[] = ['Query', 'Mutation', ...Object.keys(ENTITY_OF)].flatMap((parent) => {
  const type = schema.getType(parent);
  if (!isObjectType(type)) return [];
  // retractFact shares FactInput with undoRetraction, which changes nothing for a fact that is not retracted.
  return Object.values(type.getFields())
    .filter((f) => f.name !== 'retractFact')
    .flatMap((field) => field.args.flatMap((a) => idLeaves(a.type, a.name).map((l) => ({ parent, field, arg: a.name, ...l }))));
});

/** The request of one case with `leaf` in its id argument; `at` reads the field's value from `data`. */
function request(c: IdCase, leaf: string) {
  const others = c.field.args
    .filter((a) => a.name !== c.arg && isNonNullType(a.type) && a.defaultValue === undefined)
    .map((a) => {
      const v = filler(a.name, a.type);
      return `${a.name}: ${isEnumType(getNamedType(a.type)) ? v : JSON.stringify(v)}`;
    });
  const argType = c.field.args.find((a) => a.name === c.arg)!.type;
  const selection = isLeafType(getNamedType(c.field.type)) ? '' : ' { __typename }';
  const call = `${c.field.name}(${[`${c.arg}: $v`, ...others].join(', ')})${selection}`;
  const op = c.parent === 'Mutation' ? 'mutation' : 'query';
  const body = c.parent === 'Query' || c.parent === 'Mutation' ? call : `node(id: "${ENTITY_OF[c.parent]}") { ... on ${c.parent} { ${call} } }`;
  const at = (data: Record<string, any> | null | undefined) =>
    c.parent === 'Query' || c.parent === 'Mutation' ? data?.[c.field.name] : data?.node?.[c.field.name];
  return { query: `${op} ($v: ${String(argType)}) { ${body} }`, variables: { v: c.value(leaf) }, at };
}

const send = async (c: IdCase, leaf: string) => {
  const r = request(c, leaf);
  const res = await gql(app.url, r.query, r.variables, bearer(EDITOR));
  return { ...res, value: r.at(res.data) };
};

/** Characters no error may show raw: controls, separators, bidi controls, zero-width space, BOM. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what is looked for
const RAW_INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

describe('id arguments: one rule, malformed BAD_USER_INPUT, unknown NOT_FOUND', () => {
  it('the walk reaches every kind of id argument', () => {
    const paths = new Set(cases.map((c) => `${c.parent}.${c.field.name}.${c.path}`));
    for (const p of [
      'Query.node.id',
      'Query.supplyConcentration.excludeCountries[0]',
      'Query.supplyConcentration.addSupply[0].countryId',
      'Query.importReliance.itemId',
      'Query.companies.filter.related[0].through.idIn[0]',
      'Query.neighbourhood.entityId',
      'Query.paths.toId',
      'Country.production.measureId',
      'Metal.producers.measureId',
      'Mutation.undoRetraction.fact.relationship.from',
    ])
      expect(paths, p).toContain(p);
  });

  it('the examples: "metal:Ga x", "metal:", a line separator, a bidi control and "banana" are BAD_USER_INPUT naming the argument, in every id argument', async () => {
    for (const c of cases) {
      for (const leaf of ['metal:Ga x', 'metal:', 'metal:Ga\u2028x', 'metal:\u202Egallium', 'banana', '']) {
        const res = await send(c, leaf);
        const where = `${c.parent}.${c.field.name} ${c.path} ${JSON.stringify(leaf)}`;
        expect(res.errors?.[0]?.extensions, where).toMatchObject({ code: 'BAD_USER_INPUT', argument: c.path });
        expect(res.errors?.[0]?.message, where).toMatch(/ is not a typed id: | is not a typed id: the prefix /);
        expect(res.value ?? null, where).toBeNull();
        expect(JSON.stringify(res.errors), where).not.toMatch(RAW_INVISIBLE);
      }
    }
    // The message says what an id looks like, and shows the caller's invisible characters as escapes.
    const node = await gql(app.url, '{ node(id: "metal:Ga\\u202Ex") { id } }');
    expect(node.errors?.[0]?.message).toBe(
      'id "metal:Ga\\u202Ex" is not a typed id: an id is <prefix>:<slug>, e.g. company:erg, country:KZ or metal:gallium: a known prefix, then an ASCII letter or digit and more letters, digits, ".", "_" or "-" (a country: its ISO 3166-1 alpha-2 code in capitals), at most 200 characters',
    );
    expect(node.data).toEqual({ node: null });
  });

  it('well-formed ids that name nothing are NOT_FOUND, as the feeds answer 404', async () => {
    const unknown = await gql(app.url, '{ node(id: "metal:no-such-metal") { id } importReliance(countryId: "country:XX") { noValueReason } }');
    expect(unknown.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['NOT_FOUND', 'Metal metal:no-such-metal not found'],
      ['NOT_FOUND', 'Country country:XX not found'],
    ]);
  });

  it('property: a random string in any id argument is refused as malformed exactly when the loader refuses it, and never answers INTERNAL_SERVER_ERROR', async () => {
    const idLike = fc.oneof(
      fc.string({
        unit: fc.constantFrom('a', 'Z', '0', '-', '.', ':', ' ', 'u\u0308', 'ﬁ', 'Ｇ', '\u2028', '\u202E', '\u2066', '\uFEFF', '\t'),
        maxLength: 20,
      }),
      fc
        .tuple(fc.constantFrom('metal:', 'country:', 'company:', 'measure:', 'facility:', 'banana'), fc.stringMatching(/^[A-Za-z0-9._ -]{0,12}$/))
        .map(([p, s]) => p + s),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cases), idLike, async (c, leaf) => {
        const res = await send(c, leaf);
        const where = `${c.parent}.${c.field.name} ${c.path} ${JSON.stringify(leaf)}`;
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        expect(codes, where).not.toContain('INTERNAL_SERVER_ERROR');
        for (const code of codes) expect(['BAD_USER_INPUT', 'NOT_FOUND'], where).toContain(code);
        if (!AnyId.safeParse(leaf).success) {
          expect(res.errors?.[0]?.extensions, where).toMatchObject({ code: 'BAD_USER_INPUT', argument: c.path });
          expect(res.value ?? null, where).toBeNull();
        }
        expect(JSON.stringify(res.errors ?? []), where).not.toMatch(RAW_INVISIBLE);
      }),
      { numRuns: 200 },
    );
  }, 300_000);
});
