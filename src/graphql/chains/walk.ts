/**
 * The dependency walk behind `dependencyChains` and `exposure`, level by level: `chains/start`
 * (`chains/prepare` and level 1 in one round trip), one `chains/expand` round trip per further
 * depth over the allowed steps, the whole-path rules applied as paths grow, then
 * `chains/details` for the chains shown (at most maxDepth + 1 round trips). Bounds (`LIMITS`: fanOut, parallelHops, beamWidth, walkLimit) keep the
 * best-evidenced paths and set `truncated`; why, and how, in docs/architecture.md.
 */
import { cypher, withSlots } from '../../cypher.js';
import type { Label } from '../../model/schema.js';
import { LABELS } from '../../model/schema.js';
import type { Context } from '../core/context.js';
import { int } from '../core/shapes.js';
import type { Chain, GraphRows } from './build.js';
import { logConfidence, type NodeRow, type RelRow } from './explain.js';

import { type ExposureKind, hopKinds, KIND_RANK, LIMITS, NEUTRAL_TYPES, nextKind, OWNERSHIP_LINKS, stepDirections, stepRules } from './steps.js';

/** elementIds of what concerns a metal, by kind (`chains/prepare`'s `refs`). */
export interface MetalRefs {
  upstream: string[];
  facilities: string[];
  agreements: string[];
}

/** No metal: nothing to compare with. */
export const NO_METAL_REFS: MetalRefs = { upstream: [], facilities: [], agreements: [] };

/** How a walk crosses each level: its direction, the kinds followed and the bounds that are parameters of every level. */
interface LevelSettings {
  reverse: boolean;
  /** The exposure kinds whose steps are followed (default SUPPLY, what dependency chains walk). */
  kinds?: readonly ExposureKind[];
  /** Read each node's headquarters countries (`headquarters` on the node rows), to narrow exposure dependents by them. */
  headquarters?: boolean;
  asOf: string | null;
  fanOut?: number;
}

/** The slots and parameters of `chains/level` (in `chains/start` and `chains/expand`) but the frontier and the metal's ids. */
function levelSettings(s: LevelSettings, kinds: readonly ExposureKind[]) {
  const rules = stepRules(s.reverse, kinds);
  return {
    slots: stepDirections(s.reverse, kinds),
    params: {
      reverse: s.reverse,
      outRules: rules.out,
      inRules: rules.in,
      fanOut: int(s.fanOut ?? LIMITS.fanOut),
      parallel: int(LIMITS.parallelHops),
      asOf: s.asOf,
      labels: LABELS,
      headquarters: !!s.headquarters,
    },
  };
}

/** What `chains/prepare` (and so `chains/start`) returns. */
export interface Prepared {
  entity: NodeRow | null;
  entityRef: string | null;
  metal: NodeRow | null;
  /** The ids of the metal's materials ([] without a metal). */
  upstream: string[];
  refs: MetalRefs;
  /** Which of the asked headquarters countries exist. */
  countries: string[];
}

/** What `chains/start` returns: `chains/prepare`'s row with level 1 from the entity. */
export type Started = Prepared & LevelRow;

export interface StartInput extends LevelSettings {
  entityId: string;
  label: Label;
  /** The metal (or product) the walk is narrowed to, null for none. */
  metalId: string | null;
  metalLabel: Label;
  /** The headquarters countries to check (`countries` says which exist). */
  countryIds: string[];
}

/**
 * One round trip (`chains/start`): what `chains/prepare` returns, and level 1 of the walk from
 * the entity (empty when the entity is missing or no kind is followed). `walkLevels` takes the
 * level as `first` and reads no level 1 of its own.
 */
export async function startWalk(ctx: Context, input: StartInput): Promise<Started> {
  const kinds = input.kinds ?? ['SUPPLY'];
  // No kind followed: the statement only prepares (its level's slots then hold supply's steps, unused).
  const { slots, params } = levelSettings(input, kinds.length ? kinds : ['SUPPLY']);
  const [row] = await ctx.db.read<Started>(withSlots('chains/start', { label: input.label, metalLabel: input.metalLabel, ...slots }), {
    ...params,
    entityId: input.entityId,
    label: input.label,
    metalId: input.metalId,
    metalLabel: input.metalLabel,
    countryIds: input.countryIds,
    walk: kinds.length > 0,
  });
  return row;
}

export interface WalkInput extends LevelSettings {
  /** The entity walked from, as `chains/prepare` returned it, and its elementId. */
  entity: NodeRow;
  entityRef: string;
  maxDepth: number;
  /** Level 1 as `chains/start` read it with the entity (then not read again); without it, level 1 is a `chains/expand` of its own. */
  first?: LevelRow;
  /** Metal filtering (from `chains/prepare`): the materials' ids, null when no metal was given. */
  upstream: string[] | null;
  /** elementIds of the materials, facilities and agreements concerning the metal (`chains/prepare`'s `refs`; empty lists without one). */
  refs: MetalRefs;
  /** Overrides of the bounds (tests). */
  beamWidth?: number;
  walkLimit?: number;
}

