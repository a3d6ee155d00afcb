/**
 * Schema as code: the constraints and indexes in `cypher/schema/`, applied at start-up.
 * Every statement is `IF NOT EXISTS`, so re-applying changes nothing.
 */
import { cypher, withSlots } from '../cypher.js';
import { LABELS } from '../model/schema.js';
import type { Db } from './db.js';

/** The statements, in order: a unique-id constraint per label, the full-text index (replacing the earlier one), the exact-key index, the rest. */
export function schemaStatements(): string[] {
  return [
    ...LABELS.map((label) => withSlots('schema/unique-id', { label })),
    cypher('schema/drop-fulltext-names'),
    withSlots('schema/fulltext-names', { labels: LABELS }),
    withSlots('schema/fulltext-keys', { labels: LABELS }),
    cypher('schema/rel-key-index'),
    cypher('schema/supplies-item-index'),
  ];
}

/** Names of the indexes the schema creates (the constraints' backing indexes included). */
export const SCHEMA_INDEX_NAMES = [...LABELS.map((l) => `${l}_id`), 'entitySearch', 'entityKeys', 'producesMeasure', 'suppliesItem'];

/**
 * Neo4j's answers to a schema statement whose rule another transaction created meanwhile
 * (`IF NOT EXISTS` is checked before the concurrent creation commits): the wanted state holds.
 */
const ALREADY_THERE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
]);

/**
 * Applies every schema statement, each in its own managed write transaction. Replicas starting
 * together may apply it at once: the deadlock Neo4j then reports to one of them is transient (the
 * driver retries it), and a rule the other created meanwhile counts as applied. Throws what
 * Neo4j throws otherwise (e.g. DatabaseUnavailableError).
 */
export async function applySchema(db: Db): Promise<void> {
  for (const statement of schemaStatements()) {
    try {
      await db.writeTx((tx) => tx.run(statement));
    } catch (e) {
      if (!ALREADY_THERE.has((e as { code?: string }).code ?? '')) throw e;
    }
  }
}

/** True when every index and constraint of the schema exists in the database. */
export async function schemaApplied(db: Db): Promise<boolean> {
  const [row] = await db.read<{ names: string[] }>(cypher('schema/show'));
  return SCHEMA_INDEX_NAMES.every((n) => row.names.includes(n));
}
