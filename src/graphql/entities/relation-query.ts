/**
 * One batched relationship lookup: what it asks for (`RelationQuery`), its cache key, its
 * Cypher parameters and the batch function behind the relationship loaders. Depends on the
 * model and the driver only, so the loaders can use it without the resolvers.
 */
import neo4j from 'neo4j-driver';
import { withSlots } from '../../cypher.js';
import { LABELS, type Label, type RelType } from '../../model/schema.js';
import type { Db } from '../../neo4j/db.js';
import type { Row } from '../core/row.js';

/** What one batched relationship lookup asks for; equal queries share one DataLoader. */
export interface RelationQuery {
  /** Label of the parents (their id index is used). */
  label: Label;
  /** Relationship types wanted (already narrowed to those the label can have). */
  types: RelType[];
  /** Seen from the parent: OUT = the parent is the start. */
  direction: 'OUT' | 'IN' | 'BOTH';
  /** At most this many relationships per parent. */
  first: number;
  /** Only figures of this calendar year / basis / USGS measure (null = any). */
  year?: number | null;
  basis?: string | null;
  measureId?: string | null;
  /** Only relationships whose other end has this id. */
  otherId?: string | null;
  /** Only relationships whose `itemId` property is this (IMPORTS_FROM, SUPPLIES). */
  itemId?: string | null;
  /** ISO date: only relationships (and other ends) in force that day (null = all). */
  asOf?: string | null;
}

/** One relationship as the Cypher returns it. */
export interface RelationRow {
  type: RelType;
  /** True when the parent is the relationship's start. */
  out: boolean;
  rel: Record<string, unknown>;
  other: Row;
}

/** A stable cache key for a RelationQuery. */
export function relationQueryKey(q: RelationQuery): string {
  return JSON.stringify([
    q.label,
    [...q.types].sort(),
    q.direction,
    q.first,
    q.year ?? null,
    q.basis ?? null,
    q.measureId ?? null,
    q.otherId ?? null,
    q.itemId ?? null,
    q.asOf ?? null,
  ]);
}

/**
 * The direction and the null-means-any filters of a RelationQuery, as the parameters of
 * `entities/relations` (and of each field of `entities/nested-field`) name them.
 */
export function relationFilters(q: RelationQuery) {
  return {
    direction: q.direction,
    year: q.year ?? null,
    basis: q.basis ?? null,
    measureId: q.measureId ?? null,
    otherId: q.otherId ?? null,
    itemId: q.itemId ?? null,
    asOf: q.asOf ?? null,
  };
}

/**
 * The batch function behind the relationship loaders: the relationships of every parent id
 * in one round trip, as one list per id (in the order of `ids`; [] for an unknown id).
 */
export async function fetchRelations(db: Db, q: RelationQuery, ids: readonly string[]): Promise<RelationRow[][]> {
  if (q.types.length === 0) return ids.map(() => []);
  // withSlots checks every value against both allow-lists at run time; its type admits only
  // Label[] as a list, hence the cast.
  const types = q.types as unknown as Label[];
  const rows = await db.read<{ id: string; relations: RelationRow[] }>(withSlots('entities/relations', { label: q.label, types }), {
    ids: [...ids],
    ...relationFilters(q),
    first: neo4j.int(q.first),
    labels: LABELS,
  });
  const byId = new Map(rows.map((r) => [r.id, r.relations]));
  return ids.map((id) => byId.get(id) ?? []);
}
