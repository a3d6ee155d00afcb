/**
 * The usual fixture of API tests: a graph in the suite's Neo4j (the bundled data unless the file
 * prepares its own) and the service on a free port. Registers the vitest hooks; read `app.url`
 * and `app.db` inside tests.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../../src/neo4j/db.js';
import type { RunningApp } from '../../src/server/app.js';
import { bundledGraph } from './bundled.js';
import { testDb } from './db.js';
import { startTestApp, type TestAppOptions } from './server.js';

export interface AppFixtureOptions extends TestAppOptions {
  /** Puts the file's graph in place before the service starts (default: the bundled data). */
  prepare?: (db: Db) => Promise<unknown>;
  /** Runs after the service stops and before the Db closes (e.g. removes the file's own nodes). */
  cleanup?: (db: Db) => Promise<void>;
  /** Timeout of the two hooks in ms (vitest's hookTimeout when unset). */
  hookTimeoutMs?: number;
}

/** The fixture: `opts` also carries the service's options (e.g. API_KEYS, a larger GRAPHQL_MAX_COST). */
export function useApp(opts: AppFixtureOptions = {}): { readonly url: string; readonly db: Db } {
  const { prepare = bundledGraph, cleanup, hookTimeoutMs, ...service } = opts;
  const db = testDb();
  let running: RunningApp | undefined;
  beforeAll(async () => {
    await prepare(db);
    running = await startTestApp(db, service);
  }, hookTimeoutMs);
  afterAll(async () => {
    await running?.stop();
    await cleanup?.(db);
    await db.close();
  }, hookTimeoutMs);
  return {
    get url() {
      if (!running) throw new Error('the service is not started yet');
      return running.url;
    },
    db,
  };
}

/** The bundled data and the service with `opts` (e.g. a larger GRAPHQL_MAX_COST for tests that read whole answers). */
export const useBundledApp = (opts: TestAppOptions = {}) => useApp(opts);
