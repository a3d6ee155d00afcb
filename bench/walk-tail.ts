/**
 * The slowest walks (`bench:walk`): every operation of a case traced statement by statement
 * through the raw path (its time, Neo4j's own time from the result summary, the frontier it was
 * given and the edges it returned), the slowest listed, the share of time inside Neo4j for the
 * slowest and the fastest tenth, Neo4j's own time for the level statements alone (p50, p95), and the costliest level statement of all cut short after each
 * stage of chains/level (`walk-stages.ts`) to show which stage its time goes to. Times in ms.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { type BenchCase, chainStatementName, quantile, type Runner } from './latency.js';
import { median } from './stats.js';
import { cutLevel, LEVEL_STAGES } from './walk-stages.js';

/** One statement of a traced operation. */
export interface TailStep {
  name: string;
  /** Frontier nodes given (`chains/expand`; undefined for statements without a frontier parameter). */
  frontier?: number;
  /** Edges the level returned (undefined for statements that return none). */
  edges?: number;
  ms: number;
  /** What Neo4j reports for the statement (resultAvailableAfter + resultConsumedAfter, whole ms). */
  neo4jMs: number;
  query: string;
  params: Record<string, unknown>;
}

export interface TailOperation {
  index: number;
  ms: number;
  steps: TailStep[];
}

/** Runs operations 0…count-1 of `c` one after another, each statement in a READ session of its own, as the raw path does. */
export async function traceOperations(driver: Driver, c: BenchCase, count: number, timeoutMs: number): Promise<TailOperation[]> {
  const ops: TailOperation[] = [];
  for (let index = 0; index < count; index++) {
    const steps: TailStep[] = [];
    const run: Runner = async (_name, query, params) => {
      const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
      const t0 = performance.now();
      try {
        const res = await session.run(query, params, { timeout: timeoutMs });
        const ms = performance.now() - t0;
        const rows = res.records.map((r) => r.toObject());
        const edges = (rows[0] as { edges?: unknown[] } | undefined)?.edges;
        const frontier = params.frontier;
        steps.push({
          name: chainStatementName(query),
          frontier: Array.isArray(frontier) ? frontier.length : undefined,
          edges: Array.isArray(edges) ? edges.length : undefined,
          ms,
          neo4jMs: res.summary.resultAvailableAfter.toNumber() + res.summary.resultConsumedAfter.toNumber(),
          query,
          params,
        });
        return rows;
      } finally {
        await session.close();
      }
    };
    const t0 = performance.now();
    const ok = await c.cypher(run, index).then(
      () => true,
      () => false,
    );
    if (ok) ops.push({ index, ms: performance.now() - t0, steps });
  }
  return ops;
}

/** The share of the operations' time that Neo4j reports for their statements (0–1; undefined for none). */
export function neo4jShare(ops: TailOperation[]): number | undefined {
  const total = ops.reduce((s, o) => s + o.ms, 0);
  if (!(total > 0)) return undefined;
  return ops.reduce((s, o) => s + o.steps.reduce((t, x) => t + x.neo4jMs, 0), 0) / total;
}

/**
 * Per operation, the time Neo4j reports for its level statements alone (`chains/start` and
 * `chains/expand`; ms, whole per statement), and their p50 and p95 (nearest rank; undefined
 * for no operation). A walk that reads what these levels read cannot take less, however few
 * round trips it makes: the floor under any restructuring that leaves the reading unchanged.
 */
