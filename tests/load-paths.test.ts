/**
 * The loader's two write paths: records whose ids are new are created outright (and so are
 * relationships touching a node created by the same write); records that exist go through the
 * merge path. A mixed load must count each record exactly, accumulate sources and aliases,
 * and leave unchanged records untouched (updatedAt included).
 */
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../src/load/index.js';
import { validateShape } from '../src/load/validate.js';
import { writeDataset } from '../src/load/write.js';
import { useEmptyGraph } from './support/db.js';

const db = useEmptyGraph();
const S1 = 'source:paths-one';
const S2 = 'source:paths-two';

const source = (id: string) => ({ id, name: `Source ${id}`, sourceType: 'dataset' });
const company = (id: string, extra: Record<string, unknown> = {}) => ({
  id: `company:${id}`,
  label: 'Company',
  name: `Company ${id}`,
  sources: [S1],
  ...extra,
});
const kz = (extra: Record<string, unknown> = {}) => ({ id: 'country:KZ', label: 'Country', name: 'Kazakhstan', isoCode: 'KZ', sources: [S1], ...extra });
const rel = (type: string, from: string, to: string, extra: Record<string, unknown> = {}) => ({ type, from, to, sources: [S1], ...extra });

const base = {
  sources: [source(S1)],
  nodes: [company('a'), company('b'), kz()],
  relationships: [rel('HEADQUARTERED_IN', 'company:a', 'country:KZ'), rel('HEADQUARTERED_IN', 'company:b', 'country:KZ')],
};

const mixed = {
  sources: [source(S2)],
  nodes: [
    company('a'), // unchanged
    company('b', { description: 'changed', sources: [S2] }), // updated, second source
    kz({ aliases: ['Qazaqstan'] }), // updated, alias added
    company('c', { aliases: ['C Corp', 'Cee'] }), // new
  ],
  relationships: [
    rel('HEADQUARTERED_IN', 'company:a', 'country:KZ'), // unchanged
    rel('HEADQUARTERED_IN', 'company:b', 'country:KZ', { sources: [S2] }), // updated, second source
    rel('HEADQUARTERED_IN', 'company:c', 'country:KZ'), // new, start node new
    rel('SUBSIDIARY_OF', 'company:a', 'company:b', { sharePct: 60 }), // new, both ends existed
    rel('SUBSIDIARY_OF', 'company:c', 'company:a'), // new, start node new
  ],
};

const node = async (id: string) =>
  (await db.read<Record<string, unknown>>('MATCH (n {id: $id}) RETURN properties(n) AS p', { id }))[0]?.p as Record<string, unknown> | undefined;
const relProps = async (type: string, from: string, to: string) =>
  (await db.read<{ p: Record<string, unknown> }>(`MATCH ({id: $from})-[r:${type}]->({id: $to}) RETURN properties(r) AS p`, { from, to })).map((r) => r.p);
const totals = async () =>
  (await db.read<{ n: number; r: number }>('MATCH (n) WHERE NOT n:GraphVersion OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r'))[0];

