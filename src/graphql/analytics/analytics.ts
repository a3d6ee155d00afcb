/**
 * Resolvers of the analytics questions: supply concentration with what-if (Q3, Q4, Q11) and
 * net import reliance (Q12). The arithmetic is in src/analytics/concentration.ts.
 */
import { cypher, withSlots } from '../../cypher.js';
import { concentration, HHI_FORMULA, type Addition } from '../../analytics/concentration.js';
import { toTonnes } from '../../analytics/units.js';
import type { Context } from '../core/context.js';
import { dateArg } from '../core/dates.js';
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

async function resolveMeasureId(db: Context['db'], args: ConcentrationArgs): Promise<string> {
  if (args.measureId) return args.measureId;
  if (!args.itemId) throw badInput('give measureId, or itemId of a metal or product');
  const measures = await db.read<{ id: string; measure: string }>(cypher('analytics/measures-of-item'), { itemId: args.itemId });
  if (measures.length === 0) throw notFound(`USGS measure for ${args.itemId}`);
  if (measures.length > 1) {
    throw badInput(`${args.itemId} has several USGS measures; choose one as measureId: ${measures.map((m) => `${m.id} (${m.measure})`).join(', ')}`, 'itemId');
  }
  return measures[0].id;
}

async function supplyConcentration(_: unknown, args: ConcentrationArgs, { db }: Context) {
  const measureId = await resolveMeasureId(db, args);
  const basis = args.basis ?? 'production';
  if (basis !== 'production' && basis !== 'capacity') throw badInput('basis must be production or capacity', 'basis');
  const [row] = await db.read<{ measure: Row; item: Row; worldTotal: number | null; producers: ProducerRow[] }>(
    cypher('analytics/measure-producers'),
    { measureId, year: args.year, basis },
  );
  if (!row) throw notFound(`measure ${measureId}`);
  const withFigures = row.producers.filter((p) => p.tonnes !== null);
  if (withFigures.length === 0 && row.worldTotal === null) {
    throw badInput(`${measureId} has no ${basis} figures for ${args.year} (USGS MCS 2025 gives 2023 and 2024)`, 'year');
  }
  const unit = String(row.measure.unit);
  const worldTotalTonnes = row.worldTotal === null || basis !== 'production' ? null : toTonnes(row.worldTotal, unit) ?? row.worldTotal;

  const add: Addition[] = [];
  for (const a of args.addSupply ?? []) {
    const tonnes = toTonnes(a.quantity, a.unit);
    if (tonnes === undefined) throw badInput(`unknown mass unit ${JSON.stringify(a.unit)} (use t, kg, kt or Mt, optionally per year)`, 'addSupply');
    if (!(tonnes > 0)) throw badInput('an added quantity must be positive', 'addSupply');
    const [c] = await db.read<{ node: Row }>(withSlots('entities/node-by-id', { label: 'Country' }), { id: a.countryId, label: 'Country' });
    if (!c) throw notFound(`Country ${a.countryId}`);
    add.push({ countryId: a.countryId, name: String(c.node.name), tonnes, origin: a.note ?? `${a.quantity} ${a.unit} given`, country: c.node } as Addition);
  }
  for (const facilityId of args.addPlannedCapacityOf ?? []) {
    const [cap] = await db.read<{ facility: string; quantity: number; unit: string; status: string; sources: string[]; countryId: string; country: string }>(
      cypher('analytics/planned-capacity'),
      { facilityId, itemId: row.item.id },
    );
    if (!cap) throw notFound(`capacity of ${facilityId} for ${row.item.id}`);
    const tonnes = toTonnes(cap.quantity, cap.unit);
    if (tonnes === undefined || !cap.countryId) throw badInput(`${facilityId}: its capacity unit ${cap.unit} or its country is unknown`);
    add.push({ countryId: cap.countryId, name: cap.country, tonnes, origin: `${cap.status ?? 'stated'} capacity of ${cap.facility}, ${cap.quantity} ${cap.unit}`, sources: cap.sources });
  }

  let result: ReturnType<typeof concentration>;
  try {
    result = concentration({
      producers: row.producers.map((p) => ({ ...p, tonnes: p.tonnes })),
      worldTotalTonnes,
      exclude: args.excludeCountries ?? [],
      add,
    });
  } catch (e) {
    throw badInput((e as Error).message);
  }
  const countries = new Map(row.producers.map((p) => [p.countryId, p.country]));
  for (const a of add) if (!countries.has(a.countryId)) countries.set(a.countryId, (a as Addition & { country?: Row }).country ?? { id: a.countryId, name: a.name, label: 'Country', sources: [] });
  const producers = result.producers.map((p) => {
    const src = p as typeof p & Partial<ProducerRow>;
    return {
      rank: p.rank,
      country: countries.get(p.countryId),
      reported: src.quantity == null ? null : { value: src.quantity, unit: src.unit, bound: src.bound ?? 'exact' },
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
    year: args.year,
    basis,
    baseUnit: 't',
    worldTotal: row.worldTotal === null ? null : { value: row.worldTotal, unit, bound: 'exact' },
    worldTotalTonnes,
    denominatorTonnes: result.denominatorTonnes,
    denominator: result.denominatorExplained,
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
  { db }: Context,
) {
  if (args.minPct != null && !(args.minPct >= 0 && args.minPct <= 100)) throw badInput('minPct must be between 0 and 100', 'minPct');
  const rows = await db.read<RelianceRow>(cypher('analytics/import-reliance'), {
    countryId: args.countryId,
    minPct: args.minPct ?? null,
    itemId: args.itemId ?? null,
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

async function exportControls(_: unknown, args: { countryId: string; itemId?: string | null; asOf?: string | null }, { db, loaders }: Context) {
  const asOf = dateArg(args.asOf);
  if (!/^country:[A-Z]{2}$/.test(args.countryId)) throw badInput(`countryId must be like country:CN; got ${JSON.stringify(args.countryId)}`, 'countryId');
  if (!(await loaders.node.load(args.countryId))) throw notFound(`Country ${args.countryId}`);
  const rows = await db.read<{ policy: Row; items: Row[]; targets: string[]; statusAsOf: string }>(cypher('questions/export-controls'), {
    countryId: args.countryId,
    itemId: args.itemId ?? null,
    asOf: asOf.date,
  });
  return rows.map((r) => ({ policy: { ...r.policy, label: 'Policy' }, restricts: r.items, targets: r.targets, asOf: asOf.iso, statusAsOf: r.statusAsOf }));
}

const sourcesOf = (p: { sources: string[] }, _: unknown, ctx: Context) => sourcesByIds(p.sources, ctx);

export const analyticsResolvers = {
  Query: { supplyConcentration, importReliance, exportControls },
  SupplyConcentration: { sources: sourcesOf },
  ProducerShare: { sources: sourcesOf },
  ImportReliance: { sources: sourcesOf },
  ImportSourceRank: { sources: sourcesOf },
};
