/** The machine a benchmark ran on, recorded with its results: CPU, RAM (GiB), operating system, Node version. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import os from 'node:os';
import { median } from './stats.js';

export function machine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? 'unknown',
    cpuCount: cpus.length,
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} (${os.platform()}/${os.arch()})`,
    node: process.version,
  };
}

/**
 * The code a benchmark measured: the git commit checked out and whether tracked files differ
 * from it (files under `bench/results/` aside, which the benchmark itself writes). Null outside
 * a git clone or without git.
 */
export function codeVersion(root: string): { commit: string; changed: boolean } | null {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = git('rev-parse', 'HEAD');
    const changed = git('status', '--porcelain', '--untracked-files=no', '--', '.', ':(exclude)bench/results').length > 0;
    return { commit, changed };
  } catch {
    return null;
  }
}

/** What `speedProbe` measured: the median ms of each workload, over `samples` runs. */
export interface SpeedProbe {
  sha256Ms: number;
  jsonMs: number;
  samples: number;
}

/**
 * How fast this machine runs a fixed workload right now, in ms (lower is faster), so that
 * results of different days can be compared: the same CPU model ran twice as slow on some days.
 * `sha256Ms`: SHA-256 of 32 MiB (native code, one core); `jsonMs`: JSON.stringify then
 * JSON.parse of 100,000 small records (JavaScript, allocation and garbage collection, as a
 * service's request path does). Each the median of `samples` runs after one warm-up run. Takes
 * about a second; run it while nothing else of the benchmark runs.
 */
export function speedProbe(samples = 5): SpeedProbe {
  const data = Buffer.alloc(32 * 2 ** 20, 7);
  const rows = Array.from({ length: 100_000 }, (_, i) => ({ id: `company:${i}`, name: `Company ${i}`, sharePct: (i % 1000) / 10, sources: ['source:probe'] }));
  const timed = (work: () => unknown) => {
    work();
    const ms: number[] = [];
    for (let k = 0; k < samples; k++) {
      const t0 = performance.now();
      work();
      ms.push(performance.now() - t0);
    }
    return Math.round((median(ms) ?? Number.NaN) * 10) / 10;
  };
  return {
    sha256Ms: timed(() => createHash('sha256').update(data).digest()),
    jsonMs: timed(() => JSON.parse(JSON.stringify(rows))),
    samples,
  };
}
