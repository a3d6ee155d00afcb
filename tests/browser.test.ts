/**
 * The web pages in a real browser: Debian's Chromium (/usr/bin/chromium, installed by
 * scripts/install-chromium.sh) driven by playwright-core against the service on a free
 * loopback port. Every request the pages make is recorded and none may leave 127.0.0.1. The
 * playground runs its opening dependency-chain example and a saved example; the explorer draws
 * Mitsubishi Corporation's gallium chain, expands a node and shows its sources; the review page
 * reads a saved news page into highlighted candidates and loads the accepted ones with an editor
 * key. Screenshots go to tests/artifacts/ (git-ignored).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../src/server/app.js';
import { bundledGraph } from './support/bundled.js';
import { testDb } from './support/db.js';
import { gql, startTestApp } from './support/server.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.resolve('tests/artifacts');
const CHAIN_NODES = [
  'company:mitsubishi-corporation',
  'company:mitsubishi-corporation-rtm-japan',
  'agreement:erg-mitsubishi-gallium-offtake',
  'company:aluminium-of-kazakhstan',
  'country:KZ',
];

const EDITOR = 'editor-key-review-page-3f81c2';
const ARTICLE = 'source:qarmet-picks-midrex-technology-for-temirtau-hbi-plant-2126c0bc';
const db = testDb();
let app: RunningApp;
let context: BrowserContext;
let userDataDir: string;
/** Every URL any page asked for, in order. */
const requests: string[] = [];
/** Uncaught page errors and console errors (CSP violations show up here). */
const pageProblems: string[] = [];

