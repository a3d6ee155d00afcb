/**
 * Resolvers of the entity types (one per node label, `schema/entities.graphql`): their
 * composite values (validity, quantity, money), their typed relationship fields (batched, see
 * `relations.ts`), the generic `relations` field, and the list queries (`connections.ts`).
 * `sources` and `aliases` come from `resolvers.ts`.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { withSlots } from '../../cypher.js';
import { LABELS, type Label } from '../../model/schema.js';
import { typedId } from '../core/args.js';
import type { Context } from '../core/context.js';
import { notFound } from '../core/errors.js';
import type { Row } from '../core/loaders.js';
import { onlySdlFields, valueFields } from '../core/shapes.js';
import { connectionTypeResolvers, listQueries } from './connections.js';
import { type FieldPlan, planConnection, planSelection, relationSpecs } from './lookahead.js';
import { fetchNodeNested, primeNested } from './nested.js';
import { byItemThenRank, byShareDesc, figureFilters, itemFilter, relationField as rel, relationResolvers, relationsResolver } from './relations.js';

const claims = rel(['ABOUT'], 'IN');
const shareholdings = rel(['SHAREHOLDER_OF'], 'OUT', { sort: byShareDesc });
const suppliedBy = rel(['SUPPLIES'], 'IN');

/** Fields shared by Metal and Product (materials). */
const material = {
  producers: rel(['PRODUCES'], 'IN', { filters: figureFilters, sort: byShareDesc }),
  reserves: rel(['HOLDS_RESERVES'], 'IN', { filters: figureFilters, sort: byShareDesc }),
  derivedFrom: rel(['DERIVED_FROM'], 'OUT'),
  derivatives: rel(['DERIVED_FROM'], 'IN'),
  usedIn: rel(['USED_IN'], 'OUT', { sort: byShareDesc }),
  restrictedBy: rel(['RESTRICTS'], 'IN'),
  measures: rel(['MEASURES'], 'IN'),
  coveredBy: rel(['COVERS'], 'IN'),
  claims,
};

/** Typed relationship fields per label: field → (type, direction seen from the entity). */
const RELATION_FIELDS: Record<Label, Record<string, unknown>> = {
  Company: {
    agreements: rel(['PARTY_TO'], 'OUT'),
    facilities: rel(['OPERATES'], 'OUT'),
    investments: rel(['INVESTS_IN'], 'OUT'),
    parents: rel(['SUBSIDIARY_OF'], 'OUT'),
    subsidiaries: rel(['SUBSIDIARY_OF'], 'IN'),
    shareholders: rel(['SHAREHOLDER_OF'], 'IN', { sort: byShareDesc }),
    shareholdings,
    headquarters: rel(['HEADQUARTERED_IN'], 'OUT'),
    technologies: rel(['PROVIDED_BY'], 'IN'),
    produces: rel(['PRODUCES'], 'OUT'),
    supplies: rel(['SUPPLIES'], 'OUT'),
    suppliedBy,
    claims,
  },
  Person: { shareholdings },
  Country: {
    companies: rel(['HEADQUARTERED_IN'], 'IN'),
    facilities: rel(['LOCATED_IN'], 'IN'),
    policies: rel(['IMPOSES'], 'OUT'),
    production: rel(['PRODUCES'], 'OUT', { filters: figureFilters }),
    reserves: rel(['HOLDS_RESERVES'], 'OUT', { filters: figureFilters }),
    importsFrom: rel(['IMPORTS_FROM'], 'OUT', { filters: itemFilter, sort: byItemThenRank }),
    importedBy: rel(['IMPORTS_FROM'], 'IN', { filters: itemFilter, sort: byItemThenRank }),
    agreements: rel(['PARTY_TO'], 'OUT'),
    shareholdings,
    targetedBy: rel(['TARGETS'], 'IN'),
    suppliedBy,
    claims,
  },
  Metal: material,
  Product: material,
  Technology: { providers: rel(['PROVIDED_BY'], 'OUT'), usedBy: rel(['USES_TECHNOLOGY'], 'IN'), claims },
  Facility: {
    operators: rel(['OPERATES'], 'IN'),
    location: rel(['LOCATED_IN'], 'OUT'),
    produces: rel(['PRODUCES'], 'OUT'),
    technologies: rel(['USES_TECHNOLOGY'], 'OUT'),
    investors: rel(['INVESTS_IN'], 'IN'),
    supplies: rel(['SUPPLIES'], 'OUT'),
    suppliedBy,
    coveredBy: rel(['COVERS'], 'IN'),
    claims,
  },
  Agreement: { parties: rel(['PARTY_TO'], 'IN'), covers: rel(['COVERS'], 'OUT'), claims },
  Industry: { dependsOn: rel(['USED_IN'], 'IN', { sort: byShareDesc }) },
  Policy: {
    restricts: rel(['RESTRICTS'], 'OUT'),
    imposedBy: rel(['IMPOSES'], 'IN'),
    targets: rel(['TARGETS'], 'OUT'),
    suspendedBy: rel(['SUSPENDS'], 'IN'),
    suspends: rel(['SUSPENDS'], 'OUT'),
    claims,
  },
  Claim: { about: rel(['ABOUT'], 'OUT') },
  Measure: { items: rel(['MEASURES'], 'OUT') },
  Source: {},
};

