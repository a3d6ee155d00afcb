/**
 * Starts a throwaway Neo4j (own data folder, free port) for the whole suite, applies the
 * schema and loads the bundled data once; stops the server and deletes its folder after.
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startLocalNeo4j } from '../../src/neo4j/local.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject) {
  mkdirSync('.neo4j', { recursive: true });
  const dir = mkdtempSync(path.resolve('.neo4j/test-'));
  const port = await freePort();
  const server = await startLocalNeo4j({ dir, port, heapMb: Number(process.env.TEST_NEO4J_HEAP_MB ?? 2048), pageCacheMb: 512, txTimeoutSeconds: 120 });
  project.provide('neo4jUri', server.uri);
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
