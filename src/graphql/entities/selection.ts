/**
 * Reading a GraphQL selection ahead of execution: the fields it selects on an object type
 * (through fragments, inline fragments and @skip / @include), their arguments, and the types
 * they lead to.
 *
 * Everything here goes through the schema object's own methods, the AST and the types'
 * `Symbol.toStringTag`, never through graphql-js's `instanceof`-based predicates: the schema
 * and the executor may come from another copy of graphql-js than this module's (its ESM and
 * CommonJS builds are distinct modules), and those predicates throw across copies.
 */
import {
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
  type NamedTypeNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/** The parts of GraphQLResolveInfo a look-ahead reads. */
export interface SelectionContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

const tag = (t: unknown) => (t as { [Symbol.toStringTag]?: string } | undefined)?.[Symbol.toStringTag];

/** The named type under list and non-null wrappers. */
export function namedType(t: GraphQLType): GraphQLNamedType {
  let x = t as GraphQLType & { ofType?: GraphQLType };
  while (x.ofType) x = x.ofType as GraphQLType & { ofType?: GraphQLType };
  return x as GraphQLNamedType;
}

/** The object type of that name in the schema; undefined for none or another kind of type. */
export function objectType(schema: GraphQLSchema, name: string | undefined): GraphQLObjectType | undefined {
  const t = name === undefined ? undefined : schema.getType(name);
  return tag(t) === 'GraphQLObjectType' ? (t as GraphQLObjectType) : undefined;
}

/** Whether a type is an interface or a union. */
export const isAbstract = (t: GraphQLNamedType) => tag(t) === 'GraphQLInterfaceType' || tag(t) === 'GraphQLUnionType';

/** Names of the object types a named type stands for: itself, or an abstract type's possible types. */
export function objectTypeNames(schema: GraphQLSchema, t: GraphQLNamedType): string[] {
  if (isAbstract(t)) return schema.getPossibleTypes(t as Parameters<GraphQLSchema['getPossibleTypes']>[0]).map((o) => o.name);
  return tag(t) === 'GraphQLObjectType' ? [t.name] : [];
}

/** The value of argument `if` of a directive on a selection, or undefined. */
function directiveIf(ctx: SelectionContext, node: SelectionNode, name: string): unknown {
  const arg = node.directives?.find((d) => d.name.value === name)?.arguments?.find((a) => a.name.value === 'if');
  return arg ? valueFromASTUntyped(arg.value, ctx.variableValues) : undefined;
}

/** Whether @skip / @include (with the operation's variables) keep a selection. */
const included = (ctx: SelectionContext, node: SelectionNode) => directiveIf(ctx, node, 'skip') !== true && directiveIf(ctx, node, 'include') !== false;

/** The fields `selectionSets` select on an object of `type`, by response key, as execution merges them. */
export function collectFields(ctx: SelectionContext, type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const applies = (condition: NamedTypeNode | undefined) => {
    if (!condition) return true;
    const t = ctx.schema.getType(condition.name.value);
    return !!t && (t === type || (isAbstract(t) && ctx.schema.isSubType(t as Parameters<GraphQLSchema['isSubType']>[0], type)));
  };
  const walk = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (!included(ctx, s)) continue;
      if (s.kind === 'Field') {
        const key = s.alias?.value ?? s.name.value;
        out.set(key, [...(out.get(key) ?? []), s]);
      } else if (s.kind === 'InlineFragment') {
        if (applies(s.typeCondition)) walk(s.selectionSet);
      } else {
        const frag = ctx.fragments[s.name.value];
        if (visited.has(s.name.value) || !frag || !applies(frag.typeCondition)) continue;
        visited.add(s.name.value);
        walk(frag.selectionSet);
      }
    }
  };
  for (const set of selectionSets) walk(set);
  return out;
}

/** The selection sets of field nodes (those without one left out). */
export const selectionSetsOf = (nodes: readonly FieldNode[]) => nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));

/** The nodes of the fields named `name` that `nodes` select on an object of `type`. */
export const fieldsNamed = (ctx: SelectionContext, type: GraphQLObjectType, nodes: readonly FieldNode[], name: string) =>
  [...collectFields(ctx, type, selectionSetsOf(nodes)).values()].flat().filter((n) => n.name.value === name);

/**
 * A field's arguments as a resolver receives them, for scalar and enum arguments: literals
 * read from the AST, variables from the operation's (already coerced) values, defaults from
 * the schema. An enum gives its name and an ID literal its AST value, so a value may differ
 * from the executor's coercion for other shapes; a look-ahead must then only miss, not err.
 */
export function argumentValues(ctx: SelectionContext, def: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of def.args) {
    const given = node.arguments?.find((x) => x.name.value === a.name)?.value;
    const fromVariable = given?.kind === 'Variable' && !(given.name.value in ctx.variableValues);
    if (given && !fromVariable) out[a.name] = valueFromASTUntyped(given, ctx.variableValues);
    else if (a.defaultValue !== undefined) out[a.name] = a.defaultValue;
  }
  return out;
}
