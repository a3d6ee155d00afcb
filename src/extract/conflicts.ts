/**
 * Candidates that disagree with the graph: a relationship the graph already holds between the
 * same two entities with another amount, quantity or share keeps its other properties (loading
 * it adds the article as a source) and the disagreeing value becomes a Claim beside the
 * existing ones, never an overwrite.
 */
import { withSlots } from '../cypher.js';
import { type Label, labelOfId } from '../model/schema.js';
import type { Db } from '../neo4j/db.js';
import type { Collector } from './candidates.js';

/** A relationship of the graph between two entities an article speaks of. */
export interface KnownFact {
  from: string;
  to: string;
  type: string;
  key: string;
  amount?: number | null;
  currency?: string | null;
  quantity?: number | null;
  unit?: string | null;
  sharePct?: number | null;
}

/** Looks up the graph's relationships between pairs of ids. */
export type FactLookup = (pairs: Array<{ from: string; to: string }>) => Promise<KnownFact[]>;

/** FactLookup on the graph (cypher/extract/facts-between, one statement per pair of labels). */
export function graphFacts(db: Db): FactLookup {
  return async (pairs) => {
    const groups = new Map<string, Array<{ from: string; to: string }>>();
    for (const p of pairs) {
      const k = `${labelOfId(p.from)}|${labelOfId(p.to)}`;
      groups.set(k, [...(groups.get(k) ?? []), p]);
    }
    const results = await Promise.all(
      [...groups].map(([k, list]) => {
        const [from, to] = k.split('|') as [Label, Label];
        return db.read<KnownFact>(withSlots('extract/facts-between', { from, to }), { pairs: list });
      }),
    );
    return results.flat();
  };
}

/** Which property holds the value of each type, and what the claim calls it. */
const VALUES: Record<string, Array<{ props: string[]; attribute: string; about: 'from' | 'to' }>> = {
  INVESTS_IN: [{ props: ['amount', 'currency', 'amountBound'], attribute: 'investment', about: 'to' }],
  COVERS: [
    { props: ['quantity', 'unit', 'quantityBound'], attribute: 'contractedQuantity', about: 'from' },
    { props: ['amount', 'currency', 'amountBound'], attribute: 'contractValue', about: 'from' },
  ],
  SHAREHOLDER_OF: [{ props: ['sharePct', 'sharePctBound'], attribute: 'shareholding', about: 'to' }],
  PRODUCES: [{ props: ['quantity', 'unit', 'quantityBound'], attribute: 'capacity', about: 'from' }],
};

const differs = (a: unknown, b: unknown) => a !== undefined && a !== null && b !== undefined && b !== null && a !== b;

/** Turns the disagreeing values of `col`'s relationships into Claims. */
export async function resolveConflicts(col: Collector, lookup: FactLookup): Promise<void> {
  const rels = [...col.facts.values()].filter(
    (c) => c.kind === 'relationship' && col.known(c.record.from as string) && col.known(c.record.to as string) && VALUES[c.record.type as string],
  );
  if (!rels.length) return;
  const known = await lookup(rels.map((c) => ({ from: c.record.from as string, to: c.record.to as string })));
  for (const c of rels) {
    const r = c.record;
    const fact = known.find((k) => k.type === r.type && k.from === r.from && k.to === r.to && k.key === ((r.key as string | undefined) ?? ''));
    if (!fact) continue;
    for (const v of VALUES[r.type as string]) {
      const main = v.props[0];
      if (
        !differs(r[main], (fact as unknown as Record<string, unknown>)[main]) &&
        !(main !== 'sharePct' && differs(r[v.props[1]], (fact as unknown as Record<string, unknown>)[v.props[1]]))
      )
        continue;
      const props: Record<string, unknown> = { value: r[main] };
      for (const p of v.props) props[p === 'sharePct' ? 'quantity' : p === 'sharePctBound' ? 'quantityBound' : p] = r[p];
      if (main === 'sharePct') props.unit = '%';
      const valueText = `${v.about === 'to' ? `${col.nameOf(r.from as string)}: ` : ''}${r[main]}${r[v.props[1]] && main !== 'sharePct' ? ` ${r[v.props[1]]}` : main === 'sharePct' ? '%' : ''}`;
      const ev = c.evidence[0];
      col.attribute(r[v.about] as string, v.attribute, props, valueText, { index: 0, start: ev.start, end: ev.end, text: ev.text }, false, c.confidence);
      for (const p of v.props) delete r[p];
    }
  }
}
