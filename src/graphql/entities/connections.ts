/**
 * The paginated list queries (`companies`, `countries`, … `sources`): Relay connections over
 * one label, filtered and sorted, count and page in one round trip (`cypher/entities/list-*`);
 * with the typed relationship fields the selection asks of the page's entities (a look-ahead
 * plan, `lookahead.ts`) in the same round trip, primed into the relationship loaders.
 *
 * Filters and sort fields map GraphQL names to stored properties through the allow-lists in
 * LISTS; values travel as parameters. Cursors are opaque (base64url of the JSON
 * `[list, orderField, direction, sortKey, id]`) and stable: a page starts right after the row
 * the cursor names, whatever was added or removed before it. A cursor names the list and the
 * ordering it came from; one from another list or ordering is refused.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { cypher, withSlots } from '../../cypher.js';
import { foldName } from '../../model/names.js';
import { LABELS, type Label, parsePartialDate } from '../../model/schema.js';
import { shown } from '../../server/echo.js';
import { boundedNumber, dayArg, filterText, listArg, optionalTypedId, pageSize, typedId } from '../core/args.js';
import type { Context } from '../core/context.js';
import { badInput } from '../core/errors.js';
import type { Row } from '../core/loaders.js';
import { int, sourcesByIds } from '../core/shapes.js';
import type { FieldPlan } from './lookahead.js';
import { type FieldResult, nestedPageBlocks, primeNested } from './nested.js';
import { type GroupByInput, groupParams, type RelatedInput, relatedParams, sumBound } from './related.js';

interface SortField {
  prop: string;
  /** Compare lower-cased (text). */
  lower?: boolean;
  /** The property is a Neo4j Date (cursor keys are ISO dates). */
  date?: boolean;
  /** The property is a number. */
  number?: boolean;
}
interface Range {
  min: string;
  max: string;
  prop: string;
  date: boolean;
}
interface ListConfig {
  label: Label;
  /** Filter field → property compared for equality. */
  equals?: Record<string, string>;
  /** Filter field pairs → property compared as a range (inclusive). */
  ranges?: Range[];
  /** Order field (GraphQL enum value) → property. */
  order: Record<string, SortField>;
}

const byName: Record<string, SortField> = { NAME: { prop: 'name', lower: true }, ID: { prop: 'id' } };
const dateRange = (prefix: string, prop: string): Range => ({ min: `${prefix}After`, max: `${prefix}Before`, prop, date: true });
const validFrom = dateRange('validFrom', 'validFrom');
const validFromSort = { VALID_FROM: { prop: 'validFrom', date: true } };

/** Every list query, by its Query field name. */
export const LISTS: Record<string, ListConfig> = {
  companies: { label: 'Company', equals: { status: 'status' }, ranges: [validFrom], order: { ...byName, ...validFromSort } },
  people: { label: 'Person', order: byName },
  countries: { label: 'Country', equals: { isoCode: 'isoCode' }, order: { ...byName, ISO_CODE: { prop: 'isoCode' } } },
  metals: { label: 'Metal', equals: { symbol: 'symbol' }, order: { ...byName, SYMBOL: { prop: 'symbol' } } },
  products: { label: 'Product', order: byName },
  technologies: { label: 'Technology', equals: { category: 'category' }, order: { ...byName, CATEGORY: { prop: 'category', lower: true } } },
  facilities: {
    label: 'Facility',
    equals: { facilityType: 'facilityType', status: 'status', unit: 'unit' },
    ranges: [validFrom, { min: 'quantityMin', max: 'quantityMax', prop: 'quantity', date: false }],
    order: { ...byName, STATUS: { prop: 'status' }, QUANTITY: { prop: 'quantity', number: true }, ...validFromSort },
  },
  agreements: {
    label: 'Agreement',
    equals: { agreementType: 'agreementType', status: 'status' },
    ranges: [validFrom, dateRange('signed', 'signedDate')],
    order: { ...byName, SIGNED_DATE: { prop: 'signedDate', date: true }, ...validFromSort },
  },
  industries: { label: 'Industry', order: byName },
  policies: {
    label: 'Policy',
    equals: { policyType: 'policyType', reference: 'reference', status: 'status' },
    ranges: [validFrom, dateRange('issued', 'issuedDate')],
    order: { ...byName, ISSUED_DATE: { prop: 'issuedDate', date: true }, ...validFromSort },
  },
  claims: {
    label: 'Claim',
    equals: { attribute: 'attribute' },
    ranges: [{ min: 'valueMin', max: 'valueMax', prop: 'value', date: false }, dateRange('valueDate', 'valueDate')],
    order: { ...byName, ATTRIBUTE: { prop: 'attribute' }, VALUE: { prop: 'value', number: true }, VALUE_DATE: { prop: 'valueDate', date: true } },
  },
  measures: {
    label: 'Measure',
    equals: { commodity: 'commodity', unit: 'unit' },
    order: {
      ...byName,
      COMMODITY: { prop: 'commodity', lower: true },
      WORLD_TOTAL_2023: { prop: 'worldTotal2023', number: true },
      WORLD_TOTAL_2024: { prop: 'worldTotal2024', number: true },
    },
  },
  sources: {
    label: 'Source',
    equals: { sourceType: 'sourceType', publisher: 'publisher' },
    ranges: [dateRange('published', 'publishedDate')],
    order: { ...byName, PUBLISHED_DATE: { prop: 'publishedDate', date: true } },
  },
};

