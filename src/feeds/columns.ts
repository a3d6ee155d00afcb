/**
 * Column definitions shared by every feed: the column vocabulary (name, type, unit, meaning)
 * and the mapping from the model's stored properties (camelCase, see `src/model/schema.ts`)
 * to snake_case feed columns.
 *
 * Which properties a label has comes from the model's zod schemas (`NodeSchemas`); which ones a
 * relationship type has follows `docs/model.md` (see `REL_PROPERTIES`). Every stored date
 * property gets a `…_precision` column beside it. Column names never change once published.
 */
import type { z } from 'zod';
import { DATE_PROPERTIES, LABELS, type Label, NodeSchemas, REL_TYPE_NAMES, RelationshipRecord, type RelType } from '../model/schema.js';

/**
 * Column types as a BI tool sees them. In CSV every value is text; in JSON and NDJSON
 * `integer`/`number` are JSON numbers, `boolean` is true/false, the rest are strings; a missing
 * value is an empty CSV cell or JSON `null`.
 * - `date`: `YYYY-MM-DD` (the first day of the period; see the `…_precision` column);
 * - `datetime`: ISO 8601 in UTC with milliseconds, `2025-01-31T12:00:00.000Z`;
 * - `list`: values joined with ` | ` (ids or aliases); a backslash or bar inside a value is escaped (`joinList`).
 */
export type ColumnType = 'text' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'list';

/** One column of a feed: its stable name, type, unit (for numbers) and meaning. */
export interface Column {
  name: string;
  type: ColumnType;
  /** The unit of a number (`t`, `%`), or where the unit is (`in unit`). */
  unit?: string;
  description: string;
}

/** A column that carries one stored property of a node or relationship. */
export interface PropertyColumn extends Column {
  /** The stored property name (camelCase). */
  prop: string;
}

/** The meaning of every `status` column (see `statusOn`, src/model/status.ts). */
export const STATUS_DOC =
  'status on the day of the export (UTC): ended once valid_to has passed; a policy announced before valid_from, suspended while a suspension holds, else inForce; otherwise as the source states it (planned, underConstruction, operating, idle…)';

/** The separator of `list` columns. */
/** A documented column of a fixed feed table (its unit, when it has one). */
export const col = (name: string, type: ColumnType, description: string, unit?: string): Column =>
  unit ? { name, type, unit, description } : { name, type, description };

/** The `updated_at` column every fixed table ends with. */
export const UPDATED_AT = col('updated_at', 'datetime', 'when a load last created or changed it (UTC); use with updatedSince');

export const LIST_SEPARATOR = ' | ';

/**
 * One `list` cell: the values joined with ` | `; a backslash or a bar inside a value gets a
 * backslash before it (`\\`, `\|`), so a value holding ` | ` stays one value (docs/bi-feeds.md).
 */
export function joinList(values: readonly unknown[]): string {
  return values.map((v) => String(v).replace(/[\\|]/g, (c) => `\\${c}`)).join(LIST_SEPARATOR);
}

/** `worldTotal2023` → `world_total_2023`, `isoCode` → `iso_code`. */
export function snakeCase(prop: string): string {
  return prop
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([a-zA-Z])(\d)/g, '$1_$2')
    .toLowerCase();
}

