/**
 * Relationship fields: every entity's relationships, loaded in batches (one Cypher for all the
 * parents of one level of an operation, per field and arguments), shaped as edge objects with
 * both ends, the relationship's properties and its sources.
 *
 * An edge object is the relationship's stored properties (`role`, `sharePct`, `year`,
 * `quantity`, `unit`, `validFrom`, `sources`…) plus `type`, `direction` (seen from the parent),
 * `other` (the other end), `start` and `end` (the ends in the relationship's own direction).
 */
import { type Label, labelOfId, REL_TYPE_NAMES, REL_TYPES, type RelType } from '../../model/schema.js';
import { dayArg, existingEntities, MATERIALS, measureOfItem, optionalTypedId, pageSize, relTypesArg, typedId, yearArg } from '../core/args.js';
import type { Context } from '../core/context.js';
import type { Row } from '../core/loaders.js';
import { EDGE_AS_OF, onlySdlFields, sourcesOf, valueFields } from '../core/shapes.js';
import type { RelationQuery, RelationRow } from './relation-query.js';

export type Edge = Record<string, unknown> & { type: RelType; direction: 'OUT' | 'IN'; other: Row; start: Row; end: Row };

/** Most relationships a typed field (Company.agreements…) returns per parent. */
export const TYPED_FIELD_CAP = 1000;
/** Largest `first` of the generic `relations` field. */
export const RELATIONS_MAX = 500;

/** The types among `types` that a node of `label` can have in `direction`, per the model. */
export function applicableTypes(label: Label, types: readonly RelType[], direction: RelationQuery['direction']): RelType[] {
  return types.filter((t) => {
    const { from, to } = REL_TYPES[t] as { from: readonly Label[]; to: readonly Label[] };
    return (direction !== 'IN' && from.includes(label)) || (direction !== 'OUT' && to.includes(label));
  });
}

/** The label of a parent row: its `label`, else the one its id's prefix names. */
const labelOf = (parent: Row): Label => (parent.label as Label | undefined) ?? labelOfId(parent.id)!;

/** A relationship row seen from `parent` as an edge object (see the module comment). */
export function toEdge(parent: Row, r: RelationRow): Edge {
  return {
    ...r.rel,
    type: r.type,
    direction: r.out ? 'OUT' : 'IN',
    other: r.other,
    start: r.out ? parent : r.other,
    end: r.out ? r.other : parent,
  };
}

type Args = Record<string, unknown>;
type Filters = Pick<RelationQuery, 'year' | 'basis' | 'measureId' | 'otherId' | 'itemId'>;

/** What a typed relationship field asks for, whatever the parent: types, direction, argument filters. */
export interface RelationFieldSpec {
  types: RelType[];
  direction: 'OUT' | 'IN';
  /** Turns the field's arguments into query filters (throws BAD_USER_INPUT for a malformed one). */
  filters?: (args: Args) => Filters;
}

/** The resolver of a typed relationship field, carrying its spec (read by the look-ahead, `lookahead.ts`). */
export type RelationFieldResolver = ((parent: Row, args: Args, ctx: Context) => Promise<Edge[]>) & { relation: RelationFieldSpec };

/**
 * The batched lookup a typed relationship field makes for a parent of `label` with the field's
 * (coerced) arguments: the spec's types narrowed to the label, at most TYPED_FIELD_CAP per
 * parent. Throws BAD_USER_INPUT as the spec's filters do.
 */
export function typedFieldQuery(spec: RelationFieldSpec, label: Label, args: Args): RelationQuery {
  return { label, types: applicableTypes(label, spec.types, spec.direction), direction: spec.direction, first: TYPED_FIELD_CAP, ...spec.filters?.(args) };
}

/**
 * A resolver for a typed relationship field: the parent's relationships of `types` in
 * `direction`, batched per level; `filters` turns the field's arguments into query filters,
 * `sort` orders the edges (default: type, other end's name, id, key).
 */
export function relationField(
  types: RelType[],
  direction: 'OUT' | 'IN',
  opts: { filters?: (args: Args) => Filters; sort?: (a: Edge, b: Edge) => number } = {},
): RelationFieldResolver {
  const relation: RelationFieldSpec = { types, direction, filters: opts.filters };
  const resolve = async (parent: Row, args: Args, ctx: Context): Promise<Edge[]> => {
    const q = typedFieldQuery(relation, labelOf(parent), args);
    const rows = await ctx.loaders.relations(q).load(parent.id);
    // Rows that matched prove the filter's ids name entities; only an empty answer is checked,
    // so a field the look-ahead answered costs no round trip of its own.
    if (rows.length === 0) await filtersNameEntities(ctx, q, parent);
    const edges = rows.map((r) => toEdge(parent, r));
    return opts.sort ? edges.sort(opts.sort) : edges;
  };
  return Object.assign(resolve, { relation });
}

/** The argument behind each id filter of a RelationQuery. */
const ID_FILTER_ARGUMENT = { otherId: 'itemId', itemId: 'itemId', measureId: 'measureId' } as const;

/**
 * NOT_FOUND when an id filter of `q` names no entity (an unknown id never reads as "no
 * relationships"); BAD_USER_INPUT naming `measureId` when the measure is not of the item the
 * field is about (its `itemId`, or the parent metal or product): a contradiction, not an empty answer.
 */
