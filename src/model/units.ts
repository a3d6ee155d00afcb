/**
 * The one table of units: every unit the data and the API accept, by its symbols and spellings
 * (matched case-insensitively), and how it converts to its base unit. Mass converts to metric
 * tons (`t`); counts and volumes (carats, cubic meters) are their own base unit. Used by the
 * USGS importer (`UNIT_MEAS` of the MCS 2025 world data, listed in its XML metadata) and by the
 * analytics (figures people type, `15 t/yr`; figures stored in the graph). An unknown unit is
 * an error for the importer, never a guess.
 */

export interface UnitInfo {
  /** The unit's name as given. */
  unit: string;
  baseUnit: string;
  /** quantityBase = quantity × factor. */
  factor: number;
  /** A remark to keep on every relationship in this unit (dry weight). */
  note?: string;
}

export interface UnitRow {
  names: string[];
  baseUnit: string;
  factor: number;
  note?: string;
}

export const UNITS: readonly UnitRow[] = [
  { names: ['kg', 'kilograms'], baseUnit: 't', factor: 0.001 },
  { names: ['t', 'metric tons'], baseUnit: 't', factor: 1 },
  { names: ['kt', 'thousand metric tons'], baseUnit: 't', factor: 1000 },
  { names: ['thousand metric dry tons'], baseUnit: 't', factor: 1000, note: 'dry weight' },
  { names: ['mt', 'million metric tons'], baseUnit: 't', factor: 1_000_000 },
  { names: ['thousand carats'], baseUnit: 'thousand carats', factor: 1 },
  { names: ['million carats'], baseUnit: 'million carats', factor: 1 },
  { names: ['million cubic meters'], baseUnit: 'million cubic meters', factor: 1 },
];

const BY_NAME = new Map(UNITS.flatMap((row) => row.names.map((name) => [name, row] as const)));

/** The conversion of `unit` (any listed symbol or spelling, any case), or undefined when unknown. */
export function unitInfo(unit: string): UnitInfo | undefined {
  const row = BY_NAME.get(unit.trim().toLowerCase());
  if (!row) return undefined;
  return { unit, baseUnit: row.baseUnit === 't' ? 't' : unit, factor: row.factor, ...(row.note ? { note: row.note } : {}) };
}

/** Converts without floating noise: 750000 kg → 750 t, 0.5 kt → 500 t. */
export function toBase(quantity: number, info: UnitInfo): number {
  return Number((quantity * info.factor).toPrecision(12));
}

/** A rate's unit without its per-year suffix (`t/yr`, `kt per year`, `Mt/a` → `t`, `kt`, `Mt`); production figures are per year. */
const withoutPerYear = (unit: string) => unit.trim().replace(/\s*(\/\s*(yr|year|a)|per\s+year|a year)$/i, '');

/** Metric tons in `quantity` of the mass unit `unit` (a per-year rate converts like its mass), or undefined for a unit that is not mass or not known. */
export function toTonnes(quantity: number, unit: string): number | undefined {
  const info = unitInfo(withoutPerYear(unit));
  return info?.baseUnit === 't' ? toBase(quantity, info) : undefined;
}
