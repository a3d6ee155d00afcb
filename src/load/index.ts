/**
 * The loader, shared by start-up and the `kg load` command: validate every input completely,
 * then write each input in its own transaction. An invalid input writes nothing anywhere; a
 * failure while writing an input (Neo4j lost, timeout) rolls that input back whole. An input
 * whose new ids a concurrent write created first is rolled back and written again.
 */
import { withSlots } from '../cypher.js';
import { loadDuration, loadRecords, loadRuns, secondsSince } from '../metrics/registry.js';
import { type Dataset, LABELS, type Label } from '../model/schema.js';
import type { Db } from '../neo4j/db.js';
import { type DatasetInput, type LoadIssue, LoadValidationError, labelOf, validateReferences, validateShape } from './validate.js';
import { type LoadSummary, writeDataset } from './write.js';

export { type DatasetInput, type LoadIssue, LoadValidationError } from './validate.js';
export type { Counts, LoadSummary } from './write.js';

export interface LoadProgress {
  /** Called as records are written: input name, records written so far in it, its total. */
  onProgress?: (name: string, done: number, total: number) => void;
  /** Timeout of each input's write transaction, in ms (default 10 minutes). */
  txTimeoutMs?: number;
  /**
   * Aborting it stops the load with LoadAbortedError: before or right after validation, between
   * inputs, or within an input's transaction before its next batch, which then rolls back whole.
   */
  signal?: AbortSignal;
}

/**
 * A load stopped through its `signal`: the inputs in `loaded` committed whole, `rolledBack` (if
 * any) was being written and rolled back (nothing of it written), `notBegun` were not written.
 */
export class LoadAbortedError extends Error {
  constructor(
    readonly loaded: string[],
    readonly rolledBack: string | null,
    readonly notBegun: string[],
    readonly reason: unknown,
  ) {
    const why = reason instanceof Error ? reason.message : String(reason);
    const back = rolledBack ? `${rolledBack} was rolled back (nothing of it written)` : 'no input was being written';
    super(
      `load aborted (${why}): ${back}; ${loaded.length} input(s) loaded before${loaded.length ? ` (${loaded.join(', ')})` : ''}, ${notBegun.length} not begun`,
    );
    this.name = 'LoadAbortedError';
  }
}

export const LOAD_TX_TIMEOUT_MS = 600_000;

/** Which of `ids` exist in the graph (looked up per label through the id constraint). */
async function existingIds(db: Db, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const byLabel = new Map<Label, string[]>();
  for (const id of ids) {
    const label = labelOf(id);
    if (!label || !LABELS.includes(label)) continue;
    if (!byLabel.has(label)) byLabel.set(label, []);
    byLabel.get(label)!.push(id);
  }
  // One read per label, all at once.
  const rows = await Promise.all(
    [...byLabel].map(async ([label, list]) => (await db.read<{ ids: string[] }>(withSlots('load/existing-ids', { label }), { ids: list }))[0]),
  );
  for (const row of rows) for (const id of row.ids) found.add(id);
  return found;
}

/** Attempts at writing one input when a concurrent write created one of its new ids first. */
const WRITE_ATTEMPTS = 3;

/**
 * True for a unique-id conflict: the write creates the ids it did not find, so another
 * transaction that created one of them meanwhile fails this one, which is then run again
 * (and finds them).
 */
const isIdConflict = (e: unknown) => (e as { code?: string })?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

/**
 * Loads the inputs in order. Returns one summary per input. Throws LoadValidationError (with
 * every issue of every input) before writing anything if any input is invalid; rethrows a
 * write failure after that input's transaction was rolled back (earlier inputs stay loaded).
 */
