/**
 * The local Neo4j 5.26 LTS Community server, used when no NEO4J_URI is configured.
 *
 * `neo4j/pom.xml` names the Neo4j release; Maven fetches it from Maven Central into its local
 * cache (`~/.m2`), so the first build takes a minute and later ones none. The server runs in
 * its own JVM (`graph.neo4j.LocalNeo4j`) on 127.0.0.1 only, with a capped heap and page cache,
 * and keeps its data under the given directory, which survives restarts.
 *
 * Stopping: the server runs in its own process group, so a Ctrl-C in the terminal reaches only
 * the service, which drains its requests before it stops the server. `signal` (an AbortSignal)
 * stops it at any stage: during the Maven build, while it starts, or once it runs. If the
 * starting process exits without stopping it (an uncaught error, a forced exit), an exit hook
 * kills it. `neo4j.pid` in the data folder records the server, the process that started it and
 * whether it is starting, running or stopping, so the next start on the same folder waits for
 * a server that is still stopping instead of failing.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fromPackageRoot } from '../paths.js';
import { timerMs } from '../timers.js';

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
  /** Called with a line for the user (a build, a wait for a previous server); default: stderr. */
  onNotice?: (line: string) => void;
  /** Aborting stops whatever was started (Maven, the server) and rejects with `signal.reason`. */
  signal?: AbortSignal;
  /** Longest wait for Bolt to accept connections, in ms (default 180 000, also for NaN; clamped to 0…MAX_TIMER_MS); the server is stopped after it. */
  startTimeoutMs?: number;
  /** Longest wait for a previous server on the same folder to finish stopping, in ms (default 60 000, also for NaN; clamped to 0…MAX_TIMER_MS). */
  previousStopWaitMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Stops the server cleanly (SIGTERM, then SIGKILL after `timeoutMs`, default 30 s; NaN is the default, and a wait is clamped to 0…MAX_TIMER_MS). */
  stop(timeoutMs?: number): Promise<void>;
  /** Kills the server at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
}

/** A start-up problem with a one-line message a user can act on (no stack needed). */
export class LocalNeo4jError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

const notice = (opts: LocalNeo4jOptions, line: string) => (opts.onNotice ?? ((l: string) => process.stderr.write(`${l}\n`)))(line);

/** Runs a command to completion; aborting `signal` kills it. Rejects with a one-line LocalNeo4jError. */
function run(cmd: string, args: string[], what: string, signal?: AbortSignal, env?: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    const onAbort = () => child.kill('SIGTERM');
    signal?.addEventListener('abort', onAbort, { once: true });
    child.once('error', (e: NodeJS.ErrnoException) => {
      signal?.removeEventListener('abort', onAbort);
      reject(new LocalNeo4jError(e.code === 'ENOENT' ? `${cmd} is not installed or not on PATH; ${what}` : `${cmd} failed to run: ${e.message}`));
    });
    child.once('exit', (code, sig) => {
      signal?.removeEventListener('abort', onAbort);
      if (signal?.aborted) reject(signal.reason);
      else if (code === 0) resolve();
      else reject(new LocalNeo4jError(`${cmd} ${args[0] ?? ''} failed (${sig ?? `exit code ${code}`}); ${what}`));
    });
  });
}

/**
 * How the project runs Maven: batch mode (`-B`, no prompts, no progress), quiet (`-q`), without
 * colour (`-Dstyle.color=never`), and with `-Djansi.noreset=true` in MAVEN_OPTS, since Maven 3.8's
 * console library otherwise writes ANSI reset codes (ESC[0m) before its first line even in batch
 * mode. Returns the arguments before the goals and the environment for the child process.
 */
export function mavenInvocation(pom: string, env: NodeJS.ProcessEnv = process.env): { args: string[]; env: NodeJS.ProcessEnv } {
  const opts = [env.MAVEN_OPTS, '-Djansi.noreset=true'].filter(Boolean).join(' ');
  return { args: ['-B', '-q', '-Dstyle.color=never', '-f', pom], env: { ...env, MAVEN_OPTS: opts } };
}

/**
 * Builds the server classpath with Maven unless it is already built from the same pom.
 * Resolves with the classpath; aborting `signal` stops Maven.
 */