/** One hop found by `chains/expand`: from id, to id, relationship ref. */
type Edge = [from: string, to: string, ref: string];

/** The one row of `chains/expand` (a level's columns of `chains/start`). */
export interface LevelRow {
  edges: Edge[];
  /** Ids of the frontier nodes whose neighbours or parallel relationships were cut. */
  capped: string[];
  /** [id, elementId, label, headquarters country ids (when asked)] */
  nodes: Array<[string, string, string, string[]]>;
  /** [elementId, type, start id, end id, sources, quantity, amount, sharePct, role] */
  rels: Array<[string, string, string, string, string[] | null, unknown, unknown, unknown, unknown]>;
}

/** A path under construction: node ids and relationship refs in walk order. */
interface Partial {
  nodes: string[];
  rels: string[];
  /** The exposure kinds of each hop (`hopKinds`). */
  kinds: ExposureKind[][];
  /** The kind rank reached (`nextKind`): kinds compose in one order along a chain. */
  rank: number;
  lastType: string | null;
  /** Sum of log(hopConfidence) over its hops. */
  logEvidence: number;
  /** logEvidence / hops (0 with no hop): what the beam ranks by first. */
  evidence: number;
  nonNeutral: boolean;
}

/** One hop a level found, with what every path taking it needs, worked out once per hop (not per path). */
interface Step {
  to: string;
  ref: string;
  rel: RelRow;
  /** The exposure kinds admitting it (`hopKinds`). */
  kinds: ExposureKind[];
  logConfidence: number;
  neutral: boolean;
}

const NEUTRAL = new Set<string>(NEUTRAL_TYPES);
const OWNERSHIP = new Set<string>(OWNERSHIP_LINKS);
const pathKeys = new WeakMap<Partial, string>();
function pathKey(p: Partial): string {
  const known = pathKeys.get(p);
  if (known !== undefined) return known;
  const key = p.nodes.join(' ');
  pathKeys.set(p, key);
  return key;
}

