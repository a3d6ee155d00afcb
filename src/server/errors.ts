/**
 * Errors as clients see them. Every error carries a stable code, in the GraphQL shape
 * `{ errors: [{ message, extensions: { code } }] }`, or under /feeds in the feeds' own
 * `{ error: { code, message } }` (`httpError`):
 * - Neo4j unavailable (DatabaseUnavailableError anywhere) → HTTP 503, `Retry-After`, DATABASE_UNAVAILABLE;
 * - a transaction that outlived NEO4J_TX_TIMEOUT_MS (QueryTimeoutError) → HTTP 504, QUERY_TIMEOUT
 *   with `extensions.timeoutMs`: too broad a question or too busy a database, never BAD_USER_INPUT;
 * - too much work waiting (OverloadedError of turns.ts: heavy requests, extractions) → HTTP 503,
 *   `Retry-After`, SERVICE_OVERLOADED;
 * - the service stopping with the request still running after SHUTDOWN_GRACE_MS
 *   (ServiceStoppingError) → HTTP 503, `Retry-After`, SERVICE_STOPPING;
 * - the client went away (ClientGoneError) → CLIENT_CLOSED_REQUEST, not logged as an error;
 * - an integer beyond ±(2^53 − 1) → INTEGER_OUT_OF_RANGE;
 * - a request Apollo refuses before running it with an HTTP 4xx status but no code (a persisted
 *   query whose hash is not its query's → PERSISTED_QUERY_HASH_MISMATCH, a persisted-query version
 *   other than 1 → PERSISTED_QUERY_VERSION_NOT_SUPPORTED, any other → BAD_REQUEST): the client's
 *   mistake, with its HTTP status, never masked nor logged as an error (`requestRefusal`);
 * - an operation type the schema does not have (a subscription) → 400 GRAPHQL_VALIDATION_FAILED
 *   (operation-types.ts);
 * - an Int literal beyond 32 bits (refused by graphql-js's validation) → its message names the
 *   argument and its field, `extensions.argument` its path (literal-argument.ts);
 * - anything unexpected → INTERNAL_SERVER_ERROR, logged in full; with `production` its message
 *   becomes generic, so stack traces and Cypher never reach clients;
 * - bodies too large → 413 PAYLOAD_TOO_LARGE, malformed JSON → 400 BAD_REQUEST, unknown routes → 404 NOT_FOUND.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../log.js';
import { httpErrors } from '../metrics/registry.js';
import { DatabaseUnavailableError, IntegerRangeError, QueryTimeoutError } from '../neo4j/db.js';
import { boundEchoes, boundFields, clip, nonFiniteVariable } from './echo.js';
import { intLiteralRefusal } from './literal-argument.js';
import { ClientGoneError, OverloadedError, ServiceStoppingError } from './turns.js';

export const GENERIC_MESSAGE = 'Internal server error';
export const UNAVAILABLE_MESSAGE = 'The database is unavailable; retry later';
export const TIMEOUT_MESSAGE =
  'The question took longer than the database allows (its transaction timeout): narrow it (lower bounds or page sizes, fewer types, a metalId) or retry when the service is less busy';

/**
 * Sends an error with `status`, counted in `kg_http_errors_total`, in the shape of the route
 * asked: the feeds' own `{ error: { code, message, ...extra } }` under /feeds (docs/bi-feeds.md),
 * the GraphQL shape `{ errors: [{ message, extensions: { code, ...extra } }] }` elsewhere. So a
 * refused preflight, a missing key or a body too large on /feeds reads as every other feed error.
 */
export function httpError(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  httpErrors.inc({ status: String(status), code });
  const text = boundEchoes(message);
  const fields = boundFields(extra);
  const url = res.req?.originalUrl ?? '';
  const feeds = url === '/feeds' || url.startsWith('/feeds/') || url.startsWith('/feeds?');
  res.status(status).json(feeds ? { error: { code, message: text, ...fields } } : { errors: [{ message: text, extensions: { code, ...fields } }] });
}

