import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, forceExitMs, loadConfig } from '../../src/config.js';
import { MAX_TIMER_MS } from '../../src/timers.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(4000);
    expect(c.HOST).toBe('127.0.0.1');
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.NEO4J_DATABASE).toBe('neo4j');
    expect(c.LOAD_ON_START).toBe(true);
  });

  it('accepts routing and direct URIs', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abcd.databases.neo4j.io' }).NEO4J_URI).toBe('neo4j+s://abcd.databases.neo4j.io');
    expect(loadConfig({ NEO4J_URI: 'bolt://db:7687' }).NEO4J_URI).toBe('bolt://db:7687');
  });

  it('names every invalid variable and what was expected', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', LOAD_ON_START: 'maybe' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/PORT: expected a TCP port number/);
    expect(msg).toMatch(/NEO4J_URI: expected a bolt:\/\/ or neo4j:\/\/ URI/);
    expect(msg).toMatch(/LOAD_ON_START: expected true or false \(got "maybe"\)/);
  });

  it('reads every switch in any case and common spelling, and refuses anything else naming the variable (property)', () => {
    const SWITCHES = ['ERROR_DETAILS', 'LOAD_ON_START', 'READ_REQUIRES_KEY', 'RESPONSE_CACHE'] as const;
    const spelling = (words: string[]) =>
      fc
        .tuple(fc.constantFrom(...words), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }))
        .map(([w, up]) => Array.from(w, (ch, i) => (up[i] ? ch.toUpperCase() : ch)).join(''));
    fc.assert(
      fc.property(
        fc.constantFrom(...SWITCHES),
        fc
          .boolean()
          .chain((on) => spelling(on ? ['true', '1', 'yes', 'on', 'y', 'enabled'] : ['false', '0', 'no', 'off', 'n', 'disabled']).map((w) => [on, w] as const)),
        (name, [on, text]) => {
          expect(loadConfig({ [name]: text })[name]).toBe(on);
        },
      ),
    );
    // The spellings of the example: TRUE was refused while yes and 1 were taken.
    expect(loadConfig({ RESPONSE_CACHE: 'TRUE' }).RESPONSE_CACHE).toBe(true);
    expect(loadConfig({ RESPONSE_CACHE: 'False' }).RESPONSE_CACHE).toBe(false);
    for (const text of ['maybe', ' true', '2', 'tru', 'nope']) {
      expect(problemsOf({ RESPONSE_CACHE: text })).toEqual([`RESPONSE_CACHE: expected true or false (got ${JSON.stringify(text)})`]);
    }
    // A value that looks like a switch but holds an invisible character says so, quoted with it escaped.
    expect(problemsOf({ RESPONSE_CACHE: 'true\u200B' })).toEqual([
      expect.stringMatching(/^RESPONSE_CACHE: must not hold an invisible format character \(found U\+200B at character 5\);.* \(got "true\\u200B"\)$/),
    ]);
    expect(problemsOf({ LOAD_ON_START: '\u202Efalse' })).toEqual([expect.stringMatching(/^LOAD_ON_START: .*U\+202E at character 1.*\(got "\\u202Efalse"\)$/)]);
  });

  it('reads a number only from decimal digits, and any setting but a secret only from visible one-line text (property)', () => {
    // The examples: each was read as the number or text it looks like.
    expect(problemsOf({ PORT: '\uFEFF4200' })).toEqual([
      expect.stringMatching(/^PORT: must not hold an invisible format character \(found U\+FEFF at character 1\)/),
    ]);
    expect(problemsOf({ PORT: '4200\u00A0' })).toEqual(['PORT: expected a TCP port number (got "4200\u00A0")']);
    expect(problemsOf({ GRAPHQL_MAX_TOKENS: '0x1388' })).toEqual(['GRAPHQL_MAX_TOKENS: expected a positive whole number (got "0x1388")']);
    expect(problemsOf({ HOST: '127.0.0.1\u200B' })).toEqual([
      expect.stringMatching(/^HOST: must not hold .*U\+200B at character 10.*\(got "127\.0\.0\.1\\u200B"\)$/),
    ]);
    // A password may hold any character.
    expect(loadConfig({ NEO4J_PASSWORD: 'pa\u200Bss' }).NEO4J_PASSWORD).toBe('pa\u200Bss');
    const NUMBERS = ['PORT', 'LOCAL_NEO4J_PORT', 'GRAPHQL_MAX_TOKENS', 'GRAPHQL_HEAVY_MAX_WAITING', 'NEO4J_TX_TIMEOUT_MS', 'RESPONSE_CACHE_MAX_MB'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...NUMBERS), fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), (name, text) => {
        fc.pre(!/^[0-9]+$/.test(text));
        expect(problemsOf({ [name]: text }).filter((p) => p.startsWith(`${name}: `))).toHaveLength(1);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 65535 }), (n) => {
        expect(loadConfig({ PORT: String(n), LOCAL_NEO4J_PORT: String(n) }).PORT).toBe(n);
      }),
    );
  });

  it('refuses an out-of-range port', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });
});

