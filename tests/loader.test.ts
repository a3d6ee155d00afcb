import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readDatasetFiles } from '../src/load/files.js';
import { LoadValidationError, loadDatasets } from '../src/load/index.js';
import { useEmptyGraph } from './support/db.js';

const db = useEmptyGraph();
const CURATED = 'data/curated/erg-kazakhstan.yaml';
const curated = () => parse(readFileSync(CURATED, 'utf8'));

/** Every node and relationship with all its properties, in a stable order. */
async function snapshot() {
  const nodes = await db.read('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id');
  const rels = await db.read('MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY from, type, to, r.key');
  return { nodes, rels };
}

const countOf = async (q: string) => (await db.read<{ n: number }>(q))[0].n;

describe('loading the curated dataset', () => {
  it('creates the counts per label and type that data/curated/README.md states', async () => {
    const [result] = await loadDatasets(db, readDatasetFiles([CURATED]));
    const readme = readFileSync('data/curated/README.md', 'utf8');
    const stated = new Map([...readme.matchAll(/^\|\s*`?([A-Za-z_]+)`?\s*\|\s*(\d+)\s*\|/gm)].map((m) => [m[1], Number(m[2])]));
    const labels = await db.read<{ label: string; n: number }>('MATCH (n) WHERE NOT n:GraphVersion RETURN labels(n)[0] AS label, count(*) AS n');
    const types = await db.read<{ type: string; n: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n');
    expect(labels.length).toBeGreaterThan(10);
    for (const { label, n } of labels) expect({ label, n }).toEqual({ label, n: stated.get(label) });
    for (const { type, n } of types) expect({ type, n }).toEqual({ type, n: stated.get(type) });
    expect(result.summary.nodes.Company).toEqual({ created: stated.get('Company'), updated: 0, unchanged: 0 });
  });

  it('gives every node and relationship at least one source that exists as a Source node', async () => {
    expect(await countOf('MATCH (n) WHERE NOT n:GraphVersion AND size(coalesce(n.sources, [])) = 0 RETURN count(n) AS n')).toBe(0);
    expect(await countOf('MATCH ()-[r]->() WHERE size(coalesce(r.sources, [])) = 0 RETURN count(r) AS n')).toBe(0);
    expect(await countOf('MATCH (n) UNWIND n.sources AS s WITH DISTINCT s WHERE NOT EXISTS { MATCH (:Source {id: s}) } RETURN count(s) AS n')).toBe(0);
    expect(await countOf('MATCH ()-[r]->() UNWIND r.sources AS s WITH DISTINCT s WHERE NOT EXISTS { MATCH (:Source {id: s}) } RETURN count(s) AS n')).toBe(0);
  });

  it('changes nothing when loaded a second time', async () => {
    const before = await snapshot();
    const [again] = await loadDatasets(db, readDatasetFiles([CURATED]));
    expect(await snapshot()).toEqual(before);
    for (const c of [...Object.values(again.summary.nodes), ...Object.values(again.summary.relationships)]) {
      expect(c.created + c.updated).toBe(0);
      expect(c.unchanged).toBeGreaterThan(0);
    }
  });

  it('stores dates as dates with their precision, and money with currency and bound', async () => {
    const [inv] = await db.read(
      "MATCH (:Company {id: 'company:erg'})-[r:INVESTS_IN]->(:Facility {id: 'facility:pavlodar-gallium-plant'}) RETURN r.amount AS amount, r.currency AS currency, r.amountBound AS bound",
    );
    expect(inv).toEqual({ amount: 20_000_000, currency: 'USD', bound: 'atLeast' });
    const [p] = await db.read(
      "MATCH (p:Policy {id: 'policy:cn-mofcom-2023-23'}) RETURN p.validFrom AS validFrom, p.validFromPrecision AS precision, valueType(p.validFrom) AS type",
    );
    expect(p).toEqual({ validFrom: '2023-08-01', precision: 'day', type: 'DATE NOT NULL' });
  });

  it('updates a changed value in place and adds its source', async () => {
    const data = curated();
    const plant = data.nodes.find((n: { id: string }) => n.id === 'facility:pavlodar-gallium-plant');
    plant.quantity = 16;
    plant.sources = [...plant.sources, 'source:gate-erg-kazakhstan-article', 'source:eu-crm-2023'];
    const [r] = await loadDatasets(db, [{ name: 'changed.yaml', content: data }]);
    expect(r.summary.nodes.Facility.updated).toBe(1);
    const [row] = await db.read<{ q: number; sources: string[] }>(
      "MATCH (f:Facility {id: 'facility:pavlodar-gallium-plant'}) RETURN f.quantity AS q, f.sources AS sources",
    );
    expect(row.q).toBe(16);
    expect(row.sources).toContain('source:eu-crm-2023');
    await loadDatasets(db, readDatasetFiles([CURATED]));
    const [back] = await db.read<{ q: number }>("MATCH (f:Facility {id: 'facility:pavlodar-gallium-plant'}) RETURN f.quantity AS q");
    expect(back.q).toBe(15);
  });
});

describe('refusing bad input', () => {
  it('writes nothing when one record among good ones is invalid, and names the record and field', async () => {
    const before = await snapshot();
    const data = curated();
    data.nodes.push({ id: 'company:new-good-one', label: 'Company', name: 'A valid new company', sources: ['source:gate-erg-kazakhstan-article'] });
    const bad = data.nodes.find((n: { id: string }) => n.id === 'facility:rudny-hbi-plant');
    bad.quantity = 'two million';
    const err = await loadDatasets(db, [{ name: 'bad.yaml', content: data }]).catch((e) => e);
    expect(err).toBeInstanceOf(LoadValidationError);
    expect(err.issues).toEqual([{ file: 'bad.yaml', record: 'facility:rudny-hbi-plant', field: 'quantity', message: expect.stringMatching(/number/) }]);
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing for a figure out of bounds on a Facility and its PRODUCES, naming each field', async () => {
    const before = await snapshot();
    const data = curated();
    const plant = data.nodes.find((n: { id: string }) => n.id === 'facility:pavlodar-gallium-plant');
    Object.assign(plant, { quantity: -15, validFrom: '2030', validTo: '2029-06' });
    const rel = data.relationships.find((r: { type: string; from: string }) => r.type === 'PRODUCES' && r.from === 'facility:pavlodar-gallium-plant');
    Object.assign(rel, { quantity: 1e15, unit: 'Mt/yr' });
    const other = data.relationships.find((r: { type: string; from: string; to: string }) => r.type === 'SUPPLIES');
    Object.assign(other, { unit: 'banana' });
    const err = await loadDatasets(db, [{ name: 'figures.yaml', content: data }]).catch((e) => e);
    expect(err).toBeInstanceOf(LoadValidationError);
    expect(err.issues.map((i: { record: string; field: string }) => `${i.record} ${i.field}`)).toEqual([
      'facility:pavlodar-gallium-plant quantity',
      'facility:pavlodar-gallium-plant validTo',
      'PRODUCES facility:pavlodar-gallium-plant→metal:gallium quantity',
      `SUPPLIES ${other.from}→${other.to} unit`,
    ]);
    expect(err.issues[0].message).toBe('must be above 0 (got -15); state a missing figure with noValueReason instead');
    expect(err.issues[2].message).toBe('must be at most 1e+10 t once converted (got 1000000000000000 "Mt/yr")');
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing when a relationship points to an unknown id, and names both ends', async () => {
    const before = await snapshot();
    const data = curated();
    data.relationships.push({
      type: 'SUPPLIES',
      from: 'company:erg',
      to: 'company:no-such-buyer',
      itemId: 'metal:gallium',
      sources: ['source:gate-erg-kazakhstan-article'],
    });
    const err = await loadDatasets(db, [{ name: 'dangling.yaml', content: data }]).catch((e) => e);
    expect(err).toBeInstanceOf(LoadValidationError);
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0].record).toBe('SUPPLIES company:erg→company:no-such-buyer');
    expect(err.message).toContain('SUPPLIES company:erg→company:no-such-buyer: to: relationship SUPPLIES: unknown id (to "company:no-such-buyer")');
    expect(await snapshot()).toEqual(before);
  });

  it('reports every problem of every file at once', async () => {
    const err = await loadDatasets(db, [
      { name: 'a.yaml', content: { nodes: [{ id: 'metal:x', label: 'Metal', name: '', sources: [] }] } },
      {
        name: 'b.yaml',
        content: { relationships: [{ type: 'OWNS', from: 'company:erg', to: 'metal:gallium', sources: ['source:gate-erg-kazakhstan-article'] }] },
      },
      {
        name: 'c.yaml',
        content: { nodes: [{ id: 'policy:p', label: 'Policy', name: 'P', policyType: 'exportBan', validFrom: '2026-02-30', sources: ['source:x'] }] },
      },
    ]).catch((e) => e);
    expect(err).toBeInstanceOf(LoadValidationError);
    const where = err.issues.map((i: { file: string; record: string; field: string }) => `${i.file} ${i.record} ${i.field}`);
    expect(where).toEqual(['a.yaml metal:x name', 'a.yaml metal:x sources', 'b.yaml OWNS company:erg→metal:gallium type', 'c.yaml policy:p validFrom']);
  });

  it('reports field problems and reference problems of the same file in one run', async () => {
    const err = await loadDatasets(db, [
      {
        name: 'mixed.yaml',
        content: {
          nodes: [
            { id: 'company:half-valid', label: 'Company', name: '', sources: ['source:gate-erg-kazakhstan-article'] },
            { id: 'company:valid-one', label: 'Company', name: 'Valid', sources: ['source:missing'] },
          ],
          relationships: [
            { type: 'HEADQUARTERED_IN', from: 'company:valid-one', to: 'metal:gallium', sources: ['source:gate-erg-kazakhstan-article'] },
            { type: 'SUBSIDIARY_OF', from: 'company:half-valid', to: 'company:erg', sources: ['source:gate-erg-kazakhstan-article'] },
          ],
        },
      },
    ]).catch((e) => e);
    expect(err).toBeInstanceOf(LoadValidationError);
    expect(err.issues.map((i: { record: string; field: string }) => `${i.record} ${i.field}`)).toEqual([
      'company:half-valid name',
      'company:valid-one sources.0',
      'HEADQUARTERED_IN company:valid-one→metal:gallium to',
    ]);
  });
});
