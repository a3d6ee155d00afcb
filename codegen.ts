/**
 * GraphQL Code Generator: TypeScript types from the SDL under schema/ (`npm run codegen`).
 * - src/graphql/core/generated/schema.ts: the schema's types and the resolver signatures
 *   (arguments, parents, results, the Context), for the resolvers;
 * - tests/generated/operations.ts: result and variable types and typed documents of the
 *   operations in examples/ and the load benchmark.
 * `npm run codegen:check` fails when a generated file is stale (CI runs it).
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const shared = {
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: { ID: 'string', JSON: 'unknown' },
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
};

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/core/generated/schema.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: { ...shared, contextType: '../context.js#Context', useIndexSignature: false, optionalResolveType: true },
    },
    'tests/generated/operations.ts': {
      documents: ['examples/*.graphql', 'bench/load.ts'],
      plugins: ['typescript-operations', 'typed-document-node'],
      config: shared,
    },
  },
};

export default config;
