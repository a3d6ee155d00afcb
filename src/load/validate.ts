/**
 * Validation of dataset inputs before anything is written: the zod model per record, then
 * references (sources, relationship ends, items) against the input itself and the graph.
 * All problems are collected and reported at once, each naming file, record and field.
 */
import { IssueListError } from '../issues-error.js';
import { figureIssues } from '../model/quantities.js';
import { type Dataset, type Label, labelOfId, NodeRecord, NodeSchemas, REL_TYPES, RelationshipRecord } from '../model/schema.js';
import { illFormedStrings } from '../model/text.js';
import { boundEchoes, clip, clipAll, shown, shownPath, zodIssueMessage } from '../server/echo.js';

/** One problem with one record: `record` is its id (or `TYPE from→to`), `field` a dotted path. */
export interface LoadIssue {
  file: string;
  record: string;
  field: string;
  message: string;
}

/** An issue with the caller's text in it bounded (src/server/echo.ts): names cut to ECHO_MAX, messages' quoted values too. */
const bounded = (i: LoadIssue): LoadIssue => ({ file: clip(i.file), record: i.record, field: clip(i.field), message: boundEchoes(i.message) });

/** A relationship's name in issues, `TYPE from→to`, each part cut to ECHO_MAX. */
const relationshipName = (type: unknown, from: unknown, to: unknown) => {
  const [t, f, o] = clipAll([String(type), String(from), String(to)]);
  return `${t} ${f}→${o}`;
};

/**
 * What tells one relationship from another (a string): its type, ends and key (`key` as parsed,
 * '' when absent). The loader refuses two of one identity in a file and MERGEs on it in the graph.
 */
export const relationshipIdentity = (r: { type: string; from: string; to: string; key: string }): string => `${r.type}|${r.from}|${r.to}|${r.key}`;

/** Thrown when an input is invalid; nothing has been written. Its issues quote at most ECHO_MAX characters of any caller value. */
export class LoadValidationError extends IssueListError<LoadIssue> {
  declare readonly code: 'INVALID_DATA';
  constructor(issues: LoadIssue[]) {
    super('INVALID_DATA', issues.map(bounded), 'invalid record field(s); nothing was written', (i) => `${i.file}: ${i.record}: ${i.field}: ${i.message}`);
  }
}

/** A named dataset to load: a file's parsed content, or a dataset built by an importer. */
export interface DatasetInput {
  name: string;
  content: unknown;
}

const recordName = (r: unknown, fallback: string): string => {
  const o = (r ?? {}) as Record<string, unknown>;
  if (typeof o.id === 'string') return clip(o.id);
  if (typeof o.type === 'string') return relationshipName(o.type, o.from, o.to);
  return fallback;
};

/** The outcome of checking one input's records against the model. */
export interface ShapeResult {
  /** The parsed dataset, when every record is valid. */
  dataset?: Dataset;
  /** The records that are valid (all of them when `dataset` is set), to check references on. */
  partial?: Dataset;
  /** Ids of the records that are invalid, so references to them are not reported twice. */
  invalidIds: Set<string>;
  issues: LoadIssue[];
}

/**
 * Validates one input against the model, record by record. Returns the parsed dataset when
 * every record is valid; otherwise the issues, the valid part and the ids of invalid records.
 */
export function validateShape(input: DatasetInput): ShapeResult {
  const issues: LoadIssue[] = [];
  const raw = input.content as Record<string, unknown> | null;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      invalidIds: new Set(),
      issues: [{ file: input.name, record: '(file)', field: '(root)', message: 'expected a map with sources, nodes and relationships' }],
    };
  }
  for (const key of Object.keys(raw)) {
    if (!['sources', 'nodes', 'relationships'].includes(key)) {
      issues.push({ file: input.name, record: '(file)', field: key, message: 'unknown top-level key (expected sources, nodes, relationships)' });
    }
  }
  const lists = { sources: NodeSchemas.Source, nodes: NodeRecord, relationships: RelationshipRecord } as const;
  const partial: Record<string, unknown[]> = { sources: [], nodes: [], relationships: [] };
  const invalidIds = new Set<string>();
  for (const [list, schema] of Object.entries(lists)) {
    // An absent list is empty; anything else that is not a list (null included) is an issue.
    const items = raw[list] === undefined ? [] : raw[list];
    if (!Array.isArray(items)) {
      issues.push({ file: input.name, record: '(file)', field: list, message: 'expected a list' });
      continue;
    }
    items.forEach((item, i) => {
      const parsed = schema.safeParse(item);
      // Every issue of a record at once: its figure checks run on what was sent even when its shape is wrong.
      const fields = (parsed.success ? parsed.data : item) as Record<string, unknown>;
      const figures =
        fields && typeof fields === 'object' ? figureIssues(fields, list === 'relationships' && typeof fields.type === 'string' ? fields.type : undefined) : [];
      const shape = parsed.success ? [] : parsed.error.issues.map((issue) => ({ field: shownPath(issue.path) || '(record)', message: zodIssueMessage(issue) }));
      // A lone surrogate anywhere (a field the shape check does not read as text, a key) too.
      const unicode = illFormedStrings(item).map(({ path, issue }) => ({ field: path, message: issue }));
      const problems = [...shape, ...figures.filter((f) => !shape.some((s) => s.field === f.field))];
      for (const u of unicode) if (!problems.some((p) => p.field === u.field)) problems.push(u);
      if (problems.length === 0) {
        partial[list].push(parsed.data);
        return;
      }
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string') invalidIds.add(id);
      for (const { field, message } of problems) issues.push({ file: input.name, record: recordName(item, `${list}[${i}]`), field, message });
    });
  }
  if (issues.length) return { partial: partial as Dataset, invalidIds, issues };
  // Every record parsed and the top-level keys are known: the parsed lists are the dataset
  // (what `Dataset.parse(raw)` would return, without parsing every record a second time).
  const dataset = partial as Dataset;
  return { dataset, partial: dataset, invalidIds, issues };
}

