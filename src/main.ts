/**
 * `npm start`: reads the configuration, starts the local Neo4j when no NEO4J_URI is set,
 * applies the schema, loads the bundled data under `data/`, and serves HTTP. SIGTERM or SIGINT
 * drain in-flight requests, close the driver and stop the local Neo4j if this process started it.
 */
import 'dotenv/config';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger } from './log.js';
import { Db } from './neo4j/db.js';
import { startLocalNeo4j, type LocalNeo4j } from './neo4j/local.js';
import { applySchema } from './neo4j/schema.js';
import { loadBundledData } from './load/bundled.js';
import { startApp } from './server/app.js';

let config: Config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}

const log = createLogger(config.LOG_LEVEL);
let local: LocalNeo4j | undefined;
if (!config.NEO4J_URI) {
  log.info({ dir: config.LOCAL_NEO4J_DIR, port: config.LOCAL_NEO4J_PORT }, 'starting the local Neo4j');
  local = await startLocalNeo4j({
    dir: config.LOCAL_NEO4J_DIR,
    port: config.LOCAL_NEO4J_PORT,
    heapMb: config.LOCAL_NEO4J_HEAP_MB,
    pageCacheMb: config.LOCAL_NEO4J_PAGECACHE_MB,
  });
}
const db = new Db({
  uri: config.NEO4J_URI ?? local!.uri,
  username: config.NEO4J_USERNAME,
  password: config.NEO4J_PASSWORD,
  database: config.NEO4J_DATABASE,
  txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
});

const shutdown = async (signal: string, app?: { stop(): Promise<void> }) => {
  log.info({ signal }, 'shutting down');
  await app?.stop();
  await db.close();
  await local?.stop();
  log.info('stopped');
  process.exit(0);
};

try {
  await applySchema(db);
  if (config.LOAD_ON_START) {
    const summary = await loadBundledData(db, log);
    log.info({ summary }, 'bundled data loaded');
  }
  const app = await startApp({ db, log, production: config.NODE_ENV === 'production', config }, config.HOST, config.PORT);
  app.readiness.schemaWasApplied();
  log.info({ url: `${app.url}/graphql` }, 'serving GraphQL');
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void shutdown(signal, app);
    });
  }
} catch (e) {
  log.fatal({ err: e }, 'start-up failed');
  await db.close();
  await local?.stop();
  process.exit(1);
}
