/**
 * No error answer quotes more than ECHO_MAX characters of one value the caller sent, in any
 * field: the message, the feeds' `parameter`, the loader's `issues[]` (file, record, field,
 * message), zod's messages (unknown keys) and GraphQL `extensions`. Huge random caller text
 * goes through the feeds, POST /admin/load and the loadDataset mutation; the test looks for the
 * longest run of the caller's characters in every string (and key) of the error JSON.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REL_TYPE_NAMES } from '../src/model/schema.js';
import { applySchema } from '../src/neo4j/schema.js';
import { ECHO_MAX } from '../src/server/echo.js';
import { useApp } from './support/bundled-app.js';
import { emptyGraph } from './support/db.js';
import { ADMIN, bearer, EDITOR, KEYS } from './support/keys.js';
import { gql } from './support/server.js';

const app = useApp({
  config: { API_KEYS: KEYS },
  prepare: async (db) => {
    await applySchema(db);
    await emptyGraph(db);
  },
});

/** Caller text: two letters no message of the service uses, a space and `q` (the only one an id may hold); long, with spaces (so no net that cuts only unbroken runs is enough). */
const huge = fc.string({ unit: fc.constantFrom('ж', 'ю', ' ', 'q'), minLength: 300, maxLength: 4000 });
/** A well-formed id of the caller's text (ids take [A-Za-z0-9._-] after the prefix, up to 200 characters). */
const longId = (prefix: string) => `${prefix}:${'q'.repeat(190 - prefix.length)}`;

/**
 * Caller characters in one field: its ж and ю, and its runs of two or more q (the service's own
 * words never double a q). Spaces are the caller's too but are not counted.
 */
const callerChars = (s: string) => (s.match(/[жю]/g) ?? []).length + [...s.matchAll(/q{2,}/g)].reduce((n, m) => n + m[0].length, 0);

/** The most caller characters any one field (string, or key) of `value` holds. */
function mostEchoed(value: unknown): number {
  if (typeof value === 'string') return callerChars(value);
  if (Array.isArray(value)) return Math.max(0, ...value.map(mostEchoed));
  if (value && typeof value === 'object') return Math.max(0, ...Object.entries(value).flatMap(([k, v]) => [callerChars(k), mostEchoed(v)]));
  return 0;
}

