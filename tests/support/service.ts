/**
 * The service as `npm start` runs it (`src/main.ts` under tsx) in a child process on a free
 * port, with its output collected, and the polling the tests use to wait for it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from '../../src/neo4j/local.js';

export interface Service {
  proc: ChildProcess;
  port: number;
  url: string;
  /** stdout and stderr as they arrived. */
  output: () => string;
  stdout: () => string;
  stderr: () => string;
  /** The exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

const DEVELOPMENT = ['--import', 'tsx', 'src/main.ts'];

/** Spawns the service with `env` over this process's environment (PORT: a free port unless given), or `args` instead of src/main.ts. */
export async function spawnService(env: Record<string, string>, args = DEVELOPMENT): Promise<Service> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const proc = spawn(process.execPath, args, { env: { ...process.env, PORT: String(port), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let stdout = '';
  let stderr = '';
  proc.stdout!.on('data', (c) => {
    out += c;
    stdout += c;
  });
  proc.stderr!.on('data', (c) => {
    out += c;
    stderr += c;
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { proc, port, url: `http://127.0.0.1:${port}`, output: () => out, stdout: () => stdout, stderr: () => stderr, exited };
}

/**
 * Polls `probe` every `everyMs` until it gives a value; throws after `ms`. With `retryErrors`,
 * a probe that throws counts as not yet (a refused connection while a service restarts).
 */
export async function until<T>(
  what: string,
  ms: number,
  probe: () => Promise<T | undefined> | T | undefined,
  { everyMs = 200, retryErrors = false } = {},
): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = retryErrors
      ? await Promise.resolve()
          .then(probe)
          .catch(() => undefined)
      : await probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`${what} did not happen within ${ms} ms`);
}

/** Waits until `path` (`/health` or `/ready`) answers 200; throws with the output if the service exits or `ms` pass. */
export async function serviceUp(s: Service, path: '/health' | '/ready', ms: number): Promise<Service> {
  try {
    await until(`the service answering ${path}`, ms, async () => {
      if (s.proc.exitCode !== null) throw new Error(`the service exited with ${s.proc.exitCode}`);
      const status = await fetch(`${s.url}${path}`).then(
        (r) => r.status,
        () => 0,
      );
      return status === 200 ? true : undefined;
    });
  } catch (e) {
    throw new Error(`${(e as Error).message}:\n${s.output()}`);
  }
  return s;
}
