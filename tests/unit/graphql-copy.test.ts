/** The tests load one graphql-js, the one Apollo uses, so graphql's instanceof checks hold across it and our code. */
import { createRequire } from 'node:module';
import { ApolloServer } from '@apollo/server';
import { GraphQLObjectType, type GraphQLResolveInfo, isObjectType } from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields.js';
import { describe, expect, it } from 'vitest';

describe('graphql-js', () => {
  it('is one module instance for our imports, its subpaths and the packages that require it', async () => {
    const required = createRequire(import.meta.url)('graphql') as typeof import('graphql');
    expect(required.GraphQLObjectType).toBe(GraphQLObjectType);
    const requiredCollect = createRequire(import.meta.url)('graphql/execution/collectFields.js') as { collectSubfields: unknown };
    expect(requiredCollect.collectSubfields).toBe(collectSubfields);

    let parentIsObjectType: boolean | undefined;
    const server = new ApolloServer({
      typeDefs: 'type Query { answer: Int }',
      resolvers: {
        Query: {
          answer: (_p: unknown, _a: unknown, _c: unknown, info: GraphQLResolveInfo) => {
            parentIsObjectType = info.parentType instanceof GraphQLObjectType && isObjectType(info.parentType);
            return 42;
          },
        },
      },
    });
    const res = await server.executeOperation({ query: '{ answer }' });
    expect(res.body.kind === 'single' && res.body.singleResult.data).toEqual({ answer: 42 });
    expect(parentIsObjectType).toBe(true);
  });
});
