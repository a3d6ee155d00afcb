/**
 * `extractArticle` through HTTP on the bundled graph: candidates with evidence from posted text
 * (a saved HTML page), nothing written; the dataset loads with an editor key only; bad input is
 * BAD_USER_INPUT with its reason and the field at fault.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiKey } from '../src/config.js';
import type { RunningApp } from '../src/server/app.js';
import { bundledGraph } from './support/bundled.js';
import { testDb } from './support/db.js';
import { gql, startTestApp } from './support/server.js';

const EDITOR = 'editor-key-extract-5b1e9c';
const KEYS: ApiKey[] = [{ key: EDITOR, role: 'editor' }];
const db = testDb();
let app: RunningApp;
const EXTRACT = `query($input: ArticleInput!) { extractArticle(input: $input) {
  source format body sentences { index start end text } mentions { text entityId label known reason }
  candidates { id kind summary record evidence { text start end } confidence requires note about } dataset } }`;
const LOAD =
  'mutation($name: String!, $content: JSON!) { loadDataset(name: $name, content: $content) { nodes { kind created } relationships { kind created } } }';
const count = async () => (await db.read<{ n: number }>('MATCH (n) RETURN count(n) AS n'))[0].n;

beforeAll(async () => {
  await bundledGraph(db);
  app = await startTestApp(db, { config: { API_KEYS: KEYS } });
});
afterAll(async () => {
  await app?.stop();
  await db.close();
});

describe('extractArticle', () => {
  it('reads a saved HTML page into candidates with evidence, and writes nothing', async () => {
    const before = await count();
    const res = await gql(app.url, EXTRACT, { input: { text: readFileSync('tests/fixtures/articles/new-plant.html', 'utf8'), retrievedDate: '2026-05-20' } });
    expect(res.errors).toBeUndefined();
    const x = res.data.extractArticle;
    expect([x.format, x.source.id, x.source.publishedDate, x.source.retrievedDate, x.sentences.length]).toEqual([
      'HTML',
      'source:qarmet-picks-midrex-technology-for-temirtau-hbi-plant-2126c0bc',
      '2026-05-19',
      '2026-05-20',
      4,
    ]);
    expect(x.candidates.map((c: { kind: string }) => c.kind)).toEqual(['ENTITY', 'ENTITY', ...Array(7).fill('RELATIONSHIP')]);
    const inv = x.candidates.find((c: { summary: string }) => c.summary === 'Qarmet INVESTS_IN Temirtau hot briquetted iron plant');
    expect(inv.record).toEqual({
      type: 'INVESTS_IN',
      from: 'company:qarmet',
      to: 'facility:temirtau-hot-briquetted-iron-plant',
      amount: 1_500_000_000,
      currency: 'USD',
      amountBound: 'atLeast',
    });
    expect(inv.requires.length).toBe(2);
    for (const c of x.candidates) for (const e of c.evidence) expect(x.body.slice(e.start, e.end)).toBe(e.text);
    expect(x.mentions).toContainEqual({
      text: 'MIDREX Flex',
      entityId: 'technology:midrex-flex',
      label: 'Technology',
      known: true,
      reason: 'name in the graph: MIDREX Flex',
    });
    expect(await count()).toBe(before);

    const anonymous = await gql(app.url, LOAD, { name: 'article', content: x.dataset });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count()).toBe(before);
    const loaded = await gql(app.url, LOAD, { name: 'article', content: x.dataset }, { authorization: `Bearer ${EDITOR}` });
    expect(loaded.errors).toBeUndefined();
    expect(loaded.data.loadDataset.relationships).toContainEqual({ kind: 'INVESTS_IN', created: 1 });
    expect(await count()).toBe(before + 3);
  });

  it('reads a saved page as large as real news pages (1.5 MiB, mostly scripts) through HTTP, and refuses one over 2 MiB as TOO_LARGE', async () => {
    const page = readFileSync('tests/fixtures/articles/new-plant.html', 'utf8');
    const padded = (bytes: number) => page.replace('</head>', `<script>var pad = "${'x'.repeat(bytes)}";</script></head>`);
    const large = await gql(app.url, 'query($input: ArticleInput!) { extractArticle(input: $input) { sentences { index } } }', {
      input: { text: padded(1.5 * 1024 * 1024) },
    });
    expect(large.errors).toBeUndefined();
    expect(large.data.extractArticle.sentences).toHaveLength(4);
    const over = await gql(app.url, 'query($input: ArticleInput!) { extractArticle(input: $input) { format } }', { input: { text: padded(2 * 1024 * 1024) } });
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LARGE' });
  });

  it('bad input is BAD_USER_INPUT with its reason', async () => {
    const article = readFileSync('tests/fixtures/articles/offtake-deal.md', 'utf8');
    const cases: Array<[Record<string, unknown>, string, RegExp, string]> = [
      [{ text: '   ' }, 'EMPTY', /the input is empty/, 'input.text'],
      [{ text: 'Home\nMarkets\nLog in' }, 'NO_ARTICLE', /no article found/, 'input.text'],
      [{ text: article, publishedDate: '12 March' }, 'BAD_OPTION', /^input\.publishedDate must be a real calendar day as YYYY-MM-DD/, 'input.publishedDate'],
      [
        { text: article, retrievedDate: '2026-02-30' },
        'BAD_OPTION',
        /^input\.retrievedDate must be a real calendar day as YYYY-MM-DD \(got "2026-02-30"\)/,
        'input.retrievedDate',
      ],
      [{ text: article, url: 'not a url' }, 'BAD_OPTION', /^input\.url must be an http\(s\) URL/, 'input.url'],
      [{ text: article, publisher: ' ' }, 'BAD_OPTION', /^input\.publisher must not be empty$/, 'input.publisher'],
      [{ text: 'x\u0000y' }, 'BINARY', /binary/, 'input.text'],
    ];
    for (const [input, reason, message, argument] of cases) {
      const res = await gql(app.url, EXTRACT, { input });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, argument });
      expect(res.errors?.[0].message).toMatch(message);
    }
  });
});