/** The typed relationship fields of every label, as the look-ahead reads them. */
export const RELATION_SPECS = relationSpecs(RELATION_FIELDS);

/**
 * The look-ahead plan of the typed relationship fields that `info.fieldNodes` (a root field
 * whose value is an entity of `label`) select, see `lookahead.ts`.
 */
export function entityPlan(info: Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues' | 'fieldNodes'>, label: Label): FieldPlan[] {
  return planSelection(info, RELATION_SPECS, label, info.fieldNodes);
}

/** The look-ahead plan of the typed relationship fields a list query (`companies`…) selects on its entities. */
export const connectionPlan = (info: GraphQLResolveInfo, label: Label): FieldPlan[] => planConnection(info, RELATION_SPECS, label, info.fieldNodes);

/**
 * `node(id:)`: the entity by typed id (BAD_USER_INPUT for a malformed id, src/model/ids.ts;
 * NOT_FOUND for none). With typed relationship fields selected, the entity and those fields,
 * nested, come in one round trip that primes the relationship loaders; otherwise
 * `entities/node-by-id` alone.
 */
export async function nodeResolver(_: unknown, args: { id: string }, ctx: Context, info: GraphQLResolveInfo): Promise<Row> {
  const { id, label } = typedId(args.id, 'id');
  const plan = entityPlan(info, label);
  if (plan.length) {
    const found = await fetchNodeNested(ctx.db, label, id, plan);
    if (!found) throw notFound(label, id, 'id');
    primeNested(ctx.loaders, label, id, plan, found.fields);
    return found.node;
  }
  const [row] = await ctx.db.read<{ node: Row }>(withSlots('entities/node-by-id', { label }), { id, label });
  if (!row) throw notFound(label, id, 'id');
  return row.node;
}

/** Stored properties exposed under another name. */
const RENAMED: Partial<Record<Label, Record<string, (p: Row) => unknown>>> = {
  Facility: { locationText: (p) => p.location ?? null },
};

/** The resolver map of this module, merged into `resolvers.ts`. */
export const entityResolvers: Record<string, Record<string, unknown>> = {
  Query: { ...listQueries(connectionPlan), node: nodeResolver },
  ...Object.fromEntries(
    LABELS.map((label) => [label, onlySdlFields(label, { ...valueFields, ...RENAMED[label], ...RELATION_FIELDS[label], relations: relationsResolver })]),
  ),
  ...relationResolvers,
  ...connectionTypeResolvers,
};
