/** The suite's database: a Db on the throwaway Neo4j that the global setup started. */
import { rmSync } from 'node:fs';
import type { ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeAll, inject } from 'vitest';
import { Db } from '../../src/neo4j/db.js';
import { applySchema } from '../../src/neo4j/schema.js';

/**
 * Forgets that the graph holds exactly the bundled data (see bundled.ts): called before every
 * write, so the next file that needs the bundled graph loads it again.
 */
export function forgetBundledGraph(): void {
  rmSync(inject('bundledGraphMark'), { force: true });
}

/** A Db whose every write (statement, transaction or schema command) calls forgetBundledGraph first. */
class TestDb extends Db {
  override write<T = Record<string, unknown>>(query: string, params?: Record<string, unknown>): Promise<T[]> {
    forgetBundledGraph();
    return super.write<T>(query, params);
  }
  override writeTx<R>(work: (tx: ManagedTransaction) => Promise<R>, timeoutMs?: number): Promise<R> {
    forgetBundledGraph();
    return super.writeTx(work, timeoutMs);
  }
  override run(query: string, params?: Record<string, unknown>): Promise<void> {
    forgetBundledGraph();
    return super.run(query, params);
  }
}

export function testDb(): Db {
  return new TestDb({ uri: inject('neo4jUri'), username: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 60_000 });
}

/** Deletes every node and relationship (the schema stays). */
export async function emptyGraph(db: Db): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n');
}

/** The fixture of loader tests: a Db on the suite's Neo4j, its schema applied and its graph emptied before the file's tests, closed after. */
export function useEmptyGraph(): Db {
  const db = testDb();
  beforeAll(async () => {
    await applySchema(db);
    await emptyGraph(db);
  });
  afterAll(() => db.close());
  return db;
}
