/**
 * Filters across relationships and groups for the list queries: the `related` conditions of
 * every `…Filter` input and the `groups(by:)` field of every connection, checked against the
 * model's allow-lists (relationship types, the labels each connects, labels) and turned into the
 * parameters of `cypher/entities/list-match` and `cypher/entities/list-groups`. Nothing the
 * client sends reaches Cypher except as a parameter.
 */
import { type Label, REL_TYPES, type RelType } from '../../model/schema.js';
import { shown } from '../../server/echo.js';
import { dayArg, filterText, listArg, typedId, yearArg } from '../core/args.js';
import { badInput } from '../core/errors.js';

/** Conditions per list at most, ids per condition at most. */
export const RELATED_MAX = 5;
export const RELATED_IDS_MAX = 100;

/** The `RelatedFilter` input. */
export interface RelatedInput {
  type: RelType;
  direction?: 'OUT' | 'IN' | null;
  idIn?: string[] | null;
  label?: Label | null;
  role?: string | null;
  status?: string | null;
  year?: number | null;
  inForceOn?: string | null;
  through?: RelatedInput | null;
}

/** One condition as `list-match` reads it (`$related`). */
export interface RelatedParam {
  type: RelType;
  direction: 'OUT' | 'IN' | 'BOTH';
  idIn: string[] | null;
  label: Label | null;
  role: string | null;
  status: string | null;
  year: number | null;
  inForceOn: string | null;
  through: RelatedParam | null;
}

const ends = (type: RelType) => REL_TYPES[type] as { from: readonly Label[]; to: readonly Label[] };

/**
 * The direction a relationship type is read in from entities of `labels`, and the labels at its
 * other end. OUT when they are its start, IN when its end; BOTH when either (SUPPLIES between
 * companies). BAD_USER_INPUT when the type never touches them or the direction asked cannot.
 */
export function relationSide(type: RelType, labels: readonly Label[], asked: 'OUT' | 'IN' | null | undefined, at: string) {
  const { from, to } = ends(type);
  const out = labels.some((l) => from.includes(l));
  const inn = labels.some((l) => to.includes(l));
  const direction = asked ?? (out && inn ? 'BOTH' : out ? 'OUT' : inn ? 'IN' : null);
  if (direction === null || (direction === 'OUT' && !out) || (direction === 'IN' && !inn)) {
    // The type is at fault when it never touches the labels, else the direction asked.
    const field = direction === null ? `${at}.type` : `${at}.direction`;
    throw badInput(
      `${field}: ${type}${asked ? ` ${asked}` : ''} does not connect ${labels.join(' or ')} (${type} runs from ${from.join('/')} to ${to.join('/')})`,
      field,
    );
  }
  const far = new Set<Label>([...(direction !== 'IN' ? to : []), ...(direction !== 'OUT' ? from : [])]);
  return { direction: direction as 'OUT' | 'IN' | 'BOTH', far: [...far] };
}

/** One `RelatedFilter` (and its `through`, one level only) as parameters. */
function relatedParam(f: RelatedInput, labels: readonly Label[], at: string, level: number): RelatedParam {
  const { direction, far } = relationSide(f.type, labels, f.direction, at);
  if (f.label && !far.includes(f.label)) throw badInput(`${at}.label: ${f.type} does not lead to a ${f.label} (it leads to ${far.join('/')})`, `${at}.label`);
  if (f.through && level > 0) throw badInput(`${at}.through: one level of \`through\` at most`, `${at}.through`);
  return {
    type: f.type,
    direction,
    idIn: listArg(f.idIn, `${at}.idIn`, RELATED_IDS_MAX, (v, arg) => typedId(v, arg, f.label ? [f.label] : far).id),
    label: f.label ?? null,
    role: filterText(f.role, `${at}.role`)?.toLowerCase() ?? null,
    status: f.status ?? null,
    year: yearArg(f.year, `${at}.year`),
    inForceOn: dayArg(f.inForceOn, `${at}.inForceOn`),
    through: f.through ? relatedParam(f.through, f.label ? [f.label] : far, `${at}.through`, level + 1) : null,
  };
}

/**
 * The `related` list of a filter on entities of `label` as `$related`: conditions that must all
 * hold; null when omitted (no condition). An empty list matches nothing, as every list filter
 * does (`idIn: []`), and so does an empty `idIn` in a condition.
 */
export function relatedParams(label: Label, list: RelatedInput[] | null | undefined): RelatedParam[] | null {
  if (list === null || list === undefined) return null;
  if (list.length > RELATED_MAX) throw badInput(`filter.related takes at most ${RELATED_MAX} conditions (got ${list.length})`, 'filter.related');
  return list.map((f, i) => relatedParam(f, [label], `filter.related[${i}]`, 0));
}

/** The `GroupBy` input. */
export interface GroupByInput {
  field?: string | null;
  related?: { type: RelType; direction?: 'OUT' | 'IN' | null; label?: Label | null } | null;
}

/**
 * `groups(by:)` as the `$groupProp` / `$groupRel` parameters of `list-groups`: exactly one of
 * a field among `fields` (the list's filter fields compared for equality, e.g. status) or a
 * relationship type that connects `label`.
 */
export function groupParams(label: Label, fields: Record<string, string>, by: GroupByInput) {
  if (!!by.field === !!by.related) throw badInput('by must name exactly one of field or related', 'by');
  if (by.field) {
    const prop = Object.hasOwn(fields, by.field) ? fields[by.field] : undefined;
    if (!prop) throw badInput(`by.field must be one of ${Object.keys(fields).join(', ') || '(none for this list)'} (got ${shown(by.field)})`, 'by.field');
    return { groupProp: prop, groupRel: null };
  }
  const r = by.related!;
  const { direction, far } = relationSide(r.type, [label], r.direction, 'by.related');
  if (r.label && !far.includes(r.label)) throw badInput(`by.related.label: ${r.type} does not lead to a ${r.label}`, 'by.related.label');
  return { groupProp: null, groupRel: { type: r.type, direction, label: r.label ?? null } };
}

/** A group's quantity sum with one bound for all its figures: exact only when every figure is. */
export function sumBound(bounds: string[]): string {
  const set = new Set(bounds);
  set.delete('exact');
  if (set.size === 0) return 'exact';
  if (set.size === 1) return [...set][0] === 'approximate' ? 'approximate' : [...set][0];
  return 'approximate';
}
