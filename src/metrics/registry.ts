/**
 * The service's Prometheus metrics (prom-client), in one registry per process. Recorded where
 * the work happens: GraphQL operations and errors (server/metrics.ts), feeds (feeds/routes.ts),
 * HTTP error answers (server/errors.ts), Neo4j transactions and sessions (neo4j/db.ts,
 * feeds/stream.ts), loads (load/index.ts) and the response cache (server/response-cache.ts). Served at `GET /metrics` (server/metrics.ts),
 * with Node's process metrics once `collectProcessMetrics()` ran. Durations are in seconds.
 * Every label value is bounded: names from allow-lists, operation names by `BoundedNames`.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export const registry = new Registry();

/** Latency buckets from 5 ms to 30 s. */
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const graphqlRequests = new Counter({
  name: 'kg_graphql_requests_total',
  help: 'GraphQL operations answered, by operation name and type (query, mutation; "unknown" when the document did not parse or validate)',
  labelNames: ['operation', 'type'] as const,
  registers: [registry],
});

export const graphqlDuration = new Histogram({
  name: 'kg_graphql_request_duration_seconds',
  help: 'Time from receiving a GraphQL operation to sending its response, in seconds',
  labelNames: ['operation', 'type'] as const,
  buckets: SECONDS,
  registers: [registry],
});

export const graphqlErrors = new Counter({
  name: 'kg_graphql_errors_total',
  help: 'Errors in GraphQL responses, by operation name and extensions.code as the client saw it',
  labelNames: ['operation', 'code'] as const,
  registers: [registry],
});

export const heavyWaiting = new Gauge({
  name: 'kg_graphql_heavy_waiting',
  help: 'Heavy GraphQL operations (estimated cost at least GRAPHQL_HEAVY_COST) waiting for their turn',
  registers: [registry],
});

export const heavyRunning = new Gauge({
  name: 'kg_graphql_heavy_running',
  help: 'Heavy GraphQL operations running (at most GRAPHQL_HEAVY_CONCURRENCY)',
  registers: [registry],
});

export const heavyWaitSeconds = new Histogram({
  name: 'kg_graphql_heavy_wait_seconds',
  help: 'Time a heavy GraphQL operation waited for its turn before running, in seconds',
  buckets: SECONDS,
  registers: [registry],
});

export const httpErrors = new Counter({
  name: 'kg_http_errors_total',
  help: 'JSON error answers outside GraphQL execution (feeds, admin, keys, body limits, unknown routes), by HTTP status and code',
  labelNames: ['status', 'code'] as const,
  registers: [registry],
});

export const feedRequests = new Counter({
  name: 'kg_feed_requests_total',
  help: 'BI feed requests, by feed, format and HTTP status ("other" for an unknown feed)',
  labelNames: ['feed', 'format', 'status'] as const,
  registers: [registry],
});

export const feedDuration = new Histogram({
  name: 'kg_feed_duration_seconds',
  help: 'Time to stream one BI feed to the client, in seconds',
  labelNames: ['feed', 'format'] as const,
  buckets: [...SECONDS, 60, 300],
  registers: [registry],
});

export const feedRows = new Counter({
  name: 'kg_feed_rows_total',
  help: 'Rows streamed by BI feeds, by feed',
  labelNames: ['feed'] as const,
  registers: [registry],
});

export const neo4jTransactions = new Histogram({
  name: 'kg_neo4j_transaction_duration_seconds',
  help: 'Neo4j transactions from opening the session to closing it, in seconds, by kind (read, write, schema, stream) and outcome (ok, error, unavailable); reads include their retries',
  labelNames: ['kind', 'outcome'] as const,
  buckets: [0.001, 0.0025, ...SECONDS, 60, 300, 600],
  registers: [registry],
});

export const neo4jReadRetries = new Counter({
  name: 'kg_neo4j_read_retries_total',
  help: 'Reads run again after a retryable Neo4j error',
  registers: [registry],
});

export const neo4jSessionsOpen = new Gauge({
  name: 'kg_neo4j_sessions_open',
  help: 'Neo4j sessions open now, by kind; each holds one pooled connection while its statement runs',
  labelNames: ['kind'] as const,
  registers: [registry],
});

export const neo4jPoolMax = new Gauge({
  name: 'kg_neo4j_pool_max_connections',
  help: 'The driver connection pool size (maxConnectionPoolSize); sessions_open / this is the pool use',
  registers: [registry],
});

export const loadRuns = new Counter({
  name: 'kg_load_runs_total',
  help: 'Loads (start-up, kg load, POST /admin/load, the load mutation), by outcome: ok, invalid (nothing written), failed (a write failed)',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

export const loadRecords = new Counter({
  name: 'kg_load_records_total',
  help: 'Records written by loads, by kind (node, relationship), label or relationship type, and outcome (created, updated, unchanged)',
  labelNames: ['kind', 'label', 'outcome'] as const,
  registers: [registry],
});

export const loadDuration = new Histogram({
  name: 'kg_load_duration_seconds',
  help: 'Time of one load call, validation and writes, in seconds',
  labelNames: ['outcome'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 600],
  registers: [registry],
});

export const responseCacheHits = new Counter({
  name: 'kg_response_cache_hits_total',
  help: 'GraphQL queries answered from the response cache (RESPONSE_CACHE=true; 0 when it is off)',
  registers: [registry],
});

export const responseCacheMisses = new Counter({
  name: 'kg_response_cache_misses_total',
  help: 'GraphQL queries the response cache did not hold, run against Neo4j (their successful answers are kept)',
  registers: [registry],
});

export const responseCacheEvictions = new Counter({
  name: 'kg_response_cache_evictions_total',
  help: 'Answers dropped, least recently used first, to stay within RESPONSE_CACHE_MAX_ENTRIES and RESPONSE_CACHE_MAX_MB',
  registers: [registry],
});

export const responseCacheEntries = new Gauge({
  name: 'kg_response_cache_entries',
  help: 'Answers the response cache holds now',
  registers: [registry],
});

export const responseCacheBytes = new Gauge({
  name: 'kg_response_cache_bytes',
  help: 'Bytes (UTF-8 JSON) of the answers the response cache holds now; its bound is RESPONSE_CACHE_MAX_MB',
  registers: [registry],
});

let collecting = false;

/** Adds Node's process metrics (CPU, memory, event-loop lag, GC, handles) to the registry, once. */
export function collectProcessMetrics(): void {
  if (collecting) return;
  collecting = true;
  collectDefaultMetrics({ register: registry });
}

/** Seconds since `started` (a `process.hrtime.bigint()` value). */
export function secondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}