/** Units and meanings of the stored properties (types come from the zod schemas). */
const PROPERTY_DOCS: Record<string, { unit?: string; description: string }> = {
  validFrom: { description: 'start of validity (first day of the period)' },
  validFromText: { description: 'the start as the source words it ("late 2026")' },
  validTo: { description: 'end of validity (first day of the period)' },
  validToText: { description: 'the end as the source words it' },
  status: { description: STATUS_DOC },
  isoCode: { description: 'ISO 3166-1 alpha-2 code' },
  symbol: { description: 'chemical symbol' },
  category: { description: 'kind of technology' },
  facilityType: { description: 'kind of facility (refinery, mine, plant…)' },
  location: { description: 'place, as stated' },
  quantity: { unit: 'in unit', description: 'quantity as stated by the source' },
  unit: { description: 'unit of quantity (t/yr, kilograms, thousand metric tons, %…)' },
  quantityBound: { description: 'exact, atLeast, atMost or approximate: how quantity bounds the true value' },
  amount: { unit: 'in currency', description: 'money amount' },
  currency: { description: 'ISO 4217 currency code of amount' },
  amountBound: { description: 'exact, atLeast, atMost or approximate: how amount bounds the true value' },
  agreementType: { description: 'offtake, supply, technology…' },
  signedDate: { description: 'date signed (first day of the period)' },
  signedDateText: { description: 'the signing date as the source words it' },
  occasion: { description: 'event at which it was signed' },
  policyType: { description: 'exportLicensing, exportBan or suspension' },
  reference: { description: 'official reference (announcement number)' },
  issuedDate: { description: 'date issued (first day of the period)' },
  attribute: { description: 'the attribute of the subject the claim states' },
  valueText: { description: 'the claimed value, word for word' },
  value: { unit: 'in unit', description: 'the claimed value as a number, where it is one' },
  valueDate: { description: 'the claimed value as a date, where it is one (first day of the period)' },
  commodity: { description: 'USGS commodity name' },
  measure: { description: 'USGS measure (table TYPE), e.g. Primary production' },
  baseUnit: { description: 'unit of quantity_base: t (metric tons) for every mass unit, else the unit itself' },
  worldTotal2023: { unit: 'in unit', description: 'world total 2023 of the measure (its primary basis)' },
  worldTotal2024: { unit: 'in unit', description: 'world total 2024 of the measure (its primary basis)' },
  worldTotalBasis: { description: 'basis of world_total_2023/2024: production, capacity or reserves' },
  worldCapacity2023: { unit: 'in unit', description: 'world capacity total 2023 of the measure' },
  worldCapacity2024: { unit: 'in unit', description: 'world capacity total 2024 of the measure' },
  worldTotalNote: { description: 'aggregate rows of the USGS table (world total, other countries), as text' },
  worldReserves2024: { unit: 'in unit', description: 'USGS world reserves 2024 (the reserves world total, when exact)' },
  statistic: { description: 'salient statistic: production, imports, exports, consumption, price, stocks, importReliance, employment, shipments or other' },
  form: { description: 'what the salient statistic is of (High-purity, Ore, Scrap…), from the USGS column name' },
  publisher: { description: 'publisher of the source' },
  sourceType: { description: 'news, company, government, dataset, analyst or filing' },
  url: { description: 'web address of the source' },
  doi: { description: 'DOI of the source' },
  publishedDate: { description: 'date published (first day of the period)' },
  retrievedDate: { description: 'date retrieved (first day of the period)' },
  note: { description: 'remark (city, process, USGS note…)' },
  role: { description: 'role of the start node (seller, buyer, process owner…)' },
  basis: {
    description:
      'production, capacity, reserves, importReliance or endUse; for salient statistics also imports, exports, consumption, price, stocks, employment, shipments or other',
  },
  measureId: { description: 'id of the USGS Measure the figure belongs to' },
  year: { unit: 'calendar year', description: 'year the figure refers to' },
  sharePct: { unit: '%', description: 'share in percent (0–100) of the stated denominator (USGS: world total of the measure and year)' },
  sharePctBound: { description: 'exact, atLeast, atMost or approximate: how share_pct bounds the true share' },
  rank: { unit: 'rank', description: '1 = largest' },
  itemId: { description: 'id of the metal or product concerned' },
  quantityBase: { unit: 'in base_unit', description: 'quantity converted to base_unit (metric tons for mass)' },
  estimated: { description: 'true when the source marks the figure as an estimate' },
  noValueReason: { description: 'why there is no figure (withheld, not available…); never read as zero' },
  period: { description: 'period the figure refers to, as stated (2020–2023)' },
};

const PRECISION_DOC = (prop: string) => ({
  description: `precision of ${snakeCase(prop)}: day, month, quarter or year`,
});

/** Properties every node has, in their own columns. */
const NODE_COMMON = ['id', 'label', 'name', 'aliases', 'description', 'sources'];

function zodType(schema: z.ZodType): ColumnType {
  let t = schema as unknown as { _zod: { def: { type: string; innerType?: unknown } }; isInt?: boolean };
  while (t._zod.def.innerType) t = t._zod.def.innerType as typeof t;
  switch (t._zod.def.type) {
    case 'number':
      return t.isInt ? 'integer' : 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'list';
    default:
      return 'text';
  }
}

const isDateProp = (p: string) => (DATE_PROPERTIES as readonly string[]).includes(p);

function propertyColumn(prop: string, shape: Record<string, z.ZodType>): PropertyColumn {
  const precisionOf = prop.endsWith('Precision') ? prop.slice(0, -'Precision'.length) : undefined;
  if (precisionOf && isDateProp(precisionOf)) return { prop, name: snakeCase(prop), type: 'text', ...PRECISION_DOC(precisionOf) };
  const doc = PROPERTY_DOCS[prop];
  if (!doc) throw new Error(`feeds: no column documentation for property ${prop} (add it to src/feeds/columns.ts)`);
  const schema = shape[prop];
  if (!schema) throw new Error(`feeds: property ${prop} is not in the model`);
  return { prop, name: snakeCase(prop), type: isDateProp(prop) ? 'date' : zodType(schema), ...doc };
}

/** Schema keys → stored properties: each date property followed by its `…Precision`. */
function withPrecision(props: string[]): string[] {
  return props.flatMap((p) => (isDateProp(p) ? [p, `${p}Precision`] : [p]));
}

const nodeShape = (label: Label) => (NodeSchemas[label] as unknown as { shape: Record<string, z.ZodType> }).shape;

