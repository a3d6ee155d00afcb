/**
 * A GraphQL server under test, in its own process so that its memory is its own and the load
 * generator does not share its event loop. Started by `startServiceProcess` (IPC channel):
 * `BENCH_SERVER=ours` runs our service (`startApp`, production mode, unexpected errors logged
 * as JSON lines to `BENCH_ERROR_LOG`) and
 * `BENCH_SERVER=peer` the @neo4j/graphql server and `BENCH_SERVER=floor` the HTTP floor
 * (bench/floor.ts), all over `BENCH_NEO4J_URI`. Further environment (e.g. `RESPONSE_CACHE=true`
 * for a second service with its response cache on) is passed through.
 *
 * Messages: the child sends `{ type: 'ready', url }`; it answers `{ type: 'stats', id }` with
 * its `process.memoryUsage()`, `Db.roundTrips` (ours and the floor) and the response cache's
 * hits and misses (ours with RESPONSE_CACHE on); `{ type: 'stop' }` stops it.
 */
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the server process reports on request. */
export interface ServerStats {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  /** Cypher statements sent so far (ours and the floor; null for the peer). */
  roundTrips: number | null;
  /** The response cache's hits and misses so far; null when it is off. */
  cache: { hits: number; misses: number; entries: number } | null;
}

/** The kinds of server process. */
export type ServerKind = 'ours' | 'peer' | 'floor';

/** A running server process. */
export interface ServiceProcess {
  url: string;
  pid: number;
  stats(): Promise<ServerStats>;
  stop(): Promise<void>;
}

const here = fileURLToPath(import.meta.url);

/**
 * Forks this file as a server process of the given kind and waits until it listens. Every
 * transaction of our service times out after `txTimeoutMs`; its unexpected errors go to
 * `errorLog` (JSON lines). `env` is added to the child's environment.
 */
export async function startServiceProcess(
  kind: ServerKind,
  neo4jUri: string,
  txTimeoutMs: number,
  errorLog: string,
  env: Record<string, string> = {},
): Promise<ServiceProcess> {
  const child: ChildProcess = fork(here, [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      ...env,
      BENCH_SERVER: kind,
      BENCH_NEO4J_URI: neo4jUri,
      BENCH_TX_TIMEOUT_MS: String(txTimeoutMs),
      BENCH_ERROR_LOG: errorLog,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.on('error', () => undefined); // a send on a closed channel is reported through stats()
  let nextId = 0;
  const pending = new Map<number, (s: ServerStats) => void>();
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start within 120 s`)), 120_000);
    child.on('message', (m: { type: string; url?: string; id?: number } & ServerStats) => {
      if (m.type === 'ready') {
        clearTimeout(timer);
        resolve(m.url!);
      } else if (m.type === 'stats') {
        pending.get(m.id!)?.(m);
        pending.delete(m.id!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} server exited with code ${code}`));
    });
  });
  return {
    url,
    pid: child.pid!,
    stats: () =>
      new Promise<ServerStats>((resolve, reject) => {
        if (!child.connected) return reject(new Error(`${kind} server process has exited`));
        const id = nextId++;
        pending.set(id, resolve);
        child.send({ type: 'stats', id }, (e) => {
          if (e) {
            pending.delete(id);
            reject(e);
          }
        });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        if (!child.connected) {
          child.kill('SIGKILL');
          return resolve();
        }
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.send({ type: 'stop' });
      }),
  };
}

async function main(): Promise<void> {
  // The benchmark that forked this process is gone (it exited, was stopped while this one was
  // still starting, or was killed): nothing will ask for a stop, so end now.
  process.once('disconnect', () => process.exit(0));
  const kind = process.env.BENCH_SERVER;
  const uri = process.env.BENCH_NEO4J_URI!;
  const { Db } = await import('../src/neo4j/db.js');
  const db = new Db({ uri, username: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: Number(process.env.BENCH_TX_TIMEOUT_MS ?? 10_000) });
  let url: string;
  let stop: () => Promise<void>;
  let cache: (() => ServerStats['cache']) | null = null;
  if (kind === 'ours') {
    const { pino } = await import('pino');
    const { startApp } = await import('../src/server/app.js');
    // Production mode (errors masked to clients); unexpected errors are logged to a file.
    const log = pino({ level: 'error' }, pino.destination({ dest: process.env.BENCH_ERROR_LOG!, sync: true }));
    const app = await startApp({ db, log, production: true }, '127.0.0.1', 0);
    url = app.url;
    stop = () => app.stop();
    cache = app.responseCache;
  } else if (kind === 'floor') {
    const { startFloor } = await import('./floor.js');
    const floor = await startFloor(db, '127.0.0.1', 0);
    url = floor.url;
    stop = () => floor.stop();
  } else {
    const { startPeer } = await import('./neo4j-graphql.js');
    const peer = await startPeer(db.driver, '127.0.0.1', 0);
    url = peer.url;
    stop = () => peer.stop();
  }
  process.on('message', async (m: { type: string; id?: number }) => {
    if (m.type === 'stats') {
      const mem = process.memoryUsage();
      process.send!({
        type: 'stats',
        id: m.id,
        rss: mem.rss,
        heapUsed: mem.heapUsed,
        heapTotal: mem.heapTotal,
        external: mem.external,
        roundTrips: kind === 'peer' ? null : db.roundTrips,
        cache: cache ? cache() : null,
      });
    } else if (m.type === 'stop') {
      try {
        await stop();
        await db.close();
        process.exit(0);
      } catch (e) {
        console.error(e);
        process.exit(1);
      }
    }
  });
  process.send!({ type: 'ready', url });
}

if (process.argv[1] && path.resolve(process.argv[1]) === here && process.send) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
