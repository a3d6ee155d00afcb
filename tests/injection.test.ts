/**
 * Injection, property-based (fast-check, 100 runs per property): arbitrary strings (quotes,
 * backticks, braces, Cypher keywords, Lucene syntax, control characters, any Unicode, up to
 * 10,000 characters) go
 * - through every String/ID argument of every Query field, and every String/ID field of an
 *   input-object argument, found by walking the schema, as GraphQL variables: each answer is a
 *   result or GraphQL errors that all carry a code other than INTERNAL_SERVER_ERROR, never a
 *   5xx; the service runs in production mode, so an unexpected failure would show as that code;
 * - into every string field of a dataset given to `loadDatasets`: the load is refused with
 *   LoadValidationError, or stores the string as data (read back unchanged).
 * The graph (node and relationship counts, a digest of every id and property) is the same after.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  buildASTSchema,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../src/graphql/core/typedefs.js';
import { LoadValidationError, loadDatasets } from '../src/load/index.js';
import type { Db } from '../src/neo4j/db.js';
import type { RunningApp } from '../src/server/app.js';
import { bundledGraph } from './support/bundled.js';
import { testDb } from './support/db.js';
import { gql, startTestApp } from './support/server.js';

const RUNS = 100;

let db: Db;
let app: RunningApp;
let baseline: Fingerprint;
let baselineIds: Awaited<ReturnType<typeof idDigest>>;

type Fingerprint = { nodes: number; relationships: number; digest: string };

const sortKeys = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

/** Node and relationship counts and a SHA-256 of every node id: the cheap check after each run. */
async function idDigest() {
  const [row] = await db.read<{ ids: string[]; rels: number }>(
    'MATCH (n) WITH n.id AS id ORDER BY id WITH collect(id) AS ids RETURN ids, COUNT { ()-[]->() } AS rels',
  );
  return { nodes: row.ids.length, relationships: row.rels, ids: createHash('sha256').update(row.ids.join('\n')).digest('hex') };
}

/**
 * Node and relationship counts and a SHA-256 over every node's id, labels and properties and every relationship:
 * the graph's data, without the GraphVersion mark that each changing load bumps.
 */
async function fingerprint(): Promise<Fingerprint> {
  const nodes = await db.read<{ id: string; labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE NOT n:GraphVersion RETURN n.id AS id, labels(n) AS labels, properties(n) AS props',
  );
  const rels = await db.read<{ from: string; type: string; to: string; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  );
  const lines = [
    ...nodes.map((n) => JSON.stringify([n.id, [...n.labels].sort(), sortKeys(n.props)])),
    ...rels.map((r) => JSON.stringify([r.from, r.type, r.to, sortKeys(r.props)])),
  ].sort();
  return { nodes: nodes.length, relationships: rels.length, digest: createHash('sha256').update(lines.join('\n')).digest('hex') };
}

// ------------------------------------------------------------------ arbitrary strings ----

const FRAGMENTS = [
  "'",
  '"',
  '`',
  '\\',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '$',
  ';',
  '//',
  '/*',
  '*/',
  '\n',
  '\u0000',
  '\u202e',
  '🙂',
  'é',
  'ﬁ',
  "' OR 1=1 //",
  '") DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n //",
  'MATCH (n) DETACH DELETE n',
  '`) DELETE n RETURN (`',
  '}]->(x) SET x.id = 1 //',
  'CALL db.clearQueryCaches()',
  'UNION MATCH (m) RETURN m',
  '{{label}}',
  '$id',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${…} is one of the injection attempts
  '${id}',
  'company:erg',
  'country:KZ',
  'metal:gallium',
  'company:',
  ':',
  'AND',
  'OR NOT',
  '*',
  '?',
  '~1',
  '^3',
  'gallium~',
  '"gallium"',
  '2026-02-30',
  '0000-00-00',
  '99999-01-01',
  '-1',
  'NaN',
  'Infinity',
  '9007199254740993',
  'null',
  'undefined',
  '<script>',
];

/**
 * Strings a hostile client might send: fragments mixed with arbitrary text, any Unicode, or
 * very long ones (up to 10,000 code points). `binary` adds lone surrogates, which JSON carries
 * but UTF-8 cannot (Neo4j stores U+FFFD), so only requests get them, not stored values.
 */
