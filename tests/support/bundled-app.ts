/**
 * The usual fixture of API tests: the bundled data in the suite's Neo4j and the service on a
 * free port. Registers the vitest hooks; read `app.url` and `app.db` inside tests.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../../src/neo4j/db.js';
import type { RunningApp } from '../../src/server/app.js';
import { bundledGraph } from './bundled.js';
import { testDb } from './db.js';
import { startTestApp, type TestAppOptions } from './server.js';

/** `opts`: the service's options (e.g. a larger GRAPHQL_MAX_COST for tests that read whole answers). */
export function useBundledApp(opts: TestAppOptions = {}): { readonly url: string; readonly db: Db } {
  const db = testDb();
  let running: RunningApp | undefined;
  beforeAll(async () => {
    await bundledGraph(db);
    running = await startTestApp(db, opts);
  });
  afterAll(async () => {
    await running?.stop();
    await db.close();
  });
  return {
    get url() {
      if (!running) throw new Error('the service is not started yet');
      return running.url;
    },
    db,
  };
}
