/**
 * The id rule, one for every way in: the loader's records (src/model/schema.ts), the feeds'
 * filters (src/feeds/params.ts), every GraphQL argument of type `ID` (src/graphql/core/text-args.ts,
 * src/graphql/core/args.ts) and retraction (src/retract).
 *
 * An id is `<prefix>:<slug>`: the prefix names the node's label (LABEL_PREFIX); the slug starts
 * with an ASCII letter or digit and goes on with letters, digits, `.`, `_` and `-`; a Country's
 * slug is its ISO 3166-1 alpha-2 code in capitals (`country:KZ`). At most ID_MAX characters.
 * So an id never holds a space, a control or format character, or anything Unicode would
 * normalise: it reads and compares the same everywhere.
 */

/** Node labels (PascalCase) and the id prefix each one uses. The allow-list for all Cypher. */
export const LABEL_PREFIX = {
  Company: 'company',
  Person: 'person',
  Country: 'country',
  Metal: 'metal',
  Product: 'product',
  Technology: 'technology',
  Facility: 'facility',
  Agreement: 'agreement',
  Industry: 'industry',
  Policy: 'policy',
  Claim: 'claim',
  Measure: 'measure',
  Source: 'source',
} as const;
export type Label = keyof typeof LABEL_PREFIX;
export const LABELS = Object.keys(LABEL_PREFIX) as Label[];

/** The label an id's prefix names (a prefix only: `idIssue` says whether the rest is well formed). */
const LABEL_OF_PREFIX = new Map<string, Label>(LABELS.map((l) => [LABEL_PREFIX[l], l]));
export const labelOfId = (id: string): Label | undefined => {
  const colon = id.indexOf(':');
  return colon < 0 ? undefined : LABEL_OF_PREFIX.get(id.slice(0, colon));
};

/** Characters (UTF-16 code units, all ASCII in a well-formed id) of an id at most. */
export const ID_MAX = 200;

const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const COUNTRY_SLUG = /^[A-Z]{2}$/;

/** What an id looks like, for messages. */
export const ID_SHAPE =
  'an id is <prefix>:<slug>, e.g. company:erg, country:KZ or metal:gallium: a known prefix, then an ASCII letter or digit and more letters, digits, ".", "_" or "-" (a country: its ISO 3166-1 alpha-2 code in capitals), at most 200 characters';

/** Every well-formed id, whatever its label (the rule below, as one expression). */
const WELL_FORMED = new RegExp(
  `^(?:country:[A-Z]{2}|(?:${Object.values(LABEL_PREFIX)
    .filter((p) => p !== 'country')
    .join('|')}):[A-Za-z0-9][A-Za-z0-9._-]*)$`,
);

const COUNTRY_ISSUE = 'is not a country id: country: and an ISO 3166-1 alpha-2 code in capitals, e.g. country:CN';

/**
 * Why `value` is not an id (of one of `labels`, when given), or undefined when it is one. The
 * reason never quotes the value: the caller's text is for the message's author to show
 * (src/server/echo.ts `shown`).
 */
export function idIssue(value: unknown, labels?: readonly Label[]): string | undefined {
  // The loader checks every record's ids: a well-formed one costs one regex test and a lookup.
  if (typeof value === 'string' && value.length <= ID_MAX && WELL_FORMED.test(value)) {
    const label = labelOfId(value);
    if (!labels || (label && labels.includes(label))) return undefined;
  }
  if (typeof value !== 'string') return `is not a typed id: ${ID_SHAPE}`;
  if (value.length > ID_MAX) return `is not a typed id: ${ID_SHAPE} (got ${value.length} characters)`;
  const label = labelOfId(value);
  if (!label) return `is not a typed id: the prefix must be one of ${Object.values(LABEL_PREFIX).join(', ')}; ${ID_SHAPE}`;
  const slug = value.slice(LABEL_PREFIX[label].length + 1);
  if (label === 'Country' && !COUNTRY_SLUG.test(slug)) return COUNTRY_ISSUE;
  if (!SLUG.test(slug)) return `is not a typed id: ${ID_SHAPE}`;
  if (labels?.length === 1 && labels[0] === 'Country' && label !== 'Country') return COUNTRY_ISSUE;
  if (labels && !labels.includes(label))
    return `must name ${/^[AEIOU]/.test(labels[0]) ? 'an' : 'a'} ${labels.join(' or ')} (${labels.map((l) => `${LABEL_PREFIX[l]}:…`).join(' or ')})`;
  return undefined;
}
