import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Three tiers, one project each: `unit` (pure, no Java, no Neo4j), `integration` (a real Neo4j
 * that the global setup starts) and `browser` (the pages in Chromium, against the same kind of
 * Neo4j). `vitest run --project <name>` runs one tier; `vitest run` runs all three, in that order.
 */
const neo4jTier = {
  // One throwaway Neo4j serves the tier; test files share it, so they run one at a time.
  globalSetup: ['tests/support/global-setup.ts'],
  fileParallelism: false,
  testTimeout: 120_000,
  // Loading the bundled graph takes minutes on a busy two-core machine.
  hookTimeout: 600_000,
  teardownTimeout: 60_000,
};

// One graphql-js for everything: Node loads graphql's CommonJS build for Apollo and the other
// packages (graphql has no `exports` map), while Vite would resolve our imports to its ESM build
// (`module` field), a second copy whose classes fail graphql's instanceof checks. Point every
// import of graphql at the files Node loads.
const graphqlMain = createRequire(import.meta.url).resolve('graphql');
const graphqlDir = path.dirname(graphqlMain);

const resolve = {
  alias: [
    { find: /^graphql$/, replacement: graphqlMain },
    { find: /^graphql\/(.+?)(\.js)?$/, replacement: `${graphqlDir}/$1.js` },
  ],
};

// The unit tier's files share their workers' module cache (`isolate: false`): they are pure and
// leave no global state behind, and loading compromise, zod and graphql once per worker instead
// of once per file halves the tier's time.
export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      { resolve, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000, isolate: false, sequence: { groupOrder: 0 } } },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/unit/**', 'tests/browser.test.ts'],
          ...neo4jTier,
          sequence: { groupOrder: 1 },
        },
      },
      { resolve, test: { name: 'browser', include: ['tests/browser.test.ts'], ...neo4jTier, sequence: { groupOrder: 2 } } },
    ],
  },
});
