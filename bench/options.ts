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
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type ParseArgsConfig, parseArgs as parseCommandLine } from 'node:util';

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

/** This machine's memory in MiB: the most a Neo4j heap or page cache may be given. */
export const MACHINE_MIB = Math.floor(os.totalmem() / 1024 ** 2);

/**
 * What a numeric option admits: `positive` a decimal number above 0 (the scale may be a
 * fraction, as the ingest warm-up's SF0.2 is), `count` a whole number of at least 1, `seed` a
 * whole number of at least 0, `mib` a whole number of MiB of at least 128 (a Neo4j heap or page
 * cache). Written in plain decimal digits: no sign, exponent, hexadecimal or separators.
 */
export type OptionKind = 'positive' | 'count' | 'seed' | 'mib';

/** A numeric option: its kind, the most it admits (a bound that keeps a run finite on one machine) and, for some, the least. */
export interface NumericOption {
  kind: OptionKind;
  max: number;
  /** The least it admits beyond what its kind does (the scale: the smallest graph holding a sample for every query). */
  min?: number;
}

/**
 * The smallest scale factor whose generated graph holds what every benchmark query samples (two
 * companies for a path, a buyer, a producing country, a measure); below it a run would end
 * after its ingest with nothing to ask.
 */
export const MIN_SCALE = 0.02;

/** The numeric options of `bench`, the table `numericOption` checks them by; `bench:walk` shares its entries. */
export const NUMERIC = {
  scale: { kind: 'positive', max: 1000, min: MIN_SCALE },
  seed: { kind: 'seed', max: 2 ** 31 - 1 },
  'ingest-reps': { kind: 'count', max: 100 },
  concurrency: { kind: 'count', max: 256 },
  'count-factor': { kind: 'positive', max: 1000 },
  'max-seconds': { kind: 'positive', max: 86_400 },
  'tx-timeout-seconds': { kind: 'positive', max: 86_400 },
  'heap-mb': { kind: 'mib', max: MACHINE_MIB },
  'pagecache-mb': { kind: 'mib', max: MACHINE_MIB },
} as const satisfies Record<string, NumericOption>;

/** A mistake on a benchmark's command line: told in one line with exit status 2, before anything starts. */
export class UsageError extends Error {}

/** `--help` was asked for: `message` is the command's usage, printed on stdout with exit status 0. */
export class HelpRequested extends Error {}

/** True for an error of the command line: node's `util.parseArgs` (codes ERR_PARSE_ARGS_*) or a UsageError. */
export const isUsageError = (e: unknown): boolean => e instanceof UsageError || /^ERR_PARSE_ARGS_/.test(String((e as { code?: unknown })?.code));

/** A usage error's message on one line (node's `parseArgs` spreads some over three). */
export const usageLine = (command: string, e: unknown): string => `${command}: ${String((e as Error)?.message ?? e).replace(/\s*\n\s*/g, ' ')}`;

/** A value as a message quotes it: in double quotes when it is empty or has spaces at an end, else as given. */
export const shownValue = (raw: string): string => (raw === '' || raw !== raw.trim() ? JSON.stringify(raw) : raw);

/**
 * The value of numeric option `--name` given as `raw`, checked against `kind` and `max`
 * (inclusive; no bound when omitted). Throws a UsageError naming the option, what it admits and
 * the value given. `label` replaces `--name` in the message (an environment variable's name).
 */
export function optionValue(name: string, raw: string, kind: OptionKind, max = Number.MAX_SAFE_INTEGER, label = `--${name}`, min?: number): number {
  const x = Number(raw);
  const tooLarge = () => new UsageError(`${label} admits at most ${max}${kind === 'mib' ? ' (MiB)' : ''}, got ${shownValue(raw)}`);
  if (kind === 'positive') {
    if (!/^\d+(\.\d+)?$/.test(raw) || !(x > 0)) throw new UsageError(`${label} expects a positive number, got ${shownValue(raw)}`);
    if (!(x <= max)) throw tooLarge();
    if (min !== undefined && !(x >= min)) throw new UsageError(`${label} admits at least ${min}, got ${shownValue(raw)}`);
    return x;
  }
  const least = { count: 1, seed: 0, mib: 128 }[kind];
  if (!/^\d+$/.test(raw) || x < least)
    throw new UsageError(`${label} expects a whole number of at least ${least}${kind === 'mib' ? ' (MiB)' : ''}, got ${shownValue(raw)}`);
  if (!Number.isSafeInteger(x) || x > max) throw tooLarge();
  return x;
}

/**
 * Numeric option `--name` of `values` (as `commandLine` returns them): `fallback` when it is not
 * given, else its value checked by `spec` (`optionValue`). Throws a UsageError.
 */
export function numericOption(values: Record<string, string | boolean | undefined>, name: string, fallback: number, spec: NumericOption): number {
  const v = values[name];
  return v === undefined ? fallback : optionValue(name, String(v), spec.kind, spec.max, `--${name}`, 'min' in spec ? spec.min : undefined);
}

/**
 * A folder option's value resolved to an absolute path. Throws a UsageError when it is empty, or
 * when it or the nearest of its parents that exists is not a folder (a file there would only
 * fail later, after Neo4j started or the whole run was measured).
 */
