/** The local Neo4j processes a test left running, found by their command line (Linux `/proc`). */
import { readdirSync, readFileSync } from 'node:fs';

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
