/**
 * Value-chain stages: which USGS MCS 2025 world-table measure and basis stands for each stage
 * of a commodity's chain (the one table below), and the per-stage concentration figures
 * (top producer and share, top-three share, HHI) with their change between years. The
 * arithmetic of each stage and year is `concentration()` (src/analytics/concentration.ts).
 */
import type { Concentration, DenominatorMethod } from './concentration.js';

/** The years of the world table (production and capacity; reserves 2024 only). */
export const STAGE_YEARS = [2023, 2024];

export type StageBasis = 'reserves' | 'production' | 'capacity';

export interface Stage {
  /** The stage as analysts name it: reserves, mine, refinery, smelter, capacity, production. */
  stage: string;
  /** What the stage is, in words. */
  label: string;
  measureId: string;
  basis: StageBasis;
}

export interface ValueChain {
  /** The chain in words, upstream first. */
  name: string;
  /** The items of the chain: asking for any of them gives the chain. */
  itemIds: string[];
  stages: Stage[];
}

/**
 * THE mapping of USGS measures to value-chain stages, upstream first. Source of every measure:
 * USGS Mineral Commodity Summaries 2025, world production, capacity and reserves table
 * (doi:10.5066/P13XCP3R). The release gives production (and capacity) for 2023 and 2024,
 * reserves for 2024 only.
 *
 * | chain | stage | measure | basis |
 * |---|---|---|---|
 * | bauxite → alumina → aluminium | reserves | bauxite mine production (dry tons) | reserves |
 * | | mine | bauxite mine production (dry tons) | production |
 * | | refinery | alumina refinery production (calcined equivalent) | production |
 * | | smelter | aluminum smelter production | production |
 * | rare earths | reserves | rare-earth mine production (REO equivalent) | reserves |
 * | | mine | rare-earth mine production (REO equivalent) | production |
 * | gallium | capacity | primary gallium production | capacity |
 * | | production | primary gallium production | production |
 */
export const VALUE_CHAINS: ValueChain[] = [
  {
    name: 'bauxite → alumina → aluminium',
    itemIds: ['metal:aluminium', 'product:alumina', 'product:bauxite'],
    stages: [
      { stage: 'reserves', label: 'Bauxite reserves', measureId: 'measure:bauxite-mine-production-bauxite-dry-tons', basis: 'reserves' },
      { stage: 'mine', label: 'Bauxite mine production', measureId: 'measure:bauxite-mine-production-bauxite-dry-tons', basis: 'production' },
      {
        stage: 'refinery',
        label: 'Alumina refinery production',
        measureId: 'measure:bauxite-refinery-production-alumina-calcined-equivalent-weights',
        basis: 'production',
      },
      { stage: 'smelter', label: 'Aluminium smelter production', measureId: 'measure:aluminum-smelter-production-aluminum', basis: 'production' },
    ],
  },
  {
    name: 'rare earths: reserves → mine',
    itemIds: ['product:rare-earths'],
    stages: [
      {
        stage: 'reserves',
        label: 'Rare-earth reserves (REO)',
        measureId: 'measure:rare-earths-mine-production-rare-earth-oxide-equivalent',
        basis: 'reserves',
      },
      {
        stage: 'mine',
        label: 'Rare-earth mine production (REO)',
        measureId: 'measure:rare-earths-mine-production-rare-earth-oxide-equivalent',
        basis: 'production',
      },
    ],
  },
  {
    name: 'gallium: capacity → production',
    itemIds: ['metal:gallium'],
    stages: [
      { stage: 'capacity', label: 'Primary gallium capacity', measureId: 'measure:gallium-primary-production', basis: 'capacity' },
      { stage: 'production', label: 'Primary gallium production', measureId: 'measure:gallium-primary-production', basis: 'production' },
    ],
  },
];

/** The chain an item belongs to, or undefined. */
export const chainOf = (itemId: string): ValueChain | undefined => VALUE_CHAINS.find((c) => c.itemIds.includes(itemId));

/** One stage in one year: the figures of `concentration()`, condensed; null figures when the year has none. */
export interface StageYear {
  year: number;
  hasFigures: boolean;
  topCountryId: string | null;
  topSharePct: number | null;
  /** Sum of the three largest shares, percent. */
  top3SharePct: number | null;
  hhi: number | null;
  producerCount: number;
  /** The unit of denominatorBase and listedBase: t for a mass measure, else the measure's unit; null without figures. */
  baseUnit: string | null;
  /** In baseUnit. */
  denominatorBase: number | null;
  denominatorMethod: DenominatorMethod | null;
  /** The listed producers' sum, in baseUnit (≤ denominatorBase). */
  listedBase: number | null;
  denominator: string | null;
}

/** Condenses a concentration result (or its absence, with `reason`) for one year, its quantities in `baseUnit`. */
export function stageYear(year: number, c: Concentration | null, reason?: string, baseUnit = 't'): StageYear {
  if (!c) {
    return {
      year,
      hasFigures: false,
      topCountryId: null,
      topSharePct: null,
      top3SharePct: null,
      hhi: null,
      producerCount: 0,
      baseUnit: null,
      denominatorBase: null,
      denominatorMethod: null,
      listedBase: null,
      denominator: reason ?? null,
    };
  }
  const ranked = c.producers.filter((p) => p.rank !== null);
  return {
    year,
    hasFigures: true,
    topCountryId: c.top?.countryId ?? null,
    topSharePct: c.top?.sharePct ?? null,
    top3SharePct: ranked.slice(0, 3).reduce((s, p) => s + (p.sharePct ?? 0), 0),
    hhi: c.hhi,
    producerCount: ranked.length,
    baseUnit,
    denominatorBase: c.denominatorBase,
    denominatorMethod: c.denominatorMethod,
    listedBase: c.listedBase,
    denominator: c.denominatorExplained,
  };
}

/** The change from one year to a later one: percentage points of the shares, HHI points; null when a year has no figures. */
export function stageChange(from: StageYear, to: StageYear) {
  if (!from.hasFigures || !to.hasFigures) return null;
  const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
  return {
    fromYear: from.year,
    toYear: to.year,
    topSharePctPoints: diff(from.topSharePct, to.topSharePct),
    top3SharePctPoints: diff(from.top3SharePct, to.top3SharePct),
    hhi: diff(from.hhi, to.hhi),
    topProducerChanged: from.topCountryId !== to.topCountryId,
  };
}

/**
 * The USGS world total of `basis` in `year` for a world-table Measure, in the measure's unit, or
 * null when USGS gives none. The measure's own total (`worldTotal<year>`) is of its primary basis
 * (`worldTotalBasis`, production when absent); capacity and reserves totals are
 * `worldCapacity<year>` and `worldReserves<year>`, falling back to `worldTotal<year>` for a
 * measure whose primary basis they are. Source: the USGS MCS 2025 world table, as imported.
 */
export function worldTotalOf(measure: Readonly<Record<string, unknown>>, basis: StageBasis, year: number): number | null {
  const at = (property: string) => {
    const v = measure[`${property}${year}`];
    return typeof v === 'number' ? v : null;
  };
  const primary = typeof measure.worldTotalBasis === 'string' ? measure.worldTotalBasis : 'production';
  const own = primary === basis ? at('worldTotal') : null;
  if (basis === 'production') return own;
  return at(basis === 'capacity' ? 'worldCapacity' : 'worldReserves') ?? own;
}
