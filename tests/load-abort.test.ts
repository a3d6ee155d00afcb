/**
 * Aborting a load (the signal start-up passes on Ctrl-C or SIGTERM) against the suite's Neo4j:
 * before any write, nothing is written; within an input's transaction, before its next batch,
 * that input rolls back whole while the inputs committed before it stay whole; the error says
 * which. Each input is several batches (BATCH_SIZE records), so the abort lands between two.
 */
import { describe, expect, it } from 'vitest';
import { StopRequested } from '../src/lifecycle.js';
import { LoadAbortedError, loadDatasets } from '../src/load/index.js';
import { BATCH_SIZE } from '../src/load/write.js';
import { emptyGraph, useEmptyGraph } from './support/db.js';

const db = useEmptyGraph();

/** An input of `n` companies citing one source (n + 1 nodes). */
const input = (name: string, n: number) => ({
  name,
  content: {
    sources: [{ id: `source:${name}`, name: `Abort test ${name}`, sourceType: 'company', publisher: 'test' }],
    nodes: Array.from({ length: n }, (_, i) => ({ id: `company:${name}-${i}`, label: 'Company', name: `${name} ${i}`, sources: [`source:${name}`] })),
    relationships: [],
  },
});
const ids = async () => (await db.read<{ id: string }>('MATCH (n) WHERE NOT n:GraphVersion RETURN n.id AS id ORDER BY id')).map((r) => r.id);

describe('an aborted load', () => {
  it('aborted before it writes, writes nothing', async () => {
    await emptyGraph(db);
    const stop = new AbortController();
    stop.abort(new StopRequested('SIGTERM'));
    const e = await loadDatasets(db, [input('first', 10)], { signal: stop.signal }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(LoadAbortedError);
    expect((e as Error).message).toBe('load aborted (stopping (SIGTERM)): no input was being written; 0 input(s) loaded before, 1 not begun');
    expect(await ids()).toEqual([]);
  });

  it('aborted between batches, rolls the input being written back whole and keeps the ones before', async () => {
    await emptyGraph(db);
    const stop = new AbortController();
    const seen: Array<[string, number]> = [];
    const e = await loadDatasets(db, [input('first', 5), input('second', 8 * BATCH_SIZE), input('third', 5)], {
      signal: stop.signal,
      onProgress: (name, done) => {
        seen.push([name, done]);
        // After the second input's first batch: its next batch is never sent.
        if (name === 'second' && done >= BATCH_SIZE) stop.abort(new StopRequested('SIGINT'));
      },
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(LoadAbortedError);
    expect((e as LoadAbortedError).message).toBe(
      'load aborted (stopping (SIGINT)): second was rolled back (nothing of it written); 1 input(s) loaded before (first), 1 not begun',
    );
    expect([(e as LoadAbortedError).loaded, (e as LoadAbortedError).rolledBack, (e as LoadAbortedError).notBegun]).toEqual([['first'], 'second', ['third']]);
    // The second input got as far as a batch (and at most the pipeline's window more) before the abort.
    expect(seen.filter(([name]) => name === 'second').length).toBeGreaterThanOrEqual(1);
    expect(seen.filter(([name]) => name === 'second').at(-1)![1]).toBeLessThan(8 * BATCH_SIZE);
    expect(await ids()).toEqual(['company:first-0', 'company:first-1', 'company:first-2', 'company:first-3', 'company:first-4', 'source:first']);
    // A load run again afterwards completes: the same inputs, nothing left half-written in the way.
    const again = await loadDatasets(db, [input('first', 5), input('second', 8 * BATCH_SIZE), input('third', 5)]);
    expect(again.map((r) => [r.name, r.summary.nodes.Company])).toEqual([
      ['first', { created: 0, updated: 0, unchanged: 5 }],
      ['second', { created: 8 * BATCH_SIZE, updated: 0, unchanged: 0 }],
      ['third', { created: 5, updated: 0, unchanged: 0 }],
    ]);
  });
});
