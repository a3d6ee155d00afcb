/**
 * Explicit, documented corrections of the MCS 2025 world-data file. Each one applied is listed
 * in the import report (file, line, column, from, to, reason); nothing else is changed.
 */

/** Misspelt `COMMODITY` names → the name used. */
export const COMMODITY_FIXES: Record<string, { to: string; reason: string }> = {
  Gemanium: { to: 'Germanium', reason: 'misspelling in the release' },
  'Talc and Pyrophyllite': {
    to: 'Talc, crude',
    reason: 'the one United States row of the talc table carries the chapter name; the table is "Talc, crude"',
  },
};

/** Misspellings inside `TYPE` (whole words) → the spelling used. */
export const TYPE_WORD_FIXES: Record<string, string> = {
  ilmentite: 'ilmenite',
  poduction: 'production',
  grosss: 'gross',
  Ferosilicon: 'Ferrosilicon',
};

/**
 * Rows whose `TYPE` differs from the rest of their table although they are the same measure
 * (the United States row of a table typed differently): commodity, country label and type as
 * in the file (cleaned) → the table's type.
 */
export const TYPE_MERGES: { commodity: string; country: string; from: string; to: string }[] = [
  { commodity: 'Cobalt', country: 'United States', from: 'Mine production, estimated', to: 'Mine production, cobalt content, estimated' },
  { commodity: 'Soda ash', country: 'United States', from: 'Soda ash, natural, mine production', to: 'Mine production, natural' },
];

/**
 * `UNIT_MEAS` stated wrongly for a whole commodity (the value columns are in thousands): the
 * release's own salient-statistics table of the commodity gives the same United States figures
 * in thousand metric tons (`salient/mcs2025-timin_salient.csv`: US production 100 kt in 2023
 * and 2024, metadata "Data in thousand metric tons of contained TiO2";
 * `salient/mcs2025-sandi_salient.csv`: US 133000 / 130000 kt sold in 2023 / 2024).
 */
export const UNIT_FIXES: { commodity: string; from: string; to: string; reason: string }[] = [
  {
    commodity: 'Titanium Mineral Concentrates',
    from: 'metric tons',
    to: 'thousand metric tons',
    reason: 'unit misstated: salient/mcs2025-timin_salient.csv gives the same US figure (100) in thousand metric tons of TiO2',
  },
  {
    commodity: 'Sand and gravel (industrial)',
    from: 'metric tons',
    to: 'thousand metric tons',
    reason: 'unit misstated: salient/mcs2025-sandi_salient.csv gives the same US figures (133000, 130000) in thousand metric tons',
  },
];

/**
 * Columns not imported for a commodity. Magnesium metal: `RESERVES_2024` repeats the capacity
 * figures (United States note: "Moved to capacity column not a reserve"); the MCS chapter has
 * no reserves for the metal.
 */
export const IGNORED_COLUMNS: { commodity: string; column: string; reason: string }[] = [
  { commodity: 'Magnesium metal', column: 'RESERVES_2024', reason: 'reserves column repeats capacity (Magnesium metal)' },
];

/** Applies the `TYPE` word fixes; returns the fixed text and the words changed. */
export function fixTypeWords(type: string): { type: string; fixed: string[] } {
  const fixed: string[] = [];
  let out = type;
  for (const [from, to] of Object.entries(TYPE_WORD_FIXES)) {
    const re = new RegExp(`\\b${from}\\b`, 'g');
    if (re.test(out)) {
      out = out.replace(re, to);
      fixed.push(from);
    }
  }
  return { type: out, fixed };
}
