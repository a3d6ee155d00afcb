/** The machine a benchmark ran on, recorded with its results: CPU, RAM (GiB), operating system, Node version. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';

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
