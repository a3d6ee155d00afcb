/**
 * Query benchmarks: latency percentiles and throughput of each benchmark query through our
 * GraphQL endpoint (HTTP on loopback), through the same Cypher sent straight through
 * neo4j-driver, through the same Cypher behind a minimal HTTP endpoint (the floor,
 * bench/floor.ts) for the lookup and nested queries, and through the @neo4j/graphql peer where
 * it can express the query; plus the Cypher round trips per GraphQL operation, the database
 * hits of each statement (`PROFILE`) and, for the walks, each statement's time and the
 * JavaScript between them.
 *
 * The raw path sends the statements the resolvers send, in their order and with their
 * parameters. Where the resolvers' own code shapes the statements (the one statement of a
 * nested selection, composed from the look-ahead plan of the operation; the level-by-level
 * dependency walk whose next frontier comes from the previous level's rows), the bench calls
 * those functions (`entityPlan` and `nestedNodeStatement`, `walkLevels`, `walkDetails`) with a Db
 * stand-in whose reads go straight through the driver, so the statements stay the service's
 * own as it changes; what is left out is HTTP, Apollo, the field resolvers (explanations,
 * edges, sources) and JSON.
 */

import { buildASTSchema, type FieldNode, type OperationDefinitionNode, parse } from 'graphql';
import neo4j, { type Driver, type QueryResult } from 'neo4j-driver';
import { Agent, request } from 'undici';
import { cypher, withSlots } from '../src/cypher.js';
import { dependencyChains, exposures } from '../src/graphql/chains/build.js';
import { EXPOSURE_KINDS, LIMITS } from '../src/graphql/chains/steps.js';
import { startWalk, walkDetails, walkLevels } from '../src/graphql/chains/walk.js';
import type { Context } from '../src/graphql/core/context.js';
import { typeDefs } from '../src/graphql/core/typedefs.js';
import { entityPlan } from '../src/graphql/entities/entities.js';
import type { FieldPlan } from '../src/graphql/entities/lookahead.js';
import { nestedNodeStatement } from '../src/graphql/entities/nested.js';
import { LABELS, REL_TYPE_NAMES } from '../src/model/schema.js';
import { type Db, toPlain } from '../src/neo4j/db.js';
import { PEER_QUERIES } from './neo4j-graphql.js';
import { MIN_SCALE } from './options.js';

// ------------------------------------------------------------------ the harness -------------

/** Latency and throughput of one bounded run. Times in milliseconds. */
export interface LoadStats {
  count: number;
  errors: number;
  firstError?: string;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** Operations per second over the run's wall time. */
  throughput: number;
  wallMs: number;
  /** True when the time cap ended the run before `count` operations. */
  capped: boolean;
}

/** The q-quantile (0–1) of sorted samples, nearest rank. */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Summarises latency samples (ms) measured over `wallMs` of wall time. */
export function summarize(samples: number[], wallMs: number, errors: number, capped: boolean, firstError?: string): LoadStats {
  const s = [...samples].sort((a, b) => a - b);
  return {
    count: s.length,
    errors,
    firstError,
    capped,
    wallMs,
    p50: quantile(s, 0.5),
    p95: quantile(s, 0.95),
    p99: quantile(s, 0.99),
    mean: s.reduce((a, b) => a + b, 0) / (s.length || 1),
    max: s[s.length - 1] ?? NaN,
    throughput: (s.length * 1000) / wallMs,
  };
}

/** One bounded run's raw material, to be merged over interleaved rounds. */
export interface RawRun {
  samples: number[];
  wallMs: number;
  errors: number;
  capped: boolean;
  firstError?: string;
}

/**
 * Calls `call(i)` for i = offset … offset + count − 1 with `concurrency` workers, stopping early
 * after `maxMs`; returns each successful call's latency. Errors are counted, not timed.
 */
