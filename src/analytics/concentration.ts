/**
 * Supply concentration of one production measure in one year: each producer's share of world
 * output and the Herfindahl–Hirschman index, with what-if adjustments (countries excluded,
 * supply added). Pure arithmetic; the figures come from the graph (USGS MCS 2025).
 *
 * Every quantity is in one base unit (`baseUnit`): metric tons for a mass measure, the
 * measure's own unit otherwise (million cubic meters of helium, carats of diamond); figures of
 * another unit family never enter (the resolvers convert or refuse them).
 *
 * - share_i = q_i / D × 100 (percent), with q_i the producer's quantity in the base unit and D
 *   the denominator: the USGS world total of the basis (rounded, as published) − the excluded
 *   producers' quantities + the added quantities. USGS world totals are rounded, so that can
 *   fall below what the listed producers add up to; D is then the listed sum. With no world
 *   total, D is the listed sum too. So D ≥ the listed sum always: shares add up to at most
 *   100 % and the HHI stays within 0–10,000. `denominatorMethod` says which rule applied.
 * - HHI = Σ share_i² over the producers named by country, on the 0–10,000 scale (the US DOJ/FTC
 *   convention: a single supplier scores 10,000). Output not attributed to any country
 *   (USGS "other countries" and rounding) is left out of the sum, so the HHI is a lower bound
 *   when that residual is not zero.
 * - A producer is a country: USGS gives some countries several rows of one measure (helium: United
 *   States extracted from natural gas, and from the Cliffside Field), and `perCountry` sums them
 *   into one producer before anything is excluded, added, ranked or shared, so no country is
 *   listed twice and the HHI is over countries.
 * - Shares are double-precision quotients: when they add up to more than 100 by rounding
 *   (100.00000000000001), the largest is lowered by the excess (`capShareSum`, src/model/shares.ts).
 */
import { figureFormatter } from '../model/figure-text.js';
import { capShareSum } from '../model/shares.js';

export { capShareSum };

export interface Producer {
  countryId: string;
  name: string;
  /** Quantity in the base unit; null when USGS gives no figure (withheld, not available…). */
  base: number | null;
  /** Added by the what-if (not a reported figure). */
  added?: boolean;
  [extra: string]: unknown;
}

/** What `perCountry` reads of a row besides `countryId`, `name` and `base` (all optional). */
interface RowFields {
  quantity?: number | null;
  unit?: string | null;
  baseUnit?: string | null;
  bound?: string | null;
  estimated?: boolean | null;
  note?: string | null;
  noValueReason?: string | null;
  sources?: string[];
}

/**
 * The bound of a sum from the bounds of its parts (interval arithmetic, as the shares of
 * src/usgs/world.ts): exact parts keep the other's bound; `atLeast` + `atMost` and anything +
 * `approximate` give `approximate`. A missing bound is `exact`.
 */
export function sumBound(bounds: Array<string | null | undefined>): string {
  const set = new Set(bounds.map((b) => b ?? 'exact'));
  set.delete('exact');
  if (set.size === 0) return 'exact';
  if (set.size === 1 && !set.has('approximate')) return [...set][0];
  return 'approximate';
}

/**
 * One producer per country: the rows of a country (USGS lists some countries twice for one
 * measure, each row with its own label in `note`) are summed into one, in input order of first
 * appearance. The sum:
 * - `base`: Σ of the parts' base quantities (a bounded part counts at its stated value, as a
 *   single bounded figure does); null when no part has a figure.
 * - `quantity`/`unit`: Σ of the reported quantities when the parts share a unit, else the base
 *   sum in `baseUnit`.
 * - `bound`: `sumBound` of the parts' bounds; a part without a figure (withheld…) counts as
 *   `atLeast` (the country's output is at least what the other parts add up to).
 * - `estimated`: true when any part is; `sources`: every part's, once each;
 *   `noValueReason`: the parts' reasons when none has a figure;
 *   `note`: `sum of N rows: <each part's figure or reason (its note)>`.
 * A country with a single row is returned as it is.
 */
export function perCountry<P extends Producer & RowFields>(rows: P[]): P[] {
  const groups = new Map<string, P[]>();
  for (const r of rows) groups.set(r.countryId, [...(groups.get(r.countryId) ?? []), r]);
  return [...groups.values()].map((parts) => (parts.length === 1 ? parts[0] : sumOf(parts)));
}

