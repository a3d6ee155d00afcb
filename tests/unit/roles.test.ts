/**
 * Every write of the schema needs a role (src/graphql/core/roles.ts), pure: the Mutation type's
 * fields and FIELD_ROLES list the same fields, so a new mutation cannot be left open by omission.
 */
import { buildASTSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { FIELD_ROLES } from '../../src/graphql/core/roles.js';
import { typeDefs } from '../../src/graphql/core/typedefs.js';

describe('roles of writes', () => {
  it('lists every Mutation field of the schema, and nothing else', () => {
    const mutation = buildASTSchema(typeDefs).getMutationType();
    const fields = Object.keys(mutation?.getFields() ?? {}).map((f) => `Mutation.${f}`);
    expect(fields.sort()).toEqual(Object.keys(FIELD_ROLES).sort());
    expect(fields).toContain('Mutation.loadDataset');
  });

  it('names only roles that keys can carry', () => {
    expect(new Set(Object.values(FIELD_ROLES))).toEqual(new Set(['editor', 'admin']));
  });
});
