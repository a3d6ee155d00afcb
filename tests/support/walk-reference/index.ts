/**
 * The dependency walk as it was before its levels were made cheaper (the metal's test first, on
 * elementIds; a hop's kinds and confidence worked out once per hop, not per path), kept only
 * here with its two statements beside it, to check that `dependencyChains` and `exposure`
 * answer exactly as before (tests/chains-scale.test.ts). The answers are the resolvers' own
 * objects, built from the same pure functions (build.ts) as the service's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cypher } from '../../../src/cypher.js';
import { type Chain, dependencyChains, exposures, GraphIndex, type GraphRows, hydrate } from '../../../src/graphql/chains/build.js';
import { hopConfidence, type NodeRow, type RelRow } from '../../../src/graphql/chains/explain.js';
import {
  EXPOSURE_KINDS,
  type ExposureKind,
  hopKinds,
  KIND_RANK,
  LIMITS,
  NEUTRAL_TYPES,
  nextKind,
  OWNERSHIP_LINKS,
  stepDirections,
  stepRules,
} from '../../../src/graphql/chains/steps.js';
import type { Context } from '../../../src/graphql/core/context.js';
import { int } from '../../../src/graphql/core/shapes.js';
import { LABELS } from '../../../src/model/schema.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** A statement of this folder, comments dropped (as `cypher()` reads them). */
const read = (name: string) =>
  readFileSync(path.join(here, `${name}.cypher`), 'utf8')
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n')
    .trim();
/** Slots filled from names the callers below choose (labels and step types of the model). */
const fill = (text: string, slots: Record<string, string | string[]>) =>
  Object.entries(slots).reduce((t, [k, v]) => t.replaceAll(`{{${k}}}`, Array.isArray(v) ? v.join('|') : v), text);

interface WalkInput {
  /** The entity walked from, as `chains/prepare` returned it, and its elementId. */
  entity: NodeRow;
  entityRef: string;
  reverse: boolean;
  /** The exposure kinds whose steps are followed (default SUPPLY, what dependency chains walk). */
  kinds?: readonly ExposureKind[];
  /** Read each node's headquarters countries (`headquarters` on the node rows), to narrow exposure dependents by them. */
  headquarters?: boolean;
  maxDepth: number;
  asOf: string | null;
  /** Metal filtering (from `chains/prepare`); `upstream` null when no metal was given. */
  upstream: string[] | null;
  facilities: string[];
  agreements: string[];
  /** Overrides of the bounds (tests). */
  beamWidth?: number;
  walkLimit?: number;
  fanOut?: number;
}

/** One hop found by `chains/expand`: from id, to id, relationship ref. */
type Edge = [from: string, to: string, ref: string];

interface LevelRow {
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
  nonNeutral: boolean;
}

const NEUTRAL = new Set<string>(NEUTRAL_TYPES);
const OWNERSHIP = new Set<string>(OWNERSHIP_LINKS);
const evidence = (p: Partial) => (p.rels.length ? p.logEvidence / p.rels.length : 0);
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
  const d = evidence(b) - evidence(a) || a.rels.length - b.rels.length;
  if (d !== 0) return d;
  const ka = pathKey(a);
  const kb = pathKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The `n` best of `xs` by `byEvidence` (all of them, in their order, when they fit). */
function best(xs: Partial[], n: number): Partial[] {
  return xs.length <= n ? xs : xs.sort(byEvidence).slice(0, n);
}

