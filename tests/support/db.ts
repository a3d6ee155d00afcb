/** The suite's database: a Db on the throwaway Neo4j that the global setup started. */
import { inject } from 'vitest';
import { Db } from '../../src/neo4j/db.js';

export function testDb(): Db {
  return new Db({ uri: inject('neo4jUri'), username: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 60_000 });
}

/** Deletes every node and relationship (the schema stays). */
export async function emptyGraph(db: Db): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n');
}

