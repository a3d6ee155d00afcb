/**
 * Pure assembly of the rows that `cypher/chains/*.cypher` return (paths as id lists beside the
 * distinct nodes and relationships) into the GraphQL shapes: Hop, DependencyChain, Path,
 * GraphEdge. No database access here.
 */
import {
  chainRelevance,
  EXPOSED_WEIGHT,
  edgeId,
  edgeLabel,
  explainRelationship,
  hopProperties,
  maximalPaths,
  type NodeRow,
  REACH_WEIGHT,
  type RelRow,
} from './explain.js';
import { Heap } from './heap.js';
import { EXPOSURE_KINDS, type ExposureKind, resolveKinds } from './steps.js';

/** What the walk, paths and neighbourhood statements return. */
export interface GraphRows {
  /** Each path: node ids in walk order, relationship `ref`s between them and, from a walk, the kinds admitting each hop. */
  paths?: Array<WalkPath>;
  nodes: NodeRow[];
  rels: RelRow[];
  /** Names of the metals and products that relationships name by `itemId`. */
  items?: Array<{ id: string; name: string }>;
}

/** A path as id lists; `kinds` (walks only) holds the exposure kinds admitting each hop (`hopKinds`), in walk order. */
export interface WalkPath {
  nodes: string[];
  rels: string[];
  kinds?: ExposureKind[][];
}

/** One step of a chain or path, `from` → `to` in reading order (see the SDL type Hop). */
export interface Hop {
  id: string;
  from: NodeRow;
  to: NodeRow;
  relationship: string;
  /** FORWARD when the stored relationship runs from `from` to `to`. */
  direction: 'FORWARD' | 'BACKWARD';
  properties: ReturnType<typeof hopProperties>;
  explanation: string;
  /** Source ids, resolved to Source entities by the `Hop.sources` resolver (batched). */
  sourceIds: string[];
  /** The exposure kind it reads as in a walk's chain (`resolveKinds`); null outside walks. */
  kind: ExposureKind | null;
  rel: RelRow;
}

export interface Chain {
  hops: Hop[];
  length: number;
  relevance: number;
  terminal: NodeRow;
  /** The exposure kinds of its hops, united (EXPOSURE_KINDS order). */
  kinds: ExposureKind[];
  /** The kind of its first hop (read from the dependent): how the chain's first entity is tied in. */
  firstKind: ExposureKind | null;
}

/** The kinds of `lists` united, in EXPOSURE_KINDS order. */
export const unitedKinds = (lists: Array<Array<ExposureKind | null>>): ExposureKind[] => EXPOSURE_KINDS.filter((k) => lists.some((l) => l.includes(k)));

/** Lookup tables over one statement's rows. */
export class GraphIndex {
  readonly nodes: Map<string, NodeRow>;
  readonly rels: Map<string, RelRow>;
  readonly items: Map<string, string>;

  /**
   * `light`: hops carry no explanation and empty properties (cheap for ranking thousands of
   * walk paths on light rows; `hydrate` fills in the ones shown).
   */
  constructor(
    rows: GraphRows,
    readonly light = false,
  ) {
    this.nodes = new Map(rows.nodes.map((n) => [n.id, n]));
    this.rels = new Map(rows.rels.map((r) => [r.ref, r]));
    this.items = new Map((rows.items ?? []).map((i) => [i.id, i.name]));
  }

  node(id: string): NodeRow {
    return this.nodes.get(id) ?? { id, label: 'Node', name: id };
  }

  /** The hop over relationship `ref`, read from `fromId` to `toId`, read as `kind` in a walk's chain. */
  hop(ref: string, fromId: string, toId: string, kind: ExposureKind | null = null): Hop {
    const rel = this.rels.get(ref);
    if (!rel) throw new Error(`relationship ${ref} missing from the statement's rows`);
    const itemName = typeof rel.itemId === 'string' ? this.items.get(rel.itemId) : undefined;
    return {
      id: this.edgeId(rel),
      from: this.node(fromId),
      to: this.node(toId),
      relationship: rel.type,
      direction: rel.from === fromId ? 'FORWARD' : 'BACKWARD',
      properties: this.light ? (null as unknown as Hop['properties']) : hopProperties(rel),
      explanation: this.light ? '' : explainRelationship(rel, this.nodes.get(rel.from), this.nodes.get(rel.to), itemName),
      sourceIds: rel.sources ?? [],
      kind,
      rel,
    };
  }

