/**
 * Per-request batching: every `load(id)` made while resolving one level of a GraphQL
 * operation becomes one Cypher round trip, whatever the number of rows.
 */
import DataLoader from 'dataloader';
import { cypher } from '../cypher.js';
import type { Db } from '../neo4j/db.js';

export type Row = Record<string, unknown> & { id: string };

export function createLoaders(db: Db) {
  return {
    /** Source nodes by id; a missing id resolves to null. */
    source: new DataLoader<string, Row | null>(async (ids) => {
      const rows = await db.read<{ source: Row }>(cypher('entities/sources-by-id'), { ids: [...ids] });
      const byId = new Map(rows.map((r) => [r.source.id, r.source]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
