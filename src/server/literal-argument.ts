/**
 * Names the argument of a literal that graphql-js's validation refuses for its type. graphql-js
 * says only `Int cannot represent non-integer value: 1e400` (an Int is a 32-bit signed integer:
 * ValuesOfCorrectTypeRule), naming neither the argument nor the field; the refusal then reads
 * as every other refused argument of the service: its path (`maxDepth`,
 * `filter.related[0].year`, the form of BAD_USER_INPUT's `argument`), its field, and the range
 * an Int can hold. The argument's own range is in its description in the schema, and is checked
 * once the value is an Int.
 */
import { type ASTNode, GraphQLError, Kind, parse, visit } from 'graphql';

/** Where a refused literal sits: the argument's path and the field (by its response name) it belongs to. */
export interface LiteralPlace {
  argument: string;
  field: string;
}

/** What an Int holds, for messages (GraphQL's Int: a 32-bit signed integer). */
export const INT_RANGE = 'an Int is a whole number from -2147483648 to 2147483647';

const isNode = (x: unknown): x is ASTNode => typeof x === 'object' && x !== null && 'kind' in x;

/**
 * The argument whose literal value starts at `start` (a character offset of `body`), or undefined
 * when no argument's value does (a variable's default value, a directive's argument is named as
 * any other). Throws nothing: a body that does not parse gives undefined.
 */
export function literalPlace(body: string, start: number): LiteralPlace | undefined {
  let place: LiteralPlace | undefined;
  let document: ASTNode;
  try {
    document = parse(body);
  } catch {
    return undefined;
  }
  visit(document, {
    enter(node, _key, parent, path, ancestors) {
      if (place || node.loc?.start !== start || (node.kind !== Kind.INT && node.kind !== Kind.FLOAT)) return;
      let argument = '';
      let field = '';
      // From the document down to the literal's parent; path[i] is the key taken in chain[i].
      const chain = [...ancestors, parent];
      chain.forEach((a, i) => {
        const above = chain[i - 1];
        if (Array.isArray(a) && isNode(above) && above.kind === Kind.LIST) argument += `[${String(path[i])}]`;
        if (!isNode(a)) return;
        if (a.kind === Kind.FIELD) {
          field = a.alias?.value ?? a.name.value;
          argument = '';
        } else if (a.kind === Kind.ARGUMENT) argument = a.name.value;
        else if (a.kind === Kind.OBJECT_FIELD) argument += `.${a.name.value}`;
      });
      if (argument) place = { argument, field };
    },
  });
  return place;
}

/**
 * For an error of graphql-js refusing an Int literal (`Int cannot represent …`): the message
 * naming the argument, its field and an Int's range, and the argument's path; undefined for any
 * other error.
 */
export function intLiteralRefusal(error: unknown): { message: string; argument: string } | undefined {
  if (!(error instanceof GraphQLError) || !/^Int cannot represent /.test(error.message)) return undefined;
  const node = error.nodes?.[0];
  const body = error.source?.body;
  if (!node?.loc || body === undefined) return undefined;
  const place = literalPlace(body, node.loc.start);
  if (!place) return undefined;
  const of = place.field ? ` of ${place.field}` : '';
  return { message: `${error.message} (argument ${place.argument}${of}: ${INT_RANGE})`, argument: place.argument };
}