  private readonly edgeIds = new Map<RelRow, string>();
  /** `edgeId(rel)`, built once per relationship row (a walk's rows are hops of many chains). */
  private edgeId(rel: RelRow): string {
    let id = this.edgeIds.get(rel);
    if (id === undefined) {
      id = edgeId(rel);
      this.edgeIds.set(rel, id);
    }
    return id;
  }

  /**
   * A path as hops. `reverse` reads it from its last node back to its first (exposure walks
   * start at the entity depended on; their chains read from the dependent to it).
   */
  hops(path: WalkPath, reverse = false): Hop[] {
    const nodes = reverse ? [...path.nodes].reverse() : path.nodes;
    const rels = reverse ? [...path.rels].reverse() : path.rels;
    const kinds = (path.kinds && resolveKinds(reverse ? [...path.kinds].reverse() : path.kinds)) || [];
    return rels.map((ref, i) => this.hop(ref, nodes[i], nodes[i + 1], kinds[i] ?? null));
  }

  /** A path as a chain scored with `chainRelevance` against `weights` for its far end. */
  chain(path: WalkPath, reverse = false, weights = REACH_WEIGHT): Chain {
    const hops = this.hops(path, reverse);
    const first = this.node(path.nodes[0]);
    const last = this.node(path.nodes[path.nodes.length - 1]);
    // Forward: the terminal is the walk's last node, and it is weighed. Reverse: the terminal is
    // the entity asked about (the walk's first node); the dependent (its last node) is weighed.
    return {
      hops,
      length: hops.length,
      relevance: chainRelevance(
        hops.map((h) => h.rel),
        last.label,
        weights,
      ),
      terminal: reverse ? first : last,
      kinds: unitedKinds([hops.map((h) => h.kind)]),
      firstKind: hops[0]?.kind ?? null,
    };
  }
}

/** The ids along a chain, computed once per chain object (sorting compares them often). */
const chainKeys = new WeakMap<Chain, string>();
function chainKey(c: Chain): string {
  const known = chainKeys.get(c);
  if (known !== undefined) return known;
  const key = c.hops.map((h) => h.to.id).join(' ');
  chainKeys.set(c, key);
  return key;
}
/** `localeCompare` without its per-call set-up. */
const collate = new Intl.Collator().compare;

/** Best first: relevance, then fewer hops, then by the ids along the chain (stable output). */
export function byRelevance(a: Chain, b: Chain): number {
  return b.relevance - a.relevance || a.length - b.length || collate(chainKey(a), chainKey(b));
}

/**
 * Dependency chains from a walk: only maximal paths (no prefix of another returned path),
 * scored with `chainRelevance`, then listed greedily by `diverseOrder`. Returns the total
 * number of maximal chains and the best `first`.
 */
export function dependencyChains(rows: GraphRows, first: number, light = false): { total: number; chains: Chain[] } {
  const index = new GraphIndex(rows, light);
  // Not sorted first: diverseOrder breaks ties by `byRelevance`, then by position, which is
  // what sorting (stable) and then listing would give, without the n log n comparisons.
  const all = maximalPaths(rows.paths ?? []).map((p) => index.chain(p));
  return { total: all.length, chains: diverseOrder(all, first) };
}

/**
 * Lists `first` chains so that repeats of the same facts sink: each chain's relevance becomes
 * base × (0.5 + 0.5 × novelty), novelty being the share of its hops (stored relationships)
 * that no chain listed before it holds, rounded to 4 decimals, and the highest such value is
 * taken next (ties: `byRelevance`, then the earlier in `chains`). The values so listed never
 * increase, so the list is ordered by the relevance it reports. Relevances are ≥ 0 and every
 * chain has a hop (as `chainRelevance` and `maximalPaths` give them).
 *
 * Lazily, in O(n + (first + r) × log n) for n chains in any order, r being the re-queued ones: a heap holds
 * each chain once, under the value it had when queued. A value can only fall as hops get
 * covered, so a queued value bounds the chain's current one: when the top chain's value,
 * recomputed, is unchanged, no other can beat it; when it fell, it goes back in under its new
 * value.
 */
