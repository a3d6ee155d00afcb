/**
 * A graph holding exactly the bundled data, for tests that ask questions of it. Loading it takes
 * far longer than any read, so test files share one load: after a load, a mark file records the
 * graph's counts and latest `updatedAt`; the next file reuses the graph when the mark is still
 * there (every write through the suite's Db deletes it) and the counts and `updatedAt` still
 * match (a write by another process, such as a spawned service, changes them).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { inject } from 'vitest';
import { loadBundledData } from '../../src/load/bundled.js';
import type { Db } from '../../src/neo4j/db.js';
import { applySchema } from '../../src/neo4j/schema.js';
import { emptyGraph } from './db.js';

async function graphState(db: Db): Promise<string> {
  const [row] = await db.read(
    `CALL () { MATCH (n) RETURN count(n) AS nodes, toString(max(n.updatedAt)) AS nodesAt }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships, toString(max(r.updatedAt)) AS relationshipsAt }
     RETURN nodes, nodesAt, relationships, relationshipsAt`,
  );
  return JSON.stringify(row);
}

/** Empties the graph, applies the schema and loads the bundled data; returns the load summaries. */
export async function freshBundledGraph(db: Db) {
  await applySchema(db);
  await emptyGraph(db);
  const summaries = await loadBundledData(db);
  writeFileSync(inject('bundledGraphMark'), await graphState(db));
  return summaries;
}

/** Makes the graph hold exactly the bundled data: reuses it when nothing wrote since it was loaded, else loads it. */
export async function bundledGraph(db: Db): Promise<void> {
  const mark = inject('bundledGraphMark');
  if (existsSync(mark) && readFileSync(mark, 'utf8') === (await graphState(db))) return;
  await freshBundledGraph(db);
}
