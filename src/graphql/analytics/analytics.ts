/**
 * Resolvers of the analytics questions: supply concentration with what-if (Q3, Q4, Q11) and
 * net import reliance (Q12). The arithmetic is in src/analytics/concentration.ts.
 */

import { type Addition, concentration, HHI_FORMULA } from '../../analytics/concentration.js';
import { worldTotalOf } from '../../analytics/stages.js';
import { cypher } from '../../cypher.js';
import { RESERVES_TONNES_MAX } from '../../model/quantities.js';
import { toTonnes } from '../../model/units.js';
import { shown } from '../../server/echo.js';
import {
  boundedInt,
  boundedNumber,
  countryId,
  dayArg,
  existingEntity,
  listArg,
  MATERIALS,
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

interface ProducerRow {
  countryId: string;
  name: string;
  country: Row;
  quantity: number | null;
  unit: string;
  bound: string | null;
  tonnes: number | null;
  estimated: boolean | null;
  noValueReason: string | null;
  note: string | null;
  sources: string[];
}

/** Most entries of `excludeCountries`, `addSupply` and `addPlannedCapacityOf`. */
export const WHAT_IF_MAX = 300;
/**
 * Largest quantity one `addSupply` entry may add, in metric tons: ten billion, above the world
 * output of any commodity USGS tabulates (iron ore and cement are a few billion).
 */
export const ADDED_TONNES_MAX = 1e10;

async function resolveMeasureId(ctx: Context, args: ConcentrationArgs): Promise<string> {
  if (args.measureId != null) return (await existingEntity(ctx, typedId(args.measureId, 'measureId', ['Measure']), 'measureId')).id;
  if (args.itemId == null) throw badInput('give measureId, or itemId of a metal or product');
  const itemId = typedId(args.itemId, 'itemId', MATERIALS);
  await existingEntity(ctx, itemId, 'itemId');
  const measures = await ctx.db.read<{ id: string; measure: string }>(cypher('analytics/measures-of-item'), { itemId: itemId.id });
  if (measures.length === 0) throw notFound('USGS measure for', itemId.id);
  if (measures.length > 1) {
    throw badInput(`${itemId.id} has several USGS measures; choose one as measureId: ${measures.map((m) => `${m.id} (${m.measure})`).join(', ')}`, 'itemId');
  }
  return measures[0].id;
}

/**
 * One `addSupply` entry in metric tons: a finite positive quantity of a known mass unit, at
 * most ADDED_TONNES_MAX once converted; checked before any arithmetic (BAD_USER_INPUT).
 */
export function addedTonnes(quantity: number | null, unit: string | null, argument: string, max = ADDED_TONNES_MAX): number {
  const factor = toTonnes(1, unit);
  if (unit == null) throw badInput(`${argument}.unit: the quantity ${quantity} has no unit`, argument);
  if (factor === undefined) throw badInput(`${argument}.unit: unknown mass unit ${shown(unit)} (use t, kg, kt or Mt, optionally per year)`, argument);
  if (typeof quantity !== 'number' || !Number.isFinite(quantity) || !(quantity > 0) || quantity > max / factor) {
    throw badInput(
      `${argument}.quantity must be a positive number of at most ${max.toExponential()} t (${Number((max / factor).toPrecision(6)).toExponential()} ${unit}); got ${quantity}`,
      argument,
    );
  }
  return toTonnes(quantity, unit)!;
}

/**
 * BAD_USER_INPUT for an addition (`what`) to a country that `excludeCountries[j]` removes:
 * excluding a country takes away all its supply, so adding to it contradicts the exclusion.
 */
const excludedAndAdded = (what: string, countryId: string, j: number, argument = what) =>
  badInput(`${what} adds supply to ${countryId}, which excludeCountries[${j}] removes; a country is either excluded or given added supply, not both`, argument);

/** `tonnes` when it is a finite number above 0 and at most `max` (ADDED_TONNES_MAX; reserves RESERVES_TONNES_MAX), else null. */
const usableTonnes = (tonnes: number | null | undefined, max = ADDED_TONNES_MAX) =>
  typeof tonnes === 'number' && Number.isFinite(tonnes) && tonnes > 0 && tonnes <= max ? tonnes : null;

/** The largest figure, world total or addition in metric tons of each basis: flows per year, reserves a stock. */
const tonnesMaxOf = (basis: string) => (basis === 'reserves' ? RESERVES_TONNES_MAX : ADDED_TONNES_MAX);

/** What each basis's world total is called in `denominator`. */
const WORLD_TOTAL_NAME: Record<string, string> = {
  production: 'USGS world total',
  capacity: 'USGS world capacity total',
  reserves: 'USGS world reserves total',
};

/**
 * A producer row whose figure in tons is usable, or the row without a figure and the reason in
 * `noValueReason`: figures written around the loader's checks (negative, 0, not finite, out of
 * bounds, no unit) never enter a share or the HHI.
 */
function withUsableTonnes(p: ProducerRow, max = ADDED_TONNES_MAX): ProducerRow {
  if (p.tonnes === null || usableTonnes(p.tonnes, max) !== null) return p;
  return { ...p, tonnes: null, noValueReason: `figure left out: ${p.tonnes} t is not a number above 0 and at most ${max.toExponential()} t` };
}

async function supplyConcentration(_: unknown, args: ConcentrationArgs, ctx: Context) {
  const { db } = ctx;
  const year = boundedInt(args.year, 'year', YEAR_MIN, YEAR_MAX, 2024);
  const basis = args.basis ?? 'production';
  if (basis !== 'production' && basis !== 'capacity' && basis !== 'reserves') throw badInput('basis must be production, capacity or reserves', 'basis');
  const tonnesMax = tonnesMaxOf(basis);
  const exclude = listArg(args.excludeCountries, 'excludeCountries', WHAT_IF_MAX, countryId) ?? [];
  const supply = args.addSupply ?? [];
  if (supply.length > WHAT_IF_MAX) throw badInput(`addSupply takes at most ${WHAT_IF_MAX} entries (got ${supply.length})`, 'addSupply');
  const supplyTonnes = supply.map((a, i) => ({
    ...a,
    countryId: countryId(a.countryId, `addSupply[${i}].countryId`),
    tonnes: addedTonnes(a.quantity, a.unit, `addSupply[${i}]`, tonnesMax),
  }));
  for (const [i, a] of supplyTonnes.entries()) {
    const j = exclude.indexOf(a.countryId);
    if (j >= 0) throw excludedAndAdded(`addSupply[${i}].countryId`, a.countryId, j);
  }
  const facilities = listArg(args.addPlannedCapacityOf, 'addPlannedCapacityOf', WHAT_IF_MAX, (v, arg) => typedId(v, arg, ['Facility']).id) ?? [];
  if (basis === 'reserves' && facilities.length > 0) {
    throw badInput(
      'addPlannedCapacityOf adds a yearly capacity, which does not add to reserves (a stock): use addSupply with the reserves to add, or basis production or capacity',
      'addPlannedCapacityOf',
    );
  }
  const measureId = await resolveMeasureId(ctx, args);
  await Promise.all(exclude.map((id, i) => existingEntity(ctx, { id, label: 'Country' }, `excludeCountries[${i}]`)));

  const [row] = await db.read<MeasureRow>(cypher('analytics/measure-producers'), { measureId, year, basis });
  if (!row) throw notFound('measure', measureId);
  const worldTotal = worldTotalOf(row.measure, basis, year);
  const withFigures = row.producers.filter((p) => p.tonnes !== null);
  if (withFigures.length === 0 && worldTotal === null) {
    const totals = (['production', 'capacity', 'reserves'] as const).filter((b) => worldTotalOf(row.measure, b, year) !== null).map((b) => `${b} ${year}`);
    const figures = [...new Set([...row.figures, ...totals])].sort();
    throw badInput(
      `${measureId} has no ${basis} figures for ${year}; ` +
        (figures.length ? `it has figures for: ${figures.join(', ')} (choose basis and year among them)` : 'USGS MCS 2025 gives no figures for it'),
      figures.some((f) => f.startsWith(`${basis} `)) ? 'year' : 'basis',
    );
  }
  const unit = String(row.measure.unit);
  const worldTotalTonnes = usableTonnes(worldTotal === null ? null : (toTonnes(worldTotal, unit) ?? worldTotal), tonnesMax);

  const add: Addition[] = [];
  for (const a of supplyTonnes) {
    const c = await existingEntity(ctx, { id: a.countryId, label: 'Country' }, 'addSupply');
    add.push({ countryId: a.countryId, name: String(c.name), tonnes: a.tonnes, origin: a.note ?? `${a.quantity} ${a.unit} given`, country: c } as Addition);
  }
  for (const [i, facilityId] of facilities.entries()) {
    const [cap] = await db.read<{ facility: string; quantity: number; unit: string; status: string; sources: string[]; countryId: string; country: string }>(
      cypher('analytics/planned-capacity'),
      { facilityId, itemId: row.item.id },
    );
    if (!cap) throw notFound(`capacity for ${row.item.id} of facility`, facilityId);
    // The stored capacity meets the bounds of an addSupply entry, whatever wrote it.
    const tonnes = addedTonnes(cap.quantity, cap.unit, `addPlannedCapacityOf[${i}] (${facilityId}: stated capacity)`);
    if (!cap.countryId) throw badInput(`${facilityId}: the facility has no country (LOCATED_IN)`, 'addPlannedCapacityOf');
    const j = exclude.indexOf(cap.countryId);
    if (j >= 0) throw excludedAndAdded(`addPlannedCapacityOf[${i}] (${facilityId}, in ${cap.countryId})`, cap.countryId, j, `addPlannedCapacityOf[${i}]`);
    add.push({
      countryId: cap.countryId,
      name: cap.country,
      tonnes,
      origin: `${cap.status ?? 'stated'} capacity of ${cap.facility}, ${cap.quantity} ${cap.unit}`,
      sources: cap.sources,
    });
  }

  let result: ReturnType<typeof concentration>;
  try {
    result = concentration({
      producers: row.producers.map((p) => ({ ...withUsableTonnes(p, tonnesMax) })),
      worldTotalTonnes,
      worldTotalName: WORLD_TOTAL_NAME[basis],
      exclude,
      add,
    });
  } catch (e) {
    throw badInput((e as Error).message);
  }
  const countries = new Map(row.producers.map((p) => [p.countryId, p.country]));
  for (const a of add)
    if (!countries.has(a.countryId))
      countries.set(a.countryId, (a as Addition & { country?: Row }).country ?? { id: a.countryId, name: a.name, label: 'Country', sources: [] });
  const producers = result.producers.map((p) => {
    const src = p as typeof p & Partial<ProducerRow>;
    return {
      rank: p.rank,
      country: countries.get(p.countryId),
      reported: src.quantity == null || src.unit == null ? null : { value: src.quantity, unit: src.unit, bound: src.bound ?? 'exact' },
      tonnes: p.tonnes,
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
    baseUnit: 't',
    worldTotal: worldTotal === null ? null : { value: worldTotal, unit, bound: 'exact' },
    worldTotalTonnes,
    denominatorTonnes: result.denominatorTonnes,
    denominatorMethod: result.denominatorMethod,
    denominator: result.denominatorExplained,
    listedTonnes: result.listedTonnes,
    producers,
    hhi: result.hhi,
    topProducer: top,
    topSharePct: top?.sharePct ?? null,
    unattributedTonnes: result.unattributedTonnes,
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
  await Promise.all([existingEntity(ctx, { id: country, label: 'Country' }, 'countryId'), item && existingEntity(ctx, item, 'itemId')]);
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
  await Promise.all([existingEntity(ctx, { id: country, label: 'Country' }, 'countryId'), item && existingEntity(ctx, item, 'itemId')]);
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
