/**
 * Pure helpers for dependency chains, exposure, paths and neighbourhoods: hop properties in
 * their GraphQL shape, a plain-English sentence per hop, a short edge label, the relevance
 * score and the pruning to maximal chains. No database access here.
 */
import { figureText } from '../../model/figure-text.js';
import { validityOf } from '../core/shapes.js';

/** A node as the Cypher returns it: `n {.*, label}` (dates as ISO strings). */
export type NodeRow = Record<string, unknown> & { id: string; label: string; name?: string };

/** A relationship as the Cypher returns it: its properties plus type, stored ends and `ref`. */
export type RelRow = Record<string, unknown> & { ref: string; type: string; from: string; to: string; sources?: string[] };

/** Stable, readable id of a stored relationship: `TYPE:start->end`, plus `#key` for parallel ones. */
export const edgeId = (r: RelRow): string => `${r.type}:${r.from}->${r.to}${r.key ? `#${String(r.key)}` : ''}`;

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/** A number for people: FIGURE_DIGITS significant digits, thousands separated, never 0 unless 0 (model/figure-text.ts). */
export const formatNumber = (v: number): string => figureText(v);

const BOUND_WORDS: Record<string, string> = { atLeast: 'at least ', atMost: 'at most ', approximate: 'about ', exact: '' };
const BOUND_SIGNS: Record<string, string> = { atLeast: '≥ ', atMost: '≤ ', approximate: '~', exact: '' };

/** `15 t/yr`, `at least 93 %`, `about 1.4 Mt` (words) or `≥ 93 %` (signs, for short labels). */
export function formatQuantity(value: number, unit: unknown, bound: unknown, signs = false): string {
  const prefix = (signs ? BOUND_SIGNS : BOUND_WORDS)[String(bound ?? 'exact')] ?? '';
  return `${prefix}${formatNumber(value)}${str(unit) ? ` ${unit}` : ''}`;
}

/** `2025-12` for a month, `2026-Q3` for a quarter, `2026` for a year, the day otherwise. */
export function formatPartialDate(iso: unknown, precision: unknown): string | undefined {
  const d = str(iso);
  if (!d) return undefined;
  const [y, m] = d.split('-');
  if (precision === 'year') return y;
  if (precision === 'quarter') return `${y}-Q${Math.floor((Number(m) - 1) / 3) + 1}`;
  if (precision === 'month') return `${y}-${m}`;
  return d.slice(0, 10);
}

/** Hop or edge properties in the GraphQL `HopProperties` shape (Quantity, Money, Validity objects). */
export function hopProperties(r: RelRow) {
  const quantity = num(r.quantity);
  const amount = num(r.amount);
  return {
    role: str(r.role) ?? null,
    quantity: quantity === undefined ? null : { value: quantity, unit: str(r.unit) ?? null, bound: str(r.quantityBound) ?? 'exact' },
    money: amount === undefined || !str(r.currency) ? null : { amount, currency: r.currency, bound: str(r.amountBound) ?? 'exact' },
    status: str(r.status) ?? null,
    validity: validityOf(r),
    sharePct: num(r.sharePct) ?? null,
    sharePctBound: str(r.sharePctBound) ?? null,
    year: num(r.year) ?? null,
    basis: str(r.basis) ?? null,
    itemId: str(r.itemId) ?? null,
    rank: num(r.rank) ?? null,
    period: str(r.period) ?? null,
    estimated: typeof r.estimated === 'boolean' ? r.estimated : null,
    note: str(r.note) ?? null,
    key: str(r.key) ?? null,
  };
}

const nameOf = (n: NodeRow | undefined, fallback: string) => str(n?.name) ?? fallback;
/** Material names read as common nouns inside a sentence ("supplies gallium"), acronyms kept. */
const common = (name: string) => (/^[A-Z][a-z]/.test(name) ? name[0].toLowerCase() + name.slice(1) : name);
const STATUS_WORDS: Record<string, string> = { underConstruction: 'under construction', inForce: 'in force' };

