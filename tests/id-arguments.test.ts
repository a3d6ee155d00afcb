/**
 * One id rule for every GraphQL argument that takes an id (src/model/ids.ts, the loader's and
 * the feeds' rule), over HTTP against the bundled graph: the schema is walked for every `ID`
 * input at any depth (root fields, entity fields such as Country.production(itemId:), filters,
 * what-if inputs, retraction's fact), and each is sent malformed ids (BAD_USER_INPUT naming its
 * path, the field null, no invisible character echoed raw), well-formed ids that name nothing
 * (NOT_FOUND naming its path, as BAD_USER_INPUT does; list filters match nothing instead) and
 * random strings (BAD_USER_INPUT or NOT_FOUND or an answer, never INTERNAL_SERVER_ERROR, never an
 * answer for a malformed id, an error always naming the path).
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
import { AnyId, LABEL_PREFIX, LABELS } from '../src/model/schema.js';
import { useApp } from './support/bundled-app.js';
import { bearer, EDITOR, KEYS } from './support/keys.js';
import { gql } from './support/server.js';

const app = useApp({ config: { API_KEYS: KEYS } });
const schema = buildASTSchema(typeDefs);

/** A well-formed value of a required argument or input field that is not the one tested. */
const filler = (name: string, type: GraphQLInputType): unknown => {
  const named = getNamedType(type).name;
  // A relationship's ends: SUPPLIES (the first String `type`) joins companies.
  if (named === 'ID') return /country/i.test(name) ? 'country:KZ' : ['toId', 'from', 'to'].includes(name) ? 'company:erg' : 'metal:gallium';
  if (named === 'String') return name === 'type' ? 'SUPPLIES' : 'why';
  if (named === 'Float' || named === 'Int') return 1;
  const t = getNamedType(type);
  return isEnumType(t) ? t.getValues()[0].value : undefined;
};

/**
 * Optional arguments a field needs to get as far as looking its ids up, given unless tested:
 * supplyConcentration asks for measureId or itemId.
 */
const CONTEXT: Record<string, Record<string, string>> = { supplyConcentration: { itemId: 'metal:gallium' } };

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

/** List filters (`filter.id`, `filter.idIn`, `filter.related[0].idIn`): an unknown id matches nothing. */
const isListFilter = (c: IdCase) => c.path.startsWith('filter.');

/** A well-formed id of each label that the bundled graph does not hold (`country:XK`: a valid ISO code the data lacks). */
const UNKNOWN_IDS = LABELS.map((l) => (l === 'Country' ? 'country:XK' : `${LABEL_PREFIX[l]}:no-such-${LABEL_PREFIX[l]}`));

