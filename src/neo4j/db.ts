/**
 * The database handle: a neo4j-driver `Driver` with named-Cypher read and write helpers.
 * Reads run as auto-commit transactions in READ sessions: one network round trip (a managed
 * `executeRead` adds a COMMIT), still routed to followers by a cluster or Aura through
 * `neo4j://` URIs, and retried like the driver's managed transactions on retryable errors
 * (a read is safe to repeat). Writes run in managed write transactions. Every transaction has
 * the configured timeout. Results come back as plain JSON values (see `toPlain`).
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Result, type Session } from 'neo4j-driver';
import { neo4jPoolMax, neo4jReadRetries, neo4jSessionsOpen, neo4jTransactions, secondsSince } from '../metrics/registry.js';

export interface DbOptions {
  uri: string;
  username: string;
  password: string;
  database: string;
  txTimeoutMs: number;
}

/** Thrown when Neo4j cannot be reached; the API turns it into 503 with a retry hint. */
export class DatabaseUnavailableError extends Error {
  readonly code = 'DATABASE_UNAVAILABLE';
  constructor(cause: unknown) {
    super(`Neo4j is unavailable: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'DatabaseUnavailableError';
  }
}

/** The codes Neo4j ends a transaction with when it outlives its timeout (ours or the server's). */
const TIMEOUT_CODES = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);
/**
 * The codes of a transaction terminated while it waited on a lock or between statements: for its
 * timeout, by an operator, or because the database is stopping (the driver gives Neo4j 5's
 * TransientError codes as ClientError).
 */
const TERMINATED_CODES = new Set(['Neo.ClientError.Transaction.LockClientStopped', 'Neo.ClientError.Transaction.Terminated']);

/**
 * True when `e` is Neo4j ending a transaction for its timeout: a timeout code, or a termination
 * of a transaction that ran `elapsedMs` ≥ its timeout `timeoutMs` (a wait on a lock ends so).
 */
export const isTimedOut = (e: unknown, elapsedMs = 0, timeoutMs: number | null = null): boolean => {
  const code = (e as { code?: string })?.code ?? '';
  return TIMEOUT_CODES.has(code) || (TERMINATED_CODES.has(code) && timeoutMs !== null && elapsedMs >= timeoutMs);
};

/**
 * Thrown when Neo4j ends a transaction for outliving its timeout (NEO4J_TX_TIMEOUT_MS for a
 * request's reads and writes): the question may be too broad, or the database too busy. Nothing
 * was written. The API answers it QUERY_TIMEOUT (HTTP 504), never as the caller's mistake.
 * `neo4jCode` keeps Neo4j's own code, `timeoutMs` the timeout in ms (null when the server's own
 * default ended it).
 */
export class QueryTimeoutError extends Error {
  readonly code = 'QUERY_TIMEOUT';
  readonly neo4jCode: string;
  constructor(
    cause: unknown,
    readonly timeoutMs: number | null,
  ) {
    super(`Neo4j ended the transaction after its timeout${timeoutMs === null ? '' : ` of ${timeoutMs} ms`}`, { cause });
    this.name = 'QueryTimeoutError';
    this.neo4jCode = (cause as { code?: string })?.code ?? '';
  }
}

/** Thrown when a stored integer does not fit a JSON number exactly (beyond ±(2^53 − 1)). */
export class IntegerRangeError extends Error {
  readonly code = 'INTEGER_OUT_OF_RANGE';
  constructor(value: string) {
    super(`integer ${value} is beyond ±(2^53 − 1) and cannot be returned as an exact number`);
    this.name = 'IntegerRangeError';
  }
}

/**
 * Converts driver values to plain JSON: Integer → number (throws IntegerRangeError beyond
 * 2^53 − 1), temporal values → ISO-8601 strings, nodes and relationships → their properties,
 * lists and maps recursively. Strings, numbers and booleans, and maps (plain objects, as the
 * driver decodes them), are told apart by their type and prototype first: the driver's own
 * type tests cost seven property lookups per value, and every value of every row goes through
 * here.
 */
export function toPlain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object' && typeof v !== 'bigint') return v;
  if (Array.isArray(v)) return v.map(toPlain);
  if (Object.getPrototypeOf(v) === Object.prototype) return plainMap(v as Record<string, unknown>);
  if (neo4j.isInt(v)) {
    if (!neo4j.integer.inSafeRange(v)) throw new IntegerRangeError(v.toString());
    return v.toNumber();
  }
  if (typeof v === 'bigint') {
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) throw new IntegerRangeError(v.toString());
    return Number(v);
  }
  if (neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v) || neo4j.isTime(v) || neo4j.isLocalTime(v) || neo4j.isDuration(v)) {
    return (v as { toString(): string }).toString();
  }
  if (neo4j.isNode(v) || neo4j.isRelationship(v)) return toPlain(v.properties);
  // Other driver values (a Point): their own enumerable fields.
  return typeof v === 'object' ? plainMap(v as Record<string, unknown>) : v;
}

/** A map's entries through `toPlain`, as own properties (a key `__proto__` stays a key). */
const plainMap = (v: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPlain(x)]));

/**
 * True when `e` is the driver saying Neo4j cannot be reached, the database is not available, or
 * no connection of the pool became free within the acquisition timeout (every connection busy:
 * the driver gives that error no code, only its message). Each is answered 503 with Retry-After
 * (DATABASE_UNAVAILABLE), never as an internal error.
 */
export const isUnavailable = (e: unknown) => {
  const code = (e as { code?: string })?.code ?? '';
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
    /^Connection acquisition timed out/.test((e as { message?: string })?.message ?? '')
  );
};

/** What a transaction is for, as the metrics tell them apart. */
export type TransactionKind = 'read' | 'write' | 'schema' | 'stream';

/**
 * Counts one session of `kind` as open and starts timing it; call the returned function once,
 * after the session closed, with the error that ended it (if any). Feeds the
 * `kg_neo4j_sessions_open` gauge and the `kg_neo4j_transaction_duration_seconds` histogram.
 */
export function trackTransaction(kind: TransactionKind): (error?: unknown) => void {
  const started = process.hrtime.bigint();
  neo4jSessionsOpen.inc({ kind });
  return (error?: unknown) => {
    neo4jSessionsOpen.dec({ kind });
    const outcome =
      error === undefined
        ? 'ok'
        : error instanceof DatabaseUnavailableError || isUnavailable(error)
          ? 'unavailable'
          : error instanceof QueryTimeoutError || isTimedOut(error)
            ? 'timeout'
            : 'error';
    neo4jTransactions.observe({ kind, outcome }, secondsSince(started));
  };
}

/**
 * The error a caller sees for a transaction that failed after `elapsedMs` ms: Neo4j unreachable →
 * DatabaseUnavailableError, a transaction timeout (of `timeoutMs` ms) → QueryTimeoutError,
 * anything else as it is.
 */
export const dbError = (e: unknown, timeoutMs: number | null, elapsedMs = 0): unknown =>
  isUnavailable(e) ? new DatabaseUnavailableError(e) : isTimedOut(e, elapsedMs, timeoutMs) ? new QueryTimeoutError(e, timeoutMs) : e;

/**
 * Runs `work` in a session of `kind`, tracked by `trackTransaction`; its errors become what
 * `dbError` says (unreachable → DatabaseUnavailableError, timeout → QueryTimeoutError).
 */
async function tracked<R>(kind: TransactionKind, timeoutMs: number, work: () => Promise<R>): Promise<R> {
  const done = trackTransaction(kind);
  const started = Date.now();
  try {
    const result = await work();
    done();
    return result;
  } catch (e) {
    const error = dbError(e, timeoutMs, Date.now() - started);
    done(error);
    throw error;
  }
}

/** The driver's connection pool size (its default, stated so the metrics can report pool use). */
export const MAX_CONNECTION_POOL_SIZE = 100;

/** How long a read is retried on retryable errors (the driver's managed transactions use the same budget, `maxTransactionRetryTime`). */
const READ_RETRY_MS = 5_000;
const READ_RETRY_FIRST_DELAY_MS = 200;

export class Db {
  readonly driver: Driver;
  /** Aborts the work of this handle (`abortable`); none on the service's own handle. */
  readonly signal?: AbortSignal;
  private readonly counts = { roundTrips: 0 };

  /** Number of queries sent since start (every `read`/`write`/`run` call is one round trip), over every handle of `abortable`. */
  get roundTrips(): number {
    return this.counts.roundTrips;
  }
  set roundTrips(n: number) {
    this.counts.roundTrips = n;
  }

  constructor(readonly opts: DbOptions) {
    // The local server runs without authentication and accepts any credentials.
    this.driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.username, opts.password), {
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: READ_RETRY_MS,
      disableLosslessIntegers: false,
      maxConnectionPoolSize: MAX_CONNECTION_POOL_SIZE,
      userAgent: 'critical-minerals-graph',
    });
    neo4jPoolMax.set(MAX_CONNECTION_POOL_SIZE);
  }

  /**
   * A handle on the same driver whose work stops when `signal` aborts (an HTTP request's client
   * went away, or a stop during start-up's load): a statement not yet sent is not sent, and an open session is closed, which
   * resets its connection, so Neo4j terminates the running statement and rolls its transaction
   * back. Either way the call throws `signal.reason`.
   */
  abortable(signal: AbortSignal): Db {
    return Object.assign(Object.create(this) as Db, { signal });
  }

  /**
   * A handle on the same driver whose transactions time out after `txTimeoutMs` (ms) instead of
   * the configured NEO4J_TX_TIMEOUT_MS (start-up's schema statements on a busy server).
   */
  withTxTimeout(txTimeoutMs: number): Db {
    return Object.assign(Object.create(this) as Db, { opts: { ...this.opts, txTimeoutMs } });
  }

  /**
   * Runs `work` in a new session of `mode`, closed afterwards. When `signal` aborts, the call
   * throws `signal.reason` at once and the session closes in the background: the caller never
   * waits on a driver that is closing or a server that is stopping (a stop during start-up closes
   * both right after the abort, and a result pending on a closed driver never settles).
   */
  private async inSession<R>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<R>): Promise<R> {
    const { signal } = this;
    signal?.throwIfAborted();
    const session = this.driver.session({ database: this.opts.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    const close = () => session.close().catch(() => undefined);
    if (!signal) {
      try {
        return await work(session);
      } finally {
        await session.close();
      }
    }
    let onAbort = () => {};
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        void close();
        reject(signal.reason);
      };
    });
    signal.addEventListener('abort', onAbort, { once: true });
    const done = work(session);
    try {
      return await Promise.race([done, aborted]);
    } catch (e) {
      throw signal.aborted ? signal.reason : e;
    } finally {
      signal.removeEventListener('abort', onAbort);
      // The work may still settle after an abort; its outcome is no longer anyone's.
      done.catch(() => undefined);
      if (!signal.aborted) await session.close();
    }
  }

  private get txConfig() {
    return { timeout: this.opts.txTimeoutMs };
  }

  /**
   * Runs one statement as a read (auto-commit, READ access mode); rows as plain objects.
   * Retryable errors (a leader switch, a follower going away, a transient error) are retried
   * with exponential backoff for up to `READ_RETRY_MS`, as `executeRead` would. Throws
   * DatabaseUnavailableError when Neo4j cannot be reached, QueryTimeoutError when the statement
   * outlives the transaction timeout, the driver's error otherwise.
   */
  async read<T = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
    this.roundTrips++;
    const started = Date.now();
    return tracked('read', this.opts.txTimeoutMs, async () => {
      for (let delay = READ_RETRY_FIRST_DELAY_MS; ; delay *= 2) {
        try {
          return await this.inSession('READ', (session) => streamRows<T>(session.run(query, params, this.txConfig)));
        } catch (e) {
          const wait = delay * (0.8 + 0.4 * Math.random());
          if (this.signal?.aborted || !neo4j.isRetryableError(e as Error) || Date.now() - started + wait > READ_RETRY_MS) throw e;
          neo4jReadRetries.inc();
          await new Promise((resolve) => setTimeout(resolve, wait));
        }
      }
    });
  }

  /** Runs one statement in a write transaction; rows as plain objects. Throws as `writeTx`. */
  async write<T = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.writeTx(async (tx) => rows<T>(await tx.run(query, params)));
  }

  /**
   * Runs `work` in one write transaction: everything it writes commits together or not at
   * all (an error or a lost connection rolls it back). `timeoutMs` overrides the configured
   * transaction timeout (bulk loads need longer than queries). Throws DatabaseUnavailableError
   * when Neo4j cannot be reached, QueryTimeoutError when the transaction outlives its timeout
   * (nothing is written), else what `work` or the driver throws.
   */
  async writeTx<R>(work: (tx: ManagedTransaction) => Promise<R>, timeoutMs?: number): Promise<R> {
    this.roundTrips++;
    return tracked('write', timeoutMs ?? this.opts.txTimeoutMs, () =>
      this.inSession('WRITE', (session) => session.executeWrite(work, timeoutMs ? { timeout: timeoutMs } : this.txConfig)),
    );
  }

  /** Runs a schema or administrative statement outside an explicit transaction. */
  async run(query: string, params: Record<string, unknown> = {}): Promise<void> {
    this.roundTrips++;
    return tracked('schema', this.opts.txTimeoutMs, () =>
      this.inSession('WRITE', async (session) => {
        await session.run(query, params, this.txConfig);
      }),
    );
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export function rows<T>(res: QueryResult): T[] {
  return res.records.map((r) => toPlain(r.toObject()) as T);
}

/**
 * The rows of `result` as plain objects, each converted as its record arrives: the driver
 * decodes records batch by batch as the network delivers them, so a statement returning many
 * rows is decoded and converted in many short turns of the event loop, never in one long one
 * (a statement returning one row holding thousands of values is decoded in one turn).
 */
export function streamRows<T>(result: Result): Promise<T[]> {
  return new Promise<T[]>((resolve, reject) => {
    const out: T[] = [];
    result.subscribe({
      onNext: (record) => {
        try {
          out.push(toPlain(record.toObject()) as T);
        } catch (e) {
          reject(e);
        }
      },
      onCompleted: () => resolve(out),
      onError: reject,
    });
  });
}