/** The details of a fact: quantity, share, money, year, status and validity, e.g. `15 t/yr; planned; from 2026`. */
export function factDetails(r: RelRow, opts: { share?: boolean } = {}): string[] {
  const out: string[] = [];
  const q = num(r.quantity);
  if (q !== undefined) out.push(`${r.basis === 'capacity' ? 'capacity ' : ''}${formatQuantity(q, r.unit, r.quantityBound)}`);
  const share = num(r.sharePct);
  if (share !== undefined && opts.share !== false) out.push(`${formatQuantity(share, '%', r.sharePctBound)}${r.basis === 'endUse' ? ' of end use' : ''}`);
  const amount = num(r.amount);
  if (amount !== undefined) out.push(formatQuantity(amount, r.currency, r.amountBound));
  if (num(r.year) !== undefined) out.push(`in ${r.year}`);
  if (num(r.rank) !== undefined) out.push(`rank ${r.rank}`);
  if (str(r.status)) out.push(STATUS_WORDS[r.status as string] ?? String(r.status));
  const from = formatPartialDate(r.validFrom, r.validFromPrecision);
  const to = formatPartialDate(r.validTo, r.validToPrecision);
  if (from && to) out.push(`${from} to ${to}`);
  else if (from) out.push(`from ${from}`);
  else if (to) out.push(`until ${to}`);
  return out;
}

/**
 * One plain-English sentence for a stored relationship, read in its stored direction, e.g.
 * "Mitsubishi Corporation RtM Japan Ltd. is the buyer under the ERG–Mitsubishi gallium offtake
 * agreement (signed 2025-12)". `start`/`end` are the stored end nodes; `itemName` names the
 * `itemId` of SUPPLIES and IMPORTS_FROM.
 */
export function explainRelationship(r: RelRow, start: NodeRow | undefined, end: NodeRow | undefined, itemName?: string): string {
  const s = nameOf(start, r.from);
  const e = nameOf(end, r.to);
  const item = itemName ? common(itemName) : str(r.itemId);
  const role = str(r.role);
  let sentence: string;
  let details = factDetails(r);
  switch (r.type) {
    case 'PARTY_TO': {
      sentence = role ? `${s} is the ${role} under the ${e}` : `${s} is a party to the ${e}`;
      const signed = formatPartialDate(end?.signedDate, end?.signedDatePrecision);
      if (signed) details = [`signed ${signed}`, ...details];
      break;
    }
    case 'SUBSIDIARY_OF':
      sentence = `${s} is a subsidiary of ${e}`;
      break;
    case 'SHAREHOLDER_OF': {
      const share = num(r.sharePct);
      sentence = share === undefined ? `${s} is a shareholder of ${e}` : `${s} holds ${formatQuantity(share, '%', r.sharePctBound)} of ${e}`;
      details = factDetails(r, { share: false });
      break;
    }
    case 'HEADQUARTERED_IN':
      sentence = `${s} is headquartered in ${e}`;
      break;
    case 'OPERATES':
      sentence = `${s} operates ${e}`;
      break;
    case 'LOCATED_IN':
      sentence = `${s} is located in ${e}`;
      break;
    case 'PRODUCES':
      sentence = `${s} produces ${common(e)}`;
      break;
    case 'HOLDS_RESERVES':
      sentence = `${s} holds reserves of ${common(e)}`;
      break;
    case 'USES_TECHNOLOGY':
      sentence = `${s} uses ${e}`;
      break;
    case 'PROVIDED_BY':
      sentence = `${s} is provided by ${e}${role ? ` as ${role}` : ''}`;
      break;
    case 'INVESTS_IN':
      sentence = `${s} invests in ${e}`;
      break;
    case 'COVERS':
      sentence = `${s} covers ${end?.label === 'Facility' ? e : common(e)}`;
      break;
    case 'SUPPLIES':
      sentence = item ? `${s} supplies ${item} to ${e}` : `${s} supplies ${e}`;
      break;
    case 'DERIVED_FROM':
      sentence = `${s} is derived from ${common(e)}`;
      break;
    case 'USED_IN':
      sentence = `${s} is used in ${common(e)}`;
      break;
    case 'IMPOSES':
      sentence = `${s} imposes the ${e}`;
      break;
    case 'RESTRICTS':
      sentence = `${s} restricts ${common(e)}`;
      break;
    case 'TARGETS':
      sentence = `${s} targets ${e}`;
      break;
    case 'SUSPENDS':
      sentence = `${s} suspends the ${e}`;
      break;
    case 'IMPORTS_FROM':
      sentence = `${s} imports ${item ? `${item} ` : ''}from ${e}`;
      break;
    case 'ABOUT':
      sentence = `${s} is a claim about ${e}`;
      break;
    case 'MEASURES':
      sentence = `${s} measures ${common(e)}`;
      break;
    case 'REPORTS_STATISTIC':
      sentence = `${s} reports ${str(r.basis) ?? 'a statistic'} of ${common(e)}`;
      break;
    default:
      sentence = `${s} ${r.type.toLowerCase().replaceAll('_', ' ')} ${e}`;
  }
  return details.length ? `${sentence} (${details.join('; ')})` : sentence;
}

