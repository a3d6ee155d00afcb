/**
 * Stored properties → the shared GraphQL value types of `schema/base.graphql`. Nodes and relationships store the same
 * property names (`quantity`, `unit`, `quantityBound`, `amount`, `validFrom`…), so one set of
 * resolvers serves both. Argument checks are in `args.ts`.
 */
import { Kind } from 'graphql';
import neo4j, { type Integer } from 'neo4j-driver';
import { labelOfId } from '../../model/schema.js';
import { statusOn, todayUtc } from '../../model/status.js';
import type { Context } from './context.js';
import { loadAll, type Row } from './loaders.js';
import { typeDefs } from './typedefs.js';

type Props = Record<string, unknown>;

/** `quantity` in `unit` with `quantityBound` (exact when the source states none); null without a quantity. */
export function quantityOf(p: Props) {
  if (typeof p.quantity !== 'number') return null;
  return { value: p.quantity, unit: (p.unit as string | undefined) ?? null, bound: (p.quantityBound as string | undefined) ?? 'exact' };
}

/** `quantityBase` in `baseUnit` (metric tons for USGS mass figures), bound as `quantityBound`; null without one. */
export function baseQuantityOf(p: Props) {
  if (typeof p.quantityBase !== 'number') return null;
  return { value: p.quantityBase, unit: (p.baseUnit as string | undefined) ?? null, bound: (p.quantityBound as string | undefined) ?? 'exact' };
}

/** `amount` in `currency` with `amountBound`; null unless both amount and currency are stated. */
export function moneyOf(p: Props) {
  if (typeof p.amount !== 'number' || typeof p.currency !== 'string') return null;
  return { amount: p.amount, currency: p.currency, bound: (p.amountBound as string | undefined) ?? 'exact' };
}

/** validFrom/validTo (ISO dates) with precision and wording; null when none is stated. */
export function validityOf(p: Props) {
  const v = {
    from: p.validFrom ?? null,
    fromPrecision: p.validFromPrecision ?? null,
    fromText: p.validFromText ?? null,
    to: p.validTo ?? null,
    toPrecision: p.validToPrecision ?? null,
    toText: p.validToText ?? null,
  };
  return Object.values(v).some((x) => x !== null) ? v : null;
}

/**
 * Source rows of Source ids, through the batching loader, in order; an id without a Source
 * node is left out. Rejects when the read fails (DatabaseUnavailableError when Neo4j is down):
 * a failed read never answers an empty list.
 */
export async function sourcesByIds(ids: readonly string[] | null | undefined, ctx: Context): Promise<Row[]> {
  const rows = await loadAll(ctx.loaders.source, ids ?? []);
  return rows.filter((s): s is Row => s !== null);
}

/** The sources of a node or relationship: its `sources` property (Source ids) resolved as `sourcesByIds`. */
export const sourcesOf = (p: Props, ctx: Context): Promise<Row[]> => sourcesByIds(p.sources as string[] | undefined, ctx);

/** The key under which an edge carries the `asOf` its field was asked with (status on that day). */
export const EDGE_AS_OF = '__asOf';

/**
 * `status` on the asked date (an edge's `asOf`, else today in UTC), derived from validity as
 * `statusOn` says; a policy's suspensions (SUSPENDS it receives) come through the batching loader.
 */
export async function statusOf(p: Props, _args: unknown, ctx: Context): Promise<string | null> {
  const asOf = typeof p[EDGE_AS_OF] === 'string' ? (p[EDGE_AS_OF] as string) : todayUtc();
  if (typeof p.id !== 'string' || (p.label ?? labelOfId(p.id)) !== 'Policy') return statusOn(p, asOf);
  const suspensions = await ctx.loaders.relations({ label: 'Policy', types: ['SUSPENDS'], direction: 'IN', first: 100 }).load(p.id);
  return statusOn(
    p,
    asOf,
    suspensions.map((r) => r.rel),
  );
}

/** Resolvers for the composite fields every entity and edge type may have. */
export const valueFields = {
  quantity: (p: Props) => quantityOf(p),
  baseQuantity: (p: Props) => baseQuantityOf(p),
  money: (p: Props) => moneyOf(p),
  validity: (p: Props) => validityOf(p),
  status: statusOf,
};

/** A JS integer as a Neo4j Integer (LIMIT and integer comparisons need one). */
export const int = (n: number): Integer => neo4j.int(n);

/** The field names the SDL declares for an object or interface type (definitions and extensions). */
export function sdlFields(typeName: string): Set<string> {
  const out = new Set<string>();
  for (const d of typeDefs.definitions) {
    if (
      (d.kind === Kind.OBJECT_TYPE_DEFINITION ||
        d.kind === Kind.OBJECT_TYPE_EXTENSION ||
        d.kind === Kind.INTERFACE_TYPE_DEFINITION ||
        d.kind === Kind.INTERFACE_TYPE_EXTENSION) &&
      d.name.value === typeName
    ) {
      for (const f of d.fields ?? []) out.add(f.name.value);
    }
  }
  return out;
}

/** `resolvers` restricted to the fields `typeName` declares in the SDL (Apollo refuses others). */
export function onlySdlFields<T extends Record<string, unknown>>(typeName: string, resolvers: T): Partial<T> {
  const fields = sdlFields(typeName);
  return Object.fromEntries(Object.entries(resolvers).filter(([f]) => fields.has(f))) as Partial<T>;
}
