/**
 * Waits as Node's timers take them (`timerMs` in src/timers.ts, used by the local Neo4j's stop and
 * start): what a caller gives as a wait becomes a delay Node's timers honour. Node fires a delay above 2^31 − 1 ms, or
 * NaN, after 1 ms, which made `stop(Infinity)`, `stop(1e12)` and `stop(NaN)` kill the server at
 * once instead of letting it shut down.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TIMER_MS, timerMs } from '../../src/timers.js';

describe('timerMs', () => {
  it('keeps an ordinary wait, gives the default for none or NaN, and clamps the rest', () => {
    expect(timerMs(30_000, 1)).toBe(30_000);
    expect(timerMs(0, 1)).toBe(0);
    expect(timerMs(2.5, 1)).toBe(2.5);
    expect(timerMs(undefined, 30_000)).toBe(30_000);
    expect(timerMs(Number.NaN, 30_000)).toBe(30_000);
    expect(timerMs(-1, 30_000)).toBe(0);
    expect(timerMs(Number.NEGATIVE_INFINITY, 30_000)).toBe(0);
    expect(timerMs(1e12, 30_000)).toBe(MAX_TIMER_MS);
    expect(timerMs(Number.POSITIVE_INFINITY, 30_000)).toBe(MAX_TIMER_MS);
    expect(MAX_TIMER_MS).toBe(2 ** 31 - 1);
  });

  it('gives a delay within 0…2^31 − 1 for any number, equal to it when it already is one (property)', () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 0, max: MAX_TIMER_MS }), (value, fallback) => {
        const ms = timerMs(value, fallback);
        expect(ms).toBeGreaterThanOrEqual(0);
        expect(ms).toBeLessThanOrEqual(MAX_TIMER_MS);
        if (Number.isNaN(value)) expect(ms).toBe(fallback);
        // (=== rather than Object.is: -0 becomes 0, the same delay.)
        else if (value >= 0 && value <= MAX_TIMER_MS) expect(ms === value).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives what Node waits for: the largest delay is not cut to 1 ms, as one above it is', async () => {
    // The long wait is cancelled after the race: left pending, it would hold the worker for days.
    const long = new AbortController();
    const first = await Promise.race([sleep(timerMs(1e12, 0), 'long', { signal: long.signal }).catch(() => 'cancelled'), sleep(50, 'short')]);
    long.abort();
    expect(first).toBe('short');
    // Without the clamp Node warns and fires after 1 ms (the fault this guards against).
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    const unclamped = await Promise.race([sleep(1e12, 'long'), sleep(50, 'short')]);
    await sleep(10);
    process.off('warning', onWarning);
    expect(unclamped).toBe('long');
    expect(warnings).toContain('TimeoutOverflowWarning');
  });
});