const hostile = (unicode: 'binary' | 'grapheme') =>
  fc.oneof(
    { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 8 }).map((p) => p.join('')) },
    { weight: 2, arbitrary: fc.string({ unit: unicode, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 40 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...FRAGMENTS, 'a', 'gallium '), fc.integer({ min: 201, max: 10_000 }))
        .map(([f, n]) => [...f.repeat(n)].slice(0, n).join('')),
    },
    ...(unicode === 'binary' ? [{ weight: 1, arbitrary: fc.constantFrom('\ud800', 'a\udfff', '\udc00\ud800', 'gallium\ud83d') }] : []),
  );

// ------------------------------------------------------------------ the schema walk ------

const schema = buildASTSchema(typeDefs);
const isText = (t: GraphQLInputType) => {
  const named = getNamedType(t);
  return isScalarType(named) && (named.name === 'String' || named.name === 'ID');
};

/** A String/ID argument, or a String/ID field of an input-object argument, of a Query field. */
interface Target {
  field: GraphQLField<unknown, unknown>;
  arg: string;
  inputField?: string;
}

const targets: Target[] = Object.values(schema.getQueryType()!.getFields()).flatMap((field) =>
  field.args.flatMap((a): Target[] => {
    if (isText(a.type)) return [{ field, arg: a.name }];
    const named = getNamedType(a.type);
    if (!isInputObjectType(named)) return [];
    return Object.values(named.getFields())
      .filter((f) => isText(f.type))
      .map((f) => ({ field, arg: a.name, inputField: f.name }));
  }),
);

/** A plausible value for a required argument that is not under test (so the query gets past it). */
function plausible(name: string, type: GraphQLInputType): unknown {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return [plausible(name, t.ofType)];
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isInputObjectType(t)) {
    return Object.fromEntries(
      Object.values(t.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, plausible(f.name, f.type)]),
    );
  }
  const scalar = getNamedType(t).name;
  if (scalar === 'Int' || scalar === 'Float') return 1;
  if (scalar === 'Boolean') return false;
  if (/country|to/i.test(name)) return 'country:KZ';
  if (/metal|item/i.test(name)) return 'metal:gallium';
  if (/id$/i.test(name)) return 'company:erg';
  return 'gallium';
}