/** The original error behind a GraphQL error (graphql-js and Apollo wrap resolver errors, sometimes twice). */
function rootCause(error: unknown): unknown {
  let e = error;
  for (let i = 0; i < 5; i++) {
    const inner = (e as { originalError?: unknown } | null)?.originalError;
    if (!inner) break;
    e = inner;
  }
  return e;
}

/** True when `error`, or the error it wraps, is Neo4j being unavailable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return rootCause(error) instanceof DatabaseUnavailableError;
}

/**
 * Apollo's `formatError`: gives known failures their code, masks unexpected ones in
 * production (logging the original with its stack), keeps deliberate GraphQL errors as they are.
 */
export function formatGraphQLError(production: boolean, log: Logger) {
  const format = formatter(production, log);
  // Every message leaves with the caller's own text cut to ECHO_MAX characters per value.
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = format(formatted, error);
    return { ...out, message: boundEchoes(nonFiniteVariable(out.message)), ...(out.extensions ? { extensions: boundFields(out.extensions) } : {}) };
  };
}

/**
 * graphql-js's own bare message when a document's fields take too much work to compare for
 * merging (its OverlappingFieldsCanBeMerged budget, e.g. one field repeated a thousand times).
 */
const VALIDATION_ABORTED = 'Validation aborted.';
export const VALIDATION_ABORTED_MESSAGE =
  'The query repeats or overlaps too many fields to check that they merge (graphql-js stops comparing them): ask for each field once per selection, or split the query';

/**
 * Apollo's refusals before execution that come without a code (an HTTP 4xx status only), by
 * their message: a persisted query's hash that is not the query's (or is missing), and a
 * persisted-query version other than 1 (or none). Each gets a code and a message saying what to send.
 */
export const APOLLO_REFUSALS: Readonly<Record<string, { code: string; message: string }>> = {
  'provided sha does not match query': {
    code: 'PERSISTED_QUERY_HASH_MISMATCH',
    message:
      "The persistedQuery extension's sha256Hash is not the SHA-256 of the query sent: send the hash of the query's UTF-8 text as 64 lowercase hex digits, or leave the persistedQuery extension out",
  },
  'Unsupported persisted query version': {
    code: 'PERSISTED_QUERY_VERSION_NOT_SUPPORTED',
    message: 'The persistedQuery extension needs "version": 1 (the only version of automatic persisted queries) beside its "sha256Hash"',
  },
};

/**
 * The code and message of a request refused as the client's mistake without a code of its own:
 * an error whose HTTP status (`extensions.http.status`, Apollo's mark) is 4xx. Known refusals
 * get theirs (APOLLO_REFUSALS); any other keeps its message under BAD_REQUEST. Null otherwise.
 */
