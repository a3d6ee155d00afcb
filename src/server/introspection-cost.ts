/**
 * What an introspection answer can hold, counted from the schema itself (no execution, so it
 * works whichever build of graphql made the schema): the objects of the fullest `__schema`
 * answer (GraphiQL's introspection query with every option: each type, field, argument, input
 * field, enum value, interface, possible type and directive, each type reference with its
 * `ofType` wrappers), and of the fullest `__type(name:)` answer (the largest type's). Used by
 * the cost estimate (cost.ts): `__schema` costs `schema`, `__type` costs `type`, so thirty
 * aliases of a full introspection are refused like any other answer of that size.
 * tests/unit/cost-estimate.test.ts checks both against real introspection answers.
 */

/** The parts of graphql-js's schema and types read here, by shape. */
interface TypeLike {
  name?: string;
  ofType?: TypeLike;
  getFields?: () => Record<string, { type: TypeLike; args?: readonly { type: TypeLike }[] }>;
  getValues?: () => readonly unknown[];
  getInterfaces?: () => readonly TypeLike[];
}
interface SchemaLike {
  getTypeMap(): Record<string, TypeLike>;
  getDirectives(): readonly { args: readonly { type: TypeLike }[] }[];
  getPossibleTypes(t: never): readonly TypeLike[];
}

/** Objects of a type reference: itself and each `ofType` it wraps. */
function refObjects(t: TypeLike): number {
  let n = 1;
  for (let w = t.ofType; w; w = w.ofType) n++;
  return n;
}

/** Objects of one type's full introspection (`__type(name:)` with every field GraphiQL asks). */
function typeObjects(schema: SchemaLike, t: TypeLike): number {
  let n = 1;
  for (const f of Object.values(t.getFields?.() ?? {})) {
    n += 1 + refObjects(f.type);
    for (const a of f.args ?? []) n += 1 + refObjects(a.type);
  }
  n += t.getValues?.().length ?? 0;
  for (const i of t.getInterfaces?.() ?? []) n += refObjects(i);
  const abstract = 'resolveType' in t && !t.getValues;
  if (abstract) for (const p of schema.getPossibleTypes(t as never)) n += refObjects(p);
  return n;
}

const counted = new WeakMap<object, { schema: number; type: number }>();

/** The most objects a `__schema` and a `__type` answer of `schema` hold; computed once per schema. */
export function introspectionObjects(schema: SchemaLike): { schema: number; type: number } {
  let known = counted.get(schema);
  if (!known) {
    const types = Object.values(schema.getTypeMap()).map((t) => typeObjects(schema, t));
    // __schema, its query/mutation/subscription types, the types, the directives with their arguments.
    let all = 4 + types.reduce((a, b) => a + b, 0);
    for (const d of schema.getDirectives()) {
      all += 1;
      for (const a of d.args) all += 1 + refObjects(a.type);
    }
    known = { schema: all, type: Math.max(...types) };
    counted.set(schema, known);
  }
  return known;
}
