/**
 * README's metrics table and the registry agree: every metric the table names exists, with
 * exactly the labels the table lists for it (`process_*` / `nodejs_*` defaults aside), and
 * every metric of the service's own (`kg_*`) appears in the table.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/metrics/registry.js';

interface Row {
  metrics: string[];
  labels: string[];
}

/** The rows of the table under "| metric | labels | what |": metric names and label names in backticks. */
function readmeRows(): Row[] {
  const lines = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').split('\n');
  const start = lines.findIndex((l) => /^\|\s*metric\s*\|\s*labels\s*\|/.test(l));
  expect(start).toBeGreaterThan(-1);
  const rows: Row[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [metrics, labels] = line.split('|').slice(1, 3);
    const names = (cell: string) => [...cell.replace(/\([^)]*\)/g, '').matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    rows.push({ metrics: names(metrics).filter((m) => !m.endsWith('*')), labels: names(labels) });
  }
  return rows;
}

describe('README metrics table', () => {
  const metrics = new Map(registry.getMetricsAsArray().map((m) => [m.name, m as unknown as { labelNames: readonly string[] }]));

  it('lists, for every metric it names, exactly the labels the metric has', () => {
    const rows = readmeRows();
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      for (const name of row.metrics) {
        expect(metrics.has(name), `${name} is not a registered metric`).toBe(true);
        expect({ name, labels: [...metrics.get(name)!.labelNames].sort() }).toEqual({ name, labels: [...row.labels].sort() });
      }
    }
  });

  it('names every kg_* metric the service registers', () => {
    const documented = new Set(readmeRows().flatMap((r) => r.metrics));
    const own = [...metrics.keys()].filter((n) => n.startsWith('kg_'));
    expect(own.length).toBeGreaterThan(10);
    expect(own.filter((n) => !documented.has(n))).toEqual([]);
  });
});