/**
 * Checks references and uniqueness within one dataset. `known(ids)` answers which ids already
 * exist in the graph. Returns the issues (empty when all is well).
 */
export async function validateReferences(name: string, ds: Dataset, known: (ids: string[]) => Promise<Set<string>>): Promise<LoadIssue[]> {
  const issues: LoadIssue[] = [];
  const defined = new Map<string, Label>();
  for (const r of [...ds.sources, ...ds.nodes]) {
    if (defined.has(r.id)) issues.push({ file: name, record: clip(r.id), field: 'id', message: 'defined twice in this file' });
    defined.set(r.id, r.label as Label);
  }
  for (const n of ds.nodes) {
    if (labelOf(n.id) !== n.label) issues.push({ file: name, record: clip(n.id), field: 'label', message: `id prefix does not match label ${n.label}` });
  }
  const referenced = new Set<string>();
  for (const r of [...ds.nodes, ...ds.relationships]) for (const s of r.sources) referenced.add(s);
  for (const r of ds.relationships) {
    referenced.add(r.from).add(r.to);
    if (r.itemId) referenced.add(r.itemId);
  }
  const missing = [...referenced].filter((id) => !defined.has(id));
  const inGraph = missing.length ? await known(missing) : new Set<string>();
  const exists = (id: string) => defined.has(id) || inGraph.has(id);

  for (const r of ds.nodes) {
    r.sources.forEach((s, i) => {
      if (!exists(s)) issues.push({ file: name, record: clip(r.id), field: `sources.${i}`, message: `unknown source ${shown(s)}` });
    });
  }
  const seen = new Set<string>();
  for (const r of ds.relationships) {
    const rec = () => relationshipName(r.type, r.from, r.to);
    const key = relationshipIdentity(r);
    if (seen.has(key)) issues.push({ file: name, record: rec(), field: 'key', message: `duplicate relationship (same type, ends and key ${shown(r.key)})` });
    seen.add(key);
    const ends = REL_TYPES[r.type];
    const fromLabel = labelOf(r.from);
    const toLabel = labelOf(r.to);
    const fromExists = exists(r.from);
    const toExists = exists(r.to);
    if (!fromExists || !toExists) {
      const unknown = [!fromExists && `from ${shown(r.from)}`, !toExists && `to ${shown(r.to)}`].filter(Boolean).join(' and ');
      issues.push({
        file: name,
        record: rec(),
        field: !fromExists ? 'from' : 'to',
        message: `relationship ${r.type}: unknown id (${unknown})`,
      });
    }
    if (fromLabel && !(ends.from as readonly string[]).includes(fromLabel)) {
      issues.push({ file: name, record: rec(), field: 'from', message: `${r.type} cannot start at a ${fromLabel} (allowed: ${ends.from.join(', ')})` });
    }
    if (toLabel && !(ends.to as readonly string[]).includes(toLabel)) {
      issues.push({ file: name, record: rec(), field: 'to', message: `${r.type} cannot end at a ${toLabel} (allowed: ${ends.to.join(', ')})` });
    }
    if (r.itemId && !exists(r.itemId)) issues.push({ file: name, record: rec(), field: 'itemId', message: `unknown id ${shown(r.itemId)}` });
    for (let i = 0; i < r.sources.length; i++) {
      const s = r.sources[i];
      if (!exists(s)) issues.push({ file: name, record: rec(), field: `sources.${i}`, message: `unknown source ${shown(s)}` });
    }
  }
  return issues;
}

const labelByPrefix = new Map<string, Label | undefined>();
/**
 * `labelOfId`, remembered per id prefix (the text up to and including the first colon, which
 * alone decides the label): loads look up the labels of many ids with few prefixes.
 */
export function labelOf(id: string): Label | undefined {
  const prefix = id.slice(0, id.indexOf(':') + 1);
  let label = labelByPrefix.get(prefix);
  if (label === undefined && !labelByPrefix.has(prefix)) {
    label = labelOfId(id);
    if (labelByPrefix.size < 1000) labelByPrefix.set(prefix, label);
  }
  return label;
}
