/**
 * From articles to facts against the bundled graph in the suite's Neo4j: the fixture articles
 * score recall ≥ 0.8 and precision ≥ 0.9 against their expected datasets; the same article
 * gives the same candidates; evidence offsets point at the sentence; a conflict becomes a new
 * Claim beside the existing ones; the datasets load (validated, all or nothing) and loading
 * twice changes nothing; the CLI extracts a saved HTML page, the file loads, and the new facts
 * answer GraphQL with the article among their sources; bad input writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { graphFacts } from '../src/extract/conflicts.js';
import { datasetOf } from '../src/extract/dataset.js';
import { loadGazetteer } from '../src/extract/gazetteer.js';
import { type Extraction, extractArticle } from '../src/extract/index.js';
import { score } from '../src/extract/score.js';
import { loadDatasets } from '../src/load/index.js';
import { Dataset } from '../src/model/schema.js';
import type { RunningApp } from '../src/server/app.js';
import { bundledGraph } from './support/bundled.js';
import { testDb } from './support/db.js';
import { gql, startTestApp } from './support/server.js';

const FIXTURES = ['offtake-deal.md', 'new-plant.html', 'export-controls.txt', 'ownership-change.txt', 'new-companies.txt'];
const dir = 'tests/fixtures/articles';
const db = testDb();
const extract = async (name: string) => extractArticle(readFileSync(path.join(dir, name)), await loadGazetteer(db), graphFacts(db), { name });
const expected = (name: string) => Dataset.parse(parse(readFileSync(path.join(dir, name.replace(/\.\w+$/, '.expected.yaml')), 'utf8')));
const results = new Map<string, Extraction>();

beforeAll(async () => {
  await bundledGraph(db);
  for (const f of FIXTURES) results.set(f, await extract(f));
});
afterAll(() => db.close());

describe('scores over the fixture articles', () => {
  it('recall ≥ 0.8 and precision ≥ 0.9 over all facts, and per article recall ≥ 0.7, precision ≥ 0.9', () => {
    let right = 0,
      got = 0,
      want = 0;
    for (const f of FIXTURES) {
      const s = score(datasetOf(results.get(f)!), expected(f));
      expect.soft(s.recall, `${f} recall; missed ${JSON.stringify(s.missed)}`).toBeGreaterThanOrEqual(0.7);
      expect.soft(s.precision, `${f} precision; wrong ${JSON.stringify(s.wrong)}`).toBeGreaterThanOrEqual(0.9);
      right += s.right;
      got += s.extracted;
      want += s.expected;
    }
    expect(want).toBe(43);
    expect(right / want).toBeGreaterThanOrEqual(0.8);
    expect(right / got).toBeGreaterThanOrEqual(0.9);
  });

  it('the scorer itself: a fact counts only with both ends right and its key value within its bound', () => {
    const want = expected('new-plant.html');
    expect(score(want, want)).toMatchObject({ precision: 1, recall: 1, right: 10 });
    const off = structuredClone(want);
    const inv = off.relationships.find((r) => r.type === 'INVESTS_IN')!;
    inv.amount = 1_400_000_000; // outside 0.5 %
    const wrongEnd = off.relationships.find((r) => r.type === 'LOCATED_IN')!;
    wrongEnd.to = 'country:CN';
    const s = score(off, want);
    expect([s.right, s.missed.map((m) => m.what).sort()]).toEqual([
      8,
      ['INVESTS_IN company:qarmet→facility:temirtau-hot-briquetted-iron-plant', 'LOCATED_IN facility:temirtau-hot-briquetted-iron-plant→country:KZ'],
    ]);
    inv.amount = 1_504_000_000; // within 0.5 %
    inv.amountBound = 'exact'; // but another bound
    expect(score(off, want).right).toBe(8);
    inv.amountBound = 'atLeast';
    expect(score(off, want).right).toBe(9);
  });
});

describe('candidates', () => {
  it('the same article gives the same ids and candidates', async () => {
    for (const f of ['offtake-deal.md', 'new-plant.html']) {
      const again = await extract(f);
      expect(again.candidates).toEqual(results.get(f)!.candidates);
      expect(again.source.id).toBe(results.get(f)!.source.id);
    }
  });

  it('every candidate carries evidence whose offsets point at its sentence, a confidence, and the article as source', () => {
    for (const ex of results.values()) {
      for (const c of ex.candidates) {
        expect(c.evidence.length).toBeGreaterThan(0);
        for (const e of c.evidence) expect(ex.article.text.slice(e.start, e.end)).toBe(e.text);
        expect(c.confidence).toBeGreaterThan(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
      }
      const ds = datasetOf(ex);
      for (const r of [...ds.nodes, ...ds.relationships]) expect(r.sources).toEqual([ex.source.id]);
    }
  });

  it('names of the graph are found through aliases, abbreviations and possessives', () => {
    const ids = (f: string) => new Set(results.get(f)!.mentions.map((m) => `${m.text}→${m.id}`));
    expect([...ids('offtake-deal.md')]).toEqual(
      expect.arrayContaining([
        'Eurasian Resources Group→company:erg',
        'ERG→company:erg',
        'Pavlodar gallium recovery unit→facility:pavlodar-gallium-plant',
        'gallium→metal:gallium',
      ]),
    );
    expect([...ids('export-controls.txt')]).toEqual(expect.arrayContaining(['Beijing→country:CN', 'China→country:CN', 'United States→country:US']));
    expect([...ids('ownership-change.txt')]).toEqual(expect.arrayContaining(['Kazakhstan→country:KZ', 'Ibragimov family→person:ibragimov-family']));
    // "US$" is money, never the United States.
    expect([...ids('new-plant.html')].some((m) => m.endsWith('country:US'))).toBe(false);
  });

  it('names not in the graph are proposed with a typed id, a label and the words that led to it', () => {
    const entities = results
      .get('new-companies.txt')!
      .candidates.filter((c) => c.kind === 'entity')
      .map((c) => [c.record.id, c.record.label, c.note]);
    expect(entities).toEqual(
      expect.arrayContaining([
        ['company:andes-lithium-corp', 'Company', 'ends with the company word "Corp."'],
        ['company:hanwha-chemicals', 'Company', 'ends with the company word "Chemicals"'],
        ['product:lithium-hydroxide', 'Product', 'what the refinery makes ("lithium hydroxide refinery")'],
      ]),
    );
  });

  it('a start date that disagrees with the graph becomes a new Claim beside the existing ones', async () => {
    const claim = results.get('offtake-deal.md')!.candidates.find((c) => c.kind === 'claim')!;
    expect([claim.about, claim.record.attribute, claim.record.valueDate, claim.record.valueText]).toEqual([
      'facility:pavlodar-gallium-plant',
      'commercialProductionStart',
      '2027-Q1',
      'Q1 2027',
    ]);
  });
});

describe('loading what was extracted', () => {
  it('every fixture dataset loads; loading them again changes nothing; the graph keeps both start dates', async () => {
    const inputs = FIXTURES.map((f) => ({ name: f, content: datasetOf(results.get(f)!) }));
    await loadDatasets(db, inputs);
    const again = await loadDatasets(db, inputs);
    for (const r of again) {
      for (const c of [...Object.values(r.summary.nodes), ...Object.values(r.summary.relationships)]) expect([c.created, c.updated]).toEqual([0, 0]);
    }
    const rows = await db.read<{ claims: string[]; validFrom: string }>(
      "MATCH (f:Facility {id: 'facility:pavlodar-gallium-plant'}) OPTIONAL MATCH (c:Claim {attribute: 'commercialProductionStart'})-[:ABOUT]->(f) WITH f, c ORDER BY c.valueText RETURN collect(c.valueText) AS claims, toString(f.validFrom) AS validFrom",
    );
    expect(rows[0]).toEqual({ claims: ['Q1 2027', 'Q3 2026', 'Q4 2026', 'late 2026'], validFrom: '2026-01-01' });
  });
});

describe('the CLI on a saved HTML page, end to end', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'kg-extract-'));
  const kg = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: '' },
      encoding: 'utf8',
      timeout: 120_000,
    });
  let app: RunningApp;
  beforeAll(async () => {
    await bundledGraph(db);
    app = await startTestApp(db);
  });
  afterAll(() => app?.stop());

  it('extract → load → the new facts answer GraphQL with the article among their sources', async () => {
    const out = path.join(tmp, 'plant.yaml');
    const ex = kg('extract', `${dir}/new-plant.html`, '--out', out, '--retrieved', '2026-05-20');
    expect(ex.status, ex.stderr).toBe(0);
    expect(ex.stdout).toContain('7 relationship(s), 0 claim(s), 2 new entit(y/ies)');
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/# cand-[0-9a-f]{12} · relationship · confidence 0\.\d\d · Qarmet INVESTS_IN Temirtau hot briquetted iron plant/);
    expect(text).toContain('# [295–404] "Qarmet will invest more than US$1.5 billion in the project');
    const load = kg('load', '--no-progress', out);
    expect(load.status, load.stderr).toBe(0);
    expect(load.stdout).toMatch(/relationship INVESTS_IN\s+created\s+1/);
    const res = await gql(
      app.url,
      `{ node(id: "facility:temirtau-hot-briquetted-iron-plant") { ... on Facility { name status quantity { value unit bound } sources { id name url publishedDate } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.node.name).toBe('Temirtau hot briquetted iron plant');
    expect(res.data.node.quantity).toEqual({ value: 2.5, unit: 'Mt/yr', bound: 'exact' });
    expect(res.data.node.sources.map((s: { id: string; url: string }) => [s.id, s.url])).toEqual([
      ['source:qarmet-picks-midrex-technology-for-temirtau-hbi-plant-2126c0bc', 'https://news.example.org/metals/2026/05/qarmet-temirtau-hbi-plant'],
    ]);
    const twice = kg('load', '--no-progress', out);
    expect(twice.stdout).not.toMatch(/created\s+[1-9]|updated\s+[1-9]/);
  });

  it('bad input: a clear error, exit status 1, nothing written', () => {
    const cases: Array<[string, Buffer | string, RegExp]> = [
      ['empty.txt', '', /the input is empty/],
      ['image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), /binary/],
      ['nav.html', '<!doctype html><html><body><nav><a href="/">Home</a></nav></body></html>', /no article found/],
    ];
    for (const [name, content, message] of cases) {
      const input = path.join(tmp, name);
      writeFileSync(input, content);
      const out = path.join(tmp, `${name}.yaml`);
      const r = kg('extract', input, '--out', out);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
    const r = kg('extract', `${dir}/new-plant.html`, '--out', path.join(tmp, 'x.yaml'), '--published', '19/05/2026');
    expect([r.status, r.stderr.trim()]).toEqual([1, '--published must be a real calendar day as YYYY-MM-DD (got "19/05/2026")']);
  });
});
