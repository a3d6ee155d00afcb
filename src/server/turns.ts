/**
 * Turns for costly work: at most `concurrency` holders at a time, the others wait in arrival
 * order (p-queue). The queue is bounded: a taker finding `maxWaiting` others already waiting, or
 * waiting longer than `maxWaitMs`, is refused with OverloadedError (HTTP 503, Retry-After,
 * SERVICE_OVERLOADED). A taker whose `signal` aborts (its client went away) leaves the queue at
 * once; once holding a turn, the same abort gives the turn back (`release` is idempotent), so
 * abandoned work never holds a place. Used by heavy GraphQL operations (cost.ts,
 * GRAPHQL_HEAVY_*) and article extraction (extract/pool.ts, EXTRACT_*).
 *
 * Metrics (metrics/registry.ts): the `waiting` and `running` gauges given, the wait histogram,
 * `kg_turns_refused_total{lane,reason}` (reason `queue_full` or `waited_too_long`) and
 * `kg_turns_abandoned_total{lane,stage}` (stage `waiting` or `running`).
 */
import { setMaxListeners } from 'node:events';
import PQueue from 'p-queue';
import type { Gauge, Histogram } from 'prom-client';
import { turnsAbandoned, turnsRefused } from '../metrics/registry.js';

/** Work refused because too many wait already, or a turn did not come in time; answered 503 with Retry-After. */
export class OverloadedError extends Error {
  readonly code = 'SERVICE_OVERLOADED';
  constructor(
    message: string,
    readonly reason: 'queue_full' | 'waited_too_long',
  ) {
    super(message);
    this.name = 'OverloadedError';
  }
}

/** The reason a request's signal aborts: its client closed the connection before the answer was complete. */
export class ClientGoneError extends Error {
  readonly code = 'CLIENT_CLOSED_REQUEST';
  constructor() {
    super('the client closed the request');
    this.name = 'ClientGoneError';
  }
}

/**
 * The reason a request's signal aborts when the service stops and the request is still running
 * after SHUTDOWN_GRACE_MS: its database work and its turn end, and it is answered 503 with
 * Retry-After (SERVICE_STOPPING), nothing written.
 */
export class ServiceStoppingError extends Error {
  readonly code = 'SERVICE_STOPPING';
  constructor() {
    super('the service is stopping and this request outlived its grace period; nothing was written; retry (another replica, or this one once restarted)');
    this.name = 'ServiceStoppingError';
  }
}

/**
 * A request's signal: aborts with ClientGoneError when the connection of `res` closes before its
 * answer was sent in full, or with the reason of `stopping` (a ServiceStoppingError) when that
 * aborts first.
 */
export function requestSignal(
  res: { once(event: 'close', listener: () => void): unknown; readonly writableFinished: boolean },
  stopping?: AbortSignal,
): AbortSignal {
  const controller = new AbortController();
  // Every open session of the request listens (Db.abortable): many at once is normal.
  setMaxListeners(0, controller.signal);
  const stop = () => controller.abort(stopping?.reason);
  if (stopping?.aborted) stop();
  else stopping?.addEventListener('abort', stop, { once: true });
  res.once('close', () => {
    stopping?.removeEventListener('abort', stop);
    if (!res.writableFinished) controller.abort(new ClientGoneError());
  });
  return controller.signal;
}

export interface TurnsOptions {
  /** The lane's name in metrics and messages: `heavy` or `extract`. */
  lane: 'heavy' | 'extract';
  /** Holders at a time (≥ 1). */
  concurrency: number;
  /** Takers allowed to wait at once (≥ 0; default unbounded); one more is refused at once. */
  maxWaiting?: number;
  /** Longest wait for a turn, in ms (default and most: NO_WAIT_BOUND_MS); then the taker is refused. */
  maxWaitMs?: number;
  /** The settings that set the bounds, named in the refusal's message (e.g. `GRAPHQL_HEAVY_MAX_WAITING`). */
  settings: { maxWaiting: string; maxWaitMs: string };
  metrics: { waiting: Gauge; running: Gauge; waitSeconds?: Histogram };
}

