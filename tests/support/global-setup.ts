/**
 * Starts a throwaway Neo4j (own data folder, free port) for the tiers that need one and stops
 * it, deleting its folder, after the last of them. The integration and browser tiers share the
 * server when they run in one `vitest run`: setups count their users on the main process.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j/local.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    /** A file that exists while the graph holds exactly the bundled data (tests/support/bundled.ts). */
    bundledGraphMark: string;
  }
}

interface Shared {
  users: number;
  server: Promise<{ neo4j: LocalNeo4j; dir: string }>;
}
const holder = globalThis as { testNeo4j?: Shared };

async function start() {
  mkdirSync('.neo4j', { recursive: true });
  const dir = mkdtempSync(path.resolve('.neo4j/test-'));
  const port = await freePort();
  const neo4j = await startLocalNeo4j({ dir, port, heapMb: Number(process.env.TEST_NEO4J_HEAP_MB ?? 2048), pageCacheMb: 512, txTimeoutSeconds: 120 });
  return { neo4j, dir };
}

export default async function setup(project: TestProject) {
  holder.testNeo4j ??= { users: 0, server: start() };
  const shared = holder.testNeo4j;
  shared.users++;
  const { neo4j, dir } = await shared.server;
  project.provide('neo4jUri', neo4j.uri);
  project.provide('bundledGraphMark', path.join(dir, 'bundled-graph.json'));
  return async () => {
    if (--shared.users > 0) return;
    holder.testNeo4j = undefined;
    await neo4j.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
