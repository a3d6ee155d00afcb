/**
 * The world production / capacity / reserves table → Measure nodes, `MEASURES`, `PRODUCES`
 * (production and capacity, 2023 and 2024) and `HOLDS_RESERVES` (2024) relationships.
 */
import type { Dataset, NodeRecord, RelationshipRecord } from '../model/schema.js';
import { capShareSum } from '../model/shares.js';
import { toBase, unitInfo } from '../model/units.js';
import { buildOrThrow, type GraphBuilder } from './builder.js';
import { commodityFor, commodityNode } from './commodities.js';
import { slugify } from './csv.js';
import type { UsgsIssue } from './errors.js';
import { countByType, skip, type UsgsReport } from './report.js';
import { FILES, SOURCE_IDS, sourceRecord } from './sources.js';
import { reserveUnitFromNote } from './units.js';
import { noteValue } from './values.js';
import { aggregates, hasNoFigures, inconsistentTotals, ownWorldTotal, primaryBasis, type Total, totalsOf } from './world-figures.js';
import { type MeasureRows, readWorldRows, type WorldCell, type WorldRow } from './world-rows.js';

const SRC = SOURCE_IDS.world;

/**
 * Imports `world/MCS2025_World_Data.csv` (its whole text). For each (COMMODITY, TYPE) a Measure
 * `measure:<commodity-slug>-<type-slug>` (unit as reported, baseUnit `t` for mass, world totals
 * of its primary basis in the reported unit, every aggregate row as text in worldTotalNote) with
 * `MEASURES` to its commodity node; for each country row and value cell a `PRODUCES`
 * (basis production / capacity, years 2023 / 2024) or `HOLDS_RESERVES` (2024) from
 * `country:<ISO2>`, keyed `<measureId>|<basis>|<year>` (plus `|<qualifier-slug>` when one
 * country has several rows of a measure), with quantity + unit, quantityBase + baseUnit (t),
 * quantityBound, estimated, note, sharePct of the world total (or of the listed countries' sum where
 * the rounded total is below it), or noValueReason for W / NA / XX.
 * Source: `source:usgs-mcs-2025-world`. Throws UsgsImportError listing every malformed cell.
 */
export function importWorldData(csv: string): { dataset: Dataset; report: UsgsReport } {
  return buildOrThrow((builder, report) => buildWorld(csv, builder, report));
}

/** Adds the world table to `builder`; returns the issues (nothing is added when there are any). */
export function buildWorld(csv: string, builder: GraphBuilder, report: UsgsReport): UsgsIssue[] {
  const file = FILES.world;
  const { measures, issues } = readWorldRows(csv, file, report);
  if (issues.length) return issues;
  const nodes: NodeRecord[] = [];
  const rels: RelationshipRecord[] = [];
  const countries: [string, string][] = [];
  for (const m of measures) {
    const out = buildMeasure(m, file, report, issues);
    nodes.push(...out.nodes);
    rels.push(...out.rels);
    countries.push(...out.countries);
  }
  if (issues.length) return issues;
  builder.addSource(sourceRecord('world'));
  for (const n of nodes) builder.addNode(n);
  for (const [code, spelling] of countries) builder.addCountry(code, spelling, SRC);
  for (const r of rels) builder.addRel(r);
  report.imported[file] = countByType(rels);
  return [];
}

