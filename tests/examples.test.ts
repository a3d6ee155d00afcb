/**
 * Every saved query of examples/ and every GraphQL block of the README runs against the
 * bundled data without errors and returns data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

const app = useBundledApp();

const saved = readdirSync('examples')
  .filter((f) => f.endsWith('.graphql'))
  .sort();
const readmeBlocks = [...readFileSync('README.md', 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)]
  .flatMap((m) => m[1].split(/\n(?=# )/))
  .map((block) => block.trim())
  .filter((b) => b.includes('{'));

/** True when some leaf of the answer holds a value (not only nulls and empty lists). */
const hasValues = (v: unknown): boolean =>
  Array.isArray(v) ? v.some(hasValues) : v !== null && typeof v === 'object' ? Object.values(v).some(hasValues) : v !== null && v !== undefined;

describe('saved example queries', () => {
  it('covers every capability of the API', () => {
    const text = saved.map((f) => readFileSync(`examples/${f}`, 'utf8')).join('\n');
    for (const field of [
      'search(',
      'dependencyChains(',
      'exposure(',
      'paths(',
      'neighbourhood(',
      'supplyConcentration(',
      'companies(',
      'node(',
      'exportControls(',
      'importReliance(',
      'asOf',
      'series(',
      'valueChainConcentration(',
    ]) {
      expect({ field, found: text.includes(field) }).toEqual({ field, found: true });
    }
  });

  it.each(saved)('examples/%s answers without errors', async (file) => {
    const res = await gql(app.url, readFileSync(`examples/${file}`, 'utf8'));
    expect(res.errors).toBeUndefined();
    expect(hasValues(res.data)).toBe(true);
  });

  it.each(readmeBlocks.map((b, i) => [i + 1, b]))('README query %i answers without errors', async (_i, query) => {
    const res = await gql(app.url, query as string);
    expect(res.errors).toBeUndefined();
    expect(hasValues(res.data)).toBe(true);
  });
});
