/**
 * The USGS MCS 2025 importer, on the vendored files under data/usgs-mcs-2025/ (pure: no database).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/model/names.js';
import { Dataset, type RelationshipRecord } from '../../src/model/schema.js';
import { splitApplications } from '../../src/usgs/end-use.js';
import { importUsgs, UsgsImportError } from '../../src/usgs/import.js';
import { importNetImportReliance } from '../../src/usgs/import-reliance.js';
import { parseCell } from '../../src/usgs/values.js';
import { importWorldData } from '../../src/usgs/world.js';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/usgs-mcs-2025');
const WORLD_FILE = 'world/MCS2025_World_Data.csv';
const worldCsv = readFileSync(path.join(DIR, WORLD_FILE), 'utf8');
const { dataset, report } = importUsgs(DIR);

const GALLIUM = 'measure:gallium-primary-production';
const ANTIMONY = 'measure:antimony-mine-production-antimony-content';
const BAUXITE = 'measure:bauxite-mine-production-bauxite-dry-tons';
const ALUMINA = 'measure:bauxite-refinery-production-alumina-calcined-equivalent-weights';
const GERMANIUM = 'measure:germanium-primary-and-secondary-refinery-production';

const node = (id: string) => dataset.nodes.find((n) => n.id === id) as Record<string, unknown> | undefined;
const rel = (type: string, from: string, key: string, ds = dataset): RelationshipRecord | undefined =>
  ds.relationships.find((r) => r.type === type && r.from === from && r.key === key);
const produces = (iso: string, measure: string, year: number, basis = 'production') => rel('PRODUCES', `country:${iso}`, `${measure}|${basis}|${year}`);

describe('USGS world production (MCS2025_World_Data.csv)', () => {
  it('reads gallium primary production in kilograms, with metric tons and world shares', () => {
    const cn = produces('CN', GALLIUM, 2024)!;
    expect(cn).toMatchObject({
      to: 'metal:gallium',
      measureId: GALLIUM,
      year: 2024,
      basis: 'production',
      estimated: true,
      quantity: 750000,
      unit: 'kilograms',
      quantityBound: 'exact',
      quantityBase: 750,
      baseUnit: 't',
      sources: ['source:usgs-mcs-2025-world'],
    });
    // The rounded world total (760 t) is below the countries listed (762 t): shares are of 762 t.
    expect(cn.sharePct).toBeCloseTo((750 / 762) * 100, 10);
    expect(cn.sharePct).toBeCloseTo(98.43, 2);
    expect(node(GALLIUM)?.worldTotalNote).toMatch(
      /the rounded production 2024 world total \(760000\) is below the countries listed \(sum 762000\); shares of production 2024 are of that sum/,
    );
    expect(produces('RU', GALLIUM, 2024)?.quantityBase).toBe(6);
    expect(produces('JP', GALLIUM, 2024)?.quantityBase).toBe(3);
    expect(produces('KR', GALLIUM, 2024)?.quantityBase).toBe(3);
    expect(produces('CN', GALLIUM, 2023)).toMatchObject({ quantity: 621000, quantityBase: 621 });
    expect(produces('CN', GALLIUM, 2024, 'capacity')).toMatchObject({ quantity: 1000000, quantityBase: 1000 });
    expect(node(GALLIUM)).toMatchObject({
      label: 'Measure',
      commodity: 'Gallium',
      measure: 'Primary production',
      unit: 'kilograms',
      baseUnit: 't',
      worldTotal2023: 633000,
      worldTotal2024: 760000,
      worldTotalBasis: 'production',
      worldCapacity2024: 1100000,
    });
    expect(node(GALLIUM)?.worldCapacity2023).toBeUndefined();
    expect(node('measure:abrasives-plant-capacity-fused-aluminum-oxide')).toMatchObject({
      worldTotalBasis: 'capacity',
      worldTotal2024: 1310000,
      worldCapacity2023: 1310000,
      worldCapacity2024: 1310000,
    });
    expect(rel('MEASURES', GALLIUM, '')?.to).toBe('metal:gallium');
  });

  it('reads antimony without the footnote glued to the world-total label', () => {
    expect(produces('CN', ANTIMONY, 2024)).toMatchObject({ quantity: 60000, unit: 'metric tons', quantityBase: 60000 });
    expect(produces('CN', ANTIMONY, 2024)?.sharePct).toBeCloseTo((60000 / 103960) * 100, 10); // of the 103,960 t listed, above the rounded 100,000 t
    expect(produces('KZ', ANTIMONY, 2024)).toMatchObject({ quantity: 40, quantityBase: 40 });
    expect(node(ANTIMONY)).toMatchObject({ worldTotal2023: 106000, worldTotal2024: 100000 });
    const total = report.aggregates.find((a) => a.row === 63)!;
    expect(total).toMatchObject({ label: 'World total (rounded)', kind: 'worldTotal', measureId: ANTIMONY, onMeasure: true });
    expect(report.corrections).toContainEqual(
      expect.objectContaining({ rows: [63], column: 'COUNTRY', from: 'World total (rounded) 10', to: 'World total (rounded)' }),
    );
    const texts = [...dataset.nodes.flatMap((n) => [n.name, ...n.aliases]), ...report.aggregates.map((a) => a.label)];
    expect(texts.filter((t) => /\d$/.test(t) && /total|countr/i.test(t))).toEqual([]);
  });

  it('keeps bauxite mine output and alumina refinery output as separate measures', () => {
    expect(rel('MEASURES', BAUXITE, '')?.to).toBe('product:bauxite');
    expect(rel('MEASURES', ALUMINA, '')?.to).toBe('product:alumina');
    expect(node(ALUMINA)).toMatchObject({ unit: 'thousand metric dry tons', baseUnit: 't', worldTotal2023: 141000, worldTotal2024: 142000 });
    expect(node(BAUXITE)).toMatchObject({ worldTotal2024: 450000 });
    const cn = rel('PRODUCES', 'country:CN', `${ALUMINA}|production|2024`)!;
    expect(cn).toMatchObject({ to: 'product:alumina', quantity: 84000, unit: 'thousand metric dry tons', quantityBase: 84_000_000, baseUnit: 't' });
    expect(cn.sharePct).toBeCloseTo((84000 / 142000) * 100, 10);
    expect(cn.note).toMatch(/dry weight/);
    expect(rel('PRODUCES', 'country:CN', `${BAUXITE}|production|2024`)).toMatchObject({ to: 'product:bauxite', quantity: 93000 });
  });

  it('keeps withheld figures as relationships without a quantity (never zero)', () => {
    for (const year of [2023, 2024]) {
      const us = produces('US', BAUXITE, year)!;
      expect(us.noValueReason).toBe('withheld');
      expect(us.quantity).toBeUndefined();
      expect(us.quantityBase).toBeUndefined();
    }
    for (const r of dataset.relationships.filter((x) => x.noValueReason)) expect(r.quantity).toBeUndefined();
  });

  it('germanium: the release gives no figures, so no quantity is invented; a W cell gives noValueReason withheld', () => {
    // In MCS2025_World_Data.csv every germanium value and note cell is empty (lines 401–408).
    expect(node(GERMANIUM)).toMatchObject({ commodity: 'Germanium', unit: 'kilograms' });
    expect(node(GERMANIUM)?.worldTotal2024).toBeUndefined();
    expect(dataset.relationships.filter((r) => r.to === 'metal:germanium' && r.type === 'PRODUCES')).toEqual([]);
    // The same file with W in China's germanium cells (as MCS tables print withheld data).
    const line404 = 'MCS2025,Gemanium,China,Primary and secondary refinery production,kilograms,,,,,,,,';
    expect(worldCsv.split(/\r?\n/)[403]).toBe(line404);
    const withW = importWorldData(worldCsv.replace(line404, line404.replace('kilograms,,,', 'kilograms,W,W,'))).dataset;
    for (const year of [2023, 2024]) {
      const cn = rel('PRODUCES', 'country:CN', `${GERMANIUM}|production|${year}`, withW)!;
      expect(cn).toMatchObject({ to: 'metal:germanium', noValueReason: 'withheld' });
      expect(cn.quantity).toBeUndefined();
    }
  });

  it('maps every country label of the world file (unmapped list is empty)', () => {
    expect(report.unmapped).toEqual([]);
    const records = parse(worldCsv, { bom: true, columns: true }) as Record<string, string>[];
    const aggregateRows = new Set(report.aggregates.map((a) => a.row));
    const countries = dataset.nodes.filter((n) => n.label === 'Country');
    records.forEach((r, i) => {
      const line = i + 2;
      if (aggregateRows.has(line)) return;
      const label = r.COUNTRY.replace(/\u00a0/g, ' ').trim();
      const base = label.replace(/\s*\((?!Kinshasa|Brazzaville).*\)$/, '');
      const found = countries.some((c) => [c.name, ...c.aliases].map(foldName).includes(foldName(base)));
      expect(found, `line ${line}: ${label}`).toBe(true);
    });
    // CLDR display names; official names and alternatives (the USGS spellings among them) as aliases.
    expect(node('country:MM')).toMatchObject({ name: 'Myanmar (Burma)', isoCode: 'MM', aliases: ['Burma', 'Myanmar'] });
    expect(node('country:CD')).toMatchObject({
      name: 'Congo - Kinshasa',
      aliases: ['Congo', 'Congo, Dem. Rep.', 'DR Congo', 'DRC', 'Democratic Republic of Congo', 'Democratic Republic of the Congo', 'Zaire'],
    });
    expect(node('country:CI')).toMatchObject({ name: 'Côte d’Ivoire', aliases: ['Ivory Coast'] });
    expect(node('country:KP')).toMatchObject({ name: 'North Korea', aliases: ['DPRK', "Democratic People's Republic of Korea", 'Korea, North'] });
    expect(node('country:KR')).toMatchObject({
      name: 'South Korea',
      aliases: ['Korea, Rep.', 'Korea, Republic of', 'Korea, South', 'ROK', 'Republic of Korea'],
    });
  });

  it('keeps aggregates off the countries and qualifiers in the note', () => {
    expect(report.aggregates.filter((a) => a.kind === 'multiCountry').map((a) => a.label)).toEqual(['United States and Canada', 'United States and Canada']);
    expect(node('measure:abrasives-plant-capacity-fused-aluminum-oxide')?.worldTotalNote).toMatch(
      /United States and Canada \(aggregate, not a country\): capacity 2023 = 60000/,
    );
    const kyanite = produces('US', 'measure:kyanite-and-related-minerals-mine-production', 2024)!;
    expect(kyanite).toMatchObject({ quantity: 80000, note: 'USGS label: United States (kyanite)' });
    const he = 'measure:helium-production-helium-gas-content';
    expect(rel('PRODUCES', 'country:US', `${he}|production|2024|extracted-from-natural-gas`)?.quantity).toBe(68);
    expect(rel('PRODUCES', 'country:US', `${he}|production|2024|from-cliffside-field`)?.quantity).toBe(13);
  });

  it('reads reserves in the unit their note states', () => {
    const iron = rel('HOLDS_RESERVES', 'country:AU', 'measure:iron-ore-mine-production-usable-ore|reserves|2024')!;
    expect(iron).toMatchObject({ to: 'product:iron-ore', quantity: 58000, unit: 'million metric tons', quantityBase: 58_000_000_000, baseUnit: 't' });
    expect(produces('AU', 'measure:iron-ore-mine-production-usable-ore', 2024)).toMatchObject({ unit: 'thousand metric tons', quantity: 930000 });
  });

  it('corrects the units the release misstates, and says so', () => {
    const tmc = 'measure:titanium-mineral-concentrates-mine-production-ilmenite-titanium-dioxide-tio2-content';
    expect(produces('US', tmc, 2024)).toMatchObject({ quantity: 100, unit: 'thousand metric tons', quantityBase: 100000 });
    expect(node(tmc)).toMatchObject({ unit: 'thousand metric tons', worldTotal2024: 8900 });
    const fixes = report.corrections.filter((c) => c.column === 'UNIT_MEAS');
    expect(fixes.map((c) => [c.from, c.to, c.rows.length])).toEqual([
      ['metric tons', 'thousand metric tons', 22],
      ['metric tons', 'thousand metric tons', 23],
      ['', 'thousand metric tons', 1],
    ]);
  });

  it('throws UsgsImportError naming the line and column of a stray word in a numeric column', () => {
    const bad = worldCsv.replace('metric tons,62300,60000,estimated 2023', 'metric tons,about 62300,60000,estimated 2023');
    expect(() => importWorldData(bad)).toThrow(UsgsImportError);
    const dir = mkdtempSync(path.join(tmpdir(), 'usgs-'));
    try {
      cpSync(DIR, dir, { recursive: true });
      writeFileSync(path.join(dir, WORLD_FILE), bad);
      let err: unknown;
      try {
        importUsgs(dir);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(UsgsImportError);
      expect((err as UsgsImportError).issues).toEqual([
        { file: WORLD_FILE, row: 51, column: 'PROD_2023', value: 'about 62300', message: expect.stringMatching(/expected a number/) },
      ]);
      expect((err as Error).message).toMatch(/MCS2025_World_Data\.csv:51: PROD_2023/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parses the value forms of the release', () => {
    expect(parseCell('>17,000,000')).toEqual({ kind: 'number', value: 17_000_000, bound: 'atLeast' });
    expect(parseCell('na')).toEqual({ kind: 'code', code: 'NA', reason: 'not available' });
    expect(parseCell('XX')).toMatchObject({ reason: 'not applicable' });
    expect(parseCell('W')).toMatchObject({ reason: 'withheld' });
    expect(parseCell('12 t').kind).toBe('invalid');
  });
});

describe('USGS critical minerals: end uses (T4) and U.S. import reliance (T5, Fig. 2)', () => {
  it('links minerals to the industries of their primary applications', () => {
    const uses = (id: string) => dataset.relationships.filter((r) => r.type === 'USED_IN' && r.from === id).map((r) => r.to);
    expect(uses('metal:gallium')).toEqual(['industry:integrated-circuits', 'industry:optical-devices']);
    expect(uses('metal:antimony')).toEqual(['industry:flame-retardants', 'industry:lead-acid-batteries']);
    expect(rel('USED_IN', 'metal:gallium', '')).toMatchObject({
      basis: 'endUse',
      note: 'primary application (USGS MCS 2025 table T4)',
      sources: ['source:usgs-mcs-2025-t4'],
    });
    expect(splitApplications('Research and development.')).toEqual(['Research and development']);
    expect(splitApplications('Data storage devices, lasers, and permanent magnets.')).toEqual(['Data storage devices', 'lasers', 'permanent magnets']);
  });

  it('answers Q12: critical minerals the United States imports entirely, and from where', () => {
    const imports = dataset.relationships.filter((r) => r.type === 'IMPORTS_FROM');
    const critical100 = new Set(
      imports.filter((r) => r.sources.includes('source:usgs-mcs-2025-t5') && r.quantity === 100 && r.quantityBound === 'exact').map((r) => r.itemId),
    );
    expect([...critical100].sort()).toEqual([
      'metal:arsenic',
      'metal:gallium',
      'metal:indium',
      'metal:manganese',
      'metal:niobium',
      'metal:scandium',
      'metal:tantalum',
      'metal:yttrium',
      'product:fluorspar',
      'product:graphite',
    ]);
    const gallium = imports.filter((r) => r.itemId === 'metal:gallium').sort((a, b) => a.rank! - b.rank!);
    expect(gallium.map((r) => [r.to, r.rank])).toEqual([
      ['country:JP', 1],
      ['country:CN', 2],
      ['country:DE', 3],
      ['country:CA', 4],
    ]);
    expect(gallium[0]).toMatchObject({
      from: 'country:US',
      key: 'metal:gallium',
      basis: 'importReliance',
      period: '2020–2023',
      quantity: 100,
      unit: '% net import reliance 2024',
      quantityBound: 'exact',
      sources: ['source:usgs-mcs-2025-t5', 'source:usgs-mcs-2025-fig2'],
    });
    expect(gallium.every((r) => r.sharePct === undefined)).toBe(true);
  });

  it('keeps bounds and the net-exporter mark of the reliance values', () => {
    const find = (item: string, rank = 1) => dataset.relationships.find((r) => r.type === 'IMPORTS_FROM' && r.itemId === item && r.rank === rank)!;
    expect(find('product:barite')).toMatchObject({ to: 'country:IN', quantity: 75, quantityBound: 'atLeast' });
    expect(find('metal:tellurium')).toMatchObject({ to: 'country:CA', quantity: 25, quantityBound: 'atMost' });
    const be = find('metal:beryllium');
    expect(be).toMatchObject({ to: 'country:KZ', noValueReason: 'net exporter', sources: ['source:usgs-mcs-2025-t5'] });
    expect(be.quantity).toBeUndefined();
    expect(be.note).toMatch(/E: net exporter/);
    // Two Fig. 2 rows of one node get distinct keys; "China3" loses its footnote digit.
    expect(find('product:mica').key).toMatch(/^product:mica\|(sheet|scrap-and-flake)$/);
    const fig2 = importNetImportReliance(readFileSync(path.join(DIR, 'industry-trends/MCS2025_Fig2_Net_Import_Reliance.csv'), 'utf8'));
    expect(fig2.dataset.relationships.find((r) => r.itemId === 'metal:aluminium' && r.rank === 4)?.to).toBe('country:CN');
  });
});

describe('USGS import as a whole', () => {
  it('maps every country name of the world table to an ISO code', () => {
    const { report, dataset } = importUsgs(DIR);
    expect(report.unmapped).toEqual([]);
    const countries = dataset.nodes.filter((n) => n.label === 'Country');
    expect(countries.length).toBe(119);
    for (const c of countries) expect(c.id).toBe(`country:${(c as { isoCode: string }).isoCode}`);
    expect(report.aggregates.map((a) => a.label)).toEqual(expect.arrayContaining(['Other Countries', 'United States and Canada']));
  });

  it('conforms to the model, cites its sources and references only its own nodes', () => {
    expect(Dataset.parse(dataset)).toEqual(dataset);
    const ids = new Set([...dataset.sources.map((s) => s.id), ...dataset.nodes.map((n) => n.id)]);
    for (const r of dataset.relationships) {
      expect(ids.has(r.from) && ids.has(r.to), `${r.type} ${r.from} → ${r.to}`).toBe(true);
      if (r.itemId) expect(ids.has(r.itemId)).toBe(true);
    }
    const tables = dataset.sources.filter((s) => !s.id.startsWith('source:usgs-mcs-2025-salient-'));
    expect(tables.map((s) => [s.id, s.doi, s.publisher, s.publishedDate, s.sourceType])).toEqual(
      ['world', 't4', 't5', 'fig2'].map((t) => [`source:usgs-mcs-2025-${t}`, '10.5066/P13XCP3R', 'U.S. Geological Survey', '2025', 'dataset']),
    );
    // One more Source per salient-statistics table (85), same DOI and publisher.
    const salient = dataset.sources.filter((s) => s.id.startsWith('source:usgs-mcs-2025-salient-'));
    expect(salient).toHaveLength(85);
    for (const s of salient) expect([s.doi, s.publisher, s.sourceType]).toEqual(['10.5066/P13XCP3R', 'U.S. Geological Survey', 'dataset']);
    for (const r of [...dataset.nodes, ...dataset.relationships]) for (const s of r.sources) expect(ids.has(s)).toBe(true);
  });

  it('reports rows read, relationships, skips and aggregates', () => {
    expect(Object.fromEntries(Object.entries(report.rowsRead).filter(([f]) => !f.startsWith('salient/')))).toEqual({
      [WORLD_FILE]: 1250,
      'industry-trends/MCS2025_T4_Critical_Minerals_End_Use.csv': 50,
      'industry-trends/MCS2025_Fig2_Net_Import_Reliance.csv': 64,
      'industry-trends/MCS2025_T5_Critical_Minerals_Salient.csv': 31,
    });
    expect(report.relationships.PRODUCES).toBeGreaterThan(2000);
    expect(report.skipped['row: world total (figures on the Measure)']).toBe(93);
    expect(report.skipped['cell: reserves column repeats capacity (Magnesium metal)']).toBe(8);
    expect(report.unknownCommodities).toEqual([]);
    expect(report.warnings).toEqual([
      'measure:clays-mine-production-kaolin: the production 2024 world total (4400) is less than the rows listed (sum 44240); no shares computed for it',
    ]);
  });

  it('gives the same output twice', () => {
    expect(importUsgs(DIR)).toEqual({ dataset, report });
  });
});

describe('stored shares of world production', () => {
  it('add up to at most 100 per measure, basis and year, in any natural order (six groups said 100.00000000000001 or …03 before the cap)', () => {
    const groups = new Map<string, number[]>();
    for (const r of importWorldData(worldCsv).dataset.relationships as Array<RelationshipRecord & { sharePct?: number }>) {
      if (typeof r.sharePct !== 'number') continue;
      const k = `${r.measureId}|${r.basis}|${r.year}`;
      groups.set(k, [...(groups.get(k) ?? []), r.sharePct]);
    }
    expect(groups.size).toBeGreaterThan(200);
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    const over = [...groups].filter(([, xs]) => Math.max(sum(xs), sum([...xs].sort((a, b) => a - b)), sum([...xs].sort((a, b) => b - a))) > 100);
    expect(over).toEqual([]);
    // The molybdenum 2024 mine production shares still sum to 100 within 10^-12.
    expect(sum(groups.get('measure:molybdenum-mine-production-molybdenum-content|production|2024')!)).toBeCloseTo(100, 12);
  });
});
