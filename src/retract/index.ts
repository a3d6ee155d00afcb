/**
 * Retraction (docs/model.md, Retraction): a fact found wrong after it was loaded — a node by its
 * id, a relationship by (from, type, to, key), or a Source whole — leaves every answer and feed
 * but stays in the graph with `retractedAt` (datetime), `retractedBy` (the API key's name or the
 * CLI's `--by`) and `retractionReason`, so the retraction can be undone. Retracting a Source
 * takes along the facts whose every source is then retracted (marked `retractedWith` the
 * source); facts with a live source stay and cite only their live sources. Each change runs in
 * one write transaction that also bumps the graph version (cypher/load/bump-graph-version), so
 * the response cache never serves an answer from before it.
 *
 * Errors: RetractionError with code BAD_USER_INPUT (malformed id or type, blank reason, already
 * retracted, not retracted, taken along by a source) or NOT_FOUND (no such node or
 * relationship), naming in `argument` what was refused: `id`, `from`, `to`, `type`, `key`,
 * `reason` or `by`; for NOT_FOUND `id`, the end (`from`, `to`) whose id names nothing, or
 * `relationship` when both ends exist but no such relationship joins them. Nothing is written then.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher, withSlots } from '../cypher.js';
import { idIssue, type Label, labelOfId, REL_TYPE_NAMES, REL_TYPES, type RelType } from '../model/schema.js';
import { type TextKind, textIssue, trimText } from '../model/text.js';
import { type Db, rows } from '../neo4j/db.js';
import { clip, clipAll, shown } from '../server/echo.js';

/** A node by id, or a relationship by its ends, type and key (`''` when the model gives none). */
export type FactRef = { id: string } | { from: string; type: string; to: string; key?: string };

export class RetractionError extends Error {
  constructor(
    readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND',
    message: string,
    readonly argument?: string,
  ) {
    super(message);
    this.name = 'RetractionError';
  }
}

/** What a retraction or its undoing changed. */
export interface RetractionResult {
  /** The fact as text: `company:erg` or `company:erg -[SUPPLIES]-> company:mitsubishi-corporation`. */
  fact: string;
  /** True after a retraction, false after an undo. */
  retracted: boolean;
  /** Who and why (null after an undo). */
  retractedBy: string | null;
  retractionReason: string | null;
  /** For a Source: the nodes and relationships its retraction took along or brought back. */
  alsoNodes: number;
  alsoRelationships: number;
  /** The graph version after the change. */
  graphVersion: number;
}

const REASON_MAX = 1000;
const NAME_MAX = 200;

interface Before {
  retractedAt?: unknown;
  retractedBy?: string;
  retractionReason?: string;
  retractedWith?: string;
}

function checkId(id: unknown, argument: string): { id: string; label: Label } {
  const issue = idIssue(id);
  if (issue) throw new RetractionError('BAD_USER_INPUT', `${argument} ${shown(id)} ${issue}`, argument);
  return { id: id as string, label: labelOfId(id as string) as Label };
}

/** A checked reference: the statement and parameters that find the fact. */
interface Target {
  text: string;
  /** The fact as text with the caller's ids and key sharing ECHO_MAX characters, for messages. */
  echo: string;
  query: string;
  params: Record<string, unknown>;
  sourceId: string | null;
  /** A relationship's ends, to say which one names nothing. */
  ends: { from: { id: string; label: Label }; to: { id: string; label: Label } } | null;
}

/** The statement and parameters that find the fact; throws BAD_USER_INPUT for a malformed reference. */
function target(ref: FactRef): Target {
  if ('id' in ref) {
    const { id, label } = checkId(ref.id, 'id');
    return { text: id, echo: clip(id), query: withSlots('retract/node', { label }), params: { id }, sourceId: label === 'Source' ? id : null, ends: null };
  }
  const from = checkId(ref.from, 'from');
  const to = checkId(ref.to, 'to');
  if (!REL_TYPE_NAMES.includes(ref.type as RelType)) {
    throw new RetractionError(
      'BAD_USER_INPUT',
      `type: expected a relationship type of the model (${REL_TYPE_NAMES.join(', ')}), got ${shown(ref.type)}`,
      'type',
    );
  }
  const type = ref.type as RelType;
  const ends = REL_TYPES[type] as { from: readonly Label[]; to: readonly Label[] };
  if (!ends.from.includes(from.label) || !ends.to.includes(to.label)) {
    throw new RetractionError(
      'BAD_USER_INPUT',
      `${type} goes from ${ends.from.join('/')} to ${ends.to.join('/')}, not from ${from.label} to ${to.label}`,
      'type',
    );
  }
  const key = ref.key ?? '';
  if (typeof key !== 'string' || key.length > NAME_MAX)
    throw new RetractionError('BAD_USER_INPUT', `key: expected a string of at most ${NAME_MAX} characters`, 'key');
  const factText = (f: string, k: string, t: string) => `${f} -[${type}${k ? ` ${k}` : ''}]-> ${t}`;
  return {
    text: factText(from.id, key, to.id),
    echo: factText(...(clipAll([from.id, key, to.id]) as [string, string, string])),
    query: withSlots('retract/relationship', { from: from.label, to: to.label, type }),
    params: { from: from.id, to: to.id, key },
    sourceId: null,
    ends: { from, to },
  };
}

