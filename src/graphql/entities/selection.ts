/**
 * Reading a GraphQL selection ahead of execution with graphql-js's own functions, so the
 * look-ahead sees exactly what the executor will: `collectSubfields` (fields by response key
 * through fragments, inline fragments and @skip / @include), `getArgumentValues` (arguments
 * coerced as resolvers receive them) and the type predicates.
 * `collectSubfields` is graphql-js's executor helper (graphql/execution/collectFields), public
 * as a module though marked internal; graphql is pinned, so its signature cannot move under us.
 */
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isObjectType,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields.js';

/** The parts of GraphQLResolveInfo a look-ahead reads. */
export interface SelectionContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

export { getNamedType as namedType };

/** The object type of that name in the schema; undefined for none or another kind of type. */
export function objectType(schema: GraphQLSchema, name: string | undefined): GraphQLObjectType | undefined {
  const t = name === undefined ? undefined : schema.getType(name);
  return isObjectType(t) ? t : undefined;
}

/** Names of the object types a named type stands for: itself, or an abstract type's possible types. */
export function objectTypeNames(schema: GraphQLSchema, t: GraphQLNamedType): string[] {
  if (isAbstractType(t)) return schema.getPossibleTypes(t).map((o) => o.name);
  return isObjectType(t) ? [t.name] : [];
}

/** The fields that `nodes` select on an object of `type`, by response key, as execution merges them. */
export function collectFields(ctx: SelectionContext, type: GraphQLObjectType, nodes: readonly FieldNode[]): Map<string, readonly FieldNode[]> {
  return collectSubfields(ctx.schema, ctx.fragments, ctx.variableValues, type, nodes);
}

/** The nodes of the fields named `name` that `nodes` select on an object of `type`. */
export const fieldsNamed = (ctx: SelectionContext, type: GraphQLObjectType, nodes: readonly FieldNode[], name: string) =>
  [...collectFields(ctx, type, nodes).values()].flat().filter((n) => n.name.value === name);

/**
 * A field's arguments as its resolver will receive them (literals, variables, schema defaults,
 * coerced). Throws a GraphQLError for a value the executor would refuse too.
 */
export function argumentValues(ctx: SelectionContext, def: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
  return getArgumentValues(def, node, ctx.variableValues);
}

/** Names of the fields the resolver of `info` is asked for on its (object) return type; every field of an abstract type's possible types. */
export function selectedFieldNames(info: GraphQLResolveInfo): Set<string> {
  const ctx: SelectionContext = { schema: info.schema, fragments: info.fragments, variableValues: info.variableValues };
  const named = getNamedType(info.returnType);
  const types = isAbstractType(named) ? info.schema.getPossibleTypes(named) : isObjectType(named) ? [named] : [];
  return new Set(types.flatMap((t) => [...collectFields(ctx, t, info.fieldNodes).values()].map((nodes) => nodes[0].name.value)));
}
