/**
 * The bounds of every figure in the model, checked on every record a load validates (after
 * its zod shape; `src/load/validate.ts`) and relied on by the analytics:
 *
 * - `quantity`: a finite number with a `unit` that `unitKind` knows (src/model/units.ts). It is
 *   above 0 for stated amounts (production, capacity, reserves, supply, offtake, a claim's
 *   figure, net import reliance); only a USGS salient statistic (REPORTS_STATISTIC: stock
 *   changes, net exports, import reliance of a net exporter) may be zero or negative. Mass
 *   figures are at most QUANTITY_TONNES_MAX t per year once converted (the bound `addSupply`
 *   and `addPlannedCapacityOf` apply), reserves (HOLDS_RESERVES, stocks not flows) at most
 *   RESERVES_TONNES_MAX t; figures in other units at most OTHER_QUANTITY_MAX in magnitude
 *   (percent: at most 100, or -100…100 for a salient statistic).
 * - `quantityBase`: as `quantity`, in `baseUnit`.
 * - `amount`: above 0 and at most AMOUNT_MAX, with a `currency`.
 * - A Measure's world totals (`worldTotal…`, `worldCapacity…`, `worldReserves2024`): above 0,
 *   in the measure's `unit`, within the same bounds.
 * - `sharePct` 0–100 and `value` finite are the zod shape's; `validFrom` is not after the end
 *   of the period `validTo` names (`2026-Q3` … `2026` holds; `2027` … `2026-06` does not).
 */
import { shown } from '../server/echo.js';
import { parsePartialDate } from './schema.js';
import { toTonnes, unitError, unitKind } from './units.js';

/** Largest yearly mass flow, in metric tons: ten billion, above any commodity's world output (iron ore and cement are a few billion). */
export const QUANTITY_TONNES_MAX = 1e10;
/** Largest reserves, in metric tons: a thousand billion (the largest USGS world reserves, iron ore, are under 2 × 10^11 t). */
export const RESERVES_TONNES_MAX = 1e12;
/** Largest magnitude of a figure in a unit other than mass: counts, volumes, money and prices as stated. */
export const OTHER_QUANTITY_MAX = 1e12;
/** Largest `amount` of money: ten trillion in its currency. */
export const AMOUNT_MAX = 1e13;

/** Each qualifier of a figure, with the figure it qualifies. */
const FIGURE_QUALIFIERS = [
  ['unit', 'quantity'],
  ['quantityBound', 'quantity'],
  ['baseUnit', 'quantityBase'],
  ['currency', 'amount'],
  ['amountBound', 'amount'],
  ['sharePctBound', 'sharePct'],
] as const;
/** A Measure states the unit of its figures (world totals, the countries' figures), with or without a figure of its own. */
const MEASURE_UNITS = new Set(['unit', 'baseUnit']);

/** One problem with a figure of a record: the field and what is wrong. */
export interface FigureIssue {
  field: string;
  message: string;
}

type Fields = Record<string, unknown>;

/** The last day (ISO) of the period a partial date names: `2026` → 2026-12-31, `2026-Q3` → 2026-09-30. */
export function endOfPeriod(value: string): string | null {
  const p = parsePartialDate(value);
  if (!p) return null;
  const [y, m] = p.date.split('-').map(Number);
  const months = { year: 12 - m + 1, quarter: 3, month: 1, day: 0 }[p.precision];
  if (months === 0) return p.date;
  const end = new Date(0);
  end.setUTCFullYear(y, m - 1 + months, 0);
  return end.toISOString().slice(0, 10);
}

/**
 * Checks one figure `value` (in `unit`) of `field`; `allowNonPositive` for salient statistics,
 * `tonnesMax` the mass bound of the figure's kind.
 */
