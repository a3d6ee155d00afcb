/**
 * The HTTP service: `GET /health` (the process is up), `GET /ready` (Neo4j reachable and the
 * schema applied; 503 with a JSON reason otherwise), GraphQL at `/graphql` (Apollo Server, with
 * the query limits of limits.ts, API keys of auth.ts and error codes of errors.ts),
 * `POST /admin/load` (admin.ts), the BI feeds at `/feeds` and Prometheus metrics at `/metrics`
 * (metrics.ts; both closed like GraphQL reads when READ_REQUIRES_KEY is set), the playground at
 * `/playground` and the graph explorer at `/explorer`. Unknown routes answer 404 JSON. Browser
 * pages from the origins in CORS_ORIGINS may call any route; every route refuses preflights from
 * other origins with 403 (cors.ts). Kept-alive
 * connections idle out after HTTP_KEEP_ALIVE_TIMEOUT_MS; a client that has not sent its headers
 * within HTTP_HEADERS_TIMEOUT_MS, or its whole request within HTTP_REQUEST_TIMEOUT_MS, gets 408.
 * `stop()` answers /ready 503 ("stopping"), reads for 250 ms what clients had already sent, then
 * stops accepting connections and closes idle ones, lets in-flight requests finish (for
 * at most SHUTDOWN_GRACE_MS), then ends the requests still running: their database work stops
 * and rolls back, and each is answered 503 SERVICE_STOPPING with Retry-After (a feed already
 * streaming is cut: its rows cannot be taken back). Then it closes every connection, stops the
 * extraction worker threads (EXTRACT_WORKERS) and resolves.
 */
import { setMaxListeners } from 'node:events';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { pinoHttp } from 'pino-http';
import { type Config, connectionsCheckingIntervalMs, loadConfig } from '../config.js';
import { ExtractPool } from '../extract/pool.js';
import { feedsRouter } from '../feeds/routes.js';
import { createContext } from '../graphql/core/context.js';
import { slicedDefaultResolver } from '../graphql/core/slices.js';
import { typeDefs } from '../graphql/core/typedefs.js';
import type { WriteContext } from '../graphql/mutations/mutations.js';
import { resolvers } from '../graphql/resolvers.js';
import type { Logger } from '../log.js';
import type { Db } from '../neo4j/db.js';
import { webRouter } from '../web/router.js';
import { adminRouter } from './admin.js';
import { graphqlPrincipal, httpReadAccess, KeyRing } from './auth.js';
import { corsMiddleware } from './cors.js';
import { formatGraphQLError, httpError, httpErrorHandler, notFoundHandler, unavailablePlugin } from './errors.js';
import { apolloLimits, limitsFromConfig } from './limits.js';
import { metricsPlugin, metricsRouter } from './metrics.js';
import { refuseDeepNesting } from './nesting.js';
import { KnownOperationTypesRule } from './operation-types.js';
import { onlyParameters } from './query-params.js';
import { ReadinessCheck } from './readiness.js';
import { createResponseCache, type ResponseCache } from './response-cache.js';
import { requestSignal, ServiceStoppingError } from './turns.js';

/** How long a stop keeps reading connections before it closes the idle ones, in ms (see stop()). */
const STOP_ACCEPT_MS = 250;

/** How long requests ended by a stop get to send their 503 before every connection closes, in ms. */
const ANSWER_STOPPING_MS = 2_000;

/** Resolves true once `requests` is empty (polled every 20 ms), false after `ms`. */
async function settled(requests: ReadonlySet<unknown>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (requests.size > 0) {
    if (Date.now() >= end) return false;
    await sleep(Math.min(20, end - Date.now()));
  }
  return true;
}

/** A GraphQL GET's parameters (GraphQL over HTTP); a POST reads none from its query string. */
const graphqlGetParameters = onlyParameters(['query', 'variables', 'operationName', 'extensions'], 'GET /graphql');

export interface AppOptions {
  db: Db;
  log: Logger;
  /**
   * true (what `npm start` passes unless ERROR_DETAILS=true): nothing internal reaches callers —
   * unexpected errors get a generic message and no stack trace, /ready a reason without
   * addresses or driver messages, GraphQL no field suggestions; the log keeps the details.
   */
  production: boolean;
  /**
   * Limits, API keys and the other service settings. Omitted settings come from the
   * environment through `loadConfig()` (its defaults when unset).
   */
  config?: Partial<Config>;
}

export interface RunningApp {
  url: string;
  readiness: ReadinessCheck;
  /** Hits and misses of the response cache; null when RESPONSE_CACHE is off. */
  responseCache: ResponseCache['stats'] | null;
  /** Drains and closes the service (see the module comment); a second call returns the first's promise. */
  stop(): Promise<void>;
}

