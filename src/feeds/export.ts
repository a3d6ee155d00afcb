/**
 * `npm run kg -- export <table> [--format csv|json|ndjson] [--out file] [filters]`: the BI feed
 * tables written to a file (or standard output) with the same columns, rows and validation as
 * the HTTP feeds (`/feeds/<table>`). Filters: --label, --type, --commodity, --country, --year,
 * --measure, --basis, --updated-since (as the query parameters of docs/bi-feeds.md), and
 * --no-escape-formulas (csv: text cells as stored, without the leading apostrophe).
 */
import type { Command } from 'commander';
import type { Db } from '../neo4j/db.js';
import { exportFeed } from './feed.js';
import { FEED_TABLES, parseFeedRequest } from './params.js';

export interface ExportCliOptions {
  format?: string;
  out?: string;
  label?: string;
  type?: string;
  commodity?: string;
  country?: string;
  year?: string;
  measure?: string;
  basis?: string;
  statistic?: string;
  updatedSince?: string;
  /** false with --no-escape-formulas (csv only). */
  escapeFormulas?: boolean;
}

/** Declares the export command's argument and options on `cmd` (a `program.command('export')`). */
export function addExportOptions(cmd: Command): Command {
  return cmd
    .description('write a BI feed table to a file or standard output (same columns as GET /feeds/<table>; see docs/bi-feeds.md)')
    .argument('<table>', FEED_TABLES.join(', '))
    .option('--format <format>', 'csv, json or ndjson (default csv, or the suffix of <table>: production.ndjson)')
    .option('--out <file>', 'output file (default: standard output); written as <file>.partial, renamed when complete')
    .option('--label <label>', 'node label (nodes: which label; relationships, facts: either end)')
    .option('--type <type>', 'relationship type (relationships, facts)')
    .option('--commodity <id>', 'item id such as metal:gallium')
    .option('--country <iso>', 'ISO 3166-1 alpha-2 code such as CN')
    .option('--year <year>', 'calendar year')
    .option('--measure <id>', 'USGS measure id (production)')
    .option('--basis <basis>', 'production or capacity (production)')
    .option('--statistic <statistic>', 'salient statistic: production, imports, exports, consumption, price… (series)')
    .option('--updated-since <when>', 'only rows updated at or after this ISO date or datetime')
    .option('--no-escape-formulas', "csv: write text cells starting with = + - @, a tab or a CR as stored (default: with a leading ')");
}

/**
 * Runs the export inside `withDb` (the CLI's database handle). Validates the options like the
 * HTTP feed (throws FeedParamError naming the option's parameter); reports rows and bytes on
 * stderr, so stdout carries only the table.
 */
export async function runExport(table: string, opts: ExportCliOptions, withDb: <T>(work: (db: Db) => Promise<T>) => Promise<T>): Promise<void> {
  const { out, escapeFormulas, ...rest } = opts;
  const query: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  // commander sets escapeFormulas to true unless --no-escape-formulas is given; pass only the choice to turn it off.
  if (escapeFormulas === false) query.escapeFormulas = 'false';
  const request = parseFeedRequest(table, query);
  // Same transaction timeout as the HTTP feeds: 20 × the query timeout, for the whole stream.
  const done = await withDb((db) => exportFeed(db, request, out, { txTimeoutMs: db.opts.txTimeoutMs * 20 }));
  process.stderr.write(`${request.table}: ${done.rows} rows, ${done.bytes} bytes${out ? ` written to ${out}` : ''}\n`);
}
