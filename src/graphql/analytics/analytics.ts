/**
 * Resolvers of the analytics questions: supply concentration with what-if (Q3, Q4, Q11) and
 * net import reliance (Q12). The arithmetic is in src/analytics/concentration.ts.
 */

import { AddedToUnknownError, type Addition, concentration, HHI_FORMULA } from '../../analytics/concentration.js';
import { worldTotalOf } from '../../analytics/stages.js';
import { cypher } from '../../cypher.js';
import { baseUnitOf, convert, rateRow, spellingsOf, unitError } from '../../model/units.js';
import { shown } from '../../server/echo.js';
import {
  boundedInt,
  boundedNumber,
  countryId,
  dayArg,
  existingEntities,
  existingEntity,
  listArg,
  MATERIALS,
  measureOfItem,
  memberPath,
  neo4jDate,
  optionalTypedId,
  todayUtc,
  typedId,
  YEAR_MAX,
  YEAR_MIN,
} from '../core/args.js';
import type { Context } from '../core/context.js';
import { badInput, notFound } from '../core/errors.js';
import type { Row } from '../core/loaders.js';
import { sourcesByIds } from '../core/shapes.js';
import { ADDED_TONNES_MAX, type FigureRow, inBaseUnit, maxOf, usable } from './base-unit.js';

interface ConcentrationArgs {
  measureId?: string | null;
  itemId?: string | null;
  year: number;
  basis?: string | null;
  excludeCountries?: string[];
  addSupply?: Array<{ countryId: string; quantity: number; unit: string; note?: string | null }>;
  addPlannedCapacityOf?: string[];
}

interface MeasureRow {
  measure: Row;
  item: Row;
  producers: ProducerRow[];
  /** `<basis> <year>` of every figure the measure has. */
  figures: string[];
}

/** A producer's figure (quantity, unit, quantityBase, baseUnit, noValueReason: FigureRow) with its country and sources. */
type ProducerRow = FigureRow & {
  countryId: string;
  name: string;
  country: Row;
  unit: string;
  bound: string | null;
  estimated: boolean | null;
  note: string | null;
  sources: string[];
};

/** Most entries of `excludeCountries`, `addSupply` and `addPlannedCapacityOf`. */
export const WHAT_IF_MAX = 300;

/**
 * The measure the question is about, and the argument that named it: `measureId`, or the one
 * USGS measure of `itemId` (NOT_FOUND naming `itemId` when it has none). Given both, the measure
 * must measure the item (BAD_USER_INPUT naming `measureId` otherwise); `itemId` is checked
 * (well formed, existing) whenever it is given.
 */
async function resolveMeasureId(ctx: Context, args: ConcentrationArgs): Promise<{ measureId: string; argument: 'measureId' | 'itemId' }> {
  const itemId = args.itemId == null ? null : typedId(args.itemId, 'itemId', MATERIALS);
  if (args.measureId != null) {
    const measureId = typedId(args.measureId, 'measureId', ['Measure']);
    const [measure] = await existingEntities(ctx, [{ ...measureId, argument: 'measureId' }, ...(itemId ? [{ ...itemId, argument: 'itemId' }] : [])]);
    if (itemId) await measureOfItem(ctx, String(measure.id), itemId.id, 'measureId', 'itemId');
    return { measureId: String(measure.id), argument: 'measureId' };
  }
  if (itemId == null) throw badInput('itemId: give itemId of a metal or product, or measureId', 'itemId');
  await existingEntity(ctx, itemId, 'itemId');
  const measures = await ctx.db.read<{ id: string; measure: string }>(cypher('analytics/measures-of-item'), { itemId: itemId.id });
  if (measures.length === 0) throw notFound('USGS measure for', itemId.id, 'itemId');
  if (measures.length > 1) {
    throw badInput(`${itemId.id} has several USGS measures; choose one as measureId: ${measures.map((m) => `${m.id} (${m.measure})`).join(', ')}`, 'itemId');
  }
  return { measureId: measures[0].id, argument: 'itemId' };
}

/**
 * One `addSupply` entry (or a facility's stated capacity) in the answer's base unit `baseUnit`
 * (t for a mass measure, else the measure's unit): a unit of the table spelled exactly as listed
 * (`mt` and `MT` are refused as ambiguous, `"t "` for its white space) of the measure's unit
 * family, and a quantity that is a finite positive number of at most `max` both as given and
 * once converted (a tiny quantity that converts to 0, or a huge one that converts to Infinity,
 * is refused, never added as 0 or Infinity); checked before any arithmetic. BAD_USER_INPUT
 * naming `<argument>.unit` for the unit (listing the units of the measure's family),
 * `<argument>.quantity` for the quantity.
 */
