/**
 * The exposure steps of every relationship type that dependency chains and exposure may cross:
 * an allow-list, written out so that a reader (and the Cypher, which receives it as a
 * parameter) knows exactly why each hop means "depends on" or "is exposed to".
 *
 * A step is a stored relationship `(start)-[type]->(end)` with the labels allowed at each end
 * and the end that is the *dependent* (the exposed party); the other end is its *dependency*.
 * Dependency chains walk from dependent to dependency; exposure walks the same steps backwards.
 * Each step belongs to one or more exposure kinds:
 * - SUPPLY: a buyer depends on its supplier, a plant on its inputs, country and technology…
 * - COMMERCIAL: a seller, contractor or technology provider is exposed to the agreements it
 *   delivers under, and through them to the buyers, projects and plants they cover; a supplier
 *   to its buyers; a technology to the plants that run on it.
 * - OWNERSHIP: a parent, shareholder, investor or operator is exposed to whatever its
 *   subsidiaries, holdings, investments and plants are exposed to.
 * Relationship types not listed here (HEADQUARTERED_IN, HOLDS_RESERVES, SUSPENDS, ABOUT,
 * MEASURES, and PRODUCES from a Country or Company) are never crossed: they state places,
 * statistics or commentary, not an exposure. Country-level PRODUCES is left out on purpose: a
 * metal does not depend on every producing country, and following it would fan a chain out
 * over the whole USGS table.
 */
import { type Label, REL_TYPES, type RelType } from '../../model/schema.js';

/** Roles (lower case) that make a party depend on the agreement: it receives the goods or the work. */
export const BUYER_ROLES = ['buyer', 'client', 'customer', 'offtaker', 'purchaser', 'licensee', 'importer'];
/** Roles (lower case) on which an agreement depends: the party that delivers. */
export const SELLER_ROLES = ['seller', 'supplier', 'contractor', 'licensor', 'provider', 'vendor', 'exporter', 'developer'];

/** The kinds of exposure a step can carry (the GraphQL enum ExposureKind). */
export const EXPOSURE_KINDS = ['SUPPLY', 'COMMERCIAL', 'OWNERSHIP'] as const;
export type ExposureKind = (typeof EXPOSURE_KINDS)[number];

export interface DependencyStep {
  type: RelType;
  /** The exposure kinds whose walks cross this step (a hop over it reads as one of them: `resolveKinds`). */
  kinds: ExposureKind[];
  /** Labels allowed at the stored start node. */
  start: Label[];
  /** Labels allowed at the stored end node. */
  end: Label[];
  /** Which stored end is the dependent: `start` (the dependent points at its dependency) or `end`. */
  dependent: 'start' | 'end';
  /** When set, the relationship's `role` (case-insensitive) must be one of these. */
  roles: string[] | null;
  /** Neutral steps do not by themselves concern a metal (see `metalId` filtering). */
  neutral: boolean;
  /** Why this hop is a dependency, in one line. */
  why: string;
}

const step = (type: RelType, start: Label[], end: Label[], dependent: 'start' | 'end', why: string, extra: Partial<DependencyStep> = {}): DependencyStep => ({
  type,
  kinds: ['SUPPLY'],
  start,
  end,
  dependent,
  roles: null,
  neutral: false,
  why,
  ...extra,
});
const commercial: Partial<DependencyStep> = { kinds: ['COMMERCIAL'] };