function sumOf<P extends Producer & RowFields>(parts: P[]): P {
  const figured = parts.filter((p) => p.base !== null);
  const base = figured.length ? figured.reduce((s, p) => s + (p.base as number), 0) : null;
  const units = new Set(figured.map((p) => p.unit));
  const sameUnit = units.size === 1 && figured.every((p) => typeof p.quantity === 'number');
  const quantity = base === null ? null : sameUnit ? figured.reduce((s, p) => s + (p.quantity as number), 0) : base;
  const unit = base === null ? (parts[0].unit ?? null) : sameUnit ? (figured[0].unit ?? null) : (figured[0].baseUnit ?? null);
  const bound = base === null ? null : sumBound(parts.map((p) => (p.base === null ? 'atLeast' : p.bound)));
  const estimated = parts.some((p) => p.estimated === true) ? true : parts.some((p) => p.estimated === false) ? false : null;
  const reasons = [...new Set(parts.map((p) => p.noValueReason).filter((r): r is string => Boolean(r)))];
  const partText = (p: P) => {
    const what = p.base === null ? (p.noValueReason ?? 'no figure') : `${p.quantity ?? p.base} ${(p.quantity == null ? p.baseUnit : p.unit) ?? ''}`.trim();
    return p.note ? `${what} (${p.note})` : what;
  };
  return {
    ...parts[0],
    base,
    quantity,
    unit,
    bound,
    estimated,
    noValueReason: base === null ? reasons.join('; ') || null : null,
    note: `sum of ${parts.length} rows: ${parts.map(partText).join('; ')}`,
    sources: [...new Set(parts.flatMap((p) => p.sources ?? []))],
  };
}

export interface Addition {
  countryId: string;
  name: string;
  base: number;
  /** Where the added figure comes from, e.g. "planned capacity of facility:pavlodar-gallium-plant". */
  origin: string;
  sources?: string[];
  /** The argument that gave it (`addSupply[1].countryId`, `addPlannedCapacityOf[0]`), for an error naming it. */
  argument?: string;
}

export interface ConcentrationInput {
  producers: Producer[];
  /** The published world total in the base unit, or null when there is none. */
  worldTotalBase: number | null;
  /** The unit of every quantity, as the explanations write it: `t` (default), `million cubic meters`… */
  baseUnit?: string;
  /** What the world total is, in the explanation: `USGS world total` (default), `USGS world capacity total`… */
  worldTotalName?: string;
  exclude?: string[];
  add?: Addition[];
}

export interface RankedProducer extends Producer {
  rank: number | null;
  sharePct: number | null;
}

/**
 * How the denominator was formed:
 * - WORLD_TOTAL: the published world total, unadjusted;
 * - ADJUSTED_WORLD_TOTAL: world total − excluded + added;
 * - LISTED_SUM_ABOVE_WORLD_TOTAL: the (adjusted) world total fell below the listed producers'
 *   sum (rounded totals), so the listed sum is used;
 * - LISTED_SUM_NO_WORLD_TOTAL: no published world total for the basis and year; the listed sum.
 */
export type DenominatorMethod = 'WORLD_TOTAL' | 'ADJUSTED_WORLD_TOTAL' | 'LISTED_SUM_ABOVE_WORLD_TOTAL' | 'LISTED_SUM_NO_WORLD_TOTAL';

export interface Concentration {
  producers: RankedProducer[];
  denominatorBase: number;
  denominatorMethod: DenominatorMethod;
  denominatorExplained: string;
  /** The listed producers' sum in the base unit (after the what-if), ≤ denominatorBase. */
  listedBase: number;
  hhi: number;
  top: RankedProducer | null;
  /** The part of the denominator not attributed to any listed producer, in the base unit (≥ 0). */
  unattributedBase: number;
  adjustments: string[];
}

/** An addition for a country that is also excluded (`countryId`, and what the addition was). */
export class ExcludedAndAddedError extends Error {
  constructor(
    readonly countryId: string,
    readonly origin: string,
  ) {
    super(`${countryId} is both excluded and given added supply (${origin}); remove it from one of the two`);
    this.name = 'ExcludedAndAddedError';
  }
}

/**
 * An addition for a country listed without a figure (`noValueReason`: withheld, not available, a
 * figure left out…): its output is unknown, and adding a number to it would read it as 0.
 */
export class AddedToUnknownError extends Error {
  constructor(
    readonly countryId: string,
    readonly origin: string,
    readonly reason: string,
    readonly argument?: string,
  ) {
    super(
      `${countryId} is listed without a figure (${reason}): its output is unknown, so supply cannot be added to it (${origin}); ` +
        'an unknown figure is never read as 0. Add supply to countries with a figure or not listed, or leave the country out with excludeCountries',
    );
    this.name = 'AddedToUnknownError';
  }
}

/**
 * Computes shares, ranks and the HHI over countries (`perCountry` first sums the rows of one
 * country). Excluded producers drop out of the list and the denominator (every row of the
 * country); an addition for a country already listed adds to its one quantity, and is refused
 * for a country listed without a figure.
 * Throws RangeError when the denominator is not positive, ExcludedAndAddedError when an
 * addition names an excluded country (never dropped silently), AddedToUnknownError when an
 * addition names a country listed without a figure (withheld…: never added to as if it were 0).
 */