export function folderOption(name: string, raw: string): string {
  if (raw === '') throw new UsageError(`--${name} expects a folder`);
  const full = path.resolve(raw);
  for (let p = full; ; p = path.dirname(p)) {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p, { throwIfNoEntry: false });
    } catch (e) {
      // A file stands above p: the walk up reaches it.
      if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') continue;
      throw e;
    }
    if (st) {
      if (!st.isDirectory()) throw new UsageError(`--${name} expects a folder, but ${p === full ? raw : p} is a file`);
      return full;
    }
    if (path.dirname(p) === p) return full;
  }
}

/**
 * Makes folder `dir` (absolute) if it is missing, one level at a time, and checks that a file can
 * be written in it, before a run starts; returns `dir`. Throws a UsageError naming option
 * `--name` when that fails (a read-only place, /proc), rather than after the whole run. Folders
 * it made stay. (Node's recursive mkdir never returns for a path under /proc, so this does not
 * use it.)
 */
export function writableFolder(name: string, dir: string): string {
  const missing: string[] = [];
  for (let p = dir; !existsSync(p); p = path.dirname(p)) missing.unshift(p);
  const probe = path.join(dir, `.write-check-${process.pid}`);
  try {
    for (const p of missing) mkdirSync(p);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (e) {
    throw new UsageError(`--${name} ${dir} cannot be written: ${(e as Error).message}`);
  }
  return dir;
}

/**
 * Reads a benchmark command's arguments with node's `util.parseArgs` (strict: an unknown option
 * or a positional argument is refused) and returns the option values. Also refuses an option
 * given twice (node keeps the last and would drop an earlier mistake unseen) and a negative
 * number (which node would call ambiguous). `--help` throws
 * HelpRequested carrying `usage`. Throws node's ERR_PARSE_ARGS_* errors or a UsageError.
 */
export function commandLine(argv: string[], options: NonNullable<ParseArgsConfig['options']>, usage: string): Record<string, string | boolean | undefined> {
  // `--scale -1`: node takes "-1" for an option and calls the value ambiguous; say what it is.
  argv.forEach((arg, i) => {
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (name && options[name]?.type === 'string' && /^-[\d.]/.test(argv[i + 1] ?? ''))
      throw new UsageError(`--${name} admits no negative number, got ${argv[i + 1]}`);
  });
  const { values, tokens } = parseCommandLine({
    args: argv,
    strict: true,
    allowPositionals: false,
    tokens: true,
    options: { ...options, help: { type: 'boolean' } },
  });
  if (values.help) throw new HelpRequested(usage);
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    if (seen.has(t.name)) throw new UsageError(`--${t.name} given more than once`);
    seen.add(t.name);
  }
  return values as Record<string, string | boolean | undefined>;
}

const RUN_USAGE = `usage: npm run bench -- [options]
  --scale N               scale factor of the generated graph (default 1; SF1 about 10 k nodes), 0.02 to 1000
  --seed N                generator seed (default 42)
  --ingest-reps N         repetitions of the ingest comparison (default 3, 1 from SF10)
  --concurrency N         clients of the throughput runs (default 4)
  --count-factor X        multiplies every query's sample count (default 1)
  --max-seconds X         time cap per query, path and concurrency level (default 30, 20 from SF100)
  --tx-timeout-seconds X  transaction timeout of every measured operation (default 10)
  --heap-mb N             Neo4j heap in MiB (default by scale: 2048, 3072 from SF10, 6144 from SF100)
  --pagecache-mb N        Neo4j page cache in MiB (default by scale: 1024, 2048, 4096)
  --out DIR               folder of sf<scale>.json and .md (default bench/results)
  --no-peer               skip the @neo4j/graphql peer
  --no-cached             skip the service with its response cache on
  --keep                  keep the throwaway Neo4j folder under .neo4j/
  --ingest-only           only the ingest comparison, printed as JSON on stdout
  --help                  this text
Writes sf<scale>.json and .md into --out; see docs/benchmarks.md.`;

/**
 * Parses `process.argv`-style arguments into options (defaults as documented in
 * docs/benchmarks.md) with node's `util.parseArgs`. Throws on an unknown option, a missing
 * value, or a value its option does not admit (`optionValue`).
 */
export function parseArgs(argv: string[]): RunOptions {
  const values = commandLine(
    argv,
    {
      ...Object.fromEntries(Object.keys(NUMERIC).map((name) => [name, { type: 'string' as const }])),
      out: { type: 'string' },
      'no-peer': { type: 'boolean' },
      'no-cached': { type: 'boolean' },
      keep: { type: 'boolean' },
      'ingest-only': { type: 'boolean' },
    },
    RUN_USAGE,
  );
  const numArg = (name: keyof typeof NUMERIC, fallback: number) => numericOption(values, name, fallback, NUMERIC[name]);
  const scale = numArg('scale', 1);
  const memory = neo4jMemoryFor(scale);
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
    peer: values['no-peer'] !== true,
    cached: values['no-cached'] !== true,
    keep: values.keep === true,
    ingestOnly: values['ingest-only'] === true,
    out: typeof values.out === 'string' ? folderOption('out', values.out) : undefined,
  };
}