function checkText(value: string | undefined, argument: string, max: number, kind: TextKind): string {
  const t = trimText(value ?? '');
  if (t.length === 0 || t.length > max) throw new RetractionError('BAD_USER_INPUT', `${argument} must have 1–${max} characters and not be blank`, argument);
  const control = textIssue(t, kind);
  if (control) throw new RetractionError('BAD_USER_INPUT', `${argument} ${control}`, argument);
  return t;
}

/**
 * NOT_FOUND for a fact `t` that is not in the graph: a node names `id`; a relationship names the
 * end whose id names nothing (`Company company:x not found`; both when both do, `from` named),
 * else `relationship`.
 */
async function notFound(tx: ManagedTransaction, t: Target): Promise<RetractionError> {
  if (!t.ends) return new RetractionError('NOT_FOUND', `${t.echo} not found`, 'id');
  const { from, to } = t.ends;
  const [ends] = rows<{ fromFound: boolean; toFound: boolean }>(
    await tx.run(withSlots('retract/ends', { from: from.label, to: to.label }), { from: from.id, to: to.id }),
  );
  const missing = [...(ends.fromFound ? [] : [{ ...from, end: 'from' }]), ...(ends.toFound ? [] : [{ ...to, end: 'to' }])];
  if (missing.length === 0) return new RetractionError('NOT_FOUND', `${t.echo} not found`, 'relationship');
  const ids = clipAll(missing.map((m) => m.id));
  return new RetractionError('NOT_FOUND', `${missing.map((m, i) => `${m.label} ${ids[i]}`).join(', ')} not found`, missing[0].end);
}

async function change(db: Db, ref: FactRef, retract: boolean, by: string | null, reason: string | null): Promise<RetractionResult> {
  const t = target(ref);
  return db.writeTx(async (tx: ManagedTransaction) => {
    const [row] = rows<{ before: Before }>(await tx.run(t.query, { ...t.params, retract, by, reason }));
    if (!row) throw await notFound(tx, t);
    const b = row.before;
    if (retract && b.retractedAt != null) {
      throw new RetractionError(
        'BAD_USER_INPUT',
        `${t.echo} is already retracted (at ${String(b.retractedAt)} by ${b.retractedBy}: ${b.retractionReason}); nothing was written`,
        'fact',
      );
    }
    if (!retract && b.retractedAt == null) throw new RetractionError('BAD_USER_INPUT', `${t.echo} is not retracted; nothing was written`, 'fact');
    if (!retract && b.retractedWith != null) {
      throw new RetractionError(
        'BAD_USER_INPUT',
        `${t.echo} was retracted with its source ${b.retractedWith}; undo that source's retraction; nothing was written`,
        'fact',
      );
    }
    let also = { nodes: 0, relationships: 0 };
    if (t.sourceId) {
      const [r] = rows<{ nodes: number; relationships: number }>(await tx.run(cypher('retract/source-facts'), { sourceId: t.sourceId, retract, by, reason }));
      also = r;
    }
    const [v] = rows<{ version: number }>(await tx.run(cypher('load/bump-graph-version')));
    return {
      fact: t.text,
      retracted: retract,
      retractedBy: by,
      retractionReason: reason,
      alsoNodes: also.nodes,
      alsoRelationships: also.relationships,
      graphVersion: v.version,
    };
  });
}

/** Retracts a fact (a Source: the source whole) as `by`, for `reason`. See the module's errors. */
export async function retractFact(db: Db, ref: FactRef, opts: { by: string; reason: string }): Promise<RetractionResult> {
  const by = checkText(opts.by, 'by', NAME_MAX, 'line');
  const reason = checkText(opts.reason, 'reason', REASON_MAX, 'prose');
  return change(db, ref, true, by, reason);
}

/** Undoes a fact's retraction (a Source: with the facts it took along); the fact is then exactly as before. */
export async function undoRetraction(db: Db, ref: FactRef): Promise<RetractionResult> {
  return change(db, ref, false, null, null);
}
