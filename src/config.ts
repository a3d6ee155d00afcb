/**
 * Configuration from environment variables (and an optional `.env` file), validated with zod.
 * `loadConfig()` throws a `ConfigError` whose message names each invalid variable and what was
 * expected; start-up prints it and exits with status 1.
 */

import { z } from 'zod';
import { textIssue } from './model/text.js';
import { visible } from './server/echo.js';
import { MAX_TIMER_MS } from './timers.js';

/** A switch: true, 1, yes, on, y, enabled or false, 0, no, off, n, disabled, in any case (zod's stringbool). */
const bool = z.stringbool({ error: 'expected true or false' });
/**
 * A whole number written in decimal digits only, read as a number: JavaScript's Number() would
 * also take a value with spaces, a byte order mark or a no-break space around it, `0x1388` or
 * `1e3`, so `PORT=<BOM>4200` started as 4200 while the variable read otherwise. `then` checks
 * the number.
 */
const digits = <T extends z.ZodType<number, number>>(message: string, then: T) =>
  z
    .string()
    .regex(/^[0-9]+$/, message)
    .transform(Number)
    .pipe(then);
const port = digits('expected a TCP port number', z.number().min(1, 'expected a TCP port number').max(65535, 'expected a TCP port number (1–65535)'));
const POSITIVE = 'expected a positive whole number';
const positiveInt = digits(POSITIVE, z.number().min(1, POSITIVE).max(Number.MAX_SAFE_INTEGER, POSITIVE));
/** A wait in ms that Node's timers honour (a longer one would fire after 1 ms: src/timers.ts). */
const durationMs = digits(
  POSITIVE,
  z.number().min(1, POSITIVE).max(MAX_TIMER_MS, `expected at most ${MAX_TIMER_MS} ms (about 24.8 days), the longest wait Node's timers take`),
);
const countInt = digits('expected a whole number, 0 or more', z.number().max(Number.MAX_SAFE_INTEGER, 'expected a whole number, 0 or more'));

/** Roles of API keys, weakest first: each role may do what the ones before it may. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export interface ApiKey {
  key: string;
  role: Role;
  /** Who holds the key, as retractions record it (`retractedBy`); default `<role> key <first 8 hex of its SHA-256>`. */
  name?: string;
}

const KEY_MIN = 16;
const apiKeyList = z.array(
  z.object({
    key: z
      .string()
      .min(KEY_MIN, `each key needs at least ${KEY_MIN} characters`)
      .regex(/^[\x21-\x7e]+$/, 'keys are printable ASCII without spaces'),
    role: z.enum(ROLES, { message: `expected a role: ${ROLES.join(', ')}` }),
    name: z.string().trim().min(1).max(100).optional(),
  }),
);

/**
 * API_KEYS: `key:role` pairs separated by commas (`k1…:editor,k2…:admin`), or a JSON map
 * `{"k1…": "editor"}` whose values may also name the key's holder: `{"k1…": {"role": "editor",
 * "name": "analyst desk"}}`. Roles: reader, editor, admin. Keys are secrets: never logged.
 */
const apiKeys = z
  .string()
  .transform((raw, ctx): unknown => {
    const text = raw.trim();
    if (text.startsWith('{')) {
      try {
        const map = JSON.parse(text) as unknown;
        if (map && typeof map === 'object' && !Array.isArray(map)) {
          return Object.entries(map).map(([key, v]) => (v && typeof v === 'object' ? { key, ...(v as object) } : { key, role: v }));
        }
      } catch {
        /* reported below */
      }
      ctx.addIssue({ code: 'custom', message: 'expected a JSON map of key to role' });
      return z.NEVER;
    }
    return text
      .split(',')
      .map((pair) => pair.trim())
      .filter(Boolean)
      .map((pair) => {
        const at = pair.lastIndexOf(':');
        return at > 0 ? { key: pair.slice(0, at), role: pair.slice(at + 1) } : { key: pair, role: '' };
      });
  })
  .pipe(apiKeyList)
  .refine((keys) => new Set(keys.map((k) => k.key)).size === keys.length, 'a key is listed twice');

