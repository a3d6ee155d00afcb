/**
 * Resolvers of schema/retract.graphql: `retractFact` and `undoRetraction` (role editor, checked
 * before anything runs, core/roles.ts), over src/retract. The retraction records the key's name.
 */
import { type FactRef, RetractionError, retractFact, undoRetraction } from '../../retract/index.js';
import { badInput, notFound } from '../core/errors.js';
import type { WriteContext } from '../mutations/mutations.js';

interface FactInput {
  id?: string | null;
  relationship?: { from: string; type: string; to: string; key?: string | null } | null;
}

/** The fact an input names; BAD_USER_INPUT unless exactly one of id and relationship is given. */
function factRef(input: FactInput): FactRef {
  const { id, relationship: r } = input;
  if ((id == null) === (r == null)) throw badInput('fact: give either id or relationship', 'fact');
  return id != null ? { id } : { from: r!.from, type: r!.type, to: r!.to, key: r!.key ?? '' };
}

/** The argument path of what a RetractionError names: the fact's `id` or a part of its `relationship`. */
const FACT_PATHS: Record<string, string> = {
  id: 'fact.id',
  relationship: 'fact.relationship',
  from: 'fact.relationship.from',
  to: 'fact.relationship.to',
  type: 'fact.relationship.type',
  key: 'fact.relationship.key',
};

/**
 * Runs `work`, answering a RetractionError as a GraphQL error naming the argument path
 * (`fact.relationship.to`): NOT_FOUND (its message says what names nothing) or BAD_USER_INPUT.
 */
async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!(e instanceof RetractionError)) throw e;
    const argument = e.argument && (FACT_PATHS[e.argument] ?? e.argument);
    if (e.code === 'NOT_FOUND') throw notFound(e.message.replace(/ not found$/, ''), [], argument ?? 'fact');
    throw badInput(e.message, argument);
  }
}

export const retractResolvers = {
  Mutation: {
    retractFact: (_: unknown, args: { fact: FactInput; reason: string }, { db, auth }: WriteContext) =>
      mapped(() => retractFact(db, factRef(args.fact), { by: auth.name ?? 'unnamed key', reason: args.reason })),
    undoRetraction: (_: unknown, args: { fact: FactInput }, { db }: WriteContext) => mapped(() => undoRetraction(db, factRef(args.fact))),
  },
};
