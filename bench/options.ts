/**
 * The command line of `npm run bench` and its defaults per scale factor (pure: no database).
 *
 * Neo4j is sized for the scale: SF1 heap 2048 MiB / page cache 1024 MiB, SF10 3072 / 2048,
 * SF100 6144 / 4096 (the store grows about linearly, 31 MiB on disk at SF1 and about 2 GiB at
 * SF100, which fits the page cache whole; the heap carries the loader's largest transaction, the
 * reference chunk of about 65 k relationships, and LOAD CSV's batches of 10 000 rows). The time cap per query, path and
 * concurrency level is 30 s below SF100 and 20 s from SF100, so that an SF100 run ends in
 * well under an hour on 2 cores.
 */
import { parseArgs as parseCommandLine } from 'node:util';

/** Command-line options of the benchmark run. */
export interface RunOptions {
  scale: number;
  seed: number;
  ingestReps: number;
  concurrency: number;
  countFactor: number;
  maxSeconds: number;
  txTimeoutSeconds: number;
  heapMb: number;
  pageCacheMb: number;
  peer: boolean;
  /** Measure the GraphQL queries again against a second service with RESPONSE_CACHE=true. */
  cached: boolean;
  keep: boolean;
  ingestOnly: boolean;
  /** Folder of the results files (`sf<scale>.json` and `.md`); default `bench/results`. */
  out: string | undefined;
}

/** Neo4j heap and page cache (MiB) by default at a scale factor. */
export function neo4jMemoryFor(scale: number): { heapMb: number; pageCacheMb: number } {
  if (scale >= 100) return { heapMb: 6144, pageCacheMb: 4096 };
  if (scale >= 10) return { heapMb: 3072, pageCacheMb: 2048 };
  return { heapMb: 2048, pageCacheMb: 1024 };
}

const NUMERIC = ['scale', 'seed', 'ingest-reps', 'concurrency', 'count-factor', 'max-seconds', 'tx-timeout-seconds', 'heap-mb', 'pagecache-mb'] as const;

/**
 * What a numeric option admits: `positive` a decimal number above 0 (the scale may be a
 * fraction, as the ingest warm-up's SF0.2 is), `count` a whole number of at least 1, `seed` a
 * whole number of at least 0, `mib` a whole number of MiB of at least 128 (a Neo4j heap or page
 * cache). Written in plain decimal digits: no sign, exponent or hexadecimal.
 */
export type OptionKind = 'positive' | 'count' | 'seed' | 'mib';

const KINDS: Record<(typeof NUMERIC)[number], OptionKind> = {
  scale: 'positive',
  seed: 'seed',
  'ingest-reps': 'count',
  concurrency: 'count',
  'count-factor': 'positive',
  'max-seconds': 'positive',
  'tx-timeout-seconds': 'positive',
  'heap-mb': 'mib',
  'pagecache-mb': 'mib',
};

/** A mistake on a benchmark's command line: told in one line with exit status 2, before anything starts. */
export class UsageError extends Error {}

/** True for an error of the command line: node's `util.parseArgs` (codes ERR_PARSE_ARGS_*) or a UsageError. */
export const isUsageError = (e: unknown): boolean => e instanceof UsageError || /^ERR_PARSE_ARGS_/.test(String((e as { code?: unknown })?.code));

/**
 * Runs `parse` (reading the command line) and returns what it returns. A usage error
 * (`isUsageError`) is printed as `<command>: <message>` on stderr, without a stack, and the
 * process exits with status 2; any other error is thrown on.
 */
export function commandLine<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (!isUsageError(e)) throw e;
    console.error(`${command}: ${(e as Error).message}`);
    process.exit(2);
  }
}

/**
 * The value of numeric option `--name` given as `raw`, checked against `kind`. Throws a
 * UsageError naming the option, what it admits and the value given.
 */
export function optionValue(name: string, raw: string, kind: OptionKind): number {
  const decimal = /^\d+(\.\d+)?$/.test(raw);
  const x = Number(raw);
  if (kind === 'positive') {
    if (!decimal || !(x > 0)) throw new UsageError(`--${name} expects a positive number, got ${raw}`);
    return x;
  }
  const least = { count: 1, seed: 0, mib: 128 }[kind];
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(x) || x < least)
    throw new UsageError(`--${name} expects a whole number of at least ${least}${kind === 'mib' ? ' (MiB)' : ''}, got ${raw}`);
  return x;
}

/**
 * Parses `process.argv`-style arguments into options (defaults as documented in
 * docs/benchmarks.md) with node's `util.parseArgs`. Throws on an unknown option, a missing
 * value, or a value its option does not admit (`optionValue`).
 */
export function parseArgs(argv: string[]): RunOptions {
  const { values } = parseCommandLine({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      ...Object.fromEntries(NUMERIC.map((name) => [name, { type: 'string' as const }])),
      out: { type: 'string' },
      'no-peer': { type: 'boolean', default: false },
      'no-cached': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'ingest-only': { type: 'boolean', default: false },
    },
  }) as { values: Record<string, string | boolean | undefined> };
  const numArg = (name: (typeof NUMERIC)[number], fallback: number) => {
    const v = values[name];
    return v === undefined ? fallback : optionValue(name, String(v), KINDS[name]);
  };
  const scale = numArg('scale', 1);
  const memory = neo4jMemoryFor(scale);
  const out = values.out;
  if (out === '') throw new UsageError('--out expects a folder');
  return {
    scale,
    seed: numArg('seed', 42),
    ingestReps: numArg('ingest-reps', scale >= 10 ? 1 : 3),
    concurrency: numArg('concurrency', 4),
    countFactor: numArg('count-factor', 1),
    maxSeconds: numArg('max-seconds', scale >= 100 ? 20 : 30),
    txTimeoutSeconds: numArg('tx-timeout-seconds', 10),
    heapMb: numArg('heap-mb', memory.heapMb),
    pageCacheMb: numArg('pagecache-mb', memory.pageCacheMb),
    peer: !values['no-peer'],
    cached: !values['no-cached'],
    keep: values.keep === true,
    ingestOnly: values['ingest-only'] === true,
    out: typeof out === 'string' ? out : undefined,
  };
}
