/**
 * Dependency chains ("what does X depend on, hop by hop") and exposure ("who depends on X"),
 * over the allow-listed dependency steps of `steps.ts`. Each call is at most
 * maxDepth + 1 Cypher round trips (`chains/start`: the entity, the metal's ids and level 1;
 * one `chains/expand` per further level; `chains/details` for the chains shown; see
 * `walk.ts`), never more with the number of rows; hop sources come through the
 * batching Source loader. Path and neighbourhood queries live in `paths.ts` and are merged in here.
 */
import type { Label } from '../../model/schema.js';
import {
  boundedInt,
  countryIdsArg,
  dayArg,
  enumsArg,
  labelsArg,
  MATERIALS,
  memberPath,
  notFoundAll,
  optionalTypedId,
  pageSize,
  typedId,
} from '../core/args.js';
import type { Context } from '../core/context.js';
import { loadAll } from '../core/loaders.js';
import { sourcesByIds } from '../core/shapes.js';
import { dependencyChains, exposures, GraphIndex, type Hop, hydrate } from './build.js';
import { pathResolvers } from './paths.js';
import { EXPOSURE_KINDS, type ExposureKind, LIMITS } from './steps.js';
import { startWalk, walkDetails, walkLevels } from './walk.js';

interface WalkArgs {
  entityId: unknown;
  metalId?: unknown;
  maxDepth?: unknown;
  first?: unknown;
  asOf?: unknown;
  kinds?: unknown;
}

interface ExposureArgs extends WalkArgs {
  dependentLabels?: unknown;
  headquarteredIn?: unknown;
}

/**
 * Checks the arguments, looks up the entity (NOT_FOUND when missing) and the metal's related
 * ids in the round trip of the walk's first level, then walks the dependency steps forwards or backwards, level by level. Returns the
 * walk's rows.
 */
async function walk(
  args: ExposureArgs,
  ctx: Context,
  reverse: boolean,
  defaultFirst: number,
  defaultKinds: readonly ExposureKind[],
  countryIds: string[] | null = null,
  matchesNothing = false,
) {
  const entity = typedId(args.entityId, 'entityId');
  const kinds = enumsArg(args.kinds, 'kinds', EXPOSURE_KINDS, 'an exposure kind') ?? [...defaultKinds];
  const metal = optionalTypedId(args.metalId, 'metalId', MATERIALS);
  const maxDepth = boundedInt(args.maxDepth, 'maxDepth', 1, LIMITS.maxDepth, LIMITS.defaultDepth);
  const first = pageSize(args.first, defaultFirst, LIMITS.maxFirst);
  const asOf = dayArg(args.asOf, 'asOf');
  const metalLabel: Label = metal?.label ?? 'Metal';
  // An empty narrowing list matches nothing: no walk, so nothing is found and nothing is cut.
  const walkKinds = matchesNothing ? [] : kinds;
  const headquarters = countryIds !== null;
  const prep = await startWalk(ctx, {
    entityId: entity.id,
    label: entity.label,
    metalId: metal?.id ?? null,
    metalLabel,
    countryIds: countryIds ?? [],
    reverse,
    kinds: walkKinds,
    headquarters,
    asOf,
  });
  // Every id that names nothing, in the order of the arguments.
  const missing = [
    ...(prep?.entity ? [] : [{ ...entity, argument: 'entityId' }]),
    ...(metal && !prep?.metal ? [{ ...metal, argument: 'metalId' }] : []),
    ...(countryIds ?? [])
      .filter((c) => !prep?.countries.includes(c))
      .map((id) => ({ id, label: 'Country' as const, argument: memberPath('headquarteredIn', args.headquarteredIn, id) })),
  ];
  // (The entity is among them when missing: the second test only narrows the type.)
  if (missing.length > 0 || !prep?.entity) throw notFoundAll(missing);
  const walked = await walkLevels(ctx, {
    entity: prep.entity,
    entityRef: prep.entityRef!,
    reverse,
    kinds: walkKinds,
    headquarters,
    maxDepth,
    first: prep,
    asOf,
    upstream: metal ? prep.upstream : null,
    refs: prep.refs,
  });
  return { prep, walked, rows: walked.rows, first, maxDepth, asOf, kinds, truncated: walked.truncated };
}

/** Resolvers of `schema/chains.graphql`: the four queries and the Hop/GraphEdge sources. */
export const chainResolvers = {
  Query: {
    /**
     * What `entityId` depends on, hop by hop: maximal chains (none a prefix of another), best
     * first by relevance (`chainRelevance`, repeats of the same hops sinking: `diverseOrder`),
     * at most `first`, over the steps of `kinds` (default SUPPLY). Errors: BAD_USER_INPUT for
     * a malformed id, date, bound or kind list; NOT_FOUND for an unknown entity or metal.
     */
    dependencyChains: async (_: unknown, args: WalkArgs, ctx: Context) => {
      const { prep, walked, rows, first, maxDepth, asOf, kinds, truncated } = await walk(args, ctx, false, 20, ['SUPPLY']);
      const { total, chains: picked } = dependencyChains(rows, first, true);
      const index = new GraphIndex(await walkDetails(ctx, walked, picked));
      const chains = picked.map((c) => hydrate(c, index));
      return { entity: prep.entity, metal: prep.metal, asOf, maxDepth, kinds, totalChains: total, truncated, chains };
    },
    /**
     * Who is exposed to `entityId`: every dependent reached by walking the steps of `kinds`
     * (default all) backwards, narrowed to `dependentLabels` and to companies headquartered in
     * `headquarteredIn`, with its kinds and chains read from the dependent to the entity. Same
     * errors, and NOT_FOUND for an unknown headquarters country.
     */
    exposure: async (_: unknown, args: ExposureArgs, ctx: Context) => {
      const labels = labelsArg(args.dependentLabels, 'dependentLabels');
      const headquarteredIn = countryIdsArg(args.headquarteredIn, 'headquarteredIn');
      const { prep, walked, rows, first, maxDepth, asOf, kinds, truncated } = await walk(
        args,
        ctx,
        true,
        50,
        EXPOSURE_KINDS,
        headquarteredIn,
        labels?.length === 0 || headquarteredIn?.length === 0,
      );
      const all = exposures(rows, LIMITS.chainsPerDependent, true, { labels, headquarteredIn });
      const shown = all.slice(0, first);
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
        asOf,
        maxDepth,
        kinds,
        dependentLabels: labels,
        headquarteredIn,
        totalDependents: all.length,
        truncated,
        dependents,
      };
    },
    ...pathResolvers.Query,
  },
  Hop: {
    sources: (hop: Hop, _: unknown, ctx: Context) => sourcesByIds(hop.sourceIds, ctx),
  },
  ExposureResult: {
    headquarteredIn: async (r: { headquarteredIn: string[] | null }, _: unknown, { loaders }: Context) =>
      r.headquarteredIn && (await loadAll(loaders.node, r.headquarteredIn)).filter((n) => n !== null),
  },
  GraphEdge: pathResolvers.GraphEdge,
};