/** The operation for `target` with `value` in it, every other required argument plausible. */
function operation(target: Target, value: string) {
  const variables: Record<string, unknown> = {};
  const params: string[] = [];
  const args: string[] = [];
  for (const a of target.field.args) {
    let v: unknown;
    if (a.name === target.arg) {
      const wrap = (t: GraphQLInputType, x: unknown): unknown => (isListType(getNullableType(t)) ? [x] : x);
      if (target.inputField) {
        const input = getNamedType(a.type);
        const inner = isInputObjectType(input) ? input.getFields()[target.inputField] : undefined;
        const base = plausible(a.name, getNamedType(a.type) as GraphQLInputType) as Record<string, unknown>;
        v = wrap(a.type, { ...base, [target.inputField]: wrap(inner!.type, value) });
      } else {
        v = wrap(a.type, value);
      }
    } else if (isNonNullType(a.type) && a.defaultValue === undefined) {
      v = plausible(a.name, a.type);
    } else {
      continue;
    }
    variables[a.name] = v;
    params.push(`$${a.name}: ${a.type.toString()}`);
    args.push(`${a.name}: $${a.name}`);
  }
  const selection = isLeafType(getNamedType(target.field.type)) ? '' : ' { __typename }';
  const query = `query Injection${params.length ? `(${params.join(', ')})` : ''} { ${target.field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
  return { query, variables };
}

beforeAll(async () => {
  db = testDb();
  await bundledGraph(db);
  app = await startTestApp(db, { production: true });
  baseline = await fingerprint();
  baselineIds = await idDigest();
});

afterAll(async () => {
  await app?.stop();
  await db?.close();
});

describe('every String/ID argument of the Query type', () => {
  it('is found by the schema walk', () => {
    const fields = new Set(targets.map((t) => t.field.name));
    for (const f of ['node', 'search', 'exportControls', 'supplyConcentration', 'companies']) expect(fields).toContain(f);
    expect(targets.length).toBeGreaterThan(50);
  });

  it.each(targets.map((t) => ({ name: `${t.field.name}(${t.arg}${t.inputField ? `.${t.inputField}` : ''})`, t })))('$name', async ({ t }) => {
    await fc.assert(
      fc.asyncProperty(hostile('binary'), async (value) => {
        const { query, variables } = operation(t, value);
        const res = await gql(app.url, query, variables);
        expect(res.status, JSON.stringify(res)).toBeLessThan(500);
        if (res.errors) {
          for (const e of res.errors) {
            expect(e.extensions?.code, JSON.stringify(e)).toEqual(expect.any(String));
            expect(e.extensions?.code, JSON.stringify(e)).not.toBe('INTERNAL_SERVER_ERROR');
            expect(e.message.length).toBeGreaterThan(0);
          }
        } else {
          expect(res.status).toBe(200);
          expect(res.data).toHaveProperty(t.field.name);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('leaves the graph unchanged', async () => {
    expect(await fingerprint()).toEqual(baseline);
  });
});

// ------------------------------------------------------------------ the loader ------------

const template = () => ({
  sources: [{ id: 'source:injection-test', name: 'Injection test', sourceType: 'dataset', publisher: 'Tests', note: 'a note' }],
  nodes: [
    {
      id: 'company:injection-test',
      label: 'Company',
      name: 'Injection Co',
      aliases: ['INJ'],
      description: 'd',
      sources: ['source:injection-test'],
      validFromText: 'early 2020',
    },
    {
      id: 'facility:injection-test',
      label: 'Facility',
      name: 'Injection Plant',
      facilityType: 'plant',
      location: 'here',
      quantity: 1000,
      unit: 't/yr',
      sources: ['source:injection-test'],
    },
  ],
  relationships: [
    {
      type: 'OPERATES',
      from: 'company:injection-test',
      to: 'facility:injection-test',
      key: '',
      role: 'operator',
      note: 'n',
      sources: ['source:injection-test'],
    },
  ],
});

type Path = Array<string | number>;
/** Paths of every string leaf of `v`. */
const stringPaths = (v: unknown, at: Path = []): Path[] =>
  typeof v === 'string'
    ? [at]
    : v && typeof v === 'object'
      ? Object.entries(v).flatMap(([k, x]) => stringPaths(x, [...at, Array.isArray(v) ? Number(k) : k]))
      : [];

function setAt(root: any, path: Path, value: string) {
  let o = root;
  for (const k of path.slice(0, -1)) o = o[k];
  o[path[path.length - 1]] = value;
}

async function removeTemplate() {
  await db.write("MATCH (n) WHERE n.id IN ['source:injection-test', 'company:injection-test', 'facility:injection-test'] DETACH DELETE n");
}

describe('every string field of a dataset given to loadDatasets', () => {
  const paths = stringPaths(template());

  it.each(paths.map((p) => ({ name: p.join('.'), p })))('$name', async ({ p }) => {
    await fc.assert(
      fc.asyncProperty(hostile('grapheme'), async (value) => {
        const content = template();
        setAt(content, p, value);
        let loaded = false;
        try {
          await loadDatasets(db, [{ name: value.slice(0, 100) || 'injection', content }]);
          loaded = true;
        } catch (e) {
          expect(e, String(e)).toBeInstanceOf(LoadValidationError);
        }
        if (loaded) {
          const [list, index, field] = p as [string, number, string];
          if (list === 'relationships') {
            const [row] = await db.read<{ props: Record<string, unknown> }>(
              "MATCH (:Company {id: 'company:injection-test'})-[r:OPERATES]->(:Facility {id: 'facility:injection-test'}) RETURN properties(r) AS props",
            );
            expect([value, value.trim()]).toContain(row.props[field]);
          } else {
            const id = (content as any)[list][index].id as string;
            const [row] = await db.read<{ props: Record<string, unknown> }>('MATCH (n {id: $id}) RETURN properties(n) AS props', { id });
            const stored = field === 'aliases' ? (row.props.aliases as string[])[p[3] as number] : row.props[field];
            expect([value, value.trim()]).toContain(stored);
          }
          await removeTemplate();
        }
        expect(await idDigest()).toEqual(baselineIds);
      }),
      { numRuns: RUNS },
    );
    expect(await fingerprint()).toEqual(baseline);
  });

  it('accepts the template itself, so the properties above exercise real writes', async () => {
    await loadDatasets(db, [{ name: 'injection', content: template() }]);
    expect((await db.read('MATCH (n) WHERE n.id ENDS WITH ":injection-test" RETURN n')).length).toBe(3);
    await removeTemplate();
    expect(await fingerprint()).toEqual(baseline);
  });
});
