/**
 * Connections between two entities (`paths`, all shortest paths) and the neighbourhood of one
 * entity (`neighbourhood`, a drawable graph). One Cypher round trip each; sources through the
 * batching Source loader.
 */
import type { GraphQLResolveInfo } from 'graphql';
import neo4j from 'neo4j-driver';
import { withSlots } from '../../cypher.js';
import { LABELS, REL_TYPE_NAMES } from '../../model/schema.js';
import { boundedInt, notFoundAll, pageSize, relTypesArg, typedId } from '../core/args.js';
import type { Context } from '../core/context.js';
import { badInput, notFound } from '../core/errors.js';
import { sourcesByIds } from '../core/shapes.js';
import { selectedFieldNames } from '../entities/selection.js';
import { GraphIndex, type GraphRows, graphEdge } from './build.js';
import type { NodeRow, RelRow } from './explain.js';

import { LIMITS } from './steps.js';

interface PathArgs {
  fromId: unknown;
  toId: unknown;
  maxLength?: unknown;
  types?: unknown;
  first?: unknown;
}

interface NeighbourhoodArgs {
  entityId: unknown;
  depth?: unknown;
  types?: unknown;
  limit?: unknown;
  edgeLimit?: unknown;
}

type EdgeShape = ReturnType<typeof graphEdge>;

/** A row of `chains/neighbourhood`: the counts (first row), a node kept with its place, or a relationship. */
interface NeighbourhoodRow {
  found: number | null;
  kept: number | null;
  edges: number | null;
  pos: number | null;
  node: NodeRow | null;
  rel: RelRow | null;
}

/** Resolvers for `paths`, `neighbourhood` and the GraphEdge fields; merged into `chainResolvers`. */
export const pathResolvers = {
  Query: {
    /**
     * All shortest connections between `fromId` and `toId`, relationships crossed in either
     * direction, at most `maxLength` hops (1–10), only over `types` when given, at most `first`
     * paths (0–200, default 50). Each path: its nodes in order and its hops (with direction as
     * stored). Errors: BAD_USER_INPUT (malformed id, bound, same id twice), NOT_FOUND.
     */
    paths: async (_: unknown, args: PathArgs, ctx: Context) => {
      const from = typedId(args.fromId, 'fromId');
      const to = typedId(args.toId, 'toId');
      if (from.id === to.id) throw badInput('fromId and toId are the same entity; give two different ids', 'toId');
      const maxLength = boundedInt(args.maxLength, 'maxLength', 1, LIMITS.maxPathLength, 6);
      const first = pageSize(args.first, 50, LIMITS.maxFirst);
      const types = relTypesArg(args.types) ?? REL_TYPE_NAMES;
      const [row] = await ctx.db.read<GraphRows & { fromFound: boolean; toFound: boolean }>(
        withSlots('chains/paths', { fromLabel: from.label, toLabel: to.label }),
        { fromId: from.id, toId: to.id, types, maxLength, first: neo4j.int(first), labels: LABELS },
      );
      const missing = [...(row.fromFound ? [] : [{ ...from, argument: 'fromId' }]), ...(row.toFound ? [] : [{ ...to, argument: 'toId' }])];
      if (missing.length) throw notFoundAll(missing);
      const index = new GraphIndex(row);
      return (row.paths ?? []).map((p) => ({ nodes: p.nodes.map((id) => index.node(id)), hops: index.hops(p), length: p.rels.length }));
    },

    /**
     * The entity and everything within `depth` hops (1–3) over `types` (all when omitted), at
     * most `limit` nodes (0–1000, nearest rings first; the center is returned even at 0), with the
     * relationships of those types between the nodes kept, at most `edgeLimit` (0–10000, default
     * 1000; `edgeCount` counts them all). Nodes in breadth-first order (the entity, then each
     * ring by id); edges one per pair of nodes first (the pairs by the later place of their ends
     * in `nodes`), then the second of each pair and so on (parallel ones by type, start id, end
     * id and key), so `edgeLimit: n` keeps the first n and joins as many pairs as it can.
     * Errors: BAD_USER_INPUT
     * (a bound out of range, names it), NOT_FOUND.
     */
    neighbourhood: async (_: unknown, args: NeighbourhoodArgs, ctx: Context, info: GraphQLResolveInfo) => {
      const entity = typedId(args.entityId, 'entityId');
      const depth = boundedInt(args.depth, 'depth', 1, LIMITS.maxNeighbourhoodDepth, 1);
      const limit = pageSize(args.limit, 200, LIMITS.maxNeighbourhoodLimit, 'limit');
      const edgeLimit = pageSize(args.edgeLimit, 1000, LIMITS.maxNeighbourhoodEdges, 'edgeLimit');
      const types = relTypesArg(args.types) ?? REL_TYPE_NAMES;
      // Only what the selection reads is fetched: `nodeCount` alone is a count.
      const selected = selectedFieldNames(info);
      const rows = await ctx.db.read<NeighbourhoodRow>(withSlots('chains/neighbourhood', { label: entity.label }), {
        entityId: entity.id,
        depth,
        types,
        limit: neo4j.int(limit),
        edgeLimit: neo4j.int(edgeLimit),
        labels: LABELS,
        withNodes: selected.has('nodes') || selected.has('center'),
        withEdges: selected.has('edges') || selected.has('edgeCount') || selected.has('edgesTruncated'),
      });
      const head = rows.find((r) => r.found !== null);
      if (!head) throw notFound(entity.label, entity.id, 'entityId');
      const nodes = rows.filter((r) => r.node !== null).sort((a, b) => a.pos! - b.pos!);
      const edges = rows
        .filter((r) => r.rel !== null)
        .sort((a, b) => a.pos! - b.pos!)
        .map((r) => graphEdge(r.rel!));
      return {
        center: nodes[0]?.node,
        nodes: head.kept === 0 ? [] : nodes.map((r) => r.node!),
        edges,
        nodeCount: head.found,
        truncated: head.found! > head.kept!,
        edgeCount: head.edges,
        edgesTruncated: head.edges! > edges.length,
      };
    },
  },
  GraphEdge: {
    quantity: (e: EdgeShape) => e.properties.quantity,
    sharePct: (e: EdgeShape) => e.properties.sharePct,
    sources: (e: EdgeShape, _: unknown, ctx: Context) => sourcesByIds(e.sourceIds, ctx),
  },
};
