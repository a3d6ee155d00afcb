/**
 * What an introspection answer holds, counted from the schema and the selection without building
 * the answer: every object it would hold (the `__schema` or `__type` object, each type, field,
 * argument, input field, enum value, directive, type reference with its `ofType` wrappers) counts
 * 1, scalars 0. Selections that nest (`types { fields { type { fields … } } }`) and aliases inside
 * (`types { a: fields {…} b: fields {…} }`) are counted as they multiply, so a query of a few
 * hundred bytes whose answer holds 100,000 objects costs 100,000, while GraphiQL's own
 * introspection costs what its answer holds (about 3,900 objects). The values are read through
 * the resolvers of the schema's own introspection types (`__Schema`, `__Type`…), so the count is
 * the answer's; fields selected twice under one response key are merged as in execution;
 * `@skip`/`@include` are not read (both branches count: at least the answer). Counting stops once
 * past `cap` and returns `cap + 1`: its work is bounded by the budget, not by the answer.
 * Used by the cost estimate (cost.ts); tests/unit/cost-estimate.test.ts compares it with
 * executed answers.
 */
import { type FieldNode, type FragmentDefinitionNode, type SelectionSetNode, valueFromASTUntyped } from 'graphql';

/** The parts of graphql-js's schema and introspection types read here, by shape (any build). */
interface FieldDefLike {
  type: unknown;
  args: readonly { name: string; defaultValue?: unknown }[];
  resolve?: (source: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;
}
interface SchemaLike {
  getType(name: string): unknown;
}

/** What counting reads besides the selection: the schema, the document's fragments, the request's variables and the cap. */
export interface IntrospectionCount {
  schema: SchemaLike;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Readonly<Record<string, unknown>>;
  /** Objects counted at most; past it the count is `cap + 1`. */
  cap: number;
}

class PastCap extends Error {}

/** The name of a type reference's named type (`[__Type!]!` → `__Type`). */
function namedType(t: unknown): string {
  let x = t as { ofType?: unknown; name?: string };
  while (x.ofType) x = x.ofType as typeof x;
  return x.name ?? '';
}

function argumentsOf(def: FieldDefLike, node: FieldNode, variables: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of def.args) {
    const given = node.arguments?.find((x) => x.name.value === a.name);
    const value = given ? valueFromASTUntyped(given.value, variables) : undefined;
    out[a.name] = value === undefined ? a.defaultValue : value;
  }
  return out;
}

/** The fields of `sets` on `typeName` by response key, fragments expanded, as execution collects them. */
function collect(
  ctx: IntrospectionCount,
  typeName: string,
  sets: readonly SelectionSetNode[],
  into = new Map<string, FieldNode[]>(),
  seen = new Set<string>(),
) {
  for (const set of sets) {
    for (const sel of set.selections) {
      if (sel.kind === 'Field') {
        const key = sel.alias?.value ?? sel.name.value;
        into.set(key, [...(into.get(key) ?? []), sel]);
      } else if (sel.kind === 'InlineFragment') {
        if (!sel.typeCondition || sel.typeCondition.name.value === typeName) collect(ctx, typeName, [sel.selectionSet], into, seen);
      } else {
        const fragment = ctx.fragments[sel.name.value];
        if (fragment && fragment.typeCondition.name.value === typeName && !seen.has(sel.name.value)) {
          seen.add(sel.name.value);
          collect(ctx, typeName, [fragment.selectionSet], into, seen);
        }
      }
    }
  }
  return into;
}

/** Objects within `source` (of introspection type `typeName`) under `sets`, itself not counted. */
function within(ctx: IntrospectionCount, counter: { n: number }, typeName: string, source: unknown, sets: readonly SelectionSetNode[]): void {
  const type = ctx.schema.getType(typeName) as { getFields?: () => Record<string, FieldDefLike> } | undefined;
  const fields = type?.getFields?.() ?? {};
  for (const nodes of collect(ctx, typeName, sets).values()) {
    const def = fields[nodes[0].name.value];
    const subsets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    if (!def || subsets.length === 0) continue; // __typename, or a scalar: no object
    const args = argumentsOf(def, nodes[0], ctx.variables);
    const value = def.resolve ? def.resolve(source, args, undefined, { schema: ctx.schema }) : (source as Record<string, unknown>)[nodes[0].name.value];
    objects(ctx, counter, namedType(def.type), value, subsets);
  }
}

/** Counts `value` (an object, a list of them, or null) and what `sets` select within it. */
function objects(ctx: IntrospectionCount, counter: { n: number }, typeName: string, value: unknown, sets: readonly SelectionSetNode[]): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) objects(ctx, counter, typeName, item, sets);
    return;
  }
  if (++counter.n > ctx.cap) throw new PastCap();
  within(ctx, counter, typeName, value, sets);
}

/**
 * The objects the answer of one `__schema` or `__type(name:)` field holds (itself included; 0 for
 * a `__type` of an unknown name), or `cap + 1` when more than `cap`. Throws nothing of its own.
 */
export function introspectionObjects(ctx: IntrospectionCount, node: FieldNode, args: Record<string, unknown>): number {
  const root = node.name.value === '__schema' ? ctx.schema : typeof args.name === 'string' ? ctx.schema.getType(args.name) : undefined;
  if (!root || !node.selectionSet) return root ? 1 : 0;
  const counter = { n: 0 };
  try {
    objects(ctx, counter, node.name.value === '__schema' ? '__Schema' : '__Type', root, [node.selectionSet]);
  } catch (e) {
    if (e instanceof PastCap) return ctx.cap + 1;
    throw e;
  }
  return counter.n;
}
