/**
 * Numbers that are not numbers, over HTTP: a GraphQL Float literal beyond ±1.8e308 (`1e400`)
 * reaches a resolver as Infinity, and a JSON number so large is parsed as Infinity. Every
 * numeric argument (Float and Int arguments and input fields besides page sizes, which
 * tests/api-page-sizes.test.ts covers) refuses a non-finite or out-of-range value as
 * BAD_USER_INPUT naming the argument and its range, and answers an in-range one; a variable
 * is refused naming it; the feeds' year and the loader's figures say the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INT_RANGE } from '../src/server/literal-argument.js';
import { useBundledApp } from './support/bundled-app.js';
import { bearer, EDITOR, KEYS } from './support/keys.js';
import { gql } from './support/server.js';

const app = useBundledApp({ config: { API_KEYS: KEYS } });

interface NumericArgument {
  argument: string;
  min: number;
  max: number;
  integer: boolean;
  /** The operation with the value (GraphQL literal text) in place. */
  query: (v: string) => string;
}
const ARGUMENTS: NumericArgument[] = [
  { argument: 'minPct', min: 0, max: 100, integer: false, query: (v) => `{ importReliance(minPct: ${v}) { period } }` },
  { argument: 'year', min: 1900, max: 2100, integer: true, query: (v) => `{ supplyConcentration(itemId: "metal:gallium", year: ${v}) { hhi } }` },
  { argument: 'fromYear', min: 1900, max: 2100, integer: true, query: (v) => `{ series(itemId: "metal:gallium", fromYear: ${v}) { statistic } }` },
  { argument: 'toYear', min: 1900, max: 2100, integer: true, query: (v) => `{ series(itemId: "metal:gallium", toYear: ${v}) { statistic } }` },
  { argument: 'year', min: 1900, max: 2100, integer: true, query: (v) => `{ node(id: "country:CN") { ... on Country { production(year: ${v}) { year } } } }` },
  { argument: 'year', min: 1900, max: 2100, integer: true, query: (v) => `{ node(id: "metal:gallium") { ... on Metal { reserves(year: ${v}) { year } } } }` },
  {
    argument: 'year',
    min: 1900,
    max: 2100,
    integer: true,
    query: (v) => `{ node(id: "product:bauxite") { ... on Product { producers(year: ${v}) { year } } } }`,
  },
  {
    argument: 'filter.related[0].year',
    min: 1900,
    max: 2100,
    integer: true,
    query: (v) => `{ countries(filter: { related: [{ type: PRODUCES, year: ${v} }] }) { totalCount } }`,
  },
  { argument: 'filter.quantityMin', min: -1e15, max: 1e15, integer: false, query: (v) => `{ facilities(filter: { quantityMin: ${v} }) { totalCount } }` },
  { argument: 'filter.quantityMax', min: -1e15, max: 1e15, integer: false, query: (v) => `{ facilities(filter: { quantityMax: ${v} }) { totalCount } }` },
  { argument: 'filter.valueMin', min: -1e15, max: 1e15, integer: false, query: (v) => `{ claims(filter: { valueMin: ${v} }) { totalCount } }` },
  { argument: 'filter.valueMax', min: -1e15, max: 1e15, integer: false, query: (v) => `{ claims(filter: { valueMax: ${v} }) { totalCount } }` },
  {
    argument: 'maxDepth',
    min: 1,
    max: 8,
    integer: true,
    query: (v) => `{ dependencyChains(entityId: "company:erg", maxDepth: ${v}, first: 1) { totalChains } }`,
  },
  { argument: 'depth', min: 1, max: 3, integer: true, query: (v) => `{ neighbourhood(entityId: "company:erg", depth: ${v}, limit: 5) { nodeCount } }` },
];

/** A POST whose body is `body` as written (JSON.stringify would write Infinity as null). */
async function raw(path: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, body: await res.json() };
}

const range = (a: NumericArgument) => `from ${a.min} to ${a.max}`;