export function addedQuantity(quantity: number | null, unit: string | null, argument: string, baseUnit = 't', max = ADDED_TONNES_MAX): number {
  if (unit == null) throw badInput(`${argument}.unit: the quantity ${quantity} has no unit`, `${argument}.unit`);
  const family = rateRow(baseUnit)?.family;
  // The units of the measure's own family (mass units for a mass measure, million cubic meters for helium).
  const accepted = `${(family ? spellingsOf(family) : [baseUnit]).join(', ')} (each optionally per year, e.g. ${family === 'mass' ? 't' : baseUnit}/yr)`;
  const problem = unitError(unit);
  if (problem) throw badInput(`${argument}.unit: ${problem}; the measure is in ${shown(baseUnit)}, write one of: ${accepted}`, `${argument}.unit`);
  const factor = convert(1, unit, baseUnit);
  if (factor === undefined) {
    throw badInput(
      `${argument}.unit: ${shown(unit)} is a ${rateRow(unit)?.family} unit, but the measure's figures are in ${shown(baseUnit)} (${family}); give the quantity in one of: ${accepted}`,
      `${argument}.unit`,
    );
  }
  const bound = `a positive number of at most ${max.toExponential()} ${baseUnit}${unit === baseUnit ? '' : ` (${Number((max / factor).toPrecision(6)).toExponential()} ${unit})`}`;
  if (typeof quantity !== 'number' || !Number.isFinite(quantity) || !(quantity > 0) || quantity > max / factor) {
    throw badInput(`${argument}.quantity must be ${bound}; got ${quantity}`, `${argument}.quantity`);
  }
  // Checked again in the base unit: the conversion may round a tiny quantity to 0 or a huge one past the bound.
  const base = convert(quantity, unit, baseUnit);
  if (base === undefined || !Number.isFinite(base) || !(base > 0) || base > max) {
    throw badInput(`${argument}.quantity must be ${bound} once converted to ${baseUnit}; ${quantity} ${unit} is ${base} ${baseUnit}`, `${argument}.quantity`);
  }
  return base;
}

/**
 * BAD_USER_INPUT for an addition (`what`) to a country that `excluded` (its path,
 * `excludeCountries[j]`) removes: excluding a country takes away all its supply, so adding to
 * it contradicts the exclusion.
 */
const excludedAndAdded = (what: string, countryId: string, excluded: string, argument = what) =>
  badInput(`${what} adds supply to ${countryId}, which ${excluded} removes; a country is either excluded or given added supply, not both`, argument);

/** What each basis's world total is called in `denominator`. */
const WORLD_TOTAL_NAME: Record<string, string> = {
  production: 'USGS world total',
  capacity: 'USGS world capacity total',
  reserves: 'USGS world reserves total',
};

