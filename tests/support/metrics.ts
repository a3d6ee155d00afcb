/** Reads `GET /metrics` (Prometheus text format) into samples a test can look up. */
import { expect } from 'vitest';

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/** Parses the text format: every sample line, comments skipped. */
export function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = LINE.exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? '').matchAll(LABEL)) labels[k] = v.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    samples.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return samples;
}

/** The scraped samples of `${url}/metrics`; fails the test unless it answers 200 in the text format. */
export async function scrape(url: string, headers: Record<string, string> = {}): Promise<Metrics> {
  const res = await fetch(`${url}/metrics`, { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return new Metrics(parseMetrics(await res.text()));
}

export class Metrics {
  constructor(readonly samples: Sample[]) {}

  /** The value of the sample `name` with exactly `labels` (0 when the series does not exist yet). */
  value(name: string, labels: Record<string, string> = {}): number {
    const want = Object.entries(labels);
    const found = this.samples.filter((s) => s.name === name && Object.keys(s.labels).length === want.length && want.every(([k, v]) => s.labels[k] === v));
    if (found.length > 1) throw new Error(`${found.length} samples match ${name} ${JSON.stringify(labels)}`);
    return found[0]?.value ?? 0;
  }

  /** The label values of `label` among the series of `name`. */
  labelValues(name: string, label: string): Set<string> {
    return new Set(this.samples.filter((s) => s.name === name && label in s.labels).map((s) => s.labels[label]));
  }
}
