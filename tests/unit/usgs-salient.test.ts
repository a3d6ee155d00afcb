/**
 * The salient-statistics importer, pure (no database): the vendored files and their checksums,
 * every quirk of the release (header fixes, units from suffixes, W / NA / E, bounds, signed
 * numbers, ranges, words), the errors it reports, and invariants over all 85 tables.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryCode } from '../../src/model/countries.js';
import { toTonnes, unitInfo } from '../../src/model/units.js';
import { GraphBuilder } from '../../src/usgs/builder.js';
import { importUsgs } from '../../src/usgs/import.js';
import { emptyReport } from '../../src/usgs/report.js';
import { buildSalient } from '../../src/usgs/salient.js';
import { SUFFIX_UNITS, statisticOf } from '../../src/usgs/salient-columns.js';
import { parseSalientCell } from '../../src/usgs/salient-values.js';
import { parseCell } from '../../src/usgs/values.js';

const DIR = 'data/usgs-mcs-2025/salient';
const { dataset, report } = importUsgs('data/usgs-mcs-2025');
const stats = dataset.relationships.filter((r) => r.type === 'REPORTS_STATISTIC');
const stat = (measureId: string, year: number) => stats.find((r) => r.key === `${measureId}|${year}`);
const T = SUFFIX_UNITS.t;

/** Builds one made-up table; returns the issues and what was built. */
function build(text: string, file = 'salient/mcs2025-testx_salient.csv') {
  const rep = emptyReport();
  const b = new GraphBuilder(rep.warnings);
  const issues = buildSalient([{ file, text }], b, rep);
  return { issues, report: rep, dataset: b.dataset() };
}

