/**
 * Argument checks of every resolver, in one place and built on the zod model
 * (`src/model/schema.ts`): typed ids, integers within bounds, calendar days, list arguments.
 * Every failure is a GraphQL error with code BAD_USER_INPUT naming the argument (in
 * `extensions.argument`) and what is expected; an id that is well formed but names nothing is
 * NOT_FOUND (`existingEntity`).
 *
 * Conventions the SDL states once (schema/base.graphql):
 * - a list argument filters to its members: an empty list matches nothing (the answer is
 *   empty), an omitted or null list does not filter;
 * - a text filter has something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone; for folded names, no letter or digit) is refused naming the
 *   field, since it would otherwise match everything or nothing; leave the filter out instead;
 * - a date argument is one calendar day, `YYYY-MM-DD`, years 0000–9999; partial dates
 *   (`2026`, `2026-Q4`, `2026-07`) are refused with the day range they stand for.
 */
import neo4j from 'neo4j-driver';
import { cypher } from '../../cypher.js';
import { withoutInvisible } from '../../model/names.js';
import { idIssue, LABELS, type Label, labelOfId, parsePartialDate, REL_TYPE_NAMES, type RelType } from '../../model/schema.js';
import { NOT_FINITE, shown } from '../../server/echo.js';
import type { Context } from './context.js';
import { badInput, notFound } from './errors.js';
import { loadAll } from './loaders.js';
import type { Row } from './row.js';

/** A typed entity id and its label. */
export interface TypedId {
  id: string;
  label: Label;
}

/**
 * A typed id (src/model/ids.ts: `<prefix>:<slug>`, a known prefix, a country's ISO code in
 * capitals, at most 200 characters), optionally of one of `labels`. Throws BAD_USER_INPUT
 * naming `argument` and saying what an id looks like.
 */
export function typedId(value: unknown, argument: string, labels?: readonly Label[]): TypedId {
  const issue = idIssue(value, labels);
  if (issue) throw badInput(`${argument} ${shown(value)} ${issue}`, argument);
  return { id: value as string, label: labelOfId(value as string) as Label };
}

/** `typedId` for an optional argument: null or undefined gives null. */
export function optionalTypedId(value: unknown, argument: string, labels?: readonly Label[]): TypedId | null {
  return value === null || value === undefined ? null : typedId(value, argument, labels);
}

/** A country id: `country:` and an ISO 3166-1 alpha-2 code in capitals (`country:CN`), as `typedId`. */
export const countryId = (value: unknown, argument: string): string => typedId(value, argument, ['Country']).id;

/** Materials: the labels an `itemId` or `metalId` may name. */
export const MATERIALS: readonly Label[] = ['Metal', 'Product'];

/**
 * Checks that the entity `id` exists (batched through the node loader), else NOT_FOUND naming
 * the argument; returns its row.
 */
export async function existingEntity(ctx: Context, id: TypedId, argument: string) {
  const [row] = await existingEntities(ctx, [{ ...id, argument }]);
  return row;
}

/**
 * Checks that every entity of `ids` exists (one batch through the node loader), else NOT_FOUND
 * listing the missing ids and naming the argument of the first one missing (in the order of
 * `ids`, so give them in the order of the arguments); returns their rows, in order.
 */
export async function existingEntities(ctx: Context, ids: ReadonlyArray<TypedId & { argument: string }>) {
  const rows = await loadAll(
    ctx.loaders.node,
    ids.map((i) => i.id),
  );
  const missing = ids.filter((_, i) => !rows[i]);
  if (missing.length) throw notFoundAll(missing);
  return rows as Row[];
}

/**
 * NOT_FOUND for the ids of `missing` (at least one, in the order of the arguments): the message
 * lists them all (`Country country:XK, country:XX not found`; ids of several labels show their
 * prefixes alone), `extensions.argument` names the first one's argument.
 */
export function notFoundAll(missing: ReadonlyArray<TypedId & { argument: string }>) {
  const kind = missing.every((m) => m.label === missing[0].label) ? missing[0].label : '';
  return notFound(
    kind,
    missing.map((m) => m.id),
    missing[0].argument,
  );
}

/**
 * BAD_USER_INPUT naming `measureArgument` when the Measure `measureId` does not measure the item
 * `itemId` (MEASURES): a measure of one item and another item are a contradiction, never answered
 * for one of them. `itemSays` is what named the item (`itemId`, or `the parent metal:gallium`).
 * The message lists the item's own USGS world measures. Both ids are known to exist.
 */
export async function measureOfItem(ctx: Context, measureId: string, itemId: string, measureArgument: string, itemSays: string): Promise<void> {
  const [row] = await ctx.db.read<{ itemIds: string[]; measuresOfItem: string[] }>(cypher('analytics/items-of-measure'), { measureId, itemId });
  if (!row || row.itemIds.includes(itemId)) return;
  const measured = row.itemIds.length ? row.itemIds.join(', ') : 'no item';
  const instead = row.measuresOfItem.length ? `; the USGS measures of ${itemId}: ${row.measuresOfItem.join(', ')}` : `; ${itemId} has no USGS world measure`;
  throw badInput(
    `${measureArgument}: ${measureId} measures ${measured}, not ${itemId} (${itemSays}): give a measure of ${itemId}, or leave one of the two out${instead}`,
    measureArgument,
  );
}

/**
 * The path of `member` in the list argument `argument` as the caller sent it (`sent`), at its
 * first place: `excludeCountries[2]`. `listArg` drops repeats, so a member's place in its
 * answer is not always its place in the request.
 */
export const memberPath = (argument: string, sent: unknown, member: unknown): string =>
  `${argument}[${Math.max(0, Array.isArray(sent) ? sent.indexOf(member) : 0)}]`;

