/**
 * The knowledge model, defined once: every record that reaches the graph is validated by these
 * zod schemas, the Cypher writes exactly these properties, and the GraphQL SDL in `schema/` is
 * checked against them by `tests/unit/model-sdl.test.ts`.
 *
 * A dataset file (YAML or JSON) has three lists: `sources`, `nodes`, `relationships`.
 * - ids are typed and readable: `<prefix>:<slug>`, the prefix naming the label
 *   (`company:erg`, `country:KZ` with the ISO 3166-1 alpha-2 code, `metal:gallium`);
 * - every node and relationship names the `sources` (Source ids) that state it;
 * - dates are partial dates with a precision: `2026` (year), `2026-Q3` (quarter),
 *   `2026-07` (month) or `2026-07-15` (day); a vaguer wording ("late 2026") is kept word for
 *   word in the matching `…Text` property beside the coarsest true precision;
 * - quantities carry a unit and a bound (`exact`, `atLeast`, `atMost`, `approximate`): "over
 *   US$20 million" is `amount: 20000000, currency: USD, amountBound: atLeast`.
 */
import { z } from 'zod';
import { COUNTRY_CODES } from './countries.js';
import { idIssue, type Label } from './ids.js';
import { foldName } from './names.js';
import { type TextKind, textIssue, trimText } from './text.js';

export { ID_MAX, idIssue, LABEL_PREFIX, LABELS, type Label, labelOfId } from './ids.js';

export const Precision = z.enum(['day', 'month', 'quarter', 'year']);
export const Status = z.enum(['announced', 'planned', 'underConstruction', 'operating', 'inForce', 'suspended', 'ended', 'idle']);
export const Bound = z.enum(['exact', 'atLeast', 'atMost', 'approximate']);

/**
 * The statistics of the USGS salient-statistics tables (a salient Measure's `statistic`, and
 * the `basis` of its REPORTS_STATISTIC figures); `production` and `importReliance` are also
 * the bases of the world table and of T5 / Fig. 2.
 */
export const STATISTIC_NAMES = [
  'production',
  'imports',
  'exports',
  'consumption',
  'price',
  'stocks',
  'importReliance',
  'employment',
  'shipments',
  'other',
] as const;

/** A partial date: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD (an impossible day is refused). */
export const PartialDate = z.string().refine((s) => parsePartialDate(s) !== null, {
  message: 'expected a date as YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD (a real calendar date)',
});

/** Parses a partial date into its first day (ISO `YYYY-MM-DD`) and its precision, or null. */
export function parsePartialDate(s: string): { date: string; precision: z.infer<typeof Precision> } | null {
  let m = /^(\d{4})$/.exec(s);
  if (m) return { date: `${m[1]}-01-01`, precision: 'year' };
  m = /^(\d{4})-Q([1-4])$/.exec(s);
  if (m) return { date: `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`, precision: 'quarter' };
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(s);
  if (m) return { date: `${m[1]}-${m[2]}-01`, precision: 'month' };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) {
    // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
    const d = new Date(0);
    d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])) {
      return { date: s, precision: 'day' };
    }
  }
  return null;
}

/** An id (src/model/ids.ts), of one of `labels` when given. */
export const idOf = (...labels: Label[]) =>
  z.string().superRefine((s, ctx) => {
    const issue = idIssue(s, labels.length ? labels : undefined);
    if (issue) ctx.addIssue({ code: 'custom', message: issue });
  });
/** Any typed id (src/model/ids.ts). */
export const AnyId = idOf();
const SourceId = idOf('Source');
/** Text of one line, and prose (may hold tab and line breaks): src/model/text.ts says which control characters each refuses. */
const textRule = (kind: TextKind) => (s: string, ctx: z.RefinementCtx) => {
  const issue = textIssue(s, kind);
  if (issue) ctx.addIssue({ code: 'custom', message: issue });
};
const textOf = (kind: TextKind) => z.string().overwrite(trimText).min(1, 'must not be empty').max(2000).superRefine(textRule(kind));
const text = textOf('line');
const prose = textOf('prose');
/**
 * A name or alias: a line whose search key (`foldName`, src/model/names.ts) is not empty, so at
 * least one letter or digit in any script. A name of only marks, symbols or punctuation (a lone
 * combining accent U+0301, "—") reads as nothing and no search finds it.
 */
const nameText = text.superRefine((s, ctx) => {
  if (s !== '' && foldName(s) === '' && !textIssue(s, 'line')) {
    ctx.addIssue({
      code: 'custom',
      message: 'must hold a letter or a digit: a name of only marks, symbols or punctuation (such as a lone accent) reads as nothing and no search finds it',
    });
  }
});

