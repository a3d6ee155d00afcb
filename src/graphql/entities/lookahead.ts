/**
 * Look-ahead over a GraphQL selection: which typed relationship fields (Company.facilities,
 * Facility.location, …) an operation asks of an entity, with their arguments, and, through the
 * edge's other end, which it asks of those entities in turn, to a bounded depth. The result, a
 * plan, lets a root resolver fetch every level in one statement (`nested.ts`) and hand the
 * rows to the relationship loaders the field resolvers read.
 *
 * The plan holds, per field, exactly the RelationQuery its resolver will ask (built by the same
 * function, `typedFieldQuery`), so a field it leaves out, or one whose query comes out
 * differently, simply takes the loader's own round trip. Left out: fields below MAX_DEPTH,
 * beyond MAX_FIELDS, with arguments the resolver will refuse, or of an edge's end that is the
 * parent itself; the generic `relations` field.
 */
import type { FieldNode } from 'graphql';
import { LABELS, type Label } from '../../model/schema.js';
import { type RelationQuery, relationQueryKey } from './relation-query.js';
import { otherEndField, type RelationFieldSpec, typedFieldQuery } from './relations.js';
import { argumentValues, collectFields, fieldsNamed, namedType, objectType, objectTypeNames, type SelectionContext } from './selection.js';

export type { SelectionContext } from './selection.js';

/** Levels of relationship fields one plan reaches (the root's fields are level 1). */
export const MAX_DEPTH = 3;
/** Most relationship fields one plan holds, over all levels. */
export const MAX_FIELDS = 24;

/**
 * Whether root resolvers look ahead (default true). Off, every level takes its loaders' round
 * trip, as without this module: the reference the look-ahead's answers are compared with.
 */
export const lookahead = { enabled: true };

/** One relationship field of the plan: its query, and the plan of its other ends' fields. */
export interface FieldPlan {
  /** What the field's resolver asks of the loaders; `query.label` is the label of the entities it applies to. */
  query: RelationQuery;
  /** Fields of the other ends (each for the label in its query). */
  children: FieldPlan[];
}

/** The typed relationship fields of each label: field name → spec. */
export type RelationSpecs = Partial<Record<Label, Record<string, RelationFieldSpec>>>;

/** The specs carried by relationship field resolvers (`relationField`), per label; other resolvers are skipped. */
export function relationSpecs(resolvers: Partial<Record<Label, Record<string, unknown>>>): RelationSpecs {
  return Object.fromEntries(
    Object.entries(resolvers).map(([label, fields]) => [
      label,
      Object.fromEntries(
        Object.entries(fields ?? {}).flatMap(([name, f]) => {
          const spec = (f as { relation?: RelationFieldSpec } | undefined)?.relation;
          return spec ? [[name, spec]] : [];
        }),
      ),
    ]),
  );
}

const isLabel = (name: string): name is Label => (LABELS as readonly string[]).includes(name);

/**
 * The plan of the relationship fields that `fieldNodes` (the fields whose value is an entity
 * of `label`, e.g. the `node` root field) select on it, MAX_DEPTH levels deep. Fields with
 * equal queries are merged (their nested selections too). Empty when `lookahead.enabled` is
 * false. Never throws: what it cannot plan it leaves to the loaders.
 */
export function planSelection(ctx: SelectionContext, specs: RelationSpecs, label: Label, fieldNodes: readonly FieldNode[]): FieldPlan[] {
  if (!lookahead.enabled) return [];
  return planLevel(ctx, specs, label, fieldNodes, MAX_DEPTH, { fields: MAX_FIELDS });
}

/**
 * The plan of the relationship fields that `fieldNodes` (a list query's field, e.g.
 * `companies`, whose value is a Relay connection of entities of `label`) select on the
 * entities under `edges { node }`. Otherwise as `planSelection`.
 */
export function planConnection(ctx: SelectionContext, specs: RelationSpecs, label: Label, fieldNodes: readonly FieldNode[]): FieldPlan[] {
  if (!lookahead.enabled || !fieldNodes.length) return [];
  const field = ctx.schema.getQueryType()?.getFields()[fieldNodes[0].name.value];
  const connection = field && objectType(ctx.schema, namedType(field.type).name);
  const edgesField = connection?.getFields().edges;
  const edge = edgesField && objectType(ctx.schema, namedType(edgesField.type).name);
  if (!connection || !edge) return [];
  const nodes = fieldsNamed(ctx, edge, fieldsNamed(ctx, connection, fieldNodes, 'edges'), 'node');
  return planLevel(ctx, specs, label, nodes, MAX_DEPTH, { fields: MAX_FIELDS });
}

/** The plan of one level: the relationship fields `fieldNodes` select on an entity of `label`, and below them `depth - 1` levels. */
function planLevel(
  ctx: SelectionContext,
  specs: RelationSpecs,
  label: Label,
  fieldNodes: readonly FieldNode[],
  depth: number,
  budget: { fields: number },
): FieldPlan[] {
  const type = objectType(ctx.schema, label);
  if (depth < 1 || !type) return [];
  // Fields with the same query share one loader entry: merge their selections.
  const byQuery = new Map<string, { query: RelationQuery; spec: RelationFieldSpec; edgeType: string; nodes: FieldNode[] }>();
  for (const nodes of collectFields(ctx, type, fieldNodes).values()) {
    const name = nodes[0].name.value;
    const spec = specs[label]?.[name];
    const def = type.getFields()[name];
    if (!spec || !def) continue;
    let query: RelationQuery;
    try {
      query = typedFieldQuery(spec, label, argumentValues(ctx, def, nodes[0]));
    } catch {
      continue; // the resolver reports the bad argument itself
    }
    if (query.types.length === 0) continue; // answered without a round trip anyway
    const key = relationQueryKey(query);
    const entry = byQuery.get(key);
    if (entry) entry.nodes.push(...nodes);
    else byQuery.set(key, { query, spec, edgeType: namedType(def.type).name, nodes: [...nodes] });
  }
  const plans: FieldPlan[] = [];
  for (const { query, spec, edgeType, nodes } of byQuery.values()) {
    if (budget.fields <= 0) break;
    budget.fields--;
    plans.push({ query, children: depth > 1 ? planOtherEnds(ctx, specs, edgeType, spec.direction, nodes, depth - 1, budget) : [] });
  }
  return plans;
}

/** The plans of the fields selected on the other ends of an edge type's edges, per label the end can have. */
function planOtherEnds(
  ctx: SelectionContext,
  specs: RelationSpecs,
  edgeTypeName: string,
  direction: 'OUT' | 'IN',
  edgeNodes: FieldNode[],
  depth: number,
  budget: { fields: number },
): FieldPlan[] {
  const edgeType = objectType(ctx.schema, edgeTypeName);
  const endField = otherEndField(edgeTypeName, direction);
  const endDef = endField ? edgeType?.getFields()[endField] : undefined;
  if (!edgeType || !endField || !endDef) return [];
  const endNodes = fieldsNamed(ctx, edgeType, edgeNodes, endField);
  if (!endNodes.length) return [];
  const labels = objectTypeNames(ctx.schema, namedType(endDef.type)).filter(isLabel);
  return labels.flatMap((l) => planLevel(ctx, specs, l, endNodes, depth, budget));
}
