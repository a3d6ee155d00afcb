/**
 * The units of the world-data release (`UNIT_MEAS`, listed in its XML metadata) and how each
 * converts to the base unit: metric tons (`t`) for mass; any other unit (carats, cubic meters)
 * is its own base unit. An unknown unit is an import error (add it here), never a guess.
 */
import { lookup } from './csv.js';

export interface UnitInfo {
  /** The unit's name as reported. */
  unit: string;
  baseUnit: string;
  /** quantityBase = quantity × factor. */
  factor: number;
  /** A remark to keep on every relationship in this unit (dry weight). */
  note?: string;
}

const MASS: Record<string, { factor: number; note?: string }> = {
  kilograms: { factor: 0.001 },
  'metric tons': { factor: 1 },
  'thousand metric tons': { factor: 1000 },
  'thousand metric dry tons': { factor: 1000, note: 'dry weight' },
  'million metric tons': { factor: 1_000_000 },
};

/** Units kept as their own base unit (not mass). */
const OTHER = ['million carats', 'thousand carats', 'million cubic meters'];

/** The conversion for a reported unit (matched case-insensitively), or undefined when unknown. */
export function unitInfo(unit: string): UnitInfo | undefined {
  const u = unit.toLowerCase();
  const mass = lookup(MASS, u);
  if (mass) return { unit, baseUnit: 't', factor: mass.factor, note: mass.note };
  if (OTHER.includes(u)) return { unit, baseUnit: unit, factor: 1 };
  return undefined;
}

/** Converts without floating noise: 750000 kg → 750 t, 0.5 kt → 500 t. */
export function toBase(quantity: number, info: UnitInfo): number {
  return Number((quantity * info.factor).toPrecision(12));
}

/**
 * A unit stated in a reserves note, overriding `UNIT_MEAS` for the reserves column:
 * `Crude Ore, million metric tons`, `Iron Content, million metric tons`,
 * ` (Reserve data is thousand metric tons).`
 */
export function reserveUnitFromNote(note: string): string | undefined {
  const m = /(?:^|,\s*|reserve data is\s+)((?:thousand|million) metric tons)\)?\.?\)?\.?$/i.exec(note);
  return m ? m[1].toLowerCase() : undefined;
}