export async function runLoad(
  call: (i: number) => Promise<unknown>,
  opts: { count: number; offset: number; concurrency: number; maxMs: number },
): Promise<RawRun> {
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  let capped = false;
  const start = performance.now();
  const worker = async () => {
    while (next < opts.count) {
      if (performance.now() - start > opts.maxMs) {
        capped = true;
        return;
      }
      const i = opts.offset + next++;
      const t0 = performance.now();
      try {
        await call(i);
        samples.push(performance.now() - t0);
      } catch (e) {
        errors++;
        firstError ??= (e as Error).message.slice(0, 300);
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  return { samples, wallMs: performance.now() - start, errors, capped, firstError };
}

/** Merges interleaved rounds into one summary (throughput over the summed wall time). */
export function mergeRuns(runs: RawRun[]): LoadStats {
  return summarize(
    runs.flatMap((r) => r.samples),
    runs.reduce((a, r) => a + r.wallMs, 0),
    runs.reduce((a, r) => a + r.errors, 0),
    runs.some((r) => r.capped),
    runs.find((r) => r.firstError)?.firstError,
  );
}

// ------------------------------------------------------------------ clients -----------------

/**
 * The HTTP client of the GraphQL paths (ours and the peer alike): undici's `request` over
 * kept-alive connections, the lightest client Node has, so that what the latency ratios count is
 * the servers' cost, not the client's (the global `fetch` adds about 0.3–0.5 ms a request).
 */
const httpClient = new Agent({ keepAliveTimeout: 30_000, connections: 16 });

/** POSTs `body` as JSON to `url`; throws unless the answer is 200 JSON without `errors`/`error`; returns the response size in bytes. */
export async function postJson(url: string, body: unknown): Promise<number> {
  const res = await request(url, {
    method: 'POST',
    dispatcher: httpClient,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.body.text();
  const answer = JSON.parse(text) as { errors?: Array<{ message: string }>; error?: string };
  if (res.statusCode !== 200 || answer.errors?.length || answer.error)
    throw new Error(`HTTP ${res.statusCode}: ${answer.errors?.[0]?.message ?? answer.error ?? text.slice(0, 200)}`);
  return text.length;
}

/** POSTs one GraphQL operation; throws on HTTP or GraphQL errors; returns the response size in bytes. */
export const gqlCall = (url: string, query: string, variables: Record<string, unknown>): Promise<number> => postJson(`${url}/graphql`, { query, variables });

/** Calls one route of the HTTP floor (bench/floor.ts) with the case's variables as the body. */
export const floorCall = (url: string, route: FloorRoute, variables: Record<string, unknown>): Promise<number> => postJson(`${url}/${route}`, variables);

/** The routes of the HTTP floor (bench/floor.ts). */
export type FloorRoute = 'floor' | 'lookup' | 'nested';

/** Runs one named statement and returns its rows as objects (driver values). */
export type Runner = (name: string, query: string, params: Record<string, unknown>) => Promise<Array<Record<string, unknown>>>;

/**
 * The raw runner: each statement as an auto-commit read in a READ session with the given
 * timeout, as our Db does, without its retries and plain-JSON conversion.
 */
export const rawRunner =
  (driver: Driver, timeoutMs: number): Runner =>
  async (_name, query, params) => {
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      const res = await session.run(query, params, { timeout: timeoutMs });
      return res.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };

/**
 * The raw runner that also pushes, per statement in order, the time Neo4j reports for it into
 * `into` (ms: the summary's resultAvailableAfter + resultConsumedAfter, whole milliseconds as
 * Neo4j gives them).
 */
export const summaryTimedRunner =
  (driver: Driver, timeoutMs: number, into: number[]): Runner =>
  async (_name, query, params) => {
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      const res = await session.run(query, params, { timeout: timeoutMs });
      into.push(res.summary.resultAvailableAfter.toNumber() + res.summary.resultConsumedAfter.toNumber());
      return res.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };

/** A runner that adds the time spent in `run` (driver and database) to `acc.ms`. */
export const timedRunner =
  (run: Runner, acc: { ms: number }): Runner =>
  async (name, query, params) => {
    const t0 = performance.now();
    try {
      return await run(name, query, params);
    } finally {
      acc.ms += performance.now() - t0;
    }
  };

/** One statement of a traced operation: when it was sent and answered (ms from the operation's start), and the edges it returned (a walk level's). */
export interface TracedStatement {
  name: string;
  startMs: number;
  endMs: number;
  /** Length of the first row's `edges` list (the edges a walk level read), if any. */
  edges?: number;
  /**
   * The time Neo4j reports for the statement (the result summary's resultAvailableAfter plus
   * resultConsumedAfter, whole ms), when the runner read it (`summaryTimedRunner`); the rest of
   * `endMs - startMs` is the round trip and the driver on both sides.
   */
  neo4jMs?: number;
}

/**
 * A runner that records, for each statement, when it started and ended relative to `t0()`:
 * the time inside the statement is driver and database, the gap before it is the JavaScript
 * that decided it (for a walk, the previous level's path building and ranking).
 */
export const tracingRunner =
  (run: Runner, into: TracedStatement[], t0: number): Runner =>
  async (name, query, params) => {
    const startMs = performance.now() - t0;
    const rows = await run(name, query, params);
    const edges = (rows[0] as { edges?: unknown[] } | undefined)?.edges;
    into.push({ name, startMs, endMs: performance.now() - t0, edges: Array.isArray(edges) ? edges.length : undefined });
    return rows;
  };

/** PROFILE of one statement: database hits over the whole plan, rows, and the costliest operators. */
export interface StatementProfile {
  name: string;
  /** Set when the statement did not finish within the timeout (its other figures are then 0). */
  error?: string;
  dbHits: number;
  rows: number;
  /** The three operators with the most db hits. */
  top: Array<{ operator: string; dbHits: number; rows: number; details?: string }>;
  /** Scans: all nodes, a whole label or type, or a whole index (a missing index or filter shows here). */
  scans: Array<{ operator: string; dbHits: number; details?: string }>;
}

/** A node of a PROFILE plan as the driver returns it (`summary.profile`). */
export interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments?: Record<string, unknown>;
  children: PlanNode[];
}

function walkPlan(p: PlanNode, out: PlanNode[] = []): PlanNode[] {
  out.push(p);
  for (const c of p.children ?? []) walkPlan(c, out);
  return out;
}
const num = (v: unknown) => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v ?? 0));
const details = (p: PlanNode) => {
  const d = p.arguments?.Details ?? p.arguments?.details;
  return typeof d === 'string' ? d.slice(0, 160) : undefined;
};

/**
 * A runner that PROFILEs each statement (with a transaction timeout) and records its profile in
 * `into`; a statement that fails is recorded with its error, then the error is rethrown.
 */
export const profileRunner =
  (driver: Driver, into: StatementProfile[], timeoutMs: number): Runner =>
  async (name, query, params) => {
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      let res: QueryResult;
      try {
        res = await session.run(`PROFILE ${query}`, params, { timeout: timeoutMs });
      } catch (e) {
        into.push({ name, error: (e as Error).message.slice(0, 200), dbHits: 0, rows: 0, top: [], scans: [] });
        throw e;
      }
      const ops = walkPlan(res.summary.profile as unknown as PlanNode);
      const hits = ops.map((o) => ({ operator: o.operatorType.replace(/@neo4j$/, ''), dbHits: num(o.dbHits), rows: num(o.rows), details: details(o) }));
      into.push({
        name,
        dbHits: hits.reduce((a, h) => a + h.dbHits, 0),
        rows: res.records.length,
        top: [...hits].sort((a, b) => b.dbHits - a.dbHits).slice(0, 3),
        scans: hits
          .filter((h) => /AllNodesScan|NodeByLabelScan|RelationshipTypeScan|NodeIndexScan|RelationshipIndexScan/.test(h.operator))
          .map(({ operator, dbHits, details: d }) => ({ operator, dbHits, details: d })),
      });
      return res.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };

// ------------------------------------------------------------------ samples -----------------

/** Entity ids the benchmark queries rotate through, chosen deterministically from the loaded graph. */
export interface Samples {
  /** Companies that operate at least one facility. */
  companies: string[];
  /** Companies that are a buyer (or similar) under an agreement. */
  buyers: string[];
  /** (country, metal) pairs where a facility in the country produces the metal. */
  exposures: Array<{ country: string; metal: string }>;
  /** Measures with producers in 2024, with their top producer. */
  measures: Array<{ measure: string; top: string }>;
  /** Pairs of companies for shortest paths. */
  pairs: Array<{ from: string; to: string }>;
}

/** `n` elements spread evenly over `xs`. */
export function spread<T>(xs: T[], n: number): T[] {
  if (xs.length <= n) return xs;
  return Array.from({ length: n }, (_, k) => xs[Math.floor((k * xs.length) / n)]);
}

/**
 * The pairs of companies `paths` asks about: each company with the one 7 places on in the list
 * (1 place on when 7 places on is the company itself: 1 or 7 companies), never a company with
 * itself; none for fewer than two companies.
 */
export function companyPairs(companies: string[]): Array<{ from: string; to: string }> {
  const step = companies.length > 0 && 7 % companies.length === 0 ? 1 : 7;
  return companies.map((from, k) => ({ from, to: companies[(k + step) % companies.length] })).filter((p) => p.from !== p.to);
}

/** Chooses the sample ids (every list ordered by id, then spread evenly). Throws when a list is empty (a graph too small for some query), naming it. */
export async function pickSamples(db: Db, n = 20): Promise<Samples> {
  const ids = async (q: string) => (await db.read<{ id: string }>(q)).map((r) => r.id);
  const companies = spread(await ids('MATCH (c:Company) WHERE EXISTS { (c)-[:OPERATES]->(:Facility) } RETURN c.id AS id ORDER BY id'), n);
  const buyers = spread(
    await ids(
      "MATCH (c:Company)-[p:PARTY_TO]->(:Agreement) WHERE p.role IN ['buyer', 'offtaker', 'client', 'importer'] RETURN DISTINCT c.id AS id ORDER BY id",
    ),
    n,
  );
  const exposures = spread(
    await db.read<{ country: string; metal: string }>(
      'MATCH (c:Country)<-[:LOCATED_IN]-(:Facility)-[:PRODUCES]->(m:Metal) RETURN DISTINCT c.id AS country, m.id AS metal ORDER BY country, metal',
    ),
    n,
  );
  const measures = spread(
    await db.read<{ measure: string; top: string }>(
      `MATCH (m:Measure)-[:MEASURES]->(i)<-[r:PRODUCES]-(c:Country) WHERE r.measureId = m.id AND r.year = 2024
       WITH m, c ORDER BY r.quantityBase DESC
       RETURN m.id AS measure, collect(c.id)[0] AS top ORDER BY measure`,
    ),
    n,
  );
  const samples = { companies, buyers, exposures, measures, pairs: companyPairs(companies) };
  const empty = Object.entries(samples)
    .filter(([, xs]) => xs.length === 0)
    .map(([name]) => name);
  if (empty.length) throw new Error(`the graph holds no ${empty.join(', ')} to sample: generate it at a larger scale (at least ${MIN_SCALE})`);
  return samples;
}

// ------------------------------------------------------------------ the queries -------------

/** One benchmark query: its GraphQL operation, the same Cypher through the driver, and the peer's operation if any. */
export interface BenchCase {
  name: string;
  what: string;
  graphql: string;
  variables: (i: number) => Record<string, unknown>;
  /** The statements our resolvers send for this operation, run through `run`. */
  cypher: (run: Runner, i: number) => Promise<void>;
  /** The route of the HTTP floor (bench/floor.ts) that sends the same statement, when there is one. */
  floorRoute?: FloorRoute;
  /** A dependency walk: its statements are traced level by level (`tracingRunner`). */
  walk?: boolean;
  /** The @neo4j/graphql operation (same variables), when it can express the query. */
  peer?: string;
  /** Operations per mode and concurrency level (split over the interleaved rounds). */
  count: number;
}

const at = <T>(xs: T[], i: number) => xs[i % xs.length];

/** The name of a chain statement, from its text (for the PROFILE table). */
export function chainStatementName(query: string): string {
  if (query === cypher('chains/details')) return 'chains/details';
  if (query.startsWith('WITH $frontier AS frontier')) return 'chains/expand';
  if (query.startsWith('CALL () {') && query.includes('AS frontier')) return 'chains/start';
  if (query.startsWith('OPTIONAL MATCH (e:')) return 'chains/prepare';
  return 'chains/?';
}

/** A stand-in for Db whose reads go through `run` (rows made plain, as Db.read does), for the resolvers' own functions. */
const dbOver = (run: Runner, name: (query: string) => string) =>
  ({ read: async (q: string, p: Record<string, unknown>) => (await run(name(q), q, p ?? {})).map((r) => toPlain(r)) }) as unknown as Db;

/** A stand-in for the resolver context whose reads go through `run`. */
const contextOver = (run: Runner) => ({ db: dbOver(run, chainStatementName) }) as unknown as Context;

let schemaCache: ReturnType<typeof buildASTSchema> | undefined;
/** The service's schema (types only, no resolvers), built once. */
const sdlSchema = () => (schemaCache ??= buildASTSchema(typeDefs));
const parsed = new Map<string, FieldNode>();
/** The first root field of an operation, parsed once per text (Apollo caches parsed operations too). */
function rootField(graphql: string): FieldNode {
  const known = parsed.get(graphql);
  if (known) return known;
  const f = (parse(graphql).definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;
  parsed.set(graphql, f);
  return f;
}

const NESTED_QUERY =
  'query Nested($id: ID!) { node(id: $id) { id ... on Company { name facilities { facility { id name location { country { id name } } } } } } }';
let nestedPlanCache: FieldPlan[] | undefined;
/** The look-ahead plan (`entityPlan`) of the nested case's selection, as the `node` resolver computes it. */
const nestedPlan = () =>
  (nestedPlanCache ??= entityPlan({ schema: sdlSchema(), fragments: {}, variableValues: {}, fieldNodes: [rootField(NESTED_QUERY)] }, 'Company'));

/** The statement of the lookup case: `entities/node-by-id` for a company. */
export const lookupStatement = (id: string) => ({ query: withSlots('entities/node-by-id', { label: 'Company' }), params: { id, label: 'Company' } });

/** The one statement the `node` resolver sends for the nested case's operation on company `id` (`nestedNodeStatement` of its plan). */
export const nestedStatement = (id: string) => nestedNodeStatement('Company', id, nestedPlan());

/**
 * The statements `dependencyChains` / `exposure` send, in the resolver's order and with its
 * walk logic in between (src/graphql/chains/walk.ts decides each level's frontier from the
 * previous level's rows): `chains/start` (prepare and level 1), one `chains/expand` per further
 * level, `chains/details`.
 */
async function chainStatements(
  run: Runner,
  entityId: string,
  label: 'Company' | 'Country',
  metalId: string | null,
  reverse: boolean,
  maxDepth: number,
  first: number,
) {
  const ctx = contextOver(run);
  // The resolvers' default kinds: dependency chains follow supply, exposure every kind.
  const kinds = reverse ? EXPOSURE_KINDS : (['SUPPLY'] as const);
  const prep = await startWalk(ctx, { entityId, label, metalId, metalLabel: 'Metal', countryIds: [], reverse, kinds, asOf: null });
  const walked = await walkLevels(ctx, {
    entity: prep.entity!,
    entityRef: prep.entityRef!,
    reverse,
    kinds,
    maxDepth,
    first: prep,
    asOf: null,
    upstream: metalId ? prep.upstream : null,
    refs: prep.refs,
  });
  const picked = reverse
    ? exposures(walked.rows, LIMITS.chainsPerDependent, true)
        .slice(0, first)
        .flatMap((d) => d.chains)
    : dependencyChains(walked.rows, first, true).chains;
  await walkDetails(ctx, walked, picked);
}

/** The benchmark queries over the given samples. */
export function benchCases(s: Samples, scaleCount = 1): BenchCase[] {
  const n = (x: number) => Math.max(10, Math.round(x * scaleCount));
  return [
    {
      name: 'floor',
      what: 'no data: `{ __typename }` through GraphQL, `RETURN 1` through the driver (the fixed cost of one request)',
      graphql: 'query Floor { __typename }',
      variables: () => ({}),
      cypher: async (run) => {
        await run('return-1', 'RETURN 1 AS one', {});
      },
      floorRoute: 'floor',
      peer: 'query Floor { __typename }',
      count: n(400),
    },
    {
      name: 'lookup',
      what: 'one company by id (`node`)',
      graphql: 'query Lookup($id: ID!) { node(id: $id) { id ... on Company { label name aliases description status } } }',
      variables: (i) => ({ id: at(s.companies, i) }),
      cypher: async (run, i) => {
        const { query, params } = lookupStatement(at(s.companies, i));
        await run('entities/node-by-id', query, params);
      },
      floorRoute: 'lookup',
      peer: PEER_QUERIES.lookup,
      count: n(400),
    },
    {
      name: 'nested',
      what: 'a company, the facilities it operates and their countries (2 levels)',
      graphql: NESTED_QUERY,
      variables: (i) => ({ id: at(s.companies, i) }),
      cypher: async (run, i) => {
        const { query, params } = nestedStatement(at(s.companies, i));
        await run('entities/nested-node', query, params);
      },
      floorRoute: 'nested',
      peer: PEER_QUERIES.nested,
      count: n(300),
    },
    {
      name: 'neighbourhood',
      what: 'everything within 2 hops of a company, at most 200 nodes',
      graphql:
        'query N($id: ID!) { neighbourhood(entityId: $id, depth: 2, limit: 200) { nodeCount truncated nodes { id label name } edges { id source target type label } } }',
      variables: (i) => ({ id: at(s.companies, i) }),
      cypher: async (run, i) => {
        await run('chains/neighbourhood', withSlots('chains/neighbourhood', { label: 'Company' }), {
          entityId: at(s.companies, i),
          depth: 2,
          types: REL_TYPE_NAMES,
          limit: neo4j.int(200),
          edgeLimit: neo4j.int(1000),
          labels: LABELS,
          withNodes: true,
          withEdges: true,
        });
      },
      count: n(150),
    },
    {
      name: 'dependencyChain',
      what: 'what a buying company depends on, chains of up to 4 hops (`dependencyChains`)',
      graphql:
        'query D($id: ID!) { dependencyChains(entityId: $id, maxDepth: 4, first: 20) { totalChains truncated chains { length relevance terminal { id label name } hops { id relationship direction explanation from { id name } to { id name } } } } }',
      variables: (i) => ({ id: at(s.buyers, i) }),
      cypher: (run, i) => chainStatements(run, at(s.buyers, i), 'Company', null, false, 4, 20),
      walk: true,
      count: n(100),
    },
    {
      name: 'exposure',
      what: 'who depends on a country for a metal, up to 4 hops (`exposure` with metalId)',
      graphql:
        'query E($id: ID!, $metal: ID) { exposure(entityId: $id, metalId: $metal, maxDepth: 4, first: 20) { totalDependents truncated dependents { distance relevance chainCount dependent { id label name } chains { length hops { id relationship explanation } } } } }',
      variables: (i) => ({ id: at(s.exposures, i).country, metal: at(s.exposures, i).metal }),
      cypher: (run, i) => chainStatements(run, at(s.exposures, i).country, 'Country', at(s.exposures, i).metal, true, 4, 20),
      walk: true,
      count: n(100),
    },
    {
      name: 'concentration',
      what: 'supply concentration what-if: without the top producer, plus 100 t added to Kazakhstan',
      graphql:
        'query C($m: ID!, $ex: [ID!], $add: [AddedSupplyInput!]) { supplyConcentration(measureId: $m, year: 2024, excludeCountries: $ex, addSupply: $add) { hhi topSharePct denominatorTonnes adjustments producers { rank tonnes sharePct added country { id name } } } }',
      variables: (i) => ({ m: at(s.measures, i).measure, ex: [at(s.measures, i).top], add: [{ countryId: 'country:KZ', quantity: 100, unit: 't' }] }),
      // As the resolver: the measure named exists (the node loader), then every id of the what-if
      // lists in one batch, then the measure's producers.
      cypher: async (run, i) => {
        const byIds = withSlots('entities/nodes-by-id', { labels: LABELS });
        await run('entities/nodes-by-id', byIds, { ids: [at(s.measures, i).measure], labels: LABELS });
        await run('entities/nodes-by-id', byIds, { ids: [at(s.measures, i).top, 'country:KZ'], labels: LABELS });
        await run('analytics/measure-producers', cypher('analytics/measure-producers'), {
          measureId: at(s.measures, i).measure,
          year: 2024,
          basis: 'production',
        });
      },
      count: n(300),
    },
    {
      name: 'paths',
      what: 'all shortest paths between two companies, at most 6 hops, first 10',
      graphql:
        'query P($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b, maxLength: 6, first: 10) { length nodes { id label name } hops { id relationship direction } } }',
      variables: (i) => ({ a: at(s.pairs, i).from, b: at(s.pairs, i).to }),
      cypher: async (run, i) => {
        await run('chains/paths', withSlots('chains/paths', { fromLabel: 'Company', toLabel: 'Company' }), {
          fromId: at(s.pairs, i).from,
          toId: at(s.pairs, i).to,
          types: REL_TYPE_NAMES,
          maxLength: 6,
          first: neo4j.int(10),
          labels: LABELS,
        });
      },
      count: n(100),
    },
  ];
}