/** Builds the service and listens on host:port (port 0 picks a free one). */
export async function startApp(opts: AppOptions, host: string, port: number): Promise<RunningApp> {
  const { db, log, production } = opts;
  const config: Config = { ...loadConfig(), ...opts.config };
  const keys = new KeyRing(config.API_KEYS);
  const app = express();
  const httpServer = http.createServer(
    {
      // Behind a load balancer the balancer must close idle connections first, or it reuses one the
      // service has just closed and answers 502: keep-alive outlasts its idle timeout.
      keepAliveTimeout: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      headersTimeout: config.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeout: config.HTTP_REQUEST_TIMEOUT_MS,
      // Slow senders get their 408 close to the configured timeouts, not up to 30 s later.
      connectionsCheckingInterval: connectionsCheckingIntervalMs(config),
    },
    app,
  );
  const readiness = new ReadinessCheck(db, !production);
  const queryLimits = limitsFromConfig(config);
  const limits = apolloLimits(queryLimits, production);
  const extractor = new ExtractPool(config.EXTRACT_WORKERS, { maxWaiting: config.EXTRACT_MAX_WAITING, maxWaitMs: config.EXTRACT_MAX_WAIT_MS });
  const cache = config.RESPONSE_CACHE
    ? createResponseCache(db, { maxEntries: config.RESPONSE_CACHE_MAX_ENTRIES, maxBytes: config.RESPONSE_CACHE_MAX_MB * 2 ** 20 })
    : null;

  const apollo = new ApolloServer<WriteContext>({
    typeDefs,
    resolvers,
    // Fields without a resolver of their own (a row's property) complete large lists in slices too.
    fieldResolver: slicedDefaultResolver,
    introspection: true,
    csrfPrevention: true,
    // The process's owner (main.ts) handles SIGTERM and SIGINT and calls stop(); Apollo's own
    // handlers (on whenever NODE_ENV is not test) would race it and leave the process hanging.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !production,
    formatError: formatGraphQLError(production, log),
    validationRules: [KnownOperationTypesRule, ...limits.validationRules],
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: limits.allowBatchedHttpRequests,
    // Cache hints are not used (responses say nothing about caching); the default cache-control
    // plugin would wrap every field resolver to collect them.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      unavailablePlugin(config.RETRY_AFTER_SECONDS),
      metricsPlugin(),
      // The cache answers before the limits' plugins take a heavy turn (responseForOperation runs in this order).
      ...(cache ? [cache.plugin] : []),
      ...limits.plugins,
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // Requests in flight, for stop(): it waits for them, then ends those still running.
  const inFlight = new Set<express.Response>();
  const stopping = new AbortController();
  let draining = false;
  setMaxListeners(0, stopping.signal);
  app.use((_req, res, next) => {
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    if (draining) res.setHeader('connection', 'close');
    next();
  });
  app.use(pinoHttp({ logger: log, autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' || req.url === '/metrics' } }));
  // Every route, unknown ones included, answers preflights by the same allow-list.
  app.use(corsMiddleware(config.CORS_ORIGINS));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const r = await readiness.check();
    res.status(r.ready ? 200 : 503).json(r.ready ? { status: 'ready' } : { status: 'unavailable', reason: r.reason });
  });
  const readAccess = httpReadAccess(keys, config.READ_REQUIRES_KEY);
  app.use(metricsRouter(readAccess));
  app.use('/admin', adminRouter({ db, keys, maxBodyBytes: config.ADMIN_LOAD_MAX_BODY_KB * 1024, stopping: stopping.signal }));
  app.use('/feeds', readAccess, feedsRouter(db, { retryAfterSeconds: config.RETRY_AFTER_SECONDS }));
  app.use(
    '/graphql',
    (req, res, next) => (req.method === 'GET' ? graphqlGetParameters(req, res, next) : next()),
    express.json({ limit: config.HTTP_MAX_BODY_KB * 1024 }),
    refuseDeepNesting(config.GRAPHQL_MAX_TOKENS),
    (req, _res, next) => {
      // Express 5 leaves req.body unset for other content types; Apollo then answers 400 itself.
      if (!('body' in req)) (req as { body?: unknown }).body = undefined;
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        // Aborted when the client goes away: its queued turn, database work and extraction stop.
        const signal = requestSignal(res, stopping.signal);
        return {
          ...createContext(db.abortable(signal), (req as unknown as { log?: Logger }).log ?? log, queryLimits.maxResultItems),
          signal,
          auth: graphqlPrincipal(keys, req.headers, config.READ_REQUIRES_KEY),
          extractor,
        };
      },
    }),
  );
  app.use(webRouter());
  app.use(notFoundHandler);
  app.use(httpErrorHandler(production, log, config.RETRY_AFTER_SECONDS));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (e: NodeJS.ErrnoException) => {
      void apollo.stop();
      void extractor.close();
      reject(e.code === 'EADDRINUSE' ? new Error(`port ${port} on ${host} is already in use (set PORT or HOST)`) : e);
    });
    httpServer.listen(port, host, resolve);
  });
  const addr = httpServer.address() as { port: number };
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${addr.port}`;
  let stopped: Promise<void> | undefined;
  return {
    url,
    readiness,
    responseCache: cache ? cache.stats : null,
    stop() {
      stopped ??= drainAndClose();
      return stopped;
    },
  };

  async function drainAndClose(): Promise<void> {
    readiness.stopping();
    draining = true;
    // Requests whose bytes arrived while the event loop was busy (a large body being parsed) are
    // not yet requests Node knows of: closing now would reset their connections as idle. One
    // short window lets the loop read them, so they are answered like every other in flight.
    await sleep(STOP_ACCEPT_MS);
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    httpServer.closeIdleConnections();
    if (!(await settled(inFlight, config.SHUTDOWN_GRACE_MS))) {
      log.warn({ requests: inFlight.size, graceMs: config.SHUTDOWN_GRACE_MS }, 'ending the requests still running after the grace period');
      stopping.abort(new ServiceStoppingError());
      // Their work stops and rolls back at once; a request with nothing to abort is answered here.
      if (!(await settled(inFlight, ANSWER_STOPPING_MS))) {
        for (const res of inFlight) {
          if (res.headersSent) continue;
          res.setHeader('retry-after', String(config.RETRY_AFTER_SECONDS));
          httpError(res, 503, 'SERVICE_STOPPING', new ServiceStoppingError().message);
        }
        await settled(inFlight, ANSWER_STOPPING_MS);
      }
    }
    httpServer.closeAllConnections();
    await closed;
    await apollo.stop();
    await extractor.close();
  }
}