export async function buildLocalNeo4j(signal?: AbortSignal, onNotice: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<string> {
  const pom = readFileSync(path.join(moduleDir, 'pom.xml'));
  const src = readFileSync(path.join(moduleDir, 'src/main/java/graph/neo4j/LocalNeo4j.java'));
  const hash = createHash('sha256').update(pom).update(src).digest('hex');
  const stamp = path.join(target, 'build.sha256');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== hash) {
    onNotice('Building the local Neo4j with Maven (first run fetches it from Maven Central)…');
    const maven = mavenInvocation(path.join(moduleDir, 'pom.xml'));
    await run(
      'mvn',
      [...maven.args, 'package', '-DskipTests'],
      'the local Neo4j needs Java 17 and Maven (or set NEO4J_URI to a running Neo4j)',
      signal,
      maven.env,
    );
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

/** What `neo4j.pid` records: the server, its Bolt port, the process that started it, and its state. */
interface PidRecord {
  pid: number;
  port?: number;
  owner?: number;
  state?: 'starting' | 'running' | 'stopping';
}

function readPidRecord(pidFile: string): PidRecord | undefined {
  if (!existsSync(pidFile)) return undefined;
  const text = readFileSync(pidFile, 'utf8').trim();
  try {
    const rec = JSON.parse(text) as PidRecord | number;
    return typeof rec === 'number' ? { pid: rec } : rec;
  } catch {
    return undefined;
  }
}

/** Written whole (a temporary file renamed over it), so a reader never sees half a record. */
function writePidRecord(pidFile: string, rec: PidRecord): void {
  const tmp = `${pidFile}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(rec));
  renameSync(tmp, pidFile);
}

/** The running process `pid`'s parent, when it is a local Neo4j on `dir`; undefined otherwise. */
function localNeo4jParent(pid: number, dir: string): number | undefined {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    if (!cmd.includes('graph.neo4j.LocalNeo4j') || !cmd.includes(dir)) return undefined;
    return parentOf(pid);
  } catch {
    return undefined;
  }
}

/**
 * The parent pid of process `pid`, read from Linux's `/proc/<pid>/stat`; undefined when no such
 * process runs (or `/proc` cannot be read). The command name in that line is in parentheses and
 * may itself hold spaces and parentheses, so the fields are counted from the last `)`.
 */
export function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) ? ppid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether process `pid` runs and this process may signal it (signal 0 succeeds). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (processAlive(pid) && Date.now() < until) await sleep(200);
  return !processAlive(pid);
}

/**
 * Clears the way for a new server on `dir`: nothing to do when no server of this folder runs.
 * A server that its starter is stopping, or whose starter is gone (the server was re-parented),
 * is waited for (at most `waitMs`, with one line saying so; a server left behind is asked to stop
 * first) and killed if it is still there. A server that its starter still runs is left alone,
 * and this throws a LocalNeo4jError instead of taking it down.
 */
async function clearPrevious(pidFile: string, dir: string, opts: LocalNeo4jOptions): Promise<void> {
  const rec = readPidRecord(pidFile);
  if (!rec) return rmSync(pidFile, { force: true });
  const parent = localNeo4jParent(rec.pid, dir);
  if (parent === undefined) return rmSync(pidFile, { force: true });
  const starterRuns = rec.owner === undefined ? parent > 1 : parent === rec.owner;
  if (starterRuns && rec.state !== 'stopping') {
    throw new LocalNeo4jError(
      `a local Neo4j (pid ${rec.pid}) already runs on ${dir} for another process (pid ${parent}); stop that process first, ` +
        `or connect to it (NEO4J_URI=bolt://127.0.0.1:${rec.port ?? '<its port>'})`,
    );
  }
  const waitMs = timerMs(opts.previousStopWaitMs, 60_000);
  notice(
    opts,
    starterRuns || rec.state === 'stopping'
      ? `Waiting up to ${Math.round(waitMs / 1000)} s for the previous local Neo4j (pid ${rec.pid}) on ${dir} to finish stopping…`
      : `Stopping the local Neo4j (pid ${rec.pid}) left running on ${dir} by a process that is gone (waiting up to ${Math.round(waitMs / 1000)} s)…`,
  );
  if (!starterRuns) process.kill(rec.pid, 'SIGTERM');
  if (!(await waitGone(rec.pid, waitMs))) {
    process.kill(rec.pid, 'SIGKILL');
    await waitGone(rec.pid, 5_000);
  }
  rmSync(pidFile, { force: true });
}