async function supplyConcentration(_: unknown, args: ConcentrationArgs, ctx: Context) {
  const { db } = ctx;
  const year = boundedInt(args.year, 'year', YEAR_MIN, YEAR_MAX, 2024);
  const basis = args.basis ?? 'production';
  if (basis !== 'production' && basis !== 'capacity' && basis !== 'reserves') throw badInput('basis must be production, capacity or reserves', 'basis');
  const exclude = listArg(args.excludeCountries, 'excludeCountries', WHAT_IF_MAX, countryId) ?? [];
  const supply = args.addSupply ?? [];
  if (supply.length > WHAT_IF_MAX) throw badInput(`addSupply takes at most ${WHAT_IF_MAX} entries (got ${supply.length})`, 'addSupply');
  // A member of a list argument is named by its first place in the list as sent (listArg drops repeats).
  const excludedPath = (id: string) => memberPath('excludeCountries', args.excludeCountries, id);
  const facilityPath = (id: string) => memberPath('addPlannedCapacityOf', args.addPlannedCapacityOf, id);
  const supplyIds = supply.map((a, i) => countryId(a.countryId, `addSupply[${i}].countryId`));
  for (const [i, id] of supplyIds.entries()) {
    if (exclude.includes(id)) throw excludedAndAdded(`addSupply[${i}].countryId`, id, excludedPath(id));
  }
  const facilities = listArg(args.addPlannedCapacityOf, 'addPlannedCapacityOf', WHAT_IF_MAX, (v, arg) => typedId(v, arg, ['Facility']).id) ?? [];
  if (basis === 'reserves' && facilities.length > 0) {
    throw badInput(
      'addPlannedCapacityOf adds a yearly capacity, which does not add to reserves (a stock): use addSupply with the reserves to add, or basis production or capacity',
      'addPlannedCapacityOf',
    );
  }
  const { measureId, argument: measureArgument } = await resolveMeasureId(ctx, args);
  // Every id of the what-if lists names an entity (one batch; NOT_FOUND names the first that does not, in argument order).
  const named = await existingEntities(ctx, [
    ...exclude.map((id) => ({ id, label: 'Country' as const, argument: excludedPath(id) })),
    ...supplyIds.map((id, i) => ({ id, label: 'Country' as const, argument: `addSupply[${i}].countryId` })),
    ...facilities.map((id) => ({ id, label: 'Facility' as const, argument: facilityPath(id) })),
  ]);
  const supplyCountries = named.slice(exclude.length, exclude.length + supplyIds.length);

  const [row] = await db.read<MeasureRow>(cypher('analytics/measure-producers'), { measureId, year, basis });
  if (!row) throw notFound('measure', measureId, measureArgument);
  // Every figure of the answer is in the measure's base unit: t for mass, else the measure's own unit.
  const unit = String(row.measure.unit);
  const baseUnit = baseUnitOf(unit);
  const max = maxOf(basis, baseUnit);
  // The additions are checked (unit family, bounds) before any arithmetic.
  const supplyBase = supply.map((a, i) => ({ ...a, countryId: supplyIds[i], base: addedQuantity(a.quantity, a.unit, `addSupply[${i}]`, baseUnit, max) }));
  const worldTotal = worldTotalOf(row.measure, basis, year);
  const withFigures = row.producers.filter((p) => p.quantityBase !== null);
  if (withFigures.length === 0 && worldTotal === null) {
    const totals = (['production', 'capacity', 'reserves'] as const).filter((b) => worldTotalOf(row.measure, b, year) !== null).map((b) => `${b} ${year}`);
    const figures = [...new Set([...row.figures, ...totals])].sort();
    throw badInput(
      `${measureId} has no ${basis} figures for ${year}; ` +
        (figures.length ? `it has figures for: ${figures.join(', ')} (choose basis and year among them)` : 'USGS MCS 2025 gives no figures for it'),
      figures.some((f) => f.startsWith(`${basis} `)) ? 'year' : 'basis',
    );
  }
  const worldTotalBase = usable(worldTotal === null ? null : convert(worldTotal, unit, baseUnit), max);

  const add: Addition[] = [];
  for (const [i, a] of supplyBase.entries()) {
    const c = supplyCountries[i];
    add.push({
      countryId: a.countryId,
      name: String(c.name),
      base: a.base,
      origin: a.note ?? `${a.quantity} ${a.unit} given`,
      argument: `addSupply[${i}].countryId`,
      country: c,
    } as Addition);
  }
  for (const facilityId of facilities) {
    const at = facilityPath(facilityId);
    const [cap] = await db.read<{ facility: string; quantity: number; unit: string; status: string; sources: string[]; countryId: string; country: string }>(
      cypher('analytics/planned-capacity'),
      { facilityId, itemId: row.item.id },
    );
    // The facility exists (checked above): it states no capacity for the item.
    if (!cap) throw notFound(`capacity for ${row.item.id} of facility`, facilityId, at);
    // The stored capacity meets the bounds and the unit family of an addSupply entry, whatever wrote it.
    const base = addedQuantity(cap.quantity, cap.unit, `${at} (${facilityId}: stated capacity)`, baseUnit, max);
    if (!cap.countryId) throw badInput(`${facilityId}: the facility has no country (LOCATED_IN)`, at);
    if (exclude.includes(cap.countryId)) throw excludedAndAdded(`${at} (${facilityId}, in ${cap.countryId})`, cap.countryId, excludedPath(cap.countryId), at);
    add.push({
      countryId: cap.countryId,
      name: cap.country,
      base,
      origin: `${cap.status ?? 'stated'} capacity of ${cap.facility}, ${cap.quantity} ${cap.unit}`,
      sources: cap.sources,
      argument: at,
    });
  }

  let result: ReturnType<typeof concentration>;
  try {
    result = concentration({
      producers: row.producers.map((p) => inBaseUnit(p, baseUnit, max)),
      worldTotalBase,
      baseUnit,
      worldTotalName: WORLD_TOTAL_NAME[basis],
      exclude,
      add,
    });
  } catch (e) {
    if (e instanceof AddedToUnknownError) throw badInput(`${e.argument ?? 'addSupply'}: ${e.message}`, e.argument ?? 'addSupply');
    // Nothing left to share once the excluded countries are out: the exclusion is the argument at fault;
    // without one, the measure (and its year) has nothing to share.
    const excluded = e instanceof RangeError && exclude.length > 0;
    throw badInput(
      excluded ? `excludeCountries: ${(e as Error).message} once they are excluded` : (e as Error).message,
      excluded ? 'excludeCountries' : measureArgument,
    );
  }
  const countries = new Map(row.producers.map((p) => [p.countryId, p.country]));
  for (const a of add)
    if (!countries.has(a.countryId))
      countries.set(a.countryId, (a as Addition & { country?: Row }).country ?? { id: a.countryId, name: a.name, label: 'Country', sources: [] });
  // The deprecated `…Tonnes` fields hold metric tons or nothing: null for a measure in another unit family.
  const tonnes = (value: number | null) => (baseUnit === 't' ? value : null);
  const producers = result.producers.map((p) => {
    const src = p as typeof p & Partial<ProducerRow>;
    return {
      rank: p.rank,
      country: countries.get(p.countryId),
      reported: src.quantity == null || src.unit == null ? null : { value: src.quantity, unit: src.unit, bound: src.bound ?? 'exact' },
      quantityBase: p.base,
      tonnes: tonnes(p.base),
      sharePct: p.sharePct,
      estimated: src.estimated ?? null,
      noValueReason: src.noValueReason ?? null,
      note: src.note ?? null,
      added: Boolean(p.added),
      sources: (src.sources as string[] | undefined) ?? add.filter((a) => a.countryId === p.countryId).flatMap((a) => a.sources ?? []),
    };
  });
  const top = producers.find((p) => p.rank === 1) ?? null;
  const sources = [...new Set([...(row.measure.sources as string[]), ...producers.flatMap((p) => p.sources), ...add.flatMap((a) => a.sources ?? [])])];
  return {
    measure: row.measure,
    item: row.item,
    year,
    basis,
    baseUnit,
    unitFamily: rateRow(unit)?.family ?? null,
    worldTotal: worldTotal === null ? null : { value: worldTotal, unit, bound: 'exact' },
    worldTotalBase,
    worldTotalTonnes: tonnes(worldTotalBase),
    denominatorBase: result.denominatorBase,
    denominatorTonnes: tonnes(result.denominatorBase),
    denominatorMethod: result.denominatorMethod,
    denominator: result.denominatorExplained,
    listedBase: result.listedBase,
    listedTonnes: tonnes(result.listedBase),
    producers,
    hhi: result.hhi,
    topProducer: top,
    topSharePct: top?.sharePct ?? null,
    unattributedBase: result.unattributedBase,
    unattributedTonnes: tonnes(result.unattributedBase),
    formula: HHI_FORMULA,
    adjustments: result.adjustments,
    sources,
  };
}