interface Walk {
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
async function walkLevels(ctx: Context, input: WalkInput): Promise<Walk> {
  const { reverse, upstream } = input;
  const beamWidth = input.beamWidth ?? LIMITS.beamWidth;
  const walkLimit = input.walkLimit ?? LIMITS.walkLimit;
  const fanOut = int(input.fanOut ?? LIMITS.fanOut);
  const parallel = int(LIMITS.parallelHops);
  const kinds = input.kinds ?? ['SUPPLY'];
  // No kinds followed (`kinds: []`, a list matching nothing): no step, no chain, no round trip.
  if (kinds.length === 0) return { rows: { paths: [], nodes: [], rels: [] }, refs: new Map(), truncated: false, roundTrips: 0 };
  const query = fill(read('expand'), stepDirections(reverse, kinds));
  const rules = stepRules(reverse, kinds);
  const nodes = new Map<string, NodeRow>([[input.entity.id, input.entity]]);
  const rels = new Map<string, RelRow>();
  const refs = new Map<string, string>([[input.entity.id, input.entityRef]]);
  const paths: Partial[] = [];
  let truncated = false;
  let roundTrips = 0;
  const startRank = reverse ? KIND_RANK.SUPPLY : KIND_RANK.OWNERSHIP;
  let partials: Partial[] = [{ nodes: [input.entity.id], rels: [], kinds: [], rank: startRank, lastType: null, logEvidence: 0, nonNeutral: false }];

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
    const [row] = await ctx.db.read<LevelRow>(query, {
      frontier: [...frontier.values()],
      reverse,
      outRules: rules.out,
      inRules: rules.in,
      fanOut,
      parallel,
      asOf: input.asOf,
      upstream,
      facilities: input.facilities,
      agreements: input.agreements,
      labels: LABELS,
      headquarters: !!input.headquarters,
    });
    roundTrips++;
    if (row.capped.length > 0) truncated = true;
    for (const [id, ref, label, headquarters] of row.nodes) {
      refs.set(id, ref);
      if (!nodes.has(id)) nodes.set(id, { id, label, headquarters });
    }
    for (const [ref, type, from, to, sources, quantity, amount, sharePct, role] of row.rels) {
      if (!rels.has(ref)) rels.set(ref, { ref, type, from, to, sources: sources ?? undefined, quantity, amount, sharePct, role });
    }
    const out = new Map<string, Edge[]>();
    for (const e of row.edges) {
      const list = out.get(e[0]);
      if (list) list.push(e);
      else out.set(e[0], [e]);
    }

    // On the last level only complete paths matter: nothing goes on from there.
    const last = depth === input.maxDepth;
    const next: Partial[] = [];
    const complete: Partial[] = [];
    for (const p of partials) {
      for (const [, to, ref] of out.get(p.nodes[p.nodes.length - 1]) ?? []) {
        if (p.nodes.includes(to)) continue;
        const rel = rels.get(ref)!;
        // PRODUCES leads only into the process chain: forwards the next hop must be
        // DERIVED_FROM; backwards it may only come right after a DERIVED_FROM.
        if (!reverse && p.lastType === 'PRODUCES' && rel.type !== 'DERIVED_FROM') continue;
        if (reverse && rel.type === 'PRODUCES' && p.lastType !== 'DERIVED_FROM') continue;
        // The merged rules of several steps may admit a hop no single step does, and kinds
        // compose in one order along a chain (`nextKind`): drop a hop that fits neither.
        const from = p.nodes[p.nodes.length - 1];
        const label = (id: string) => nodes.get(id)?.label ?? '';
        const hk = hopKinds({ type: rel.type, role: rel.role, startLabel: label(rel.from), endLabel: label(rel.to), along: rel.from === from }, reverse, kinds);
        const kind = nextKind(hk, p.rank, reverse);
        if (kind === null) continue;
        const q: Partial = {
          nodes: [...p.nodes, to],
          rels: [...p.rels, ref],
          kinds: [...p.kinds, hk],
          rank: KIND_RANK[kind],
          lastType: rel.type,
          logEvidence: p.logEvidence + Math.log(hopConfidence(rel)),
          nonNeutral: p.nonNeutral || !NEUTRAL.has(rel.type),
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

async function walkDetails(ctx: Context, walk: Walk, chains: Chain[]): Promise<GraphRows> {
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

/** The arguments of both queries, checked already (ids typed, bounds in range). */
export interface ReferenceArgs {
  entityId: string;
  label: string;
  metalId?: string | null;
  metalLabel?: string;
  maxDepth: number;
  first: number;
  asOf?: string | null;
  kinds?: ExposureKind[];
  dependentLabels?: string[] | null;
  headquarteredIn?: string[] | null;
}

interface Prepared {
  entity: NodeRow | null;
  entityRef: string | null;
  metal: NodeRow | null;
  upstream: string[];
  facilities: string[];
  agreements: string[];
  countries: string[];
}

async function walk(ctx: Context, a: ReferenceArgs, reverse: boolean, kinds: readonly ExposureKind[], countryIds: string[] | null, matchesNothing: boolean) {
  const metalLabel = a.metalLabel ?? 'Metal';
  const [prep] = await ctx.db.read<Prepared>(fill(read('prepare'), { label: a.label, metalLabel }), {
    entityId: a.entityId,
    label: a.label,
    metalId: a.metalId ?? null,
    metalLabel,
    countryIds: countryIds ?? [],
  });
  if (!prep?.entity) throw new Error(`NOT_FOUND ${a.entityId}`);
  const walked = await walkLevels(ctx, {
    entity: prep.entity,
    entityRef: prep.entityRef!,
    reverse,
    kinds: matchesNothing ? [] : kinds,
    headquarters: countryIds !== null,
    maxDepth: a.maxDepth,
    asOf: a.asOf ?? null,
    upstream: a.metalId ? prep.upstream : null,
    facilities: prep.facilities,
    agreements: prep.agreements,
  });
  return { prep, walked };
}

/** What the `dependencyChains` resolver returned before, for the same (checked) arguments. */
export async function referenceChains(ctx: Context, a: ReferenceArgs) {
  const kinds = a.kinds ?? ['SUPPLY'];
  const { prep, walked } = await walk(ctx, a, false, kinds, null, false);
  const { total, chains: picked } = dependencyChains(walked.rows, a.first, true);
  const index = new GraphIndex(await walkDetails(ctx, walked, picked));
  const chains = picked.map((c) => hydrate(c, index));
  return { entity: prep.entity, metal: prep.metal, asOf: a.asOf ?? null, maxDepth: a.maxDepth, kinds, totalChains: total, truncated: walked.truncated, chains };
}

/** What the `exposure` resolver returned before, for the same (checked) arguments. */
export async function referenceExposure(ctx: Context, a: ReferenceArgs) {
  const kinds = a.kinds ?? [...EXPOSURE_KINDS];
  const labels = a.dependentLabels ?? null;
  const headquarteredIn = a.headquarteredIn ?? null;
  const { prep, walked } = await walk(ctx, a, true, kinds, headquarteredIn, labels?.length === 0 || headquarteredIn?.length === 0);
  const all = exposures(walked.rows, LIMITS.chainsPerDependent, true, { labels, headquarteredIn });
  const shown = all.slice(0, a.first);
  const index = new GraphIndex(
    await walkDetails(
      ctx,
      walked,
      shown.flatMap((d) => d.chains),
    ),
  );
  const dependents = shown.map((d) => ({ ...d, dependent: index.node(d.dependent.id), chains: d.chains.map((c) => hydrate(c, index)) }));
  return {
    entity: prep.entity,
    metal: prep.metal,
    asOf: a.asOf ?? null,
    maxDepth: a.maxDepth,
    kinds,
    dependentLabels: labels,
    headquarteredIn,
    totalDependents: all.length,
    truncated: walked.truncated,
    dependents,
  };
}