export const PAGE_DEFAULT = 20;
export const PAGE_MAX = 100;
export const ID_IN_MAX = 1000;

type Filter = Record<string, unknown>;
interface Order {
  field: string;
  direction: 'ASC' | 'DESC';
}
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  filter?: Filter | null;
  orderBy?: Partial<Order> | null;
}
type SortKey = string | number | null;

/** The opaque cursor of a row of `list` (a list query's field name): base64url of `[list, field, direction, key, id]`. */
export function encodeCursor(list: string, order: Order, key: SortKey, id: string): string {
  return Buffer.from(JSON.stringify([list, order.field, order.direction, key, id])).toString('base64url');
}

/** Decodes `after` for this list and ordering; BAD_USER_INPUT when it is not a cursor of them. */
export function decodeCursor(cursor: string, list: string, order: Order, sort: SortField): { key: SortKey; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const bad = (why: string) => badInput(`after: ${why}; pass a cursor returned by this query with the same orderBy`, 'after');
  if (!Array.isArray(parsed) || parsed.length !== 5 || typeof parsed[4] !== 'string') throw bad('not a cursor');
  const [from, field, direction, key, id] = parsed as [unknown, unknown, unknown, unknown, string];
  if (from !== list) throw bad(`the cursor belongs to the list ${String(from)}, not ${list}`);
  if (field !== order.field || direction !== order.direction)
    throw bad(`the cursor belongs to ordering ${String(field)} ${String(direction)}, not ${order.field} ${order.direction}`);
  if (key !== null) {
    const typeOk = sort.number ? typeof key === 'number' : typeof key === 'string';
    // A date key must be a real ISO day: it is turned into a Neo4j Date by the query.
    if (!typeOk || (sort.date && parsePartialDate(key as string)?.date !== key)) throw bad('not a cursor');
  }
  return { key: key as SortKey, id };
}

/** The bounds of a figure filter (`quantityMin`, `valueMax`…): beyond any figure the loader stores (at most 10^13), and finite. */
export const FIGURE_FILTER_MAX = 1e15;

/** Filter input → the parameters of `cypher/entities/list-match` (BAD_USER_INPUT for malformed values). */
export function filterParams(cfg: ListConfig, f: Filter): Record<string, unknown> {
  const idIn = listArg(f.idIn, 'filter.idIn', ID_IN_MAX, (v, arg) => typedId(v, arg, [cfg.label]).id);
  // Folded as names and aliases are stored in nameKey and aliasKeys (accents, case, punctuation: src/model/names.ts).
  // A text that folds to nothing ("", "  ", ".") would match every name (contains, starts with) or none: refused, as search refuses it.
  const lower = (field: string) => {
    const v = f[field];
    if (typeof v !== 'string') return null;
    const key = foldName(v);
    if (key === '') throw badInput(`filter.${field} ${shown(v)} holds no letter or digit; give part of a name, or leave the filter out`, `filter.${field}`);
    return key;
  };
  const equals: Record<string, unknown> = {};
  // Compared as given: an empty or blank text would match nothing (or, left out, everything): refused.
  for (const [field, prop] of Object.entries(cfg.equals ?? {})) if (f[field] != null) equals[prop] = filterText(f[field], `filter.${field}`);
  const ranges: Array<Record<string, unknown>> = [];
  for (const r of cfg.ranges ?? []) {
    const value = (field: string) =>
      r.date ? dayArg(f[field], `filter.${field}`) : boundedNumber(f[field], `filter.${field}`, -FIGURE_FILTER_MAX, FIGURE_FILTER_MAX);
    const [min, max] = [value(r.min), value(r.max)];
    if (min === null && max === null) continue;
    if (min !== null && max !== null && min > max) throw badInput(`filter.${r.min} must not be after filter.${r.max}`, `filter.${r.min}`);
    ranges.push({ prop: r.prop, min, max, date: r.date });
  }
  return {
    id: optionalTypedId(f.id, 'filter.id', [cfg.label])?.id ?? null,
    idIn,
    name: lower('name'),
    nameContains: lower('nameContains'),
    nameStartsWith: lower('nameStartsWith'),
    equals,
    ranges,
    related: relatedParams(cfg.label, f.related as RelatedInput[] | null | undefined),
  };
}

/** The look-ahead plan of a list query's selection for entities of `label` (empty: no relationship fields ahead). */
export type ConnectionPlanner = (info: GraphQLResolveInfo, label: Label) => FieldPlan[];

