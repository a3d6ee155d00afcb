/**
 * Resolvers, merged from one module per concern. Each runs named Cypher from `cypher/`.
 * Every entity type resolves `sources` through the per-request Source loader (one round trip
 * per level of the operation).
 */
import { cypher } from '../cypher.js';
import { LABELS } from '../model/schema.js';
import { analyticsResolvers } from './analytics/analytics.js';
import { seriesResolvers } from './analytics/series.js';
import { stageResolvers } from './analytics/stages.js';
import { chainResolvers } from './chains/chains.js';
import { withResultBudget } from './core/budget.js';
import type { Context } from './core/context.js';
import type { DatabaseInfo, QueryResolvers } from './core/generated/schema.js';
import type { Row } from './core/loaders.js';
import type { ResolverMap } from './core/resolver-map.js';
import { withRoles } from './core/roles.js';
import { sourcesOf } from './core/shapes.js';
import { withSlices } from './core/slices.js';
import { withTextChecks } from './core/text-args.js';
import { entityResolvers } from './entities/entities.js';
import { extractResolvers } from './extract/extract.js';
import { mutationResolvers } from './mutations/mutations.js';
import { retractResolvers } from './retract/retract.js';
import { searchResolvers } from './search/search.js';

const withSources = {
  aliases: (p: Row) => (p.aliases as string[] | undefined) ?? [],
  sources: (p: Row, _: unknown, ctx: Context) => sourcesOf(p, ctx),
};

const core = {
  Query: {
    database: async (_, __, { db }) => (await db.read<DatabaseInfo>(cypher('schema/version')))[0],
  } satisfies QueryResolvers,
  Node: { __resolveType: (p: Row) => p.label },
  Entity: { __resolveType: (p: Row) => p.label },
  Source: { ...withSources, sources: (p: Row) => [p] },
};

/** Merges resolver maps type by type; later modules add fields to earlier types. */
export function mergeResolvers(...maps: ResolverMap[]): ResolverMap {
  const out: ResolverMap = {};
  for (const m of maps) for (const [type, fields] of Object.entries(m)) out[type] = { ...out[type], ...fields };
  return out;
}

const entityDefaults: ResolverMap = Object.fromEntries(LABELS.filter((l) => l !== 'Source').map((l) => [l, withSources]));

/**
 * Every resolver, each counted against the request's result budget (`core/budget.ts`), its
 * list results completed in slices (`core/slices.ts`; the budget counts the whole list first),
 * its arguments' text and ids checked first (`core/text-args.ts`: well-formed, within its maximum
 * length, ids by the id rule), and before them a write's role (`core/roles.ts`).
 */
export const resolvers = withSlices(
  withResultBudget(
    withRoles(
      withTextChecks(
        mergeResolvers(
          entityDefaults,
          core,
          entityResolvers,
          searchResolvers,
          analyticsResolvers,
          seriesResolvers,
          stageResolvers,
          chainResolvers,
          mutationResolvers,
          retractResolvers,
          extractResolvers,
        ),
      ),
    ),
  ),
);