/** The allow-listed dependency steps, supply first (as dependency chains have always walked them). */
export const DEPENDENCY_STEPS: DependencyStep[] = [
  step('PARTY_TO', ['Company', 'Country'], ['Agreement'], 'start', 'a buyer or client depends on the agreement it receives goods or work under', {
    roles: BUYER_ROLES,
  }),
  step('PARTY_TO', ['Company', 'Country'], ['Agreement'], 'end', 'an agreement depends on the party that delivers under it (seller, supplier, contractor)', {
    roles: SELLER_ROLES,
  }),
  step(
    'SUBSIDIARY_OF',
    ['Company'],
    ['Company'],
    'end',
    "a parent depends on its subsidiaries' supply (Mitsubishi Corporation buys gallium through its RtM Japan unit)",
    { kinds: ['OWNERSHIP', 'SUPPLY'], neutral: true },
  ),
  step(
    'SUPPLIES',
    ['Company', 'Facility'],
    ['Company', 'Facility', 'Country'],
    'end',
    'a buyer depends on its supplier (bauxite mines supply the alumina refinery)',
  ),
  step('OPERATES', ['Company'], ['Facility'], 'start', 'a company depends on (and as their controller is exposed to) the facilities it operates', {
    kinds: ['SUPPLY', 'OWNERSHIP'],
  }),
  step('LOCATED_IN', ['Facility'], ['Country'], 'start', 'a facility depends on the country it stands in'),
  step('USES_TECHNOLOGY', ['Facility'], ['Technology'], 'start', 'a facility depends on the technology it runs on'),
  step('PROVIDED_BY', ['Technology'], ['Company'], 'start', 'a technology depends on its provider', { neutral: true }),
  // Only ever followed by DERIVED_FROM (checked per hop by the walk): a plant does not depend on its
  // output's market or controls, only on the materials that output is made from.
  step('PRODUCES', ['Facility'], ['Metal', 'Product'], 'start', 'a facility depends, through its output, on the materials that output is made from'),
  step(
    'DERIVED_FROM',
    ['Metal', 'Product'],
    ['Metal', 'Product'],
    'start',
    'a material depends on the material it is made from (gallium from alumina, alumina from bauxite)',
  ),
  step(
    'COVERS',
    ['Agreement'],
    ['Metal', 'Product', 'Facility'],
    'start',
    'an agreement depends on (and its parties are exposed to) the goods and the facility it covers',
    { kinds: ['SUPPLY', 'COMMERCIAL'] },
  ),
  step('RESTRICTS', ['Policy'], ['Metal', 'Product'], 'end', 'a metal or product depends on the export controls that restrict it'),
  step('IMPOSES', ['Country'], ['Policy'], 'end', 'a policy depends on the country that imposes it', { neutral: true }),
  step('TARGETS', ['Policy'], ['Country'], 'end', 'a targeted country depends on the policy aimed at it', { neutral: true }),
  step('USED_IN', ['Metal', 'Product'], ['Industry'], 'end', 'an industry depends on the metals and products it uses'),
  step('IMPORTS_FROM', ['Country'], ['Country'], 'start', 'an importing country depends on its import sources'),
  // Commercial: the same relationships read from the side that sells.
  step('PARTY_TO', ['Company', 'Country'], ['Agreement'], 'start', 'a seller, contractor or provider is exposed to the agreement it delivers under', {
    ...commercial,
    roles: SELLER_ROLES,
  }),
  step('PARTY_TO', ['Company', 'Country'], ['Agreement'], 'end', "an agreement's deliveries are exposed to its buyer or client", {
    ...commercial,
    roles: BUYER_ROLES,
  }),
  step(
    'SUPPLIES',
    ['Company', 'Facility'],
    ['Company', 'Facility', 'Country'],
    'start',
    'a supplier is exposed to its buyer (the pellet mine to the plant it feeds)',
    commercial,
  ),
  step('PROVIDED_BY', ['Technology'], ['Company'], 'end', 'a technology provider is exposed to its technology', { ...commercial, neutral: true }),
  step('USES_TECHNOLOGY', ['Facility'], ['Technology'], 'end', 'a technology is exposed to the plants that run on it', commercial),
  // Ownership: a holder is exposed to what it holds (SUBSIDIARY_OF above is an ownership link that supply walks cross too).
  step('SHAREHOLDER_OF', ['Company', 'Person', 'Country'], ['Company'], 'start', 'a shareholder is exposed to the company it holds shares in', {
    kinds: ['OWNERSHIP'],
    neutral: true,
  }),
  step('INVESTS_IN', ['Company'], ['Facility'], 'start', 'an investor is exposed to the facility it invests in', { kinds: ['OWNERSHIP'] }),
];

/** The relationship types crossed by dependency walks (of any kind). */
export const DEPENDENCY_TYPES: RelType[] = [...new Set(DEPENDENCY_STEPS.map((s) => s.type))];
/** Types whose hops do not by themselves concern a metal. */
export const NEUTRAL_TYPES: RelType[] = [...new Set(DEPENDENCY_STEPS.filter((s) => s.neutral).map((s) => s.type))];
/** Bare ownership links: with a metal, a dependency chain never ends on one (it would name a holding, not a supply). */
export const OWNERSHIP_LINKS: RelType[] = ['SUBSIDIARY_OF', 'SHAREHOLDER_OF'];

/** The steps of the given kinds (all steps that carry at least one of them). */
export const stepsOf = (kinds: readonly ExposureKind[]): DependencyStep[] => DEPENDENCY_STEPS.filter((s) => s.kinds.some((k) => kinds.includes(k)));

