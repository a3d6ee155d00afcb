/**
 * One feed, opened: the table for the request's filters and its rows streaming from Neo4j.
 * Used by the HTTP routes (`routes.ts`) and the CLI export (`exportFeed`), so both give the
 * same columns and rows.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Db } from '../neo4j/db.js';
import { formatter } from './formats.js';
import type { FeedFilters, FeedRequest, FeedTableName } from './params.js';
import { checkFeedReferences } from './references.js';
import { type QueryStream, streamQuery } from './stream.js';
import { type FeedTable, feedTable } from './tables.js';

export interface FeedOptions {
  /** Transaction timeout of one feed in ms (the whole stream). */
  txTimeoutMs: number;
  /** Records per pull from Neo4j (default 500). */
  fetchSize?: number;
}

export interface OpenFeed extends QueryStream {
  table: FeedTable;
}

/** Starts the table's query; see `streamQuery` for `rows` and `started`. Filters must be validated (`parseFeedRequest`). */
export function openFeed(db: Db, name: FeedTableName, filters: FeedFilters, opts: FeedOptions): OpenFeed {
  const table = feedTable(name, filters);
  return { table, ...streamQuery(db, table.query, table.params, table.toRow, opts) };
}

/** Counts the objects or bytes that pass. */
class Counter extends Transform {
  count = 0;
  constructor(private readonly bytes: boolean) {
    super({ objectMode: !bytes });
  }
  override _transform(chunk: Buffer | object, _enc: BufferEncoding, done: (e?: Error | null, data?: unknown) => void) {
    this.count += this.bytes ? (chunk as Buffer).length : 1;
    done(null, chunk);
  }
}

/**
 * Writes one feed in `request.format` to a file (`out`) or to `stdout` when `out` is undefined.
 * A file is written as `<out>.partial` and renamed when complete, so a failed export never
 * leaves a truncated file under the requested name. Resolves with the rows and bytes written;
 * rejects with the query's or the file's error, or FeedParamError (NOT_FOUND) for a filter id
 * that names nothing.
 */
export async function exportFeed(
  db: Db,
  request: FeedRequest,
  out: string | undefined,
  opts: FeedOptions,
  stdout: Writable = process.stdout,
): Promise<{ rows: number; bytes: number }> {
  await checkFeedReferences(db, request.filters);
  const feed = openFeed(db, request.table, request.filters, opts);
  await feed.started;
  const rows = new Counter(false);
  const bytes = new Counter(true);
  if (out === undefined) {
    await pipeline(feed.rows, rows, formatter(request.format, feed.table.columns, request), bytes, stdout, { end: false });
    return { rows: rows.count, bytes: bytes.count };
  }
  const partial = `${out}.partial`;
  try {
    await pipeline(feed.rows, rows, formatter(request.format, feed.table.columns, request), bytes, createWriteStream(partial));
    await rename(partial, out);
  } catch (e) {
    await rm(partial, { force: true });
    throw e;
  }
  return { rows: rows.count, bytes: bytes.count };
}