/** A short label to draw on an edge: the role, else the share (`98.7 %`), quantity (`15 t/yr`), money, else the type in words. */
export function edgeLabel(r: RelRow): string {
  const share = num(r.sharePct);
  const q = num(r.quantity);
  const amount = num(r.amount);
  if (str(r.role)) return String(r.role);
  if (share !== undefined) return formatQuantity(share, '%', r.sharePctBound, true);
  if (q !== undefined) return formatQuantity(q, r.unit, r.quantityBound, true);
  if (amount !== undefined) return formatQuantity(amount, r.currency, r.amountBound, true);
  return r.type.toLowerCase().replaceAll('_', ' ');
}

/** Weight of the entity a dependency chain reaches (its terminal): root causes weigh most. */
export const REACH_WEIGHT: Record<string, number> = { Country: 1, Metal: 1, Product: 1, Policy: 0.9, Facility: 0.8, Technology: 0.8 };
/** Weight of the dependent an exposure chain reaches: companies, countries and industries weigh most. */
export const EXPOSED_WEIGHT: Record<string, number> = { Company: 1, Country: 1, Industry: 1, Facility: 0.8, Agreement: 0.8 };
const OTHER_WEIGHT = 0.6;

/** Confidence of one hop: 1 − 0.5^(sources + 1 if it states a quantity, money or share). */
export function hopConfidence(r: RelRow): number {
  const sources = new Set(r.sources ?? []).size;
  const quantified = [r.quantity, r.amount, r.sharePct].some((v) => num(v) !== undefined) ? 1 : 0;
  return 1 - 0.5 ** (sources + quantified);
}

const logConfidences = new WeakMap<RelRow, number>();
/**
 * log(hopConfidence(r)), worked out once per relationship row (a walk's rows are read as hops of
 * many chains; the row's sources and figures are not changed after it is read).
 */
export function logConfidence(r: RelRow): number {
  let v = logConfidences.get(r);
  if (v === undefined) {
    v = Math.log(hopConfidence(r));
    logConfidences.set(r, v);
  }
  return v;
}

/**
 * Relevance of a chain, in (0, 1]: evidence × reach × 0.97^(hops − 1), rounded to 4 decimals.
 * evidence = geometric mean of the hops' confidence (see `hopConfidence`); reach = the weight
 * of the far end's label in `weights` (0.6 when not listed). Better-sourced, quantified chains
 * that reach a root (country, raw material) come first; among equals, the more direct one.
 */
export function chainRelevance(rels: RelRow[], farEndLabel: string, weights: Record<string, number> = REACH_WEIGHT): number {
  if (rels.length === 0) return 0;
  let sum = 0;
  for (const r of rels) sum += logConfidence(r);
  const evidence = Math.exp(sum / rels.length);
  const reach = weights[farEndLabel] ?? OTHER_WEIGHT;
  return Math.round(evidence * reach * 0.97 ** (rels.length - 1) * 10_000) / 10_000;
}

/** The paths (by their relationship lists) that are not a proper prefix of another path of the list; duplicates dropped. */
export function maximalPaths<T extends { rels: string[] }>(paths: T[]): T[] {
  const prefixes = new Set<string>();
  const keys = paths.map((p) => {
    // Each proper prefix's key grows from the one before it (no slice and join per prefix).
    let key = p.rels[0] ?? '';
    for (let i = 1; i < p.rels.length; i++) {
      prefixes.add(key);
      key += `\u0000${p.rels[i]}`;
    }
    return key;
  });
  const seen = new Set<string>();
  return paths.filter((_, i) => {
    const k = keys[i];
    if (prefixes.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