export function diverseOrder(chains: Chain[], first: number): Chain[] {
  const covered = new Set<string>();
  const value = (c: Chain) => {
    let fresh = 0;
    for (const h of c.hops) if (!covered.has(h.rel.ref)) fresh++;
    return Math.round(c.relevance * (0.5 + 0.5 * (fresh / c.hops.length)) * 10_000) / 10_000;
  };
  // Ties on value go by `byRelevance`, then to the earlier chain in `chains`.
  type Entry = { i: number; value: number };
  const heap = new Heap<Entry>(
    (a, b) => {
      if (a.value !== b.value) return a.value > b.value;
      const d = byRelevance(chains[a.i], chains[b.i]);
      return d < 0 || (d === 0 && a.i < b.i);
    },
    chains.map((c, i) => ({ i, value: value(c) })),
  );
  const out: Chain[] = [];
  while (out.length < first) {
    const top = heap.pop();
    if (!top) break;
    const now = value(chains[top.i]);
    if (now !== top.value) {
      heap.push({ i: top.i, value: now });
      continue;
    }
    for (const h of chains[top.i].hops) covered.add(h.rel.ref);
    out.push({ ...chains[top.i], relevance: now });
  }
  return out;
}

export interface Exposure {
  dependent: NodeRow;
  distance: number;
  relevance: number;
  chainCount: number;
  /** How it is exposed: the kinds of its own links (the first hop of each chain), united. */
  kinds: ExposureKind[];
  /** The kinds along all its chains, united. */
  kindsAlong: ExposureKind[];
  chains: Chain[];
}

/** Which dependents an exposure answer lists (null: any). */
export interface DependentFilter {
  labels: string[] | null;
  /** Country ids: the dependent must be headquartered in one of them (its `headquarters`). */
  headquarteredIn: string[] | null;
}

/** The `n` chains shown for one dependent: the best chain of each distinct set of kinds first, then the best of the rest; best first. */
function showChains(chains: Chain[], n: number): Chain[] {
  const picked = new Set<Chain>();
  const sets = new Set<string>();
  for (const c of chains) {
    const key = c.kinds.join(' ');
    if (picked.size < n && !sets.has(key)) picked.add(c);
    sets.add(key);
  }
  for (const c of chains) if (picked.size < n) picked.add(c);
  return [...picked].sort(byRelevance);
}

/**
 * Exposure from a reverse walk: every node reached is a dependent (kept when it passes
 * `filter`); each path to it is one chain, read from the dependent to the entity asked about.
 * Dependents best first (their best chain's relevance, then fewer hops, then id), each with
 * the kinds of all its chains and at most `chainsPerDependent` chains (every set of kinds
 * found shown first).
 */
export function exposures(rows: GraphRows, chainsPerDependent: number, light = false, filter?: DependentFilter): Exposure[] {
  const index = new GraphIndex(rows, light);
  const keep = (n: NodeRow) =>
    (!filter?.labels || filter.labels.includes(n.label)) &&
    (!filter?.headquarteredIn || ((n.headquarters as string[] | undefined) ?? []).some((c) => filter.headquarteredIn!.includes(c)));
  const byDependent = new Map<string, Chain[]>();
  const seen = new Set<string>();
  for (const p of rows.paths ?? []) {
    const key = p.rels.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const dependent = p.nodes[p.nodes.length - 1];
    if (!keep(index.node(dependent))) continue;
    const list = byDependent.get(dependent) ?? [];
    list.push(index.chain(p, true, EXPOSED_WEIGHT));
    byDependent.set(dependent, list);
  }
  const out: Exposure[] = [];
  for (const [id, chains] of byDependent) {
    chains.sort(byRelevance);
    out.push({
      dependent: index.node(id),
      distance: Math.min(...chains.map((c) => c.length)),
      relevance: chains[0].relevance,
      chainCount: chains.length,
      kinds: unitedKinds([chains.map((c) => c.firstKind)]),
      kindsAlong: unitedKinds(chains.map((c) => c.kinds)),
      chains: showChains(chains, chainsPerDependent),
    });
  }
  return out.sort((a, b) => b.relevance - a.relevance || a.distance - b.distance || collate(a.dependent.id, b.dependent.id));
}

/**
 * The chain with its hops and terminal re-read from `index` (full rows, from `chains/details`),
 * its relevance kept: chains are scored and picked on the walk's light rows, then shown in full.
 */
export function hydrate(chain: Chain, index: GraphIndex): Chain {
  return { ...chain, hops: chain.hops.map((h) => index.hop(h.rel.ref, h.from.id, h.to.id, h.kind)), terminal: index.node(chain.terminal.id) };
}

/** A drawable edge (cytoscape-style `source`/`target`) for a stored relationship. */
export function graphEdge(rel: RelRow) {
  return {
    id: edgeId(rel),
    source: rel.from,
    target: rel.to,
    type: rel.type,
    label: edgeLabel(rel),
    properties: hopProperties(rel),
    sourceIds: rel.sources ?? [],
  };
}
