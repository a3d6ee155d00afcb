/**
 * The BI feeds over HTTP, mounted at `/feeds` (plain GETs, outside GraphQL):
 *   GET /feeds                               the catalogue (JSON): feeds, filters, formats, columns
 *   GET /feeds/nodes?label=Company           nodes of a label (all labels without one)
 *   GET /feeds/relationships?type=PRODUCES   relationships of a type (all types without one)
 *   GET /feeds/facts                         one flat fact per relationship
 *   GET /feeds/production                    USGS production and capacity by country
 *   GET /feeds/series                        USGS salient statistics (U.S.) by item, column and year
 * Format by `?format=csv|json|ndjson` (default csv) or suffix (`/feeds/production.csv`).
 * Rows stream from Neo4j to the response through `pipeline` (backpressure end to end).
 * Errors before the first byte are JSON `{ error: { code, message, parameter? } }`: 400
 * BAD_REQUEST (a bad parameter, named), 404 NOT_FOUND (no such feed, or a `commodity`, `country`
 * or `measure` that names nothing in the graph, named in `parameter`), 503
 * DATABASE_UNAVAILABLE (with Retry-After), 500 INTERNAL. An error after the first byte aborts the
 * response, so a client never mistakes a cut-off feed for a complete one. Columns: docs/bi-feeds.md.
 */
import { pipeline } from 'node:stream/promises';
import { type Request, type Response, Router } from 'express';
import type { Logger } from 'pino';
import { feedDuration, feedRequests, feedRows, secondsSince } from '../metrics/registry.js';
import { DatabaseUnavailableError, type Db, QueryTimeoutError } from '../neo4j/db.js';
import { httpError, TIMEOUT_MESSAGE, UNAVAILABLE_MESSAGE } from '../server/errors.js';
import { onlyParameters } from '../server/query-params.js';
import { openFeed } from './feed.js';
import { CONTENT_TYPES, FORMULA_ESCAPE, formatter } from './formats.js';
import { FEED_FORMATS, FEED_TABLES, FeedParamError, type FeedRequest, type FeedTableName, parseFeedRequest, TABLE_FILTERS } from './params.js';
import { checkFeedReferences } from './references.js';
import { columnsOf } from './tables.js';

export interface FeedsRouterOptions {
  /** Transaction timeout of one feed in ms, the whole stream (default: 20 × the Db's query timeout). */
  txTimeoutMs?: number;
  /** Records per pull from Neo4j (default 500). */
  fetchSize?: number;
  /** `Retry-After` of the 503 answered while Neo4j is unavailable (default 5; RETRY_AFTER_SECONDS). */
  retryAfterSeconds?: number;
}

function sendError(res: Response, status: number, code: string, message: string, parameter?: string): void {
  httpError(res, status, code, message, parameter ? { parameter } : {});
}

/** The feed a request names, for metrics: its table when known (even with a bad parameter), else `other`. */
function feedOf(name: string): string {
  const table = /^[a-z]+/.exec(name)?.[0];
  return FEED_TABLES.includes(table as FeedTableName) ? table! : 'other';
}

