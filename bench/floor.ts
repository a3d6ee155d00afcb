/**
 * The floor of an HTTP API over this graph: the lookup and nested statements of the benchmark
 * (the very Cypher our resolvers send, see `lookupStatement` and `nestedStatement` in
 * latency.ts) behind the least an HTTP endpoint can be — Node's own `http` server with
 * keep-alive, the neo4j driver through `Db.read` (an auto-commit read, as the service reads),
 * the rows as JSON. No framework, no GraphQL, no validation beyond the id's type.
 *
 * `POST /floor` runs `RETURN 1`; `POST /lookup` and `POST /nested` take `{"id": "<company id>"}`
 * and answer `{"data": [rows]}`; anything else is 404. A body that is not JSON or lacks a string id
 * answers 400, a database error 500, both with `{"error": message}`. Runs in its own process like the service (bench/service.ts).
 */
import http from 'node:http';
import type { Db } from '../src/neo4j/db.js';
import { lookupStatement, nestedStatement } from './latency.js';

export interface RunningFloor {
  url: string;
  stop(): Promise<void>;
}

/** The statement and parameters of each route for a request body. */
const ROUTES: Record<string, (body: { id?: unknown }) => { query: string; params: Record<string, unknown> }> = {
  '/floor': () => ({ query: 'RETURN 1 AS one', params: {} }),
  '/lookup': (b) => lookupStatement(String(b.id)),
  '/nested': (b) => nestedStatement(String(b.id)),
};

/** Starts the floor endpoint on host:port (0 = a free port) over `db`. */
export async function startFloor(db: Db, host: string, port: number): Promise<RunningFloor> {
  const server = http.createServer({ keepAlive: true, keepAliveTimeout: 30_000 } as http.ServerOptions, (req, res) => {
    const route = ROUTES[req.url ?? ''];
    if (req.method !== 'POST' || !route) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const fail = (status: number, e: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: (e as Error).message }));
      let statement: ReturnType<(typeof ROUTES)[string]>;
      try {
        const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id?: unknown }) : {};
        if (req.url !== '/floor' && typeof body.id !== 'string') throw new Error('id must be a string');
        statement = route(body);
      } catch (e) {
        fail(400, e);
        return;
      }
      let payload: string;
      try {
        payload = JSON.stringify({ data: await db.read(statement.query, statement.params) });
      } catch (e) {
        fail(500, e);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }).end(payload);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const addr = server.address() as { port: number };
  return {
    url: `http://${host}:${addr.port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