describe('the vendored salient tables', () => {
  it('are the 85 tables and 85 metadata files of the release, byte for byte as listed in SHA256SUMS', () => {
    const lines = readFileSync(`${DIR}/SHA256SUMS`, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(170);
    for (const line of lines) {
      const [sum, name] = line.split(/\s+/);
      expect({
        name,
        sum: createHash('sha256')
          .update(readFileSync(`${DIR}/${name}`))
          .digest('hex'),
      }).toEqual({ name, sum });
    }
    const files = readdirSync(DIR);
    expect(files.filter((f) => f.endsWith('_salient.csv'))).toHaveLength(85);
    expect(files.filter((f) => f.endsWith('_meta.xml'))).toHaveLength(85);
  });

  it('import completely: every table read, 5 years each, nothing unknown', () => {
    const salientFiles = Object.keys(report.rowsRead).filter((f) => f.startsWith('salient/'));
    expect(salientFiles).toHaveLength(85);
    for (const f of salientFiles) expect({ f, rows: report.rowsRead[f] }).toEqual({ f, rows: 5 });
    expect(report.unknownCommodities.filter((u) => u.file.startsWith('salient/'))).toEqual([]);
    expect(report.skipped['column: unnamed and empty (trailing separator)']).toBe(16);
    expect(report.skipped['row: empty (separators only)']).toBe(6);
  });
});

describe('gallium salient statistics, against the file', () => {
  const lines = readFileSync(`${DIR}/mcs2025-galli_salient.csv`, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(','));
  const col = (name: string) => lines[0].indexOf(name);

  it('consumption and high-purity price per year as in the CSV, with units from the suffixes', () => {
    for (const row of lines.slice(1)) {
      const year = Number(row[col('Year')]);
      expect(stat('measure:salient-galli-consump-kg', year)).toMatchObject({
        from: 'country:US',
        to: 'metal:gallium',
        basis: 'consumption',
        quantity: Number(row[col('Consump_kg')]),
        unit: 'kilograms',
        quantityBound: 'exact',
        quantityBase: Number(row[col('Consump_kg')]) / 1000,
        baseUnit: 't',
        sources: ['source:usgs-mcs-2025-salient-galli'],
      });
      expect(stat('measure:salient-galli-price-high-purity-dkg', year)).toMatchObject({
        basis: 'price',
        quantity: Number(row[col('Price_High-purity_dkg')]),
        unit: 'dollars per kilogram',
      });
    }
    expect(stat('measure:salient-galli-consump-kg', 2020)?.quantity).toBe(15700);
    expect(stat('measure:salient-galli-consump-kg', 2023)?.quantity).toBe(19200);
    expect(stat('measure:salient-galli-price-high-purity-dkg', 2020)?.quantity).toBe(596);
    expect(stat('measure:salient-galli-price-high-purity-dkg', 2023)?.quantity).toBe(450);
    expect(stat('measure:salient-galli-consump-kg', 2024)?.estimated).toBe(true);
    expect(stat('measure:salient-galli-consump-kg', 2023)?.estimated).toBeUndefined();
  });

  it('NA exports are a figure-less relationship, never zero', () => {
    expect(stat('measure:salient-galli-exports-kg', 2022)).toMatchObject({ noValueReason: 'not available', unit: 'kilograms' });
    expect(stat('measure:salient-galli-exports-kg', 2022)?.quantity).toBeUndefined();
  });

  it('the Measure of a column carries statistic, form, unit and the column name', () => {
    const m = dataset.nodes.find((n) => n.id === 'measure:salient-galli-price-high-purity-dkg');
    expect(m).toMatchObject({
      label: 'Measure',
      commodity: 'Gallium',
      measure: 'Price_High-purity_dkg',
      unit: 'dollars per kilogram',
      baseUnit: 'dollars per kilogram',
      statistic: 'price',
      form: 'High-purity',
      name: 'Gallium, U.S. price (High-purity)',
    });
  });
});

describe('quirks of the release, as imported', () => {
  it('bounds: >75 atLeast, <25 atMost, <1,000 with a thousands separator', () => {
    expect(stat('measure:salient-bauxi-bauxite-nir-pct', 2024)).toMatchObject({ quantity: 75, quantityBound: 'atLeast', unit: 'percent' });
    const bromine = stats.filter((r) => r.measureId === 'measure:salient-bromi-nir-pct');
    expect(bromine.map((r) => (r.quantityBound ? `${r.quantityBound} ${r.quantity}` : r.noValueReason)).sort()).toEqual([
      'atMost 25',
      'atMost 25',
      'atMost 25',
      'net exporter',
      'net exporter',
    ]);
    expect(stat('measure:salient-zeoli-imports-t', 2024)).toMatchObject({ quantity: 1000, quantityBound: 'atMost', unit: 'metric tons' });
  });

  it('W is withheld, E a net exporter (net import reliance only)', () => {
    expect(stat('measure:salient-bauxi-bauxite-mine-kt', 2023)).toMatchObject({ noValueReason: 'withheld' });
    expect(stat('measure:salient-boron-nir-pct', 2024)).toMatchObject({ noValueReason: 'net exporter', unit: 'percent' });
  });

  it('quoted numbers with thousands separators, typographic minus, ranges and words', () => {
    const molyb = dataset.relationships.filter((r) => r.type === 'REPORTS_STATISTIC' && r.to === 'metal:molybdenum' && r.quantity === 1900);
    expect(molyb).toHaveLength(1);
    const niobium = stats.filter((r) => r.measureId === 'measure:salient-niobi-shipments-gov-t').map((r) => r.quantity);
    expect(niobium).toContain(-88);
    expect(stat('measure:salient-quart-hpqprice-dt', 2020)).toMatchObject({
      quantity: 500,
      quantityBound: 'atLeast',
      note: expect.stringMatching(/^USGS range 500–1\d,000 dollars per metric ton/),
    });
    expect(
      stat('measure:salient-coppe-imports-ores-kt', 2024)?.note ??
        stats.filter((r) => r.measureId === 'measure:salient-coppe-imports-ores-kt' && r.note).map((r) => r.note)[0],
    ).toBe('USGS: Less than ½ unit.');
    expect(stats.filter((r) => r.measureId === 'measure:salient-coppe-imports-ores-kt' && r.quantityBound === 'atMost').map((r) => r.quantity)).toEqual([0.5]);
    expect(stat('measure:salient-fesla-exports-mmt', 2024)).toMatchObject({
      quantity: 0.05,
      quantityBound: 'atMost',
      unit: 'million metric tons',
      quantityBase: 50000,
    });
    expect(stat('measure:salient-rheni-employment-num', 2024)).toMatchObject({ noValueReason: 'qualitative estimate: small', unit: 'number' });
    expect(stat('measure:salient-stond-price-average-mdol', 2024)).toMatchObject({ noValueReason: 'variable, depending on type of product' });
  });

  it('headers fixed from the metadata, each listed in the report', () => {
    const fixes = report.corrections.filter((c) => c.file.startsWith('salient/'));
    expect(fixes.map((c) => `${c.file.slice(16, 21)} ${c.from} → ${c.to}`)).toEqual(
      expect.arrayContaining([
        'bauxi Alumina_Price_kt → Alumina_Price_dt',
        'timin Price_dt → Price_Rutile_dt',
        'timin Price_dt → Price_Slag_dt',
        'germa Consump_g → Consump_kg',
        'mercu Price_Imports_df → Price_Imports_dkg',
        'heliu Grade-A-Salescm → Grade-A-Sales_mcm',
      ]),
    );
    expect(fixes).toHaveLength(29);
    expect(stat('measure:salient-bauxi-alumina-price-dt', 2024)).toMatchObject({
      quantity: 570,
      unit: 'dollars per metric ton',
      basis: 'price',
      to: 'product:alumina',
    });
    expect(stat('measure:salient-bauxi-alumina-refinery-kt', 2024)).toMatchObject({ basis: 'production', to: 'product:alumina', unit: 'thousand metric tons' });
  });
});

describe('errors name file, line, column and value; nothing is built', () => {
  const head = '\uFEFFDataSource,Commodity,Year,';
  it('an unknown unit suffix', () => {
    const r = build(`${head}Imports_zz\r\nMCS2025,Gallium,2020,5\r\n`);
    expect(r.issues).toEqual([expect.objectContaining({ row: 1, column: 'Imports_zz', message: expect.stringMatching(/^unknown unit suffix "zz"/) })]);
    expect(r.dataset.relationships).toEqual([]);
  });
  it('a unit that cannot be the statistic’s (a price in tons, reliance in kilograms)', () => {
    const r = build(`${head}Price_Metal_t,NIR_kg\r\nMCS2025,Gallium,2020,5,6\r\n`);
    expect(r.issues.map((i) => i.message)).toEqual([
      "a price column in metric tons: the suffix cannot be this statistic's unit",
      "a importReliance column in kilograms: the suffix cannot be this statistic's unit",
    ]);
  });
  it('a stray word, E outside reliance, a year outside 2020–2024, a repeated header without a fix', () => {
    const r = build(`${head}Imports_kg,Exports_kg,Exports_kg\r\nMCS2025,Gallium,2020,lots,E,1\r\nMCS2025,Gallium,2019,1,2,3\r\n`);
    expect(r.issues.map((i) => `${i.row} ${i.column} ${i.value}`)).toEqual(['1 Exports_kg Exports_kg', '3 Year 2019', '2 Imports_kg lots', '2 Exports_kg E']);
  });
});

describe('text from a file is never looked up on Object.prototype', () => {
  const PROTO_KEYS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];
  it.each(PROTO_KEYS)('%s is no unit, country, value code, word or suffix', (k) => {
    expect(unitInfo(k)).toBeUndefined();
    expect(toTonnes(1, k)).toBeUndefined();
    expect(countryCode(k)).toBeUndefined();
    expect(parseCell(k).kind).toBe('invalid');
    expect(parseSalientCell(k, T, true).kind).toBe('invalid');
    expect(build(`\uFEFFDataSource,Commodity,Year,Imports_${k}\r\nMCS2025,Gallium,2020,5\r\n`).issues[0].message).toMatch(/^unknown unit suffix/);
  });
});