/**
 * The resolver of one list query: `{ edges: [{cursor, node}], pageInfo, totalCount }`.
 * `first` is 0–100 (default 20), else BAD_USER_INPUT; `after` must be a cursor of the same
 * ordering. hasPreviousPage is true exactly when `after` is given; hasNextPage when rows follow
 * the page (so `first: 0` answers true on a non-empty list). An empty page's start and end
 * cursors are the `after` passed (null without one). With `planner`, the
 * relationship fields it plans come in the same round trip and prime the loaders.
 */
export function connectionResolver(list: string, cfg: ListConfig, planner?: ConnectionPlanner) {
  return async (_: unknown, args: ConnectionArgs, { db, loaders }: Context, info?: GraphQLResolveInfo) => {
    const first = pageSize(args.first, PAGE_DEFAULT, PAGE_MAX);
    const order: Order = { field: args.orderBy?.field ?? 'NAME', direction: args.orderBy?.direction ?? 'ASC' };
    const sort = cfg.order[order.field];
    if (!sort) throw badInput(`orderBy.field ${order.field} is not a sort field of ${cfg.label}`, 'orderBy.field');
    const after = args.after == null ? null : decodeCursor(args.after, list, order, sort);
    const plan = planner && info ? planner(info, cfg.label) : [];
    const nested = plan.length ? nestedPageBlocks(cfg.label, plan) : null;
    const filter = filterParams(cfg, args.filter ?? {});
    const query = [withSlots('entities/list-match', { label: cfg.label }), cypher('entities/list-page'), nested?.query ?? cypher('entities/list-return')].join(
      '\n',
    );
    // One row with the page (id null); with nested fields, one more row per entity of the page.
    const rows = await db.read<{ totalCount: number; page: Array<{ node: Row; key: SortKey }> | null; id?: string | null; fields?: FieldResult[] }>(query, {
      ...nested?.params,
      ...filter,
      label: cfg.label,
      sortProp: sort.prop,
      sortLower: !!sort.lower,
      sortDate: !!sort.date,
      desc: order.direction === 'DESC',
      afterKey: after?.key ?? null,
      afterId: after?.id ?? null,
      limit: int(first + 1),
    });
    for (const n of rows) if (n.id) primeNested(loaders, cfg.label, n.id, plan, n.fields ?? []);
    const row = rows.find((r) => !r.id)!;
    const page = row.page ?? [];
    const edges = page.slice(0, first).map((p) => ({ cursor: encodeCursor(list, order, p.key, p.node.id), node: p.node }));
    return {
      edges,
      // what `groups` reads the same matches with
      matching: { cfg, filter },
      totalCount: row.totalCount,
      pageInfo: {
        hasNextPage: page.length > first,
        hasPreviousPage: after !== null,
        // An empty page (first: 0, or nothing after `after`) read nothing: its cursors are the
        // position the caller asked from, so continuing from endCursor starts at the same row.
        startCursor: edges[0]?.cursor ?? args.after ?? null,
        endCursor: edges.at(-1)?.cursor ?? args.after ?? null,
      },
    };
  };
}

/** Query resolvers for every list query, looking ahead with `planner` when given. */
export const listQueries = (planner?: ConnectionPlanner) =>
  Object.fromEntries(Object.entries(LISTS).map(([field, cfg]) => [field, connectionResolver(field, cfg, planner)]));

export const GROUPS_DEFAULT = 50;
export const GROUPS_MAX = 500;

/**
 * `groups(by:, first:)` of a connection: the entities matching the connection's filter, counted
 * per group (a property of their own, or the entity at the other end of a relationship), with
 * their own quantities summed per unit and the sources of the entities counted; one round trip
 * (`list-match` + `list-groups`). `first`: groups returned, 0–500 (default 50), largest first.
 */
async function groups(
  parent: { matching: { cfg: ListConfig; filter: Record<string, unknown> } },
  args: { by: GroupByInput; first?: number | null },
  ctx: Context,
) {
  const { cfg, filter } = parent.matching;
  const first = pageSize(args.first, GROUPS_DEFAULT, GROUPS_MAX);
  const group = groupParams(cfg.label, cfg.equals ?? {}, args.by);
  const query = [withSlots('entities/list-match', { label: cfg.label }), cypher('entities/list-groups')].join('\n');
  const [row] = await ctx.db.read<{
    groups: Array<{
      key: string | null;
      entity: Row | null;
      count: number;
      sums: Array<{ unit: string; value: number; count: number; bounds: string[] }>;
      unsummed: number;
      sources: string[];
    }>;
  }>(query, { ...filter, ...group, limit: int(first), labels: LABELS });
  return row.groups.map((g) => ({
    ...g,
    // A sum beyond the largest double is capped there and flagged, never Infinity.
    sums: g.sums.map((s) => ({
      unit: s.unit,
      value: Number.isFinite(s.value) ? s.value : Number.MAX_VALUE,
      overflow: !Number.isFinite(s.value),
      count: s.count,
      bound: sumBound(s.bounds),
    })),
    sources: () => sourcesByIds(g.sources, ctx),
  }));
}

/** The `groups` field of every connection type (`CompanyConnection` …). */
export const connectionTypeResolvers = Object.fromEntries(Object.values(LISTS).map((cfg) => [`${cfg.label}Connection`, { groups }]));
