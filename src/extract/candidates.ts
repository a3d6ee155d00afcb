/**
 * Candidate facts: what the patterns propose, each with its evidence (the sentence and its
 * character offsets in the article body) and a confidence in [0, 1].
 *
 * - `entity`: a node the graph does not hold yet (a new company, facility, policy…), with the
 *   words that led to its label; it goes into the dataset when a fact that needs it does.
 * - `relationship`: a relationship of the model between two entities.
 * - `claim`: a statement about an entity already in the graph that disagrees with what the
 *   graph holds (a start date, a capacity, an amount): a new Claim beside the existing ones,
 *   never an overwrite.
 * Ids are derived from the content (`cand-` + 12 hex of a SHA-256), so the same article gives
 * the same ids.
 */
import { createHash } from 'node:crypto';
import type { Label, RelType } from '../model/schema.js';
import type { Gazetteer } from './gazetteer.js';
import type { Sentence } from './sentences.js';

export interface Evidence {
  /** The quoted sentence. */
  text: string;
  /** Character offsets of the sentence in the article body (end exclusive). */
  start: number;
  end: number;
}

export type CandidateKind = 'entity' | 'relationship' | 'claim';

export interface Candidate {
  id: string;
  kind: CandidateKind;
  /** One line for the reviewer: "Qarmet OPERATES Temirtau HBI plant". */
  summary: string;
  /** A node record (entity, claim) or a relationship record of the model, without `sources`. */
  record: Record<string, unknown>;
  evidence: Evidence[];
  confidence: number;
  /** Ids of new entities this fact needs (their candidates go into the dataset with it). */
  requires: string[];
  /** Entities: why this label. Claims: what the graph holds instead. */
  note?: string;
  /** Claims: the entity the claim is about. */
  about?: string;
}

export const candidateId = (kind: CandidateKind, key: string) => `cand-${createHash('sha256').update(`${kind}|${key}`).digest('hex').slice(0, 12)}`;

const evidenceOf = (s: Sentence): Evidence => ({ text: s.text, start: s.start, end: s.end });
const addEvidence = (c: Candidate, s: Sentence) => {
  if (!c.evidence.some((e) => e.start === s.start)) c.evidence.push(evidenceOf(s));
};

/** Collects candidates while the patterns read the sentences. */
export class Collector {
  readonly entities = new Map<string, Candidate>();
  readonly facts = new Map<string, Candidate>();

  /** `tag` tells this article's claims apart from other articles' (a short digest of its text). */
  constructor(
    readonly gaz: Gazetteer,
    readonly tag: string,
  ) {}

  /** True when `id` is in the graph (not proposed by this article). */
  known(id: string): boolean {
    const e = this.gaz.byId.get(id);
    return !!e && !e.proposed;
  }

  nameOf(id: string): string {
    return (this.entities.get(id)?.record.name as string | undefined) ?? this.gaz.byId.get(id)?.name ?? id;
  }

  /** Proposes a new entity (once; later calls add properties not yet set, and evidence). */
  entity(id: string, label: Label, name: string, reason: string, s: Sentence, props: Record<string, unknown> = {}, confidence = 0.7): void {
    if (this.known(id)) return;
    let c = this.entities.get(id);
    if (!c) {
      c = {
        id: candidateId('entity', id),
        kind: 'entity',
        summary: `new ${label} ${name}`,
        record: { id, label, name, aliases: [] },
        evidence: [],
        confidence,
        requires: [],
        note: reason,
      };
      this.entities.set(id, c);
      const entry = this.gaz.byId.get(id);
      if (entry) {
        if (entry.isoCode) c.record.isoCode = entry.isoCode;
        const extra = [...new Set(entry.aliases)].filter((a) => a !== name);
        if (extra.length) c.record.aliases = extra;
      } else {
        this.gaz.add({ id, label, name, aliases: [], proposed: true });
      }
    }
    for (const [k, v] of Object.entries(props)) if (v !== undefined && v !== null && c.record[k] === undefined) c.record[k] = v;
    addEvidence(c, s);
  }

  /** Sets properties of an entity: on a new one directly; on one in the graph, only where they disagree, as Claims. */
  attribute(id: string, attribute: string, props: Record<string, unknown>, valueText: string, s: Sentence, same: boolean, confidence = 0.75): void {
    const fresh = this.entities.get(id);
    if (fresh) {
      for (const [k, v] of Object.entries(props)) if (v !== undefined && fresh.record[k] === undefined) fresh.record[k] = v;
      addEvidence(fresh, s);
      return;
    }
    if (same || !this.known(id)) return;
    const claimId = `claim:${id.replace(/^[a-z]+:/, '')}-${attribute.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}-${this.tag}`;
    const key = `${id}|${attribute}|${valueText}`;
    if (this.facts.has(key)) {
      addEvidence(this.facts.get(key)!, s);
      return;
    }
    const claimProps = { ...props };
    this.facts.set(key, {
      id: candidateId('claim', key),
      kind: 'claim',
      summary: `${this.nameOf(id)}: ${attribute} = ${valueText} (the graph holds another value)`,
      record: { id: claimId, label: 'Claim', name: `${this.nameOf(id)}: ${attribute} per the article`, attribute, valueText, ...claimProps },
      evidence: [evidenceOf(s)],
      confidence,
      requires: [],
      about: id,
    });
  }

  /** Proposes a relationship (merged with an earlier one of the same type, ends and key). */
  relationship(type: RelType, from: string, to: string, props: Record<string, unknown>, s: Sentence, confidence: number): void {
    if (from === to) return;
    for (const id of [from, to, props.itemId as string | undefined]) {
      const e = id ? this.gaz.byId.get(id) : undefined;
      if (e?.proposed) this.entity(e.id, e.label, e.name, e.reason ?? 'proposed by the article', s, e.isoCode ? { isoCode: e.isoCode } : {});
    }
    const key = `${type}|${from}|${to}|${(props.key as string | undefined) ?? ''}`;
    const existing = this.facts.get(key);
    if (existing) {
      for (const [k, v] of Object.entries(props)) if (v !== undefined && existing.record[k] === undefined) existing.record[k] = v;
      existing.confidence = Math.max(existing.confidence, confidence);
      addEvidence(existing, s);
      return;
    }
    const record: Record<string, unknown> = { type, from, to };
    for (const [k, v] of Object.entries(props)) if (v !== undefined) record[k] = v;
    this.facts.set(key, {
      id: candidateId('relationship', key),
      kind: 'relationship',
      summary: `${this.nameOf(from)} ${type} ${this.nameOf(to)}`,
      record,
      evidence: [evidenceOf(s)],
      confidence,
      requires: [],
    });
  }
}