/** CORS_ORIGINS: `https://a.example,http://localhost:8888` or `*`; each an origin without path. */
const corsOrigins = z.string().transform((raw, ctx) => {
  const list = raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const o of list) {
    if (o === '*') continue;
    let ok = false;
    try {
      const u = new URL(o);
      ok = (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === o;
    } catch {
      /* reported below */
    }
    if (!ok)
      ctx.addIssue({
        code: 'custom',
        message: `expected origins such as https://dashboard.example.org or http://localhost:8888 (scheme, host, port; no path or trailing slash), or *; ${JSON.stringify(o)} is not one`,
      });
  }
  return list;
});

export const ConfigSchema = z.object({
  /** Read by libraries (Express, Apollo); what callers see of errors is ERROR_DETAILS, whatever NODE_ENV says. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /**
   * true: error responses carry stack traces and the messages of unexpected errors (for
   * development). Default false: callers get stable codes and generic messages; the log has the rest.
   */
  ERROR_DETAILS: bool.default(false),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `auto`: readable lines on a terminal outside production, JSON otherwise; or always `json` / `pretty`. */
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  /** A Neo4j server to use (bolt://, bolt+s://, neo4j://, neo4j+s://); unset: a local one is started. */
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/, 'expected a bolt:// or neo4j:// URI such as neo4j://host:7687')
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'expected a Neo4j database name')
    .default('neo4j'),
  /** Timeout of every transaction the service runs, in milliseconds. */
  NEO4J_TX_TIMEOUT_MS: durationMs.default(15000),
  /** Local Neo4j (used only when NEO4J_URI is unset). */
  LOCAL_NEO4J_DIR: z.string().min(1).default('.neo4j/data'),
  LOCAL_NEO4J_PORT: port.default(7687),
  LOCAL_NEO4J_HEAP_MB: positiveInt.default(2048),
  LOCAL_NEO4J_PAGECACHE_MB: positiveInt.default(1024),
  /** Load the bundled data files under data/ at start-up. */
  LOAD_ON_START: bool.default(true),
  /** GraphQL query limits (graphql-armor): selection depth, aliases, tokens, directives; estimated cost (server/cost.ts). */
  GRAPHQL_MAX_DEPTH: positiveInt.default(15),
  GRAPHQL_MAX_ALIASES: positiveInt.default(30),
  GRAPHQL_MAX_TOKENS: positiveInt.default(5000),
  GRAPHQL_MAX_DIRECTIVES: positiveInt.default(20),
  GRAPHQL_MAX_COST: positiveInt.default(25000),
  /**
   * Requests whose estimated cost reaches GRAPHQL_HEAVY_COST run at most GRAPHQL_HEAVY_CONCURRENCY
   * at a time (others wait their turn, in order), so large answers leave CPU to small ones.
   */
  GRAPHQL_HEAVY_COST: positiveInt.default(5000),
  GRAPHQL_HEAVY_CONCURRENCY: positiveInt.default(1),
  /** Heavy requests allowed to wait for a turn at once, and the longest wait (ms); beyond either, 503 SERVICE_OVERLOADED (server/turns.ts). */
  GRAPHQL_HEAVY_MAX_WAITING: countInt.default(16),
  GRAPHQL_HEAVY_MAX_WAIT_MS: durationMs.default(30_000),
  /** Article extractions (extractArticle, the /review page) running at once, each on its own worker thread; more wait their turn. */
  EXTRACT_WORKERS: positiveInt.default(1),
  /** Extractions allowed to wait at once, and the longest wait (ms); beyond either, 503 SERVICE_OVERLOADED. */
  EXTRACT_MAX_WAITING: countInt.default(8),
  EXTRACT_MAX_WAIT_MS: durationMs.default(60_000),
  /** Items the cost estimate counts for a list without a size argument (e.g. Country.production). */
  GRAPHQL_ASSUMED_LIST_SIZE: positiveInt.default(20),
  /** Objects one answer may hold (graphql/core/budget.ts); beyond, the request fails with RESULT_LIMIT_EXCEEDED. */
  GRAPHQL_MAX_RESULT_ITEMS: positiveInt.default(50000),
  /**
   * Largest request body on /graphql, in kB (1 kB = 1024 bytes); larger bodies get 413. The
   * default takes extractArticle's largest page (2 MiB, MAX_INPUT_BYTES) with JSON's escaping.
   */
  HTTP_MAX_BODY_KB: positiveInt.default(4096),
  /** Largest dataset body on POST /admin/load, in kB. */
  ADMIN_LOAD_MAX_BODY_KB: positiveInt.default(16384),
  /** Seconds a client is told to wait (Retry-After) when Neo4j is unavailable. */
  RETRY_AFTER_SECONDS: positiveInt.default(5),
  /** On SIGTERM/SIGINT, how long in-flight requests may run before their connections are closed, in ms. */
  SHUTDOWN_GRACE_MS: durationMs.default(10000),
  /**
   * From a stop signal to the forced exit (status 1, the local Neo4j killed) when a step hangs,
   * in ms; unset: SHUTDOWN_GRACE_MS + 35 s (the local Neo4j gets 30 s to stop). See `forceExitMs`.
   */
  SHUTDOWN_FORCE_MS: durationMs.optional(),
  /**
   * How long an idle kept-alive HTTP connection stays open, in ms. Longer than the idle timeout
   * of the load balancer or proxy in front (60 s for AWS ALB and nginx upstream keep-alive), so
   * the proxy, not the service, closes idle connections; shorter causes sporadic 502s.
   */
  HTTP_KEEP_ALIVE_TIMEOUT_MS: durationMs.default(65000),
  /** Longest wait for a request's headers, in ms; must exceed HTTP_KEEP_ALIVE_TIMEOUT_MS and not exceed HTTP_REQUEST_TIMEOUT_MS. */
  HTTP_HEADERS_TIMEOUT_MS: durationMs.default(66000),
  /**
   * Longest wait for a whole request (headers and body), in ms; a slower client gets 408.
   * Both timeouts hold within a tenth of the smaller one (at most 1 s): see `connectionsCheckingIntervalMs`.
   */
  HTTP_REQUEST_TIMEOUT_MS: durationMs.default(300000),
  /**
   * Origins (scheme://host[:port]) whose browser pages may call /graphql and /feeds, comma
   * separated; `*` allows any. Default: none (same-origin pages and non-browser clients only).
   */
  CORS_ORIGINS: corsOrigins.default([]),
  /** API keys and their roles (see `apiKeys`); none by default, so nothing can write. */
  API_KEYS: apiKeys.default([]),
  /** When true, reading (every GraphQL operation) needs a key with role reader or higher. */
  READ_REQUIRES_KEY: bool.default(false),
  /** Cache answers of GraphQL queries, keyed by operation, variables, role and graph version (server/response-cache.ts). */
  RESPONSE_CACHE: bool.default(false),
  /** The response cache's bounds: most answers kept, and most megabytes (2^20 bytes) of them. */
  RESPONSE_CACHE_MAX_ENTRIES: positiveInt.default(10000),
  RESPONSE_CACHE_MAX_MB: positiveInt.default(256),
});
export type Config = z.infer<typeof ConfigSchema>;

