/**
 * Figures of a measure that are not a country's: world totals, "Other countries" and
 * multi-country aggregates. The Measure keeps one world total per year as numbers
 * (`worldTotal2023/2024`, of its primary basis) and every aggregate row as text in
 * `worldTotalNote`.
 */
import type { AggregateRow } from './report.js';
import { noteValue } from './values.js';
import type { Basis, MeasureRows, WorldRow } from './world-rows.js';

export interface Total {
  value: number;
  bound: 'exact' | 'atLeast' | 'atMost' | 'approximate';
}

/**
 * The primary basis of a measure: production if any row has a production figure or code, else
 * capacity, else reserves; with no figures at all, what the TYPE names (capacity, reserves) or production.
 */
export function primaryBasis(m: MeasureRows): Basis {
  const has = (b: Basis) => m.rows.some((r) => r.cells.some((c) => c.spec.basis === b && !c.ignored && c.value.kind !== 'empty'));
  for (const b of ['production', 'capacity', 'reserves'] as const) if (has(b)) return b;
  return /capacity/i.test(m.type) ? 'capacity' : /^reserves/i.test(m.type) ? 'reserves' : 'production';
}

/** True when no row of the measure has a figure or a value code (every value cell is empty). */
export function hasNoFigures(m: MeasureRows): boolean {
  return m.rows.every((r) => r.cells.every((c) => c.value.kind === 'empty' && !c.note));
}

/**
 * World totals smaller than what the other rows of the measure add up to (by more than 5 %,
 * beyond rounding): the total cannot be a denominator for shares. Returns `basis|year` → sum.
 */
export function inconsistentTotals(m: MeasureRows, totals: Map<string, Total>): Map<string, number> {
  const sums = new Map<string, number>();
  for (const r of m.rows) {
    if (r.label.what.kind === 'worldTotal') continue;
    for (const c of r.cells) {
      const k = `${c.spec.basis}|${c.spec.year}`;
      if (!c.ignored && c.value.kind === 'number' && c.value.bound === 'exact') sums.set(k, (sums.get(k) ?? 0) + c.value.value);
    }
  }
  const out = new Map<string, number>();
  for (const [k, t] of totals) {
    const sum = sums.get(k) ?? 0;
    if (t.bound === 'exact' && sum > t.value * 1.05) out.set(k, Number(sum.toPrecision(12)));
  }
  return out;
}

/**
 * The measure's own world-total row: the first one that is not a combined total
 * (`World total (ilmenite and rutile, rounded)` filed under ilmenite is combined).
 */
export function ownWorldTotal(m: MeasureRows): WorldRow | undefined {
  const totals = m.rows.filter((r) => r.label.what.kind === 'worldTotal');
  return totals.find((r) => r.label.what.kind === 'worldTotal' && !r.label.what.combined) ?? totals[0];
}

/** The totals of one world-total row by `basis|year` (numbers only; codes and empty cells are left out). */
export function totalsOf(row: WorldRow | undefined): Map<string, Total> {
  const out = new Map<string, Total>();
  for (const c of row?.cells ?? []) {
    if (!c.ignored && c.value.kind === 'number') out.set(`${c.spec.basis}|${c.spec.year}`, { value: c.value.value, bound: c.value.bound });
  }
  return out;
}

const LABEL: Record<string, string> = {
  PROD_2023: 'production 2023',
  PROD_EST_2024: 'production 2024 (estimated)',
  CAP_2023: 'capacity 2023',
  CAP_EST_2024: 'capacity 2024 (estimated)',
  RESERVES_2024: 'reserves 2024',
};

/** `production 2023 = 438000; production 2024 (estimated) = 450000; reserves 2024 = 29000000 million metric tons; note: …`. */
export function figuresText(row: WorldRow, unit: string, reservesUnit: string): string {
  const parts: string[] = [];
  const notes = new Set<string>();
  for (const c of row.cells) {
    if (c.ignored) continue;
    const u = c.spec.basis === 'reserves' ? reservesUnit : unit;
    if (c.value.kind === 'number') {
      const sign = c.value.bound === 'atLeast' ? '>' : c.value.bound === 'atMost' ? '<' : '';
      parts.push(`${LABEL[c.spec.column]} = ${sign}${c.value.value} ${u}`);
    } else if (c.value.kind === 'code') parts.push(`${LABEL[c.spec.column]}: ${c.value.reason} (${c.value.code})`);
    else if (c.note) {
      const nv = noteValue(c.note, c.spec.year);
      if (nv.kind === 'code') parts.push(`${LABEL[c.spec.column]}: ${nv.reason}`);
    }
    if (c.note) notes.add(c.note);
  }
  for (const n of notes) parts.push(`USGS note: ${n}`);
  return parts.length ? parts.join('; ') : 'no figures';
}

/**
 * The aggregate rows of a measure, for the report and the Measure's `worldTotalNote`
 * (at most 2000 characters; longer text is cut with an ellipsis).
 */
export function aggregates(
  m: MeasureRows,
  measureId: string,
  file: string,
  unit: string,
  reservesUnit: string,
  extra: string[] = [],
): { rows: AggregateRow[]; note?: string } {
  const own = ownWorldTotal(m);
  const rows: AggregateRow[] = [];
  for (const r of m.rows) {
    const kind = r.label.what.kind;
    if (kind !== 'worldTotal' && kind !== 'otherCountries' && kind !== 'multiCountry') continue;
    rows.push({ file, row: r.line, measureId, label: r.label.label, kind, onMeasure: r === own, figures: figuresText(r, unit, reservesUnit) });
  }
  if (!rows.length && !extra.length) return { rows };
  let note = [...rows.map((a) => `${a.label}${a.kind === 'worldTotal' ? '' : ' (aggregate, not a country)'}: ${a.figures}`), ...extra].join(' | ');
  if (note.length > 2000) note = `${note.slice(0, 1998)}…`;
  return { rows, note };
}
