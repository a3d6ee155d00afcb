/**
 * Mass units to metric tons, for figures people type (what-if additions) and figures stored
 * in the graph (`15 t/yr`). Annual rates (`/yr`, `per year`) convert like the mass itself,
 * since production figures are per year. USGS unit names are handled by src/usgs/units.ts.
 */
import { unitInfo } from '../usgs/units.js';

const SYMBOLS: Record<string, number> = { kg: 0.001, t: 1, kt: 1000, mt: 1_000_000 };

/** Tonnes in `quantity` of `unit`, or undefined when the unit is not a mass unit known here. */
export function toTonnes(quantity: number, unit: string): number | undefined {
  const u = unit.trim().replace(/\s*(\/\s*(yr|year|a)|per\s+year|a year)$/i, '').toLowerCase();
  const factor = (Object.hasOwn(SYMBOLS, u) ? SYMBOLS[u] : undefined) ?? (unitInfo(u)?.baseUnit === 't' ? unitInfo(u)!.factor : undefined);
  return factor === undefined ? undefined : Number((quantity * factor).toPrecision(12));
}
