/**
 * Turns (src/server/turns.ts): at most `concurrency` holders, waiters served in arrival order,
 * at most `maxWaiting` waiting (one more is refused at once), none waiting longer than
 * `maxWaitMs`, and a taker whose signal aborts leaves the queue or gives its turn back. A
 * property test runs random sequences of takes, aborts and releases against a model of the
 * queue and compares who holds, who waits and who was refused after every step.
 */
import fc from 'fast-check';
import { Gauge } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/metrics/registry.js';
import { ClientGoneError, OverloadedError, type Release, Turns } from '../../src/server/turns.js';

let gauges = 0;
/** Turns with gauges of their own (not in the service's registry). */
function turns(concurrency: number, maxWaiting?: number, maxWaitMs?: number) {
  const g = () => new Gauge({ name: `test_turns_${gauges++}`, help: 'test', registers: [] });
  return new Turns({
    lane: 'heavy',
    concurrency,
    maxWaiting,
    maxWaitMs,
    settings: { maxWaiting: 'MAX_WAITING', maxWaitMs: 'MAX_WAIT_MS' },
    metrics: { waiting: g(), running: g() },
  });
}

/** Lets queued callbacks and p-queue's microtasks run. */
const settle = () => new Promise((r) => setImmediate(r));
const counted = async (name: string, labels: Record<string, string>) =>
  (await registry.getSingleMetric(name)?.get())?.values.find((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x))?.value ?? 0;

type Step = { kind: 'take' } | { kind: 'abort'; who: number } | { kind: 'release'; who: number };

describe('Turns', () => {
  it('matches a FIFO model with bounded waiting under random takes, aborts and releases', async () => {
    const step: fc.Arbitrary<Step> = fc.oneof(
      { weight: 3, arbitrary: fc.constant({ kind: 'take' as const }) },
      fc.record({ kind: fc.constant('abort' as const), who: fc.nat(40) }),
      fc.record({ kind: fc.constant('release' as const), who: fc.nat(40) }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 4 }),
        fc.array(step, { maxLength: 40 }),
        async (concurrency, maxWaiting, steps) => {
          const t = turns(concurrency, maxWaiting);
          const controllers: AbortController[] = [];
          const releases = new Map<number, Release>();
          const outcome = new Map<number, string>();
          // The model: who holds a turn, who waits (in order), who ended and how.
          const holding = new Set<number>();
          const waiting: number[] = [];
          const expected = new Map<number, string>();
          const promote = () => {
            while (holding.size < concurrency && waiting.length) {
              const next = waiting.shift()!;
              holding.add(next);
              expected.set(next, 'holding');
            }
          };
          for (const s of steps) {
            if (s.kind === 'take') {
              const who = controllers.length;
              const c = new AbortController();
              controllers.push(c);
              t.take(c.signal).then(
                (release) => {
                  releases.set(who, release);
                  outcome.set(who, 'holding');
                },
                (e) => outcome.set(who, e instanceof OverloadedError ? `refused:${e.reason}` : e instanceof ClientGoneError ? 'left' : `error:${e}`),
              );
              if (holding.size < concurrency) {
                holding.add(who);
                expected.set(who, 'holding');
              } else if (waiting.length >= maxWaiting) expected.set(who, 'refused:queue_full');
              else waiting.push(who);
            } else {
              const who = s.who;
              if (who >= controllers.length) continue;
              if (s.kind === 'abort') {
                controllers[who].abort(new ClientGoneError());
                if (waiting.includes(who)) {
                  waiting.splice(waiting.indexOf(who), 1);
                  expected.set(who, 'left');
                } else if (holding.delete(who)) expected.set(who, 'released');
              } else if (holding.has(who)) {
                releases.get(who)?.();
                holding.delete(who);
                expected.set(who, 'released');
              }
              promote();
            }
            await settle();
            const seen = new Map(
              [...outcome].map(([who, o]) => [who, o === 'holding' && !holding.has(who) && expected.get(who) === 'released' ? 'released' : o]),
            );
            expect(seen).toEqual(expected);
            expect(t.running).toBe(holding.size);
            expect(t.waiting).toBe(waiting.length);
            expect(t.running).toBeLessThanOrEqual(concurrency);
            expect(t.waiting).toBeLessThanOrEqual(maxWaiting);
          }
          for (const c of controllers) c.abort(new ClientGoneError());
          await settle();
          expect([t.running, t.waiting]).toEqual([0, 0]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses a taker that waited longer than maxWaitMs, and serves the next one', async () => {
    const t = turns(1, 5, 50);
    const refusedBefore = await counted('kg_turns_refused_total', { lane: 'heavy', reason: 'waited_too_long' });
    const first = await t.take();
    const started = performance.now();
    await expect(t.take()).rejects.toThrow('the service is busy: no turn came within 50 ms (MAX_WAIT_MS); retry later');
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(await counted('kg_turns_refused_total', { lane: 'heavy', reason: 'waited_too_long' })).toBe(refusedBefore + 1);
    expect(t.waiting).toBe(0);
    const next = t.take();
    first();
    first(); // a second release gives nothing back twice
    const release = await next;
    expect(t.running).toBe(1);
    release();
    expect(t.running).toBe(0);
  });

  it('refuses at once when maxWaiting already wait, with the setting named, and counts it', async () => {
    const t = turns(1, 1);
    const before = await counted('kg_turns_refused_total', { lane: 'heavy', reason: 'queue_full' });
    const held = await t.take();
    const queued = t.take();
    const refused = await t.take().catch((e: OverloadedError) => e);
    expect(refused).toBeInstanceOf(OverloadedError);
    expect((refused as OverloadedError).code).toBe('SERVICE_OVERLOADED');
    expect((refused as OverloadedError).message).toBe('the service is busy: 1 heavy requests already wait for their turn (MAX_WAITING); retry later');
    expect(await counted('kg_turns_refused_total', { lane: 'heavy', reason: 'queue_full' })).toBe(before + 1);
    held();
    (await queued)();
  });

  it('an aborted waiter never runs; an abort after the turn came gives it back, counted by stage', async () => {
    const t = turns(1);
    const leftBefore = await counted('kg_turns_abandoned_total', { lane: 'heavy', stage: 'waiting' });
    const goneBefore = await counted('kg_turns_abandoned_total', { lane: 'heavy', stage: 'running' });
    const holder = new AbortController();
    await t.take(holder.signal);
    const waiter = new AbortController();
    const waiting = t.take(waiter.signal);
    const third = t.take();
    waiter.abort(new ClientGoneError());
    await expect(waiting).rejects.toBeInstanceOf(ClientGoneError);
    holder.abort(new ClientGoneError());
    const release = await third;
    expect([t.running, t.waiting]).toEqual([1, 0]);
    release();
    expect(await counted('kg_turns_abandoned_total', { lane: 'heavy', stage: 'waiting' })).toBe(leftBefore + 1);
    expect(await counted('kg_turns_abandoned_total', { lane: 'heavy', stage: 'running' })).toBe(goneBefore + 1);
    // Already aborted: refused before queueing.
    await expect(t.take(AbortSignal.abort(new ClientGoneError()))).rejects.toBeInstanceOf(ClientGoneError);
  });
});