/** Each check between two settings: `small` below `large` (or at most `large` when `equal`), with their defaults. */
const PAIRS = [
  { small: 'HTTP_KEEP_ALIVE_TIMEOUT_MS', large: 'HTTP_HEADERS_TIMEOUT_MS', equal: false, defaults: [65_000, 66_000] },
  { small: 'HTTP_HEADERS_TIMEOUT_MS', large: 'HTTP_REQUEST_TIMEOUT_MS', equal: true, defaults: [66_000, 300_000] },
  { small: 'SHUTDOWN_GRACE_MS', large: 'SHUTDOWN_FORCE_MS', equal: false, defaults: [10_000, undefined] },
] as const;

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
};

/** Every setting that is a wait in ms, which Node's timers (or the driver's) take. */
const WAITS = [
  'NEO4J_TX_TIMEOUT_MS',
  'GRAPHQL_HEAVY_MAX_WAIT_MS',
  'EXTRACT_MAX_WAIT_MS',
  'SHUTDOWN_GRACE_MS',
  'SHUTDOWN_FORCE_MS',
  'HTTP_KEEP_ALIVE_TIMEOUT_MS',
  'HTTP_HEADERS_TIMEOUT_MS',
  'HTTP_REQUEST_TIMEOUT_MS',
] as const;

