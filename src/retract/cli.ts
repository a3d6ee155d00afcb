/**
 * `kg retract FACT --reason WHY --by NAME` and `kg unretract FACT`: FACT is a node's id (a Source's
 * id retracts the source whole), or a relationship's start id with `--type TYPE --to ID
 * [--key KEY]`. Prints what changed; a RetractionError (bad id, not found, already retracted…)
 * exits 1 with its message and writes nothing.
 */
import type { Command } from 'commander';
import type { Db } from '../neo4j/db.js';
import { type FactRef, type RetractionResult, retractFact, undoRetraction } from './index.js';

interface FactOptions {
  type?: string;
  to?: string;
  key?: string;
}

function factOf(fact: string, opts: FactOptions): FactRef {
  if (opts.type === undefined && opts.to === undefined) return { id: fact };
  return { from: fact, type: opts.type ?? '', to: opts.to ?? '', key: opts.key ?? '' };
}

/** One line per change, e.g. `retracted source:x (by desk: misread) with 3 node(s) and 5 relationship(s) it alone stated; graph version 12`. */
export function describeRetraction(r: RetractionResult): string {
  const what = r.retracted ? `retracted ${r.fact} (by ${r.retractedBy}: ${r.retractionReason})` : `restored ${r.fact}`;
  const also =
    r.alsoNodes + r.alsoRelationships > 0
      ? ` with ${r.alsoNodes} node(s) and ${r.alsoRelationships} relationship(s) ${r.retracted ? 'it alone stated' : 'its retraction took along'}`
      : '';
  return `${what}${also}; graph version ${r.graphVersion}`;
}

const withFactOptions = (c: Command) =>
  c
    .argument('<fact>', "a node's id (a Source's id: the source whole), or a relationship's start id with --type and --to")
    .option('--type <TYPE>', 'relationship type, e.g. SUPPLIES')
    .option('--to <ID>', "the relationship's end id")
    .option('--key <KEY>', 'the relationship key (parallel relationships), default empty');

export function addRetractCommands(program: Command, withDb: <T>(work: (db: Db) => Promise<T>) => Promise<T>): void {
  withFactOptions(program.command('retract'))
    .description('retract a fact or a whole source: it leaves every answer and feed and stays in the graph, undoable')
    .requiredOption('--reason <TEXT>', 'why (kept as retractionReason)')
    .requiredOption('--by <NAME>', 'who retracts: the editor key holder name (kept as retractedBy)')
    .action(async (fact: string, opts: FactOptions & { reason: string; by: string }) => {
      console.log(describeRetraction(await withDb((db) => retractFact(db, factOf(fact, opts), { by: opts.by, reason: opts.reason }))));
    });
  withFactOptions(program.command('unretract'))
    .description('undo a retraction: the fact (a source: with the facts it took along) answers again as before')
    .action(async (fact: string, opts: FactOptions) => {
      console.log(describeRetraction(await withDb((db) => undoRetraction(db, factOf(fact, opts)))));
    });
}