/** The label's own property columns (beyond id, name, aliases, description, sources), in model order. */
export function labelPropertyColumns(label: Label): PropertyColumn[] {
  const shape = nodeShape(label);
  return withPrecision(Object.keys(shape).filter((k) => !NODE_COMMON.includes(k))).map((p) => propertyColumn(p, shape));
}

/** Property columns of the nodes feed without a label: every label's, first seen first. */
export function allLabelPropertyColumns(): PropertyColumn[] {
  const seen = new Map<string, PropertyColumn>();
  for (const label of LABELS) for (const c of labelPropertyColumns(label)) if (!seen.has(c.prop)) seen.set(c.prop, c);
  return [...seen.values()];
}

const VALIDITY = ['validFrom', 'validFromText', 'validTo', 'validToText', 'status'];
const QUANTITY = ['quantity', 'unit', 'quantityBound'];
const SHARE = ['sharePct', 'sharePctBound'];
const USGS_FIGURE = ['basis', 'measureId', 'year', ...QUANTITY, 'quantityBase', 'baseUnit', ...SHARE, 'estimated', 'noValueReason'];

/**
 * The properties of each relationship type, as `docs/model.md` documents them (shares with
 * their bound, quantities with unit and bound, every figure that may be missing with
 * `noValueReason`); `note` is allowed on every type. `tests/feeds.test.ts` checks that every
 * property stored in the bundled graph has a column.
 */
export const REL_PROPERTIES: Record<RelType, string[]> = {
  HEADQUARTERED_IN: ['note'],
  SUBSIDIARY_OF: [...VALIDITY, 'note'],
  SHAREHOLDER_OF: [...SHARE, 'role', ...VALIDITY, 'note'],
  OPERATES: ['status', 'note'],
  LOCATED_IN: ['note'],
  PRODUCES: [...USGS_FIGURE, ...VALIDITY, 'note'],
  HOLDS_RESERVES: [...USGS_FIGURE, 'note'],
  USES_TECHNOLOGY: ['note'],
  PROVIDED_BY: ['role', 'note'],
  INVESTS_IN: ['amount', 'currency', 'amountBound', 'status', 'note'],
  PARTY_TO: ['role', 'note'],
  COVERS: [...QUANTITY, ...VALIDITY, 'note'],
  SUPPLIES: ['itemId', ...QUANTITY, ...VALIDITY, 'note'],
  DERIVED_FROM: ['note'],
  USED_IN: ['basis', ...SHARE, 'year', 'note'],
  IMPOSES: ['note'],
  RESTRICTS: ['note'],
  TARGETS: ['note'],
  SUSPENDS: [...VALIDITY, 'note'],
  IMPORTS_FROM: ['basis', 'itemId', 'rank', 'period', ...QUANTITY, 'noValueReason', 'note'],
  ABOUT: ['note'],
  MEASURES: ['note'],
  REPORTS_STATISTIC: [...USGS_FIGURE, 'note'],
};

const relShape = (RelationshipRecord as unknown as { shape: Record<string, z.ZodType> }).shape;
/** Column order of relationship properties: what, then the figure with its unit and bound, then time, then the remark. */
const REL_ORDER = withPrecision([
  'role',
  'basis',
  'itemId',
  'measureId',
  'year',
  'period',
  'rank',
  'quantity',
  'unit',
  'quantityBound',
  'quantityBase',
  'baseUnit',
  'amount',
  'currency',
  'amountBound',
  'sharePct',
  'sharePctBound',
  'estimated',
  'noValueReason',
  'validFrom',
  'validFromText',
  'validTo',
  'validToText',
  'status',
  'note',
]);
const REL_IDENTITY = ['type', 'from', 'to', 'key', 'sources'];
for (const p of Object.keys(relShape)) {
  if (!REL_IDENTITY.includes(p) && !REL_ORDER.includes(p))
    throw new Error(`feeds: relationship property ${p} has no place in REL_ORDER (src/feeds/columns.ts)`);
}

/** The type's property columns, in the model's order (`RelationshipRecord`). */
export function typePropertyColumns(type: RelType): PropertyColumn[] {
  const props = new Set(withPrecision(REL_PROPERTIES[type]));
  return REL_ORDER.filter((p) => props.has(p)).map((p) => propertyColumn(p, relShape));
}

/** Property columns of the relationships feed without a type: every type's. */
export function allTypePropertyColumns(): PropertyColumn[] {
  const props = new Set(REL_TYPE_NAMES.flatMap((t) => withPrecision(REL_PROPERTIES[t])));
  return REL_ORDER.filter((p) => props.has(p)).map((p) => propertyColumn(p, relShape));
}

// Fail at start-up, not in a feed, when the model gains a property without documentation.
for (const label of LABELS) labelPropertyColumns(label);
for (const type of REL_TYPE_NAMES) typePropertyColumns(type);
