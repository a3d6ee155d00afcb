/**
 * Streaming a read query: records flow from the Neo4j result to a Node object-mode `Readable`
 * one at a time, with backpressure at both ends. The driver pulls `fetchSize` records per batch
 * and pauses pulling while its buffer is full (the result's async iterator); the loop here waits
 * whenever the `Readable` is full (`push` returned false) until the consumer reads again. So
 * memory holds at most about `fetchSize + highWaterMark` rows, whatever the size of the result.
 */
import { Readable } from 'node:stream';
import neo4j from 'neo4j-driver';
import { type Db, dbError, toPlain, trackTransaction } from '../neo4j/db.js';

export interface QueryStreamOptions {
  /** Transaction timeout in ms: the whole stream, including time spent waiting on a slow reader. */
  txTimeoutMs: number;
  /** Records per pull from Neo4j (default 500). */
  fetchSize?: number;
  /** Rows the `Readable` buffers before the query loop waits (default 256). */
  highWaterMark?: number;
}

export interface QueryStream {
  /** Object-mode stream of rows; destroyed with the error when the query fails after the first row. */
  rows: Readable;
  /**
   * Resolves when the first row (or the end of an empty result) has arrived, so a caller can
   * still answer with an error status; rejects when the query fails before any row
   * (`DatabaseUnavailableError` when Neo4j cannot be reached, `QueryTimeoutError` when the
   * transaction outlives `txTimeoutMs`).
   */
  started: Promise<void>;
}

/** The consumer went away (client disconnected, pipeline failed): stop reading and roll back. */
class StreamClosedError extends Error {
  constructor() {
    super('the row stream was closed by its consumer');
    this.name = 'StreamClosedError';
  }
}

/** Wraps an error after rows were emitted, so the driver does not retry (that would repeat rows). */
class StreamFailedError extends Error {
  constructor(readonly cause: unknown) {
    super(`the query failed while streaming: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'StreamFailedError';
  }
}

/** An object-mode Readable fed by `put`, which waits while the stream's buffer is full. */
class RowSource<T> extends Readable {
  private waiting?: () => void;

  constructor(highWaterMark: number) {
    super({ objectMode: true, highWaterMark });
  }

  override _read(): void {
    this.wake();
  }

  override _destroy(err: Error | null, callback: (error?: Error | null) => void): void {
    this.wake();
    callback(err);
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = undefined;
    w?.();
  }

  /** Pushes one row; resolves when there is room for more. Throws StreamClosedError once destroyed. */
  async put(row: T): Promise<void> {
    if (this.destroyed) throw new StreamClosedError();
    if (!this.push(row)) await new Promise<void>((resolve) => (this.waiting = resolve));
    if (this.destroyed) throw new StreamClosedError();
  }
}

/**
 * Runs `query` in a read transaction (`session.executeRead`, so a cluster routes it to a
 * reader) and streams its records, each converted with `toPlain` and then `toRow`. A retryable
 * failure before the first row is retried by the driver; after it, the stream fails instead
 * (a retry would repeat rows). Destroying `rows` cancels the query and rolls the transaction back.
 */
export function streamQuery<T>(
  db: Db,
  query: string,
  params: Record<string, unknown>,
  toRow: (record: Record<string, unknown>) => T,
  opts: QueryStreamOptions,
): QueryStream {
  const rows = new RowSource<T>(opts.highWaterMark ?? 256);
  // The consumer (pipeline) attaches its own error handling; this keeps an error emitted in the
  // gap before it does from crashing the process.
  rows.on('error', () => {});
  let isStarted = false;
  let resolveStarted!: () => void;
  let rejectStarted!: (e: unknown) => void;
  const started = new Promise<void>((resolve, reject) => {
    resolveStarted = resolve;
    rejectStarted = reject;
  });
  started.catch(() => {});
  const start = () => {
    if (!isStarted) {
      isStarted = true;
      resolveStarted();
    }
  };

  db.roundTrips++;
  const done = trackTransaction('stream');
  const opened = Date.now();
  let failure: unknown;
  const session = db.driver.session({ database: db.opts.database, defaultAccessMode: neo4j.session.READ, fetchSize: opts.fetchSize ?? 500 });
  let emitted = 0;
  const pump = async () => {
    try {
      await session.executeRead(
        async (tx) => {
          try {
            for await (const record of tx.run(query, params)) {
              const row = toRow(toPlain(record.toObject()) as Record<string, unknown>);
              start();
              await rows.put(row);
              emitted++;
            }
          } catch (e) {
            if (emitted > 0 || e instanceof StreamClosedError) throw new StreamFailedError(e);
            throw e;
          }
        },
        { timeout: opts.txTimeoutMs },
      );
      start();
      rows.push(null);
    } catch (e) {
      const cause = e instanceof StreamFailedError ? e.cause : e;
      // Unreachable or timed out: the caller's own error (DatabaseUnavailableError, QueryTimeoutError).
      const known = dbError(cause, opts.txTimeoutMs, Date.now() - opened);
      const err = (known === cause ? e : known) as Error;
      failure = err;
      if (!isStarted) {
        isStarted = true;
        rejectStarted(err);
        rows.destroy();
      } else {
        rows.destroy(err);
      }
    } finally {
      await session.close().finally(() => done(failure));
    }
  };
  // A session that fails to close fails the stream (a consumer still reading sees the error);
  // it never becomes an unhandled rejection.
  pump().catch((e: unknown) => rows.destroy(e as Error));
  return { rows, started };
}
