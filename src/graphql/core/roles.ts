/**
 * The role each write needs, in one place, checked before anything else of the field runs (its
 * arguments' text and ids, its resolver): an anonymous caller or a weaker key is answered
 * UNAUTHENTICATED (HTTP 401) or FORBIDDEN (403) whatever it sent, and learns nothing about
 * the rules of the arguments. Every Mutation field must be listed (tests/unit/roles.test.ts; tests/auth.test.ts sends each one without and with a weaker key).
 */
import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import type { Role } from '../../config.js';
import { type Principal, requireRole } from '../../server/auth.js';
import { mapFieldResolvers, type ResolverMap } from './resolver-map.js';

/** The role of each field that needs one, by `Type.field`. */
export const FIELD_ROLES: Record<string, Role> = {
  'Mutation.loadDataset': 'editor',
  'Mutation.applySchema': 'admin',
  'Mutation.retractFact': 'editor',
  'Mutation.undoRetraction': 'editor',
};

/** `map` with every field listed in FIELD_ROLES checking the caller's role (`context.auth`) first. */
export const withRoles = (map: ResolverMap): ResolverMap =>
  mapFieldResolvers(map, (resolve: GraphQLFieldResolver<unknown, { auth?: Principal }>) => (source, args, ctx, info?: GraphQLResolveInfo) => {
    const needed = info && FIELD_ROLES[`${info.parentType.name}.${info.fieldName}`];
    if (needed) requireRole(ctx.auth ?? { role: null }, needed, info.fieldName);
    return resolve(source, args, ctx, info as GraphQLResolveInfo);
  });
