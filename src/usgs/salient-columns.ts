/**
 * The columns of the MCS 2025 salient-statistics tables (`salient/mcs2025-<code>_salient.csv`):
 * what statistic a column holds, its unit (from the column-name suffix), the item it is about,
 * and the documented header fixes where the file's header misstates what its own metadata
 * (`mcs2025-<code>_meta.xml`, FGDC `attrlabl` / `attrunit`) says.
 */

import type { STATISTIC_NAMES } from '../model/schema.js';
import { tableUnit } from '../model/units.js';
import { lookup } from './csv.js';

/** The statistics of a salient table, as analysts name them (also the `basis` of each REPORTS_STATISTIC). */
export type Statistic = (typeof STATISTIC_NAMES)[number];

export interface SuffixUnit {
  /** The unit in words, as stored in `unit` (the unit table's words). */
  unit: string;
  /** Mass units: metric tons per unit (quantityBase = quantity × toTonnes, baseUnit `t`). */
  toTonnes?: number;
}

/**
 * The column-name suffixes of the release (case as written) → a unit of the unit table
 * (src/model/units.ts). An unknown suffix is an import error. Prices: `d` dollars, `cts` cents,
 * per `t` metric ton, `st` short ton, `kg`, `g`, `lb` pound, `toz`/`to` troy ounce, `ct` carat.
 */
export const SUFFIX_ALIASES: Readonly<Record<string, string>> = {
  g: 'g',
  kg: 'kg',
  t: 't',
  kt: 'kt',
  mmt: 'Mt',
  mct: 'million carats',
  mcm: 'million cubic meters',
  msqft: 'million square feet',
  pct: 'percent',
  num: 'number',
  index: 'index',
  mdol: 'million dollars',
  dt: 'dollars per metric ton',
  dst: 'dollars per short ton',
  dkg: 'dollars per kilogram',
  dg: 'dollars per gram',
  dlb: 'dollars per pound',
  dtoz: 'dollars per troy ounce',
  dto: 'dollars per troy ounce',
  dct: 'dollars per carat',
  ctslb: 'cents per pound',
};

/** Every column-name suffix → its unit in words and, for mass, its factor to metric tons, read from the unit table. */
export const SUFFIX_UNITS: Readonly<Record<string, SuffixUnit>> = Object.fromEntries(
  Object.entries(SUFFIX_ALIASES).map(([suffix, name]) => {
    const row = tableUnit(name);
    return [suffix, { unit: row.words, ...(row.baseUnit === 't' ? { toTonnes: row.factor } : {}) }];
  }),
);

/** The statistic of a column, by the first rule whose pattern matches the column name. */
const STATISTIC_RULES: [RegExp, Statistic][] = [
  [/NIR/, 'importReliance'],
  [/Employment/i, 'employment'],
  [/Price/, 'price'],
  [/Stocks/i, 'stocks'],
  [/Consump|Apparent/i, 'consumption'],
  [/Imports/i, 'imports'],
  [/Exports/i, 'exports'],
  [/USprod|^Prod_|Production|_Mine_|_Refinery_|Extracted|^Sold_/i, 'production'],
  [/Shipments|Sales|Sold|Withdrawn/i, 'shipments'],
];

/** The statistic a column holds (`other` for furnace shares, wallboard area, recycling and the like). */
export function statisticOf(column: string): Statistic {
  return STATISTIC_RULES.find(([re]) => re.test(column))?.[1] ?? 'other';
}

/** The words of a column name that are neither the statistic nor the unit: `Price_High-purity_dkg` → `High-purity`. */
export function formOf(column: string, suffix: string): string {
  const stem = suffix ? column.slice(0, -(suffix.length + 1)) : column;
  return stem
    .split('_')
    .filter((w) => w && !/^(USprod|Usprod|Imports|Exports|Consump|Price|Stocks|NIR|Employment)$/i.test(w))
    .join(' ');
}