/** Validity in time, shared by nodes and relationships that hold for a period. */
const Validity = {
  validFrom: PartialDate.optional(),
  validFromText: text.optional(),
  validTo: PartialDate.optional(),
  validToText: text.optional(),
  status: Status.optional(),
};

/** Quantities: a value with its unit and bound; money with its currency. */
const Quantity = {
  quantity: z.number().finite().optional(),
  unit: text.optional(),
  quantityBound: Bound.optional(),
  amount: z.number().finite().optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as USD')
    .optional(),
  amountBound: Bound.optional(),
};

const nodeBase = {
  name: nameText,
  aliases: z.array(nameText).default([]),
  description: prose.optional(),
  sources: z.array(SourceId).min(1, 'every node needs at least one source'),
};

const node = <L extends Label, S extends z.ZodRawShape>(label: L, shape: S) =>
  z.object({ id: idOf(label), label: z.literal(label), ...nodeBase, ...shape }).strict();

const ASSIGNED_CODES = new Set(COUNTRY_CODES);

/** Per-label node schemas. Units: `capacity` in `unit`, shares in percent (0–100). */
export const NodeSchemas = {
  Company: node('Company', { ...Validity }),
  Person: node('Person', {}),
  // A country is its ISO 3166-1 alpha-2 code (i18n-iso-countries' list, Kosovo's XK included): its id is country:<isoCode>.
  Country: node('Country', {
    isoCode: z.string().refine((c) => ASSIGNED_CODES.has(c), 'expected an ISO 3166-1 alpha-2 code in capitals that names a country (e.g. KZ)'),
  }).superRefine((c, ctx) => {
    if (c.id !== `country:${c.isoCode}`)
      ctx.addIssue({ code: 'custom', path: ['id'], message: `must be country: and the record's isoCode (country:${c.isoCode})` });
  }),
  Metal: node('Metal', {
    symbol: z
      .string()
      .regex(/^[A-Z][a-z]?$/)
      .optional(),
  }),
  Product: node('Product', {}),
  Technology: node('Technology', { category: text.optional() }),
  Facility: node('Facility', { facilityType: text, location: text.optional(), ...Validity, ...Quantity }),
  Agreement: node('Agreement', {
    agreementType: text,
    signedDate: PartialDate.optional(),
    signedDateText: text.optional(),
    occasion: text.optional(),
    ...Validity,
  }),
  Industry: node('Industry', {}),
  Policy: node('Policy', { policyType: text, reference: text.optional(), issuedDate: PartialDate.optional(), ...Validity }),
  Claim: node('Claim', {
    attribute: text,
    valueText: prose,
    value: z.number().finite().optional(),
    valueDate: PartialDate.optional(),
    ...Quantity,
  }),
  Measure: node('Measure', {
    commodity: text,
    measure: text,
    unit: text,
    baseUnit: text.optional(),
    worldTotal2023: z.number().finite().optional(),
    worldTotal2024: z.number().finite().optional(),
    /** The basis of worldTotal2023/2024 (the measure's primary basis). */
    worldTotalBasis: z.enum(['production', 'capacity', 'reserves']).optional(),
    /** World capacity totals, in `unit` (USGS capacity columns). */
    worldCapacity2023: z.number().finite().optional(),
    worldCapacity2024: z.number().finite().optional(),
    worldReserves2024: z.number().finite().optional(),
    worldTotalNote: prose.optional(),
    statistic: z.enum(STATISTIC_NAMES).optional(),
    form: text.optional(),
  }),
  Source: z
    .object({
      id: SourceId,
      label: z.literal('Source').default('Source'),
      name: nameText,
      aliases: z.array(nameText).default([]),
      description: prose.optional(),
      publisher: text.optional(),
      sourceType: z.enum(['news', 'company', 'government', 'dataset', 'analyst', 'filing']),
      url: z.string().max(2000).url().superRefine(textRule('line')).optional(),
      doi: z
        .string()
        .regex(/^10\.\d{4,9}\/\S+$/)
        .optional(),
      publishedDate: PartialDate.optional(),
      retrievedDate: PartialDate.optional(),
      note: prose.optional(),
    })
    .strict(),
} satisfies Record<Label, z.ZodTypeAny>;

export const NodeRecord = z.discriminatedUnion('label', [
  NodeSchemas.Company,
  NodeSchemas.Person,
  NodeSchemas.Country,
  NodeSchemas.Metal,
  NodeSchemas.Product,
  NodeSchemas.Technology,
  NodeSchemas.Facility,
  NodeSchemas.Agreement,
  NodeSchemas.Industry,
  NodeSchemas.Policy,
  NodeSchemas.Claim,
  NodeSchemas.Measure,
]);
export type NodeRecord = z.infer<typeof NodeRecord>;
export type SourceRecord = z.infer<typeof NodeSchemas.Source>;

