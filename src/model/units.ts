/**
 * The one table of units: every unit the data, the importers, the extractor and the API use, by
 * its symbol, its words and other spellings (matched case-insensitively), and how it converts to
 * its base unit. Mass converts to metric tons (`t`); every other unit (carats, cubic meters,
 * percent, prices) is its own base unit. Used by the USGS importer (`UNIT_MEAS` of the MCS 2025
 * world data, listed in its XML metadata, and the salient tables' column suffixes), the article
 * extractor (the mass words writers use) and the analytics (figures people type, `15 t/yr`;
 * figures stored in the graph). Local spellings (a column suffix, a writer's word) are aliases
 * that name a row here; an unknown unit is an error for the importer, never a guess.
 *
 * Spellings are exact (case-sensitive): `Mt` is a million metric tons, and `mt` / `MT` (a metric
 * ton in trade usage, a megatonne by SI symbol) are refused as ambiguous, like any other case
 * variant of a listed spelling (`KG`, `Metric Tons`); `unitError` says what to write instead.
 * Every unit belongs to a family (mass, carats, volume…): figures of one family convert into
 * one another by their `scale`, never across families.
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

/**
 * What a unit measures. Units of one family convert by their `scale`; `price` and `index` units
 * (and any without a scale) convert only to themselves.
 */
export type UnitFamily = 'mass' | 'carats' | 'volume' | 'area' | 'percent' | 'count' | 'money' | 'index' | 'price';

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
  family: UnitFamily;
  /** How many of the family's reference unit one unit is (t, carats, cubic meters, square feet, dollars); absent when it converts only to itself. */
  scale?: number;
  note?: string;
}

/** Mass units: factor is metric tons per unit. */
const mass = (symbol: string | undefined, words: string, factor: number, rest: Partial<UnitRow> = {}): UnitRow => ({
  ...(symbol ? { symbol } : {}),
  words,
  baseUnit: 't',
  factor,
  family: 'mass',
  scale: factor,
  ...rest,
});
/** Units that are their own base unit (counts, volumes, areas, shares, money, prices), of `family`, `scale` reference units each. */
const own = (words: string, family: UnitFamily, scale?: number, symbol?: string): UnitRow => ({
  ...(symbol ? { symbol } : {}),
  words,
  baseUnit: words,
  factor: 1,
  family,
  ...(scale ? { scale } : {}),
});

export const UNITS: readonly UnitRow[] = [
  mass('g', 'grams', 1e-6),
  mass('kg', 'kilograms', 0.001),
  mass('t', 'metric tons', 1),
  mass('kt', 'thousand metric tons', 1000),
  mass(undefined, 'thousand metric dry tons', 1000, { note: 'dry weight' }),
  mass('Mt', 'million metric tons', 1_000_000),
  own('thousand carats', 'carats', 1e3),
  own('million carats', 'carats', 1e6),
  own('million cubic meters', 'volume', 1e6),
  own('million square feet', 'area', 1e6),
  own('percent', 'percent', 1, '%'),
  own('number', 'count', 1),
  own('jobs', 'count'),
  own('index', 'index'),
  own('million dollars', 'money', 1e6),
  own('dollars per metric ton', 'price'),
  own('dollars per short ton', 'price'),
  own('dollars per kilogram', 'price'),
  own('dollars per gram', 'price'),
  own('dollars per pound', 'price'),
  own('dollars per troy ounce', 'price'),
  own('dollars per carat', 'price'),
  own('cents per pound', 'price'),
];

/** Every spelling of a row: symbol, words, aliases. */
export const namesOf = (row: UnitRow): string[] => [...(row.symbol ? [row.symbol] : []), row.words, ...(row.aliases ?? [])];

/**
 * A rate's unit without its per-year suffix (`t/yr`, `kt per year`, `Mt/a` → `t`, `kt`, `Mt`);
 * production figures are per year. Nothing else is removed: a unit with white space around it
 * (`"t "`, `"kg\t"`) is no spelling of the table.
 */
const withoutPerYear = (unit: string) => unit.replace(/\s*(\/\s*(yr|year|a)|per\s+year|a year)$/i, '');

