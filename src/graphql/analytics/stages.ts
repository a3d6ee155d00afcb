/**
 * The `valueChainConcentration` query: per stage of a commodity's value chain (the table in
 * src/analytics/stages.ts) and per year, the top producer and its share, the top-three share
 * and the HHI, each from `concentration()` over the USGS world table, with the change between
 * the first and last year asked.
 */

import { concentration, HHI_FORMULA } from '../../analytics/concentration.js';
import { chainOf, STAGE_YEARS, type StageYear as StageYearRow, stageChange, stageYear, VALUE_CHAINS, worldTotalOf } from '../../analytics/stages.js';
import { cypher } from '../../cypher.js';
import { baseUnitOf, convert } from '../../model/units.js';
import { shown } from '../../server/echo.js';
import { existingEntity, listArg, MATERIALS, typedId } from '../core/args.js';
import type { Context } from '../core/context.js';
import { badInput, notFound } from '../core/errors.js';
import type { Row } from '../core/loaders.js';
import { sourcesByIds } from '../core/shapes.js';
import { type FigureRow, inBaseUnit, maxOf, usable } from './base-unit.js';

interface StageRow {
  index: number;
  measure: Row;
  item: Row;
  producers: Array<FigureRow & { countryId: string; name: string; sources: string[] }>;
}

const YEARS = STAGE_YEARS;

/** A year of the world table (YEARS), else BAD_USER_INPUT. */
function tableYear(value: unknown, argument: string): number {
  if (!YEARS.includes(value as number))
    throw badInput(`${argument} must be one of ${YEARS.join(', ')} (USGS MCS 2025 world table); got ${shown(value)}`, argument);
  return value as number;
}

/**
 * Checks the arguments (core/args.ts; `years: []` gives the stages with no years), reads every
 * stage and year in one statement and computes each with `concentration()`. Errors:
 * BAD_USER_INPUT (malformed id, no mapped chain, a year outside the table), NOT_FOUND (unknown
 * item, or a stage's measure missing from the graph).
 */
async function valueChainConcentration(_: unknown, args: { itemId: unknown; years?: unknown }, ctx: Context) {
  const itemId = typedId(args.itemId, 'itemId', MATERIALS);
  const years = (listArg(args.years, 'years', YEARS.length, tableYear) ?? YEARS).sort();
  const item = await existingEntity(ctx, itemId, 'itemId');
  const chain = chainOf(itemId.id);
  if (!chain) {
    throw badInput(`no value chain is mapped for ${itemId.id}; chains: ${VALUE_CHAINS.map((c) => `${c.name} (${c.itemIds.join(', ')})`).join('; ')}`, 'itemId');
  }
  // The stages' measures and items come with their figures: with `years: []` the first table
  // year is read for them alone.
  const read = years.length ? years : YEARS.slice(0, 1);
  const requests = chain.stages.flatMap((s, si) => read.map((year, yi) => ({ index: si * read.length + yi, measureId: s.measureId, basis: s.basis, year })));
  const rows = await ctx.db.read<StageRow>(cypher('analytics/stage-producers'), { requests });
  const byIndex = new Map(rows.map((r) => [r.index, r]));
  const sources = new Set<string>();
  const stages = chain.stages.map((s, si) => {
    const rowOf = (yi: number) => {
      const row = byIndex.get(si * read.length + yi);
      // The item's chain names a measure the graph lacks: the item is what the caller named.
      if (!row) throw notFound('measure', s.measureId, 'itemId');
      return row;
    };
    const perYear = years.map((year, yi) => {
      const row = rowOf(yi);
      if (!row.producers.some((p) => p.quantityBase !== null)) return stageYear(year, null, `USGS MCS 2025 gives no ${s.basis} figures for ${year}`);
      for (const p of row.producers) for (const src of p.sources) sources.add(src);
      for (const src of row.measure.sources as string[]) sources.add(src);
      // Every figure in the measure's base unit: t for mass, else the measure's own unit.
      const unit = String(row.measure.unit);
      const baseUnit = baseUnitOf(unit);
      const max = maxOf(s.basis, baseUnit);
      const worldTotal = worldTotalOf(row.measure, s.basis, year);
      const worldTotalBase = usable(worldTotal === null ? null : convert(worldTotal, unit, baseUnit), max);
      const worldTotalName = `USGS world ${s.basis === 'production' ? '' : `${s.basis} `}total`;
      const producers = row.producers.map((p) => inBaseUnit(p, baseUnit, max));
      try {
        return stageYear(year, concentration({ producers, worldTotalBase, baseUnit, worldTotalName }), undefined, baseUnit);
      } catch (e) {
        // Only zero figures and no world total: nothing to share.
        return stageYear(year, null, `${s.basis} ${year}: ${(e as Error).message}`);
      }
    });
    return {
      stage: s.stage,
      label: s.label,
      basis: s.basis,
      measure: rowOf(0).measure,
      item: rowOf(0).item,
      years: perYear,
      change: perYear.length > 1 ? stageChange(perYear[0], perYear[perYear.length - 1]) : null,
    };
  });
  return { chain: chain.name, item, years, stages, formula: HHI_FORMULA, sources: [...sources] };
}

export const stageResolvers = {
  Query: { valueChainConcentration },
  ValueChainConcentration: { sources: (p: { sources: string[] }, _: unknown, ctx: Context) => sourcesByIds(p.sources, ctx) },
  StageYear: {
    // Deprecated: metric tons or nothing (null for a stage whose measure is not a mass).
    denominatorTonnes: (p: StageYearRow) => (p.baseUnit === 't' ? p.denominatorBase : null),
    listedTonnes: (p: StageYearRow) => (p.baseUnit === 't' ? p.listedBase : null),
    topProducer: (p: { topCountryId: string | null }, _: unknown, { loaders }: Context) => (p.topCountryId ? loaders.node.load(p.topCountryId) : null),
  },
};
