/**
 * Precision and recall of extracted facts against an expected dataset.
 *
 * A fact is a relationship (type, from, to) with its key value, a property of a new entity
 * (a facility's capacity and start, an agreement's signing date, a policy's start), or a Claim
 * (subject, attribute, value). A fact is right when both ends are right (the same id, or two
 * new entities of one label with the same normalised name) and its key value is within its
 * bound: numbers within 0.5 % with the same unit and bound, dates and words equal.
 * precision = right extracted facts / extracted facts; recall = expected facts found / expected facts.
 */
import type { Dataset } from '../model/schema.js';
import { nameKey } from './gazetteer.js';

export interface Fact {
  /** "TYPE from→to", "Label.property of id" or "Claim attribute about id". */
  what: string;
  value: string | null;
}

type Rec = Record<string, unknown>;

/** The key value of a relationship by type: what a reader checks first. */
function relValue(r: Rec): string | null {
  const num = (v: string, u?: string, b?: string) =>
    r[v] === undefined ? null : `${r[v]}${r[u ?? ''] ? ` ${r[u!]}` : ''} ${(r[b ?? ''] as string | undefined) ?? 'exact'}`;
  switch (r.type) {
    case 'COVERS':
      return num('quantity', 'unit', 'quantityBound') ?? num('amount', 'currency', 'amountBound');
    case 'INVESTS_IN':
      return num('amount', 'currency', 'amountBound');
    case 'SHAREHOLDER_OF':
      return num('sharePct', '', 'sharePctBound') ?? (r.status as string | undefined) ?? null;
    case 'PRODUCES':
      return num('quantity', 'unit', 'quantityBound');
    case 'PARTY_TO':
    case 'PROVIDED_BY':
      return (r.role as string | undefined) ?? null;
    case 'SUSPENDS':
      return (r.validTo as string | undefined) ?? null;
    default:
      return null;
  }
}

const NODE_FACTS: Record<string, string[]> = { Facility: ['quantity', 'validFrom'], Agreement: ['signedDate'], Policy: ['validFrom'] };

/** The facts of a dataset; `rename` maps ids to the ids they are compared as. */
export function factsOf(ds: Dataset, rename: (id: string) => string = (id) => id): Fact[] {
  const facts: Fact[] = [];
  const claims = new Map(ds.nodes.filter((n) => n.label === 'Claim').map((n) => [n.id, n as Rec]));
  for (const n of ds.nodes as Rec[]) {
    for (const p of NODE_FACTS[n.label as string] ?? []) {
      if (n[p] !== undefined)
        facts.push({
          what: `${n.label}.${p} of ${rename(n.id as string)}`,
          value: p === 'quantity' ? `${n.quantity} ${n.unit ?? ''} ${n.quantityBound ?? 'exact'}` : String(n[p]),
        });
    }
  }
  for (const r of ds.relationships as Rec[]) {
    if (r.type === 'ABOUT') {
      const c = claims.get(r.from as string);
      if (c) facts.push({ what: `Claim ${c.attribute} about ${rename(r.to as string)}`, value: String(c.valueDate ?? c.value ?? c.valueText) });
      continue;
    }
    facts.push({ what: `${r.type} ${rename(r.from as string)}→${rename(r.to as string)}`, value: relValue(r) });
  }
  return facts;
}

/** Two key values agree: equal, or numbers within 0.5 % with the same unit and bound. */
export function valuesAgree(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const [na, ...ra] = a.split(' ');
  const [nb, ...rb] = b.split(' ');
  const x = Number(na);
  const y = Number(nb);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  return Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y)) && ra.join(' ') === rb.join(' ');
}

export interface Score {
  precision: number;
  recall: number;
  right: number;
  extracted: number;
  expected: number;
  /** Expected facts not found (or found with another value). */
  missed: Fact[];
  /** Extracted facts that are not expected (or have another value). */
  wrong: Fact[];
}

/** Scores `got` against `want`. New entities are matched by label and normalised name. */
export function score(got: Dataset, want: Dataset): Score {
  const wantNew = new Map(want.nodes.map((n) => [`${n.label}|${nameKey(n.name)}`, n.id]));
  const rename = (id: string) => {
    const n = got.nodes.find((x) => x.id === id);
    return (n && wantNew.get(`${n.label}|${nameKey(n.name)}`)) ?? id;
  };
  const g = factsOf(got, rename);
  const w = factsOf(want);
  const used = new Set<number>();
  const wrong: Fact[] = [];
  for (const f of g) {
    const i = w.findIndex((x, k) => !used.has(k) && x.what === f.what && valuesAgree(x.value, f.value));
    if (i >= 0) used.add(i);
    else wrong.push(f);
  }
  const right = used.size;
  return {
    precision: g.length ? right / g.length : 1,
    recall: w.length ? right / w.length : 1,
    right,
    extracted: g.length,
    expected: w.length,
    missed: w.filter((_, k) => !used.has(k)),
    wrong,
  };
}
