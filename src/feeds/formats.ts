/**
 * Output formats of the feeds, as Transform streams from rows (objects, see `FeedRow`) to
 * UTF-8 text:
 * - `csv`: RFC 4180 (csv-stringify): a header row of the column names, CRLF line ends, fields
 *   quoted when they hold a comma, quote or line break; booleans as `true`/`false`, a missing
 *   value as an empty field;
 * - `json`: one JSON array of row objects, written row by row (`[]` when empty);
 * - `ndjson`: one JSON object per line, LF line ends.
 */
import { Transform } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Column } from './columns.js';
import type { FeedFormat } from './params.js';
import type { FeedRow } from './tables.js';

/** The Content-Type of each format. */
export const CONTENT_TYPES: Record<FeedFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

/** A Transform from rows to the format's text, honouring backpressure like any Node stream. */
export function formatter(format: FeedFormat, columns: Column[]): Transform {
  switch (format) {
    case 'csv':
      return stringify({
        header: true,
        columns: columns.map((c) => c.name),
        record_delimiter: '\r\n',
        cast: { boolean: (v) => (v ? 'true' : 'false') },
      });
    case 'ndjson':
      return new Transform({
        writableObjectMode: true,
        transform(row: FeedRow, _enc, done) {
          done(null, `${JSON.stringify(row)}\n`);
        },
      });
    case 'json': {
      let first = true;
      return new Transform({
        writableObjectMode: true,
        transform(row: FeedRow, _enc, done) {
          const text = `${first ? '[\n' : ',\n'}${JSON.stringify(row)}`;
          first = false;
          done(null, text);
        },
        flush(done) {
          done(null, first ? '[]\n' : '\n]\n');
        },
      });
    }
  }
}
