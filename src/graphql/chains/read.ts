/**
 * Reads of the chain, exposure, path and neighbourhood queries: a Neo4j transaction timeout
 * becomes a BAD_USER_INPUT error asking for a narrower question. Their arguments are checked
 * by `src/graphql/core/args.ts`.
 */
import type { Context } from '../core/context.js';
import { badInput } from '../core/errors.js';

const TIMEOUT_CODES = ['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'];

/**
 * Runs one read; a Neo4j transaction timeout (the last-resort bound on a walk) becomes a
 * BAD_USER_INPUT error asking for a narrower question instead of an internal error.
 */
export async function readBounded<T>(ctx: Context, query: string, params: Record<string, unknown>): Promise<T[]> {
  try {
    return await ctx.db.read<T>(query, params);
  } catch (e) {
    if (TIMEOUT_CODES.includes((e as { code?: string })?.code ?? '')) {
      throw badInput('the question took longer than the database allows; narrow it (a lower maxDepth or maxLength, a metalId, fewer types)');
    }
    throw e;
  }
}
