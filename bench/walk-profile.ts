/**
 * Where a dependency walk's time goes, step by step (pure: no database): for each statement of
 * the walk (`chains/start`: prepare and level 1; `chains/expand` once per further level;
 * `chains/details`; walks started by `chains/prepare` alone have a `chains/expand` for level 1), the database
 * hits of its PROFILE, the edges a level read, the time inside the statement (driver and
 * database; of it, the time Neo4j reports when the traces carry it) and the JavaScript time before it (what decided it: for a level, the previous
 * level's path building and ranking), medians over the samples. The steps are told apart by
 * position: the k-th level statement (`chains/start` or `chains/expand`) of an operation is level k.
 */
import type { StatementProfile, TracedStatement } from './latency.js';
import { median } from './stats.js';

/** One step of the walk, medians over the samples that reached it. */
export interface WalkStep {
  step: string;
  /** Samples that reached this step (a walk whose frontier empties stops early). */
  samples: number;
  dbHits: number | undefined;
  edges: number | undefined;
  statementMs: number | undefined;
  /** Of `statementMs`, the time Neo4j reports for the statement (median; undefined when the traces lack it). */
  neo4jMs: number | undefined;
  jsBeforeMs: number | undefined;
}

/** The whole walk: its steps, and the medians of the operation's total time and its JavaScript share. */
export interface WalkProfile {
  steps: WalkStep[];
  totalMs: number | undefined;
  jsMs: number | undefined;
}

/** The step names of one operation's statements, in order: the k-th `chains/start` or `chains/expand` becomes `level k`. */
export function stepNames(names: string[]): string[] {
  let level = 0;
  return names.map((n) => (n === 'chains/expand' || n === 'chains/start' ? `level ${++level}` : n));
}

/**
 * The walk profile from PROFILE samples (each an operation's statements in order) and traced
 * samples (each an operation's statements with their times, from the operation's start).
 * Profiles that failed (a statement with an error) are left out.
 */
export function walkProfile(profiles: StatementProfile[][], traces: TracedStatement[][]): WalkProfile {
  const order: string[] = [];
  const acc = new Map<string, { hits: number[]; edges: number[]; ms: number[]; neo4j: number[]; js: number[]; samples: number }>();
  const at = (step: string) => {
    let a = acc.get(step);
    if (!a) {
      a = { hits: [], edges: [], ms: [], neo4j: [], js: [], samples: 0 };
      acc.set(step, a);
      order.push(step);
    }
    return a;
  };
  for (const trace of traces) {
    const names = stepNames(trace.map((t) => t.name));
    trace.forEach((t, k) => {
      const a = at(names[k]);
      a.samples++;
      a.ms.push(t.endMs - t.startMs);
      a.js.push(t.startMs - (k === 0 ? 0 : trace[k - 1].endMs));
      if (t.edges !== undefined) a.edges.push(t.edges);
      if (t.neo4jMs !== undefined) a.neo4j.push(t.neo4jMs);
    });
  }
  for (const sample of profiles) {
    if (!sample.length || sample.some((p) => p.error)) continue;
    const names = stepNames(sample.map((p) => p.name));
    for (const [k, p] of sample.entries()) at(names[k]).hits.push(p.dbHits);
  }
  // In walk order: prepare, the levels, details (a walk whose frontier empties early reaches details before others' last level).
  const rank = (step: string) => (step === 'chains/prepare' ? 0 : step.startsWith('level ') ? Number(step.slice(6)) : 1_000);
  order.sort((a, b) => rank(a) - rank(b));
  const steps = order.map((step) => {
    const a = acc.get(step)!;
    return {
      step,
      samples: a.samples,
      dbHits: median(a.hits),
      edges: median(a.edges),
      statementMs: median(a.ms),
      neo4jMs: median(a.neo4j),
      jsBeforeMs: median(a.js),
    };
  });
  const totals = traces.filter((t) => t.length).map((t) => t[t.length - 1].endMs);
  const js = traces.filter((t) => t.length).map((t) => t.reduce((sum, s, k) => sum + s.startMs - (k === 0 ? 0 : t[k - 1].endMs), 0));
  return { steps, totalMs: median(totals), jsMs: median(js) };
}