/** A request leaves the machine unless it is data:/blob: or goes to 127.0.0.1. */
function leavesLoopback(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:') return false;
  return u.hostname !== '127.0.0.1';
}

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => pageProblems.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') pageProblems.push(`${page.url()}: console: ${m.text()}`);
  });
  page.on('response', async (r) => {
    if (r.status() >= 400) pageProblems.push(`${r.request().method()} ${r.url()}: HTTP ${r.status()} ${(await r.text().catch(() => '')).slice(0, 300)}`);
  });
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, name) });
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/install-chromium.sh`);
  mkdirSync(ARTIFACTS, { recursive: true });
  await bundledGraph(db);
  app = await startTestApp(db, { config: { API_KEYS: [{ key: EDITOR, role: 'editor' }] } });
  userDataDir = mkdtempSync(path.join(os.tmpdir(), 'kg-chromium-'));
  // launchPersistentContext owns --user-data-dir (it refuses it in args): a fresh one per run.
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  context.on('request', (r) => requests.push(r.url()));
});

afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  await app?.stop();
  await db.close();
});

describe('service routes for the pages', () => {
  it('redirects / to the playground, lists the examples and serves the bundles from node_modules', async () => {
    const root = await fetch(`${app.url}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/playground');

    const examples = (await (await fetch(`${app.url}/playground/examples.json`)).json()) as Array<{
      id: string;
      query: string;
      default: boolean;
      title: string;
    }>;
    expect(examples.length).toBeGreaterThan(3);
    expect(examples[0].default).toBe(true);
    expect(examples.filter((e) => e.default)).toHaveLength(1);
    expect(examples[0].query).toMatch(/dependencyChains\(entityId: "company:mitsubishi-corporation", metalId: "metal:gallium"/);
    expect(examples.map((e) => e.id)).toContain('q03-gallium-concentration');

    for (const [file, type] of [
      ['graphiql.js', 'javascript'],
      ['graphiql.css', 'css'],
      ['cytoscape-dagre.js', 'javascript'],
    ]) {
      const res = await fetch(`${app.url}/vendor/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type')).toContain(type);
    }
    expect((await fetch(`${app.url}/vendor/..%2Fpackage.json`)).status).toBe(404);

    const page = await fetch(`${app.url}/playground`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('has no Apollo landing page (it would load Apollo’s CDN)', async () => {
    const res = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    const body = await res.text();
    expect(body).not.toMatch(/apollo-server-landing-page|embeddable-sandbox|cdn\.jsdelivr|apollographql\.com/i);
  });
});

describe('playground', () => {
  it('opens on the dependency-chain example, runs it and shows the result', async () => {
    const page = await newPage();
    const graphqlPosts: Array<Record<string, string>> = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/graphql') graphqlPosts.push(r.headers());
    });
    await page.goto(`${app.url}/`);
    expect(new URL(page.url()).pathname).toBe('/playground');
    await page.waitForFunction(() => {
      const cm = document.querySelector('.graphiql-query-editor .CodeMirror') as (Element & { CodeMirror?: { getValue(): string } }) | null;
      return cm?.CodeMirror?.getValue().includes('dependencyChains');
    });
    const query = await page.evaluate(() => (document.querySelector('.graphiql-query-editor .CodeMirror') as any).CodeMirror.getValue() as string);
    expect(query).toContain('dependencyChains(entityId: "company:mitsubishi-corporation", metalId: "metal:gallium"');

    await page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
    await page.getByRole('button', { name: /Execute query/ }).click();
    await page.waitForFunction(() => {
      const cm = document.querySelector('.result-window .CodeMirror') as any;
      return cm?.CodeMirror?.getValue().includes('company:mitsubishi-corporation-rtm-japan');
    });
    const result = JSON.parse(await page.evaluate(() => (document.querySelector('.result-window .CodeMirror') as any).CodeMirror.getValue() as string));
    expect(result.errors).toBeUndefined();
    expect(result.data.dependencyChains.totalChains).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.graphiql-explorer-root').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await shot(page, 'playground.png');

    // GraphiQL posts JSON, so Apollo's CSRF prevention lets it through.
    expect(graphqlPosts.length).toBeGreaterThanOrEqual(2);
    for (const headers of graphqlPosts) expect(headers['content-type']).toContain('application/json');
    await page.close();
  });

  it('offers the saved examples: picking Q3 loads and runs it', async () => {
    const page = await newPage();
    await page.goto(`${app.url}/playground`);
    await page.locator('#example-select:not([disabled])').waitFor();
    await page.waitForFunction(() => (document.querySelector('.graphiql-query-editor .CodeMirror') as any)?.CodeMirror);
    await page.selectOption('#example-select', 'q03-gallium-concentration');
    await page.waitForFunction(() =>
      (document.querySelector('.graphiql-query-editor .CodeMirror') as any).CodeMirror.getValue().includes('supplyConcentration'),
    );
    expect(new URL(page.url()).searchParams.get('example')).toBe('q03-gallium-concentration');
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => (document.querySelector('.result-window .CodeMirror') as any)?.CodeMirror?.getValue().includes('"hhi"'));
    const result = JSON.parse(await page.evaluate(() => (document.querySelector('.result-window .CodeMirror') as any).CodeMirror.getValue() as string));
    expect(result.data.supplyConcentration.topSharePct).toBeGreaterThan(90);
    expect(await page.locator('#example-description').textContent()).toContain('Q3.');
    await shot(page, 'playground-q03.png');
    await page.close();
  });
});

describe('graph explorer', () => {
  it("draws Mitsubishi Corporation's gallium chain left to right, styled by label, with figures on the edges", async () => {
    const page = await newPage();
    await page.goto(`${app.url}/explorer?entity=company:mitsubishi-corporation&view=chains&metal=metal:gallium`);
    await page.locator('body[data-state="ready"]').waitFor();
    const drawn = await page.evaluate(() => {
      const cy = (window as any).cy;
      return {
        ids: cy.nodes().map((n: any) => n.id()) as string[],
        x: Object.fromEntries(cy.nodes().map((n: any) => [n.id(), n.position().x])) as Record<string, number>,
        captions: cy.edges().map((e: any) => e.data('caption')) as string[],
        colours: new Set(cy.nodes().map((n: any) => n.style('background-color'))).size,
        root: cy.nodes('.root').map((n: any) => n.id()) as string[],
      };
    });
    for (const id of CHAIN_NODES) expect(drawn.ids, id).toContain(id);
    expect(drawn.root).toEqual(['company:mitsubishi-corporation']);
    // Left to right: the company on the left, what it depends on further right.
    expect(drawn.x['company:mitsubishi-corporation']).toBeLessThan(drawn.x['agreement:erg-mitsubishi-gallium-offtake']);
    expect(drawn.x['agreement:erg-mitsubishi-gallium-offtake']).toBeLessThan(drawn.x['country:KZ']);
    expect(drawn.colours).toBeGreaterThan(3);
    expect(drawn.captions.some((c) => c.startsWith('PARTY_TO') && c.includes('buyer'))).toBe(true);
    expect(drawn.captions.some((c) => c.includes('15 t/yr'))).toBe(true);
    expect(await page.locator('#legend li[data-label="Company"]').isVisible()).toBe(true);
    expect(await page.locator('#legend li[data-label="Country"]').isVisible()).toBe(true);
    expect(await page.locator('#status').textContent()).toContain('dependency chains for Gallium');
    await shot(page, 'explorer-chain.png');

    // Clicking a node expands it and shows its properties and sources.
    const agreement = 'agreement:erg-mitsubishi-gallium-offtake';
    const before = drawn.ids.length;
    const at = await page.evaluate((id) => (window as any).cy.getElementById(id).renderedPosition(), agreement);
    const box = (await page.locator('#cy').boundingBox())!;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.locator(`#panel[data-kind="entity"][data-id="${agreement}"]`).waitFor();
    await page.locator('body[data-state="ready"]').waitFor();
    expect(await page.locator('#panel h2').textContent()).toBe('ERG–Mitsubishi gallium offtake agreement');
    expect(await page.locator('#panel .sources li[data-source-id]').count()).toBeGreaterThan(0);
    expect(await page.locator('#panel .props').isVisible()).toBe(true);
    const after = await page.evaluate(
      (id) => ({ n: (window as any).cy.nodes().length, expanded: (window as any).cy.getElementById(id).hasClass('expanded') }),
      agreement,
    );
    expect(after.expanded).toBe(true);
    expect(after.n).toBeGreaterThanOrEqual(before);
    await shot(page, 'explorer-node.png');

    // Expanding ERG adds what the chain did not show (its shareholders, the Rudny HBI plant…).
    const erg = await page.evaluate(() => (window as any).cy.getElementById('company:erg').renderedPosition());
    await page.mouse.click(box.x + erg.x, box.y + erg.y);
    await page.locator('#panel[data-kind="entity"][data-id="company:erg"]').waitFor();
    await page.locator('body[data-state="ready"]').waitFor();
    const grown = await page.evaluate(() => (window as any).cy.nodes().map((n: any) => n.id()) as string[]);
    expect(grown.length).toBeGreaterThan(after.n);
    expect(grown).toContain('facility:rudny-hbi-plant');
    expect(await page.locator('#panel .expansion').textContent()).toMatch(/Expanded: \d+ new entities/);
    expect(await page.locator('#panel .sources li[data-source-id]').count()).toBeGreaterThan(0);
    await shot(page, 'explorer-expanded.png');
    await page.close();
  });

  it('finds an entity through search and draws its neighbourhood', async () => {
    const page = await newPage();
    await page.goto(`${app.url}/explorer`);
    await page.selectOption('#view-select', 'neighbourhood');
    await page.locator('#search-input').fill('Eurasian Resources');
    await page.locator('#search-results li[data-id="company:erg"]').click();
    await page.locator('body[data-state="ready"]').waitFor();
    const ids = await page.evaluate(() => (window as any).cy.nodes().map((n: any) => n.id()) as string[]);
    expect(ids).toContain('company:erg');
    expect(ids.length).toBeGreaterThan(3);
    expect(new URL(page.url()).searchParams.get('entity')).toBe('company:erg');
    await shot(page, 'explorer-search.png');
    await page.close();
  });
});

