/**
 * The `series` query: USGS MCS 2025 salient statistics of one item and country, one series per
 * USGS column, year by year (see schema/analytics.graphql and cypher/analytics/series.cypher).
 */
import { cypher } from '../../cypher.js';
import type { Context } from '../core/context.js';
import { badInput, notFound } from '../core/errors.js';
import type { Row } from '../core/loaders.js';
import { sourcesByIds } from '../core/shapes.js';

interface SeriesArgs {
  itemId: string;
  statistics?: string[] | null;
  countryId: string;
  form?: string | null;
  fromYear?: number | null;
  toYear?: number | null;
}

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

const ITEM_LABELS = ['Metal', 'Product'];

async function series(_: unknown, args: SeriesArgs, { db, loaders }: Context) {
  if (args.fromYear != null && args.toYear != null && args.fromYear > args.toYear) {
    throw badInput(`fromYear (${args.fromYear}) is after toYear (${args.toYear})`, 'fromYear');
  }
  const [item, country] = await Promise.all([loaders.node.load(args.itemId), loaders.node.load(args.countryId)]);
  if (!item || !ITEM_LABELS.includes(String(item.label))) throw notFound(`Metal or Product ${args.itemId}`);
  if (!country || country.label !== 'Country') throw notFound(`Country ${args.countryId}`);
  const rows = await db.read<{ measure: Row; item: Row; country: Row; points: PointRow[] }>(cypher('analytics/series'), {
    itemId: args.itemId,
    countryId: args.countryId,
    statistics: args.statistics?.length ? args.statistics : null,
    form: args.form || null,
    fromYear: args.fromYear ?? null,
    toYear: args.toYear ?? null,
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