function figureIssue(field: string, value: number, unit: unknown, allowNonPositive: boolean, tonnesMax: number): FigureIssue | undefined {
  if (!Number.isFinite(value)) return { field, message: `must be a finite number (got ${value})` };
  if (typeof unit !== 'string') return { field, message: 'a figure needs its unit' };
  const kind = unitKind(unit);
  // An unknown unit is reported once, for the field `unit`.
  if (kind === undefined) return undefined;
  if (!allowNonPositive && !(value > 0)) return { field, message: `must be above 0 (got ${value}); state a missing figure with noValueReason instead` };
  if (kind === 'mass') {
    const tonnes = Math.abs(toTonnes(value, unit) ?? Number.POSITIVE_INFINITY);
    if (!(tonnes <= tonnesMax)) return { field, message: `must be at most ${tonnesMax.toExponential()} t once converted (got ${value} ${shown(unit)})` };
  } else if (kind === 'percent') {
    if (Math.abs(value) > 100) return { field, message: `a percentage must be at most 100 (got ${value})` };
  } else if (Math.abs(value) > OTHER_QUANTITY_MAX) {
    return { field, message: `must be at most ${OTHER_QUANTITY_MAX.toExponential()} in its unit ${shown(unit)} (got ${value})` };
  }
  return undefined;
}

/**
 * Every figure problem of one parsed record (node or relationship; `type` is the
 * relationship's type, or undefined for a node), each with its field. Empty when all hold.
 */
export function figureIssues(record: Fields, type?: string): FigureIssue[] {
  const issues: FigureIssue[] = [];
  const salient = type === 'REPORTS_STATISTIC';
  const tonnesMax = type === 'HOLDS_RESERVES' ? RESERVES_TONNES_MAX : QUANTITY_TONNES_MAX;
  const add = (issue: FigureIssue | undefined) => issue && issues.push(issue);
  for (const field of ['unit', 'baseUnit']) {
    const unit = record[field];
    if (typeof unit === 'string' && unitKind(unit) === undefined) {
      issues.push({
        field,
        message: `${unitError(unit) ?? `unknown unit ${shown(unit)}`}: use one of the unit table, src/model/units.ts (t, kg, kt, Mt, metric tons …, spelled as listed, case-sensitive, optionally per year: t/yr; carats, cubic meters, percent or % (also with a qualifier), prices such as dollars per kilogram, million dollars, number, jobs, index, million square feet)`,
      });
    }
  }
  if (typeof record.quantity === 'number') add(figureIssue('quantity', record.quantity, record.unit, salient, tonnesMax));
  if (typeof record.quantityBase === 'number') add(figureIssue('quantityBase', record.quantityBase, record.baseUnit ?? record.unit, salient, tonnesMax));
  if (typeof record.amount === 'number') {
    if (!(record.amount > 0) || record.amount > AMOUNT_MAX) {
      issues.push({ field: 'amount', message: `must be above 0 and at most ${AMOUNT_MAX.toExponential()} (got ${record.amount})` });
    }
    if (typeof record.currency !== 'string') issues.push({ field: 'currency', message: 'an amount needs its currency' });
  }
  if (record.label === 'Measure') {
    for (const field of ['worldTotal2023', 'worldTotal2024', 'worldCapacity2023', 'worldCapacity2024', 'worldReserves2024']) {
      const v = record[field];
      if (typeof v === 'number') add(figureIssue(field, v, record.unit, false, field.startsWith('worldReserves') ? RESERVES_TONNES_MAX : QUANTITY_TONNES_MAX));
    }
  }
  // A unit, currency or bound says what a figure is in: without the figure it states nothing,
  // unless noValueReason says why the figure is missing (a Measure's unit is its figures').
  if (record.noValueReason === undefined || record.noValueReason === null) {
    for (const [qualifier, figure] of FIGURE_QUALIFIERS) {
      // A Claim's bound may qualify its plain `value` (a count, a rank) instead of a quantity.
      const figured = record[figure] !== undefined || (qualifier === 'quantityBound' && record.label === 'Claim' && record.value !== undefined);
      const stated = record[qualifier] !== undefined && !figured;
      // One issue per field: an unknown unit is already reported.
      if (stated && !(record.label === 'Measure' && MEASURE_UNITS.has(qualifier)) && !issues.some((i) => i.field === qualifier)) {
        issues.push({
          field: qualifier,
          message: `${qualifier} without ${figure}: give ${figure}, or leave ${qualifier} out (noValueReason states a missing figure)`,
        });
      }
    }
  }
  if (typeof record.validFrom === 'string' && typeof record.validTo === 'string') {
    const from = parsePartialDate(record.validFrom)?.date;
    const to = endOfPeriod(record.validTo);
    if (from && to && from > to) issues.push({ field: 'validTo', message: `ends (${record.validTo}) before validFrom (${record.validFrom}) begins` });
  }
  return issues;
}
