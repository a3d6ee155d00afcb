/**
 * The four feed tables — nodes, relationships, facts, production — each as its columns (stable
 * snake_case names, types, units), its named Cypher statement with parameters, and the mapping
 * from one database record to one row. Shared by the HTTP feeds and the CLI export; documented
 * in `docs/bi-feeds.md`.
 */
import neo4j from 'neo4j-driver';
import { withSlots } from '../cypher.js';
import { LABELS, type Label, REL_TYPE_NAMES, type RelType } from '../model/schema.js';
import { statusOn, todayUtc, type Window } from '../model/status.js';
import {
  allLabelPropertyColumns,
  allTypePropertyColumns,
  type Column,
  type ColumnType,
  col,
  joinList,
  labelPropertyColumns,
  type PropertyColumn,
  STATUS_DOC,
  typePropertyColumns,
  UPDATED_AT,
} from './columns.js';
import type { FeedFilters, FeedTableName } from './params.js';
import { SERIES_COLUMNS } from './series.js';

/** One row of a feed: column name → value (null when missing), keys in column order. */
export type FeedRow = Record<string, string | number | boolean | null>;

/** A feed table ready to run: its columns, its statement and the record → row mapping. */
export interface FeedTable {
  name: FeedTableName;
  columns: Column[];
  query: string;
  params: Record<string, unknown>;
  /** Maps one record (plain values, see `toPlain`) to a row with exactly `columns`. */
  toRow(record: Record<string, unknown>): FeedRow;
}

const SOURCES = col('sources', 'list', 'ids of the Source nodes that state it, joined with " | "');

/** Columns of the nodes feed: common ones, then the label's own properties (all labels' without a label). */
export function nodeColumns(label?: Label): Column[] {
  return [
    col('id', 'text', 'typed id, prefix:slug (company:erg, country:KZ)'),
    col('label', 'text', 'node label (Company, Country, Metal…)'),
    col('name', 'text', 'name'),
    col('aliases', 'list', 'other names, joined with " | "'),
    col('description', 'text', 'description'),
    ...strip(label ? labelPropertyColumns(label) : allLabelPropertyColumns()),
    SOURCES,
    UPDATED_AT,
  ];
}

/** Columns of the relationships feed: both ends, the key, then the type's properties (all types' without a type). */
export function relationshipColumns(type?: RelType): Column[] {
  return [
    col('from_id', 'text', 'id of the start node'),
    col('from_label', 'text', 'label of the start node'),
    col('from_name', 'text', 'name of the start node'),
    col('type', 'text', 'relationship type (PRODUCES, SUPPLIES…); reads start → end as a sentence'),
    col('to_id', 'text', 'id of the end node'),
    col('to_label', 'text', 'label of the end node'),
    col('to_name', 'text', 'name of the end node'),
    col('key', 'text', 'tells apart parallel relationships of one type between the same two nodes (empty when there are none)'),
    ...strip(type ? typePropertyColumns(type) : allTypePropertyColumns()),
    SOURCES,
    UPDATED_AT,
  ];
}

/** Columns of the facts feed: one flat row per relationship (for ABOUT, the claim's value). */
export const FACT_COLUMNS: Column[] = [
  col('subject_id', 'text', 'id of the start node (for ABOUT: the claim)'),
  col('subject_label', 'text', 'label of the start node'),
  col('subject_name', 'text', 'name of the start node'),
  col('predicate', 'text', 'the relationship type'),
  col('object_id', 'text', 'id of the end node'),
  col('object_label', 'text', 'label of the end node'),
  col('object_name', 'text', 'name of the end node'),
  col('key', 'text', 'tells apart parallel facts with the same subject, predicate and object'),
  col('value', 'number', 'the figure: quantity, else amount, else share; for ABOUT the claimed number', 'in unit'),
  col('unit', 'text', 'unit of value: the quantity unit, the ISO 4217 currency of an amount, or % for a share'),
  col('bound', 'text', 'exact, atLeast, atMost or approximate: how value bounds the true value'),
  col('value_text', 'text', 'the value in words: a claim word for word, or why there is no figure (withheld…)'),
  col(
    'period_or_validity',
    'text',
    'the year (2024), the stated period (2020–2023), or validity from–to as partial dates (2026–2029, 2026-Q3–); empty when none',
  ),
  col('status', 'text', STATUS_DOC),
  col('source_ids', 'list', 'ids of the Source nodes that state it, joined with " | "'),
  col('note', 'text', 'remark (city, process, USGS note…)'),
  UPDATED_AT,
];

