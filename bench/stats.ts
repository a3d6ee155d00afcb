/** Summary statistics shared by the benchmarks (pure). */

/**
 * The median of `xs` (any order; `xs` is not changed): the middle value of an odd count, the
 * mean of the two middle values of an even count, in the unit of `xs`; undefined when `xs` is
 * empty.
 */
export function median(xs: readonly number[]): number | undefined {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
