/**
 * `GET /metrics` (Prometheus text format, from the registry of metrics/registry.ts) and the
 * Apollo plugin that counts and times GraphQL operations and their errors.
 * Operation names are the client's: at most `MAX_OPERATION_NAMES` distinct ones are kept as
 * labels (see `BoundedNames`), so clients cannot grow the number of series without bound.
 * Errors Apollo answers before an operation starts (an invalid key, a request without a query)
 * count under operation `unknown`.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { type RequestHandler, Router } from 'express';
import { getOperationAST } from 'graphql';
import { BoundedNames } from '../metrics/names.js';
import { collectProcessMetrics, graphqlDuration, graphqlErrors, graphqlRequests, registry, secondsSince } from '../metrics/registry.js';

/** Distinct operation names kept as label values; further names count as `other`. */
export const MAX_OPERATION_NAMES = 200;
/** Distinct error codes kept as label values. */
export const MAX_ERROR_CODES = 50;
const CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;

const codeOf = (error: unknown): unknown => (error as { extensions?: { code?: unknown } } | undefined)?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';

/**
 * Apollo plugin: `kg_graphql_requests_total` and `kg_graphql_request_duration_seconds` per
 * operation name and type, `kg_graphql_errors_total` per operation name and the code the
 * client received (after `formatError`).
 */
export function metricsPlugin(): ApolloServerPlugin {
  const operations = new BoundedNames(MAX_OPERATION_NAMES);
  const codes = new BoundedNames(MAX_ERROR_CODES, CODE_PATTERN);
  const countError = (operation: string, code: unknown) => graphqlErrors.inc({ operation, code: codes.label(typeof code === 'string' ? code : undefined) });
  return {
    async contextCreationDidFail({ error }) {
      countError('unknown', codeOf(error));
    },
    async invalidRequestWasReceived({ error }) {
      countError('unknown', codeOf(error));
    },
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, request, operation, document, response }) {
          // A document that parsed but did not validate still names its operation.
          const name = operationName ?? (document ? getOperationAST(document, request.operationName)?.name?.value : undefined) ?? request.operationName;
          const labels = { operation: operations.label(name), type: operation?.operation ?? 'unknown' };
          graphqlRequests.inc(labels);
          graphqlDuration.observe(labels, secondsSince(started));
          if (response.body.kind !== 'single') return;
          for (const e of response.body.singleResult.errors ?? []) countError(labels.operation, codeOf(e));
        },
      };
    },
  };
}

/** The `/metrics` router; `access` is the read-access check (closed like reads when READ_REQUIRES_KEY is set). */
export function metricsRouter(access: RequestHandler): Router {
  collectProcessMetrics();
  const router = Router();
  router.get('/metrics', access, async (_req, res) => {
    res.setHeader('content-type', registry.contentType);
    res.setHeader('cache-control', 'no-store');
    res.send(await registry.metrics());
  });
  return router;
}