describe('numbers that are not numbers', () => {
  it('importReliance(minPct: 1e400): BAD_USER_INPUT naming minPct and 0 to 100, not "got null"', async () => {
    const res = await gql(app.url, '{ importReliance(minPct: 1e400) { period } }');
    expect(res.errors?.[0]).toMatchObject({
      message: 'minPct must be a number from 0 to 100 (got Infinity, not a finite number (a number beyond ±1.8e308, such as 1e400, is read as Infinity))',
      extensions: { code: 'BAD_USER_INPUT', argument: 'minPct' },
    });
  });

  it('a variable of 1e400 in the JSON body is refused naming the variable and why', async () => {
    const float = await raw('/graphql', '{"query":"query($m: Float) { importReliance(minPct: $m) { period } }","variables":{"m":1e400}}');
    expect(float.status).toBe(400);
    expect(float.body.errors[0]).toMatchObject({
      message:
        'Variable "$m" got invalid value Infinity; Infinity is not a finite number (a number beyond ±1.8e308, such as 1e400, is read as Infinity), and a Float must be one',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const int = await raw(
      '/graphql',
      '{"query":"query($y: Int) { series(itemId: \\"metal:gallium\\", fromYear: $y) { statistic } }","variables":{"y":-1e400}}',
    );
    expect(int.body.errors[0].message).toMatch(/^Variable "\$y" got invalid value -Infinity; -Infinity is not a finite number/);
  });

  it('property: every numeric argument refuses non-finite and out-of-range values naming itself and its range, and answers in-range ones', async () => {
    const outside = (a: NumericArgument) =>
      fc.oneof(
        fc.constantFrom('1e400', '-1e400', '1.7976931348623159e308'),
        fc
          .double({ min: a.max, max: 1e300, noNaN: true, minExcluded: true })
          .map((v) => (a.integer ? String(Math.ceil(v) === a.max ? a.max + 1 : Math.ceil(v)) : String(v))),
        fc
          .double({ min: -1e300, max: a.min, noNaN: true, maxExcluded: true })
          // -0 is below 0 for the generator but is written "0", which is in range.
          .filter((v) => !Object.is(v, -0))
          .map((v) => (a.integer ? String(Math.floor(v) === a.min ? a.min - 1 : Math.floor(v)) : String(v))),
      );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ARGUMENTS).chain((a) => fc.tuple(fc.constant(a), outside(a))),
        async ([a, v]) => {
          const res = await gql(app.url, a.query(v));
          const error = res.errors?.[0];
          // An Int literal that is not a 32-bit integer (1e400, 2^31) is refused by graphql-js's validation, named with its argument and what an Int holds.
          if (a.integer && !(Number.isInteger(Number(v)) && Math.abs(Number(v)) < 2 ** 31)) {
            expect(res.status).toBe(400);
            expect(error?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', argument: a.argument });
            expect(error!.message).toMatch(/^Int cannot represent non(-integer| 32-bit signed integer) value/);
            expect(error!.message).toContain(`(argument ${a.argument} of `);
            expect(error!.message).toContain(INT_RANGE);
            return;
          }
          expect(error?.extensions?.code, `${a.query(v)}: ${JSON.stringify(res.errors)}`).toBe('BAD_USER_INPUT');
          expect(error!.message).toContain(`${a.argument} must be`);
          expect(error!.message).toContain(range(a));
        },
      ),
      { numRuns: 80 },
    );
    for (const a of ARGUMENTS) {
      for (const v of [a.min, a.max, a.integer ? 2024 : 0].filter((x) => x >= a.min && x <= a.max)) {
        const res = await gql(app.url, a.query(String(v)));
        // In range, the argument is not refused (a year without figures may be, saying so).
        expect(res.errors?.filter((e) => e.message.includes(`${a.argument} must be`)) ?? [], `${a.query(String(v))}`).toEqual([]);
      }
    }
  });

  it("the feeds' year and the loader's figures: non-finite or out of range, named with the range", async () => {
    for (const y of ['1e400', '99999', '1899']) {
      const res = await fetch(`${app.url}/feeds/production?year=${y}`);
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error.parameter).toBe('year');
      expect(error.message).toMatch(/^year: expected a year from 1900 to 2100/);
    }
    const dataset = (quantity: string) =>
      `{"sources":[{"id":"source:numbers","name":"Numbers test","sourceType":"dataset"}],"nodes":[{"id":"facility:numbers","label":"Facility","name":"Numbers test","facilityType":"plant","quantity":${quantity},"unit":"t","sources":["source:numbers"]}]}`;
    const load = await raw('/admin/load?name=numbers', dataset('1e400'), bearer(EDITOR));
    expect(load.status).toBe(400);
    expect(load.body.errors[0].extensions.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          record: 'facility:numbers',
          field: 'quantity',
          message: 'expected a finite number, got Infinity (a number beyond ±1.8e308, such as 1e400, is read as Infinity)',
        }),
      ]),
    );
    const huge = await raw('/admin/load?name=numbers', dataset('1e300'), bearer(EDITOR));
    expect(huge.body.errors[0].extensions.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'quantity', message: expect.stringMatching(/^must be at most 1e\+10 t once converted/) })]),
    );
    const [{ n }] = await app.db.read<{ n: number }>("MATCH (f:Facility {id: 'facility:numbers'}) RETURN count(f) AS n");
    expect(n).toBe(0);
  });
});