describe('explorer exposure view', () => {
  it('draws who depends on Kazakhstan for gallium: exactly the entities and hops of the exposure answer, Mitsubishi Corporation among them', async () => {
    const page = await newPage();
    await page.goto(`${app.url}/explorer?entity=country:KZ&view=exposure&metal=metal:gallium`);
    await page.locator('body[data-state="ready"]').waitFor();
    // What the page asks (depth 6, 30 dependents), asked of the API directly.
    const res = await gql(
      app.url,
      `{ exposure(entityId: "country:KZ", metalId: "metal:gallium", maxDepth: 6, first: 30) {
      totalDependents truncated dependents { dependent { id } chains { hops { id from { id } to { id } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const answer = res.data.exposure as {
      totalDependents: number;
      truncated: boolean;
      dependents: Array<{ dependent: { id: string }; chains: Array<{ hops: Array<{ id: string; from: { id: string }; to: { id: string } }> }> }>;
    };
    const hops = answer.dependents.flatMap((d) => d.chains.flatMap((c) => c.hops));
    const nodes = new Set(['country:KZ', ...hops.flatMap((h) => [h.from.id, h.to.id])]);
    const drawn = await page.evaluate(() => {
      const cy = (window as any).cy;
      return {
        nodes: cy.nodes().map((n: any) => n.id()) as string[],
        edges: cy.edges().length as number,
        root: cy.nodes('.root').map((n: any) => n.id()) as string[],
      };
    });
    expect(drawn.nodes.sort()).toEqual([...nodes].sort());
    expect(drawn.edges).toBe(new Set(hops.map((h) => h.id)).size);
    expect(drawn.root).toEqual(['country:KZ']);
    // data/curated/erg-kazakhstan.yaml: Mitsubishi Corporation buys ERG's Kazakh gallium (offtake).
    for (const d of answer.dependents) expect(drawn.nodes).toContain(d.dependent.id);
    expect(answer.dependents.map((d) => d.dependent.id)).toContain('company:mitsubishi-corporation');
    const shown = Math.min(30, answer.totalDependents);
    expect(await page.locator('#status').textContent()).toContain(`${shown} of ${answer.totalDependents} dependents for Gallium`);
    await shot(page, 'explorer-exposure.png');
    await page.close();
  });
});

describe('explorer charts (Chart.js)', () => {
  /** The data a Chart.js chart on `selector` draws: labels and each dataset's label and values. */
  const chartData = (page: Page, selector: string) =>
    page.evaluate((sel) => {
      const chart = (window as any).Chart.getChart(document.querySelector(sel));
      return { type: chart.config.type, labels: chart.data.labels, datasets: chart.data.datasets.map((d: any) => ({ label: d.label, data: d.data })) };
    }, selector);

  it("draws gallium's U.S. high-purity price 2020–2024 and switches to consumption; the gallium stages as bars", async () => {
    const page = await newPage();
    await page.goto(`${app.url}/explorer?entity=metal:gallium&view=neighbourhood&depth=1`);
    await page.locator('#panel[data-charts="ready"]').waitFor();
    const price = await chartData(page, '#series-chart');
    expect(price.type).toBe('line');
    expect(price.labels).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(price.datasets[0].label).toBe('price – High-purity (dollars per kilogram)');
    expect(price.datasets[0].data[0]).toBe(596);
    expect(price.datasets[0].data[3]).toBe(450);
    expect(await page.locator('#panel .series-points li').first().textContent()).toBe('2020: 596');
    expect(await page.locator('#series-chart').evaluate((c: HTMLCanvasElement) => c.width > 100 && c.height > 100)).toBe(true);
    await page.selectOption('#series-select', 'measure:salient-galli-consump-kg');
    await expect.poll(() => chartData(page, '#series-chart').then((c) => c.datasets[0].data)).toEqual([15700, 17100, 19700, 19200, 19000]);
    const stages = await chartData(page, '#stage-chart');
    expect(stages.type).toBe('bar');
    expect(stages.labels).toEqual(['Primary gallium capacity', 'Primary gallium production']);
    expect(stages.datasets.map((d: { label: string }) => d.label)).toEqual(["2023: top producer's share (%)", "2024: top producer's share (%)"]);
    expect(stages.datasets[0].data[0]).toBeNull();
    // China's 750 t of the 762 t listed in 2024 (the listed sum, above the rounded 760 t world total)
    expect(stages.datasets[1].data[1].toFixed(1)).toBe('98.4');
    await shot(page, 'explorer-gallium-charts.png');
    await page.close();
  });

  it('draws bauxite → alumina → aluminium concentration by stage for 2023 and 2024', async () => {
    const page = await newPage();
    await page.goto(`${app.url}/explorer?entity=product:alumina&view=neighbourhood&depth=1`);
    await page.locator('#panel[data-charts="ready"]').waitFor();
    const stages = await chartData(page, '#stage-chart');
    expect(stages.labels).toEqual(['Bauxite reserves', 'Bauxite mine production', 'Alumina refinery production', 'Aluminium smelter production']);
    expect(stages.datasets[0].data.map((v: number | null) => (v === null ? null : v.toFixed(1)))).toEqual([null, '28.1', '58.4', '59.4']);
    expect(stages.datasets[1].data.map((v: number) => v.toFixed(1))).toEqual(['25.5', '28.9', '59.2', '59.7']);
    expect(await page.locator('#panel table.stages').textContent()).toContain('Guinea 28.1 %');
    await shot(page, 'explorer-alumina-stages.png');
    await page.close();
  });
});

describe('article review', () => {
  /** Removes and returns the recorded page problems matching `pattern` (an expected refusal). */
  const takeProblems = (pattern: RegExp) => {
    const taken = pageProblems.filter((p) => pattern.test(p));
    for (const p of taken) pageProblems.splice(pageProblems.indexOf(p), 1);
    return taken;
  };

  it('reads a saved HTML page into highlighted candidates; reject, edit, refused without a key, loaded with one', async () => {
    const served = await fetch(`${app.url}/review`);
    expect(served.headers.get('content-security-policy')).toContain("script-src 'self'");
    const page = await newPage();
    await page.goto(`${app.url}/review`);
    await page.setInputFiles('#article-file', 'tests/fixtures/articles/new-plant.html');
    await page.locator('body[data-state="ready"]').waitFor();
    expect(await page.locator('#extract-status').textContent()).toBe('HTML: 4 sentences, 9 candidate facts.');
    expect(await page.locator('#article-meta').textContent()).toContain(ARTICLE);
    const cards = await page.locator('#candidates li.candidate').evaluateAll((lis) =>
      lis.map((li) => ({
        id: (li as HTMLElement).dataset.id!,
        kind: (li as HTMLElement).dataset.kind!,
        summary: li.querySelector('.summary')!.textContent!,
        record: JSON.parse((li.querySelector('textarea') as HTMLTextAreaElement).value),
      })),
    );
    expect(cards.map((c) => c.kind)).toEqual(['ENTITY', 'ENTITY', ...Array(7).fill('RELATIONSHIP')]);
    // Each candidate's evidence is highlighted in the article: its marks spell its evidence sentences.
    const highlighted = await page.evaluate(() => {
      const byId: Record<string, string> = {};
      for (const m of document.querySelectorAll<HTMLElement>('#article-body mark'))
        for (const id of m.dataset.candidates!.split(' ')) byId[id] = (byId[id] ?? '') + m.textContent;
      return byId;
    });
    const evidence = await page
      .locator('#candidates li.candidate')
      .evaluateAll((lis) =>
        Object.fromEntries(
          lis.map((li) => [(li as HTMLElement).dataset.id, [...li.querySelectorAll('.evidence')].map((p) => p.textContent!.slice(1, -1)).join('')]),
        ),
      );
    for (const c of cards) expect(highlighted[c.id], c.summary).toBe(evidence[c.id]);
    const invests = cards.find((c) => c.summary === 'Qarmet INVESTS_IN Temirtau hot briquetted iron plant')!;
    expect(invests.record).toMatchObject({ amount: 1_500_000_000, currency: 'USD', amountBound: 'atLeast' });
    await page.locator(`li.candidate[data-id="${invests.id}"] .summary`).click();
    expect(await page.locator('#article-body mark.active').count()).toBeGreaterThan(0);

    // Accept all, reject the investment, give Qarmet another id (the facts naming it follow).
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.locator(`li.candidate[data-id="${invests.id}"]`).getByRole('button', { name: 'Reject' }).click();
    expect(await page.locator(`li.candidate[data-id="${invests.id}"]`).getAttribute('data-decision')).toBe('rejected');
    const qarmet = cards.find((c) => c.record.id === 'company:qarmet')!;
    const card = page.locator(`li.candidate[data-id="${qarmet.id}"]`);
    await card.getByRole('button', { name: 'Edit' }).click();
    await card.locator('textarea').fill(JSON.stringify({ ...qarmet.record, id: 'company:qarmet-jsc', aliases: ['Qarmet JSC'] }));
    expect(await page.locator('#candidate-count').textContent()).toBe('(9, 8 accepted)');
    await shot(page, 'review-candidates.png');

    // Without a key the load is refused and the page says why.
    await page.getByRole('button', { name: 'Load accepted facts' }).click();
    await page.locator('body[data-state="load-failed"]').waitFor();
    expect(await page.locator('#load-status').textContent()).toBe(
      'loadDataset needs an API key with role editor (send Authorization: Bearer <key> or x-api-key)',
    );
    expect(takeProblems(/\/graphql: HTTP 401|status of 401/).length).toBeGreaterThan(0);
    expect((await gql(app.url, '{ node(id: "company:qarmet-jsc") { id } }')).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    await page.locator('#api-key').fill(EDITOR);
    await page.getByRole('button', { name: 'Load accepted facts' }).click();
    await page.locator('body[data-state="loaded"]').waitFor();
    expect(await page.locator('#load-status').textContent()).toBe(`Loaded 2 node record(s) and 6 relationship record(s), citing ${ARTICLE}.`);
    expect(await page.locator('#load-result tr[data-kind="OPERATES"] td').allTextContents()).toEqual(['OPERATES (relationship)', '1', '0', '0']);
    await shot(page, 'review-loaded.png');
    await page.close();

    const res = await gql(
      app.url,
      `{ node(id: "company:qarmet-jsc") { ... on Company { aliases sources { id }
      relations { type other { id } sources { id } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const company = res.data.node;
    expect(company.aliases).toEqual(['Qarmet JSC']);
    expect(company.sources).toEqual([{ id: ARTICLE }]);
    expect(company.relations).toContainEqual({ type: 'OPERATES', other: { id: 'facility:temirtau-hot-briquetted-iron-plant' }, sources: [{ id: ARTICLE }] });
    expect(company.relations.map((r: { type: string }) => r.type)).not.toContain('INVESTS_IN');
    expect((await gql(app.url, '{ node(id: "company:qarmet") { id } }')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('offline', () => {
  it('made every request to 127.0.0.1 and logged no page error', () => {
    expect(requests.length).toBeGreaterThan(20);
    expect(requests.filter(leavesLoopback)).toEqual([]);
    expect(requests.some((u) => u.endsWith('/vendor/graphiql.js'))).toBe(true);
    expect(requests.some((u) => u.endsWith('/vendor/cytoscape.js'))).toBe(true);
    expect(requests.some((u) => u.endsWith('/vendor/chart.js'))).toBe(true);
    expect(pageProblems).toEqual([]);
  });
});
