/**
 * Writing one validated dataset in one transaction, in batches of `UNWIND`ed rows.
 *
 * Nodes, per label: one indexed lookup finds which ids already exist; the new ones are
 * `CREATE`d with all their properties at once, and only the existing ones go through the
 * `MERGE` path that compares old and new values (to report updated / unchanged) and
 * accumulates sources and aliases. Relationships, per (type, start label, end label): a
 * relationship with an end node created by this same write cannot exist yet, so it is
 * `CREATE`d; the others are `MERGE`d on (start, end, type, key). Partial dates become Neo4j
 * `Date` values with a `…Precision` property beside them.
 *
 * The dataset must be one that validation accepted: ids unique within it, relationships
 * unique per (type, start, end, key), every reference resolvable. A write that creates or
 * updates anything bumps the graph version (`load/bump-graph-version`) in the same transaction.
 */
import neo4j, { type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { cypher, withSlots } from '../cypher.js';
import { nameKeys } from '../model/names.js';
import { DATE_PROPERTIES, type Dataset, type Label, parsePartialDate, type RelType } from '../model/schema.js';
import { labelOf } from './validate.js';

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

/**
 * Rows per statement. With statements pipelined, 1000, 2500 and 5000 rows measured the same at
 * SF10 (bench/ingest.ts); 1000 keeps each Bolt message and the progress steps small.
 */
export const BATCH_SIZE = 1000;

const DATES = new Set<string>(DATE_PROPERTIES);

/** Record → stored properties: dates as Neo4j Date plus precision, small integers as Integer. */
export function toProps(record: Record<string, unknown>, omit: readonly string[]): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const k in record) {
    const v = record[k];
    if (v === undefined || omit.includes(k)) continue;
    if (DATES.has(k) && typeof v === 'string') {
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

const add = (into: Record<string, Counts>, key: string, outcome: keyof Counts, n: number) => {
  into[key] ??= { created: 0, updated: 0, unchanged: 0 };
  into[key][outcome] += n;
};

function chunks<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

const NODE_OMIT = ['id', 'label', 'sources', 'aliases'] as const;
const REL_OMIT = ['type', 'from', 'to', 'key', 'sources'] as const;

type NodeRecordLike = Record<string, unknown> & { id: string; label: string; name: string; sources: string[]; aliases: string[] };

/**
 * Statements of one transaction sent without waiting for the previous one's result (Bolt
 * pipelining: Neo4j runs them in order while the next batch is being built and sent), at most
 * `window` awaiting their result. Each result is handed to its callback in order; the first
 * failure is thrown by `send` or `drain`, and the transaction then rolls back.
 */
class Pipeline {
  private pending: Promise<void>[] = [];
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly window: number,
    private readonly signal?: AbortSignal,
  ) {}

  async send(query: string, params: Record<string, unknown>, onResult: (res: QueryResult) => void): Promise<void> {
    // Between batches: an abort sends nothing more, and the transaction rolls back.
    this.signal?.throwIfAborted();
    const p = this.tx.run(query, params).then(onResult);
    p.catch(() => {}); // observed when awaited below; never an unhandled rejection meanwhile
    this.pending.push(p);
    if (this.pending.length >= this.window) await this.pending.shift();
  }

  async drain(): Promise<void> {
    while (this.pending.length) await this.pending.shift();
    this.signal?.throwIfAborted();
  }
}

/** Statements awaiting their result at once within a load's transaction (2, 4 and 8 measured alike). */
const PIPELINE_WINDOW = 4;

const countOf = (res: QueryResult): number => res.records[0]?.get('count').toNumber() ?? 0;

/**
 * Writes `ds` inside the given transaction and returns what changed. `onBatch(n)` is called
 * after each batch with the number of records written. Throws if a relationship's end node is
 * missing, or `signal.reason` once `signal` aborts (before the next batch, or before the
 * transaction would commit); the caller's transaction then rolls back.
 */
export async function writeDataset(tx: ManagedTransaction, ds: Dataset, onBatch: (n: number) => void = () => {}, signal?: AbortSignal): Promise<LoadSummary> {
  const summary: LoadSummary = { nodes: {}, relationships: {} };
  const byLabel = new Map<Label, NodeRecordLike[]>();
  for (const r of [...ds.sources.map((s) => ({ ...s, sources: [s.id] })), ...ds.nodes] as NodeRecordLike[]) {
    const label = r.label as Label;
    const list = byLabel.get(label) ?? [];
    list.push(r);
    byLabel.set(label, list);
  }

  // Which ids exist already, per label (one indexed lookup each, all sent at once).
  const existing = new Map<Label, Set<string>>();
  await Promise.all(
    [...byLabel].map(async ([label, records]) => {
      const res = await tx.run(withSlots('load/existing-ids', { label }), { ids: records.map((r) => r.id) });
      existing.set(label, new Set<string>(res.records[0]?.get('ids') ?? []));
    }),
  );

  const pipe = new Pipeline(tx, PIPELINE_WINDOW, signal);
  // Ids of the nodes this write creates: relationships touching them are new too.
  const created = new Set<string>();
  for (const [label, records] of byLabel) {
    const found = existing.get(label)!;
    const fresh = records.filter((r) => !found.has(r.id));
    const old = records.filter((r) => found.has(r.id));
    for (const r of fresh) created.add(r.id);

    const create = withSlots('load/create-nodes', { label });
    for (const batch of chunks(fresh, BATCH_SIZE)) {
      const rows = batch.map((r) => ({
        props: { ...toProps(r, NODE_OMIT), id: r.id, sources: r.sources, aliases: r.aliases, ...nameKeys(r.name, r.aliases) },
      }));
      await pipe.send(create, { rows }, (res) => {
        const n = countOf(res);
        if (n !== batch.length) throw new Error(`${batch.length - n} ${label} node(s) were not created; the load was rolled back`);
        add(summary.nodes, label, 'created', n);
        onBatch(batch.length);
      });
    }

    const merge = withSlots('load/merge-nodes', { label });
    for (const batch of chunks(old, BATCH_SIZE)) {
      const rows = batch.map((r) => {
        const { nameKey, aliasKeys } = nameKeys(r.name, r.aliases);
        return { id: r.id, sources: r.sources, aliases: r.aliases, aliasKeys, props: { ...toProps(r, NODE_OMIT), nameKey } };
      });
      await pipe.send(merge, { rows }, (res) => {
        for (const rec of res.records) add(summary.nodes, label, rec.get('outcome'), rec.get('count').toNumber());
        onBatch(batch.length);
      });
    }
  }

  type Rel = Dataset['relationships'][number];
  const byShape = new Map<string, { type: RelType; from: Label; to: Label; fresh: Rel[]; old: Rel[] }>();
  for (const r of ds.relationships) {
    const from = labelOf(r.from)!;
    const to = labelOf(r.to)!;
    const shape = `${r.type}|${from}|${to}`;
    const group = byShape.get(shape) ?? { type: r.type, from, to, fresh: [], old: [] };
    byShape.set(shape, group);
    (created.has(r.from) || created.has(r.to) ? group.fresh : group.old).push(r);
  }
  const lost = (n: number, type: RelType) => new Error(`${n} ${type} relationship(s) lost an end node while loading; the load was rolled back`);
  for (const { type, from, to, fresh, old } of byShape.values()) {
    const create = withSlots('load/create-relationships', { type, from, to });
    for (const batch of chunks(fresh, BATCH_SIZE)) {
      const rows = batch.map((r) => ({
        from: r.from,
        to: r.to,
        props: { ...toProps(r as Record<string, unknown>, REL_OMIT), key: r.key, sources: r.sources },
      }));
      await pipe.send(create, { rows }, (res) => {
        const n = countOf(res);
        if (n !== batch.length) throw lost(batch.length - n, type);
        add(summary.relationships, type, 'created', n);
        onBatch(batch.length);
      });
    }

    const merge = withSlots('load/merge-relationships', { type, from, to });
    for (const batch of chunks(old, BATCH_SIZE)) {
      const rows = batch.map((r) => ({
        from: r.from,
        to: r.to,
        key: r.key,
        sources: r.sources,
        props: toProps(r as Record<string, unknown>, REL_OMIT),
      }));
      await pipe.send(merge, { rows }, (res) => {
        let written = 0;
        for (const rec of res.records) {
          written += rec.get('count').toNumber();
          add(summary.relationships, type, rec.get('outcome'), rec.get('count').toNumber());
        }
        if (written !== batch.length) throw lost(batch.length - written, type);
        onBatch(batch.length);
      });
    }
  }
  await pipe.drain();
  const changed = [...Object.values(summary.nodes), ...Object.values(summary.relationships)].some((c) => c.created + c.updated > 0);
  if (changed) await tx.run(cypher('load/bump-graph-version'));
  return summary;
}
