/**
 * The `series` query: USGS MCS 2025 salient statistics of one item and country, one series per
 * USGS column, year by year (see schema/analytics.graphql and cypher/analytics/series.cypher).
 */
import { cypher } from '../../cypher.js';
import { STATISTIC_NAMES } from '../../model/schema.js';
import { boundedInt, countryId, enumsArg, existingEntities, filterText, MATERIALS, typedId, YEAR_MAX, YEAR_MIN } from '../core/args.js';
import type { Context } from '../core/context.js';
import { badInput } from '../core/errors.js';
import type { Row } from '../core/loaders.js';
import { sourcesByIds } from '../core/shapes.js';

interface SeriesArgs {
  itemId: unknown;
  statistics?: unknown;
  countryId: unknown;
  form?: string | null;
  fromYear?: unknown;
  toYear?: unknown;
}

/** The years the salient tables may hold: the arguments are checked against a calendar range, not the data's. */

interface PointRow {
  year: number;
  quantity: number | null;
  unit: string;
  bound: string | null;
  tonnes: number | null;
  estimated: boolean;
  noValueReason: string | null;
  note: string | null;
  sources: string[];
}

/**
 * Checks the arguments (core/args.ts: typed ids, NOT_FOUND for ids naming nothing, years
 * 1900–2100 and not reversed; `statistics: []` matches nothing; a blank `form` is refused) and reads the series in one
 * statement.
 */
async function series(_: unknown, args: SeriesArgs, ctx: Context) {
  const item = typedId(args.itemId, 'itemId', MATERIALS);
  const country = countryId(args.countryId, 'countryId');
  const fromYear = boundedInt(args.fromYear, 'fromYear', YEAR_MIN, YEAR_MAX, YEAR_MIN);
  const toYear = boundedInt(args.toYear, 'toYear', YEAR_MIN, YEAR_MAX, YEAR_MAX);
  if (fromYear > toYear) throw badInput(`fromYear (${fromYear}) is after toYear (${toYear})`, 'fromYear');
  const statistics = enumsArg(args.statistics, 'statistics', STATISTIC_NAMES, 'a statistic');
  const form = filterText(args.form, 'form');
  await existingEntities(ctx, [
    { ...item, argument: 'itemId' },
    { id: country, label: 'Country', argument: 'countryId' },
  ]);
  if (statistics?.length === 0) return [];
  const rows = await ctx.db.read<{ measure: Row; item: Row; country: Row; points: PointRow[] }>(cypher('analytics/series'), {
    itemId: item.id,
    countryId: country,
    statistics,
    form,
    fromYear,
    toYear,
  });
  return rows.map((r) => ({
    measure: r.measure,
    item: r.item,
    country: r.country,
    statistic: r.measure.statistic,
    form: r.measure.form ?? null,
    unit: r.measure.unit,
    baseUnit: r.measure.baseUnit ?? r.measure.unit,
    points: r.points.map((p) => ({
      year: p.year,
      quantity: p.quantity === null ? null : { value: p.quantity, unit: p.unit, bound: p.bound ?? 'exact' },
      tonnes: p.tonnes,
      estimated: p.estimated,
      noValueReason: p.noValueReason,
      note: p.note,
      sources: p.sources,
    })),
    sources: [...new Set([...((r.measure.sources as string[]) ?? []), ...r.points.flatMap((p) => p.sources)])],
  }));
}

const sourcesOf = (p: { sources: string[] }, _: unknown, ctx: Context) => sourcesByIds(p.sources, ctx);

export const seriesResolvers = {
  Query: { series },
  StatisticSeries: { sources: sourcesOf },
  SeriesPoint: { sources: sourcesOf },
};