const BY_NAME = new Map(UNITS.flatMap((row) => namesOf(row).map((name) => [name, row] as const)));
/** Case-folded spellings, only to say what to write instead of a case variant. */
const BY_FOLDED = new Map(UNITS.flatMap((row) => namesOf(row).map((name) => [name.toLowerCase(), name] as const)));

/** The table's row for `unit` (a listed symbol or spelling, exactly as listed: white space around it is not ignored), or undefined. */
export function unitRow(unit: string): UnitRow | undefined {
  return BY_NAME.get(unit);
}

/** White space (or a control character) at either end of a text: `"t "`, `" t"`, `"kg\t"`, `"t\n"`. */
const PADDED = /^[\s\p{Cc}]|[\s\p{Cc}]$/u;

/**
 * The spellings of every unit of `family` (symbols first, then words), as an error message
 * lists what may be written: `t, kg, kt, Mt, g, metric tons, …` for mass; `million cubic meters`
 * for volume.
 */
export function spellingsOf(family: UnitFamily): string[] {
  const rows = UNITS.filter((row) => row.family === family);
  return [...rows.flatMap((row) => (row.symbol ? [row.symbol] : [])), ...rows.flatMap((row) => [row.words, ...(row.aliases ?? [])])];
}

/**
 * Why `unit` (optionally a per-year rate) is not a unit of the table, in words for an error
 * message, or undefined when it is one: `mt` / `MT` are ambiguous (a metric ton or a million
 * metric tons), another case variant names the listed spelling to write, white space or a control
 * character around a spelling (`"t "`) names the spelling without it, anything else is unknown.
 */
export function unitError(unit: string): string | undefined {
  const bare = withoutPerYear(unit);
  if (unitRow(bare)) return undefined;
  if (PADDED.test(unit)) {
    const trimmed = unit.replace(/^[\s\p{Cc}]+|[\s\p{Cc}]+$/gu, '');
    const hint = unitError(trimmed) === undefined ? `: write ${JSON.stringify(trimmed)}` : '';
    return `unit ${JSON.stringify(unit)} has white space or a control character around it (spellings are exact)${hint}`;
  }
  const folded = bare.toLowerCase();
  if (folded === 'mt') return `unit ${JSON.stringify(unit)} is ambiguous: write "t" for metric tons or "Mt" for million metric tons`;
  const listed = BY_FOLDED.get(folded);
  if (listed) return `unit ${JSON.stringify(unit)} is not a listed spelling (units are case-sensitive): write ${JSON.stringify(listed)}`;
  return `unknown unit ${JSON.stringify(unit)}`;
}

/** The table's row for `unit`; throws for a unit not in the table (for aliases declared in code). */
export function tableUnit(unit: string): UnitRow {
  const row = unitRow(unit);
  if (!row) throw new Error(`unit ${JSON.stringify(unit)} is not in the unit table (src/model/units.ts)`);
  return row;
}

/** The conversion of `unit` (a listed symbol or spelling, exact case), or undefined when unknown or missing. */
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
  return QUALIFIED_PERCENT.test(unit) && !PADDED.test(unit) ? 'percent' : undefined;
}

/** The row of `unit`, also as a per-year rate (`t/yr`), exact case; undefined when not in the table. */
export const rateRow = (unit: string): UnitRow | undefined => unitRow(withoutPerYear(unit));

/**
 * `quantity` in `from` expressed in `to` (both of the table, optionally per year), or undefined
 * when they are of different families or do not convert (a price, an index). 500 thousand carats
 * → 0.5 million carats; 15 kt → 15,000 t.
 */
export function convert(quantity: number, from: string, to: string): number | undefined {
  const a = rateRow(from);
  const b = rateRow(to);
  if (!a || !b || a.family !== b.family) return undefined;
  if (a === b) return quantity;
  if (a.scale === undefined || b.scale === undefined) return undefined;
  return Number(((quantity * a.scale) / b.scale).toPrecision(12));
}

/** The base unit of figures in `unit`: `t` for mass, else the unit itself (as the loader stores quantityBase / baseUnit). */
export const baseUnitOf = (unit: string): string => (rateRow(unit)?.family === 'mass' ? 't' : withoutPerYear(unit));