/**
 * The step types a walk follows out of (`out`) and into (`in`) the node a hop leaves: walking
 * forwards (dependent → dependency), a step whose dependent is the stored start is followed
 * outwards; walking backwards (`reverse`), inwards. The `{{out}}`/`{{in}}` slots of `chains/expand`.
 */
export function stepDirections(reverse: boolean, kinds: readonly ExposureKind[] = ['SUPPLY']): { out: RelType[]; in: RelType[] } {
  const steps = stepsOf(kinds);
  const types = (dependent: 'start' | 'end') => [...new Set(steps.filter((s) => s.dependent === dependent).map((s) => s.type))];
  // PRODUCES has branches of its own in chains/expand: only from or to a Facility, and backwards
  // only right after a DERIVED_FROM, checked before a metal's or a country's many production
  // relationships are read.
  const own = (ts: RelType[]) => ts.filter((t) => t !== 'PRODUCES');
  const sides = reverse ? { out: own(types('end')), in: own(types('start')) } : { out: own(types('start')), in: own(types('end')) };
  // Every kind has steps both ways; an empty side would be a malformed pattern.
  if (sides.out.length === 0 || sides.in.length === 0) throw new Error(`exposure kinds ${kinds.join(', ')} leave a walk direction without steps`);
  return sides;
}

/**
 * What a hop over one relationship type must satisfy when it is met from one side, compiled
 * from the steps: the roles allowed (null = any) and, where a step admits fewer labels than the
 * model (src/model/schema.ts REL_TYPES) allows at an end, the labels admitted there (null = what
 * the model allows, which the loader already enforces).
 */
export interface StepRule {
  roles: string[] | null;
  startLabels: Label[] | null;
  endLabels: Label[] | null;
}

/**
 * The `$outRules` / `$inRules` parameters of `chains/expand`: per relationship type, the rule of
 * a hop that leaves the node it is met from along the relationship's own direction (`out`) or
 * against it (`in`), walking forwards (dependent → dependency) or backwards (`reverse`), over
 * the steps of `kinds`. A type absent from a side is never crossed from that side. Several
 * steps of one type on one side (PARTY_TO met from an agreement when both supply and commercial
 * exposure are followed) merge: their roles unite, and a label restriction holds only when all
 * of them have one; `hopKinds` then tells which step a crossed hop took (none: it is dropped).
 */
export function stepRules(reverse: boolean, kinds: readonly ExposureKind[] = ['SUPPLY']): { out: Record<string, StepRule>; in: Record<string, StepRule> } {
  const narrower = (allowed: readonly Label[], modelled: readonly Label[]) => (modelled.every((l) => allowed.includes(l)) ? null : [...allowed]);
  const steps = stepsOf(kinds);
  const side = (dependent: 'start' | 'end') => {
    const rules: Record<string, StepRule> = {};
    for (const s of steps.filter((x) => x.dependent === dependent)) {
      const model = REL_TYPES[s.type] as { from: readonly Label[]; to: readonly Label[] };
      const rule: StepRule = { roles: s.roles, startLabels: narrower(s.start, model.from), endLabels: narrower(s.end, model.to) };
      const had = rules[s.type];
      rules[s.type] = had
        ? {
            roles: had.roles && rule.roles ? [...new Set([...had.roles, ...rule.roles])] : null,
            startLabels: had.startLabels && rule.startLabels ? [...new Set([...had.startLabels, ...rule.startLabels])] : null,
            endLabels: had.endLabels && rule.endLabels ? [...new Set([...had.endLabels, ...rule.endLabels])] : null,
          }
        : rule;
    }
    return rules;
  };
  return reverse ? { out: side('end'), in: side('start') } : { out: side('start'), in: side('end') };
}

/** A crossed hop as `hopKinds` reads it: the stored relationship and the labels at its ends. */
export interface CrossedHop {
  type: string;
  role?: unknown;
  startLabel: string;
  endLabel: string;
  /** True when the walk went from the stored start to the stored end. */
  along: boolean;
}

/**
 * The kinds (of `kinds`, each admitting step's own kind first) under which a hop crossed by a
 * walk is an exposure step: a step of that kind admits its type, role and end labels, and its
 * dependent is the end the walk reads as dependent (forwards the hop's `from`, backwards its
 * `to`). Empty when no step of those kinds admits it.
 */