/** A column name's unit suffix: the text after the last `_` (`Consump_kg` → `kg`); '' when there is none. */
export const suffixOf = (column: string): string => (column.includes('_') ? column.slice(column.lastIndexOf('_') + 1) : '');

/**
 * Headers that misstate the column, fixed to the column's name in the table's own metadata
 * (`attrlabl`, with its `attrunit`). Keyed by file code; `nth` is the 1-based occurrence of a
 * header that appears several times. Every fix applied is listed in the import report.
 */
export const HEADER_FIXES: Record<string, { from: string; nth?: number; to: string; reason: string }[]> = {
  bauxi: [{ from: 'Alumina_Price_kt', to: 'Alumina_Price_dt', reason: 'a price with a mass suffix; metadata: Alumina_Price_dt, dollars per metric ton' }],
  diamo: [
    {
      from: 'Bort_Price_Imports_mct',
      to: 'Bort_Price_Imports_dct',
      reason: 'a price with a quantity suffix; metadata: Bort_Price_Imports_dct, dollars per carat',
    },
    {
      from: 'Stones_Price_Imports_mct',
      to: 'Stones_Price_Imports_dct',
      reason: 'a price with a quantity suffix; metadata: Stones_Price_Imports_dct, dollars per carat',
    },
  ],
  feste: [{ from: 'Prod_Price_index', to: 'Price_Index_index', reason: 'metadata: Price_Index, U.S. producer price index for steel mill products (1982=100)' }],
  germa: [
    { from: 'Consump_g', to: 'Consump_kg', reason: 'metadata: Consump_kg, kilograms (30,000 kg, not grams)' },
    { from: 'NIR_ct', to: 'NIR_pct', reason: 'net import reliance is a percentage (metadata: NIR_pct)' },
  ],
  heliu: [{ from: 'Grade-A-Salescm', to: 'Grade-A-Sales_mcm', reason: 'underscore missing; metadata: Grade-A-Salesmcm, million cubic meters' }],
  iodin: [
    { from: 'Consump_t', nth: 1, to: 'Consump_Apparent_t', reason: 'header repeated; metadata: Consump_App_t, consumption, apparent' },
    { from: 'Consump_t', nth: 2, to: 'Consump_Reported_t', reason: 'header repeated; metadata: Consump_Rpt_t, consumption, reported' },
  ],
  mercu: [{ from: 'Price_Imports_df', to: 'Price_Imports_dkg', reason: 'metadata: Price_Imports_dkg, dollars per kilogram' }],
  mica: [
    { from: 'USprod_Flake_t', nth: 1, to: 'USprod_Flake_Sold_t', reason: 'header repeated; metadata: USprod_Flake_Sold_t, scrap and flake sold and used' },
    { from: 'USprod_Flake_t', nth: 2, to: 'USprod_Flake_Ground_t', reason: 'header repeated; metadata: USprod_Flake_Ground_t, scrap and flake ground' },
  ],
  nicke: [{ from: 'NIR_ct', to: 'NIR_pct', reason: 'net import reliance is a percentage (metadata: NIR_pct, percentage)' }],
  rareee: [
    { from: 'Employment_', to: 'Employment_num', reason: 'unit suffix missing; employment is a number of workers' },
    { from: 'NIR_Compounds-Metals_t', to: 'NIR_Compounds-Metals_pct', reason: 'net import reliance with a mass suffix; metadata: percentage' },
    { from: 'NIR_Concentrate_t', to: 'NIR_Concentrate_pct', reason: 'net import reliance with a mass suffix; metadata: percentage' },
  ],
  scand: [{ from: 'NIR_ct', to: 'NIR_pct', reason: 'net import reliance is a percentage' }],
  timin: [
    { from: 'Price_dt', nth: 1, to: 'Price_Rutile_dt', reason: 'header repeated; metadata: Price_Rutile_dt' },
    { from: 'Price_dt', nth: 2, to: 'Price_Ilmenite-Leucoxene_dt', reason: 'header repeated; metadata: Price_Ilmente_Leucoxene_dt' },
    { from: 'Price_dt', nth: 3, to: 'Price_Ilmenite_dt', reason: 'header repeated; metadata: Price_Ilmenite_dt (unit value of imports)' },
    { from: 'Price_dt', nth: 4, to: 'Price_Slag_dt', reason: 'header repeated; metadata: Price_Slag_dt' },
  ],
  titan: [
    { from: 'Employment_Sponge_t', to: 'Employment_Sponge_num', reason: 'employment with a mass suffix; metadata: number' },
    { from: 'Employment_Dioxide_t', to: 'Employment_Dioxide_num', reason: 'employment with a mass suffix; metadata: number' },
  ],
  tungs: [
    { from: 'Stocks_', to: 'Stocks_t', reason: 'unit suffix missing; metadata: Stocks_t, metric tons' },
    { from: 'NIR_ct', to: 'NIR_pct', reason: 'net import reliance is a percentage' },
  ],
  zirco: [
    {
      from: 'Price_Zircon_premium_CIF_CN_t',
      to: 'Price_Zircon_premium_CIF_CN_dt',
      reason: 'a price with a mass suffix; metadata: dollars per metric ton, gross weight',
    },
    { from: 'Price_Zircon_imported_t', to: 'Price_Zircon_imported_dt', reason: 'a price with a mass suffix; metadata: dollars per metric ton, gross weight' },
    {
      from: 'Price_Zircon_sponge_CN_t',
      to: 'Price_Zirconium_sponge_CN_dkg',
      reason: 'a price with a mass suffix; metadata: Price_Zircon_sponge_CN_dkg, dollars per kilogram',
    },
    { from: 'Price_Hf_unwrought_t', to: 'Price_Hf_unwrought_dkg', reason: 'a price with a mass suffix; metadata: dollars per kilogram' },
  ],
};

