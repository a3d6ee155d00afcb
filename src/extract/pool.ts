/**
 * Article extraction off the event loop: a piscina pool of worker threads running `worker.ts`,
 * at most `size` extractions at a time (EXTRACT_WORKERS); more wait their turn (server/turns.ts),
 * at most `maxWaiting` of them (EXTRACT_MAX_WAITING) for at most `maxWaitMs` (EXTRACT_MAX_WAIT_MS),
 * beyond which they are refused with OverloadedError (503 SERVICE_OVERLOADED). An extraction
 * whose `signal` aborts (its client went away) leaves the queue, or, running, has its worker
 * thread terminated by piscina. A 60,000-character article takes seconds of compromise's CPU;
 * on the main thread it would hold every other request (even GET /health) for that long.
 *
 * The worker file is the compiled `worker.js` beside this module in production (dist/) and
 * `worker.ts` when the service runs from source; a TypeScript worker loads tsx first.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { extractRunning, extractWaiting } from '../metrics/registry.js';
import { Turns } from '../server/turns.js';
import type { FactLookup } from './conflicts.js';
import type { GazetteerEntry } from './gazetteer.js';
import { ArticleInputError, type Extraction, type ExtractOptions } from './index.js';
import type { ExtractResult, ExtractTask } from './worker.js';

const ext = extname(fileURLToPath(import.meta.url));
const WORKER = new URL(`./worker${ext}`, import.meta.url).href;
const TS_LOADER = ext === '.ts' && !process.execArgv.some((a) => a.includes('tsx')) ? ['--import', 'tsx'] : [];

/** How many extractions may wait for a worker thread, and how long (ms); unbounded when omitted. */
export interface ExtractQueueBounds {
  maxWaiting?: number;
  maxWaitMs?: number;
}

export class ExtractPool {
  private readonly pool: Piscina<ExtractTask, ExtractResult>;
  private readonly turns: Turns;

  /** `size`: extractions run at once (worker threads, started on first use, kept while busy). */
  constructor(
    readonly size: number,
    bounds: ExtractQueueBounds = {},
  ) {
    this.pool = new Piscina({ filename: WORKER, minThreads: 0, maxThreads: size, idleTimeout: 60_000, execArgv: [...process.execArgv, ...TS_LOADER] });
    this.turns = new Turns({
      lane: 'extract',
      concurrency: size,
      maxWaiting: bounds.maxWaiting,
      maxWaitMs: bounds.maxWaitMs,
      settings: { maxWaiting: 'EXTRACT_MAX_WAITING', maxWaitMs: 'EXTRACT_MAX_WAIT_MS' },
      metrics: { waiting: extractWaiting, running: extractRunning },
    });
  }

  /**
   * As `extractArticle` (index.ts), on a worker thread; throws ArticleInputError for bad input,
   * OverloadedError beyond the queue's bounds, and `signal.reason` once `signal` aborts.
   */
  async extract(input: Uint8Array | string, entries: GazetteerEntry[], lookup: FactLookup, opts: ExtractOptions, signal?: AbortSignal): Promise<Extraction> {
    const release = await this.turns.take(signal);
    try {
      return await this.run(input, entries, lookup, opts, signal);
    } catch (e) {
      throw signal?.aborted ? signal.reason : e;
    } finally {
      release();
    }
  }

  private async run(
    input: Uint8Array | string,
    entries: GazetteerEntry[],
    lookup: FactLookup,
    opts: ExtractOptions,
    signal?: AbortSignal,
  ): Promise<Extraction> {
    const { port1, port2 } = new MessageChannel();
    port1.on('message', ({ pairs }: { pairs: Parameters<FactLookup>[0] }) =>
      lookup(pairs).then(
        (facts) => port1.postMessage({ facts }),
        (e: Error) => port1.postMessage({ error: e.message }),
      ),
    );
    try {
      const out = await this.pool.run({ input, entries, opts, port: port2 }, { transferList: [port2], signal: signal ?? null });
      if ('error' in out) throw new ArticleInputError(out.error.code, out.error.message, out.error.option);
      return out.extraction;
    } finally {
      port1.close();
    }
  }

  /** Stops the worker threads (after the running extractions). */
  close(): Promise<void> {
    return this.pool.close();
  }
}