interface RelianceRow {
  item: Row;
  pct: number | null;
  bound: string | null;
  unit: string | null;
  period: string | null;
  noValueReason: string | null;
  note: string | null;
  importSources: Array<{ country: Row; rank: number; sources: string[] }>;
  sources: string[];
}

async function importReliance(
  _: unknown,
  args: { countryId: string; minPct?: number | null; itemId?: string | null; criticalOnly?: boolean | null },
  ctx: Context,
) {
  const { db } = ctx;
  const country = countryId(args.countryId, 'countryId');
  const minPct = boundedNumber(args.minPct, 'minPct', 0, 100);
  const item = optionalTypedId(args.itemId, 'itemId', MATERIALS);
  await existingEntities(ctx, [{ id: country, label: 'Country', argument: 'countryId' }, ...(item ? [{ ...item, argument: 'itemId' }] : [])]);
  const rows = await db.read<RelianceRow>(cypher('analytics/import-reliance'), {
    countryId: country,
    minPct,
    itemId: item?.id ?? null,
    criticalOnly: args.criticalOnly ?? false,
  });
  return rows.map((r) => ({
    item: r.item,
    reliance: r.pct === null ? null : { value: r.pct, unit: r.unit, bound: r.bound ?? 'exact' },
    noValueReason: r.noValueReason,
    period: r.period,
    note: r.note,
    importSources: r.importSources,
    sources: r.sources,
  }));
}

async function exportControls(_: unknown, args: { countryId: string; itemId?: string | null; asOf?: string | null }, ctx: Context) {
  const { db } = ctx;
  const asOf = dayArg(args.asOf, 'asOf') ?? todayUtc();
  const country = countryId(args.countryId, 'countryId');
  const item = optionalTypedId(args.itemId, 'itemId', MATERIALS);
  await existingEntities(ctx, [{ id: country, label: 'Country', argument: 'countryId' }, ...(item ? [{ ...item, argument: 'itemId' }] : [])]);
  const rows = await db.read<{ policy: Row; items: Row[]; targets: string[]; statusAsOf: string }>(cypher('questions/export-controls'), {
    countryId: country,
    itemId: item?.id ?? null,
    asOf: neo4jDate(asOf),
  });
  return rows.map((r) => ({ policy: { ...r.policy, label: 'Policy' }, restricts: r.items, targets: r.targets, asOf, statusAsOf: r.statusAsOf }));
}

const sourcesOf = (p: { sources: string[] }, _: unknown, ctx: Context) => sourcesByIds(p.sources, ctx);

export const analyticsResolvers = {
  Query: { supplyConcentration, importReliance, exportControls },
  SupplyConcentration: { sources: sourcesOf },
  ProducerShare: { sources: sourcesOf },
  ImportReliance: { sources: sourcesOf },
  ImportSourceRank: { sources: sourcesOf },
};
