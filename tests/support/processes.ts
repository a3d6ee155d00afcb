/** The processes a test left running (local Neo4j servers, benchmark services), found through Linux `/proc`. */
import { readdirSync, readFileSync } from 'node:fs';
import { parentOf } from '../../src/neo4j/local.js';

/** Pids of the local Neo4j processes running on `dir` (absolute, as the server was given it). */
export function neo4jOn(dir: string): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0');
        return cmd.includes('graph.neo4j.LocalNeo4j') && cmd.includes(dir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Pids of the benchmark services (bench/service.ts) that `parent` forked and that still run. */
export function servicesOf(parent: number): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p) && parentOf(Number(p)) === parent)
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('bench/service.ts');
      } catch {
        return false;
      }
    })
    .map(Number);
}
