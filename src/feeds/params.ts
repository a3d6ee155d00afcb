/**
 * The feeds' parameters, validated with zod: the table, the output format and the filters.
 * Labels and relationship types are accepted only from the model's allow-lists; every other
 * value reaches Cypher as a parameter. A problem throws `FeedParamError` naming the parameter.
 */
import { z } from 'zod';
import { idIssue, idOf, LABELS, type Label, parsePartialDate, REL_TYPE_NAMES, type RelType, STATISTIC_NAMES } from '../model/schema.js';
import { trimText } from '../model/text.js';
import { boundEchoes, clip, shown, zodIssueMessage } from '../server/echo.js';
import { unknownParameter } from '../server/query-params.js';

export const FEED_TABLES = ['nodes', 'relationships', 'facts', 'production', 'series'] as const;
export type FeedTableName = (typeof FEED_TABLES)[number];

export const FEED_FORMATS = ['csv', 'json', 'ndjson'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

/**
 * Filters (all optional; several combine with AND):
 * - `label`: a node label; `type`: a relationship type;
 * - `commodity`: an item id (`metal:gallium`, `product:alumina`);
 * - `country`: ISO 3166-1 alpha-2 (`CN`, any case) or a country id (`country:CN`, as every id: capitals);
 * - `year`: a calendar year; `measure`: a USGS measure id; `basis`: production or capacity;
 * - `statistic`: a salient statistic (production, imports, exports, consumption, price, …);
 * - `updatedSince`: ISO 8601 UTC datetime with milliseconds (rows updated at or after it).
 */
export interface FeedFilters {
  label?: Label;
  type?: RelType;
  commodity?: string;
  country?: string;
  year?: number;
  measure?: string;
  basis?: 'production' | 'capacity';
  statistic?: (typeof STATISTIC_NAMES)[number];
  updatedSince?: string;
}
export type FilterName = keyof FeedFilters;

/** The filters each table takes; any other is refused (it would silently do nothing). */
export const TABLE_FILTERS: Record<FeedTableName, FilterName[]> = {
  nodes: ['label', 'updatedSince'],
  relationships: ['type', 'label', 'commodity', 'country', 'year', 'updatedSince'],
  facts: ['type', 'label', 'commodity', 'country', 'year', 'updatedSince'],
  production: ['commodity', 'country', 'year', 'measure', 'basis', 'updatedSince'],
  series: ['commodity', 'country', 'year', 'measure', 'statistic', 'updatedSince'],
};

/**
 * A bad parameter: HTTP 400 `{ error: { code: 'BAD_REQUEST', message, parameter } }`, or 404 with
 * code NOT_FOUND when a well-formed id names nothing (`references.ts`); CLI exit 2.
 */
export class FeedParamError extends Error {
  /** The parameter's name, cut to ECHO_MAX characters (an unknown one is the caller's text). */
  readonly parameter: string;
  constructor(
    parameter: string,
    message: string,
    readonly code: 'BAD_REQUEST' | 'NOT_FOUND' = 'BAD_REQUEST',
  ) {
    const name = clip(parameter);
    super(`${name}: ${boundEchoes(message)}`);
    this.parameter = name;
    this.name = 'FeedParamError';
  }
}

/**
 * Parses `updatedSince`: a date (`2025-01-31`, midnight UTC) or a datetime
 * (`2025-01-31T12:00`, `…:30`, `…:30.123`, with `Z` or `±hh:mm`; no zone means UTC).
 * Returns the instant as ISO 8601 UTC with milliseconds, or undefined when it is not one.
 */
export function parseSince(s: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(s);
  if (!m || parsePartialDate(m[1])?.precision !== 'day') return undefined;
  const [, day, hh = '00', mm = '00', ss = '00', frac = '', zone = 'Z'] = m;
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return undefined;
  const ms = Date.parse(`${day}T${hh}:${mm}:${ss}.${frac.padEnd(3, '0').slice(0, 3)}${zone}`);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

const one = (name: string) =>
  z.union([z.string(), z.array(z.string())]).transform((v, ctx) => {
    if (Array.isArray(v)) {
      ctx.addIssue({ code: 'custom', message: `give ${name} once, not ${v.length} times` });
      return z.NEVER;
    }
    return trimText(v);
  });

const FILTER_SCHEMAS = {
  label: one('label').pipe(z.enum(LABELS as [Label, ...Label[]], { message: `unknown label; expected one of ${LABELS.join(', ')}` })),
  type: one('type').pipe(
    z.enum(REL_TYPE_NAMES as [RelType, ...RelType[]], { message: `unknown relationship type; expected one of ${REL_TYPE_NAMES.join(', ')}` }),
  ),
  commodity: one('commodity').pipe(idOf('Metal', 'Product')),
  // A bare code is a code (any case, as BI tools' users type it); a country: value is an id, under the one id rule (country:CN).
  country: one('country').transform((s, ctx) => {
    if (/^[A-Za-z]{2}$/.test(s)) return s.toUpperCase();
    const issue = s.startsWith('country:') ? idIssue(s, ['Country']) : 'expected an ISO 3166-1 alpha-2 code such as CN, or a country id such as country:CN';
    if (!issue) return s.slice('country:'.length);
    ctx.addIssue({ code: 'custom', message: issue });
    return z.NEVER;
  }),
  year: one('year')
    .pipe(z.string().regex(/^\d{4}$/, 'expected a year from 1900 to 2100, such as 2024'))
    .transform(Number)
    .pipe(z.number().int().min(1900, 'expected a year from 1900 to 2100').max(2100, 'expected a year from 1900 to 2100')),
  measure: one('measure').pipe(idOf('Measure')),
  basis: one('basis').pipe(z.enum(['production', 'capacity'], { message: 'expected production or capacity' })),
  statistic: one('statistic').pipe(z.enum(STATISTIC_NAMES, { message: `expected one of ${STATISTIC_NAMES.join(', ')}` })),
  updatedSince: one('updatedSince').transform((s, ctx) => {
    const iso = parseSince(s);
    if (!iso) {
      ctx.addIssue({ code: 'custom', message: `expected an ISO date or datetime such as 2025-01-31 or 2025-01-31T12:00:00Z, got ${shown(s)}` });
      return z.NEVER;
    }
    return iso;
  }),
} satisfies Record<FilterName, z.ZodType>;

const FORMAT = one('format').pipe(z.enum(FEED_FORMATS, { message: `unknown format; expected one of ${FEED_FORMATS.join(', ')}` }));
const ESCAPE_FORMULAS = one('escapeFormulas')
  .pipe(z.enum(['true', 'false'], { message: 'expected true or false' }))
  .transform((v) => v === 'true');

/** Parameters every feed takes besides its filters. */
export const OUTPUT_PARAMETERS = ['format', 'escapeFormulas'] as const;

export interface FeedRequest {
  table: FeedTableName;
  format: FeedFormat;
  filters: FeedFilters;
  /**
   * CSV only: prefix `'` to text cells starting with `= + - @`, a tab or a CR (default true);
   * `escapeFormulas=false` writes every cell exactly as stored.
   */
  escapeFormulas: boolean;
}

/**
 * Validates a feed request: `name` is the table, optionally with a format suffix
 * (`production.csv`); `query` holds `format`, `escapeFormulas` (csv only, default true) and the
 * table's filters (strings, as a query string gives them; a repeated parameter is refused).
 * Default format: csv.
 * Throws FeedParamError naming the parameter (`table` for an unknown table, `format` for a
 * suffix that disagrees with `?format=`).
 */
export function parseFeedRequest(name: string, query: Record<string, unknown>): FeedRequest {
  const m = /^([a-z]+)(?:\.([a-z]+))?$/.exec(name);
  const table = m?.[1] as FeedTableName | undefined;
  if (!m || !FEED_TABLES.includes(table!)) {
    throw new FeedParamError('table', `unknown feed ${shown(name)}; expected one of ${FEED_TABLES.join(', ')} (optionally with .csv, .json or .ndjson)`);
  }
  const allowed = TABLE_FILTERS[table!];
  const unknown = unknownParameter(query, [...allowed, ...OUTPUT_PARAMETERS], `the ${table} feed`);
  if (unknown) throw new FeedParamError(unknown.parameter, unknown.reason);
  let format: FeedFormat = 'csv';
  const parse = <T>(param: string, schema: z.ZodType<T>, value: unknown): T => {
    const r = schema.safeParse(value);
    if (!r.success) throw new FeedParamError(param, r.error.issues[0] ? zodIssueMessage(r.error.issues[0]) : 'invalid value');
    return r.data;
  };
  if (m[2] !== undefined) format = parse('format', FORMAT, m[2]);
  if (query.format !== undefined) {
    const f = parse('format', FORMAT, query.format);
    if (m[2] !== undefined && f !== format) throw new FeedParamError('format', `format ${f} disagrees with the suffix .${m[2]}`);
    format = f;
  }
  let escapeFormulas = true;
  if (query.escapeFormulas !== undefined) {
    escapeFormulas = parse('escapeFormulas', ESCAPE_FORMULAS, query.escapeFormulas);
    if (format !== 'csv') throw new FeedParamError('escapeFormulas', `applies to csv only; ${format} writes every value as stored`);
  }
  const filters: FeedFilters = {};
  for (const k of allowed) {
    if (query[k] !== undefined) (filters as Record<string, unknown>)[k] = parse(k, FILTER_SCHEMAS[k] as z.ZodType<unknown>, query[k]);
  }
  return { table: table!, format, filters, escapeFormulas };
}
