/**
 * Shares of one denominator as reported: double-precision quotients q_i / D × 100 can add up to
 * a little more than 100 (100.00000000000001) although the exact quotients never do (D ≥ Σ q_i).
 * Used by the analytics (src/analytics/concentration.ts) and the USGS importer's stored
 * `sharePct` (src/usgs/world.ts).
 */

/** Σ of the shares in the given order. */
const sumOf = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/**
 * Lowers the largest share by the amount the shares exceed 100 through rounding, until they add
 * up to at most 100 whether summed in the given order, largest first or smallest first (the
 * change is below 10^-12 percentage points; shares that already hold are left as they are).
 * Null shares (no figure) are skipped. Mutates the items.
 */
export function capShareSum(items: Array<{ sharePct?: number | null }>): void {
  const withShare = items.filter((p): p is { sharePct: number } => typeof p.sharePct === 'number');
  if (withShare.length === 0) return;
  const largest = withShare.reduce((m, p) => (p.sharePct > m.sharePct ? p : m));
  const worst = () => {
    const xs = withShare.map((p) => p.sharePct);
    const up = [...xs].sort((a, b) => a - b);
    return Math.max(sumOf(xs), sumOf(up), sumOf(up.reverse()));
  };
  // Each step takes at least one unit in the last place off the largest share; a handful suffice.
  for (let i = 0, w = worst(); i < 64 && w > 100; i++, w = worst()) {
    largest.sharePct = Math.max(0, largest.sharePct - Math.max(w - 100, Number.EPSILON * largest.sharePct));
  }
}