describe('cell parsing (property-based)', () => {
  const withSeparators = (n: number) => n.toLocaleString('en-US');
  it('any integer, with or without separators, signed with - or −, bounded or not, reads back exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.constantFrom('', '<', '>'),
        fc.constantFrom('', '-', '\u2212'),
        fc.boolean(),
        (n, bound, sign, sep) => {
          const text = `${bound}${sign}${sep ? withSeparators(n) : String(n)}`;
          const v = parseSalientCell(text, T, false);
          expect(v).toEqual({ kind: 'number', value: sign && n ? -n : n, bound: bound === '>' ? 'atLeast' : bound === '<' ? 'atMost' : 'exact' });
        },
      ),
    );
  });
  it('a range low–high reads as low atLeast with high in the note; low above high is refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 6 }), fc.integer({ min: 0, max: 10 ** 6 }), (a, b) => {
        const v = parseSalientCell(`${withSeparators(a)}–${withSeparators(b)}`, T, false);
        if (a > b) expect(v.kind).toBe('invalid');
        else expect(v).toMatchObject({ kind: 'number', value: a, bound: 'atLeast', note: expect.stringContaining(`${b} the high end`) });
      }),
    );
  });
  it('text that is no number, code or known word is refused, never read as a figure', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => !/\d/.test(s) && !/^(w|na|xx|e|small|variable, depending on type of product)$/i.test(s.trim())),
        (s) => {
          expect(parseSalientCell(s.trim(), T, true).kind).toMatch(/^(invalid|empty)$/);
        },
      ),
    );
  });
});

describe('invariants over every salient figure', () => {
  it('each has a unit, a source, a year 2020–2024 and either a quantity with a bound or a reason', () => {
    expect(stats.length).toBeGreaterThan(4000);
    for (const r of stats) {
      const ok =
        !!r.unit &&
        r.sources.length === 1 &&
        r.year! >= 2020 &&
        r.year! <= 2024 &&
        (r.quantity !== undefined ? !!r.quantityBound && r.noValueReason === undefined : !!r.noValueReason);
      expect({ key: r.key, ok }).toEqual({ key: r.key, ok: true });
    }
  });
  it('mass figures have quantityBase in t = quantity × the suffix factor; reliance is in percent, prices in money per unit', () => {
    const measures = new Map(dataset.nodes.filter((n) => n.label === 'Measure').map((n) => [n.id, n as { unit: string; statistic?: string; measure: string }]));
    for (const r of stats) {
      const m = measures.get(r.measureId!)!;
      expect(r.unit).toBe(m.unit);
      expect(m.statistic).toBe(statisticOf(m.measure));
      if (m.statistic === 'importReliance') expect(r.unit).toBe('percent');
      if (m.statistic === 'price') expect(r.unit).toMatch(/^(dollars|cents) per |^index$|^million dollars$/);
      const factor = Object.values(SUFFIX_UNITS).find((u) => u.unit === r.unit)?.toTonnes;
      if (factor && r.quantity !== undefined) expect(Math.abs(r.quantityBase! - r.quantity * factor)).toBeLessThanOrEqual(1e-9 * Math.abs(r.quantity * factor));
      else expect(r.quantityBase).toBeUndefined();
    }
  });
});
