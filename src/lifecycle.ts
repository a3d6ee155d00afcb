/**
 * Stopping the service the same way at every stage. `Lifecycle` is created before anything
 * starts and installs the SIGTERM, SIGINT and SIGHUP handlers at once; each part that start-up
 * brings up (the local Neo4j, the driver, the HTTP server) registers how to stop it with
 * `onStop`. A stop — a signal, or a failed start — aborts `signal` (so a Maven build or a Neo4j
 * that is still starting is stopped by its own step, and a load closes its session, so Neo4j
 * rolls its transaction back), runs the registered steps newest first, waits for the start-up
 * task to unwind, and exits. A stop that takes longer than `forceExitMs`,
 * or a second signal, exits at once with status 1; the local Neo4j's exit hook kills the server
 * then, so no process is left behind.
 */

/** Why `signal` was aborted: a stop was asked for. */
export class StopRequested extends Error {
  constructor(readonly reason: string) {
    super(`stopping (${reason})`);
    this.name = 'StopRequested';
  }
}

export interface LifecycleOptions {
  /** Longest time from the stop request to the exit, in ms; then the process exits with 1. */
  forceExitMs: number;
  /** One line for the user (default: stderr). */
  say?: (line: string) => void;
  /** Ends the process (default `process.exit`). */
  exit?: (code: number) => void;
}

type Step = { name: string; stop: () => Promise<void> };

/** A repeat of the first stop signal within this many ms is the same request relayed (by npm), not a second one. */
export const RELAYED_SIGNAL_MS = 1_000;

export class Lifecycle {
  private readonly controller = new AbortController();
  private readonly steps: Step[] = [];
  private readonly running = new Set<Promise<void>>();
  private task?: Promise<unknown>;
  private stopping?: Promise<void>;
  private readonly say: (line: string) => void;
  private readonly exit: (code: number) => void;

  constructor(private readonly opts: LifecycleOptions) {
    this.say = opts.say ?? ((line) => process.stderr.write(`${line}\n`));
    this.exit = opts.exit ?? ((code) => process.exit(code));
  }

  /** Aborted when a stop begins; pass it to every start-up step that can be interrupted. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once a stop has begun. */
  get isStopping(): boolean {
    return this.stopping !== undefined;
  }

  /**
   * Stops on SIGTERM, SIGINT (Ctrl-C) and SIGHUP, then exits with `code`; a second signal forces
   * the exit. The same signal again within RELAYED_SIGNAL_MS is one request delivered twice, not
   * a second one: a signal to the process group (Ctrl-C in a terminal, `kill -TERM -<pgid>`) reaches
   * the service directly and again through `npm start`, which relays it to its child.
   */
  installSignalHandlers(code = 0): void {
    let first: { sig: string; at: number } | undefined;
    for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
      process.on(sig, () => {
        if (first === undefined) {
          first = { sig, at: performance.now() };
          void this.stop(sig, code);
        } else if (sig !== first.sig || performance.now() - first.at > RELAYED_SIGNAL_MS) this.force(`${sig} again`);
      });
    }
  }

  /** Runs the start-up `work`; the stop sequence waits for it to unwind. */
  run<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const task = work(this.signal);
    this.task = task.catch(() => undefined);
    return task;
  }

  /**
   * Registers how to stop something that has started. Steps run newest first; a step registered
   * once a stop has begun runs at once (start-up finished a step while stopping).
   */
  onStop(name: string, stop: () => Promise<void>): void {
    // track() reports a failed step itself, and the stop sequence awaits it.
    if (this.stopping !== undefined) void this.track({ name, stop });
    else this.steps.push({ name, stop });
  }

  private track(step: Step): Promise<void> {
    const p = step.stop().catch((e: unknown) => this.say(`stopping ${step.name} failed: ${(e as Error)?.message ?? String(e)}`));
    this.running.add(p);
    return p;
  }

  /**
   * Stops everything started so far, then exits with `code`; `quiet` leaves out the
   * "stopping"/"stopped" lines (a failed start has said its one line). Resolves only when
   * `exit` does not end the process.
   */
  stop(reason: string, code: number, quiet = false): Promise<void> {
    this.stopping ??= this.sequence(reason, code, quiet);
    return this.stopping;
  }

  private async sequence(reason: string, code: number, quiet: boolean): Promise<void> {
    if (!quiet) this.say(`stopping (${reason})`);
    const timer = setTimeout(() => this.force(`still stopping after ${this.opts.forceExitMs} ms`), this.opts.forceExitMs);
    this.controller.abort(new StopRequested(reason));
    for (const step of this.steps.reverse()) await this.track(step);
    await this.task;
    while (this.running.size) {
      const pending = [...this.running];
      this.running.clear();
      await Promise.all(pending);
    }
    clearTimeout(timer);
    if (!quiet) this.say('stopped');
    this.exit(code);
  }

  private force(why: string): void {
    this.say(`forced exit: ${why}`);
    this.exit(1);
  }
}
