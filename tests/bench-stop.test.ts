/**
 * A benchmark stopped by a signal ends as one that ran to its end (bench/stop.ts): its Neo4j
 * stopped, its throwaway folder under `.neo4j/` deleted, exit status 130, and no stack printed,
 * whether the signal comes while Neo4j starts or while the graph loads; a folder the user named
 * (`bench:walk --dir`) is kept. Each case runs a benchmark command on a tiny scale (SF0.05).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processAlive } from '../src/neo4j/local.js';
import { neo4jOn, servicesOf } from './support/processes.js';

const children: ChildProcess[] = [];
const dirs: string[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs) {
    for (const pid of neo4jOn(d)) process.kill(pid, 'SIGKILL');
    rmSync(d, { recursive: true, force: true });
  }
});

interface Run {
  proc: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function spawnBench(script: string, args: string[]): Run {
  const proc = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(proc);
  let out = '';
  proc.stdout!.on('data', (c) => (out += c));
  proc.stderr!.on('data', (c) => (out += c));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { proc, output: () => out, exited };
}

async function until(what: string, ms: number, probe: () => boolean): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (probe()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: not within ${ms} ms`);
}

/** Stops `run` with `signal` once `when` holds; returns its exit status and output. */
async function stopWhen(run: Run, when: () => boolean, signal: NodeJS.Signals): Promise<{ code: number | null; output: string }> {
  await until('the stage to stop at', 300_000, () => {
    if (run.proc.exitCode !== null) throw new Error(`the benchmark ended first (${run.proc.exitCode}):\n${run.output()}`);
    return when();
  });
  run.proc.kill(signal);
  const code = await Promise.race([run.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 90_000))]);
  if (code === 'hung') throw new Error(`still running 90 s after ${signal}:\n${run.output()}`);
  return { code, output: run.output() };
}

describe('a benchmark stopped by a signal', () => {
  it('bench:walk, SIGINT while the graph loads: Neo4j stopped, its folder deleted, status 130, no stack', async () => {
    const run = spawnBench('bench/walk.ts', ['--scale', '0.05']);
    const dir = path.resolve(`.neo4j/bench-walk-${run.proc.pid}`);
    dirs.push(dir);
    const { code, output } = await stopWhen(run, () => /loading SF0\.05/.test(run.output()), 'SIGINT');
    expect(code, output).toBe(130);
    expect(output).toContain('stopping (SIGINT)');
    expect(output).toContain('stopped');
    expect(output).not.toMatch(/\n\s+at /);
    expect(existsSync(dir)).toBe(false);
    expect(neo4jOn(dir)).toEqual([]);
  });

  it('bench:walk, SIGTERM while Neo4j is still starting: the same', async () => {
    const run = spawnBench('bench/walk.ts', ['--scale', '0.05']);
    const dir = path.resolve(`.neo4j/bench-walk-${run.proc.pid}`);
    dirs.push(dir);
    // The folder exists from the moment the server's start begins, long before it answers.
    const { code, output } = await stopWhen(run, () => existsSync(dir), 'SIGTERM');
    expect(code, output).toBe(130);
    expect(output).toContain('stopping (SIGTERM)');
    expect(output).not.toContain('loading');
    expect(output).not.toMatch(/\n\s+at /);
    expect(existsSync(dir)).toBe(false);
    expect(neo4jOn(dir)).toEqual([]);
  });

  it('bench --ingest-only, SIGINT while it loads: the same', async () => {
    const run = spawnBench('bench/run.ts', ['--scale', '0.05', '--ingest-only', '--ingest-reps', '1']);
    const dir = path.resolve(`.neo4j/bench-ingest-sf0.05-${run.proc.pid}`);
    dirs.push(dir);
    const { code, output } = await stopWhen(run, () => /ingest: SF0\.05/.test(run.output()), 'SIGINT');
    expect(code, output).toBe(130);
    expect(output).not.toMatch(/\n\s+at /);
    expect(existsSync(dir)).toBe(false);
    expect(neo4jOn(dir)).toEqual([]);
  });

  it('bench:walk --dir: the folder the user named is kept, its Neo4j stopped', async () => {
    const dir = mkdtempSync(path.resolve('.neo4j/test-bench-stop-'));
    dirs.push(dir);
    const run = spawnBench('bench/walk.ts', ['--scale', '0.05', '--dir', dir]);
    const { code, output } = await stopWhen(run, () => /loading SF0\.05/.test(run.output()), 'SIGINT');
    expect(code, output).toBe(130);
    expect(readdirSync(dir).length).toBeGreaterThan(0);
    expect(neo4jOn(dir)).toEqual([]);
  });

  it('bench:walk, SIGINT while its service is still starting: the service ends too', async () => {
    const run = spawnBench('bench/walk.ts', ['--scale', '0.05']);
    const dir = path.resolve(`.neo4j/bench-walk-${run.proc.pid}`);
    dirs.push(dir);
    let services: number[] = [];
    const { code, output } = await stopWhen(
      run,
      () => {
        services = servicesOf(run.proc.pid!);
        return services.length > 0;
      },
      'SIGINT',
    );
    expect(code, output).toBe(130);
    await until('the service to end', 20_000, () => services.every((pid) => !processAlive(pid)));
    expect(existsSync(dir)).toBe(false);
    expect(neo4jOn(dir)).toEqual([]);
  });

  it('bench:walk killed (SIGKILL) while measuring: its service and Neo4j end by themselves; only the folder stays', async () => {
    const run = spawnBench('bench/walk.ts', ['--scale', '0.05']);
    const dir = path.resolve(`.neo4j/bench-walk-${run.proc.pid}`);
    dirs.push(dir);
    let services: number[] = [];
    await stopWhen(
      run,
      () => {
        services = /dependencyChain/.test(run.output()) ? servicesOf(run.proc.pid!) : [];
        return services.length > 0;
      },
      'SIGKILL',
    );
    expect(services.length).toBe(1);
    await until('the service to end', 20_000, () => services.every((pid) => !processAlive(pid)));
    await until('Neo4j to end', 60_000, () => neo4jOn(dir).length === 0);
    expect(existsSync(dir)).toBe(true);
  });
});
