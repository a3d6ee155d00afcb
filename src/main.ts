/**
 * `npm start`: reads the configuration, starts the local Neo4j when no NEO4J_URI is set,
 * applies the schema, loads the bundled data under `data/`, and serves HTTP.
 * SIGTERM, SIGINT (Ctrl-C) or SIGHUP stop it at any stage (see `lifecycle.ts`): while serving
 * they drain in-flight requests, close the driver and stop the local Neo4j; during start-up they
 * stop what has started so far (the Maven build, the local Neo4j, the load: aborted before its
 * next batch, the input being written rolled back whole, one line saying what was loaded and what
 * rolled back); a second signal, or
 * a stop that takes longer than SHUTDOWN_FORCE_MS, exits at once. A failed start prints one line
 * (`start-up failed: …`), stops what it started and exits with status 1.
 */
import 'dotenv/config';
import { type Config, ConfigError, forceExitMs, loadConfig } from './config.js';
import { cypher } from './cypher.js';
import { Lifecycle } from './lifecycle.js';
import { loadBundledData } from './load/bundled.js';
import { LoadAbortedError } from './load/index.js';
import { chooseLogFormat, createLogger } from './log.js';
import { Db } from './neo4j/db.js';
import { startLocalNeo4j } from './neo4j/local.js';
import { applySchema } from './neo4j/schema.js';
import { startApp } from './server/app.js';
import { graphLine, listeningLine, loadedLine, neo4jLine, uriWithoutCredentials } from './startup.js';

let config: Config;
try {
  config = loadConfig();
} catch (e) {
  console.error(e instanceof ConfigError ? e.message : `start-up failed: ${(e as Error).message}`);
  process.exit(1);
}

// Pretty lines on a terminal outside production (LOG_FORMAT=auto); JSON otherwise.
const log = createLogger(config.LOG_LEVEL, { format: chooseLogFormat(config.LOG_FORMAT, config.NODE_ENV === 'production', process.stdout.isTTY === true) });
const life = new Lifecycle({ forceExitMs: forceExitMs(config), say: (line) => log.info(line) });
life.installSignalHandlers();

/** Shortest transaction timeout of start-up's statements (version, schema, graph size), in ms. */
const STARTUP_TX_TIMEOUT_MS = 120_000;

/**
 * Runs one start-up step against Neo4j; a failure other than a stop says which step failed
 * (`applying the schema: <the driver's message>`), so the one line of a failed start names it.
 */
async function step<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (life.isStopping || !(e instanceof Error)) throw e;
    throw new Error(`${what}: ${e.message}`, { cause: e });
  }
}

try {
  await life.run(async (signal) => {
    let uri = config.NEO4J_URI;
    let localDir: string | undefined;
    if (!uri) {
      log.info({ dir: config.LOCAL_NEO4J_DIR, port: config.LOCAL_NEO4J_PORT }, `starting the local Neo4j on port ${config.LOCAL_NEO4J_PORT}`);
      const local = await startLocalNeo4j({
        dir: config.LOCAL_NEO4J_DIR,
        port: config.LOCAL_NEO4J_PORT,
        heapMb: config.LOCAL_NEO4J_HEAP_MB,
        pageCacheMb: config.LOCAL_NEO4J_PAGECACHE_MB,
        onNotice: (line) => log.info(line),
        signal,
      });
      life.onStop('the local Neo4j', () => local.stop());
      uri = local.uri;
      localDir = config.LOCAL_NEO4J_DIR;
    }
    const db = new Db({
      uri,
      username: config.NEO4J_USERNAME,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
    });
    life.onStop('the Neo4j driver', () => db.close());
    // Every start-up statement stops at once on a stop: its session closes, so Neo4j ends it and rolls back.
    // It may take longer than a request's statement: schema changes on a busy server take seconds.
    const startup = db.abortable(signal).withTxTimeout(Math.max(config.NEO4J_TX_TIMEOUT_MS, STARTUP_TX_TIMEOUT_MS));
    const [server] = await step('reading the Neo4j version', () => startup.read<{ version: string; edition: string }>(cypher('schema/version')));
    const neo4jFacts = { uri, database: db.opts.database, ...server, localDir };
    log.info({ startup: { neo4j: { ...neo4jFacts, uri: uriWithoutCredentials(uri) } } }, neo4jLine(neo4jFacts));
    await step('applying the schema', () => applySchema(startup));
    signal.throwIfAborted();
    if (config.LOAD_ON_START) {
      const results = await step('loading the bundled data', () =>
        loadBundledData(startup, log, signal).catch((e: unknown) => {
          // The one line of a stop during the load: what committed, what rolled back.
          if (e instanceof LoadAbortedError) log.warn(e.message);
          throw e;
        }),
      );
      log.info({ startup: { loaded: results } }, loadedLine(results));
    } else {
      log.info('bundled data not loaded (LOAD_ON_START=false)');
    }
    signal.throwIfAborted();
    const [size] = await step('counting the graph', () => startup.read<{ nodes: number; relationships: number }>(cypher('schema/graph-size')));
    log.info({ startup: { graph: size } }, graphLine(size));
    const app = await startApp({ db, log, production: !config.ERROR_DETAILS, config }, config.HOST, config.PORT);
    life.onStop('the HTTP server', () => app.stop());
    signal.throwIfAborted();
    app.readiness.schemaWasApplied();
    log.info({ startup: { url: app.url } }, listeningLine(app.url));
  });
} catch (e) {
  if (!life.isStopping) {
    // One line a user can act on; the details (stack, cause) only at LOG_LEVEL=debug.
    log.debug({ err: e }, 'start-up failed');
    const [first, ...more] = String((e as Error)?.message ?? e).split('\n');
    process.stderr.write(`start-up failed: ${first}${more.length ? ' (more with LOG_LEVEL=debug)' : ''}\n`);
    await life.stop('start-up failed', 1, true);
  }
}