/** The calendar years a year argument takes (figure filters, series, supply concentration). */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

/**
 * What a number that is not one was: a GraphQL Float literal beyond ±1.8 × 10^308 (`1e400`)
 * reaches a resolver as Infinity, and a JSON number so large is read as Infinity.
 */
const got = (value: unknown) =>
  typeof value === 'number' && !Number.isFinite(value) ? `got ${shown(value)}, not a finite number${NOT_FINITE}` : `got ${shown(value)}`;

/** An integer within [min, max]; null or undefined gives `fallback`. */
export function boundedInt(value: unknown, argument: string, min: number, max: number, fallback: number): number {
  if (value === null || value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${argument} must be an integer from ${min} to ${max} (${got(value)})`, argument);
  }
  return value;
}

/** A calendar year from YEAR_MIN to YEAR_MAX, or null when omitted (BAD_USER_INPUT naming `argument` otherwise). */
export const yearArg = (value: unknown, argument: string): number | null => (value == null ? null : boundedInt(value, argument, YEAR_MIN, YEAR_MAX, 0));

/** A page size: an integer from 0 to `max`, `fallback` when omitted. */
export const pageSize = (value: unknown, fallback: number, max: number, argument = 'first'): number => boundedInt(value, argument, 0, max, fallback);

/** A finite number within [min, max] (a Float argument); null or undefined gives null. */
export function boundedNumber(value: unknown, argument: string, min: number, max: number): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw badInput(`${argument} must be a number from ${min} to ${max} (${got(value)})`, argument);
  }
  return value;
}

/** Today as the UTC calendar day, `YYYY-MM-DD` (the default of `asOf`). */
export { todayUtc } from '../../model/status.js';

/** The last day of the period a partial date stands for (`2026-Q4` → `2026-12-31`). */
function lastDayOf(date: string, precision: 'year' | 'quarter' | 'month'): string {
  const [y, m] = date.split('-').map(Number);
  const months = precision === 'year' ? 12 : precision === 'quarter' ? 3 : 1;
  const d = new Date(0);
  d.setUTCFullYear(y, m - 1 + months, 0);
  return d.toISOString().slice(0, 10);
}

/**
 * The one parser of date arguments: a real calendar day `YYYY-MM-DD` (years 0000–9999), as an
 * ISO string; null or undefined gives null. A partial date is refused with the days it spans.
 */
export function dayArg(value: unknown, argument: string): string | null {
  if (value === null || value === undefined) return null;
  const parsed = typeof value === 'string' ? parsePartialDate(value) : null;
  if (parsed?.precision === 'day') return parsed.date;
  const hint = parsed
    ? `; ${shown(value)} is a ${parsed.precision}: give its first day, ${parsed.date}, or its last, ${lastDayOf(parsed.date, parsed.precision)}`
    : '';
  throw badInput(`${argument} must be a real calendar day as YYYY-MM-DD, e.g. 2026-01-15 (got ${shown(value)})${hint}`, argument);
}

/** An ISO day as a Neo4j Date. */
export function neo4jDate(iso: string): InstanceType<typeof neo4j.types.Date> {
  const [y, m, d] = iso.split('-').map(Number);
  return new neo4j.types.Date(y, m, d);
}

/**
 * A list argument: null or undefined gives null (no filter); otherwise the distinct members,
 * at most `max` (BAD_USER_INPUT beyond), each checked by `item`. An empty list stays empty
 * (it matches nothing).
 */
export function listArg<T>(value: unknown, argument: string, max: number, item: (v: unknown, argument: string) => T): T[] | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) throw badInput(`${argument} must be a list`, argument);
  if (value.length > max) throw badInput(`${argument} takes at most ${max} values (got ${value.length})`, argument);
  return [...new Set(value.map((v, i) => item(v, `${argument}[${i}]`)))];
}

/**
 * A list of enum values, each one of `allowed` (`what` names them in messages): null or
 * undefined gives null, repeats are dropped, the order is `allowed`'s.
 */
export function enumsArg<T extends string>(value: unknown, argument: string, allowed: readonly T[], what: string): T[] | null {
  const list = listArg(value, argument, allowed.length, (v, arg) => {
    const choices = allowed.length <= 10 ? ` (one of ${allowed.join(', ')})` : '';
    if (!allowed.includes(v as T)) throw badInput(`${arg} ${shown(v)} is not ${what}${choices}`, arg);
    return v as T;
  });
  return list && allowed.filter((a) => list.includes(a));
}

/** Relationship types: each one of the model's (REL_TYPE_NAMES). */
export const relTypesArg = (value: unknown, argument = 'types'): RelType[] | null => enumsArg(value, argument, REL_TYPE_NAMES, 'a relationship type');

/** Labels: each one of the model's (LABELS). */
export const labelsArg = (value: unknown, argument = 'labels'): Label[] | null => enumsArg(value, argument, LABELS, 'a label');

/** Country ids (`country:JP`, see `countryId`), at most `max`; null or undefined gives null. */
export const countryIdsArg = (value: unknown, argument: string, max = 50): string[] | null => listArg(value, argument, max, countryId);

/** Whether `value` shows nothing: empty, or white space and invisible characters (model/names.ts) alone. */
export const isBlank = (value: string): boolean => /^\p{White_Space}*$/u.test(withoutInvisible(value));

/**
 * A text filter compared as given (a role, a unit, a status word…): null or undefined gives
 * null (no filter); an empty or blank value is BAD_USER_INPUT naming `argument`, as a name
 * filter that folds to nothing is, since it would match everything or nothing.
 */
export function filterText(value: unknown, argument: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw badInput(`${argument} must be text (got ${shown(value)})`, argument);
  if (isBlank(value)) throw badInput(`${argument} ${shown(value)} is blank; give a value, or leave the filter out`, argument);
  return value;
}
