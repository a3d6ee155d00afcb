/**
 * Waits as Node's timers take them. `setTimeout` fires a delay above 2^31 − 1 ms, or NaN, after
 * 1 ms (with a TimeoutOverflowWarning for the former), so a wait given as Infinity or in days
 * would end at once: every wait the service takes from its caller or its configuration is
 * bounded by MAX_TIMER_MS or clamped with `timerMs`.
 */

/** The longest delay a Node timer takes, in ms (2^31 − 1, about 24.8 days); a longer one fires after 1 ms. */
export const MAX_TIMER_MS = 2_147_483_647;

/**
 * A wait in ms as Node's timers take it: `fallback` when none or NaN is given, otherwise clamped
 * to 0…MAX_TIMER_MS (so Infinity or 1e12 waits about 24.8 days, not 1 ms as `setTimeout`
 * would make of them, and a negative wait is none).
 */
export function timerMs(value: number | undefined, fallback: number): number {
  if (value === undefined || Number.isNaN(value)) return fallback;
  return Math.min(Math.max(value, 0), MAX_TIMER_MS);
}
