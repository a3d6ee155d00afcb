/**
 * The HTTP service: `GET /health` (the process is up), `GET /ready` (Neo4j reachable and the
 * schema applied; 503 with a JSON reason otherwise), GraphQL at `/graphql` (Apollo Server), the
 * BI feeds at `/feeds`, the playground at `/playground` and the graph explorer at `/explorer`.
 * `stop()` stops accepting connections, lets in-flight requests finish, then resolves.
 */
import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { pinoHttp } from 'pino-http';
import type { Db } from '../neo4j/db.js';
import type { Logger } from '../log.js';
import { createContext, type Context } from '../graphql/context.js';
import { typeDefs } from '../graphql/typedefs.js';
import { resolvers } from '../graphql/resolvers.js';
import { ReadinessCheck } from './readiness.js';
import { feedsRouter } from '../feeds/routes.js';
import { webRouter } from '../web/router.js';

export interface AppOptions {
  db: Db;
  log: Logger;
  production: boolean;
}

export interface RunningApp {
  url: string;
  readiness: ReadinessCheck;
  stop(): Promise<void>;
}

/** Builds the service and listens on host:port (port 0 picks a free one). */
export async function startApp(opts: AppOptions, host: string, port: number): Promise<RunningApp> {
  const { db, log } = opts;
  const app = express();
  const httpServer = http.createServer(app);
  const readiness = new ReadinessCheck(db);

  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers,
    introspection: true,
    includeStacktraceInErrorResponses: !opts.production,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(pinoHttp({ logger: log, autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' } }));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const r = await readiness.check();
    res.status(r.ready ? 200 : 503).json(r.ready ? { status: 'ready' } : { status: 'unavailable', reason: r.reason });
  });
  app.use('/feeds', feedsRouter(db));
  app.use(
    '/graphql',
    express.json({ limit: '256kb' }),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(db, (req as unknown as { log?: Logger }).log ?? log) }),
  );

  app.use(webRouter());

  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  const addr = httpServer.address() as { port: number };
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${addr.port}`;
  return {
    url,
    readiness,
    async stop() {
      await apollo.stop();
    },
  };
}
