/** The response cache's key (src/server/response-cache.ts), pure: same operation, same key, whatever its layout. */
import fc from 'fast-check';
import { Lexer, parse, Source, TokenKind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { type CacheKeyParts, cacheKey } from '../../src/server/response-cache.js';

const QUERIES = [
  'query Probe($id: ID!, $first: Int = 5) { companies(filter: { id: $id }, first: $first) { totalCount edges { node { id name } } } }',
  '{ supplyConcentration(measureId: "measure:gallium-primary-production", year: 2024) { hhi producers { share } } }',
  'query A { metals(first: 2) { edges { cursor node { ...M } } } } fragment M on Metal { id name }',
];

/** The tokens of a document, as graphql-js reads them (strings re-quoted as JSON). */
function tokens(query: string): string[] {
  const lexer = new Lexer(new Source(query));
  const out: string[] = [];
  for (let t = lexer.advance(); t.kind !== TokenKind.EOF; t = lexer.advance()) {
    out.push(t.kind === TokenKind.STRING ? JSON.stringify(t.value) : t.kind === TokenKind.SPREAD ? '...' : (t.value ?? t.kind));
  }
  return out;
}

/** Ignored text a client may put between tokens: blanks, commas, line breaks, comments. */
const ignored = fc.array(fc.constantFrom(' ', '\t', '\n', '\r\n', ',', '  ', ' # a comment\n', '#x\r'), { minLength: 1, maxLength: 3 }).map((a) => a.join(''));

/** A copy of `value` with every object's keys in a shuffled order. */
const shuffled = (value: unknown, order: number[]): unknown => {
  if (Array.isArray(value)) return value.map((v) => shuffled(v, order));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const keys = entries.map((_, i) => i).sort((x, y) => (order[x % order.length] ?? 0) - (order[y % order.length] ?? 0));
  return Object.fromEntries(keys.map((i) => [entries[i][0], shuffled(entries[i][1], order)]));
};

const base = (query: string, variables: Record<string, unknown>): CacheKeyParts => ({
  document: parse(query),
  operationName: null,
  variables,
  role: 'reader',
  graphVersion: '5f0c5d3e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
  date: '2026-12-01',
});

describe('response cache key', () => {
  it('is the same for the same operation laid out differently', () => {
    const compact = '{companies(first:2){edges{node{id}}}}';
    const spread = '# the first two\nquery {\n  companies(first: 2) {\n    edges { node { id, } }\n  }\n}\n';
    expect(cacheKey(base(spread, {}))).toBe(cacheKey(base(compact, {})));
  });

  it('any ignored text between tokens and any key order of the variables give the same key (property)', () => {
    const vars = fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 });
    fc.assert(
      fc.property(
        fc.constantFrom(...QUERIES),
        fc.infiniteStream(ignored),
        vars,
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        (query, gaps, variables, order) => {
          const laidOut = tokens(query)
            .map((t) => `${t}${gaps.next().value}`)
            .join('');
          expect(cacheKey(base(laidOut, shuffled(variables, order) as Record<string, unknown>))).toBe(cacheKey(base(query, variables)));
        },
      ),
    );
  });

  it('differs when the selection, a variable, the operation name, the role, the version or the date differs', () => {
    const q = 'query Probe($id: ID!) { node(id: $id) { id } }';
    const ref = base(q, { id: 'metal:gallium' });
    const keys = [
      ref,
      base('query Probe($id: ID!) { node(id: $id) { id label } }', { id: 'metal:gallium' }),
      base(q, { id: 'metal:germanium' }),
      { ...ref, operationName: 'Probe' },
      { ...ref, role: null },
      { ...ref, graphVersion: '0d6b7a52-9c1e-4f00-b2a3-6e5d4c3b2a10' },
      { ...ref, date: '2026-12-02' },
    ].map(cacheKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
