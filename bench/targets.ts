/**
 * The performance targets of the benchmark (issue 16) and whether a results file meets them
 * (pure: no database). Each target is stated for some scale factors only; at another scale its
 * value is still reported, and whether it holds is left open (`holds: null`).
 *
 * Every latency figure is our service without its response cache (the `graphql` path): the
 * cached figures are reported apart and no target uses them.
 */
import type { LoadStats } from './latency.js';

/** The figures of one query the targets read: mode (`graphql`, `http-floor`, …) → level (`c1`, `c4`) → stats. */
export interface CaseFigures {
  name: string;
  latency: Record<string, Record<string, LoadStats>>;
}

/** What the targets read from a results file. */
export interface TargetInput {
  scale: number;
  concurrency: number;
  cases: CaseFigures[];
  /** Loader ÷ LOAD CSV, relationships per second. */
  ingestRatio: number | undefined;
}

/** One target checked against one results file. */
export interface TargetCheck {
  target: string;
  /** The measured value, undefined when not measured (a path that did not run, a failed mode). */
  value: number | undefined;
  unit: 'ms' | '×';
  /** The bound stated for this scale factor, undefined when the target says nothing of it. */
  bound: number | undefined;
  op: '<=' | '>=';
  /** True when the value meets the bound, false when not, null when either is missing. */
  holds: boolean | null;
  /** How the value was measured. */
  how: string;
}

/** Whether `value` meets `bound` (`<=`: at most, `>=`: at least); null when either is missing or NaN. */
export function judge(value: number | undefined, op: '<=' | '>=', bound: number | undefined): boolean | null {
  if (value === undefined || bound === undefined || Number.isNaN(value)) return null;
  return op === '<=' ? value <= bound : value >= bound;
}

/** a ÷ b, undefined when either is missing, b is 0 or the result is not finite. */
export function ratioOf(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined || b === 0) return undefined;
  const x = a / b;
  return Number.isFinite(x) ? x : undefined;
}

interface TargetSpec {
  target: string;
  /** Bound per scale factor. */
  bounds: Record<number, number>;
  op: '<=' | '>=';
  unit: 'ms' | '×';
  how: string;
  value: (r: TargetInput) => number | undefined;
}

const stat = (r: TargetInput, name: string, mode: string, level: string, s: keyof Pick<LoadStats, 'p50' | 'p95' | 'throughput'>) => {
  const x = r.cases.find((c) => c.name === name)?.latency[mode]?.[level];
  return x && x.count > 0 ? x[s] : undefined;
};
const conc = (r: TargetInput) => `c${r.concurrency}`;

/** The targets of issue 16. */
export const TARGETS: TargetSpec[] = [
  ...(['dependencyChain', 'exposure'] as const).map(
    (name): TargetSpec => ({
      target: `4-hop \`${name === 'dependencyChain' ? 'dependencyChains' : 'exposure'}\` p95 ≤ 20 ms at SF10, ≤ 100 ms at SF100`,
      bounds: { 10: 20, 100: 100 },
      op: '<=',
      unit: 'ms',
      how: 'p95 through GraphQL, sequential, response cache off',
      value: (r) => stat(r, name, 'graphql', 'c1', 'p95'),
    }),
  ),
  ...(
    [
      ['lookup', 1.2],
      ['nested', 1.3],
    ] as const
  ).map(
    ([name, bound]): TargetSpec => ({
      target: `${name} p50 GraphQL ÷ HTTP floor ≤ ${bound}× at SF10`,
      bounds: { 10: bound },
      op: '<=',
      unit: '×',
      how: 'p50 of our service ÷ p50 of the same statement behind node:http (bench/floor.ts), sequential',
      value: (r) => ratioOf(stat(r, name, 'graphql', 'c1', 'p50'), stat(r, name, 'http-floor', 'c1', 'p50')),
    }),
  ),
  ...(['lookup', 'nested'] as const).map(
    (name): TargetSpec => ({
      target: `${name} throughput ≥ 2× @neo4j/graphql's at SF10`,
      bounds: { 10: 2 },
      op: '>=',
      unit: '×',
      how: "operations per second, ours ÷ the peer's, with the run's concurrent clients",
      value: (r) => ratioOf(stat(r, name, 'graphql', conc(r), 'throughput'), stat(r, name, 'neo4j-graphql', conc(r), 'throughput')),
    }),
  ),
  {
    target: 'loader ≥ 0.8× LOAD CSV at SF10 and SF100',
    bounds: { 10: 0.8, 100: 0.8 },
    op: '>=',
    unit: '×',
    how: 'relationships per second, our loader ÷ LOAD CSV, median of the repetitions',
    value: (r) => r.ingestRatio,
  },
];

/** Checks every target against one results file's figures. */
export function checkTargets(r: TargetInput): TargetCheck[] {
  return TARGETS.map((t) => {
    const value = t.value(r);
    const bound = t.bounds[r.scale];
    return { target: t.target, value, unit: t.unit, bound, op: t.op, holds: judge(value, t.op, bound), how: t.how };
  });
}

/** The holds column of a target: "holds", "does not hold", or why it is open. */
export function verdict(t: TargetCheck, scale: number): string {
  if (t.holds === true) return 'holds';
  if (t.holds === false) return 'does not hold';
  if (t.bound === undefined) return `not stated for SF${scale}`;
  return 'not measured';
}

/** A target's measured value with its unit ("18.2 ms", "1.35×", "–" when missing). */
export function formatValue(t: Pick<TargetCheck, 'value' | 'unit'>): string {
  if (t.value === undefined || Number.isNaN(t.value)) return '–';
  return t.unit === 'ms' ? `${t.value.toFixed(1)} ms` : `${t.value.toFixed(2)}×`;
}