/**
 * How often the HTTP server looks for connections past their headers or request timeout, in ms:
 * a tenth of the smaller timeout, between 50 ms and 1 s. Node's default (30 s) would let a client
 * that trickles its headers hold a connection up to 30 s past the configured timeout.
 */
export const connectionsCheckingIntervalMs = (c: Pick<Config, 'HTTP_HEADERS_TIMEOUT_MS' | 'HTTP_REQUEST_TIMEOUT_MS'>): number =>
  Math.min(1000, Math.max(50, Math.floor(Math.min(c.HTTP_HEADERS_TIMEOUT_MS, c.HTTP_REQUEST_TIMEOUT_MS) / 10)));

/** The bound of a stop, in ms: SHUTDOWN_FORCE_MS, or SHUTDOWN_GRACE_MS + 35 s when unset (at most MAX_TIMER_MS). */
export const forceExitMs = (c: Pick<Config, 'SHUTDOWN_FORCE_MS' | 'SHUTDOWN_GRACE_MS'>): number =>
  c.SHUTDOWN_FORCE_MS ?? Math.min(c.SHUTDOWN_GRACE_MS + 35_000, MAX_TIMER_MS);

/**
 * The checks between two settings, each `small < large` (or `<=` when `equal` is allowed). A
 * failed check is reported with the two values in effect, each marked "(default)" or "(set)", and
 * which variable to change (see `crossFieldProblem`).
 */
