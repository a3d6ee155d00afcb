/**
 * What start-up tells a person, in a few plain lines: which Neo4j the service uses (its URI
 * without credentials), what it loaded and what the graph holds, and where it listens.
 */
import type { Counts, LoadSummary } from './load/index.js';

/** `uri` without a user name or password (`bolt://user:secret@host:7687` → `bolt://host:7687`). */
export function uriWithoutCredentials(uri: string): string {
  try {
    const u = new URL(uri);
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return uri.replace(/\/\/[^/]*@/, '//');
  }
}

export interface Neo4jFacts {
  uri: string;
  database: string;
  version: string;
  edition: string;
  /** The data folder when this process started the local Neo4j. */
  localDir?: string;
}

/** `Neo4j 5.26.0 community at bolt://127.0.0.1:7687, database neo4j (started by this service, data in .neo4j/data)`. */
export function neo4jLine(n: Neo4jFacts): string {
  const local = n.localDir ? ` (started by this service, data in ${n.localDir})` : '';
  return `Neo4j ${n.version} ${n.edition} at ${uriWithoutCredentials(n.uri)}, database ${n.database}${local}`;
}

const total = (counts: Counts[]): Counts => {
  const sum = { created: 0, updated: 0, unchanged: 0 };
  for (const c of counts) {
    sum.created += c.created;
    sum.updated += c.updated;
    sum.unchanged += c.unchanged;
  }
  return sum;
};

const counted = (what: string, c: Counts) =>
  `${c.created + c.updated + c.unchanged} ${what} (${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged)`;

/** `loaded 3 inputs (data/usgs-mcs-2025, …): 812 nodes (…) and 1460 relationships (…)`. */
export function loadedLine(results: Array<{ name: string; summary: LoadSummary }>): string {
  const nodes = total(results.flatMap((r) => Object.values(r.summary.nodes)));
  const rels = total(results.flatMap((r) => Object.values(r.summary.relationships)));
  return `loaded ${results.length} input${results.length === 1 ? '' : 's'} (${results.map((r) => r.name).join(', ')}): ${counted('nodes', nodes)} and ${counted('relationships', rels)}`;
}

/** `the graph holds 812 nodes and 1460 relationships`. */
export function graphLine(size: { nodes: number; relationships: number }): string {
  return `the graph holds ${size.nodes} nodes and ${size.relationships} relationships`;
}

/** `listening on http://127.0.0.1:4000: GraphQL /graphql, playground /playground, …`. */
export function listeningLine(url: string): string {
  return `listening on ${url}: GraphQL ${url}/graphql, playground /playground, explorer /explorer, feeds /feeds, metrics /metrics, readiness /ready`;
}
