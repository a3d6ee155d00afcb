/**
 * The `valueChainConcentration` query: per stage of a commodity's value chain (the table in
 * src/analytics/stages.ts) and per year, the top producer and its share, the top-three share
 * and the HHI, each from `concentration()` over the USGS world table, with the change between
 * the first and last year asked.
 */
import { cypher } from '../../cypher.js';
import { HHI_FORMULA, concentration } from '../../analytics/concentration.js';
import { VALUE_CHAINS, chainOf, stageChange, stageYear } from '../../analytics/stages.js';
import { toTonnes } from '../../analytics/units.js';
import type { Context } from '../core/context.js';
import { badInput, notFound } from '../core/errors.js';
import type { Row } from '../core/loaders.js';
import { sourcesByIds } from '../core/shapes.js';

interface StageRow {
  index: number;
  measure: Row;
  item: Row;
  worldTotal: number | null;
  producers: Array<{ countryId: string; name: string; tonnes: number | null; noValueReason: string | null; sources: string[] }>;
}

const YEARS = [2023, 2024];

async function valueChainConcentration(_: unknown, args: { itemId: string; years?: number[] | null }, { db, loaders }: Context) {
  const chain = chainOf(args.itemId);
  if (!chain) {
    throw badInput(`no value chain is mapped for ${args.itemId}; chains: ${VALUE_CHAINS.map((c) => `${c.name} (${c.itemIds.join(', ')})`).join('; ')}`, 'itemId');
  }
  const years = [...new Set(args.years ?? YEARS)].sort();
  const bad = years.filter((y) => !YEARS.includes(y));
  if (!years.length || bad.length) throw badInput(`years must be among ${YEARS.join(', ')} (USGS MCS 2025); got ${JSON.stringify(args.years)}`, 'years');
  const requests = chain.stages.flatMap((s, si) => years.map((year, yi) => ({ index: si * years.length + yi, measureId: s.measureId, basis: s.basis, year })));
  const rows = await db.read<StageRow>(cypher('analytics/stage-producers'), { requests });
  const byIndex = new Map(rows.map((r) => [r.index, r]));
  const sources = new Set<string>();
  const stages = chain.stages.map((s, si) => {
    const perYear = years.map((year, yi) => {
      const row = byIndex.get(si * years.length + yi);
      if (!row) throw notFound(`measure ${s.measureId}`);
      const withFigures = row.producers.filter((p) => p.tonnes !== null);
      if (!withFigures.length) return { row, summary: stageYear(year, null, `USGS MCS 2025 gives no ${s.basis} figures for ${year}`) };
      for (const p of row.producers) for (const src of p.sources) sources.add(src);
      for (const src of row.measure.sources as string[]) sources.add(src);
      const worldTotalTonnes = row.worldTotal === null ? null : toTonnes(row.worldTotal, String(row.measure.unit)) ?? null;
      const c = concentration({ producers: row.producers, worldTotalTonnes });
      return { row, summary: stageYear(year, c) };
    });
    const first = perYear[0].summary;
    const last = perYear[perYear.length - 1].summary;
    return {
      stage: s.stage,
      label: s.label,
      basis: s.basis,
      measure: perYear[0].row.measure,
      item: perYear[0].row.item,
      years: perYear.map(({ summary }) => summary),
      change: perYear.length > 1 ? stageChange(first, last) : null,
    };
  });
  const item = await loaders.node.load(args.itemId);
  if (!item) throw notFound(`Metal or Product ${args.itemId}`);
  return { chain: chain.name, item, years, stages, formula: HHI_FORMULA, sources: [...sources] };
}

export const stageResolvers = {
  Query: { valueChainConcentration },
  ValueChainConcentration: { sources: (p: { sources: string[] }, _: unknown, ctx: Context) => sourcesByIds(p.sources, ctx) },
  StageYear: { topProducer: (p: { topCountryId: string | null }, _: unknown, { loaders }: Context) => (p.topCountryId ? loaders.node.load(p.topCountryId) : null) },
};
