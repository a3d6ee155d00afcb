/**
 * The neighbourhood as `neighbourhood` documents it, computed here ring by ring with plain
 * reads, as the reference its answers are checked against: the entity, then each ring (the
 * nodes one hop further, not met before) ordered by id, each ring grown from the first `limit`
 * nodes of the one before; the first `limit` nodes reached are kept, with the relationships of
 * `types` between them (edge ids as GraphEdge.id: TYPE:start->end, #key for parallel ones): the
 * first `edgeLimit` in the API's order: one of every pair of nodes first (the pairs by the later
 * place of their two ends), then the second of every pair, and so on; parallel ones by type,
 * start id, end id and key (an empty key before others, none last, as Cypher orders them).
 */
import { REL_TYPE_NAMES } from '../../src/model/schema.js';
import type { Db } from '../../src/neo4j/db.js';

export interface ReferenceNeighbourhood {
  /** Nodes reached before the cut. */
  found: number;
  /** Ids of the nodes kept, in order. */
  nodes: string[];
  /** Relationships between the nodes kept, before the `edgeLimit` cut. */
  edgeCount: number;
  /** The relationships kept, nearest first as the API orders them. */
  edges: Array<{ id: string; source: string; target: string; type: string; sources: string[] }>;
}

export async function referenceNeighbourhood(
  db: Db,
  entityId: string,
  depth: number,
  limit: number,
  types: readonly string[] = REL_TYPE_NAMES,
  edgeLimit = 1000,
): Promise<ReferenceNeighbourhood> {
  const seen = new Set([entityId]);
  const order = [entityId];
  let ring = [entityId];
  for (let d = 1; d <= depth; d++) {
    const rows = await db.read<{ id: string }>(
      `MATCH (x)-[r]-(n) WHERE x.id IN $ids AND x.retractedAt IS NULL AND type(r) IN $types AND r.retractedAt IS NULL AND n.retractedAt IS NULL
       RETURN DISTINCT n.id AS id ORDER BY id`,
      { ids: d === 1 ? ring : ring.slice(0, limit), types },
    );
    ring = rows.map((r) => r.id).filter((id) => !seen.has(id));
    for (const id of ring) seen.add(id);
    order.push(...ring);
  }
  const nodes = order.slice(0, limit);
  const rels = await db.read<{ type: string; source: string; target: string; key: unknown; sources: string[] | null }>(
    `MATCH (x)-[r]->(y) WHERE x.id IN $ids AND y.id IN $ids AND type(r) IN $types AND r.retractedAt IS NULL AND x.retractedAt IS NULL AND y.retractedAt IS NULL
     RETURN type(r) AS type, x.id AS source, y.id AS target, r.key AS key, r.sources AS sources`,
    { ids: nodes, types },
  );
  const place = new Map(nodes.map((id, i) => [id, i]));
  type Rel = (typeof rels)[number];
  const later = (r: Rel) => Math.max(place.get(r.source)!, place.get(r.target)!);
  const pair = (r: Rel) => [place.get(r.source)!, place.get(r.target)!].sort((a, b) => a - b).join('-');
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const byKey = (a: unknown, b: unknown) => (a == null ? (b == null ? 0 : 1) : b == null ? -1 : byText(String(a), String(b)));
  const parallelOrder = (a: Rel, b: Rel) => byText(a.type, b.type) || byText(a.source, b.source) || byText(a.target, b.target) || byKey(a.key, b.key);
  // k: a relationship's place among the parallel ones of its pair of nodes.
  const k = new Map<Rel, number>();
  const pairs = new Map<string, Rel[]>();
  for (const r of rels) pairs.set(pair(r), [...(pairs.get(pair(r)) ?? []), r]);
  for (const group of pairs.values()) {
    for (const [i, r] of group.sort(parallelOrder).entries()) k.set(r, i);
  }
  const ranked = [...rels].sort((a, b) => k.get(a)! - k.get(b)! || later(a) - later(b) || parallelOrder(a, b));
  const edges = ranked.slice(0, edgeLimit).map((r) => ({
    id: `${r.type}:${r.source}->${r.target}${r.key ? `#${String(r.key)}` : ''}`,
    source: r.source,
    target: r.target,
    type: r.type,
    sources: r.sources ?? [],
  }));
  return { found: order.length, nodes, edgeCount: rels.length, edges };
}