const CROSS_FIELD_CHECKS: ReadonlyArray<{ small: keyof Config; large: keyof Config; equal: boolean }> = [
  { small: 'HTTP_KEEP_ALIVE_TIMEOUT_MS', large: 'HTTP_HEADERS_TIMEOUT_MS', equal: false },
  { small: 'HTTP_HEADERS_TIMEOUT_MS', large: 'HTTP_REQUEST_TIMEOUT_MS', equal: true },
  { small: 'SHUTDOWN_GRACE_MS', large: 'SHUTDOWN_FORCE_MS', equal: false },
];

/**
 * The problem line of a failed check between `small` and `large`, or null when it holds. It
 * names both values in effect, defaults included, and says what to change: first the variable
 * left at its default when only the other was set (`HTTP_KEEP_ALIVE_TIMEOUT_MS=70000` alone:
 * raise HTTP_HEADERS_TIMEOUT_MS, whose default is 66000), else the larger one; then the other
 * (unless no positive value would do). The line starts with the variable to change first, like
 * every other problem line with the variable at fault.
 */
function crossFieldProblem(check: (typeof CROSS_FIELD_CHECKS)[number], values: Config, set: ReadonlySet<string>): string | null {
  const { small, large, equal } = check;
  const a = values[small] as number;
  const b = values[large] as number | undefined;
  if (b === undefined || (equal ? a <= b : a < b)) return null;
  const shown = (name: string, v: number) => `${name}=${v} (${set.has(name) ? 'set' : 'default'})`;
  const lowerTo = equal ? b : b - 1;
  const raise = `set ${large} to ${equal ? a : a + 1} or more`;
  const lower = lowerTo >= 1 ? `set ${small} to ${lowerTo} or less` : null;
  const lowerFirst = lower !== null && set.has(large) && !set.has(small);
  const fixes = lowerFirst ? [lower, raise] : [raise, ...(lower ? [lower] : [])];
  return (
    `${lowerFirst ? small : large}: ${large} must be ${equal ? 'at least' : 'larger than'} ${small}, ` +
    `but ${shown(large, b)} and ${shown(small, a)} are in effect: ${fixes.join(', or ')}`
  );
}

/** Variables whose values are secrets: error messages never repeat them. */
const SECRET_VARIABLES = ['API_KEYS', 'NEO4J_PASSWORD'];

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses configuration from `env` (default: process.env, after reading `.env` if present).
 * Empty strings count as unset. Throws ConfigError naming every invalid variable, and every pair
 * of settings that contradict each other with both values in effect (`crossFieldProblem`).
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  // Every setting is one line of visible text (src/model/text.ts): a zero-width space after a
  // host or a byte order mark before a port reads as another value, or fails far from here.
  // Secrets are left alone (any character may be a password's).
  const hidden = new Map<string, string>();
  for (const name of Object.keys(ConfigSchema.shape)) {
    const value = cleaned[name];
    if (value === undefined || SECRET_VARIABLES.includes(name)) continue;
    const issue = textIssue(value, 'line');
    if (issue) hidden.set(name, `${name}: ${issue} (got ${visible(JSON.stringify(value))})`);
  }
  const parsed = ConfigSchema.safeParse(cleaned);
  const problems = parsed.success
    ? []
    : parsed.error.issues
        .filter((i) => !hidden.has(String(i.path[0])))
        .map((i) => {
          const name = String(i.path[0]);
          // Invisible characters escaped: `true` followed by a zero-width space must not read as true.
          const got = SECRET_VARIABLES.includes(name) ? 'value hidden' : `got ${visible(JSON.stringify(cleaned[name]))}`;
          return `${i.path.join('.')}: ${i.message} (${got})`;
        });
  problems.push(...hidden.values());
  // Checked beside the variables' own problems, between the values that are valid on their own.
  const set = new Set(Object.keys(cleaned));
  for (const check of CROSS_FIELD_CHECKS) {
    const values: Partial<Record<keyof Config, unknown>> = {};
    let valid = true;
    for (const name of [check.small, check.large]) {
      const one = ConfigSchema.shape[name].safeParse(cleaned[name]);
      valid &&= one.success;
      if (one.success) values[name] = one.data;
    }
    const problem = valid ? crossFieldProblem(check, values as Config, set) : null;
    if (problem) problems.push(problem);
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  return parsed.data;
}
