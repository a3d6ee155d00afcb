/**
 * The write surface (schema/mutations.graphql): `loadDataset` runs the loader (role editor),
 * `applySchema` applies constraints and indexes (role admin). The role is checked before
 * anything else runs (core/roles.ts); `context.auth` is set by the HTTP service from the request's API key.
 */
import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';
import { type Counts, type LoadSummary, LoadValidationError, loadDatasets } from '../../load/index.js';
import { textIssue, trimText } from '../../model/text.js';
import { applySchema } from '../../neo4j/schema.js';
import type { Principal } from '../../server/auth.js';
import { boundEchoes } from '../../server/echo.js';
import type { Context } from '../core/context.js';
import { badInput } from '../core/errors.js';
import type { LoadResult, MutationResolvers } from '../core/generated/schema.js';

/** Context of a request that may write: the read context plus who is asking. */
export type WriteContext = Context & { auth: Principal };

/** Issues reported with a failed load, at most this many (the message gives the total). */
export const MAX_REPORTED_ISSUES = 100;
const NAME_MAX = 200;

/** The `JSON` scalar: any JSON value, passed through unchanged. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});

const counts = (m: Record<string, Counts>) => Object.entries(m).map(([kind, c]) => ({ kind, ...c }));

/** LoadSummary as the GraphQL `LoadResult`. */
export function loadResult(name: string, summary: LoadSummary): LoadResult {
  return { name, nodes: counts(summary.nodes), relationships: counts(summary.relationships) };
}

/**
 * A LoadValidationError as BAD_USER_INPUT with the first MAX_REPORTED_ISSUES issues. The message
 * names the first three; their records and fields (the caller's ids and keys) are quoted like
 * the values their messages quote, so all the caller's text in it shares ECHO_MAX characters
 * (`boundEchoes`) while the service's own words (allowed types, units, ranges) stay whole.
 */
export function invalidDataset(e: LoadValidationError) {
  const first = e.issues.slice(0, 3).map((i) => `record ${JSON.stringify(i.record)}, field ${JSON.stringify(i.field)}: ${i.message}`);
  const err = badInput(boundEchoes(`the dataset is invalid (${e.issues.length} problem(s)); nothing was written. First: ${first.join('; ')}`), 'content');
  err.extensions.issues = e.issues.slice(0, MAX_REPORTED_ISSUES);
  return err;
}

/** Checks a dataset name: 1–200 characters, not blank. Throws BAD_USER_INPUT. */
export function checkDatasetName(name: string): string {
  const trimmed = trimText(name);
  if (trimmed.length === 0 || name.length > NAME_MAX) throw badInput(`name must have 1–${NAME_MAX} characters and not be blank`, 'name');
  const control = textIssue(trimmed, 'line');
  if (control) throw badInput(`name ${control}`, 'name');
  return trimmed;
}

/** Resolvers of schema/mutations.graphql, merged into the schema's resolver map. */
export const mutationResolvers = {
  // The scalar's functions only (mergeResolvers spreads every entry; Apollo assigns these to
  // the SDL's JSON scalar, whose description stays).
  JSON: { serialize: JSONScalar.serialize, parseValue: JSONScalar.parseValue, parseLiteral: JSONScalar.parseLiteral },
  Mutation: {
    loadDataset: async (_, args, { db }) => {
      const name = checkDatasetName(args.name);
      try {
        const [result] = await loadDatasets(db, [{ name, content: args.content }]);
        return loadResult(result.name, result.summary);
      } catch (e) {
        throw e instanceof LoadValidationError ? invalidDataset(e) : e;
      }
    },
    applySchema: async (_, __, { db }) => {
      await applySchema(db);
      return true;
    },
  } satisfies MutationResolvers<WriteContext>,
};