/** setTimeout's longest delay (about 24.8 days): "no bound" for a wait. */
export const NO_WAIT_BOUND_MS = 2 ** 31 - 1;

/** Gives a turn back; calling it again does nothing. */
export type Release = () => void;

export class Turns {
  private readonly queue: PQueue;

  private readonly maxWaiting: number;
  private readonly maxWaitMs: number;
  private held = 0;

  constructor(readonly opts: TurnsOptions) {
    this.queue = new PQueue({ concurrency: opts.concurrency });
    this.maxWaiting = opts.maxWaiting ?? Infinity;
    this.maxWaitMs = Math.min(opts.maxWaitMs ?? NO_WAIT_BOUND_MS, NO_WAIT_BOUND_MS);
  }

  /** Takers waiting now. */
  get waiting(): number {
    return this.queue.size;
  }

  /** Turns held now (given and not yet released). */
  get running(): number {
    return this.held;
  }

  /**
   * Waits for a turn and resolves with its release. Throws OverloadedError when the queue is
   * full or the wait exceeds `maxWaitMs`, and `signal.reason` when `signal` aborts first. After
   * the turn is given, an abort of `signal` releases it.
   */
  async take(signal?: AbortSignal): Promise<Release> {
    const { lane, settings, metrics } = this.opts;
    const { maxWaiting, maxWaitMs } = this;
    signal?.throwIfAborted();
    if (this.held >= this.opts.concurrency && this.queue.size >= maxWaiting) {
      turnsRefused.inc({ lane, reason: 'queue_full' });
      throw new OverloadedError(
        `the service is busy: ${maxWaiting} ${lane === 'heavy' ? 'heavy requests' : 'extractions'} already wait for their turn (${settings.maxWaiting}); retry later`,
        'queue_full',
      );
    }
    // Aborted only while waiting: by the caller's signal, or when the wait lasts too long.
    const wait = new AbortController();
    const tooLong = setTimeout(
      () => wait.abort(new OverloadedError(`the service is busy: no turn came within ${maxWaitMs} ms (${settings.maxWaitMs}); retry later`, 'waited_too_long')),
      maxWaitMs,
    );
    const leave = () => wait.abort(signal?.reason);
    signal?.addEventListener('abort', leave, { once: true });
    const stopWaiting = () => {
      clearTimeout(tooLong);
      signal?.removeEventListener('abort', leave);
    };
    const started = performance.now();
    metrics.waiting.inc();
    try {
      const release = await new Promise<Release>((resolve, reject) => {
        this.queue
          .add(
            () =>
              new Promise<void>((done) => {
                // Synchronously, before any other event: from here on nothing aborts `wait`.
                stopWaiting();
                resolve(this.holding(done, signal));
              }),
            { signal: wait.signal },
          )
          .catch(reject);
      });
      metrics.waitSeconds?.observe((performance.now() - started) / 1000);
      return release;
    } catch (e) {
      if (e instanceof OverloadedError) turnsRefused.inc({ lane, reason: e.reason });
      else turnsAbandoned.inc({ lane, stage: 'waiting' });
      throw e;
    } finally {
      stopWaiting();
      metrics.waiting.dec();
    }
  }

  /** The release of a turn just given: gives it back once, when called or when `signal` aborts. */
  private holding(done: () => void, signal?: AbortSignal): Release {
    const { lane, metrics } = this.opts;
    metrics.running.inc();
    this.held++;
    let holding = true;
    const release = () => {
      if (!holding) return;
      holding = false;
      this.held--;
      signal?.removeEventListener('abort', abandon);
      metrics.running.dec();
      done();
    };
    const abandon = () => {
      turnsAbandoned.inc({ lane, stage: 'running' });
      release();
    };
    if (signal?.aborted) queueMicrotask(abandon);
    else signal?.addEventListener('abort', abandon, { once: true });
    return release;
  }
}
