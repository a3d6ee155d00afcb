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

// One line per metric: name, help, (buckets,) label names; every metric is in `registry`.
const counter = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) =>
  new Counter<L>({ name, help, labelNames, registers: [registry] });
const gauge = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) => new Gauge<L>({ name, help, labelNames, registers: [registry] });
const histogram = <L extends string>(name: string, help: string, buckets: number[], labelNames: readonly L[] = []) =>
  new Histogram<L>({ name, help, buckets, labelNames, registers: [registry] });

export const graphqlRequests = counter(
  'kg_graphql_requests_total',
  'GraphQL operations answered, by operation name and type (query, mutation; "unknown" when the document did not parse or validate)',
  ['operation', 'type'],
);

export const graphqlDuration = histogram(
  'kg_graphql_request_duration_seconds',
  'Time from receiving a GraphQL operation to sending its response, in seconds',
  SECONDS,
  ['operation', 'type'],
);

export const graphqlErrors = counter('kg_graphql_errors_total', 'Errors in GraphQL responses, by operation name and extensions.code as the client saw it', [
  'operation',
  'code',
]);

export const heavyWaiting = gauge('kg_graphql_heavy_waiting', 'Heavy GraphQL operations (estimated cost at least GRAPHQL_HEAVY_COST) waiting for their turn');

export const heavyRunning = gauge('kg_graphql_heavy_running', 'Heavy GraphQL operations running (at most GRAPHQL_HEAVY_CONCURRENCY)');

export const heavyWaitSeconds = histogram(
  'kg_graphql_heavy_wait_seconds',
  'Time a heavy GraphQL operation waited for its turn before running, in seconds',
  SECONDS,
);

export const extractWaiting = gauge('kg_extract_waiting', 'Article extractions waiting for one of EXTRACT_WORKERS worker threads');

export const extractRunning = gauge('kg_extract_running', 'Article extractions running on a worker thread (at most EXTRACT_WORKERS)');

export const turnsRefused = counter(
  'kg_turns_refused_total',
  'Work refused with 503 SERVICE_OVERLOADED, by lane (heavy GraphQL operations, extract) and reason (queue_full: the most allowed already wait; waited_too_long: no turn within the longest wait)',
  ['lane', 'reason'],
);

export const turnsAbandoned = counter(
  'kg_turns_abandoned_total',
  'Work whose client went away, by lane and stage (waiting: it left the queue; running: its turn was given back and its database work or worker thread stopped)',
  ['lane', 'stage'],
);

export const httpErrors = counter(
  'kg_http_errors_total',
  'JSON error answers outside GraphQL execution (feeds, admin, keys, body limits, unknown routes), by HTTP status and code',
  ['status', 'code'],
);

export const feedRequests = counter('kg_feed_requests_total', 'BI feed requests, by feed, format and HTTP status ("other" for an unknown feed)', [
  'feed',
  'format',
  'status',
]);

export const feedDuration = histogram(
  'kg_feed_duration_seconds',
  'Time to stream one BI feed to the client, in seconds',
  [...SECONDS, 60, 300],
  ['feed', 'format'],
);

export const feedRows = counter('kg_feed_rows_total', 'Rows streamed by BI feeds, by feed', ['feed']);

export const neo4jTransactions = histogram(
  'kg_neo4j_transaction_duration_seconds',
  'Neo4j transactions from opening the session to closing it, in seconds, by kind (read, write, schema, stream) and outcome (ok, error, unavailable, timeout); reads include their retries',
  [0.001, 0.0025, ...SECONDS, 60, 300, 600],
  ['kind', 'outcome'],
);

export const neo4jReadRetries = counter('kg_neo4j_read_retries_total', 'Reads run again after a retryable Neo4j error');

export const neo4jSessionsOpen = gauge(
  'kg_neo4j_sessions_open',
  'Neo4j sessions open now, by kind; each holds one pooled connection while its statement runs',
  ['kind'],
);

export const neo4jPoolMax = gauge(
  'kg_neo4j_pool_max_connections',
  'The driver connection pool size (maxConnectionPoolSize); sessions_open / this is the pool use',
);

export const loadRuns = counter(
  'kg_load_runs_total',
  'Loads (start-up, kg load, POST /admin/load, the load mutation), by outcome: ok, invalid (nothing written), failed (a write failed)',
  ['outcome'],
);

export const loadRecords = counter(
  'kg_load_records_total',
  'Records written by loads, by kind (node, relationship), label or relationship type, and outcome (created, updated, unchanged)',
  ['kind', 'label', 'outcome'],
);

export const loadDuration = histogram(
  'kg_load_duration_seconds',
  'Time of one load call, validation and writes, in seconds',
  [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 600],
  ['outcome'],
);

export const responseCacheHits = counter(
  'kg_response_cache_hits_total',
  'GraphQL queries answered from the response cache (RESPONSE_CACHE=true; 0 when it is off)',
);

export const responseCacheMisses = counter(
  'kg_response_cache_misses_total',
  'GraphQL queries the response cache did not hold, run against Neo4j (their successful answers are kept)',
);

export const responseCacheEvictions = counter(
  'kg_response_cache_evictions_total',
  'Answers dropped, least recently used first, to stay within RESPONSE_CACHE_MAX_ENTRIES and RESPONSE_CACHE_MAX_MB',
);

export const responseCacheEntries = gauge('kg_response_cache_entries', 'Answers the response cache holds now');

export const responseCacheBytes = gauge(
  'kg_response_cache_bytes',
  'Bytes (UTF-8 JSON) of the answers the response cache holds now; its bound is RESPONSE_CACHE_MAX_MB',
);

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