function buildMeasure(m: MeasureRows, file: string, report: UsgsReport, issues: UsgsIssue[]) {
  const measureId = `measure:${slugify(m.commodity)}-${slugify(m.type)}`;
  const { entry, known } = commodityFor(m.commodity, m.type);
  if (!known) report.unknownCommodities.push({ file, row: m.rows[0].line, name: m.commodity, id: entry.id });
  const unit = unitInfo(m.unit)!;
  const reserveNotes = m.rows.map((r) => r.cells.find((c) => c.spec.basis === 'reserves')?.note ?? '');
  const reserveUnits = [...new Set(reserveNotes.map(reserveUnitFromNote).filter((u): u is string => !!u))];
  if (reserveUnits.length > 1) {
    issues.push({
      file,
      row: m.rows[0].line,
      column: 'RESERVE_NOTES',
      value: reserveUnits.join(' / '),
      message: 'reserve notes of one measure state different units',
    });
  }
  const reserveUnit = reserveUnits.length ? unitInfo(reserveUnits[0])! : unit;
  const basis = primaryBasis(m);
  const totals = totalsOf(ownWorldTotal(m));
  const extra: string[] = [];
  for (const [k, sum] of inconsistentTotals(m, totals)) {
    const [b, year] = k.split('|');
    extra.push(`the ${b} ${year} world total (${totals.get(k)!.value}) is less than the rows listed (sum ${sum}); no shares computed for it`);
    report.warnings.push(`${measureId}: ${extra[extra.length - 1]}`);
    totals.delete(k);
  }
  const agg = aggregates(m, measureId, file, unit.unit, reserveUnit.unit, extra);
  report.aggregates.push(...agg.rows);
  for (const a of agg.rows)
    skip(
      report,
      `row: ${a.kind === 'worldTotal' ? 'world total' : a.kind === 'otherCountries' ? 'other countries aggregate' : 'multi-country aggregate'} (figures on the Measure)`,
    );

  const worldTotal = (year: number, of: string = basis) => {
    const t = totals.get(`${of}|${year}`);
    return t && t.bound === 'exact' ? t.value : undefined;
  };
  const wt2023 = worldTotal(2023);
  const wt2024 = worldTotal(2024);
  const cap2023 = worldTotal(2023, 'capacity');
  const cap2024 = worldTotal(2024, 'capacity');
  // The reserves world total, in the measure's unit (the reserves column may be in another mass unit).
  const reservesTotal = totals.get('reserves|2024');
  const wr2024 =
    reservesTotal?.bound === 'exact' && reserveUnit.baseUnit === unit.baseUnit
      ? Number(((reservesTotal.value * reserveUnit.factor) / unit.factor).toPrecision(12))
      : undefined;
  const measure: NodeRecord = {
    id: measureId,
    label: 'Measure',
    name: `${m.commodity} — ${m.type}`,
    aliases: [],
    description:
      `USGS MCS 2025 world data, COMMODITY "${m.commodity}", TYPE "${m.type}". worldTotal2023/2024 are ${basis} figures in ${unit.unit}` +
      (cap2023 !== undefined || cap2024 !== undefined ? `; worldCapacity2023/2024 are capacity figures in ${unit.unit}` : '') +
      (reserveUnit.unit !== unit.unit ? `; reserves are reported in ${reserveUnit.unit}.` : '.') +
      (hasNoFigures(m) ? ' The release gives no figures for this measure (every value cell is empty).' : ''),
    commodity: m.commodity,
    measure: m.type,
    unit: unit.unit,
    baseUnit: unit.baseUnit,
    ...(wt2023 !== undefined ? { worldTotal2023: wt2023 } : {}),
    ...(wt2024 !== undefined ? { worldTotal2024: wt2024 } : {}),
    ...(wt2023 !== undefined || wt2024 !== undefined ? { worldTotalBasis: basis } : {}),
    ...(cap2023 !== undefined ? { worldCapacity2023: cap2023 } : {}),
    ...(cap2024 !== undefined ? { worldCapacity2024: cap2024 } : {}),
    ...(wr2024 !== undefined ? { worldReserves2024: wr2024 } : {}),
    ...(agg.note ? { worldTotalNote: agg.note } : {}),
    sources: [SRC],
  };
  const nodes: NodeRecord[] = [measure, commodityNode(entry, SRC)];
  const rels: RelationshipRecord[] = [{ type: 'MEASURES', from: measureId, to: entry.id, key: '', sources: [SRC] }];
  const countries: [string, string][] = [];

  const countryRows = m.rows.filter((r) => r.label.what.kind === 'country' || r.label.what.kind === 'unmapped');
  const suffixes = keySuffixes(countryRows, file, issues);
  for (const r of countryRows) {
    const what = r.label.what;
    if (what.kind !== 'country') {
      report.unmapped.push({ file, row: r.line, name: r.label.label });
      skip(report, 'row: unmapped country name');
      continue;
    }
    countries.push([what.code, what.name]);
    for (const cell of r.cells) {
      const rel = cellRelationship(r, cell, {
        measureId,
        to: entry.id,
        from: `country:${what.code}`,
        suffix: suffixes.get(r) ?? '',
        unit: cell.spec.basis === 'reserves' ? reserveUnit : unit,
        report,
      });
      if (rel) rels.push(rel);
    }
  }
  const shareNotes = setShares(rels, totals);
  if (shareNotes.length) {
    const note = [(measure as { worldTotalNote?: string }).worldTotalNote, ...shareNotes].filter(Boolean).join(' | ');
    Object.assign(measure, { worldTotalNote: note.length > 2000 ? `${note.slice(0, 1998)}…` : note });
  }
  return { nodes, rels, countries };
}

/** Key suffixes for countries with several rows in one measure: `|<qualifier-slug>` (a row without qualifier keeps the plain key). */
function keySuffixes(rows: WorldRow[], file: string, issues: UsgsIssue[]): Map<WorldRow, string> {
  const out = new Map<WorldRow, string>();
  const byCode = new Map<string, WorldRow[]>();
  for (const r of rows) if (r.label.what.kind === 'country') byCode.set(r.label.what.code, [...(byCode.get(r.label.what.code) ?? []), r]);
  for (const group of byCode.values()) {
    if (group.length < 2) continue;
    const seen = new Set<string>();
    for (const r of group) {
      const q = r.label.what.kind === 'country' && r.label.what.qualifier ? `|${slugify(r.label.what.qualifier)}` : '';
      if (seen.has(q))
        issues.push({
          file,
          row: r.line,
          column: 'COUNTRY',
          value: r.label.label,
          message: 'a second row for the same country and measure with the same qualifier',
        });
      seen.add(q);
      out.set(r, q);
    }
  }
  return out;
}