/** Columns of the production feed: USGS production and capacity by country. */
export const PRODUCTION_COLUMNS: Column[] = [
  col('commodity', 'text', 'name of the metal or product'),
  col('item_id', 'text', 'id of the metal or product (metal:gallium)'),
  col('measure_id', 'text', 'id of the USGS measure (measure:gallium-primary-production)'),
  col('measure', 'text', 'the USGS measure (table TYPE), e.g. Primary production'),
  col('country_iso', 'text', 'ISO 3166-1 alpha-2 code of the country'),
  col('country_name', 'text', 'name of the country'),
  col('year', 'integer', 'year of the figure', 'calendar year'),
  col('basis', 'text', 'production or capacity'),
  col('quantity', 'number', 'the figure as reported by USGS', 'in unit'),
  col('unit', 'text', 'unit as reported (kilograms, metric tons, thousand metric tons, million carats…)'),
  col('quantity_bound', 'text', 'exact, atLeast, atMost or approximate (USGS ">1,000" is atLeast)'),
  col('quantity_t', 'number', 'quantity in metric tons; empty for units that are not mass (carats, cubic meters)', 't'),
  col('share_of_world_pct', 'number', "share of the measure's world total for the year (0–100); empty when USGS gives no exact total", '%'),
  col('estimated', 'boolean', 'true when USGS marks the figure as estimated'),
  col('no_value_reason', 'text', 'why there is no figure (withheld, not available…); never read as zero'),
  col('source_id', 'list', 'id of the Source (source:usgs-mcs-2025-world); several joined with " | "'),
  col('key', 'text', 'the relationship key measure_id|basis|year, plus |qualifier where USGS lists one country twice: unique with item_id and country_iso'),
  col('note', 'text', 'USGS note, and the USGS row label where one country has several rows'),
  UPDATED_AT,
];

/** The columns of a table for the given filters (nodes and relationships depend on label / type). */
export function columnsOf(table: FeedTableName, filters: FeedFilters = {}): Column[] {
  switch (table) {
    case 'nodes':
      return nodeColumns(filters.label);
    case 'relationships':
      return relationshipColumns(filters.type);
    case 'facts':
      return FACT_COLUMNS;
    case 'production':
      return PRODUCTION_COLUMNS;
    case 'series':
      return SERIES_COLUMNS;
  }
}

/** Property columns without their `prop`, for output. */
const strip = (cols: PropertyColumn[]): Column[] => cols.map(({ prop: _prop, ...c }) => c);

/**
 * A stored datetime as ISO 8601 UTC with milliseconds (`2025-01-31T12:00:00.123Z`), the form
 * every BI tool parses; Neo4j prints nanoseconds and may add a zone id.
 */
export function isoMillis(v: string): string {
  const s = v.replace(/\[[^\]]*\]$/, '').replace(/(\.\d{3})\d+/, '$1');
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? v : new Date(ms).toISOString();
}

/**
 * Converts a plain value to the column's type (see ColumnType); null stays null, and so does an
 * empty list: a list without values is missing, an empty CSV cell and JSON `null` (never `""`).
 */
