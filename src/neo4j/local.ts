/**
 * The local Neo4j 5.26 LTS Community server, used when no NEO4J_URI is configured.
 *
 * `neo4j/pom.xml` names the Neo4j release; Maven fetches it from Maven Central into its local
 * cache (`~/.m2`), so the first build takes a minute and later ones none. The server runs in
 * its own JVM (`graph.neo4j.LocalNeo4j`) on 127.0.0.1 only, with a capped heap and page cache,
 * and keeps its data under the given directory, which survives restarts.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fromPackageRoot } from '../paths.js';

const moduleDir = fromPackageRoot('neo4j');
const target = path.join(moduleDir, 'target');

export interface LocalNeo4jOptions {
  /** Directory for the database files and logs; created if missing. */
  dir: string;
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** JVM heap in MiB. */
  heapMb?: number;
  /** Page cache in MiB. */
  pageCacheMb?: number;
  /** Default transaction timeout in seconds (server side; clients set their own). Default 900. */
  txTimeoutSeconds?: number;
  /** Called with each line the server prints. */
  onLog?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Stops the server cleanly (SIGTERM, then SIGKILL after 30 s). */
  stop(): Promise<void>;
  /** Kills the server at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
}

/** Builds the server classpath with Maven unless it is already built from the same pom. */
export function buildLocalNeo4j(): string {
  const pom = readFileSync(path.join(moduleDir, 'pom.xml'));
  const src = readFileSync(path.join(moduleDir, 'src/main/java/graph/neo4j/LocalNeo4j.java'));
  const hash = createHash('sha256').update(pom).update(src).digest('hex');
  const stamp = path.join(target, 'build.sha256');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== hash) {
    process.stderr.write('Building the local Neo4j with Maven (first run fetches it from Maven Central)…\n');
    execFileSync('mvn', ['-q', '-B', '-f', path.join(moduleDir, 'pom.xml'), 'package', '-DskipTests'], { stdio: ['ignore', 'inherit', 'inherit'] });
    writeFileSync(stamp, hash);
  }
  return `${path.join(target, 'classes')}${path.delimiter}${path.join(target, 'lib', '*')}`;
}

/** Resolves with a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Clears the pid file of a previous local Neo4j on this data folder. A server left behind by a
 * process that died (its parent is gone: it was re-parented to init) is killed; a server whose
 * starter still runs (a running service) is left alone, and this throws instead of taking it down.
 */
function stopStale(pidFile: string, dir: string): void {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  let cmd = '';
  let ppid = 0;
  try {
    cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    ppid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
  } catch {
    /* not running */
  }
  if (cmd.includes('graph.neo4j.LocalNeo4j')) {
    if (ppid > 1) {
      throw new Error(
        `a local Neo4j (pid ${pid}) already runs on ${dir} for another process; connect to it ` +
          '(LOCAL_NEO4J_PORT as that process uses, or NEO4J_URI) or stop that process first',
      );
    }
    process.kill(pid, 'SIGKILL');
  }
  rmSync(pidFile, { force: true });
}

/**
 * Starts the local Neo4j and resolves once Bolt accepts connections.
 * Throws if Java or Maven fail, or the server exits or takes more than 180 s to start.
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const classpath = buildLocalNeo4j();
  const dir = path.resolve(opts.dir);
  mkdirSync(dir, { recursive: true });
  const pidFile = path.join(dir, 'neo4j.pid');
  stopStale(pidFile, dir);
  const heap = opts.heapMb ?? 2048;
  const child: ChildProcess = spawn(
    'java',
    [
      `-Xms${Math.min(heap, 512)}m`, `-Xmx${heap}m`, '-XX:+UseG1GC', '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8', '-cp', classpath, 'graph.neo4j.LocalNeo4j',
      dir, '127.0.0.1', String(opts.port), String(opts.pageCacheMb ?? 512), String(opts.txTimeoutSeconds ?? 900),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  writeFileSync(pidFile, String(child.pid));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Neo4j did not start within 180 s (data in ${dir})`)), 180_000);
    let tail = '';
    const onLine = (chunk: Buffer) => {
      const s = chunk.toString();
      tail = (tail + s).slice(-4000);
      for (const line of s.split('\n')) if (line.trim()) opts.onLog?.(line);
      if (s.includes('NEO4J_READY')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onLine);
    child.stderr!.on('data', onLine);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited with code ${code} before it was ready:\n${tail}`));
    });
  });
  const waitExit = async (ms: number) =>
    Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);
  return {
    uri: `bolt://127.0.0.1:${opts.port}`,
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      if (!(await waitExit(30_000))) {
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(pidFile, { force: true });
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}
