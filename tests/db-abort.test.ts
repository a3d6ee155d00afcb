/**
 * A Db handle's abort signal (a stop during start-up, a client that went away) ends every kind
 * of call — read, write, writeTx, run — with the signal's reason while its statement is still
 * running on the suite's Neo4j, whether or not the driver is closed right after the abort (as a
 * stop does); and the statement does not go on running on the server. And a handle's own
 * transaction timeout (`withTxTimeout`, start-up's statements) ends a statement that outlives it,
 * on that handle only, with a QueryTimeoutError.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { StopRequested } from '../src/lifecycle.js';
import { type Db, QueryTimeoutError } from '../src/neo4j/db.js';
import { testDb } from './support/db.js';

const watcher = testDb();
afterAll(() => watcher.close());

// Runs for minutes unless ended: two billion rows, none kept.
const SLOW_READ = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n /* db-abort */';
const SLOW_WRITE = "UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 CREATE (:Company {id: 'company:db-abort-never'}) /* db-abort */";

const calls: Array<[string, (db: Db) => Promise<unknown>]> = [
  ['read', (db) => db.read(SLOW_READ)],
  ['write', (db) => db.write(SLOW_WRITE)],
  ['writeTx', (db) => db.writeTx((tx) => tx.run(SLOW_WRITE))],
  ['run', (db) => db.run(SLOW_WRITE)],
];

/** The running transactions whose statement is one of this file's. */
const running = async () =>
  (await watcher.read<{ q: string }>('SHOW TRANSACTIONS YIELD currentQuery AS q WHERE q CONTAINS $mark RETURN q', { mark: '/* db-abort */' })).length;

async function untilNone(): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const n = await running();
    if (n === 0) return 0;
    await new Promise((r) => setTimeout(r, 100));
  }
  return running();
}

async function untilRunning(): Promise<void> {
  for (let i = 0; i < 100 && (await running()) === 0; i++) await new Promise((r) => setTimeout(r, 50));
}

describe('an aborted Db call', () => {
  for (const closeDriver of [false, true]) {
    for (const [name, call] of calls) {
      it(`${name}: throws the abort's reason while its statement runs${closeDriver ? ', with the driver closed at once after' : ''}, and the statement ends`, async () => {
        const db = testDb();
        const stop = new AbortController();
        const pending = call(db.abortable(stop.signal)).then(
          () => 'settled without error',
          (e: unknown) => e,
        );
        await untilRunning();
        const reason = new StopRequested('SIGINT');
        stop.abort(reason);
        const closing = closeDriver ? db.close() : undefined;
        expect(await pending).toBe(reason);
        await closing;
        expect(await untilNone()).toBe(0);
        if (!closeDriver) await db.close();
      }, 30_000);
    }
  }
  it('a call on an already aborted handle throws the reason', async () => {
    const db = testDb();
    const stop = new AbortController();
    const reason = new StopRequested('SIGTERM');
    stop.abort(reason);
    for (const [, call] of calls) await expect(call(db.abortable(stop.signal))).rejects.toBe(reason);
    await db.close();
  });
});

describe('a handle with its own transaction timeout', () => {
  it('ends a statement that outlives it, for every kind of call, and leaves the other handles as they are', async () => {
    const db = testDb();
    const short = db.withTxTimeout(200).abortable(new AbortController().signal);
    expect(short.opts.txTimeoutMs).toBe(200);
    expect(db.opts.txTimeoutMs).toBe(60_000);
    for (const [name, call] of calls) {
      const e = await call(short).then(
        () => undefined,
        (x: unknown) => x,
      );
      // Every kind of call ends with the one timeout error the API answers QUERY_TIMEOUT.
      expect(e, name).toBeInstanceOf(QueryTimeoutError);
      expect(e, name).toMatchObject({ code: 'QUERY_TIMEOUT', timeoutMs: 200 });
      expect((e as QueryTimeoutError).neo4jCode, name).toMatch(/^Neo\.ClientError\.Transaction\.(TransactionTimedOut|TransactionTimedOutClientConfiguration)$/);
    }
    expect(await untilNone()).toBe(0);
    expect(await db.read('RETURN 1 AS n')).toEqual([{ n: 1 }]);
    await db.close();
  }, 60_000);
});