/** The request of one case with `leaf` in its id argument; `at` reads the field's value from `data`. */
function request(c: IdCase, leaf: string) {
  const others = c.field.args
    .filter((a) => a.name !== c.arg && isNonNullType(a.type) && a.defaultValue === undefined)
    .map((a) => {
      const v = filler(a.name, a.type);
      return `${a.name}: ${isEnumType(getNamedType(a.type)) ? v : JSON.stringify(v)}`;
    })
    .concat(
      Object.entries(CONTEXT[c.field.name] ?? {})
        .filter(([name]) => name !== c.arg)
        .map(([name, v]) => `${name}: ${JSON.stringify(v)}`),
    );
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

  it('well-formed ids that name nothing are NOT_FOUND naming the argument, as the feeds answer 404 naming the parameter', async () => {
    const unknown = await gql(app.url, '{ node(id: "metal:no-such-metal") { id } importReliance(countryId: "country:XX") { noValueReason } }');
    expect(unknown.errors?.map((e) => [e.extensions?.code, e.extensions?.argument, e.message])).toEqual([
      ['NOT_FOUND', 'id', 'Metal metal:no-such-metal not found'],
      ['NOT_FOUND', 'countryId', 'Country country:XX not found'],
    ]);
  });

  it('property: in every id argument, a well-formed id that names nothing is NOT_FOUND naming the argument path; list filters match nothing', async () => {
    // One unknown id per label, tried in turn until the argument takes its label (a mistyped id is BAD_USER_INPUT).
    for (const id of UNKNOWN_IDS)
      expect((await gql(app.url, `{ node(id: "${id}") { id } }`)).errors?.[0]?.extensions, id).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
    const lookups = cases.filter((c) => !isListFilter(c));
    expect(lookups.length).toBeGreaterThan(20);
    for (const c of cases) {
      const where = `${c.parent}.${c.field.name} ${c.path}`;
      let answered = false;
      for (const leaf of UNKNOWN_IDS) {
        const res = await send(c, leaf);
        const error = res.errors?.[0];
        if (error?.extensions?.code === 'BAD_USER_INPUT') continue;
        if (isListFilter(c)) {
          // Filter semantics (schema/base.graphql): an unknown id matches nothing, never NOT_FOUND.
          expect(res.errors, `${where} ${leaf}`).toBeUndefined();
        } else {
          expect(error?.extensions, `${where} ${leaf}`).toMatchObject({ code: 'NOT_FOUND', argument: c.path });
          expect(error?.message, `${where} ${leaf}`).toContain(leaf);
          expect(res.value ?? null, `${where} ${leaf}`).toBeNull();
        }
        answered = true;
        break;
      }
      // A `related` condition's filler type (the first RelationshipType) may not connect the list's label: all refused then.
      if (!c.path.includes('.related[')) expect(answered, `${where}: no unknown id of a label it takes`).toBe(true);
    }
  }, 300_000);

  it('the examples: NOT_FOUND names the argument, with the index of the list member as sent, the first of several missing', async () => {
    const notFound = async (query: string, variables?: Record<string, unknown>) => {
      const res = await gql(app.url, query, variables, bearer(EDITOR));
      expect(res.errors, query).toHaveLength(1);
      return { code: res.errors![0].extensions?.code, argument: res.errors![0].extensions?.argument, message: res.errors![0].message };
    };
    const sc = (args: string) => `{ supplyConcentration(itemId: "metal:gallium", year: 2024, ${args}) { hhi } }`;
    const examples: Array<[string, string, string]> = [
      ['{ paths(fromId: "company:no-such-company", toId: "company:erg") { length } }', 'fromId', 'Company company:no-such-company not found'],
      ['{ paths(fromId: "company:erg", toId: "facility:no-such-facility") { length } }', 'toId', 'Facility facility:no-such-facility not found'],
      [
        '{ paths(fromId: "company:no-such-company", toId: "metal:no-such-metal") { length } }',
        'fromId',
        'company:no-such-company, metal:no-such-metal not found',
      ],
      ['{ dependencyChains(entityId: "company:no-such-company") { totalChains } }', 'entityId', 'Company company:no-such-company not found'],
      ['{ dependencyChains(entityId: "company:erg", metalId: "metal:no-such-metal") { totalChains } }', 'metalId', 'Metal metal:no-such-metal not found'],
      ['{ neighbourhood(entityId: "policy:no-such-policy") { nodeCount } }', 'entityId', 'Policy policy:no-such-policy not found'],
      ['{ node(id: "metal:no-such-metal") { id } }', 'id', 'Metal metal:no-such-metal not found'],
      ['{ node(id: "metal:no-such-metal") { ... on Metal { producers { year } } } }', 'id', 'Metal metal:no-such-metal not found'],
      [
        sc('addSupply: [{ countryId: "country:KZ", quantity: 5, unit: "t" }, { countryId: "country:XK", quantity: 5, unit: "t" }]'),
        'addSupply[1].countryId',
        'Country country:XK not found',
      ],
      [sc('addPlannedCapacityOf: ["facility:no-such-facility"]'), 'addPlannedCapacityOf[0]', 'Facility facility:no-such-facility not found'],
      [
        sc('addPlannedCapacityOf: ["facility:pavlodar-gallium-plant", "facility:rudny-hbi-plant"]'),
        'addPlannedCapacityOf[1]',
        'capacity for metal:gallium of facility facility:rudny-hbi-plant not found',
      ],
      [sc('excludeCountries: ["country:CN", "country:CN", "country:XK", "country:XX"]'), 'excludeCountries[2]', 'Country country:XK, country:XX not found'],
      [
        sc('excludeCountries: ["country:XX"], addSupply: [{ countryId: "country:XK", quantity: 5 }], addPlannedCapacityOf: ["facility:no-such-facility"]'),
        'excludeCountries[0]',
        'country:XX, country:XK, facility:no-such-facility not found',
      ],
      ['{ supplyConcentration(measureId: "measure:no-such-measure") { hhi } }', 'measureId', 'Measure measure:no-such-measure not found'],
      [
        '{ exposure(entityId: "metal:gallium", headquarteredIn: ["country:JP", "country:JP", "country:XK"]) { totalDependents } }',
        'headquarteredIn[2]',
        'Country country:XK not found',
      ],
      [
        '{ importReliance(countryId: "country:XK", itemId: "metal:no-such-metal") { noValueReason } }',
        'countryId',
        'country:XK, metal:no-such-metal not found',
      ],
      ['{ series(itemId: "metal:no-such-metal", countryId: "country:XK") { measure { id } } }', 'itemId', 'metal:no-such-metal, country:XK not found'],
      ['{ valueChainConcentration(itemId: "product:no-such-product") { item { id } } }', 'itemId', 'Product product:no-such-product not found'],
      [
        '{ node(id: "country:CN") { ... on Country { production(itemId: "metal:no-such-metal", measureId: "measure:no-such-measure") { year } } } }',
        'itemId',
        'metal:no-such-metal, measure:no-such-measure not found',
      ],
      ['mutation { undoRetraction(fact: { id: "company:no-such-company" }) { fact } }', 'fact.id', 'company:no-such-company not found'],
      [
        'mutation { undoRetraction(fact: { relationship: { from: "company:erg", type: "SUPPLIES", to: "company:no-such-company" } }) { fact } }',
        'fact.relationship.to',
        'Company company:no-such-company not found',
      ],
      [
        'mutation { undoRetraction(fact: { relationship: { from: "company:no-such-company", type: "SUPPLIES", to: "facility:no-such-facility" } }) { fact } }',
        'fact.relationship.from',
        'Company company:no-such-company, Facility facility:no-such-facility not found',
      ],
      [
        'mutation { undoRetraction(fact: { relationship: { from: "company:erg", type: "SUPPLIES", to: "company:mitsubishi-corporation", key: "other" } }) { fact } }',
        'fact.relationship',
        'company:erg -[SUPPLIES other]-> company:mitsubishi-corporation not found',
      ],
    ];
    for (const [query, argument, message] of examples) expect(await notFound(query), query).toEqual({ code: 'NOT_FOUND', argument, message });
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
        // An id that names nothing is NOT_FOUND naming the argument's path, as a malformed one is BAD_USER_INPUT naming it.
        for (const e of res.errors ?? []) if (e.extensions?.code === 'NOT_FOUND') expect(e.extensions?.argument, where).toBe(c.path);
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
