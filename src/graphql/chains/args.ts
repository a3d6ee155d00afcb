/**
 * Argument checks and error mapping for the chain, exposure, path and neighbourhood queries. Every failure is a
 * GraphQL error with code BAD_USER_INPUT naming the argument and what is expected; nothing the
 * client sends reaches Cypher except as a parameter, and labels and types only through the
 * model's allow-lists.
 */
import { AnyId, labelOfId, parsePartialDate, REL_TYPE_NAMES, type Label, type RelType } from '../../model/schema.js';
import type { Context } from '../core/context.js';
import { badInput } from '../core/errors.js';

/** A typed entity id (`company:erg`) and its label. Throws BAD_USER_INPUT for anything else. */
export function parseEntityId(value: unknown, argument: string): { id: string; label: Label } {
  const id = typeof value === 'string' ? value : '';
  const ok = id.length <= 300 && AnyId.safeParse(id).success;
  const label = ok ? labelOfId(id) : undefined;
  if (!label) {
    const shown = id.length > 80 ? `${JSON.stringify(id.slice(0, 80))}…` : JSON.stringify(id);
    throw badInput(`${argument} ${shown} is not a typed id: expected <prefix>:<slug> such as company:erg, country:KZ or metal:gallium`, argument);
  }
  return { id, label };
}

/** An optional metal or product id (the `metalId` filter). */
export function parseMetalId(value: unknown): { id: string; label: Label } | null {
  if (value === null || value === undefined) return null;
  const parsed = parseEntityId(value, 'metalId');
  if (parsed.label !== 'Metal' && parsed.label !== 'Product') {
    throw badInput(`metalId must name a metal or product (metal:… or product:…), got ${JSON.stringify(parsed.id)}`, 'metalId');
  }
  return parsed;
}

/** An integer within [min, max]; null or undefined gives the default. */
export function boundedInt(value: unknown, argument: string, min: number, max: number, fallback: number): number {
  if (value === null || value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${argument} must be an integer from ${min} to ${max} (got ${JSON.stringify(value)})`, argument);
  }
  return value;
}

/** An ISO calendar date `YYYY-MM-DD` that exists (2026-02-30 does not), or null. */
export function parseAsOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const parsed = typeof value === 'string' ? parsePartialDate(value) : null;
  if (parsed?.precision !== 'day') {
    throw badInput(`asOf must be a real calendar date as YYYY-MM-DD, e.g. 2026-01-15 (got ${JSON.stringify(value)})`, 'asOf');
  }
  return parsed.date;
}

/** Relationship types to follow: null or undefined means all; an empty list is refused. */
export function parseTypes(value: unknown): RelType[] | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value) || value.length === 0) throw badInput('types must name at least one relationship type, or be left out for all', 'types');
  const bad = value.filter((t) => !REL_TYPE_NAMES.includes(t as RelType));
  if (bad.length) throw badInput(`types holds unknown relationship types: ${bad.map((b) => JSON.stringify(b)).join(', ')}`, 'types');
  return [...new Set(value as RelType[])];
}

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
