/**
 * The model is defined once (src/model/schema.ts); the GraphQL SDL and the docs follow it.
 * These checks fail when either drifts from the zod schemas.
 */
import { readFileSync } from 'node:fs';
import { buildASTSchema, isEnumType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../src/graphql/core/typedefs.js';
import { LABELS, type Label, NodeSchemas, REL_TYPE_NAMES } from '../../src/model/schema.js';

const schema = buildASTSchema(typeDefs);
const enumValues = (name: string) => {
  const t = schema.getType(name);
  if (!isEnumType(t)) throw new Error(`${name} is not an enum`);
  return t.getValues().map((v) => v.name);
};

/** Stored properties and the GraphQL field that exposes each (grouped ones map to their group). */
const fieldFor = (prop: string): string => {
  if (['quantity', 'unit', 'quantityBound'].includes(prop)) return prop === 'unit' ? 'unit|quantity' : 'quantity';
  if (['amount', 'currency', 'amountBound'].includes(prop)) return 'money';
  if (/^valid(From|To)(Text)?$/.test(prop)) return 'validity';
  return prop;
};

describe('the GraphQL SDL follows the model', () => {
  it('has the same labels and relationship types', () => {
    expect(enumValues('Label').sort()).toEqual([...LABELS].sort());
    expect(enumValues('RelationshipType').sort()).toEqual([...REL_TYPE_NAMES].sort());
  });

  it.each(LABELS)('exposes every property of %s', (label: Label) => {
    const type = schema.getType(label);
    expect(isObjectType(type)).toBe(true);
    const fields = Object.keys((type as { getFields(): object }).getFields());
    expect(type && 'getInterfaces' in type && type.getInterfaces().map((i) => i.name)).toEqual(expect.arrayContaining(['Node', 'Entity']));
    for (const prop of Object.keys(NodeSchemas[label].shape)) {
      const options = fieldFor(prop).split('|');
      expect({ label, prop, exposed: options.some((f) => fields.includes(f)) }).toEqual({ label, prop, exposed: true });
    }
  });
});

describe('the docs follow the model', () => {
  const doc = readFileSync('docs/model.md', 'utf8');
  it('describe every label and relationship type', () => {
    for (const name of [...LABELS, ...REL_TYPE_NAMES]) expect(doc).toContain(`| \`${name}\` |`);
  });
});
