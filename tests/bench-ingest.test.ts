/**
 * The ingest comparison of `npm run bench` (bench/ingest.ts), run whole at a small scale as a
 * user would (`--ingest-only`, its own throwaway Neo4j): both methods write every record of the
 * dataset, and each timed run starts from the same store, emptied of the full dataset that an
 * untimed LOAD CSV wrote first (the first timed run no longer alone pays for growing the store).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { neo4jOn } from './support/processes.js';

interface IngestRun {
  method: 'loader' | 'load-csv';
  nodes: number;
  relationships: number;
  ms: number;
  relsPerSec: number;
}

describe('bench --ingest-only', () => {
  it('fills the store once untimed, then times LOAD CSV and the loader alternately over the same records; nothing left behind', async () => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--ingest-only', '--scale', '0.05', '--ingest-reps', '2'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (c) => (stdout += c));
    proc.stderr.on('data', (c) => (stderr += c));
    const code = await new Promise<number | null>((resolve) => proc.once('exit', resolve));
    expect(code, stderr).toBe(0);
    const ingest = JSON.parse(stdout) as { runs: IngestRun[]; fillMs: number; ratio: number; loaderRelsPerSec: number; loadCsvRelsPerSec: number };
    expect(ingest.runs.map((r) => r.method)).toEqual(['load-csv', 'loader', 'load-csv', 'loader']);
    // Every run wrote the same records.
    const [first] = ingest.runs;
    expect(first.nodes).toBeGreaterThan(400);
    expect(first.relationships).toBeGreaterThan(first.nodes);
    for (const r of ingest.runs) expect([r.nodes, r.relationships]).toEqual([first.nodes, first.relationships]);
    expect(ingest.fillMs).toBeGreaterThan(0);
    expect(ingest.ratio).toBeCloseTo(ingest.loaderRelsPerSec / ingest.loadCsvRelsPerSec, 10);
    // Two repetitions: each method's median is the mean of its two rates.
    const mean = (m: IngestRun['method']) => ingest.runs.filter((r) => r.method === m).reduce((sum, r) => sum + r.relsPerSec, 0) / 2;
    expect(ingest.loaderRelsPerSec).toBeCloseTo(mean('loader'), 6);
    expect(ingest.loadCsvRelsPerSec).toBeCloseTo(mean('load-csv'), 6);
    // The fill comes after the warm-up and before the first timed run.
    const lines = stderr.split('\n');
    const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
    expect(at(/warmed up on/)).toBeGreaterThanOrEqual(0);
    expect(at(/filled the store once with the full dataset, untimed/)).toBeGreaterThan(at(/warmed up on/));
    expect(at(/LOAD CSV: \d+ relationships/)).toBeGreaterThan(at(/filled the store once/));
    const dir = path.resolve(`.neo4j/bench-ingest-sf0.05-${proc.pid}`);
    expect(existsSync(dir)).toBe(false);
    expect(neo4jOn(dir)).toEqual([]);
  }, 600_000);
});
