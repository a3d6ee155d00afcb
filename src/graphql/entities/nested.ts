/**
 * One statement for an entity and the relationship fields a selection asks of it, nested (a
 * look-ahead plan, `lookahead.ts`), instead of one round trip per level; and the priming of
 * the relationship loaders with its rows, so the field resolvers (which shape, sort and
 * resolve the edges as always) find them without a round trip.
 *
 * The statement is composed of the `cypher/entities/nested-*` fragments only: labels and
 * relationship types fill their slots through `withSlots` (the model's allow-lists); every
 * value, the plan's filters included, travels as a parameter.
 */
import { cypher, withSlots } from '../../cypher.js';
import { LABELS, type Label } from '../../model/schema.js';
import type { Db } from '../../neo4j/db.js';
import type { Loaders, Row } from '../core/loaders.js';
import { int } from '../core/shapes.js';
import type { FieldPlan } from './lookahead.js';
import { type RelationRow, relationFilters } from './relation-query.js';
import { TYPED_FIELD_CAP } from './relations.js';

/** One field's result: its rows (as `fetchRelations` gives them) and its nested fields' results per other end. */
export interface FieldResult {
  rows: RelationRow[];
  nested: Array<{ id: string; fields: FieldResult[] }>;
}

/** The field blocks of a plan level, in plan order (the statement finds each entry's parameters by position). */
function fieldBlocks(plan: FieldPlan[]): string[] {
  return plan.flatMap((f) => {
    if (f.query.first !== TYPED_FIELD_CAP) throw new Error(`a nested field must take at most ${TYPED_FIELD_CAP} rows (got ${f.query.first})`);
    // withSlots checks every value against both allow-lists; its type admits only Label[] as a list.
    const open = withSlots('entities/nested-field', { label: f.query.label, types: f.query.types as unknown as Label[] });
    if (!f.children.length) return [open, cypher('entities/nested-field-end')];
    return [open, cypher('entities/nested-children'), ...fieldBlocks(f.children), cypher('entities/nested-children-end')];
  });
}

/** A plan level as the statement's `$plan` parameter (see `cypher/entities/nested-field`). */
function planParam(plan: FieldPlan[]): Array<Record<string, unknown>> {
  return plan.map(({ query: q, children }) => ({ ...relationFilters(q), children: planParam(children) }));
}

/**
 * The statement and parameters that fetch the entity `id` of `label` (as
 * `entities/node-by-id` does) with the plan's fields nested. Returns at most one row:
 * `{ node, fields: FieldResult[] }` (fields in plan order). Throws if the plan holds a label
 * or type outside the model, or a field whose `first` is not TYPED_FIELD_CAP.
 */
export function nestedNodeStatement(label: Label, id: string, plan: FieldPlan[]): { query: string; params: Record<string, unknown> } {
  const query = [withSlots('entities/nested-node', { label }), ...fieldBlocks(plan), cypher('entities/nested-node-return')].join('\n');
  return { query, params: { id, label, plan: planParam(plan), first: int(TYPED_FIELD_CAP), labels: LABELS } };
}

/**
 * The blocks that follow `entities/list-page` (for entities of `label`) to add the plan's
 * fields of every entity of the page, and their parameters (to add to the list's). The
 * statement then returns one row {totalCount, page (as `entities/list-return`), id: null} and
 * one row {totalCount, page: null, id, fields: FieldResult[]} per entity of the page. Throws as
 * `nestedNodeStatement`.
 */
export function nestedPageBlocks(label: Label, plan: FieldPlan[]): { query: string; params: Record<string, unknown> } {
  const query = [withSlots('entities/nested-page', { label }), ...fieldBlocks(plan), cypher('entities/nested-page-return')].join('\n');
  return { query, params: { plan: planParam(plan), first: int(TYPED_FIELD_CAP), labels: LABELS } };
}

/**
 * The entity `id` of `label` with the plan's fields, in one round trip: `{ node, fields }`, or
 * null when there is no such entity. Errors are the database's.
 */
export async function fetchNodeNested(db: Db, label: Label, id: string, plan: FieldPlan[]): Promise<{ node: Row; fields: FieldResult[] } | null> {
  const { query, params } = nestedNodeStatement(label, id, plan);
  const [row] = await db.read<{ node: Row; fields: FieldResult[] }>(query, params);
  return row ?? null;
}

/**
 * Primes the relationship loaders with the results of `plan` for the entity `id` of `label`,
 * then, level by level, for their other ends. A field whose label is not the entity's is
 * skipped (its block found nothing for it); so is an entry the loader already holds.
 */
export function primeNested(loaders: Loaders, label: Label, id: string, plan: FieldPlan[], fields: FieldResult[]): void {
  plan.forEach((f, i) => {
    const result = fields[i];
    if (!result || f.query.label !== label) return;
    loaders.relations(f.query).prime(id, result.rows);
    if (!f.children.length) return;
    const labelOf = new Map(result.rows.map((r) => [r.other.id, r.other.label as Label]));
    for (const n of result.nested) {
      const l = labelOf.get(n.id);
      if (l) primeNested(loaders, l, n.id, f.children, n.fields);
    }
  });
}