/** Best evidence first, then fewer hops, then by the ids along the path (deterministic). */
function byEvidence(a: Partial, b: Partial): number {
  const d = b.evidence - a.evidence || a.rels.length - b.rels.length;
  if (d !== 0) return d;
  const ka = pathKey(a);
  const kb = pathKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The `n` best of `xs` by `byEvidence` (all of them, in their order, when they fit). */
function best(xs: Partial[], n: number): Partial[] {
  return xs.length <= n ? xs : xs.sort(byEvidence).slice(0, n);
}

export interface Walk {
  /** Complete paths as id lists (with each hop's exposure kinds), with light node rows (id, label, headquarters) and relationship rows (ends, type, role, what relevance needs). */
  rows: GraphRows;
  /** elementId of every node met, by id (for `walkDetails`). */
  refs: Map<string, string>;
  truncated: boolean;
  roundTrips: number;
}

/**
 * Walks from `input.entity`: at most `input.maxDepth` round trips. The rows it returns score
 * and rank chains (`chainRelevance` reads only what they hold); `walkDetails` then reads the
 * full rows of the chains shown.
 */
export async function walkLevels(ctx: Context, input: WalkInput): Promise<Walk> {
  const { reverse, upstream } = input;
  const beamWidth = input.beamWidth ?? LIMITS.beamWidth;
  const walkLimit = input.walkLimit ?? LIMITS.walkLimit;
  const kinds = input.kinds ?? ['SUPPLY'];
  // No kinds followed (`kinds: []`, a list matching nothing): no step, no chain, no round trip.
  if (kinds.length === 0) return { rows: { paths: [], nodes: [], rels: [] }, refs: new Map(), truncated: false, roundTrips: 0 };
  const settings = levelSettings(input, kinds);
  const query = withSlots('chains/expand', settings.slots);
  const nodes = new Map<string, NodeRow>([[input.entity.id, input.entity]]);
  const rels = new Map<string, RelRow>();
  const refs = new Map<string, string>([[input.entity.id, input.entityRef]]);
  const paths: Partial[] = [];
  let truncated = false;
  let roundTrips = 0;
  const startRank = reverse ? KIND_RANK.SUPPLY : KIND_RANK.OWNERSHIP;
  let partials: Partial[] = [
    { nodes: [input.entity.id], rels: [], kinds: [], rank: startRank, lastType: null, logEvidence: 0, evidence: 0, nonNeutral: false },
  ];

  for (let depth = 1; depth <= input.maxDepth && partials.length > 0; depth++) {
    // The frontier: each distinct last node once, with what the paths reaching it allow next.
    const frontier = new Map<string, { ref: string; id: string; onlyDerived: boolean; noProduces: boolean }>();
    for (const p of partials) {
      const id = p.nodes[p.nodes.length - 1];
      const f = frontier.get(id) ?? { ref: refs.get(id)!, id, onlyDerived: !reverse, noProduces: reverse };
      if (!reverse && p.lastType !== 'PRODUCES') f.onlyDerived = false;
      if (reverse && p.lastType === 'DERIVED_FROM') f.noProduces = false;
      frontier.set(id, f);
    }
    let level = depth === 1 ? input.first : undefined;
    if (!level) {
      [level] = await ctx.db.read<LevelRow>(query, { ...settings.params, frontier: [...frontier.values()], upstream, refs: input.refs });
      roundTrips++;
    }
    if (level.capped.length > 0) truncated = true;
    for (const [id, ref, label, headquarters] of level.nodes) {
      refs.set(id, ref);
      if (!nodes.has(id)) nodes.set(id, { id, label, headquarters });
    }
    for (const [ref, type, from, to, sources, quantity, amount, sharePct, role] of level.rels) {
      if (!rels.has(ref)) rels.set(ref, { ref, type, from, to, sources: sources ?? undefined, quantity, amount, sharePct, role });
    }
    const label = (id: string) => nodes.get(id)?.label ?? '';
    const out = new Map<string, Step[]>();
    for (const [from, to, ref] of level.edges) {
      const rel = rels.get(ref)!;
      const hop: Step = {
        to,
        ref,
        rel,
        // The merged rules of several steps may admit a hop no single step does: `hopKinds` tells.
        kinds: hopKinds({ type: rel.type, role: rel.role, startLabel: label(rel.from), endLabel: label(rel.to), along: rel.from === from }, reverse, kinds),
        logConfidence: logConfidence(rel),
        neutral: NEUTRAL.has(rel.type),
      };
      const list = out.get(from);
      if (list) list.push(hop);
      else out.set(from, [hop]);
    }

    // On the last level only complete paths matter: nothing goes on from there.
    const last = depth === input.maxDepth;
    const next: Partial[] = [];
    const complete: Partial[] = [];
    for (const p of partials) {
      for (const { to, ref, rel, kinds: hk, logConfidence, neutral } of out.get(p.nodes[p.nodes.length - 1]) ?? []) {
        if (p.nodes.includes(to)) continue;
        // PRODUCES leads only into the process chain: forwards the next hop must be
        // DERIVED_FROM; backwards it may only come right after a DERIVED_FROM.
        if (!reverse && p.lastType === 'PRODUCES' && rel.type !== 'DERIVED_FROM') continue;
        if (reverse && rel.type === 'PRODUCES' && p.lastType !== 'DERIVED_FROM') continue;
        // Kinds compose in one order along a chain (`nextKind`): drop a hop that fits no kind.
        const kind = nextKind(hk, p.rank, reverse);
        if (kind === null) continue;
        const logEvidence = p.logEvidence + logConfidence;
        const q: Partial = {
          nodes: [...p.nodes, to],
          rels: [...p.rels, ref],
          kinds: [...p.kinds, hk],
          rank: KIND_RANK[kind],
          lastType: rel.type,
          logEvidence,
          evidence: logEvidence / (p.rels.length + 1),
          nonNeutral: p.nonNeutral || !neutral,
        };
        if (!last) next.push(q);
        const ok = (reverse || rel.type !== 'PRODUCES') && (upstream === null || (q.nonNeutral && (reverse || !OWNERSHIP.has(rel.type))));
        if (ok) complete.push(q);
      }
    }
    const room = walkLimit - paths.length;
    if (complete.length > room) truncated = true;
    paths.push(...best(complete, Math.max(0, room)));
    // The last level's partial paths go nowhere: only a cut before a further level truncates.
    if (!last && next.length > 0 && (next.length > beamWidth || paths.length >= walkLimit)) truncated = true;
    partials = !last && paths.length < walkLimit ? best(next, beamWidth) : [];
  }

  // Only what the returned paths use.
  const usedNodes = new Set(paths.flatMap((p) => p.nodes));
  const usedRels = new Set(paths.flatMap((p) => p.rels));
  return {
    rows: {
      paths: paths.map((p) => ({ nodes: p.nodes, rels: p.rels, kinds: p.kinds })),
      nodes: [...nodes.values()].filter((n) => usedNodes.has(n.id)),
      rels: [...rels.values()].filter((r) => usedRels.has(r.ref)),
    },
    refs,
    truncated,
    roundTrips,
  };
}

/**
 * One round trip: the full node and relationship rows (and item names) of the given chains,
 * whose hops hold the walk's light rows, for `hydrate` (build.ts).
 */
export async function walkDetails(ctx: Context, walk: Walk, chains: Chain[]): Promise<GraphRows> {
  const nodeIds = new Set<string>();
  const relRefs = new Set<string>();
  for (const c of chains) {
    nodeIds.add(c.terminal.id);
    for (const h of c.hops) {
      nodeIds.add(h.from.id);
      nodeIds.add(h.to.id);
      relRefs.add(h.rel.ref);
    }
  }
  if (relRefs.size === 0) return { nodes: [], rels: [], items: [] };
  const nodeRefs = [...nodeIds].map((id) => walk.refs.get(id)).filter((r): r is string => r !== undefined);
  const [row] = await ctx.db.read<GraphRows>(cypher('chains/details'), { nodeRefs, relRefs: [...relRefs], labels: LABELS });
  return row;
}
