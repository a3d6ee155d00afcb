import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../src/load/index.js';
import { useApp } from './support/bundled-app.js';
import { emptyGraph } from './support/db.js';
import { gql } from './support/server.js';

const app = useApp({
  prepare: async (db) => {
    await emptyGraph(db);
    await loadDatasets(db, [{ name: 'bounds', content: dataset() }]);
  },
  hookTimeoutMs: 120_000,
});

const pad = (i: number) => String(i).padStart(2, '0');
const suppliers = Array.from({ length: 30 }, (_, k) => `company:bounds-supplier-${pad(k + 1)}`);
/** Suppliers 25–30 are backed by two sources, the others by one. */
const wellSourced = suppliers.slice(24);

function dataset() {
  const one = ['source:bounds-a'];
  const two = ['source:bounds-a', 'source:bounds-b'];
  const company = (id: string) => ({ id, label: 'Company', name: id.split(':')[1], sources: one });
  const supplies = (from: string, to: string, key: string, sources: string[]) => ({ type: 'SUPPLIES', from, to, key, sources });
  return {
    sources: [
      { id: 'source:bounds-a', name: 'Bounds test A', sourceType: 'dataset', publisher: 'Tests' },
      { id: 'source:bounds-b', name: 'Bounds test B', sourceType: 'dataset', publisher: 'Tests' },
    ],
    nodes: [company('company:bounds-hub'), company('company:bounds-small'), ...suppliers.map(company)],
    relationships: [
      ...suppliers.map((s) => supplies(s, 'company:bounds-hub', '', wellSourced.includes(s) ? two : one)),
      // Seven more shipments from supplier 01: eight parallel relationships to the hub in all.
      ...Array.from({ length: 7 }, (_, k) => supplies(suppliers[0], 'company:bounds-hub', `lot-${k + 2}`, one)),
      ...suppliers.slice(0, 3).map((s) => supplies(s, 'company:bounds-small', '', one)),
    ],
  };
}

interface Answer {
  totalChains: number;
  truncated: boolean;
  chains: Array<{ terminal: { id: string }; hops: Array<{ id: string }> }>;
}

async function chainsOf(entityId: string): Promise<Answer> {
  const res = await gql(
    app.url,
    `query($e: ID!) { dependencyChains(entityId: $e, maxDepth: 1, first: 200) {
    totalChains truncated chains { terminal { id } hops { id } } } }`,
    { e: entityId },
  );
  expect(res.errors).toBeUndefined();
  return res.data.dependencyChains as Answer;
}

describe('dependency walk bounds', () => {
  it('keep the best-sourced neighbours of a hub, then the first by id, and say truncated', async () => {
    const r = await chainsOf('company:bounds-hub');
    expect(r.truncated).toBe(true);
    const terminals = [...new Set(r.chains.map((c) => c.terminal.id))].sort();
    expect(terminals).toEqual([...suppliers.slice(0, 14), ...wellSourced].sort());
    // 19 neighbours over one relationship each, supplier 01 over 5 of its 8.
    expect(r.totalChains).toBe(19 + 5);
    expect(r.chains.filter((c) => c.terminal.id === suppliers[0])).toHaveLength(5);
  });

  it('return every chain below the bounds, not truncated', async () => {
    const r = await chainsOf('company:bounds-small');
    expect(r.truncated).toBe(false);
    expect(r.totalChains).toBe(3);
    expect(r.chains.map((c) => c.terminal.id).sort()).toEqual(suppliers.slice(0, 3));
  });
});
