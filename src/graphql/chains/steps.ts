/**
 * The dependency direction of every relationship type that dependency chains and exposure may
 * cross: an allow-list, written out so that a reader (and the Cypher, which receives it as a
 * parameter) knows exactly why each hop means "depends on".
 *
 * A step is a stored relationship `(start)-[type]->(end)` with the labels allowed at each end
 * and the end that is the *dependent*; the other end is its *dependency*. Dependency chains walk
 * from dependent to dependency; exposure walks the same steps backwards. Relationship types not
 * listed here (HEADQUARTERED_IN, SHAREHOLDER_OF, INVESTS_IN, HOLDS_RESERVES, SUSPENDS, ABOUT,
 * MEASURES, and PRODUCES from a Country or Company) are never crossed: they state ownership,
 * money, statistics or commentary, not a supply dependency. Country-level PRODUCES is left out
 * on purpose: a metal does not depend on every producing country, and following it would fan
 * a chain out over the whole USGS table.
 */
import { REL_TYPES, type Label, type RelType } from '../../model/schema.js';

/** Roles (lower case) that make a party depend on the agreement: it receives the goods or the work. */
export const BUYER_ROLES = ['buyer', 'client', 'customer', 'offtaker', 'purchaser', 'licensee', 'importer'];
/** Roles (lower case) on which an agreement depends: the party that delivers. */
export const SELLER_ROLES = ['seller', 'supplier', 'contractor', 'licensor', 'provider', 'vendor', 'exporter', 'developer'];

export interface DependencyStep {
  type: RelType;
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

const step = (type: RelType, start: Label[], end: Label[], dependent: 'start' | 'end', why: string, extra: Partial<DependencyStep> = {}): DependencyStep =>
  ({ type, start, end, dependent, roles: null, neutral: false, why, ...extra });

/** The allow-listed dependency steps. */
export const DEPENDENCY_STEPS: DependencyStep[] = [
  step('PARTY_TO', ['Company', 'Country'], ['Agreement'], 'start', 'a buyer or client depends on the agreement it receives goods or work under', { roles: BUYER_ROLES }),
  step('PARTY_TO', ['Company', 'Country'], ['Agreement'], 'end', 'an agreement depends on the party that delivers under it (seller, supplier, contractor)', { roles: SELLER_ROLES }),
  step('SUBSIDIARY_OF', ['Company'], ['Company'], 'end', "a parent depends on its subsidiaries' supply (Mitsubishi Corporation buys gallium through its RtM Japan unit)", { neutral: true }),
  step('SUPPLIES', ['Company', 'Facility'], ['Company', 'Facility', 'Country'], 'end', 'a buyer depends on its supplier (bauxite mines supply the alumina refinery)'),
  step('OPERATES', ['Company'], ['Facility'], 'start', 'a company depends on the facilities it operates'),
  step('LOCATED_IN', ['Facility'], ['Country'], 'start', 'a facility depends on the country it stands in'),
  step('USES_TECHNOLOGY', ['Facility'], ['Technology'], 'start', 'a facility depends on the technology it runs on'),
  step('PROVIDED_BY', ['Technology'], ['Company'], 'start', 'a technology depends on its provider', { neutral: true }),
  // Only ever followed by DERIVED_FROM (checked per hop by the walk): a plant does not depend on its
  // output's market or controls, only on the materials that output is made from.
  step('PRODUCES', ['Facility'], ['Metal', 'Product'], 'start', 'a facility depends, through its output, on the materials that output is made from'),
  step('DERIVED_FROM', ['Metal', 'Product'], ['Metal', 'Product'], 'start', 'a material depends on the material it is made from (gallium from alumina, alumina from bauxite)'),
  step('COVERS', ['Agreement'], ['Metal', 'Product', 'Facility'], 'start', 'an agreement depends on the goods and the facility it covers'),
  step('RESTRICTS', ['Policy'], ['Metal', 'Product'], 'end', 'a metal or product depends on the export controls that restrict it'),
  step('IMPOSES', ['Country'], ['Policy'], 'end', 'a policy depends on the country that imposes it', { neutral: true }),
  step('TARGETS', ['Policy'], ['Country'], 'end', 'a targeted country depends on the policy aimed at it', { neutral: true }),
  step('USED_IN', ['Metal', 'Product'], ['Industry'], 'end', 'an industry depends on the metals and products it uses'),
  step('IMPORTS_FROM', ['Country'], ['Country'], 'start', 'an importing country depends on its import sources'),
];

/** The relationship types crossed by dependency walks. */
export const DEPENDENCY_TYPES: RelType[] = [...new Set(DEPENDENCY_STEPS.map((s) => s.type))];
/** Types whose hops do not by themselves concern a metal. */
export const NEUTRAL_TYPES: RelType[] = [...new Set(DEPENDENCY_STEPS.filter((s) => s.neutral).map((s) => s.type))];

/**
 * The step types a walk follows out of (`out`) and into (`in`) the node a hop leaves: walking
 * forwards (dependent → dependency), a step whose dependent is the stored start is followed
 * outwards; walking backwards (`reverse`), inwards. The `{{out}}`/`{{in}}` slots of `chains/expand`.
 */
export function stepDirections(reverse: boolean): { out: RelType[]; in: RelType[] } {
  const types = (dependent: 'start' | 'end') => [...new Set(DEPENDENCY_STEPS.filter((s) => s.dependent === dependent).map((s) => s.type))];
  // PRODUCES has branches of its own in chains/expand: only from or to a Facility, and backwards
  // only right after a DERIVED_FROM, checked before a metal's or a country's many production
  // relationships are read.
  const own = (ts: RelType[]) => ts.filter((t) => t !== 'PRODUCES');
  return reverse ? { out: own(types('end')), in: own(types('start')) } : { out: own(types('start')), in: own(types('end')) };
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
 * against it (`in`), walking forwards (dependent → dependency) or backwards (`reverse`). A type
 * absent from a side is never crossed from that side. Several steps of one type on one side
 * (none today) would merge: their roles unite, and a label restriction holds only when all of
 * them have one.
 */
export function stepRules(reverse: boolean): { out: Record<string, StepRule>; in: Record<string, StepRule> } {
  const narrower = (allowed: readonly Label[], modelled: readonly Label[]) =>
    modelled.every((l) => allowed.includes(l)) ? null : [...allowed];
  const side = (dependent: 'start' | 'end') => {
    const rules: Record<string, StepRule> = {};
    for (const s of DEPENDENCY_STEPS.filter((x) => x.dependent === dependent)) {
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

/** Hard ceilings, stated in the SDL descriptions. */
export const LIMITS = {
  maxDepth: 8,
  defaultDepth: 6,
  maxFirst: 200,
  maxPathLength: 10,
  maxNeighbourhoodDepth: 3,
  maxNeighbourhoodLimit: 1000,
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
