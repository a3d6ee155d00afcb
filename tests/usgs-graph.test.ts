/**
 * The USGS tables in the graph, joined to the curated data: figures asserted are those of
 * data/usgs-mcs-2025/world/MCS2025_World_Data.csv.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledInputs } from '../src/load/bundled.js';
import { loadDatasets } from '../src/load/index.js';
import { importUsgs } from '../src/usgs/import.js';
import { freshBundledGraph } from './support/bundled.js';
import { testDb } from './support/db.js';

const db = testDb();
let firstLoad: Awaited<ReturnType<typeof freshBundledGraph>>;

const produces = async (country: string, measureId: string, year: number) =>
  (
    await db.read<{ q: number; unit: string; base: number; baseUnit: string; share: number | null; reason: string | null; sources: string[] }>(
      `MATCH (c:Country {id: $country})-[r:PRODUCES {measureId: $measureId, year: $year, basis: 'production'}]->(item)
       RETURN r.quantity AS q, r.unit AS unit, r.quantityBase AS base, r.baseUnit AS baseUnit, r.sharePct AS share,
              r.noValueReason AS reason, r.sources AS sources`,
      { country, measureId, year },
    )
  )[0];

beforeAll(async () => {
  firstLoad = await freshBundledGraph(db);
});
afterAll(() => db.close());

describe('USGS MCS 2025 in the graph', () => {
  it('holds gallium primary production 2024 by country, in kg and t, with shares of the world total', async () => {
    const m = 'measure:gallium-primary-production';
    const [measure] = await db.read<{ w: number; unit: string; item: string }>(
      'MATCH (m:Measure {id: $m})-[:MEASURES]->(i) RETURN m.worldTotal2024 AS w, m.unit AS unit, i.id AS item',
      { m },
    );
    expect(measure).toEqual({ w: 760000, unit: 'kilograms', item: 'metal:gallium' });
    const china = await produces('country:CN', m, 2024);
    expect(china).toMatchObject({ q: 750000, unit: 'kilograms', base: 750, baseUnit: 't' });
    expect(china.share).toBeCloseTo((750 / 762) * 100, 6); // of the 762 t listed, above the rounded 760 t
    expect(china.sources).toEqual(['source:usgs-mcs-2025-world']);
    expect((await produces('country:RU', m, 2024)).base).toBe(6);
    expect((await produces('country:JP', m, 2024)).base).toBe(3);
    expect((await produces('country:KR', m, 2024)).base).toBe(3);
  });

  it('joins the USGS gallium to the curated gallium: one node, both sources', async () => {
    const [g] = await db.read<{ n: number; sources: string[]; curated: number }>(
      `MATCH (g:Metal) WHERE g.id = 'metal:gallium' OR toLower(g.name) = 'gallium'
       OPTIONAL MATCH (g)<-[:PRODUCES]-(f:Facility {id: 'facility:pavlodar-gallium-plant'})
       RETURN count(DISTINCT g) AS n, g.sources AS sources, count(f) AS curated`,
    );
    expect(g.n).toBe(1);
    expect(g.curated).toBe(1);
    expect(g.sources).toEqual(expect.arrayContaining(['source:usgs-mcs-2025-world', 'source:gate-erg-kazakhstan-article']));
  });

  it('holds antimony mine production 2024 without the footnote digit', async () => {
    const [m] = await db.read<{ id: string; w: number }>(
      "MATCH (m:Measure)-[:MEASURES]->(:Metal {id: 'metal:antimony'}) WHERE m.measure STARTS WITH 'Mine production' RETURN m.id AS id, m.worldTotal2024 AS w",
    );
    expect(m.w).toBe(100000);
    expect((await produces('country:CN', m.id, 2024)).q).toBe(60000);
    expect((await produces('country:KZ', m.id, 2024)).q).toBe(40);
    const labels = await db.read<{ n: number }>("MATCH (n) WHERE n.name =~ '.*\\\\s\\\\d+$' AND n:Country RETURN count(n) AS n");
    expect(labels[0].n).toBe(0);
  });

  it('keeps bauxite mine output and alumina refinery output as separate measures', async () => {
    const rows = await db.read<{ id: string; item: string; w: number; unit: string }>(
      "MATCH (m:Measure)-[:MEASURES]->(i) WHERE i.id IN ['product:bauxite', 'product:alumina'] AND m.statistic IS NULL RETURN m.id AS id, i.id AS item, m.worldTotal2024 AS w, m.unit AS unit ORDER BY item",
    );
    const alumina = rows.find((r) => r.item === 'product:alumina')!;
    expect(rows.map((r) => r.item)).toEqual(['product:alumina', 'product:bauxite']);
    expect(alumina).toMatchObject({ w: 142000, unit: 'thousand metric dry tons' });
    expect((await produces('country:CN', alumina.id, 2024)).q).toBe(84000);
    expect((await produces('country:CN', alumina.id, 2024)).base).toBe(84_000_000);
  });

  it('stores withheld figures as no value with the reason, never as zero', async () => {
    const rows = await db.read<{ q: number | null; reason: string }>(
      "MATCH (:Country {id: 'country:US'})-[r:PRODUCES]->(:Product {id: 'product:bauxite'}) WHERE r.noValueReason IS NOT NULL RETURN r.quantity AS q, r.noValueReason AS reason",
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r).toEqual({ q: null, reason: 'withheld' });
    const zeros = await db.read<{ n: number }>('MATCH ()-[r:PRODUCES]->() WHERE r.noValueReason IS NOT NULL AND r.quantity IS NOT NULL RETURN count(r) AS n');
    expect(zeros[0].n).toBe(0);
  });

  it('changes nothing when the bundled data is loaded again', async () => {
    const count = async () => (await db.read<{ n: number; r: number }>('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r'))[0];
    const before = await count();
    const again = await loadDatasets(db, bundledInputs());
    expect(await count()).toEqual(before);
    for (const { summary } of again) {
      for (const c of [...Object.values(summary.nodes), ...Object.values(summary.relationships)]) expect(c.created + c.updated).toBe(0);
    }
    expect(firstLoad[0].summary.relationships.PRODUCES.created).toBeGreaterThan(2000);
  });

  it('refuses a copy of the world table with a stray word in a numeric column, naming row and column', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'usgs-'));
    for (const sub of ['world', 'industry-trends']) mkdirSync(path.join(dir, sub));
    const src = 'data/usgs-mcs-2025';
    for (const f of [
      'industry-trends/MCS2025_T4_Critical_Minerals_End_Use.csv',
      'industry-trends/MCS2025_T5_Critical_Minerals_Salient.csv',
      'industry-trends/MCS2025_Fig2_Net_Import_Reliance.csv',
    ]) {
      copyFileSync(path.join(src, f), path.join(dir, f));
    }
    const lines = readFileSync(path.join(src, 'world/MCS2025_World_Data.csv'), 'utf8').split('\n');
    const row = lines.findIndex((l) => l.startsWith('MCS2025,Gallium ,China,'));
    lines[row] = lines[row].replace(',621000,', ',621000 tonnes,');
    writeFileSync(path.join(dir, 'world/MCS2025_World_Data.csv'), lines.join('\n'));
    const before = (await db.read<{ n: number }>('MATCH ()-[r]->() RETURN count(r) AS n'))[0].n;
    await expect(async () => loadDatasets(db, [{ name: 'usgs copy', content: importUsgs(dir).dataset }])).rejects.toThrow(
      new RegExp(`MCS2025_World_Data\\.csv:${row + 1}: PROD_2023 = "621000 tonnes"`),
    );
    expect((await db.read<{ n: number }>('MATCH ()-[r]->() RETURN count(r) AS n'))[0].n).toBe(before);
  });
});