/**
 * Starts the local Neo4j and resolves once Bolt accepts connections.
 * Rejects with a one-line LocalNeo4jError if Java or Maven are missing or fail, the server exits
 * before it is ready, another process's server runs on the folder, or it is not ready within
 * `startTimeoutMs` (the server is stopped then); with `signal.reason` when aborted (the server
 * is stopped first).
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const { signal } = opts;
  const classpath = await buildLocalNeo4j(signal, (l) => notice(opts, l));
  const dir = path.resolve(opts.dir);
  mkdirSync(dir, { recursive: true });
  const pidFile = path.join(dir, 'neo4j.pid');
  await clearPrevious(pidFile, dir, opts);
  signal?.throwIfAborted();
  const heap = opts.heapMb ?? 2048;
  const child: ChildProcess = spawn(
    'java',
    [
      `-Xms${Math.min(heap, 512)}m`,
      `-Xmx${heap}m`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      '-cp',
      classpath,
      'graph.neo4j.LocalNeo4j',
      dir,
      '127.0.0.1',
      String(opts.port),
      String(opts.pageCacheMb ?? 512),
      String(opts.txTimeoutSeconds ?? 900),
      // The server shuts itself down when this process exits without stopping it (kill -9).
      String(process.pid),
    ],
    // Its own process group: a terminal's Ctrl-C goes to the service, which stops it in order.
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const running = () => child.pid !== undefined && child.exitCode === null && child.signalCode === null;
  // Last resort: never leave the server behind when this process exits without stopping it.
  const killOnExit = () => {
    if (running()) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => child.pid === undefined && resolve());
  });
  const record = (state: PidRecord['state']) => {
    if (child.pid !== undefined) writePidRecord(pidFile, { pid: child.pid, port: opts.port, owner: process.pid, state });
  };
  const forget = () => {
    // Only our own record: a new start may already have written its own.
    if (readPidRecord(pidFile)?.pid === child.pid) rmSync(pidFile, { force: true });
  };
  record('starting');
  const stop = async (timeout?: number) => {
    const timeoutMs = timerMs(timeout, 30_000);
    if (running()) {
      record('stopping');
      child.kill('SIGTERM');
      // The wait's timer is cancelled once the server has exited: left pending, it would keep
      // this process alive for the rest of `timeoutMs` after the stop.
      const waiting = new AbortController();
      const timedOut = sleep(timeoutMs, false, { signal: waiting.signal }).catch((e: unknown) => {
        if (waiting.signal.aborted) return true;
        throw e;
      });
      const done = await Promise.race([exited.then(() => true), timedOut]);
      waiting.abort();
      if (!done) {
        child.kill('SIGKILL');
        await exited;
      }
    }
    await exited;
    process.removeListener('exit', killOnExit);
    forget();
  };
  // Mark the server as stopping the moment a stop begins, so a new start waits for it.
  const onAbort = () => {
    if (running()) record('stopping');
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  let tail = '';
  try {
    await new Promise<void>((resolve, reject) => {
      const timeoutMs = timerMs(opts.startTimeoutMs, 180_000);
      const timer = setTimeout(() => reject(new LocalNeo4jError(`Neo4j did not start within ${Math.round(timeoutMs / 1000)} s (data in ${dir})`)), timeoutMs);
      const settle = () => clearTimeout(timer);
      signal?.addEventListener(
        'abort',
        () => {
          settle();
          reject(signal.reason);
        },
        { once: true },
      );
      const onLine = (chunk: Buffer) => {
        const s = chunk.toString();
        tail = (tail + s).slice(-4000);
        for (const line of s.split('\n')) if (line.trim()) opts.onLog?.(line);
        if (s.includes('NEO4J_READY')) {
          settle();
          resolve();
        }
      };
      child.stdout!.on('data', onLine);
      child.stderr!.on('data', onLine);
      child.once('error', (e: NodeJS.ErrnoException) => {
        settle();
        reject(
          new LocalNeo4jError(
            e.code === 'ENOENT'
              ? 'java is not installed or not on PATH; the local Neo4j needs Java 17 (or set NEO4J_URI to a running Neo4j)'
              : `java failed to run: ${e.message}`,
          ),
        );
      });
      child.once('exit', (code) => {
        settle();
        const last = tail
          .trim()
          .split('\n')
          .filter((l) => l.trim())
          .pop()
          ?.trim();
        reject(
          new LocalNeo4jError(
            `Neo4j exited with code ${code} before it was ready${last ? `: ${last.slice(0, 300)}` : ''} (log in ${path.join(dir, 'logs')})`,
            tail,
          ),
        );
      });
    });
  } catch (e) {
    await stop(10_000);
    throw e;
  }
  if (signal?.aborted) {
    await stop(10_000);
    throw signal.reason;
  }
  record('running');
  return {
    uri: `bolt://127.0.0.1:${opts.port}`,
    pid: child.pid!,
    stop,
    async kill() {
      if (running()) child.kill('SIGKILL');
      await exited;
      process.removeListener('exit', killOnExit);
    },
  };
}
