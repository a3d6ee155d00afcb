/**
 * Writing one validated dataset in one transaction: batched `UNWIND … MERGE` keyed on ids
 * (nodes) and on (start, end, type, key) (relationships). Partial dates become Neo4j `Date`
 * values with a `…Precision` property beside them.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { withSlots } from '../cypher.js';
import { DATE_PROPERTIES, labelOfId, parsePartialDate, type Dataset, type Label, type RelType } from '../model/schema.js';

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}
/** Created / updated / unchanged per label (nodes) and per type (relationships). */
export interface LoadSummary {
  nodes: Record<string, Counts>;
  relationships: Record<string, Counts>;
}

export const BATCH_SIZE = 1000;

/** Record → stored properties: dates as Neo4j Date plus precision, small integers as Integer. */
export function toProps(record: Record<string, unknown>, omit: string[]): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    if (v === undefined || omit.includes(k)) continue;
    if ((DATE_PROPERTIES as readonly string[]).includes(k) && typeof v === 'string') {
      const d = parsePartialDate(v)!;
      const [y, m, day] = d.date.split('-').map(Number);
      props[k] = new neo4j.types.Date(y, m, day);
      props[`${k}Precision`] = d.precision;
    } else if (typeof v === 'number' && Number.isInteger(v) && (k === 'year' || k === 'rank')) {
      props[k] = neo4j.int(v);
    } else {
      props[k] = v;
    }
  }
  return props;
}

const add = (into: Record<string, Counts>, key: string, outcome: string, n: number) => {
  into[key] ??= { created: 0, updated: 0, unchanged: 0 };
  into[key][outcome as keyof Counts] += n;
};

function chunks<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/**
 * Writes `ds` inside the given transaction and returns what changed. `onBatch(n)` is called
 * after each batch with the number of records written.
 */
export async function writeDataset(tx: ManagedTransaction, ds: Dataset, onBatch: (n: number) => void = () => {}): Promise<LoadSummary> {
  const summary: LoadSummary = { nodes: {}, relationships: {} };
  const byLabel = new Map<Label, Record<string, unknown>[]>();
  for (const r of [...ds.sources.map((s) => ({ ...s, sources: [s.id] })), ...ds.nodes]) {
    const label = r.label as Label;
    if (!byLabel.has(label)) byLabel.set(label, []);
    byLabel.get(label)!.push({ id: r.id, sources: r.sources, aliases: r.aliases, props: toProps(r, ['id', 'label', 'sources', 'aliases']) });
  }
  for (const [label, rows] of byLabel) {
    const query = withSlots('load/merge-nodes', { label });
    for (const batch of chunks(rows, BATCH_SIZE)) {
      const res = await tx.run(query, { rows: batch });
      for (const rec of res.records) add(summary.nodes, label, rec.get('outcome'), rec.get('count').toNumber());
      onBatch(batch.length);
    }
  }
  const byShape = new Map<string, { type: RelType; from: Label; to: Label; rows: Record<string, unknown>[] }>();
  for (const r of ds.relationships) {
    const from = labelOfId(r.from)!;
    const to = labelOfId(r.to)!;
    const shape = `${r.type}|${from}|${to}`;
    if (!byShape.has(shape)) byShape.set(shape, { type: r.type, from, to, rows: [] });
    byShape.get(shape)!.rows.push({
      from: r.from, to: r.to, key: r.key, sources: r.sources,
      props: toProps(r, ['type', 'from', 'to', 'key', 'sources']),
    });
  }
  for (const { type, from, to, rows } of byShape.values()) {
    const query = withSlots('load/merge-relationships', { type, from, to });
    for (const batch of chunks(rows, BATCH_SIZE)) {
      const res = await tx.run(query, { rows: batch });
      let written = 0;
      for (const rec of res.records) {
        written += rec.get('count').toNumber();
        add(summary.relationships, type, rec.get('outcome'), rec.get('count').toNumber());
      }
      if (written !== batch.length) {
        throw new Error(`${batch.length - written} ${type} relationship(s) lost an end node while loading; the load was rolled back`);
      }
      onBatch(batch.length);
    }
  }
  return summary;
}
