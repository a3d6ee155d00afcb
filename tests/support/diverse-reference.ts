/**
 * The reference for `diverseOrder` (src/graphql/chains/build.ts): its former implementation,
 * which rescans every chain left for each pick (O(first × chains × hops)). Kept only here, to
 * check that the heap-based one lists exactly the same chains with the same values.
 */
import { pino } from 'pino';
import { withSlots } from '../../src/cypher.js';
import { byRelevance, type Chain, dependencyChains, GraphIndex } from '../../src/graphql/chains/build.js';
import { maximalPaths, type NodeRow } from '../../src/graphql/chains/explain.js';
import { NO_METAL_REFS, walkLevels } from '../../src/graphql/chains/walk.js';
import { createContext } from '../../src/graphql/core/context.js';
import type { Db } from '../../src/neo4j/db.js';

export function referenceDiverseOrder(chains: Chain[], first: number): Chain[] {
  const base = chains.map((c) => c.relevance);
  const left = new Set(chains.keys());
  const covered = new Set<string>();
  const out: Chain[] = [];
  while (out.length < first && left.size > 0) {
    let best = -1;
    let bestValue = -1;
    for (const i of left) {
      const hops = chains[i].hops;
      const novelty = hops.filter((h) => !covered.has(h.rel.ref)).length / hops.length;
      const value = Math.round(base[i] * (0.5 + 0.5 * novelty) * 10_000) / 10_000;
      if (value > bestValue || (value === bestValue && byRelevance(chains[i], chains[best]) < 0)) {
        best = i;
        bestValue = value;
      }
    }
    left.delete(best);
    for (const h of chains[best].hops) covered.add(h.rel.ref);
    out.push({ ...chains[best], relevance: bestValue });
  }
  return out;
}

/** Where each listed chain sits in `chains` (by its hops array), with the value it was listed at. */
export const picks = (chains: Chain[], listed: Chain[]) => listed.map((c) => [chains.findIndex((x) => x.hops === c.hops), c.relevance]);

/**
 * For each company of `ids`, the walk `dependencyChains` makes (4 hops, supply steps): every
 * maximal chain best first, what `dependencyChains` lists (first 20) and what the reference
 * lists from the same chains. Reads through the service's own walk (`walkLevels`).
 */
export async function listingsOf(db: Db, ids: string[], first = 20) {
  const ctx = createContext(db, pino({ level: 'silent' }));
  const out: Array<{ id: string; total: number; listed: Array<Array<string | number>>; reference: Array<Array<string | number>>; byRelevanceOnly: string[] }> =
    [];
  for (const id of ids) {
    const [prep] = await db.read<{ entity: NodeRow; entityRef: string }>(withSlots('chains/prepare', { label: 'Company', metalLabel: 'Metal' }), {
      entityId: id,
      label: 'Company',
      metalId: null,
      metalLabel: 'Metal',
      countryIds: [],
    });
    const walked = await walkLevels(ctx, {
      entity: prep.entity,
      entityRef: prep.entityRef,
      reverse: false,
      maxDepth: 4,
      asOf: null,
      upstream: null,
      refs: NO_METAL_REFS,
    });
    const index = new GraphIndex(walked.rows, true);
    const all = maximalPaths(walked.rows.paths ?? [])
      .map((p) => index.chain(p))
      .sort(byRelevance);
    const shown = (cs: Chain[]) => cs.map((c) => [c.hops.map((h) => h.rel.ref).join(' '), c.relevance]);
    const { total, chains } = dependencyChains(walked.rows, first, true);
    out.push({
      id,
      total,
      listed: shown(chains),
      reference: shown(referenceDiverseOrder(all, first)),
      byRelevanceOnly: all.slice(0, first).map((c) => c.hops.map((h) => h.rel.ref).join(' ')),
    });
  }
  return out;
}
