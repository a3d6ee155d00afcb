/**
 * bench:load's settings from the environment (bench/load.ts `loadSettings`): the defaults, the
 * values each variable admits, and a refused value ending the run with one line naming the
 * variable (exit status 2) before any Neo4j starts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { judgeUnderLarge, loadSettings } from '../../bench/load.js';
import { shownValue, UsageError } from '../../bench/options.js';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The error `loadSettings(env)` throws (fails the test when it throws none). */
const refusal = (env: Record<string, string>): Error => {
  try {
    loadSettings(env);
  } catch (e) {
    return e as Error;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
};

describe('bench:load settings', () => {
  it('takes its defaults with no variable set, and ignores other variables', () => {
    const defaults = { durationS: 60, connections: 64, smallP99Ratio: 1.25, maxStallMs: 1000, healthP99Ms: 1000 };
    expect(loadSettings({})).toEqual(defaults);
    expect(loadSettings({ PATH: '/usr/bin', BENCH_OTHER: 'abc', BENCH_DURATION_S: undefined })).toEqual(defaults);
  });

  it('reads the values each variable admits; the /health bound follows the stall bound unless set', () => {
    expect(loadSettings({ BENCH_DURATION_S: '0.5', BENCH_CONNECTIONS: '8', BENCH_SMALL_P99_RATIO: '2', BENCH_MAX_STALL_MS: '250.5' })).toEqual({
      durationS: 0.5,
      connections: 8,
      smallP99Ratio: 2,
      maxStallMs: 250.5,
      healthP99Ms: 250.5,
    });
    expect(loadSettings({ BENCH_MAX_STALL_MS: '250', BENCH_HEALTH_P99_MS: '40' })).toMatchObject({ maxStallMs: 250, healthP99Ms: 40 });
    // The most of the phase length (a day) and of the connections are admitted.
    expect(loadSettings({ BENCH_DURATION_S: '86400', BENCH_CONNECTIONS: '1024' })).toMatchObject({ durationS: 86_400, connections: 1024 });
  });

  const positive = ['BENCH_DURATION_S', 'BENCH_SMALL_P99_RATIO', 'BENCH_MAX_STALL_MS', 'BENCH_HEALTH_P99_MS'];
  const bad = ['', 'abc', '0', '-1', '1e3', 'Infinity', ' 5', '0x10'];

  it.each(positive)('refuses %s unless a positive decimal number, naming the variable', (name) => {
    for (const raw of bad) {
      const e = refusal({ [name]: raw });
      expect(e).toBeInstanceOf(UsageError);
      expect(e.message).toBe(`${name} expects a positive number, got ${shownValue(raw)}`);
    }
  });

  it('refuses BENCH_CONNECTIONS unless a whole number of at least 1', () => {
    for (const raw of [...bad, '1.5']) {
      const e = refusal({ BENCH_CONNECTIONS: raw });
      expect(e).toBeInstanceOf(UsageError);
      expect(e.message).toBe(`BENCH_CONNECTIONS expects a whole number of at least 1, got ${shownValue(raw)}`);
    }
  });

  it('refuses a phase longer than a day and more than 1024 connections', () => {
    expect(refusal({ BENCH_DURATION_S: '86400.5' }).message).toBe('BENCH_DURATION_S admits at most 86400, got 86400.5');
    expect(refusal({ BENCH_CONNECTIONS: '1025' }).message).toBe('BENCH_CONNECTIONS admits at most 1024, got 1025');
  });

  it('judges the bounds the settings give', () => {
    const s = loadSettings({ BENCH_SMALL_P99_RATIO: '2', BENCH_MAX_STALL_MS: '100', BENCH_HEALTH_P99_MS: '50' });
    expect(judgeUnderLarge(100, 200, 100, 50, s)).toMatchObject({
      ratioBound: 2,
      ratioHeld: true,
      stallBoundMs: 100,
      stallHeld: true,
      healthBoundMs: 50,
      healthHeld: true,
    });
    expect(judgeUnderLarge(100, 201, 101, 51, s)).toMatchObject({ ratio: 2.01, ratioHeld: false, stallHeld: false, healthHeld: false });
  });

  it('ends a run given a value it refuses with one line naming the variable, exit status 2 and no Neo4j folder', () => {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('BENCH_')) env[k] = v;
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/load.ts'], {
      cwd: here,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...env, BENCH_DURATION_S: 'abc' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['bench:load: BENCH_DURATION_S expects a positive number, got abc']);
    expect(r.stdout).toBe('');
    expect(existsSync(path.join(here, '.neo4j', `bench-load-${r.pid}`))).toBe(false);
  });
});