export function cell(type: ColumnType, v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  switch (type) {
    case 'list':
      return Array.isArray(v) ? (v.length === 0 ? null : joinList(v)) : String(v);
    case 'datetime':
      return isoMillis(String(v));
    case 'integer':
    case 'number':
      return typeof v === 'number' ? v : String(v);
    case 'boolean':
      return typeof v === 'boolean' ? v : String(v);
    default:
      return typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
}

type Props = Record<string, unknown>;

const PRECISION_FORMAT: Record<string, (iso: string) => string> = {
  year: (d) => d.slice(0, 4),
  quarter: (d) => `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`,
  month: (d) => d.slice(0, 7),
  day: (d) => d,
};

/** A stored date with its precision as the partial date data files use: 2026, 2026-Q3, 2026-07, 2026-07-15. */
export function partialDate(date: unknown, precision: unknown): string | undefined {
  if (typeof date !== 'string') return undefined;
  return (PRECISION_FORMAT[String(precision)] ?? PRECISION_FORMAT.day)(date);
}

/** The facts' period: the year, else the stated period, else validity as `from–to` partial dates. */
function periodOf(p: Props): string | null {
  if (p.year !== null && p.year !== undefined) return String(p.year);
  if (typeof p.period === 'string') return p.period;
  const from = partialDate(p.validFrom, p.validFromPrecision);
  const to = partialDate(p.validTo, p.validToPrecision);
  return from || to ? `${from ?? ''}–${to ?? ''}` : null;
}

/** The facts' figure: quantity, else amount (unit = currency), else share (unit = %); for a claim its number. */
function figureOf(p: Props, claim: Props | null): { value: unknown; unit: unknown; bound: unknown; text: unknown } {
  if (claim) {
    const value = claim.quantity ?? claim.value;
    return { value, unit: value === null || value === undefined ? null : claim.unit, bound: claim.quantityBound, text: claim.valueText };
  }
  const text = p.noValueReason ?? null;
  if (p.quantity !== null && p.quantity !== undefined) return { value: p.quantity, unit: p.unit, bound: p.quantityBound, text };
  if (p.amount !== null && p.amount !== undefined) return { value: p.amount, unit: p.currency, bound: p.amountBound, text };
  if (p.sharePct !== null && p.sharePct !== undefined) return { value: p.sharePct, unit: '%', bound: p.sharePctBound, text };
  return { value: null, unit: p.noValueReason ? p.unit : null, bound: null, text };
}

const rowOf = (columns: Column[], values: unknown[]): FeedRow => {
  const row: FeedRow = {};
  for (const [i, c] of columns.entries()) row[c.name] = cell(c.type, values[i]);
  return row;
};

/** The first columns of the relationship-based tables: both ends, the type and the relationship's key. */
const endsOf = (r: Props, p: Props): unknown[] => [r.fromId, r.fromLabel, r.fromName, r.type, r.toId, r.toLabel, r.toName, p.key];

/** Filters → the parameters shared by the relationship-based statements (null = no condition). */
function relParams(f: FeedFilters): Record<string, unknown> {
  return {
    label: f.label ?? null,
    item: f.commodity ?? null,
    country: f.country ? `country:${f.country}` : null,
    year: f.year === undefined ? null : neo4j.int(f.year),
    updatedSince: f.updatedSince ?? null,
  };
}

/**
 * The table with its statement and parameters for the given (validated) filters.
 * Labels and types reach the Cypher only through `withSlots` (the model's allow-lists).
 */
export function feedTable(name: FeedTableName, filters: FeedFilters = {}): FeedTable {
  const columns = columnsOf(name, filters);
  // `status` is the status on the day the feed starts (UTC), derived from validity (statusOn).
  const today = todayUtc();
  switch (name) {
    case 'nodes': {
      const props = (filters.label ? labelPropertyColumns(filters.label) : allLabelPropertyColumns()).map((c) => c.prop);
      return {
        name,
        columns,
        query: withSlots('feeds/nodes', { labels: filters.label ? [filters.label] : LABELS }),
        params: { updatedSince: filters.updatedSince ?? null },
        toRow: (r) => {
          const stored = r.props as Props;
          const p: Props = { ...stored, status: statusOn(stored, today, r.label === 'Policy' ? (r.suspensions as Window[]) : undefined) };
          return rowOf(columns, [p.id, r.label, p.name, p.aliases, p.description, ...props.map((k) => p[k]), p.sources, p.updatedAt]);
        },
      };
    }
    case 'relationships': {
      const props = (filters.type ? typePropertyColumns(filters.type) : allTypePropertyColumns()).map((c) => c.prop);
      return {
        name,
        columns,
        query: withSlots('feeds/relationships', { types: filters.type ? [filters.type] : REL_TYPE_NAMES }),
        params: relParams(filters),
        toRow: (r) => {
          const p: Props = { ...(r.props as Props), status: statusOn(r.props as Props, today) };
          return rowOf(columns, [...endsOf(r, p), ...props.map((k) => p[k]), p.sources, p.updatedAt]);
        },
      };
    }
    case 'facts':
      return {
        name,
        columns,
        query: withSlots('feeds/relationships', { types: filters.type ? [filters.type] : REL_TYPE_NAMES }),
        params: relParams(filters),
        toRow: (r) => {
          const p = r.props as Props;
          const f = figureOf(p, (r.claim as Props | null) ?? null);
          return rowOf(columns, [...endsOf(r, p), f.value, f.unit, f.bound, f.text, periodOf(p), statusOn(p, today), p.sources, p.note, p.updatedAt]);
        },
      };
    case 'production':
      return {
        name,
        columns,
        query: withSlots('feeds/production', {}),
        params: {
          item: filters.commodity ?? null,
          country: filters.country ? `country:${filters.country}` : null,
          year: filters.year === undefined ? null : neo4j.int(filters.year),
          measure: filters.measure ?? null,
          basis: filters.basis ?? null,
          updatedSince: filters.updatedSince ?? null,
        },
        toRow: (r) =>
          rowOf(
            columns,
            columns.map((c) => r[c.name]),
          ),
      };
    case 'series':
      return {
        name,
        columns,
        query: withSlots('feeds/series', {}),
        params: { ...relParams(filters), measure: filters.measure ?? null, statistic: filters.statistic ?? null },
        toRow: (r) =>
          rowOf(
            columns,
            columns.map((c) => r[c.name]),
          ),
      };
  }
}
