/**
 * Dependency chains ("what does X depend on, hop by hop") and exposure ("who depends on X"),
 * over the allow-listed dependency steps of `chains-steps.ts`. Each call is two Cypher round
 * trips (`chains/prepare`, then `chains/walk`); hop sources come through the batching Source
 * loader. Path and neighbourhood queries live in `paths.ts` and are merged in here.
 */
import neo4j from 'neo4j-driver';
import { withSlots } from '../cypher.js';
import { LABELS, type Label } from '../model/schema.js';
import { boundedInt, parseAsOf, parseEntityId, parseMetalId, readBounded } from './chains-args.js';
import { dependencyChains, exposures, type GraphRows, type Hop } from './chains-build.js';
import { DEPENDENCY_TYPES, LIMITS, NEUTRAL_TYPES, stepsParam } from './chains-steps.js';
import type { Context } from './context.js';
import { notFound } from './errors.js';
import type { NodeRow } from './chains-explain.js';
import { pathResolvers } from './paths.js';

interface WalkArgs {
  entityId: unknown;
  metalId?: unknown;
  maxDepth?: unknown;
  first?: unknown;
  asOf?: unknown;
}

interface Prepared {
  entity: NodeRow | null;
  metal: NodeRow | null;
  upstream: string[];
  facilities: string[];
  agreements: string[];
}

/**
 * Checks the arguments, looks up the entity (NOT_FOUND when missing) and the metal's related
 * ids, then walks the dependency steps forwards or backwards. Returns the walk's rows.
 */
async function walk(args: WalkArgs, ctx: Context, reverse: boolean, defaultFirst: number) {
  const entity = parseEntityId(args.entityId, 'entityId');
  const metal = parseMetalId(args.metalId);
  const maxDepth = boundedInt(args.maxDepth, 'maxDepth', 1, LIMITS.maxDepth, LIMITS.defaultDepth);
  const first = boundedInt(args.first, 'first', 1, LIMITS.maxFirst, defaultFirst);
  const asOf = parseAsOf(args.asOf);
  const metalLabel: Label = metal?.label ?? 'Metal';
  const [prep] = await readBounded<Prepared>(ctx, withSlots('chains/prepare', { label: entity.label, metalLabel }), {
    entityId: entity.id, label: entity.label, metalId: metal?.id ?? null, metalLabel,
  });
  if (!prep?.entity) throw notFound(`${entity.label} ${entity.id}`);
  if (metal && !prep.metal) throw notFound(`${metal.label} ${metal.id}`);
  const [rows] = await readBounded<GraphRows>(ctx, withSlots('chains/walk', { label: entity.label }), {
    entityId: entity.id,
    steps: stepsParam(),
    types: DEPENDENCY_TYPES,
    reverse,
    maxDepth,
    limit: neo4j.int(LIMITS.walkLimit),
    asOf,
    upstream: metal ? prep.upstream : null,
    facilities: prep.facilities,
    agreements: prep.agreements,
    neutral: NEUTRAL_TYPES,
    labels: LABELS,
  });
  const truncated = (rows?.paths?.length ?? 0) >= LIMITS.walkLimit;
  return { prep, rows: rows ?? { paths: [], nodes: [], rels: [] }, first, maxDepth, asOf, truncated };
}

/** Resolvers of `schema/chains.graphql`: the four queries and the Hop/GraphEdge sources. */
export const chainResolvers = {
  Query: {
    /**
     * What `entityId` depends on, hop by hop: maximal chains (none a prefix of another), best
     * first by relevance (`chainRelevance`, repeats of the same hops sinking: `diverseOrder`),
     * at most `first`. Errors: BAD_USER_INPUT for a malformed id, date or bound; NOT_FOUND for
     * an unknown entity or metal.
     */
    dependencyChains: async (_: unknown, args: WalkArgs, ctx: Context) => {
      const { prep, rows, first, maxDepth, asOf, truncated } = await walk(args, ctx, false, 20);
      const { total, chains } = dependencyChains(rows, first);
      return { entity: prep.entity, metal: prep.metal, asOf, maxDepth, totalChains: total, truncated, chains };
    },
    /**
     * Who depends on `entityId`: every dependent reached by walking the dependency steps
     * backwards, with its chains read from the dependent to the entity. Same errors.
     */
    exposure: async (_: unknown, args: WalkArgs, ctx: Context) => {
      const { prep, rows, first, maxDepth, asOf, truncated } = await walk(args, ctx, true, 50);
      const dependents = exposures(rows, LIMITS.chainsPerDependent);
      return { entity: prep.entity, metal: prep.metal, asOf, maxDepth, totalDependents: dependents.length, truncated, dependents: dependents.slice(0, first) };
    },
    ...pathResolvers.Query,
  },
  Hop: {
    sources: async (hop: Hop, _: unknown, { loaders }: Context) =>
      (await loaders.source.loadMany(hop.sourceIds)).filter((s) => s && !(s instanceof Error)),
  },
  GraphEdge: pathResolvers.GraphEdge,
};
