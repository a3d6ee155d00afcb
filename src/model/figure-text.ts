/**
 * Figures in explanatory text (what-if adjustments, denominators, chain explanations): one way
 * to write a number for people, with enough significant digits that distinct numbers never read
 * alike. A number is rounded to FIGURE_DIGITS significant digits (more when the figures of one
 * text would otherwise read alike, up to 17, which tells any two doubles apart), written as a
 * plain decimal with thousands separated by commas (`1,310,000`, `0.0512`), and in exponent form
 * from 10^21 and below 10^-6 (`1e-300`, `2.5e303`), as JSON writes numbers, so no figure ever
 * reads as 0 unless it is 0.
 */

/** Significant digits of a figure in text unless the text's figures need more to read apart. */
export const FIGURE_DIGITS = 6;

/** `v` rounded to `digits` significant digits, written as the module's comment says. */
export function figureText(v: number, digits = FIGURE_DIGITS): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  // Rounding up the largest doubles can overflow: they keep their own shortest form then.
  const rounded = Number(v.toPrecision(digits));
  const r = Number.isFinite(rounded) ? rounded : v;
  const a = Math.abs(r);
  if (a >= 1e21 || a < 1e-6) return r.toExponential().replace('e+', 'e');
  const [int, frac] = String(r).split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac === undefined ? '' : `.${frac}`}`;
}

/**
 * A formatter for the figures of one text (or one answer): the fewest significant digits, from
 * FIGURE_DIGITS up, at which no two distinct `values` read alike. Other numbers it is given are
 * written with the same digits.
 */
export function figureFormatter(values: readonly number[]): (v: number) => string {
  const distinct = [...new Set(values.filter(Number.isFinite).map((v) => (v === 0 ? 0 : v)))];
  for (let digits = FIGURE_DIGITS; digits < 17; digits++) {
    const texts = new Set(distinct.map((v) => figureText(v, digits)));
    if (texts.size === distinct.length) return (v) => figureText(v, digits);
  }
  return (v) => figureText(v, 17);
}