/**
 * Tables whose columns are about different items, told apart by a word of the column name
 * (file code → [pattern, commodity name as in `commodities.ts`]). Other tables are about the
 * table's `Commodity`.
 */
export const COLUMN_ITEMS: Record<string, [RegExp, string][]> = {
  bauxi: [
    [/^Alumina_/, 'alumina'],
    [/^Bauxite_/, 'bauxite'],
  ],
  abras: [
    [/_Al2O3/, 'abrasives, fused aluminum oxide'],
    [/_SiC_/, 'abrasives, silicon carbide'],
    [/_Met_Abras_/, 'metallic abrasives'],
  ],
  plati: [
    [/_Palladium_/, 'palladium'],
    [/_Platinum_/, 'platinum'],
    [/_Iridium_/, 'iridium'],
    [/_Rhodium_/, 'rhodium'],
    [/_Ruthenium_/, 'ruthenium'],
  ],
  titan: [
    [/_Sponge_/, 'titanium'],
    [/_Dioxide_/, 'titanium dioxide'],
  ],
  feste: [
    [/_Pig_iron_/, 'iron'],
    [/_Steel_|Furnace_|Continuous_Cast|Shipments_|_Finished_|_Semifinished_|_SemiFinished_|_Total_|Price_Index|Employment_|NIR_/, 'raw steel'],
  ],
  clays: [
    [/_Bentonite_/, 'bentonite'],
    [/_Fullers_/, "fuller's earth"],
    [/_Kaolin_/, 'kaolin'],
  ],
  felds: [[/_Nepheline_syenite/, 'nepheline syenite']],
  simet: [[/_FeSi\d*_|_FeSi_pct/, 'ferrosilicon']],
  zirco: [[/_Hf_/, 'hafnium']],
};

/** The commodity name for the item of a column: a COLUMN_ITEMS match, else the table's `Commodity`. */
export function itemNameOf(code: string, column: string, commodity: string): string {
  return lookup(COLUMN_ITEMS, code)?.find(([re]) => re.test(column))?.[1] ?? commodity;
}