export function concentration(input: ConcentrationInput): Concentration {
  const exclude = new Set(input.exclude ?? []);
  const producers = perCountry(input.producers);
  const excluded = producers.filter((p) => exclude.has(p.countryId));
  const kept = producers.filter((p) => !exclude.has(p.countryId)).map((p) => ({ ...p }));
  const added = input.add ?? [];
  const both = added.find((a) => exclude.has(a.countryId));
  // Excluding a country removes all its supply: adding to it as well is a contradiction, refused.
  if (both) throw new ExcludedAndAddedError(both.countryId, both.origin);
  for (const a of added) {
    const existing = kept.find((p) => p.countryId === a.countryId);
    if (existing && existing.base === null) {
      const reason = typeof existing.noValueReason === 'string' && existing.noValueReason ? existing.noValueReason : 'no figure';
      throw new AddedToUnknownError(a.countryId, a.origin, reason, a.argument);
    }
    if (existing) existing.base = (existing.base as number) + a.base;
    else kept.push({ countryId: a.countryId, name: a.name, base: a.base, added: true, sources: a.sources ?? [] });
  }
  const sumListed = kept.reduce((s, p) => s + (p.base ?? 0), 0);
  const excludedBase = excluded.reduce((s, p) => s + (p.base ?? 0), 0);
  const addedBase = added.reduce((s, a) => s + a.base, 0);
  const world = input.worldTotalBase;
  const adjusted = world === null ? null : world - excludedBase + addedBase;

  // Every figure the texts below quote, written so that no two distinct ones read alike.
  const quoted = [...excluded.map((p) => p.base ?? 0), ...added.map((a) => a.base), sumListed, excludedBase, addedBase, world ?? 0, adjusted ?? 0];
  const figure = figureFormatter(quoted);
  const unit = input.baseUnit ?? 't';
  const fmt = (q: number) => `${figure(q)} ${unit}`;
  const adjustments: string[] = [];
  for (const p of excluded) adjustments.push(`excluded ${p.name} (${p.base === null ? 'no figure' : fmt(p.base)})`);
  for (const id of exclude) if (!excluded.some((p) => p.countryId === id)) adjustments.push(`excluded ${id}, which reports no figure for this measure`);
  for (const a of added) adjustments.push(`added ${fmt(a.base)} for ${a.name} (${a.origin})`);

  let denominatorBase: number;
  let denominatorMethod: DenominatorMethod;
  let denominatorExplained: string;
  if (world !== null && adjusted !== null) {
    const changed = excludedBase !== 0 || addedBase !== 0;
    const worldText =
      `${input.worldTotalName ?? 'USGS world total'} ${fmt(world)}` +
      (excludedBase ? ` − excluded ${fmt(excludedBase)}` : '') +
      (addedBase ? ` + added ${fmt(addedBase)}` : '') +
      (changed ? ` = ${fmt(adjusted)}` : '');
    if (adjusted >= sumListed) {
      denominatorBase = adjusted;
      denominatorMethod = changed ? 'ADJUSTED_WORLD_TOTAL' : 'WORLD_TOTAL';
      denominatorExplained = worldText;
    } else {
      denominatorBase = sumListed;
      denominatorMethod = 'LISTED_SUM_ABOVE_WORLD_TOTAL';
      denominatorExplained =
        `${worldText}, less than the ${fmt(sumListed)} the listed producers add up to (USGS world totals are rounded): ` +
        `the listed sum, ${fmt(sumListed)}, is used`;
    }
  } else {
    denominatorBase = sumListed;
    denominatorMethod = 'LISTED_SUM_NO_WORLD_TOTAL';
    denominatorExplained = `no USGS world total: the sum of the listed producers, ${fmt(sumListed)}`;
  }
  if (!(denominatorBase > 0)) throw new RangeError('the denominator is not positive: nothing is left to share');

  const ranked: RankedProducer[] = kept
    .map((p) => ({ ...p, rank: null as number | null, sharePct: p.base === null ? null : (p.base / denominatorBase) * 100 }))
    .sort((a, b) => (b.base ?? -1) - (a.base ?? -1) || a.name.localeCompare(b.name));
  capShareSum(ranked);
  let rank = 0;
  for (const p of ranked) if (p.base !== null && p.base > 0) p.rank = ++rank;
  const hhi = ranked.reduce((s, p) => s + (p.sharePct ?? 0) ** 2, 0);
  return {
    producers: ranked,
    denominatorBase,
    denominatorMethod,
    denominatorExplained,
    listedBase: sumListed,
    hhi,
    top: ranked.find((p) => p.rank === 1) ?? null,
    unattributedBase: Math.max(0, denominatorBase - sumListed),
    adjustments,
  };
}

export const HHI_FORMULA =
  'HHI = Σ (share_i)², share_i = 100 × q_i / D, summed over the producers named by country (a country listed in several USGS rows is one producer, its rows summed); 0–10,000 scale. ' +
  'D = USGS world total of the basis (rounded, as published) − excluded producers + added supply, ' +
  'or the sum of the listed producers when that is larger or there is no world total. ' +
  'Output not attributed to a country is left out of the sum (the HHI is then a lower bound).';
