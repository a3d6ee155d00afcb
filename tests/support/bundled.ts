/** A graph holding exactly the bundled data, for tests that ask questions of it. */
import type { Db } from '../../src/neo4j/db.js';
import { applySchema } from '../../src/neo4j/schema.js';
import { loadBundledData } from '../../src/load/bundled.js';
import { emptyGraph } from './db.js';

/** Empties the graph, applies the schema and loads the bundled data; returns the load summaries. */
export async function freshBundledGraph(db: Db) {
  await applySchema(db);
  await emptyGraph(db);
  return loadBundledData(db);
}
