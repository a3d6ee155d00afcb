/**
 * Figures of a concentration answer in its base unit: metric tons for a mass measure, else the
 * measure's own unit (src/model/units.ts `baseUnitOf`), with the bounds each basis allows. Shared
 * by `supplyConcentration` and `valueChainConcentration`.
 */
import { OTHER_QUANTITY_MAX, RESERVES_TONNES_MAX } from '../../model/quantities.js';
import { convert } from '../../model/units.js';

/**
 * Largest quantity one `addSupply` entry may add, in metric tons: ten billion, above the world
 * output of any commodity USGS tabulates (iron ore and cement are a few billion).
 */
export const ADDED_TONNES_MAX = 1e10;

/** One country's stored figure as the analytics Cypher returns it. */
export type FigureRow = {
  quantity: number | null;
  unit: string | null;
  /** The stored figure in `baseUnit` (quantityBase). */
  quantityBase: number | null;
  baseUnit: string | null;
  noValueReason: string | null;
};

/** `value` when it is a finite number above 0 and at most `max`, else null. */
export const usable = (value: number | null | undefined, max: number) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= max ? value : null;

/**
 * The largest figure, world total or addition of each basis in `baseUnit`: mass flows per year
 * ADDED_TONNES_MAX t, reserves (a stock) RESERVES_TONNES_MAX t; other units OTHER_QUANTITY_MAX.
 */
export const maxOf = (basis: string, baseUnit: string) =>
  baseUnit !== 't' ? OTHER_QUANTITY_MAX : basis === 'reserves' ? RESERVES_TONNES_MAX : ADDED_TONNES_MAX;

/**
 * A producer row with its figure in the answer's base unit (`base`): the stored quantityBase
 * when it is in that unit, else the reported quantity converted within its unit family. A figure
 * of another family, or one written around the loader's checks (negative, 0, not finite, out
 * of bounds, no unit), is left out with the reason in `noValueReason`: it never enters a share
 * or the HHI.
 */
export function inBaseUnit<P extends FigureRow>(p: P, baseUnit: string, max: number): P & { base: number | null } {
  if (p.quantityBase === null && p.quantity === null) return { ...p, base: null };
  const base =
    p.baseUnit === baseUnit && p.quantityBase !== null
      ? p.quantityBase
      : p.quantity === null || p.unit == null
        ? undefined
        : convert(p.quantity, p.unit, baseUnit);
  if (base === undefined)
    return { ...p, base: null, noValueReason: `figure left out: ${p.quantity} ${p.unit} does not convert to ${baseUnit}, the measure's base unit` };
  if (usable(base, max) !== null) return { ...p, base };
  return { ...p, base: null, noValueReason: `figure left out: ${base} ${baseUnit} is not a number above 0 and at most ${max.toExponential()} ${baseUnit}` };
}