describe('a load mixing new and existing records', () => {
  it('counts every record exactly and keeps what earlier loads wrote', async () => {
    const [first] = await loadDatasets(db, [{ name: 'base.yaml', content: base }]);
    expect(first.summary).toEqual({
      nodes: {
        Source: { created: 1, updated: 0, unchanged: 0 },
        Company: { created: 2, updated: 0, unchanged: 0 },
        Country: { created: 1, updated: 0, unchanged: 0 },
      },
      relationships: { HEADQUARTERED_IN: { created: 2, updated: 0, unchanged: 0 } },
    });
    const aBefore = await node('company:a');

    const [second] = await loadDatasets(db, [{ name: 'mixed.yaml', content: mixed }]);
    expect(second.summary).toEqual({
      nodes: {
        Source: { created: 1, updated: 0, unchanged: 0 },
        Company: { created: 1, updated: 1, unchanged: 1 },
        Country: { created: 0, updated: 1, unchanged: 0 },
      },
      relationships: {
        HEADQUARTERED_IN: { created: 1, updated: 1, unchanged: 1 },
        SUBSIDIARY_OF: { created: 2, updated: 0, unchanged: 0 },
      },
    });

    expect(await node('company:a')).toEqual(aBefore); // updatedAt included
    const b = await node('company:b');
    expect(b).toMatchObject({ description: 'changed', sources: [S1, S2] });
    expect(b!.updatedAt).not.toEqual(aBefore!.updatedAt);
    expect(await node('country:KZ')).toMatchObject({
      aliases: ['Qazaqstan'],
      nameKey: 'kazakhstan',
      aliasKeys: ['qazaqstan'],
      searchText: 'kazakhstan | qazaqstan',
      sources: [S1],
    });
    const c = await node('company:c');
    expect(c).toMatchObject({
      id: 'company:c',
      name: 'Company c',
      aliases: ['C Corp', 'Cee'],
      nameKey: 'company c',
      aliasKeys: ['c corp', 'cee'],
      searchText: 'company c | c corp | cee',
      sources: [S1],
    });
    expect(typeof c!.updatedAt).toBe('string');
    expect(await node(S2)).toMatchObject({
      name: `Source ${S2}`,
      sourceType: 'dataset',
      sources: [S2],
      aliases: [],
      aliasKeys: [],
      searchText: `source ${S2.replace(/[^a-z0-9]+/gi, ' ').toLowerCase()}`,
    });
    expect(await relProps('HEADQUARTERED_IN', 'company:b', 'country:KZ')).toEqual([expect.objectContaining({ key: '', sources: [S1, S2] })]);
    expect(await relProps('HEADQUARTERED_IN', 'company:c', 'country:KZ')).toEqual([expect.objectContaining({ key: '', sources: [S1] })]);
    expect(await relProps('SUBSIDIARY_OF', 'company:a', 'company:b')).toEqual([expect.objectContaining({ key: '', sharePct: 60, sources: [S1] })]);
    expect(await totals()).toEqual({ n: 6, r: 5 });
  });

  it('changes nothing when the same mixed load runs again', async () => {
    const snapshot = () =>
      db.read(
        'MATCH (n) WHERE NOT n:GraphVersion OPTIONAL MATCH (n)-[r]->(m) RETURN n.id AS id, properties(n) AS p, type(r) AS t, m.id AS to, properties(r) AS rp ORDER BY id, t, to',
      );
    const before = await snapshot();
    const [again] = await loadDatasets(db, [{ name: 'mixed.yaml', content: mixed }]);
    for (const c of [...Object.values(again.summary.nodes), ...Object.values(again.summary.relationships)]) {
      expect(c.created + c.updated).toBe(0);
    }
    expect(again.summary.nodes.Company.unchanged).toBe(3);
    expect(again.summary.relationships.HEADQUARTERED_IN.unchanged).toBe(3);
    expect(await snapshot()).toEqual(before);
  });
});

describe('a relationship whose end node is missing', () => {
  // writeDataset is given datasets that bypass the reference check, as if the end node had
  // been deleted between validation and writing.
  const write = (content: unknown) => db.writeTx((tx) => writeDataset(tx, validateShape({ name: 'x', content }).dataset!));

  it('fails the write when the other end is new (create path), writing nothing', async () => {
    const before = await totals();
    await expect(write({ nodes: [company('d')], relationships: [rel('HEADQUARTERED_IN', 'company:d', 'country:XX')] })).rejects.toThrow(
      /1 HEADQUARTERED_IN relationship\(s\) lost an end node/,
    );
    expect(await node('company:d')).toBeUndefined();
    expect(await totals()).toEqual(before);
  });

  it('fails the write when both ends should exist (merge path), writing nothing', async () => {
    const before = await totals();
    await expect(
      write({ nodes: [company('e')], relationships: [rel('SUBSIDIARY_OF', 'company:e', 'company:a'), rel('HEADQUARTERED_IN', 'company:a', 'country:YY')] }),
    ).rejects.toThrow(/1 HEADQUARTERED_IN relationship\(s\) lost an end node/);
    expect(await node('company:e')).toBeUndefined();
    expect(await totals()).toEqual(before);
  });
});

describe('two loads of the same new records at once', () => {
  it('creates each record once; the other load finds them unchanged', async () => {
    const n = 3000;
    const content = {
      nodes: Array.from({ length: n }, (_, i) => company(`same-${i}`)),
      relationships: Array.from({ length: n }, (_, i) => rel('HEADQUARTERED_IN', `company:same-${i}`, 'country:KZ')),
    };
    const before = await totals();
    const results = await Promise.all([1, 2].map(() => loadDatasets(db, [{ name: 'same.yaml', content }])));
    const companies = results.map(([r]) => r.summary.nodes.Company).sort((x, y) => y.created - x.created);
    expect(companies).toEqual([
      { created: n, updated: 0, unchanged: 0 },
      { created: 0, updated: 0, unchanged: n },
    ]);
    const hq = results.map(([r]) => r.summary.relationships.HEADQUARTERED_IN).sort((x, y) => y.created - x.created);
    expect(hq).toEqual([
      { created: n, updated: 0, unchanged: 0 },
      { created: 0, updated: 0, unchanged: n },
    ]);
    expect(await totals()).toEqual({ n: before.n + n, r: before.r + n });
  });
});