export function hopKinds(hop: CrossedHop, reverse: boolean, kinds: readonly ExposureKind[]): ExposureKind[] {
  const dependent: 'start' | 'end' = hop.along !== reverse ? 'start' : 'end';
  const role = typeof hop.role === 'string' ? hop.role.toLowerCase() : '';
  const found = new Set<ExposureKind>();
  for (const s of DEPENDENCY_STEPS) {
    if (s.type !== hop.type || s.dependent !== dependent) continue;
    if (!s.start.includes(hop.startLabel as Label) || !s.end.includes(hop.endLabel as Label)) continue;
    if (s.roles && !s.roles.includes(role)) continue;
    for (const k of s.kinds) if (kinds.includes(k)) found.add(k);
  }
  return [...found];
}

/**
 * How kinds compose along a chain read from the dependent: ownership first, then commercial,
 * then supply (OWNERSHIP* COMMERCIAL* SUPPLY*). An owner is exposed to whatever what it holds
 * is exposed to, a seller to its buyers' and projects' supply, a buyer to its supply; but a
 * country's or a buyer's supply dependence does not pass on to the country's shareholdings or
 * the supplier's investments (the Pavlodar plant is not exposed to Rudny because it stands in
 * Kazakhstan, a shareholder of ERG).
 */
export const KIND_RANK: Record<ExposureKind, number> = { SUPPLY: 0, COMMERCIAL: 1, OWNERSHIP: 2 };

/**
 * The kind the next hop of a growing walk takes, given the kinds admitting it (`hopKinds`) and
 * the rank reached (`KIND_RANK`; start forwards at 2, backwards at 0): forwards (reading order)
 * the highest kind not above the rank, backwards the lowest not below it; null when none fits
 * the order above (the path is dropped). Each choice leaves the most room to the hops after it.
 */
export function nextKind(admitted: readonly ExposureKind[], rank: number, reverse: boolean): ExposureKind | null {
  let best: ExposureKind | null = null;
  for (const k of admitted) {
    const r = KIND_RANK[k];
    if (reverse ? r < rank : r > rank) continue;
    if (best === null || (reverse ? r < KIND_RANK[best] : r > KIND_RANK[best])) best = k;
  }
  return best;
}

/**
 * The kind each hop of a chain reads as, in reading order (dependent first), given the kinds
 * admitting each hop: the highest kind the order OWNERSHIP* COMMERCIAL* SUPPLY* still allows,
 * so a hop carries on the kind before it where it can (Midrex → contract as COMMERCIAL, so the
 * contract → plant hop, COVERS, is COMMERCIAL too; a buyer's contract → plant stays SUPPLY).
 * Null when no reading fits that order.
 */
export function resolveKinds(admitted: ExposureKind[][]): ExposureKind[] | null {
  const out: ExposureKind[] = [];
  let rank = KIND_RANK.OWNERSHIP;
  for (const ks of admitted) {
    const k = nextKind(ks, rank, false);
    if (k === null) return null;
    out.push(k);
    rank = KIND_RANK[k];
  }
  return out;
}

/** Hard ceilings, stated in the SDL descriptions. */
export const LIMITS = {
  maxDepth: 8,
  defaultDepth: 6,
  maxFirst: 200,
  maxPathLength: 10,
  maxNeighbourhoodDepth: 3,
  maxNeighbourhoodLimit: 1000,
  /** Relationships a neighbourhood returns at most (`edgeLimit`): above the most the bundled data holds among 1000 nodes (8,561). */
  maxNeighbourhoodEdges: 10000,
  /** Chains (complete paths) a walk returns at most, the best-evidenced kept (`truncated` says when it bit). */
  walkLimit: 1000,
  /**
   * Partial paths a walk carries from one level to the next at most (its beam): beyond it the
   * best-evidenced are kept (`truncated` says when it bit).
   */
  beamWidth: 200,
  /**
   * Neighbours a walk goes on to from any one node per level at most, the best-evidenced (their
   * best relationship: most sources, quantified first; `truncated` says when it bit).
   */
  fanOut: 20,
  /**
   * Parallel relationships (e.g. imports of several commodities from one country) crossed to
   * one neighbour at most, the best-evidenced. With the beam and `fanOut`, bounds the rows of a
   * level by beamWidth × fanOut × parallelHops, whatever a hub's degree.
   */
  parallelHops: 5,
  /** Chains listed per dependent in an exposure answer. */
  chainsPerDependent: 5,
} as const;
