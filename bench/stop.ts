/**
 * How a benchmark ends, whether it runs to its end or is stopped by SIGINT (Ctrl-C), SIGTERM or
 * SIGHUP: what it started (services, the driver, the local Neo4j) is stopped newest first and its
 * throwaway folder under `.neo4j/` deleted, once. A stop by signal then exits with status 130; the
 * signal handling (a second signal forces the exit, npm's relayed copy of the first does not) is
 * the service's own (`src/lifecycle.ts`).
 */
import { rmSync } from 'node:fs';
import { Lifecycle } from '../src/lifecycle.js';
import { LocalNeo4jError } from '../src/neo4j/local.js';
import { HelpRequested, isUsageError, usageLine } from './options.js';

/** Exit status after a stop by signal (128 + SIGINT's number, as shells report Ctrl-C). */
export const STOPPED_EXIT_CODE = 130;

let stopping = false;

/** Every end made by `benchEnd` in this process: `finish` runs them all, whatever way the work ended. */
const ends: Array<() => Promise<void>> = [];

/** True once a signal has begun stopping a benchmark: its failing steps are the stop's doing, not errors to report. */
export const isStopping = (): boolean => stopping;

export interface BenchEnd {
  /** Aborted when a signal arrives: pass it to `startLocalNeo4j`, which then stops a Neo4j still starting. */
  readonly signal: AbortSignal;
  /** Registers how to stop something just started; steps run newest first. */
  onStop(name: string, stop: () => Promise<unknown>): void;
  /** Runs the steps and deletes the folder (when one was given); the same promise on every call. */
  end(): Promise<void>;
}

/**
 * Installs the signal handlers and returns the benchmark's end. `dir` (absolute) is deleted at
 * the end; `keep` leaves it (`--keep`, or a folder the user named). Failures of single steps are
 * told on stderr and do not stop the others.
 */
export function benchEnd(opts: { dir?: string; keep?: boolean; forceExitMs?: number } = {}): BenchEnd {
  const steps: Array<{ name: string; stop: () => Promise<unknown> }> = [];
  const say = (line: string) => process.stderr.write(`${line}\n`);
  let done: Promise<void> | undefined;
  const end = () =>
    (done ??= (async () => {
      for (const step of steps.reverse()) {
        try {
          await step.stop();
        } catch (e) {
          say(`stopping ${step.name} failed: ${(e as Error)?.message ?? String(e)}`);
        }
      }
      // Retried: a Neo4j stopped while it was still starting may write its last files for a moment.
      if (opts.dir && !opts.keep) rmSync(opts.dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    })());
  const life = new Lifecycle({ forceExitMs: opts.forceExitMs ?? 60_000, say });
  life.onStop('benchmark', async () => {
    stopping = true;
    await end();
  });
  life.installSignalHandlers(STOPPED_EXIT_CODE);
  ends.push(end);
  return { signal: life.signal, onStop: (name, stop) => steps.push({ name, stop }), end };
}

/**
 * Ends benchmark command `command` by how `work` ends, after running every `benchEnd` made
 * meanwhile (so a Neo4j that failed to start, or a step that threw before its caller's own
 * cleanup, leaves no folder): done, the process exits with `process.exitCode` (0 unless the work
 * set it); `--help` (HelpRequested), the usage on stdout and exit status 0; a usage error
 * (`isUsageError`), one line `<command>: <message>` on stderr and exit status 2; a local Neo4j
 * that cannot start (LocalNeo4jError: Java or Maven missing, a start that fails or times out), its
 * message in one line (and what Neo4j logged, when any) and exit status 1; any other error,
 * printed with its stack and exit status 1. Once a signal has begun a stop, neither: the stop
 * exits with 130 when everything is stopped (what failed meanwhile is its doing, and a stop
 * during the last steps still ends as a stop).
 */
export function finish(command: string, work: () => Promise<unknown>): void {
  const endAll = () => Promise.all(ends.map((end) => end()));
  Promise.resolve()
    .then(work)
    .then(
      async () => {
        await endAll();
        if (!stopping) process.exit();
      },
      async (e) => {
        await endAll();
        if (stopping) return;
        if (e instanceof HelpRequested) {
          process.stdout.write(`${e.message}\n`);
          process.exit(0);
        }
        if (e instanceof LocalNeo4jError) {
          // Java or Maven missing, Neo4j not starting: a message made for the user, with what Neo4j logged when there is any.
          console.error(`${command}: ${e.message}${e.detail ? `\n${e.detail}` : ''}`);
          process.exit(1);
        }
        console.error(isUsageError(e) ? usageLine(command, e) : e);
        process.exit(isUsageError(e) ? 2 : 1);
      },
    );
}