export async function loadDatasets(db: Db, inputs: DatasetInput[], opts: LoadProgress = {}): Promise<Array<{ name: string; summary: LoadSummary }>> {
  const started = process.hrtime.bigint();
  let outcome: 'ok' | 'invalid' | 'failed' = 'failed';
  try {
    const results = await validateAndWrite(db, inputs, opts);
    outcome = 'ok';
    return results;
  } catch (e) {
    if (e instanceof LoadValidationError) outcome = 'invalid';
    throw e;
  } finally {
    loadRuns.inc({ outcome });
    loadDuration.observe({ outcome }, secondsSince(started));
  }
}

/** Adds a load's created / updated / unchanged counts to `kg_load_records_total`. */
function countRecords(summary: LoadSummary): void {
  for (const [kind, byLabel] of [
    ['node', summary.nodes],
    ['relationship', summary.relationships],
  ] as const) {
    for (const [label, counts] of Object.entries(byLabel)) {
      for (const [outcome, n] of Object.entries(counts)) if (n > 0) loadRecords.inc({ kind, label, outcome }, n);
    }
  }
}

async function validateAndWrite(db: Db, inputs: DatasetInput[], opts: LoadProgress): Promise<Array<{ name: string; summary: LoadSummary }>> {
  const { signal } = opts;
  const aborted = (loaded: string[], current: string | null) =>
    new LoadAbortedError(
      loaded,
      current,
      inputs.map((i) => i.name).filter((n) => n !== current && !loaded.includes(n)),
      signal?.reason,
    );
  if (signal?.aborted) throw aborted([], null);
  const issues: LoadIssue[] = [];
  // References are checked on the valid records of every input too, so one run reports every
  // problem; references to invalid records are not reported again.
  const parsed: Array<{ name: string; dataset: Dataset; invalidIds: Set<string> }> = [];
  for (const input of inputs) {
    const r = validateShape(input);
    // One by one: spread into push's arguments, some hundred thousand issues overflow the stack.
    for (const issue of r.issues) issues.push(issue);
    if (r.partial) parsed.push({ name: input.name, dataset: r.partial, invalidIds: r.invalidIds });
  }

  const definedIn = new Map<string, Set<string>>();
  for (const { name, dataset } of parsed) definedIn.set(name, new Set([...dataset.sources, ...dataset.nodes].map((r) => r.id)));
  for (const [index, { name, dataset, invalidIds }] of parsed.entries()) {
    // Ids defined by inputs loaded earlier in this same call count as existing.
    const earlier = [...parsed.slice(0, index).map((p) => definedIn.get(p.name)!), invalidIds];
    const known = async (ids: string[]) => {
      const elsewhere = new Set(ids.filter((id) => earlier.some((set) => set.has(id))));
      const inGraph = await existingIds(
        db,
        ids.filter((id) => !elsewhere.has(id)),
      );
      return new Set([...elsewhere, ...inGraph]);
    };
    for (const issue of await validateReferences(name, dataset, known)) issues.push(issue);
  }
  if (issues.length) throw new LoadValidationError(issues);

  const results: Array<{ name: string; summary: LoadSummary }> = [];
  const loaded = () => results.map((r) => r.name);
  for (const { name, dataset } of parsed) {
    if (signal?.aborted) throw aborted(loaded(), null);
    const total = dataset.sources.length + dataset.nodes.length + dataset.relationships.length;
    let done = 0;
    const write = () =>
      db.writeTx((tx) => {
        done = 0;
        return writeDataset(
          tx,
          dataset,
          (n) => {
            done += n;
            opts.onProgress?.(name, done, total);
          },
          signal,
        );
      }, opts.txTimeoutMs ?? LOAD_TX_TIMEOUT_MS);
    for (let attempt = 1; ; attempt++) {
      try {
        const summary = await write();
        // Counted as each input commits: a later input's failure leaves this one loaded.
        countRecords(summary);
        results.push({ name, summary });
        break;
      } catch (e) {
        // Thrown inside the transaction (writeDataset): it rolled back, and the driver did not retry it.
        if (signal?.aborted) throw aborted(loaded(), name);
        if (!isIdConflict(e) || attempt >= WRITE_ATTEMPTS) throw e;
      }
    }
  }
  return results;
}