const feed = async (path: string) => {
  const res = await fetch(`${app.url}${path}`);
  expect(res.status).toBeGreaterThanOrEqual(400);
  return res.json();
};
const adminLoad = async (content: unknown, name = 'echo-test') => {
  const res = await fetch(`${app.url}/admin/load?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(EDITOR) },
    body: JSON.stringify(content),
  });
  expect(res.status).toBe(400);
  return res.json();
};
const mutation = async (content: unknown, name = 'echo-test') => {
  const res = await gql(app.url, 'mutation ($n: String!, $c: JSON!) { loadDataset(name: $n, content: $c) { name } }', { n: name, c: content }, bearer(EDITOR));
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return res;
};

/** Datasets that make the loader quote the caller's text in every field of an issue. */
const datasets = (t: string) => [
  { nodes: [{ id: 'company:x', label: 'Company', name: 'x', [t]: 1 }] },
  { nodes: [{ id: 'company:x', label: 'Company', name: 'x', ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`${t.slice(0, 50)}${i}`, 1])) }] },
  { [t]: [] },
  { nodes: [{ id: 'facility:x', label: 'Facility', name: 'x', quantity: 5, unit: t, sources: [] }] },
  { nodes: [{ id: longId('company'), label: 'Company', name: t, sources: [longId('source')] }] },
  { relationships: [{ type: 'SUPPLIES', from: longId('company'), to: longId('company'), itemId: longId('metal'), key: t, sources: [longId('source')] }] },
  { nodes: [{ id: t, label: t, name: t }] },
];

/** GraphQL requests that quote the caller's text: variables graphql-js coerces (quoting the value twice), literals, unknown names and ids. */
async function graphqlAnswers(t: string) {
  const name = t.replace(/[^q]/g, '') || 'q';
  const answers = await Promise.all([
    gql(app.url, 'query($n: Int) { companies(first: $n) { totalCount } }', { n: t }),
    gql(app.url, 'query($o: OrderDirection!) { companies(orderBy: { field: NAME, direction: $o }) { totalCount } }', { o: t }),
    gql(app.url, 'query($f: CompanyFilter) { companies(filter: $f) { totalCount } }', { f: { [t]: 1, [`${t}b`]: 2 } }),
    gql(app.url, `{ companies(first: ${JSON.stringify(t)}) { totalCount } }`),
    gql(app.url, `{ node(id: ${JSON.stringify(t)}) { id } }`),
    gql(app.url, `{ node(id: "company:${'q'.repeat(190)}") { id } }`),
    gql(app.url, `{ ${name}: ${name}(${name}: 1) { ${name} } }`),
    gql(app.url, 'query($c: [ID!]) { exposure(entityId: "country:KZ", headquarteredIn: $c) { totalDependents } }', { c: [t, `${t}b`, t] }),
  ]);
  for (const a of answers) expect(a.errors?.length, JSON.stringify(a).slice(0, 300)).toBeGreaterThan(0);
  return answers.map((a) => a.errors);
}

describe('caller text in error answers', () => {
  it('property: at most ECHO_MAX characters of caller text in any one field, over GraphQL variables and literals, feeds, /admin/load and loadDataset', async () => {
    await fc.assert(
      fc.asyncProperty(huge, fc.integer({ min: 0, max: 6 }), async (t, which) => {
        const q = encodeURIComponent(t);
        const answers = [
          await feed(`/feeds/production?${q}=1`),
          await feed(`/feeds/production?${q}a=1&${q}b=1&${q}c=1&${q}d=1`),
          await feed(`/feeds/production?country=${q}`),
          await feed(`/feeds/nodes?label=${q}`),
          await feed(`/feeds/nodes?label=Company&updatedSince=${q}`),
          await feed(`/feeds/${q}`),
          await adminLoad(datasets(t)[which]),
          await mutation(datasets(t)[which]),
          await mutation(datasets(t)[which], t.slice(0, 200)),
          ...(await graphqlAnswers(t)),
        ];
        for (const a of answers) expect(mostEchoed(a), JSON.stringify(a).slice(0, 1500)).toBeLessThanOrEqual(ECHO_MAX);
      }),
      { numRuns: 15 },
    );
  });

  it('the examples: an unknown feed parameter, zod unknown keys, and a record id', async () => {
    const name = 'p'.repeat(500);
    const unknownParam = await feed(`/feeds/production?${name}=1`);
    expect(unknownParam.error.parameter).toBe(`${'p'.repeat(ECHO_MAX)}…`);
    const keys = await adminLoad({
      nodes: [{ id: 'company:x', label: 'Company', name: 'x', sources: ['source:x'], aaa: 1, bbb: 2, ccc: 3, ddd: 4, [name]: 5 }],
    });
    const issue = keys.errors[0].extensions.issues[0];
    expect(keys.errors[0].extensions.issues).toHaveLength(1);
    expect(issue).toMatchObject({ file: 'echo-test', record: 'company:x', field: '(record)' });
    expect(issue.message).toBe('unknown keys "aaa", "bbb", "ccc" and 2 more');
    const id = await adminLoad({ nodes: [{ id: longId('company'), label: 'Company', name: 'x', sources: ['source:none'] }] });
    expect(id.errors[0].extensions.issues[0]).toMatchObject({
      record: `${'company:'.padEnd(ECHO_MAX, 'q')}…`,
      field: 'sources.0',
      message: 'unknown source "source:none"',
    });
  });
});

describe("loadDataset's summary and POST /admin/load's body", () => {
  /** Three relationships whose records, keys and types are long caller text: each issue quotes up to ECHO_MAX, together three times that. */
  const three = (t: string) => ({
    relationships: [1, 2, 3].map((i) => ({ type: `LIKES${t}`, from: longId('company'), to: `company:${i}${'q'.repeat(150)}`, key: t, sources: ['source:x'] })),
  });

  it('the summary joining three issues quotes at most ECHO_MAX characters of caller text in all; the allowed relationship types appear whole', async () => {
    const t = 'ж'.repeat(150);
    const res = await mutation(three(t));
    const [error] = res.errors!;
    expect(error.message).toMatch(/^the dataset is invalid \(\d+ problem\(s\)\); nothing was written\. First: record "/);
    expect(callerChars(error.message)).toBeLessThanOrEqual(ECHO_MAX);
    expect(error.message).toContain(`expected one of ${REL_TYPE_NAMES.join(', ')}`);
    expect(mostEchoed(error)).toBeLessThanOrEqual(ECHO_MAX);
    const admin = await adminLoad(three(t));
    expect(mostEchoed(admin)).toBeLessThanOrEqual(ECHO_MAX);
    const typeIssue = admin.errors[0].extensions.issues.find((i: { field: string }) => i.field === 'type');
    expect(typeIssue.message).toBe(`expected one of ${REL_TYPE_NAMES.join(', ')}`);
  });

  it('property: for random caller text in three issues, the summary and every field of both errors hold at most ECHO_MAX characters of it, and the types list stays whole', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom('ж', 'ю', 'q', ' '), minLength: 1, maxLength: 400 }), async (t) => {
        const res = await mutation(three(t));
        expect(mostEchoed(res.errors), JSON.stringify(res.errors).slice(0, 600)).toBeLessThanOrEqual(ECHO_MAX);
        expect(res.errors?.[0]?.message).toContain(REL_TYPE_NAMES.join(', '));
        expect(mostEchoed(await adminLoad(three(t)))).toBeLessThanOrEqual(ECHO_MAX);
      }),
      { numRuns: 15 },
    );
  });
});

describe('control characters: one rule on every write path (docs/model.md, "text and control characters")', () => {
  const node = (extra: Record<string, unknown>) => ({
    sources: [{ id: 'source:x', name: 'X', sourceType: 'dataset' }],
    nodes: [{ id: 'company:x', label: 'Company', name: 'X', sources: ['source:x'], ...extra }],
  });

  it('loadDataset and POST /admin/load refuse a name with a control character and nothing is written; a description keeps its line break', async () => {
    for (const name of ['Ac\u0007me', 'Ac\u0085me', 'Ac\tme', 'Ac\nme']) {
      const via = [(await mutation(node({ name }))).errors?.[0]?.extensions?.issues, (await adminLoad(node({ name }))).errors[0].extensions.issues];
      for (const issues of via) expect(issues).toEqual([expect.objectContaining({ record: 'company:x', field: 'name' })]);
    }
    expect((await mutation(node({ description: 'line\u0000break' }))).errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({ field: 'description' }),
    ]);
    const ok = await gql(
      app.url,
      'mutation ($c: JSON!) { loadDataset(name: "ok", content: $c) { name } }',
      { c: node({ description: 'first line\nsecond\tline' }) },
      bearer(EDITOR),
    );
    expect(ok.errors).toBeUndefined();
    const [row] = await app.db.read<{ d: string }>("MATCH (c:Company {id: 'company:x'}) RETURN c.description AS d");
    expect(row.d).toBe('first line\nsecond\tline');
  });

  it('a byte order mark or line separator at either end is refused like anywhere else (it was trimmed away): record names, the dataset name on both paths', async () => {
    for (const name of ['\uFEFFNorilsk', 'Norilsk\uFEFF', '\u2028Norilsk', 'Norilsk\u2029']) {
      const via = [(await mutation(node({ name }))).errors?.[0]?.extensions?.issues, (await adminLoad(node({ name }))).errors[0].extensions.issues];
      for (const issues of via) expect(issues, JSON.stringify(name)).toEqual([expect.objectContaining({ record: 'company:x', field: 'name' })]);
    }
    const named = await gql(app.url, 'mutation ($c: JSON!) { loadDataset(name: "\\ufeffnickel.yaml", content: $c) { name } }', { c: node({}) }, bearer(EDITOR));
    expect(named.errors?.[0]).toMatchObject({
      message: expect.stringContaining('name must not hold an invisible format character (found U+FEFF at character 1)'),
      extensions: { code: 'BAD_USER_INPUT', argument: 'name' },
    });
    const res = await fetch(`${app.url}/admin/load?name=%EF%BB%BFnickel.yaml`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(EDITOR) },
      body: JSON.stringify(node({})),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].message).toMatch(/^the name parameter must not hold an invisible format character \(found U\+FEFF at character 1\)/);
    // Spaces around a name are still trimmed.
    const spaced = await gql(
      app.url,
      'mutation ($c: JSON!) { loadDataset(name: " spaced.yaml ", content: $c) { name } }',
      { c: node({ name: '  Spaced  ' }) },
      bearer(EDITOR),
    );
    expect(spaced.data?.loadDataset?.name).toBe('spaced.yaml');
  });

  it('the dataset name (GraphQL and /admin/load) and a retraction reason follow the same rule', async () => {
    const named = await gql(app.url, 'mutation ($c: JSON!) { loadDataset(name: "a\\u0000b", content: $c) { name } }', { c: node({}) }, bearer(EDITOR));
    expect(named.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'name' } });
    const res = await fetch(`${app.url}/admin/load?name=a%1Bb`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(EDITOR) },
      body: JSON.stringify(node({})),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].message).toBe(
      'the name parameter must not hold a control character (found U+001B at character 2); one-line text holds no control, separator or format character other than ZWNJ and ZWJ, and tab and line breaks are for descriptions, notes and quoted text only',
    );
    const retract = await gql(
      app.url,
      'mutation ($r: String!) { retractFact(fact: { id: "company:x" }, reason: $r) { retracted } }',
      { r: 'duplicate\u0000record' },
      bearer(ADMIN),
    );
    expect(retract.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'reason' } });
  });
});
