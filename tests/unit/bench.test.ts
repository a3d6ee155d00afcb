/**
 * The benchmark's pure parts: its command line (bench/options.ts), the targets' holds / does
 * not hold logic (bench/targets.ts), the scaling table's arithmetic (bench/scaling.ts), the
 * walk profile's step accounting (bench/walk-profile.ts) and bench:load's three bounds (bench/load.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stallsOf } from '../../bench/event-loop.js';
import { benchCases, companyPairs, type LoadStats, type Runner, type Samples, type StatementProfile, type TracedStatement } from '../../bench/latency.js';
import { judgeUnderLarge } from '../../bench/load.js';
import { codeVersion, speedProbe } from '../../bench/machine.js';
import { MIN_SCALE, optionValue, parseArgs, shownValue, writableFolder } from '../../bench/options.js';
import { type BenchResults, type CaseResult, renderMarkdown, speedText } from '../../bench/report.js';
import { growthPerTenfold, renderScaling, scalingTable, writeScaling } from '../../bench/scaling.js';
import { median } from '../../bench/stats.js';
import { type CaseFigures, checkTargets, formatValue, judge, ratioOf, type TargetInput, verdict } from '../../bench/targets.js';
import { stepNames, walkProfile } from '../../bench/walk-profile.js';
import { cutLevel, LEVEL_STAGES } from '../../bench/walk-stages.js';
import { costliestLevel, levelNeo4jMs, neo4jShare, renderTail, type TailOperation, type TailStep, tenths } from '../../bench/walk-tail.js';
import { withSlots } from '../../src/cypher.js';
import { EXPOSURE_KINDS, stepDirections } from '../../src/graphql/chains/steps.js';

describe('bench command line', () => {
  it('sizes Neo4j and the time cap by scale', () => {
    expect(parseArgs([])).toMatchObject({ scale: 1, heapMb: 2048, pageCacheMb: 1024, maxSeconds: 30, ingestReps: 3, cached: true, peer: true, out: undefined });
    expect(parseArgs(['--scale', '10'])).toMatchObject({ heapMb: 3072, pageCacheMb: 2048, maxSeconds: 30, ingestReps: 1 });
    expect(parseArgs(['--scale', '100'])).toMatchObject({ heapMb: 6144, pageCacheMb: 4096, maxSeconds: 20, ingestReps: 1 });
  });

  it('takes explicit values over the defaults, and the switches', () => {
    const o = parseArgs([
      '--scale',
      '100',
      '--heap-mb',
      '4096',
      '--pagecache-mb',
      '3000',
      '--max-seconds',
      '5',
      '--out',
      'scratch',
      '--no-peer',
      '--no-cached',
      '--count-factor',
      '0.1',
    ]);
    expect(o).toMatchObject({
      scale: 100,
      heapMb: 4096,
      pageCacheMb: 3000,
      maxSeconds: 5,
      out: path.resolve('scratch'),
      peer: false,
      cached: false,
      countFactor: 0.1,
    });
  });

  it('refuses unknown options, missing and non-positive values', () => {
    expect(() => parseArgs(['--sclae', '1'])).toThrow(/Unknown option '--sclae'/);
    expect(() => parseArgs(['--scale', '0'])).toThrow('--scale expects a positive number, got 0');
    expect(() => parseArgs(['--max-seconds', 'ten'])).toThrow('--max-seconds expects a positive number, got ten');
    expect(() => parseArgs(['--heap-mb', ''])).toThrow('--heap-mb expects a whole number of at least 128 (MiB), got ');
    expect(() => parseArgs(['--out', ''])).toThrow('--out expects a folder');
    expect(() => parseArgs(['--scale'])).toThrow(/argument missing/);
  });

  it('quotes a value that is empty or has spaces at an end, and only such a value', () => {
    expect([shownValue(''), shownValue(' 5'), shownValue('5 '), shownValue('5'), shownValue('a b')]).toEqual(['""', '" 5"', '"5 "', '5', 'a b']);
    fc.assert(
      fc.property(fc.string(), (raw) => {
        expect(shownValue(raw) === raw).toBe(raw !== '' && raw === raw.trim());
      }),
    );
  });

  it('makes a missing folder one level at a time and checks it can be written, or names the option', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-out-'));
    try {
      const deep = path.join(tmp, 'a', 'b', 'c');
      expect(writableFolder('out', deep)).toBe(deep);
      expect(readdirSync(deep)).toEqual([]);
      expect(writableFolder('out', deep)).toBe(deep);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    expect(() => writableFolder('out', '/proc/no-such/results')).toThrow(/^--out \/proc\/no-such\/results cannot be written: ENOENT/);
  });

  it('takes whole numbers where a count is meant, any decimal scale, seed 0, and only plain decimal digits', () => {
    expect(() => parseArgs(['--ingest-reps', '1.5'])).toThrow('--ingest-reps expects a whole number of at least 1, got 1.5');
    expect(() => parseArgs(['--concurrency', '2.5'])).toThrow('--concurrency expects a whole number of at least 1, got 2.5');
    expect(() => parseArgs(['--scale', '0x10'])).toThrow('--scale expects a positive number, got 0x10');
    expect(() => parseArgs(['--scale', '1e-9'])).toThrow('--scale expects a positive number, got 1e-9');
    expect(() => parseArgs(['--count-factor', 'NaN'])).toThrow('--count-factor expects a positive number, got NaN');
    expect(() => parseArgs(['--heap-mb', '1'])).toThrow('--heap-mb expects a whole number of at least 128 (MiB), got 1');
    expect(() => parseArgs(['--scale=-1'])).toThrow('--scale expects a positive number, got -1');
    expect(parseArgs(['--seed', '0']).seed).toBe(0);
    expect(parseArgs(['--scale', '0.2']).scale).toBe(0.2);
    expect(parseArgs(['--scale', '1.5', '--heap-mb', '128']).heapMb).toBe(128);
  });

  it('refuses a scale below the smallest graph that holds a sample for every query, in plain digits as given', () => {
    expect(MIN_SCALE).toBe(0.02);
    // The example: passed the checks, ran its ingest and died at the paths query, with results named sf1e-21.
    expect(() => parseArgs(['--scale', '0.000000000000000000001'])).toThrow('--scale admits at least 0.02, got 0.000000000000000000001');
    expect(() => parseArgs(['--scale', '0.0199'])).toThrow('--scale admits at least 0.02, got 0.0199');
    expect(parseArgs(['--scale', '0.02']).scale).toBe(0.02);
    // Every scale admitted prints in plain digits (the results' file name is sf<scale>).
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,4}\.[0-9]{1,12}$/), (raw) => {
        const x = Number(raw);
        fc.pre(x > 0 && x <= 1000);
        let scale: number | undefined;
        try {
          scale = parseArgs(['--scale', raw]).scale;
        } catch (e) {
          expect(x < MIN_SCALE).toBe(true);
          expect((e as Error).message).toBe(`--scale admits at least 0.02, got ${raw}`);
          return;
        }
        expect(scale).toBe(x);
        expect(String(scale)).toMatch(/^[0-9]+(\.[0-9]+)?$/);
      }),
    );
  });

  it('pairs every company of two or more with another, never with itself (property), as before where 7 places on is another', () => {
    expect(companyPairs([])).toEqual([]);
    expect(companyPairs(['a'])).toEqual([]);
    // Seven companies: 7 places on is the company itself, so each is paired with the next.
    expect(companyPairs(['a', 'b', 'c', 'd', 'e', 'f', 'g']).map((p) => p.to)).toEqual(['b', 'c', 'd', 'e', 'f', 'g', 'a']);
    expect(companyPairs(['a', 'b', 'c'])).toEqual([
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'a' },
    ]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 60 }), (companies) => {
        const pairs = companyPairs(companies);
        expect(pairs.map((p) => p.from)).toEqual(companies);
        for (const p of pairs) expect(p.to).not.toBe(p.from);
        if (companies.length % 7 !== 0 || companies.length > 7)
          expect(pairs.map((p) => p.to)).toEqual(companies.map((_, k) => companies[(k + 7) % companies.length]));
      }),
    );
  });

  it('admits a value only when its kind and bound do, and names the option otherwise, over random text', () => {
    const kinds = ['positive', 'count', 'seed', 'mib'] as const;
    const least = { positive: 0, count: 1, seed: 0, mib: 128 };
    const raws = fc.oneof(
      fc.string(),
      fc.double().map(String),
      fc.integer({ min: -5, max: 500 }).map(String),
      fc.stringMatching(/^[0-9]{1,400}(\.[0-9]{1,3})?$/),
    );
    fc.assert(
      fc.property(fc.constantFrom(...kinds), raws, fc.integer({ min: 1, max: 10_000 }), (kind, raw, max) => {
        let v: number;
        try {
          v = optionValue('opt', raw, kind, max);
        } catch (e) {
          const plain = kind === 'positive' ? /^\d+(\.\d+)?$/.test(raw) && Number(raw) > 0 : /^\d+$/.test(raw) && Number(raw) >= least[kind];
          expect((e as Error).message).toBe(
            plain
              ? `--opt admits at most ${max}${kind === 'mib' ? ' (MiB)' : ''}, got ${shownValue(raw)}`
              : kind === 'positive'
                ? `--opt expects a positive number, got ${shownValue(raw)}`
                : `--opt expects a whole number of at least ${least[kind]}${kind === 'mib' ? ' (MiB)' : ''}, got ${shownValue(raw)}`,
          );
          return;
        }
        expect(/^[0-9]+(\.[0-9]+)?$/.test(raw)).toBe(true);
        expect(v).toBe(Number(raw));
        expect(Number.isFinite(v) && v <= max).toBe(true);
        if (kind === 'positive') expect(v).toBeGreaterThan(0);
        else expect(Number.isInteger(v) && v >= least[kind]).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

const stats = (p50: number, p95: number, throughput: number, count = 100): LoadStats => ({
  count,
  errors: 0,
  p50,
  p95,
  p99: p95,
  mean: p50,
  max: p95,
  throughput,
  wallMs: 1000,
  capped: false,
});
const input = (scale: number, over: Partial<Record<string, Record<string, Record<string, LoadStats>>>> = {}, ingestRatio = 0.85): TargetInput => {
  const base: Record<string, Record<string, Record<string, LoadStats>>> = {
    dependencyChain: { graphql: { c1: stats(10, 18, 50), c4: stats(20, 40, 90) } },
    exposure: { graphql: { c1: stats(12, 25, 40), c4: stats(20, 40, 90) } },
    lookup: {
      graphql: { c1: stats(1.1, 2, 800), c4: stats(2, 4, 2000) },
      'http-floor': { c1: stats(1.0, 2, 900), c4: stats(2, 4, 2500) },
      'neo4j-graphql': { c1: stats(3, 5, 300), c4: stats(6, 9, 900) },
    },
    nested: {
      graphql: { c1: stats(2.8, 4, 300), c4: stats(4, 8, 700) },
      'http-floor': { c1: stats(2, 3, 400), c4: stats(3, 6, 900) },
      'neo4j-graphql': { c1: stats(3, 5, 300), c4: stats(6, 9, 400) },
    },
  };
  const cases: CaseFigures[] = Object.entries({ ...base, ...over }).map(([name, latency]) => ({ name, latency: latency! }));
  return { scale, concurrency: 4, cases, ingestRatio };
};

describe('targets', () => {
  it('judges a value against its bound, open when either is missing', () => {
    expect(judge(20, '<=', 20)).toBe(true);
    expect(judge(20.01, '<=', 20)).toBe(false);
    expect(judge(2, '>=', 2)).toBe(true);
    expect(judge(1.99, '>=', 2)).toBe(false);
    expect(judge(undefined, '<=', 20)).toBeNull();
    expect(judge(5, '<=', undefined)).toBeNull();
    expect(judge(Number.NaN, '>=', 1)).toBeNull();
    expect(ratioOf(3, 0)).toBeUndefined();
    expect(ratioOf(undefined, 2)).toBeUndefined();
    expect(ratioOf(3, 2)).toBe(1.5);
  });

  it('checks every target of issue 16 at SF10 with the measured values', () => {
    const checks = checkTargets(input(10));
    expect(checks.map((t) => [t.target, t.value === undefined ? undefined : Number(t.value.toFixed(4)), t.bound, t.holds])).toEqual([
      ['4-hop `dependencyChains` p95 ≤ 20 ms at SF10, ≤ 100 ms at SF100', 18, 20, true],
      ['4-hop `exposure` p95 ≤ 20 ms at SF10, ≤ 100 ms at SF100', 25, 20, false],
      ['lookup p50 GraphQL ÷ HTTP floor ≤ 1.2× at SF10', 1.1, 1.2, true],
      ['nested p50 GraphQL ÷ HTTP floor ≤ 1.3× at SF10', 1.4, 1.3, false],
      ["lookup throughput ≥ 2× @neo4j/graphql's at SF10", 2.2222, 2, true],
      ["nested throughput ≥ 2× @neo4j/graphql's at SF10", 1.75, 2, false],
      ['loader ≥ 0.8× LOAD CSV at SF10 and SF100', 0.85, 0.8, true],
    ]);
    expect(checks.map((t) => verdict(t, 10))).toEqual(['holds', 'does not hold', 'holds', 'does not hold', 'holds', 'does not hold', 'holds']);
    expect(formatValue(checks[0])).toBe('18.0 ms');
    expect(formatValue(checks[4])).toBe('2.22×');
  });

  it("uses each scale's own bound, and leaves targets not stated for a scale open", () => {
    const at100 = checkTargets(input(100, {}, 0.7));
    expect(at100.map((t) => t.bound)).toEqual([100, 100, undefined, undefined, undefined, undefined, 0.8]);
    expect(at100.map((t) => t.holds)).toEqual([true, true, null, null, null, null, false]);
    const at1 = checkTargets(input(1));
    expect(at1.every((t) => t.holds === null && t.value !== undefined)).toBe(true);
    expect(verdict(at1[0], 1)).toBe('not stated for SF1');
  });

  it('leaves a target open when its path did not run or every operation failed', () => {
    const noFloor = input(10, { lookup: { graphql: { c1: stats(1.1, 2, 800), c4: stats(2, 4, 2000) } } });
    const lookupFloor = checkTargets(noFloor)[2];
    expect(lookupFloor.value).toBeUndefined();
    expect(lookupFloor.holds).toBeNull();
    expect(verdict(lookupFloor, 10)).toBe('not measured');
    const failed = input(10, { dependencyChain: { graphql: { c1: { ...stats(Number.NaN, Number.NaN, 0, 0), errors: 100 } } } });
    expect(checkTargets(failed)[0].holds).toBeNull();
    expect(formatValue(checkTargets(failed)[0])).toBe('–');
  });

  it('a latency bound holds exactly when the value is at most the bound (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1000, noNaN: true }), (p95) => {
        const c = checkTargets(input(10, { dependencyChain: { graphql: { c1: stats(p95 / 2, p95, 10) } } }))[0];
        expect(c.holds).toBe(p95 <= 20);
      }),
    );
  });
});

const result = (scale: number, figures: Record<string, { p50: number; p95: number; hits: number[]; trips: number[] }>): BenchResults =>
  ({
    generatedAt: '2026-12-01T03:30:00.000Z',
    options: { scale, concurrency: 4 },
    machine: { cpuModel: 'cpu', cpuCount: 2, ramGiB: 23.5, os: 'linux', node: 'v20', loadAvgAtStart: [1, 1, 1], loadAvgAtEnd: [2, 2, 2] },
    neo4j: { heapMb: 1, pageCacheMb: 1 },
    data: { nodes: 10_000 * scale, relationships: 45_000 * scale },
    ingest: { ratio: 0.9 },
    cases: Object.entries(figures).map(
      ([name, x]): Partial<CaseResult> => ({
        name,
        latency: { graphql: { c1: stats(x.p50, x.p95, 1) } },
        roundTrips: x.trips,
        profiles: x.hits.map((h) => [{ name: 's', dbHits: h, rows: 1, top: [], scans: [] }]),
      }),
    ),
  }) as unknown as BenchResults;

describe('scaling table', () => {
  it('refuses a results file whose run is of another scale than its name says, naming both', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'scaling-'));
    try {
      const run = (scale: unknown) => JSON.stringify({ options: { scale }, cases: [] });
      writeFileSync(path.join(dir, 'sf1.json'), run(1));
      // The example: a run at SF0.02 copied to sf10.json.
      writeFileSync(path.join(dir, 'sf10.json'), run(0.02));
      expect(() => writeScaling(dir)).toThrow(
        `${path.join(dir, 'sf10.json')} holds a run at SF0.02, not SF10: name each file sf<scale>.json after the run it holds`,
      );
      writeFileSync(path.join(dir, 'sf10.json'), JSON.stringify({ cases: [] }));
      expect(() => writeScaling(dir)).toThrow(`${path.join(dir, 'sf10.json')} holds no scale of its run (options.scale), not SF10`);
      // The right scale but no measured queries: a usage error, not a TypeError.
      writeFileSync(path.join(dir, 'sf10.json'), JSON.stringify({ options: { scale: 10 } }));
      expect(() => writeScaling(dir)).toThrow(`${path.join(dir, 'sf10.json')} holds no list of measured queries (cases): not a results file of npm run bench`);
      expect(existsSync(path.join(dir, 'scaling.md'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the growth per tenfold: flat is 1, linear is 10, a hundredfold step counts per tenfold', () => {
    expect(growthPerTenfold(5, 5, 1, 10)).toBe(1);
    expect(growthPerTenfold(5, 50, 10, 100)).toBeCloseTo(10, 12);
    expect(growthPerTenfold(4, 400, 1, 100)).toBeCloseTo(10, 12);
    expect(growthPerTenfold(4, 16, 1, 100)).toBeCloseTo(2, 12);
    expect(growthPerTenfold(0, 0, 1, 10)).toBe(1);
    expect(growthPerTenfold(0, 3, 1, 10)).toBeUndefined();
    expect(growthPerTenfold(undefined, 3, 1, 10)).toBeUndefined();
    expect(growthPerTenfold(3, 3, 10, 10)).toBeUndefined();
  });

  it('growth over two tenfold steps multiplies to the growth over the hundredfold (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 1e6, noNaN: true }),
        fc.double({ min: 0.1, max: 1e6, noNaN: true }),
        fc.double({ min: 0.1, max: 1e6, noNaN: true }),
        (a, b, c) => {
          const whole = growthPerTenfold(a, c, 1, 100)!;
          expect(whole * whole).toBeCloseTo(growthPerTenfold(a, b, 1, 10)! * growthPerTenfold(b, c, 10, 100)!, 6);
        },
      ),
    );
  });

  it('reads p50, p95, median db hits and round trips per query and scale', () => {
    const t = scalingTable({
      100: result(100, {
        lookup: { p50: 2, p95: 4, hits: [10, 10, 12], trips: [1, 1, 1, 1, 1] },
        walk: { p50: 90, p95: 120, hits: [30_000, 10_000, 20_000], trips: [6, 6, 5, 6, 6] },
      }),
      1: result(1, {
        lookup: { p50: 2, p95: 4, hits: [10, 10, 10], trips: [1, 1, 1, 1, 1] },
        walk: { p50: 30, p95: 60, hits: [15_000, 20_000, 25_000], trips: [6, 6, 6, 6, 6] },
      }),
      10: result(10, {
        lookup: { p50: 2.2, p95: 4.4, hits: [10, 10, 10], trips: [1, 1, 1, 1, 1] },
        walk: { p50: 40, p95: 70, hits: [21_000, 21_000, 22_000], trips: [6, 5, 6, 6, 6] },
      }),
    });
    expect(t.scales).toEqual([1, 10, 100]);
    const walk = t.rows.find((r) => r.query === 'walk')!;
    expect(walk.points[1]).toEqual({ p50: 30, p95: 60, dbHits: 20_000, roundTrips: 6 });
    expect(walk.points[100]).toEqual({ p50: 90, p95: 120, dbHits: 20_000, roundTrips: 6 });
    expect(walk.growth['1→10'].p50).toBeCloseTo(40 / 30, 12);
    expect(walk.growth['10→100'].dbHits).toBeCloseTo(20_000 / 21_000, 12);
    const lookup = t.rows.find((r) => r.query === 'lookup')!;
    expect(lookup.growth['1→10']).toEqual({ p50: 1.1, p95: 1.1, dbHits: 1, roundTrips: 1 });
    const md = renderScaling({
      1: result(1, { lookup: { p50: 2, p95: 4, hits: [10], trips: [1] } }),
      10: result(10, { lookup: { p50: 3, p95: 5, hits: [20], trips: [1] } }),
    });
    expect(md).toContain('| lookup | p50 ms | 2.0 | 3.0 | 1.50× |');
    expect(md).toContain('| lookup | db hits | 10 | 20 | 2.00× |');
    expect(md).toContain('| loader ≥ 0.8× LOAD CSV at SF10 and SF100 | 0.90× | 0.90× (holds) |');
  });
});

describe('walk profile', () => {
  const traced = (steps: Array<[string, number, number, number?]>): TracedStatement[] =>
    steps.map(([name, startMs, endMs, edges]) => ({ name, startMs, endMs, edges }));
  const profile = (names: string[], hits: number[]): StatementProfile[] => names.map((name, k) => ({ name, dbHits: hits[k], rows: 1, top: [], scans: [] }));

  it('names the k-th expand level k', () => {
    expect(stepNames(['chains/prepare', 'chains/expand', 'chains/expand', 'chains/details'])).toEqual([
      'chains/prepare',
      'level 1',
      'level 2',
      'chains/details',
    ]);
    // The resolvers' walk: level 1 comes with prepare (chains/start).
    expect(stepNames(['chains/start', 'chains/expand', 'chains/expand', 'chains/details'])).toEqual(['level 1', 'level 2', 'level 3', 'chains/details']);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it('splits each step into statement time and the JavaScript before it, with db hits by position', () => {
    const a = traced([
      ['chains/prepare', 0.5, 2.5],
      ['chains/expand', 3, 6, 4],
      ['chains/expand', 7, 12, 40],
      ['chains/details', 20, 22],
    ]);
    const b = traced([
      ['chains/prepare', 0.1, 2.1],
      ['chains/expand', 2.2, 4.2, 6],
      ['chains/details', 5.2, 6.2],
    ]);
    // The shorter walk first: its details come before the longer walk's level 2, yet the steps stay in walk order.
    const w = walkProfile(
      [
        profile(['chains/prepare', 'chains/expand', 'chains/details'], [12, 200, 60]),
        profile(['chains/prepare', 'chains/expand', 'chains/expand', 'chains/details'], [10, 100, 1000, 50]),
        [{ name: 'chains/prepare', error: 'timed out', dbHits: 0, rows: 0, top: [], scans: [] }],
      ],
      [b, a],
    );
    expect(w.steps.map((s) => s.step)).toEqual(['chains/prepare', 'level 1', 'level 2', 'chains/details']);
    const by = Object.fromEntries(w.steps.map((s) => [s.step, s]));
    expect(by['level 2']).toEqual({ step: 'level 2', samples: 1, dbHits: 1000, edges: 40, statementMs: 5, neo4jMs: undefined, jsBeforeMs: 1 });
    expect(by['level 1'].samples).toBe(2);
    expect(by['level 1'].dbHits).toBe(150);
    expect(by['level 1'].edges).toBe(5);
    expect(by['chains/details'].dbHits).toBe(55);
    expect(by['chains/details'].jsBeforeMs).toBeCloseTo(4.5, 12);
    // a: 0.5 + 0.5 + 1 + 8 = 10 ms of JavaScript in 22; b: 0.1 + 0.1 + 1 = 1.2 in 6.2; two walks, so the means.
    expect(w.totalMs).toBeCloseTo(14.1, 12);
    expect(w.jsMs).toBeCloseTo(5.6, 12);
  });

  it("gives the median of Neo4j's own time per step where the traces carry it, and none where they do not", () => {
    const withNeo4j = (t: TracedStatement[], ms: Array<number | undefined>) => t.map((s, k) => ({ ...s, neo4jMs: ms[k] }));
    const a = withNeo4j(
      traced([
        ['chains/start', 0, 9, 2],
        ['chains/expand', 10, 30, 40],
        ['chains/details', 31, 40],
      ]),
      [3, 17, undefined],
    );
    const b = withNeo4j(
      traced([
        ['chains/start', 0, 5, 2],
        ['chains/expand', 6, 12, 40],
        ['chains/details', 13, 20],
      ]),
      [1, 5, undefined],
    );
    const c = withNeo4j(traced([['chains/start', 0, 7, 2]]), [2]);
    const by = Object.fromEntries(walkProfile([], [a, b, c]).steps.map((s) => [s.step, s]));
    // Of an even count, the mean of the two middle values, as every median here.
    expect(by['level 1'].neo4jMs).toBe(2);
    expect(by['level 2'].neo4jMs).toBe(11);
    expect(by['chains/details'].neo4jMs).toBeUndefined();
    // Never more than the statement's own time in these samples.
    expect(by['level 2'].statementMs).toBe(13);
  });
});

describe('the raw statements of the benchmark cases', () => {
  it('give every parameter their Cypher names (a statement missing one fails at run time and drops out of the results)', async () => {
    const samples: Samples = {
      companies: ['company:a'],
      buyers: ['company:b'],
      exposures: [{ country: 'country:KZ', metal: 'metal:gallium' }],
      measures: [{ measure: 'measure:m', top: 'country:CN' }],
      pairs: [{ from: 'company:a', to: 'company:b' }],
    };
    let checked = 0;
    for (const c of benchCases(samples)) {
      const run: Runner = async (name, query, params) => {
        const needed = new Set([...query.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
        expect(
          [...needed].filter((p) => !(p in params)),
          `${c.name}: ${name}`,
        ).toEqual([]);
        checked++;
        // The walks read rows from what they run: stop this case after its first statement.
        throw new StopCase();
      };
      await c.cypher(run, 0).catch((e) => {
        if (!(e instanceof StopCase)) throw e;
      });
    }
    expect(checked).toBe(benchCases(samples).length);
  });
});

class StopCase extends Error {}

describe('bench:load bounds while near-limit requests run', () => {
  it('holds each bound up to its value and not one millisecond or hundredth past it (defaults: 1.25×, 1,000 ms, 1,000 ms)', () => {
    expect(judgeUnderLarge(1000, 1250, 1000, 1000)).toEqual({
      ratio: 1.25,
      ratioBound: 1.25,
      ratioHeld: true,
      stallMs: 1000,
      stallBoundMs: 1000,
      stallHeld: true,
      healthP99: 1000,
      healthBoundMs: 1000,
      healthHeld: true,
    });
    expect(judgeUnderLarge(1000, 1260, 1001, 1001)).toMatchObject({ ratio: 1.26, ratioHeld: false, stallHeld: false, healthHeld: false });
    // Each bound alone: /health's p99 can fail while the small requests and the event loop hold.
    expect(judgeUnderLarge(1359, 941, 572, 1500)).toMatchObject({ ratio: 0.69, ratioHeld: true, stallHeld: true, healthP99: 1500, healthHeld: false });
  });
});

describe('bench:load event-loop stalls', () => {
  it('takes the longest tick past the interval with its split, and the most the main thread ran in any tick', () => {
    const ticks = [
      { wallMs: 10.2, runMs: 3, waitMs: 0 },
      // A long stall spent mostly waiting for a core.
      { wallMs: 2212, runMs: 380.04, waitMs: 1790 },
      // A shorter one the main thread ran through.
      { wallMs: 610, runMs: 598.26, waitMs: 5 },
    ];
    expect(stallsOf(ticks, 10, true)).toEqual({ longest: { stallMs: 2202, runMs: 380, waitMs: 1790 }, longestRunMs: 598.3, split: true });
    // Without scheduler statistics only the wall time counts.
    expect(stallsOf(ticks, 10, false)).toMatchObject({ longestRunMs: 2202, split: false });
    expect(stallsOf([], 10, true)).toEqual({ longest: { stallMs: 0, runMs: 0, waitMs: 0 }, longestRunMs: 0, split: true });
  });

  it('never reports a hold longer than the longest stall plus the interval, over random ticks', () => {
    const tick = fc.record({ wallMs: fc.double({ min: 0, max: 5000, noNaN: true }), share: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(tick, { maxLength: 50 }), (raw) => {
        const ticks = raw.map((t) => ({ wallMs: t.wallMs, runMs: t.wallMs * t.share, waitMs: t.wallMs * (1 - t.share) }));
        const s = stallsOf(ticks, 10, true);
        expect(s.longestRunMs).toBeLessThanOrEqual(Math.round((s.longest.stallMs + 10) * 10) / 10 + 0.1);
        expect(s.longest.stallMs).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe("the machine's speed probe", () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  it('times both workloads in ms, the median of the samples asked for', () => {
    const p = speedProbe(3);
    expect(p.samples).toBe(3);
    for (const ms of [p.sha256Ms, p.jsonMs]) {
      expect(Number.isFinite(ms)).toBe(true);
      expect(ms).toBeGreaterThan(0);
      // Rounded to 0.1 ms.
      expect(Math.round(ms * 10) / 10).toBe(ms);
    }
  });

  it('shows in the report with the start and end figures, and not at all in older results', () => {
    const r = JSON.parse(readFileSync(path.join(root, 'bench/results/sf1.json'), 'utf8')) as BenchResults;
    const start = { sha256Ms: 81.5, jsonMs: 120, samples: 5 };
    const end = { sha256Ms: 160.25, jsonMs: 240.04, samples: 5 };
    expect(renderMarkdown({ ...r, machine: { ...r.machine, speedAtStart: start, speedAtEnd: end } })).toContain(
      '| speed probe (ms, lower is faster) | start SHA-256 of 32 MiB 81.5, JSON round trip of 100,000 records 120.0; end SHA-256 of 32 MiB 160.3, JSON round trip of 100,000 records 240.0 (medians of 5; compare runs of different days by these) |',
    );
    expect(speedText(start)).toContain('; end not measured (');
    expect(renderMarkdown({ ...r, machine: { ...r.machine, speedAtStart: undefined } })).not.toContain('speed probe');
  });
});

describe('the code a result names', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  it('is the commit checked out, or null outside a git clone', () => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const v = codeVersion(root);
    expect(v?.commit).toBe(head);
    expect(typeof v?.changed).toBe('boolean');
    const outside = mkdtempSync(path.join(os.tmpdir(), 'no-git-'));
    try {
      expect(codeVersion(outside)).toBeNull();
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('shows in the report as the commit measured, marked when the tree differed, and not at all in older results', () => {
    const r = JSON.parse(readFileSync(path.join(root, 'bench/results/sf1.json'), 'utf8')) as BenchResults;
    const commit = '0123456789abcdef0123456789abcdef01234567';
    expect(renderMarkdown({ ...r, code: { commit, changed: false } })).toContain('| code | commit 0123456789ab |');
    expect(renderMarkdown({ ...r, code: { commit, changed: true } })).toContain('| code | commit 0123456789ab, with uncommitted changes |');
    expect(renderMarkdown({ ...r, code: undefined })).not.toContain('| code |');
  });
});

describe('bench/report.ts on the command line', () => {
  const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const report = (...args: string[]) => {
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'bench/report.ts', ...args], { cwd: here, encoding: 'utf8', stdio: 'pipe' });
      return { status: 0, stderr: '' };
    } catch (e) {
      const { status, stderr } = e as { status: number; stderr: string };
      return { status, stderr };
    }
  };

  it('redraws the Markdown beside each JSON file as the run wrote it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-report-'));
    try {
      const json = path.join(dir, 'sf1.json');
      writeFileSync(json, readFileSync(path.join(here, 'bench/results/sf1.json')));
      expect(report(json).status).toBe(0);
      expect(readFileSync(path.join(dir, 'sf1.md'), 'utf8')).toBe(readFileSync(path.join(here, 'bench/results/sf1.md'), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints its usage and exits 2 without a file, or with one not named .json (whose Markdown would replace it); one line and nothing written for a file that is not results', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-report-'));
    try {
      const notJson = path.join(dir, 'results.txt');
      const text = readFileSync(path.join(here, 'bench/results/sf1.json'), 'utf8');
      writeFileSync(notJson, text);
      for (const args of [[], [notJson]]) {
        const r = report(...args);
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(/^usage: /);
      }
      expect(readFileSync(notJson, 'utf8')).toBe(text);
      const missing = report(path.join(dir, 'missing.json'));
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain('missing.json: ENOENT');
      expect(missing.stderr).not.toMatch(/\n\s+at /);
      // Not results files: one line naming the file, and none of the files given is written.
      const good = path.join(dir, 'good.json');
      writeFileSync(good, text);
      for (const [name, body, why] of [
        ['null.json', 'null', 'it has no generatedAt'],
        ['empty.json', '{}', 'it has no generatedAt'],
        ['shape.json', '{"generatedAt":"2026-01-01"}', 'Cannot read properties of undefined'],
      ]) {
        const bad = path.join(dir, name);
        writeFileSync(bad, body);
        const r = report(good, bad);
        expect(r.status).toBe(1);
        expect(r.stderr).toContain(`${name}: not a results file of npm run bench: ${why}`);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(existsSync(path.join(dir, 'good.md'))).toBe(false);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('walk stages and the slowest walks', () => {
  const expand = withSlots('chains/expand', stepDirections(false, ['SUPPLY']));
  const start = withSlots('chains/start', { label: 'Company', metalLabel: 'Metal', ...stepDirections(true, EXPOSURE_KINDS) });

  it('cuts a level statement before each stage, closing every subquery left open', () => {
    for (const [query, open] of [
      [expand, 1],
      [start, 2],
    ] as const)
      for (const { before } of LEVEL_STAGES) {
        const cut = cutLevel(query, before);
        expect(cut.startsWith(query.slice(0, query.indexOf(before)))).toBe(true);
        expect(cut.match(/\{/g)!.length).toBe(cut.match(/\}/g)!.length);
        expect(cut.split('RETURN sum(rows) AS rows').length - 1).toBe(open);
        expect(cut.endsWith('RETURN sum(rows) AS rows')).toBe(true);
      }
  });

  it('refuses a statement without the stage, or with it twice', () => {
    expect(() => cutLevel('MATCH (n) RETURN n', LEVEL_STAGES[0].before)).toThrow(/has no line "WITH r, b, t, rule"/);
    expect(() => cutLevel(expand + expand, LEVEL_STAGES[1].before)).toThrow(/has more than one line/);
  });

  const step = (name: string, ms: number, neo4jMs: number, frontier?: number, edges?: number): TailStep => ({
    name,
    ms,
    neo4jMs,
    frontier,
    edges,
    query: name,
    params: {},
  });
  const op = (index: number, steps: TailStep[]): TailOperation => ({ index, ms: steps.reduce((t, s) => t + s.ms, 0) + 1, steps });
  const ops = Array.from({ length: 20 }, (_, i) =>
    op(i, [step('chains/start', 5, 2), step('chains/expand', 10 * (i + 1), 8 * (i + 1), i + 1, 3 * i), step('chains/details', 4, 1)]),
  );

  it('takes the slowest and the fastest tenth, their share in Neo4j, and the costliest level', () => {
    const { slowest, fastest } = tenths(ops);
    expect(slowest.map((o) => o.index)).toEqual([19, 18]);
    expect(fastest.map((o) => o.index)).toEqual([0, 1]);
    // Operation 19: 5 + 200 + 4 + 1 = 210 ms, 2 + 160 + 1 = 163 in Neo4j; operation 18: 200 ms, 155.
    expect(neo4jShare(slowest)).toBeCloseTo((163 + 155) / (210 + 200), 10);
    expect(neo4jShare([])).toBeUndefined();
    expect(costliestLevel(ops)).toBe(ops[19].steps[1]);
    expect(costliestLevel([op(0, [step('chains/details', 50, 40)])])).toBeUndefined();
    expect(tenths([ops[3]])).toEqual({ slowest: [ops[3]], fastest: [ops[3]] });
  });

  it("sums Neo4j's own time of the level statements per operation, leaving details out, and takes p50 and p95", () => {
    // Operation i: start 2 + expand 8 (i + 1); details (1 ms) is not a level.
    const { perOperation, p50, p95 } = levelNeo4jMs(ops);
    expect(perOperation).toEqual(ops.map((_, i) => 2 + 8 * (i + 1)));
    // Nearest rank of 20: p50 the 10th (i = 9), p95 the 19th (i = 18).
    expect(p50).toBe(82);
    expect(p95).toBe(154);
    expect(levelNeo4jMs([])).toEqual({ perOperation: [] });
    expect(levelNeo4jMs([op(0, [step('chains/details', 50, 40)])]).p95).toBe(0);
    // An invariant over any order: the quantiles do not depend on the order of the operations.
    const shuffled = [...ops].reverse();
    expect(levelNeo4jMs(shuffled).p50).toBe(82);
    expect(levelNeo4jMs(shuffled).p95).toBe(154);
  });

  it('renders the slowest operations with each statement, and the stages with their times or the failure', () => {
    const md = renderTail(
      ops,
      [
        { stage: 'a', ms: 3 },
        { stage: 'b', error: 'boom | bang' },
        { stage: 'whole statement', ms: 9 },
      ],
      ops[19].steps[1],
      2,
    ).join('\n');
    expect(md).toContain('Each of 20 operations traced');
    expect(md).toContain('Slowest tenth (2): 200–210 ms, 78 % of it');
    expect(md).toContain('level statements alone (chains/start and chains/expand, summed per operation): p50 82 ms, p95 154 ms.');
    expect(md).toContain('| 19 | 210 | 163 | start 5 / 2 · expand [20 → 57] 200 / 160 · details 4 / 1 |');
    expect(md).not.toContain('| 17 |');
    expect(md).toContain('(chains/expand, 20 frontier nodes, 57 edges kept)');
    expect(md).toContain('| a | b | whole statement |');
    expect(md).toContain('| 3 | failed: boom / bang | 9 |');
  });
});

describe('a mistake on a benchmark command line', () => {
  const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  /** The folders under .neo4j/ that the benchmark process `pid` made and left. */
  const foldersOf = (pid: number | undefined) => {
    const neo4jDir = path.join(here, '.neo4j');
    return existsSync(neo4jDir) ? readdirSync(neo4jDir).filter((d) => d.endsWith(`-${pid}`)) : [];
  };
  // Each command, one option it refuses of each kind (unknown, a value it does not admit, an empty
  // folder), and the line that must name it. bench:load takes its settings from the environment.
  const cases: Array<{ script: string; command: string; args: string[]; says: RegExp }> = [
    { script: 'bench/run.ts', command: 'bench', args: ['--bogus'], says: /Unknown option '--bogus'/ },
    { script: 'bench/run.ts', command: 'bench', args: ['--scale', '0'], says: /--scale expects a positive number, got 0/ },
    { script: 'bench/run.ts', command: 'bench', args: ['--out', ''], says: /--out expects a folder/ },
    { script: 'bench/walk.ts', command: 'bench:walk', args: ['--count', '1.5'], says: /--count expects a whole number of at least 1, got 1\.5/ },
    { script: 'bench/walk.ts', command: 'bench:walk', args: ['--dir', ''], says: /--dir expects a folder/ },
    { script: 'bench/walk.ts', command: 'bench:walk', args: ['stray'], says: /Unexpected argument 'stray'/ },
    { script: 'bench/load.ts', command: 'bench:load', args: ['--scale', '10'], says: /Unknown option '--scale'/ },
    { script: 'bench/feeds-memory.ts', command: 'bench:feeds', args: ['--rows', '3'], says: /--rows must be an even whole number ≥ 2 \(got 3\)/ },
    { script: 'bench/feeds-memory.ts', command: 'bench:feeds', args: ['--throttle', 'fast'], says: /--throttle expects a positive number, got fast/ },
    { script: 'bench/feeds-memory.ts', command: 'bench:feeds', args: ['--rows', '1_000'], says: /--rows expects a whole number of at least 1, got 1_000/ },
    // A negative value, which node would call ambiguous (in three lines).
    { script: 'bench/run.ts', command: 'bench', args: ['--scale', '-1'], says: /--scale admits no negative number, got -1$/ },
    { script: 'bench/walk.ts', command: 'bench:walk', args: ['--seed', '-3'], says: /--seed admits no negative number, got -3$/ },
    { script: 'bench/feeds-memory.ts', command: 'bench:feeds', args: ['--rows', '-.5'], says: /--rows admits no negative number, got -\.5$/ },
    // An empty value or one with spaces, quoted.
    { script: 'bench/run.ts', command: 'bench', args: ['--concurrency', ' 5'], says: /--concurrency expects a whole number of at least 1, got " 5"$/ },
    { script: 'bench/walk.ts', command: 'bench:walk', args: ['--scale='], says: /--scale expects a positive number, got ""$/ },
    // A folder that cannot be made or written: before anything starts, not after the run.
    { script: 'bench/run.ts', command: 'bench', args: ['--out', '/proc/bench-results'], says: /--out \/proc\/bench-results cannot be written: ENOENT/ },
    { script: 'bench/walk.ts', command: 'bench:walk', args: ['--dir', '/proc/bench-walk/x'], says: /--dir \/proc\/bench-walk\/x cannot be written: ENOENT/ },
    // Too large to run on one machine, or not a number at all once read.
    { script: 'bench/run.ts', command: 'bench', args: ['--tx-timeout-seconds', '9'.repeat(400)], says: /--tx-timeout-seconds admits at most 86400/ },
    { script: 'bench/walk.ts', command: 'bench:walk', args: ['--heap-mb', '99999999'], says: /--heap-mb admits at most \d+ \(MiB\), got 99999999/ },
    { script: 'bench/feeds-memory.ts', command: 'bench:feeds', args: ['--throttle-mb', '1e400'], says: /--throttle-mb expects a positive number, got 1e400/ },
    // Given twice: the earlier value would otherwise be dropped unseen.
    { script: 'bench/run.ts', command: 'bench', args: ['--scale', 'x', '--scale', '1'], says: /--scale given more than once/ },
    { script: 'bench/feeds-memory.ts', command: 'bench:feeds', args: ['--rows=3', '--rows=4'], says: /--rows given more than once/ },
    // A folder option naming a file, itself or above it.
    { script: 'bench/run.ts', command: 'bench', args: ['--out', 'package.json'], says: /--out expects a folder, but package\.json is a file/ },
    { script: 'bench/walk.ts', command: 'bench:walk', args: ['--dir', 'package.json/x'], says: /--dir expects a folder, but .*package\.json is a file/ },
    { script: 'bench/scaling.ts', command: 'bench:scaling', args: ['--dir', 'README.md'], says: /--dir expects a folder, but README\.md is a file/ },
    {
      script: 'bench/scaling.ts',
      command: 'bench:scaling',
      args: ['--dir', 'src'],
      says: /need at least two of sf1\.json, sf10\.json, sf100\.json in .*src; found none/,
    },
  ];

  it.each(cases)('$command $args: one line naming it, exit status 2, no database started', ({ script, command, args, says }) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: here, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`${command}: `)).toBe(true);
    expect(lines[0]).toMatch(says);
    expect(r.stdout).toBe('');
    expect(foldersOf(r.pid)).toEqual([]);
  });

  it.each([
    ['bench/run.ts', 'npm run bench --', '--tx-timeout-seconds'],
    ['bench/walk.ts', 'npm run bench:walk --', '--dir'],
    ['bench/feeds-memory.ts', 'npm run bench:feeds --', '--throttle-mb'],
    ['bench/scaling.ts', 'npm run bench:scaling --', '--dir'],
    ['bench/load.ts', '[BENCH_DURATION_S=60]', 'BENCH_CONNECTIONS'],
  ])('%s --help: the usage on stdout, exit status 0, nothing started', (script, usage, option) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', script, '--help'], { cwd: here, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith(`usage: ${usage}`)).toBe(true);
    expect(r.stdout.endsWith('see docs/benchmarks.md.\n')).toBe(true);
    expect(r.stdout).toContain(option);
    expect(foldersOf(r.pid)).toEqual([]);
  });

  it('bench:feeds without --expose-gc: told before Neo4j starts', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/feeds-memory.ts', '--rows', '120000'], { cwd: here, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('bench:feeds: run with node --expose-gc (npm run bench:feeds does)');
    expect(foldersOf(r.pid)).toEqual([]);
  });

  // Neo4j cannot start without java on the PATH (node itself is run by its full path).
  it.each([
    ['bench/run.ts', ['--scale', '0.02', '--no-peer', '--no-cached']],
    ['bench/walk.ts', ['--scale', '0.02']],
    ['bench/load.ts', []],
    ['bench/feeds-memory.ts', ['--rows', '120000']],
  ])('%s: a Neo4j that fails to start leaves no folder behind', (script, args) => {
    const node = script.includes('feeds') ? ['--expose-gc'] : [];
    const r = spawnSync(process.execPath, [...node, '--import', 'tsx', script, ...args], {
      cwd: here,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, PATH: path.join(here, 'no-such-bin') },
    });
    expect(r.status).toBe(1);
    // One line a user can act on, no stack (Maven when the local Neo4j is not built yet, else java).
    const lines = r.stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^bench(:\w+)?: (java|mvn) is not installed or not on PATH; the local Neo4j needs Java 17/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(foldersOf(r.pid)).toEqual([]);
  });
});