/** The feeds router; mount it with `app.use('/feeds', feedsRouter(db))`. */
export function feedsRouter(db: Db, opts: FeedsRouterOptions = {}): Router {
  const router = Router();
  const feedOpts = { txTimeoutMs: opts.txTimeoutMs ?? db.opts.txTimeoutMs * 20, fetchSize: opts.fetchSize };

  router.get('/', onlyParameters([], 'the feeds catalogue', 'BAD_REQUEST'), (_req, res) => {
    res.json({
      docs: 'docs/bi-feeds.md',
      formats: FEED_FORMATS,
      csv: {
        escapeFormulas: `default true: text cells starting with = + - @, a tab or a CR get a leading ${FORMULA_ESCAPE}; escapeFormulas=false writes them as stored`,
      },
      feeds: FEED_TABLES.map((name) => ({
        name,
        path: `/feeds/${name}`,
        filters: TABLE_FILTERS[name],
        columns: columnsOf(name),
      })),
    });
  });

  router.get('/:name', async (req: Request<{ name: string }>, res: Response) => {
    const log = (req as unknown as { log?: Logger }).log;
    const started = process.hrtime.bigint();
    let request: FeedRequest | undefined;
    let rowsSent = 0;
    res.once('close', () => {
      const feed = request?.table ?? feedOf(req.params.name);
      const format = request?.format ?? 'invalid';
      feedRequests.inc({ feed, format, status: String(res.statusCode) });
      if (!request || res.statusCode !== 200) return;
      feedDuration.observe({ feed, format }, secondsSince(started));
      feedRows.inc({ feed }, rowsSent);
    });
    try {
      request = parseFeedRequest(req.params.name, req.query as Record<string, unknown>);
    } catch (e) {
      if (!(e instanceof FeedParamError)) throw e;
      if (e.parameter === 'table') sendError(res, 404, 'NOT_FOUND', e.message);
      else sendError(res, 400, 'BAD_REQUEST', e.message, e.parameter);
      return;
    }
    /** Answers a failed read before the first byte: 503 while Neo4j is unavailable, 504 on a transaction timeout, else 500. */
    const unreadable = (e: unknown) => {
      if (e instanceof QueryTimeoutError) {
        log?.warn({ err: e, feed: request?.table }, 'feed query timed out');
        httpError(res, 504, e.code, TIMEOUT_MESSAGE, { timeoutMs: e.timeoutMs });
      } else if (e instanceof DatabaseUnavailableError) {
        // The driver's message (addresses, internals) goes to the log, not to the caller.
        log?.warn({ err: e, feed: request?.table }, 'Neo4j unavailable');
        res.setHeader('retry-after', String(opts.retryAfterSeconds ?? 5));
        sendError(res, 503, e.code, UNAVAILABLE_MESSAGE);
      } else {
        log?.error({ err: e, feed: request?.table }, 'feed query failed');
        sendError(res, 500, 'INTERNAL', 'the feed query failed; see the service log');
      }
    };
    try {
      await checkFeedReferences(db, request.filters);
    } catch (e) {
      if (e instanceof FeedParamError) sendError(res, 404, e.code, e.message, e.parameter);
      else unreadable(e);
      return;
    }
    if (req.method === 'HEAD') {
      // Express routes HEAD to GET handlers; answer with the headers without running the query.
      res.status(200).setHeader('content-type', CONTENT_TYPES[request.format]);
      res.end();
      return;
    }
    const feed = openFeed(db, request.table, request.filters, feedOpts);
    // A client that leaves (before or during the stream) cancels the query.
    res.once('close', () => {
      if (!res.writableFinished) feed.rows.destroy();
    });
    try {
      await feed.started;
    } catch (e) {
      unreadable(e);
      return;
    }
    if (res.destroyed) return;
    res.status(200);
    res.setHeader('content-type', CONTENT_TYPES[request.format]);
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    if (request.format === 'csv') res.setHeader('content-disposition', `inline; filename="${request.table}.csv"`);
    // A fixed number of close listeners, more than Node's leak warning expects (10): the service's
    // (requests in flight, logging, metrics…), this route's two and the pipeline's own.
    res.setMaxListeners(20);
    try {
      // pipeline reads the rows in flowing mode; this listener only counts them.
      feed.rows.on('data', () => rowsSent++);
      await pipeline(feed.rows, formatter(request.format, feed.table.columns, request), res);
    } catch (e) {
      // Headers are sent: the only honest signal left is to abort the response.
      if (!res.destroyed) res.destroy();
      if ((e as { code?: string })?.code !== 'ERR_STREAM_PREMATURE_CLOSE') log?.error({ err: e, feed: request.table }, 'feed stream failed');
    }
  });

  return router;
}
