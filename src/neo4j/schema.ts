/**
 * Schema as code: the constraints and indexes in `cypher/schema/`, applied at start-up.
 * Every statement is `IF NOT EXISTS`, so re-applying changes nothing.
 */
import { cypher, withSlots } from '../cypher.js';
import { LABELS } from '../model/schema.js';
import type { Db } from './db.js';

/** The statements, in order: a unique-id constraint per label, the full-text index, the rest. */
export function schemaStatements(): string[] {
  return [
    ...LABELS.map((label) => withSlots('schema/unique-id', { label })),
    withSlots('schema/fulltext-names', { labels: LABELS }),
    cypher('schema/rel-key-index'),
    cypher('schema/supplies-item-index'),
  ];
}

/** Names of the indexes the schema creates (the constraints' backing indexes included). */
export const SCHEMA_INDEX_NAMES = [...LABELS.map((l) => `${l}_id`), 'entityNames', 'producesMeasure', 'suppliesItem'];

/** Applies every schema statement. Throws what Neo4j throws (e.g. DatabaseUnavailableError). */
export async function applySchema(db: Db): Promise<void> {
  for (const statement of schemaStatements()) await db.run(statement);
}

/** True when every index and constraint of the schema exists in the database. */
export async function schemaApplied(db: Db): Promise<boolean> {
  const [row] = await db.read<{ names: string[] }>(cypher('schema/show'));
  return SCHEMA_INDEX_NAMES.every((n) => row.names.includes(n));
}
