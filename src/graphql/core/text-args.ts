/**
 * The checks every text a caller sends through GraphQL goes through before any resolver reads
 * it: each String and ID value of a field's arguments, at any depth of its input objects and
 * lists, must be well-formed Unicode (no lone surrogate, which would be stored as U+FFFD) and at
 * most its coordinate's maximum length (TEXT_MAX, else TEXT_MAX_DEFAULT); each ID is a typed id
 * by the one id rule of the loader and the feeds (src/model/ids.ts). A failure is
 * BAD_USER_INPUT naming the argument by its path (`addSupply[0].note`), so a malformed id never
 * reaches a resolver (which answers NOT_FOUND for a well-formed id that names nothing). The
 * schema states the rule (schema/base.graphql, `Query`) and every larger maximum on its field.
 */
import {
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLResolveInfo,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { idIssue } from '../../model/ids.js';
import { illFormedIssue } from '../../model/text.js';
import { shown } from '../../server/echo.js';
import { badInput } from './errors.js';
import { mapFieldResolvers, type ResolverMap } from './resolver-map.js';

/** Characters (UTF-16 code units, as GraphQL and JavaScript count them) of any String or ID input without its own maximum. */
export const TEXT_MAX_DEFAULT = 200;

/**
 * Larger maxima, by coordinate: `Type.field.argument` for an argument, `InputType.field` for an
 * input field, `*.name` for an argument or input field of that name anywhere.
 */
export const TEXT_MAX: Record<string, number> = {
  // A cursor holds its row's sort key, a name of up to 2,000 characters, in base64url.
  '*.after': 4000,
  'Mutation.retractFact.reason': 1000,
  // The article itself: the extractor bounds its UTF-8 bytes (2 MiB, reason TOO_LARGE), so
  // its length too (a UTF-16 code unit takes at least one byte), and its body (60,000 characters).
  'ArticleInput.text': Number.POSITIVE_INFINITY,
  'ArticleInput.url': 2000,
};

/** The maximum length of the input at `coordinate`. */
export const textMaxOf = (coordinate: string): number =>
  TEXT_MAX[coordinate] ?? TEXT_MAX[`*.${coordinate.slice(coordinate.lastIndexOf('.') + 1)}`] ?? TEXT_MAX_DEFAULT;

/** Throws BAD_USER_INPUT for the first String or ID in `value` (of `type`) that is ill-formed or too long, or an ID that is not a typed id. */
function checkValue(value: unknown, type: GraphQLInputType, path: string, coordinate: string): void {
  if (value == null) return;
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) {
    if (Array.isArray(value)) for (const [i, v] of value.entries()) checkValue(v, t.ofType, `${path}[${i}]`, coordinate);
    return;
  }
  if (isInputObjectType(t)) {
    for (const f of Object.values(t.getFields())) checkValue((value as Record<string, unknown>)[f.name], f.type, `${path}.${f.name}`, `${t.name}.${f.name}`);
    return;
  }
  if (typeof value !== 'string' || !isScalarType(t) || (t.name !== 'String' && t.name !== 'ID')) return;
  const illFormed = illFormedIssue(value);
  if (illFormed) throw badInput(`${path} ${illFormed}`, path);
  const max = textMaxOf(coordinate);
  if (value.length > max) throw badInput(`${path} must be at most ${max} characters (got ${value.length})`, path);
  const notId = t.name === 'ID' ? idIssue(value) : undefined;
  if (notId) throw badInput(`${path} ${shown(value)} ${notId}`, path);
}

/** Whether any argument of `field` can hold text (a String or ID at some depth). */
function holdsText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'String' || named.name === 'ID';
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => holdsText(f.type, seen));
}

const textual = new WeakMap<GraphQLField<unknown, unknown>, boolean>();

/** Checks the text of one field's arguments (see the module's comment). */
export function checkTextArguments(field: GraphQLField<unknown, unknown>, parent: string, args: Record<string, unknown>): void {
  let has = textual.get(field);
  if (has === undefined) {
    has = field.args.some((a) => holdsText(a.type));
    textual.set(field, has);
  }
  if (!has) return;
  for (const a of field.args) checkValue(args[a.name], a.type, a.name, `${parent}.${field.name}.${a.name}`);
}

/** `map` with every field resolver checking its arguments' text first. */
export const withTextChecks = (map: ResolverMap): ResolverMap =>
  mapFieldResolvers(map, (resolve: GraphQLFieldResolver<unknown, unknown>) => (source, args, ctx, info?: GraphQLResolveInfo) => {
    // Called without graphql-js's field info (a resolver called directly), there is no schema to check against.
    const field = info?.parentType.getFields()[info.fieldName];
    if (field && args && Object.keys(args).length > 0) checkTextArguments(field, info.parentType.name, args);
    return resolve(source, args, ctx, info as GraphQLResolveInfo);
  });