/**
 * Relationship types (UPPER_SNAKE_CASE) with the labels allowed at each end. The allow-list
 * for all Cypher. Direction reads as a sentence: (Company)-[:OPERATES]->(Facility).
 */
export const REL_TYPES = {
  HEADQUARTERED_IN: { from: ['Company'], to: ['Country'] },
  SUBSIDIARY_OF: { from: ['Company'], to: ['Company'] },
  SHAREHOLDER_OF: { from: ['Company', 'Person', 'Country'], to: ['Company'] },
  OPERATES: { from: ['Company'], to: ['Facility'] },
  LOCATED_IN: { from: ['Facility'], to: ['Country'] },
  PRODUCES: { from: ['Facility', 'Country', 'Company'], to: ['Metal', 'Product'] },
  HOLDS_RESERVES: { from: ['Country'], to: ['Metal', 'Product'] },
  USES_TECHNOLOGY: { from: ['Facility'], to: ['Technology'] },
  PROVIDED_BY: { from: ['Technology'], to: ['Company'] },
  INVESTS_IN: { from: ['Company'], to: ['Facility'] },
  PARTY_TO: { from: ['Company', 'Country'], to: ['Agreement'] },
  COVERS: { from: ['Agreement'], to: ['Metal', 'Product', 'Facility'] },
  SUPPLIES: { from: ['Company', 'Facility'], to: ['Company', 'Facility', 'Country'] },
  DERIVED_FROM: { from: ['Metal', 'Product'], to: ['Metal', 'Product'] },
  USED_IN: { from: ['Metal', 'Product'], to: ['Industry'] },
  IMPOSES: { from: ['Country'], to: ['Policy'] },
  RESTRICTS: { from: ['Policy'], to: ['Metal', 'Product'] },
  TARGETS: { from: ['Policy'], to: ['Country'] },
  SUSPENDS: { from: ['Policy'], to: ['Policy'] },
  IMPORTS_FROM: { from: ['Country'], to: ['Country'] },
  ABOUT: { from: ['Claim'], to: ['Company', 'Facility', 'Agreement', 'Policy', 'Metal', 'Product', 'Technology', 'Country'] },
  MEASURES: { from: ['Measure'], to: ['Metal', 'Product'] },
  REPORTS_STATISTIC: { from: ['Country'], to: ['Metal', 'Product'] },
} as const satisfies Record<string, { from: readonly Label[]; to: readonly Label[] }>;
export type RelType = keyof typeof REL_TYPES;
export const REL_TYPE_NAMES = Object.keys(REL_TYPES) as RelType[];

/**
 * A relationship record. `key` tells apart parallel relationships of one type between the same
 * two nodes (a country's production in 2023 and in 2024); it defaults to the empty string.
 * Units: `quantity` in `unit`, `quantityBase` in `baseUnit` (metric tons for mass),
 * `sharePct` in percent (0–100), `year` a calendar year.
 */
export const RelationshipRecord = z
  .object({
    type: z.enum(REL_TYPE_NAMES as [RelType, ...RelType[]]),
    from: AnyId,
    to: AnyId,
    key: z.string().max(200).superRefine(textRule('line')).default(''),
    sources: z.array(SourceId).min(1, 'every relationship needs at least one source'),
    role: text.optional(),
    basis: z.enum(['capacity', 'reserves', 'endUse', ...STATISTIC_NAMES]).optional(),
    measureId: idOf('Measure').optional(),
    year: z.number().int().min(1900).max(2100).optional(),
    sharePct: z.number().min(0).max(100).optional(),
    sharePctBound: Bound.optional(),
    rank: z.number().int().min(1).optional(),
    itemId: AnyId.optional(),
    quantityBase: z.number().finite().optional(),
    baseUnit: text.optional(),
    estimated: z.boolean().optional(),
    noValueReason: text.optional(),
    period: text.optional(),
    note: prose.optional(),
    ...Validity,
    ...Quantity,
  })
  .strict();
export type RelationshipRecord = z.infer<typeof RelationshipRecord>;

/** A whole dataset file. */
export const Dataset = z
  .object({
    sources: z.array(NodeSchemas.Source).default([]),
    nodes: z.array(NodeRecord).default([]),
    relationships: z.array(RelationshipRecord).default([]),
  })
  .strict();
export type Dataset = z.infer<typeof Dataset>;

/** Properties of nodes and relationships that hold dates (stored as Neo4j `Date`). */
export const DATE_PROPERTIES = ['validFrom', 'validTo', 'signedDate', 'issuedDate', 'valueDate', 'publishedDate', 'retrievedDate'] as const;
