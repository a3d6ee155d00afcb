/**
 * Per-request batching: every `load(id)` made while resolving one level of a GraphQL
 * operation becomes one Cypher round trip, whatever the number of rows.
 */
import DataLoader from 'dataloader';
import { cypher, withSlots } from '../../cypher.js';
import { LABELS } from '../../model/schema.js';
import type { Db } from '../../neo4j/db.js';
import { fetchRelations, type RelationQuery, type RelationRow, relationQueryKey } from '../entities/relation-query.js';
import type { Row } from './row.js';
import type { Slicer } from './slices.js';

export type { Row };

/**
 * The loaders of one request. With `slicer`, a batch waits until the request's list slices are
 * completed (`Slicer.whenIdle`), so that loads made across slices still make one round trip.
 */
export function createLoaders(db: Db, slicer?: Slicer) {
  const relationLoaders = new Map<string, DataLoader<string, RelationRow[]>>();
  const options = slicer ? { batchScheduleFn: (dispatch: () => void) => slicer.whenIdle(dispatch) } : {};
  return {
    /** Source nodes by id; a missing id resolves to null. */
    source: new DataLoader<string, Row | null>(async (ids) => {
      const rows = await db.read<{ source: Row }>(cypher('entities/sources-by-id'), { ids: [...ids] });
      const byId = new Map(rows.map((r) => [r.source.id, r.source]));
      return ids.map((id) => byId.get(id) ?? null);
    }, options),
    /** Entities of any label by id (with `label`); a missing id resolves to null. */
    node: new DataLoader<string, Row | null>(async (ids) => {
      const rows = await db.read<{ node: Row }>(withSlots('entities/nodes-by-id', { labels: LABELS }), { ids: [...ids], labels: LABELS });
      const byId = new Map(rows.map((r) => [r.node.id, r.node]));
      return ids.map((id) => byId.get(id) ?? null);
    }, options),
    /**
     * The relationships of parents by parent id, one loader per distinct query (field and
     * arguments): all the parents of one level cost one round trip per field.
     */
    relations(q: RelationQuery): DataLoader<string, RelationRow[]> {
      const key = relationQueryKey(q);
      let loader = relationLoaders.get(key);
      if (!loader) {
        loader = new DataLoader<string, RelationRow[]>((ids) => fetchRelations(db, q, ids), options);
        relationLoaders.set(key, loader);
      }
      return loader;
    },
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

/**
 * The values of `keys`, in order, through `loader`'s batching; rejects with the batch's error
 * when a read fails. Use it instead of `loader.loadMany`, which resolves a failure as an Error
 * in place of the value, so that a failed read would look like a missing row (an empty list).
 */
export function loadAll<K, V>(loader: DataLoader<K, V>, keys: readonly K[]): Promise<V[]> {
  return Promise.all(keys.map((k) => loader.load(k)));
}