describe('waits in ms', () => {
  it('are every …_MS setting', () => {
    const names = Object.keys(loadConfig({})).filter((k) => k.endsWith('_MS'));
    // SHUTDOWN_FORCE_MS has no default, so it is not among the loaded keys.
    expect([...names, 'SHUTDOWN_FORCE_MS'].sort()).toEqual([...WAITS].sort());
  });

  it("refuse a wait longer than Node's timers take (which would fire after 1 ms), naming it, and take the longest they do", () => {
    expect(() => loadConfig({ SHUTDOWN_FORCE_MS: '3000000000' })).toThrow(
      `SHUTDOWN_FORCE_MS: expected at most ${MAX_TIMER_MS} ms (about 24.8 days), the longest wait Node's timers take`,
    );
    expect(loadConfig({ GRAPHQL_HEAVY_MAX_WAIT_MS: String(MAX_TIMER_MS) }).GRAPHQL_HEAVY_MAX_WAIT_MS).toBe(MAX_TIMER_MS);
    // Unset, the forced exit is the grace plus 35 s, and never beyond what a timer takes.
    expect(forceExitMs(loadConfig({ SHUTDOWN_GRACE_MS: String(MAX_TIMER_MS - 1) }))).toBe(MAX_TIMER_MS);
    expect(forceExitMs(loadConfig({}))).toBe(45_000);
  });

  it('over every wait and any whole number: refused exactly above the bound (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WAITS), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (name, ms) => {
        const own = problemsOf({ [name]: String(ms) }).filter((p) => p.startsWith(`${name}: expected at most`));
        expect(own).toHaveLength(ms > MAX_TIMER_MS ? 1 : 0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('settings checked against each other', () => {
  it('names the values in effect, defaults included, and which to change (a keep-alive set alone)', () => {
    expect(problemsOf({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '70000' })).toEqual([
      'HTTP_HEADERS_TIMEOUT_MS: HTTP_HEADERS_TIMEOUT_MS must be larger than HTTP_KEEP_ALIVE_TIMEOUT_MS, but HTTP_HEADERS_TIMEOUT_MS=66000 (default) and HTTP_KEEP_ALIVE_TIMEOUT_MS=70000 (set) are in effect: set HTTP_HEADERS_TIMEOUT_MS to 70001 or more, or set HTTP_KEEP_ALIVE_TIMEOUT_MS to 65999 or less',
    ]);
  });

  it('words each check exactly, the variable left at its default first', () => {
    expect(problemsOf({ HTTP_HEADERS_TIMEOUT_MS: '60000' })).toEqual([
      'HTTP_KEEP_ALIVE_TIMEOUT_MS: HTTP_HEADERS_TIMEOUT_MS must be larger than HTTP_KEEP_ALIVE_TIMEOUT_MS, but HTTP_HEADERS_TIMEOUT_MS=60000 (set) and HTTP_KEEP_ALIVE_TIMEOUT_MS=65000 (default) are in effect: set HTTP_KEEP_ALIVE_TIMEOUT_MS to 59999 or less, or set HTTP_HEADERS_TIMEOUT_MS to 65001 or more',
    ]);
    expect(problemsOf({ HTTP_REQUEST_TIMEOUT_MS: '1000' })).toEqual([
      'HTTP_HEADERS_TIMEOUT_MS: HTTP_REQUEST_TIMEOUT_MS must be at least HTTP_HEADERS_TIMEOUT_MS, but HTTP_REQUEST_TIMEOUT_MS=1000 (set) and HTTP_HEADERS_TIMEOUT_MS=66000 (default) are in effect: set HTTP_HEADERS_TIMEOUT_MS to 1000 or less, or set HTTP_REQUEST_TIMEOUT_MS to 66000 or more',
    ]);
    expect(problemsOf({ HTTP_HEADERS_TIMEOUT_MS: '400000' })).toEqual([
      'HTTP_REQUEST_TIMEOUT_MS: HTTP_REQUEST_TIMEOUT_MS must be at least HTTP_HEADERS_TIMEOUT_MS, but HTTP_REQUEST_TIMEOUT_MS=300000 (default) and HTTP_HEADERS_TIMEOUT_MS=400000 (set) are in effect: set HTTP_REQUEST_TIMEOUT_MS to 400000 or more, or set HTTP_HEADERS_TIMEOUT_MS to 300000 or less',
    ]);
    expect(problemsOf({ SHUTDOWN_FORCE_MS: '5000' })).toEqual([
      'SHUTDOWN_GRACE_MS: SHUTDOWN_FORCE_MS must be larger than SHUTDOWN_GRACE_MS, but SHUTDOWN_FORCE_MS=5000 (set) and SHUTDOWN_GRACE_MS=10000 (default) are in effect: set SHUTDOWN_GRACE_MS to 4999 or less, or set SHUTDOWN_FORCE_MS to 10001 or more',
    ]);
    // Both set: the larger one first; no suggestion of a value below 1.
    expect(problemsOf({ SHUTDOWN_GRACE_MS: '60000', SHUTDOWN_FORCE_MS: '60000' })).toEqual([
      'SHUTDOWN_FORCE_MS: SHUTDOWN_FORCE_MS must be larger than SHUTDOWN_GRACE_MS, but SHUTDOWN_FORCE_MS=60000 (set) and SHUTDOWN_GRACE_MS=60000 (set) are in effect: set SHUTDOWN_FORCE_MS to 60001 or more, or set SHUTDOWN_GRACE_MS to 59999 or less',
    ]);
    expect(problemsOf({ HTTP_HEADERS_TIMEOUT_MS: '1' })).toEqual([
      'HTTP_HEADERS_TIMEOUT_MS: HTTP_HEADERS_TIMEOUT_MS must be larger than HTTP_KEEP_ALIVE_TIMEOUT_MS, but HTTP_HEADERS_TIMEOUT_MS=1 (set) and HTTP_KEEP_ALIVE_TIMEOUT_MS=65000 (default) are in effect: set HTTP_HEADERS_TIMEOUT_MS to 65001 or more',
    ]);
  });

  it('reports a contradiction beside the other variables’ own problems, and not when one of its two is invalid itself', () => {
    expect(problemsOf({ PORT: 'eighty', HTTP_REQUEST_TIMEOUT_MS: '1000' })).toEqual([
      'PORT: expected a TCP port number (got "eighty")',
      expect.stringMatching(
        /^HTTP_HEADERS_TIMEOUT_MS: HTTP_REQUEST_TIMEOUT_MS must be at least HTTP_HEADERS_TIMEOUT_MS, but HTTP_REQUEST_TIMEOUT_MS=1000 \(set\)/,
      ),
    ]);
    expect(problemsOf({ HTTP_KEEP_ALIVE_TIMEOUT_MS: 'soon', HTTP_HEADERS_TIMEOUT_MS: '1' })).toEqual([
      'HTTP_KEEP_ALIVE_TIMEOUT_MS: expected a positive whole number (got "soon")',
    ]);
  });

  it('over any values set or left to default: refuses exactly the contradictions, names both values in effect, and its first advice resolves it', () => {
    const value = fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: undefined });
    fc.assert(
      fc.property(fc.constantFrom(...PAIRS), value, value, (pair, small, large) => {
        const env: Record<string, string> = {};
        if (small !== undefined) env[pair.small] = String(small);
        if (large !== undefined) env[pair.large] = String(large);
        // The other checks mostly hold whatever this pair's values (their other variable is set out of the way).
        if (pair.small === 'HTTP_KEEP_ALIVE_TIMEOUT_MS') env.HTTP_REQUEST_TIMEOUT_MS = '2000000';
        if (pair.large === 'HTTP_REQUEST_TIMEOUT_MS') env.HTTP_KEEP_ALIVE_TIMEOUT_MS = '1';
        const a = small ?? pair.defaults[0];
        const b = large ?? pair.defaults[1];
        const holds = b === undefined || (pair.equal ? a <= b : a < b);
        const ofPair = (e: Record<string, string>) => problemsOf(e).filter((p) => p.includes(`${pair.large} must be`));
        const problems = ofPair(env);
        if (holds) return problems.length === 0;
        expect(problems).toHaveLength(1);
        const [line] = problems;
        expect(line).not.toMatch(/undefined|got/);
        expect(line).toContain(`${pair.large}=${b} (${large === undefined ? 'default' : 'set'})`);
        expect(line).toContain(`${pair.small}=${a} (${small === undefined ? 'default' : 'set'})`);
        const advice = /: set (\w+) to (\d+) or (more|less)/.exec(line);
        expect(advice).not.toBeNull();
        const [, name, to] = advice as RegExpExecArray;
        // The line opens with the variable its first advice changes, which is one left at its default when the other was set.
        expect(line.startsWith(`${name}: `)).toBe(true);
        const unset = small === undefined ? pair.small : pair.large;
        const cannotLower = unset === pair.small && (pair.equal ? b : b - 1) < 1;
        if ((small === undefined) !== (large === undefined) && !cannotLower) expect(name).toBe(unset);
        // It resolves this check (another may then name its own pair: a chain of three is fixed one pair at a time).
        return ofPair({ ...env, [name]: to }).length === 0;
      }),
      { numRuns: 500 },
    );
  });
});
