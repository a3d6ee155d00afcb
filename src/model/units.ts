/**
 * The one table of units: every unit the data, the importers, the extractor and the API use, by
 * its symbol, its words and other spellings (matched case-insensitively), and how it converts to
 * its base unit. Mass converts to metric tons (`t`); every other unit (carats, cubic meters,
 * percent, prices) is its own base unit. Used by the USGS importer (`UNIT_MEAS` of the MCS 2025
 * world data, listed in its XML metadata, and the salient tables' column suffixes), the article
 * extractor (the mass words writers use) and the analytics (figures people type, `15 t/yr`;
 * figures stored in the graph). Local spellings (a column suffix, a writer's word) are aliases
 * that name a row here; an unknown unit is an error for the importer, never a guess.
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
  /** The canonical symbol (`t`, `kt`, `Mt`, `kg`, `g`, `%`), where the unit has one. */
  symbol?: string;
  /** The unit in words, as the USGS tables state it and the graph stores it (`metric tons`). */
  words: string;
  /** Other spellings of the same unit. */
  aliases?: string[];
  baseUnit: string;
  /** quantityBase = quantity × factor (metric tons per unit for mass). */
  factor: number;
  note?: string;
}

/** Mass units: factor is metric tons per unit. */
const mass = (symbol: string | undefined, words: string, factor: number, rest: Partial<UnitRow> = {}): UnitRow => ({
  ...(symbol ? { symbol } : {}),
  words,
  baseUnit: 't',
  factor,
  ...rest,
});
/** Units that are their own base unit (counts, volumes, areas, shares, money, prices). */
const own = (words: string, symbol?: string): UnitRow => ({ ...(symbol ? { symbol } : {}), words, baseUnit: words, factor: 1 });

export const UNITS: readonly UnitRow[] = [
  mass('g', 'grams', 1e-6),
  mass('kg', 'kilograms', 0.001),
  mass('t', 'metric tons', 1),
  mass('kt', 'thousand metric tons', 1000),
  mass(undefined, 'thousand metric dry tons', 1000, { note: 'dry weight' }),
  mass('Mt', 'million metric tons', 1_000_000),
  own('thousand carats'),
  own('million carats'),
  own('million cubic meters'),
  own('million square feet'),
  own('percent', '%'),
  own('number'),
  own('jobs'),
  own('index'),
  own('million dollars'),
  own('dollars per metric ton'),
  own('dollars per short ton'),
  own('dollars per kilogram'),
  own('dollars per gram'),
  own('dollars per pound'),
  own('dollars per troy ounce'),
  own('dollars per carat'),
  own('cents per pound'),
];

/** Every spelling of a row: symbol, words, aliases. */
export const namesOf = (row: UnitRow): string[] => [...(row.symbol ? [row.symbol] : []), row.words, ...(row.aliases ?? [])];

const BY_NAME = new Map(UNITS.flatMap((row) => namesOf(row).map((name) => [name.toLowerCase(), row] as const)));

/** The table's row for `unit` (any symbol or spelling, any case), or undefined when unknown. */
export function unitRow(unit: string): UnitRow | undefined {
  return BY_NAME.get(unit.trim().toLowerCase());
}

/** The table's row for `unit`; throws for a unit not in the table (for aliases declared in code). */
export function tableUnit(unit: string): UnitRow {
  const row = unitRow(unit);
  if (!row) throw new Error(`unit ${JSON.stringify(unit)} is not in the unit table (src/model/units.ts)`);
  return row;
}

/** The conversion of `unit` (any listed symbol or spelling, any case), or undefined when unknown or missing. */
export function unitInfo(unit: string | null | undefined): UnitInfo | undefined {
  if (typeof unit !== 'string') return undefined;
  const row = unitRow(unit);
  if (!row) return undefined;
  return { unit, baseUnit: row.baseUnit === 't' ? 't' : unit, factor: row.factor, ...(row.note ? { note: row.note } : {}) };
}

/** Converts without floating noise: 750000 kg → 750 t, 0.5 kt → 500 t. */
export function toBase(quantity: number, info: UnitInfo): number {
  return Number((quantity * info.factor).toPrecision(12));
}

/** A rate's unit without its per-year suffix (`t/yr`, `kt per year`, `Mt/a` → `t`, `kt`, `Mt`); production figures are per year. */
const withoutPerYear = (unit: string) => unit.trim().replace(/\s*(\/\s*(yr|year|a)|per\s+year|a year)$/i, '');

/**
 * Metric tons in `quantity` of the mass unit `unit` (a per-year rate converts like its mass), or
 * undefined for a unit that is missing, not mass or not known, and for a quantity that is not a
 * finite number (a figure stored without a unit or written around the loader's checks).
 */
export function toTonnes(quantity: number | null | undefined, unit: string | null | undefined): number | undefined {
  if (typeof unit !== 'string' || typeof quantity !== 'number' || !Number.isFinite(quantity)) return undefined;
  const info = unitInfo(withoutPerYear(unit));
  return info?.baseUnit === 't' ? toBase(quantity, info) : undefined;
}

/** A percentage with a qualifier of what it is of (`% net import reliance 2024`), as the USGS import-reliance figures state it. */
const QUALIFIED_PERCENT = /^(%|percent)\s+\S/i;

/**
 * What a stated unit measures: `mass` (a mass of the table, also as a per-year rate: `t/yr`),
 * `percent` (also with a qualifier), `other` (another unit of the table: carats, prices, counts…),
 * or undefined for a unit the table does not know (refused by the loader).
 */
export function unitKind(unit: string): 'mass' | 'percent' | 'other' | undefined {
  const row = unitRow(withoutPerYear(unit));
  if (row) return row.baseUnit === 't' ? 'mass' : row.words === 'percent' ? 'percent' : 'other';
  return QUALIFIED_PERCENT.test(unit.trim()) ? 'percent' : undefined;
}
