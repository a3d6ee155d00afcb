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

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000, sequence: { groupOrder: 0 } } },
      {
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/unit/**', 'tests/browser.test.ts'],
          ...neo4jTier,
          sequence: { groupOrder: 1 },
        },
      },
      { test: { name: 'browser', include: ['tests/browser.test.ts'], ...neo4jTier, sequence: { groupOrder: 2 } } },
    ],
  },
});