async function filtersNameEntities(ctx: Context, q: RelationQuery, parent: Row): Promise<void> {
  const named = Object.entries(ID_FILTER_ARGUMENT).flatMap(([filter, argument]) => {
    const id = q[filter as keyof typeof ID_FILTER_ARGUMENT];
    return id ? [{ ...typedId(id, argument), argument }] : [];
  });
  if (named.length) await existingEntities(ctx, named);
  if (!q.measureId) return;
  const parentItem = MATERIALS.includes(labelOf(parent)) ? String(parent.id) : null;
  if (q.otherId && MATERIALS.includes(labelOfId(q.otherId) as Label)) await measureOfItem(ctx, q.measureId, q.otherId, 'measureId', 'itemId');
  else if (parentItem) await measureOfItem(ctx, q.measureId, parentItem, 'measureId', `the ${labelOf(parent)} this field is of`);
}

/** Field-argument filters: `year`, `basis`, `measureId`, and `itemId` as the other end's id. */
export const figureFilters = (args: Args): Filters => ({
  year: yearArg(args.year, 'year'),
  basis: (args.basis as string | null | undefined) ?? null,
  measureId: optionalTypedId(args.measureId, 'measureId', ['Measure'])?.id ?? null,
  otherId: optionalTypedId(args.itemId, 'itemId', MATERIALS)?.id ?? null,
});

/** Field-argument filter: `itemId` as the relationship's `itemId` property. */
export const itemFilter = (args: Args): Filters => ({ itemId: optionalTypedId(args.itemId, 'itemId', MATERIALS)?.id ?? null });

const num = (v: unknown) => (typeof v === 'number' ? v : -Infinity);
/** Largest share first (then largest quantity in base units, latest year). */
export const byShareDesc = (a: Edge, b: Edge) => num(b.sharePct) - num(a.sharePct) || num(b.quantityBase) - num(a.quantityBase) || num(b.year) - num(a.year);
/** By item, then rank (1 first). */
export const byItemThenRank = (a: Edge, b: Edge) => String(a.itemId ?? '').localeCompare(String(b.itemId ?? '')) || num(a.rank) - num(b.rank);

/** The generic `relations(types, direction, first, asOf)` field of every entity. */
export async function relationsResolver(
  parent: Row,
  args: { types?: RelType[] | null; direction?: string | null; first?: number | null; asOf?: string | null },
  ctx: Context,
) {
  const label = labelOf(parent);
  const direction = (args.direction ?? 'BOTH') as RelationQuery['direction'];
  const first = pageSize(args.first, 50, RELATIONS_MAX);
  const types = applicableTypes(label, relTypesArg(args.types) ?? REL_TYPE_NAMES, direction);
  const asOf = dayArg(args.asOf, 'asOf');
  const rows = await ctx.loaders.relations({ label, types, direction, first, asOf }).load(parent.id);
  // Asked for a day: each edge's status is the one on that day.
  return rows.map((r) => (asOf ? { ...toEdge(parent, r), [EDGE_AS_OF]: asOf } : toEdge(parent, r)));
}

/** Role names of the two ends of each typed edge type: [start, end]. */
const EDGE_ENDS: Record<string, [string, string]> = {
  AgreementPartyEdge: ['party', 'agreement'],
  FacilityOperationEdge: ['operator', 'facility'],
  InvestmentEdge: ['investor', 'facility'],
  SubsidiaryEdge: ['subsidiary', 'parent'],
  ShareholdingEdge: ['shareholder', 'company'],
  HeadquartersEdge: ['company', 'country'],
  FacilityLocationEdge: ['facility', 'country'],
  ProductionEdge: ['producer', 'item'],
  ReservesEdge: ['holder', 'item'],
  TechnologyUseEdge: ['facility', 'technology'],
  TechnologyProviderEdge: ['technology', 'provider'],
  AgreementCoverageEdge: ['agreement', 'item'],
  SupplyEdge: ['supplier', 'recipient'],
  DerivationEdge: ['output', 'input'],
  EndUseEdge: ['item', 'industry'],
  PolicyImpositionEdge: ['country', 'policy'],
  RestrictionEdge: ['policy', 'item'],
  PolicyTargetEdge: ['policy', 'country'],
  SuspensionEdge: ['suspension', 'suspended'],
  ImportSourceEdge: ['importer', 'exporter'],
  ClaimSubjectEdge: ['claim', 'subject'],
  MeasuredItemEdge: ['measure', 'item'],
};

/**
 * The field of an edge type that holds the other end of a relationship seen from the parent in
 * `direction` (`facility` of FacilityOperationEdge seen OUT from the operator); `other` for
 * EntityRelation; undefined for a type that is not an edge type.
 */
export function otherEndField(edgeType: string, direction: 'OUT' | 'IN'): string | undefined {
  if (edgeType === 'EntityRelation') return 'other';
  const ends = EDGE_ENDS[edgeType];
  return ends && (direction === 'OUT' ? ends[1] : ends[0]);
}

/** Fields every edge type may have: composite values, sources, and entities named by id. */
const edgeCommon = {
  ...valueFields,
  sources: (e: Edge, _: unknown, ctx: Context) => sourcesOf(e, ctx),
  item: (e: Edge, _: unknown, ctx: Context) => (typeof e.itemId === 'string' ? ctx.loaders.node.load(e.itemId) : null),
  measure: (e: Edge, _: unknown, ctx: Context) => (typeof e.measureId === 'string' ? ctx.loaders.node.load(e.measureId) : null),
};

/** Resolvers of EntityRelation and of every typed edge type (only the fields each declares). */
export const relationResolvers: Record<string, Record<string, unknown>> = {
  EntityRelation: onlySdlFields('EntityRelation', { ...edgeCommon, other: (e: Edge) => e.other }),
  ...Object.fromEntries(
    Object.entries(EDGE_ENDS).map(([typeName, [startField, endField]]) => [
      typeName,
      onlySdlFields(typeName, { ...edgeCommon, [startField]: (e: Edge) => e.start, [endField]: (e: Edge) => e.end }),
    ]),
  ),
};
