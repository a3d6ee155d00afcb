/**
 * Units as the USGS world data states them. Conversions are the one unit table of
 * src/model/units.ts; this file reads the unit a reserves note states instead of `UNIT_MEAS`.
 */

/**
 * A unit stated in a reserves note, overriding `UNIT_MEAS` for the reserves column:
 * `Crude Ore, million metric tons`, `Iron Content, million metric tons`,
 * ` (Reserve data is thousand metric tons).`
 */
export function reserveUnitFromNote(note: string): string | undefined {
  const m = /(?:^|,\s*|reserve data is\s+)((?:thousand|million) metric tons)\)?\.?\)?\.?$/i.exec(note);
  return m ? m[1].toLowerCase() : undefined;
}