export function levelNeo4jMs(ops: TailOperation[]): { perOperation: number[]; p50?: number; p95?: number } {
  const perOperation = ops.map((o) => o.steps.reduce((t, s) => t + (s.name === 'chains/start' || s.name === 'chains/expand' ? s.neo4jMs : 0), 0));
  if (!perOperation.length) return { perOperation };
  const sorted = [...perOperation].sort((a, b) => a - b);
  return { perOperation, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

/** The slowest and the fastest tenth of `ops` (at least one operation each when there are any), slowest first / fastest first. */
export function tenths(ops: TailOperation[]): { slowest: TailOperation[]; fastest: TailOperation[] } {
  const sorted = [...ops].sort((a, b) => b.ms - a.ms);
  const n = sorted.length ? Math.max(1, Math.round(sorted.length / 10)) : 0;
  return { slowest: sorted.slice(0, n), fastest: sorted.slice(-n).reverse() };
}

/** The level statement (`chains/start` or `chains/expand`) with the most time in Neo4j over all operations. */
export function costliestLevel(ops: TailOperation[]): TailStep | undefined {
  let worst: TailStep | undefined;
  for (const o of ops)
    for (const s of o.steps) if ((s.name === 'chains/start' || s.name === 'chains/expand') && (!worst || s.neo4jMs > worst.neo4jMs)) worst = s;
  return worst;
}

/**
 * Neo4j's own time (median over `rounds`, the first round left out as warm-up) of `step`'s
 * statement cut after each stage, and whole; the variants take turns within each round. A cut
 * that fails (the statement changed) is reported with its error instead of a time.
 */
export async function levelStages(
  driver: Driver,
  step: TailStep,
  rounds: number,
  timeoutMs: number,
): Promise<Array<{ stage: string; ms?: number; error?: string }>> {
  const variants: Array<{ stage: string; query?: string; error?: string }> = LEVEL_STAGES.map(({ stage, before }) => {
    try {
      return { stage, query: cutLevel(step.query, before) };
    } catch (e) {
      return { stage, error: (e as Error).message };
    }
  });
  variants.push({ stage: 'whole statement', query: step.query });
  const times = variants.map(() => [] as number[]);
  for (let round = 0; round <= rounds; round++)
    for (const [k, v] of variants.entries()) {
      if (!v.query) continue;
      const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
      try {
        const res = await session.run(v.query, step.params, { timeout: timeoutMs });
        if (round > 0) times[k].push(res.summary.resultAvailableAfter.toNumber() + res.summary.resultConsumedAfter.toNumber());
      } catch (e) {
        v.error = (e as Error).message.split('\n')[0];
        v.query = undefined;
      } finally {
        await session.close();
      }
    }
  return variants.map((v, k) => (v.error ? { stage: v.stage, error: v.error } : { stage: v.stage, ms: median(times[k]) }));
}

const f = (x: number | undefined, digits = 1) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));
const pct = (x: number | undefined) => (x === undefined ? '–' : `${Math.round(x * 100)} %`);

/** One step as `name[frontier → edges] ms / Neo4j ms`. */
const stepText = (s: TailStep) =>
  `${s.name.replace('chains/', '')}${s.frontier !== undefined ? ` [${s.frontier} → ${s.edges ?? '–'}]` : s.edges !== undefined ? ` [→ ${s.edges}]` : ''} ${f(s.ms, 0)} / ${s.neo4jMs}`;

/** The Markdown of the slowest operations, the tenths' shares and the costliest level's stages. */
export function renderTail(
  ops: TailOperation[],
  stages: Array<{ stage: string; ms?: number; error?: string }>,
  worst: TailStep | undefined,
  shown = 5,
): string[] {
  const { slowest, fastest } = tenths(ops);
  const levels = levelNeo4jMs(ops);
  const range = (xs: TailOperation[]) => (xs.length ? `${f(Math.min(...xs.map((o) => o.ms)), 0)}–${f(Math.max(...xs.map((o) => o.ms)), 0)} ms` : '–');
  const out = [
    `Each of ${ops.length} operations traced (raw path, one after another). Slowest tenth (${slowest.length}): ${range(slowest)}, ${pct(neo4jShare(slowest))} of it time Neo4j reports for the statements; fastest tenth: ${range(fastest)}, ${pct(neo4jShare(fastest))}.`,
    '',
    `Neo4j's own time for the level statements alone (chains/start and chains/expand, summed per operation): p50 ${f(levels.p50, 0)} ms, p95 ${f(levels.p95, 0)} ms. No walk that reads what these levels read takes less, whatever its round trips.`,
    '',
    '| operation | ms | in Neo4j ms | statements: name [frontier → edges] ms / in Neo4j ms |',
    '|---:|---:|---:|---|',
  ];
  for (const o of [...ops].sort((a, b) => b.ms - a.ms).slice(0, shown))
    out.push(`| ${o.index} | ${f(o.ms, 0)} | ${o.steps.reduce((t, s) => t + s.neo4jMs, 0)} | ${o.steps.map(stepText).join(' · ')} |`);
  out.push('');
  if (worst) {
    out.push(
      `The costliest level statement (${worst.name}, ${worst.frontier ?? 1} frontier nodes, ${worst.edges ?? '–'} edges kept) cut short after each stage of chains/level, Neo4j's own ms (medians; each includes the stages before it):`,
      '',
      `| ${stages.map((s) => s.stage).join(' | ')} |`,
      `|${stages.map(() => '---:').join('|')}|`,
      `| ${stages.map((s) => (s.error ? `failed: ${s.error.replace(/\|/g, '/')}` : f(s.ms, 0))).join(' | ')} |`,
      '',
    );
  }
  return out;
}