export function requestRefusal(error: unknown): { code: string; message: string } | null {
  const status = (error as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http?.status;
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  const message = String((error as { message?: unknown }).message ?? '');
  return APOLLO_REFUSALS[message] ?? { code: 'BAD_REQUEST', message };
}

function formatter(production: boolean, log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const cause = rootCause(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (formatted.message === VALIDATION_ABORTED) {
      return { ...base, message: VALIDATION_ABORTED_MESSAGE, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    }
    if (cause instanceof DatabaseUnavailableError) {
      log.warn({ err: cause }, 'Neo4j unavailable');
      return { ...base, message: UNAVAILABLE_MESSAGE, extensions: { code: 'DATABASE_UNAVAILABLE' } };
    }
    if (cause instanceof QueryTimeoutError) {
      log.warn({ err: cause, path: formatted.path }, 'Neo4j transaction timed out');
      return { ...base, message: TIMEOUT_MESSAGE, extensions: { code: cause.code, timeoutMs: cause.timeoutMs } };
    }
    if (cause instanceof OverloadedError || cause instanceof ServiceStoppingError) {
      return { ...base, message: cause.message, extensions: { code: cause.code } };
    }
    if (cause instanceof ClientGoneError) {
      // Nobody reads it; not an error of the service.
      return { ...base, message: cause.message, extensions: { code: cause.code } };
    }
    if (cause instanceof IntegerRangeError) {
      return { ...base, message: cause.message, extensions: { code: 'INTEGER_OUT_OF_RANGE' } };
    }
    // graphql-js refuses an Int literal beyond 32 bits without naming its argument: named here.
    const literal = intLiteralRefusal(error) ?? intLiteralRefusal(cause);
    if (literal) return { ...formatted, message: literal.message, extensions: { ...formatted.extensions, argument: literal.argument } };
    const code = formatted.extensions?.code;
    if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    // Apollo's own refusals of a request it cannot run carry an HTTP 4xx status but no code: the
    // client's mistake, answered with a code of its own and not logged as an error.
    const refusal = requestRefusal(error);
    if (refusal) return { ...base, message: refusal.message, extensions: { code: refusal.code } };
    log.error({ err: cause, path: formatted.path }, 'unexpected error in a GraphQL request');
    if (!production) return formatted;
    return { ...base, message: GENERIC_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** True when `error`, or the error it wraps, is work refused because the service is busy or stopping (turns.ts). */
const isBusyOrStopping = (error: unknown): boolean => {
  const cause = rootCause(error);
  return cause instanceof OverloadedError || cause instanceof ServiceStoppingError;
};

/**
 * Apollo plugin: a response with a DatabaseUnavailableError, an OverloadedError or a
 * ServiceStoppingError gets HTTP 503
 * and `Retry-After`; else one with a QueryTimeoutError gets HTTP 504 (no retry hint: the same
 * question may time out again).
 */
export function unavailablePlugin(retryAfterSeconds: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, response }) {
          if (!errors.some((e) => isDatabaseUnavailable(e) || isBusyOrStopping(e))) {
            if (errors.some((e) => rootCause(e) instanceof QueryTimeoutError)) response.http.status = 504;
            return;
          }
          response.http.status = 503;
          response.http.headers.set('retry-after', String(retryAfterSeconds));
        },
      };
    },
  };
}

/** Express handler for unknown routes: 404 JSON. */
export function notFoundHandler(req: Request, res: Response): void {
  httpError(res, 404, 'NOT_FOUND', `no route ${req.method} ${clip(req.path)}`);
}

/** Express error handler: body-parser errors, Neo4j unavailable, a transaction timeout, then anything else (masked in production). */
export function httpErrorHandler(production: boolean, log: Logger, retryAfterSeconds: number) {
  return (err: unknown, req: Request, res: Response, next: NextFunction): void => {
    const e = err as { type?: string; status?: number; limit?: number; message?: string };
    if (res.headersSent) next(err);
    else if (e?.type === 'entity.too.large') httpError(res, 413, 'PAYLOAD_TOO_LARGE', `the request body is larger than ${e.limit} bytes`);
    else if (e?.type === 'entity.parse.failed') httpError(res, 400, 'BAD_REQUEST', 'the request body is not valid JSON');
    else if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) httpError(res, e.status, 'BAD_REQUEST', e.message ?? 'bad request');
    else if (err instanceof DatabaseUnavailableError) {
      log.warn({ err }, 'Neo4j unavailable');
      res.setHeader('retry-after', String(retryAfterSeconds));
      httpError(res, 503, 'DATABASE_UNAVAILABLE', UNAVAILABLE_MESSAGE);
    } else if (err instanceof ServiceStoppingError) {
      res.setHeader('retry-after', String(retryAfterSeconds));
      httpError(res, 503, err.code, err.message);
    } else if (err instanceof QueryTimeoutError) {
      log.warn({ err, url: req.originalUrl }, 'Neo4j transaction timed out');
      httpError(res, 504, err.code, TIMEOUT_MESSAGE, { timeoutMs: err.timeoutMs });
    } else {
      log.error({ err, url: req.originalUrl }, 'unexpected error in an HTTP request');
      httpError(res, 500, 'INTERNAL_SERVER_ERROR', production ? GENERIC_MESSAGE : String(e?.message ?? err));
    }
  };
}
