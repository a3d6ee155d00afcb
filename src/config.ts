/**
 * Configuration from environment variables (and an optional `.env` file), validated with zod.
 * `loadConfig()` throws a `ConfigError` whose message names each invalid variable and what was
 * expected; start-up prints it and exits with status 1.
 */
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number({ message: 'expected a TCP port number' }).int('expected a whole number').min(1).max(65535);
const positiveInt = z.coerce.number({ message: 'expected a positive whole number' }).int('expected a whole number').positive();

export const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** A Neo4j server to use (bolt://, bolt+s://, neo4j://, neo4j+s://); unset: a local one is started. */
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/, 'expected a bolt:// or neo4j:// URI such as neo4j://host:7687')
      .optional(),
    NEO4J_USERNAME: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().default(''),
    NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'expected a Neo4j database name').default('neo4j'),
    /** Timeout of every transaction the service runs, in milliseconds. */
    NEO4J_TX_TIMEOUT_MS: positiveInt.default(15000),
    /** Local Neo4j (used only when NEO4J_URI is unset). */
    LOCAL_NEO4J_DIR: z.string().min(1).default('.neo4j/data'),
    LOCAL_NEO4J_PORT: port.default(7687),
    LOCAL_NEO4J_HEAP_MB: positiveInt.default(2048),
    LOCAL_NEO4J_PAGECACHE_MB: positiveInt.default(1024),
    /** Load the bundled data files under data/ at start-up. */
    LOAD_ON_START: bool.default(true),
  });
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses configuration from `env` (default: process.env, after reading `.env` if present).
 * Empty strings count as unset. Throws ConfigError naming every invalid variable.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(cleaned[String(i.path[0])])})`),
    );
  }
  return parsed.data;
}
