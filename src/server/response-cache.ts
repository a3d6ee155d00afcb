/**
 * A response cache for GraphQL reads (an Apollo Server plugin), switched on by
 * RESPONSE_CACHE=true. An answer is kept under a key made of the operation's document as
 * graphql-js prints it (so whitespace, commas and comments do not matter), its operation name,
 * its variables (object keys in canonical order), the caller's role, the UTC date (statuses and the default
 * asOf are the day's) and the graph version's token (`load/graph-version`), which every load
 * that changes something renews in its own transaction. So a load through any
 * replica invalidates every replica's entries at once: their next request reads the new token
 * (one indexed lookup) and misses. The token is a random UUID per bump, not the counter: a store
 * replaced or restored from a backup counts its versions again from an older number, and a
 * counter that climbs back to a number an entry was kept under must not serve it. When the token
 * cannot be read (Neo4j unavailable), or the store's version has none (last bumped before tokens
 * existed: the next load that changes something sets one), the request bypasses the cache (counted as a miss, kept
 * nowhere) and its execution meets the same error, answered as every other (503
 * DATABASE_UNAVAILABLE with Retry-After, errors.ts). Only successful queries are kept (no errors, no mutations);
 * entries are bounded by count and by total size (lru-cache), so memory stays bounded whatever
 * clients send. Every answer says `cache-status: hit` or `miss` (an HTTP header), and `stats()`
 * counts hits and misses; so do the metrics (`kg_response_cache_*`, metrics/registry.ts), with
 * the evictions and the entries and bytes held.
 */
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { type DocumentNode, type FormattedExecutionResult, print } from 'graphql';
import { LRUCache } from 'lru-cache';
import stableStringify from 'safe-stable-stringify';
import { cypher } from '../cypher.js';
import { responseCacheBytes, responseCacheEntries, responseCacheEvictions, responseCacheHits, responseCacheMisses } from '../metrics/registry.js';
import { todayUtc } from '../model/status.js';
import type { Db } from '../neo4j/db.js';
import type { Principal } from './auth.js';

export interface ResponseCacheOptions {
  /** Most answers kept. */
  maxEntries: number;
  /** Most bytes (UTF-8 JSON) of the answers kept, all entries together. */
  maxBytes: number;
}

export interface ResponseCache {
  plugin: ApolloServerPlugin<{ auth: Principal }>;
  /** Hits and misses since start; `entries` currently kept. */
  stats(): { hits: number; misses: number; entries: number };
}

/**
 * The graph version as stored: `version` the counter (0 before the first load), `token` the
 * random UUID of its last bump ('none' before the first load; null in a store last bumped before
 * tokens existed). Throws what the read throws (e.g. DatabaseUnavailableError).
 */
export async function graphVersion(db: Db): Promise<{ version: number; token: string | null }> {
  const [row] = await db.read<{ version: number; token: string | null }>(cypher('load/graph-version'));
  return row ?? { version: 0, token: 'none' };
}

/** What an answer depends on besides the graph itself. */
export interface CacheKeyParts {
  document: DocumentNode;
  operationName: string | null;
  variables: Record<string, unknown>;
  role: string | null;
  /** The token of the graph's version (`graphVersion().token`): new at every load that changes something. */
  graphVersion: string;
  /** The UTC date (YYYY-MM-DD): statuses and the default asOf are those of the day (model/status.ts). */
  date: string;
}

/** Printed documents: Apollo keeps one parsed document per query text, so each is printed once, not per request. */
const prints = new WeakMap<DocumentNode, string>();
const printed = (document: DocumentNode): string => {
  let text = prints.get(document);
  if (text === undefined) {
    text = print(document);
    prints.set(document, text);
  }
  return text;
};

/**
 * The cache key (base64url SHA-256) of an operation: the document printed by graphql-js (one
 * normal form whatever the whitespace, commas, comments or line breaks the client sent), the
 * operation name, the variables with object keys sorted at every depth, the role, the graph
 * version and the date. Two requests have one key exactly when these are equal.
 */
export function cacheKey(parts: CacheKeyParts): string {
  const { document, operationName, variables, role, graphVersion, date } = parts;
  return createHash('sha256')
    .update(stableStringify([printed(document), operationName, variables, role, graphVersion, date]) ?? '')
    .digest('base64url');
}

export function createResponseCache(db: Db, opts: ResponseCacheOptions): ResponseCache {
  const store = new LRUCache<string, string>({
    max: opts.maxEntries,
    maxSize: opts.maxBytes,
    sizeCalculation: (v) => Math.max(1, Buffer.byteLength(v)),
    dispose: (_value, _key, reason) => {
      if (reason === 'evict') responseCacheEvictions.inc();
    },
  });
  /** The entries and bytes held, as gauges (they change only when an answer is stored). */
  const measure = () => {
    responseCacheEntries.set(store.size);
    responseCacheBytes.set(store.calculatedSize);
  };
  measure();
  let hits = 0;
  let misses = 0;
  const keys = new WeakMap<object, string>();

  const plugin: ApolloServerPlugin<{ auth: Principal }> = {
    async requestDidStart() {
      return {
        async responseForOperation(rc) {
          // No operation when operationName names none in the document: graphql-js answers that (400), not the cache.
          if (rc.operation?.operation !== 'query') return null;
          // Apollo answers an error thrown from this hook with a bare 500: a version that cannot be
          // read bypasses the cache instead, and the execution that follows reports the cause. So
          // does a version without a token (last bumped before tokens existed): its counter alone
          // could be another store's.
          const version = await graphVersion(db).catch(() => null);
          if (version?.token == null) {
            misses++;
            responseCacheMisses.inc();
            rc.response.http.headers.set('cache-status', 'miss');
            return null;
          }
          const key = cacheKey({
            document: rc.document,
            operationName: rc.operationName ?? null,
            variables: rc.request.variables ?? {},
            role: rc.contextValue.auth?.role ?? null,
            graphVersion: version.token,
            date: todayUtc(),
          });
          const cached = store.get(key);
          if (cached !== undefined) {
            hits++;
            responseCacheHits.inc();
            rc.response.http.headers.set('cache-status', 'hit');
            const response: GraphQLResponse = {
              http: rc.response.http,
              body: { kind: 'single', singleResult: JSON.parse(cached) as FormattedExecutionResult },
            };
            return response;
          }
          misses++;
          responseCacheMisses.inc();
          rc.response.http.headers.set('cache-status', 'miss');
          keys.set(rc, key);
          return null;
        },
        async willSendResponse(rc) {
          const key = keys.get(rc);
          const body = rc.response.body;
          if (key === undefined || body.kind !== 'single' || body.singleResult.errors) return;
          if (rc.response.http.status !== undefined && rc.response.http.status !== 200) return;
          store.set(key, JSON.stringify(body.singleResult));
          measure();
        },
      };
    },
  };
  return { plugin, stats: () => ({ hits, misses, entries: store.size }) };
}