interface CellContext {
  measureId: string;
  from: string;
  to: string;
  suffix: string;
  unit: NonNullable<ReturnType<typeof unitInfo>>;
  report: UsgsReport;
}

/** One value cell of a country row → a relationship, or undefined (counted in the report as skipped). */
function cellRelationship(r: WorldRow, cell: WorldCell, ctx: CellContext): RelationshipRecord | undefined {
  const { spec, value, note } = cell;
  if (cell.ignored) {
    if (value.kind !== 'empty') skip(ctx.report, `cell: ${cell.ignored}`);
    return undefined;
  }
  let quantity: { value: number; bound: Total['bound'] } | undefined;
  let noValueReason: string | undefined;
  if (value.kind === 'number') quantity = value;
  else if (value.kind === 'code') noValueReason = value.reason;
  else if (value.kind === 'empty') {
    const nv = note ? noteValue(note, spec.year) : { kind: 'none' as const };
    if (nv.kind === 'code') noValueReason = nv.reason;
    else if (nv.kind === 'bounded') quantity = nv;
    else {
      skip(ctx.report, note ? 'cell: empty, its note gives no value' : 'cell: empty (no value, no note)');
      return undefined;
    }
  }
  const what = r.label.what;
  const qualifier = what.kind === 'country' ? what.qualifier : undefined;
  const estimated =
    spec.estimateColumn ||
    /\bestimated\b/i.test(r.type) ||
    (spec.basis === 'production' && /^estimated (for )?2023\b/i.test(note) && spec.year === 2023) ||
    (spec.basis === 'capacity' && /^estimated$/i.test(note));
  const notes = [qualifier ? `USGS label: ${r.label.label}` : '', note, quantity && ctx.unit.note ? `quantity is ${ctx.unit.note}` : ''].filter(Boolean);
  const rel: RelationshipRecord = {
    type: spec.basis === 'reserves' ? 'HOLDS_RESERVES' : 'PRODUCES',
    from: ctx.from,
    to: ctx.to,
    key: `${ctx.measureId}|${spec.basis}|${spec.year}${ctx.suffix}`,
    sources: [SRC],
    basis: spec.basis,
    measureId: ctx.measureId,
    year: spec.year,
    ...(estimated ? { estimated: true } : {}),
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
  if (noValueReason) return { ...rel, noValueReason };
  if (!quantity) return undefined;
  Object.assign(rel, {
    quantity: quantity.value,
    unit: ctx.unit.unit,
    quantityBound: quantity.bound,
    quantityBase: toBase(quantity.value, ctx.unit),
    baseUnit: ctx.unit.baseUnit,
  });
  return rel;
}

/**
 * Sets `sharePct` on the figures of `rels` (one measure): quantity / denominator × 100, the
 * denominator of each basis and year being its world total or — where the rounded total is
 * below what the countries listed add up to — that sum, so the shares of one measure and year
 * never add up to more than 100 % (float rounding included: `capShareSum`). Returns a sentence per replaced total.
 */
function setShares(rels: RelationshipRecord[], totals: Map<string, Total>): string[] {
  const keyOf = (r: RelationshipRecord) => `${r.basis}|${r.year}`;
  const sums = new Map<string, number>();
  for (const r of rels) if (typeof r.quantity === 'number') sums.set(keyOf(r), (sums.get(keyOf(r)) ?? 0) + r.quantity);
  const notes: string[] = [];
  const denominators = new Map(totals);
  for (const [k, t] of totals) {
    const sum = Number((sums.get(k) ?? 0).toPrecision(12));
    if (sum <= t.value) continue;
    denominators.set(k, { value: sum, bound: t.bound });
    const [basis, year] = k.split('|');
    notes.push(`the rounded ${basis} ${year} world total (${t.value}) is below the countries listed (sum ${sum}); shares of ${basis} ${year} are of that sum`);
  }
  for (const r of rels) {
    if (typeof r.quantity !== 'number') continue;
    const share = sharePct({ value: r.quantity, bound: r.quantityBound ?? 'exact' }, denominators.get(keyOf(r)));
    if (share) Object.assign(r, { sharePct: share.value, sharePctBound: share.bound });
  }
  // The shares of one basis and year add up to at most 100, also where float rounding says 100.00000000000001.
  for (const k of denominators.keys()) capShareSum(rels.filter((r) => keyOf(r) === k) as Array<{ sharePct?: number }>);
  return notes;
}

/** quantity / world total × 100, with the bound that follows from the two bounds (undefined when it cannot be told). */
function sharePct(q: { value: number; bound: Total['bound'] }, total: Total | undefined): Total | undefined {
  if (!total || total.value <= 0) return undefined;
  const value = (q.value / total.value) * 100;
  if (total.bound === 'exact') return q.bound === 'approximate' ? undefined : { value, bound: q.bound };
  if (total.bound === 'atLeast' && (q.bound === 'exact' || q.bound === 'atMost')) return { value, bound: 'atMost' };
  return undefined;
}
