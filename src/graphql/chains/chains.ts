/**
 * Dependency chains ("what does X depend on, hop by hop") and exposure ("who depends on X"),
 * over the allow-listed dependency steps of `steps.ts`. Each call is at most
 * maxDepth + 2 Cypher round trips (`chains/prepare`, one `chains/expand` per depth level, then
 * `chains/details` for the chains shown; see `walk.ts`), never more with the number of
 * rows; hop sources come through the
 * batching Source loader. Path and neighbourhood queries live in `paths.ts` and are merged in here.
 */
import { withSlots } from '../../cypher.js';
import type { Label } from '../../model/schema.js';
import { boundedInt, dayArg, MATERIALS, optionalTypedId, typedId } from '../core/args.js';
import { readBounded } from './read.js';
import { dependencyChains, exposures, GraphIndex, hydrate, type Hop } from './build.js';
import { LIMITS } from './steps.js';
import { walkDetails, walkLevels } from './walk.js';
import type { Context } from '../core/context.js';
import { notFound } from '../core/errors.js';
import { sourcesByIds } from '../core/shapes.js';
import type { NodeRow } from './explain.js';
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
  entityRef: string | null;
  metal: NodeRow | null;
  upstream: string[];
  facilities: string[];
  agreements: string[];
}

/**
 * Checks the arguments, looks up the entity (NOT_FOUND when missing) and the metal's related
 * ids, then walks the dependency steps forwards or backwards, level by level. Returns the
 * walk's rows.
 */
async function walk(args: WalkArgs, ctx: Context, reverse: boolean, defaultFirst: number) {
  const entity = typedId(args.entityId, 'entityId');
  const metal = optionalTypedId(args.metalId, 'metalId', MATERIALS);
  const maxDepth = boundedInt(args.maxDepth, 'maxDepth', 1, LIMITS.maxDepth, LIMITS.defaultDepth);
  const first = boundedInt(args.first, 'first', 1, LIMITS.maxFirst, defaultFirst);
  const asOf = dayArg(args.asOf, 'asOf');
  const metalLabel: Label = metal?.label ?? 'Metal';
  const [prep] = await readBounded<Prepared>(ctx, withSlots('chains/prepare', { label: entity.label, metalLabel }), {
    entityId: entity.id, label: entity.label, metalId: metal?.id ?? null, metalLabel,
  });
  if (!prep?.entity) throw notFound(`${entity.label} ${entity.id}`);
  if (metal && !prep.metal) throw notFound(`${metal.label} ${metal.id}`);
  const walked = await walkLevels(ctx, {
    entity: prep.entity,
    entityRef: prep.entityRef!,
    reverse,
    maxDepth,
    asOf,
    upstream: metal ? prep.upstream : null,
    facilities: prep.facilities,
    agreements: prep.agreements,
  });
  return { prep, walked, rows: walked.rows, first, maxDepth, asOf, truncated: walked.truncated };
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
      const { prep, walked, rows, first, maxDepth, asOf, truncated } = await walk(args, ctx, false, 20);
      const { total, chains: picked } = dependencyChains(rows, first, true);
      const index = new GraphIndex(await walkDetails(ctx, walked, picked));
      const chains = picked.map((c) => hydrate(c, index));
      return { entity: prep.entity, metal: prep.metal, asOf, maxDepth, totalChains: total, truncated, chains };
    },
    /**
     * Who depends on `entityId`: every dependent reached by walking the dependency steps
     * backwards, with its chains read from the dependent to the entity. Same errors.
     */
    exposure: async (_: unknown, args: WalkArgs, ctx: Context) => {
      const { prep, walked, rows, first, maxDepth, asOf, truncated } = await walk(args, ctx, true, 50);
      const all = exposures(rows, LIMITS.chainsPerDependent, true);
      const shown = all.slice(0, first);
      const index = new GraphIndex(await walkDetails(ctx, walked, shown.flatMap((d) => d.chains)));
      const dependents = shown.map((d) => ({ ...d, dependent: index.node(d.dependent.id), chains: d.chains.map((c) => hydrate(c, index)) }));
      return { entity: prep.entity, metal: prep.metal, asOf, maxDepth, totalDependents: all.length, truncated, dependents };
    },
    ...pathResolvers.Query,
  },
  Hop: {
    sources: (hop: Hop, _: unknown, ctx: Context) => sourcesByIds(hop.sourceIds, ctx),
  },
  GraphEdge: pathResolvers.GraphEdge,
};
