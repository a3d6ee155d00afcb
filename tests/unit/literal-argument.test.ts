/**
 * The argument of a refused Int literal (src/server/literal-argument.ts), pure: graphql-js's own
 * validation of real documents against the service's schema, then the place it points at.
 */
import fc from 'fast-check';
import { buildASTSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../src/graphql/core/typedefs.js';
import { INT_RANGE, intLiteralRefusal, literalPlace } from '../../src/server/literal-argument.js';

const schema = buildASTSchema(typeDefs);
const refusals = (query: string) => validate(schema, parse(query)).map(intLiteralRefusal);

describe('the argument of a refused Int literal', () => {
  it('names a root argument, its field and what an Int holds', () => {
    expect(refusals('{ dependencyChains(entityId: "company:erg", maxDepth: 1e400) { maxDepth } }')).toEqual([
      { argument: 'maxDepth', message: `Int cannot represent non-integer value: 1e400 (argument maxDepth of dependencyChains: ${INT_RANGE})` },
    ]);
  });

  it('names a nested input field with its list index, under an alias', () => {
    const [refusal] = refusals('{ c: countries(filter: { related: [{ type: PRODUCES }, { type: PRODUCES, year: 99999999999 }] }) { totalCount } }');
    expect(refusal).toEqual({
      argument: 'filter.related[1].year',
      message: `Int cannot represent non 32-bit signed integer value: 99999999999 (argument filter.related[1].year of c: ${INT_RANGE})`,
    });
  });

  it('leaves every other error alone', () => {
    expect(validate(schema, parse('{ nope }')).map(intLiteralRefusal)).toEqual([undefined]);
    expect(intLiteralRefusal(new Error('Int cannot represent x'))).toBeUndefined();
    expect(literalPlace('{ not parsed', 3)).toBeUndefined();
  });

  it('property: any out-of-range Int at any list position of a nested filter is named by its exact path', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 5 }),
        fc.oneof(fc.constantFrom('1e400', '-1e400', '2147483648', '-2147483649', '1.5'), fc.bigInt({ min: 2n ** 31n, max: 2n ** 80n }).map(String)),
        fc.boolean(),
        (index, value, alias) => {
          const items = Array.from({ length: index + 1 }, (_, i) => (i === index ? `{ type: PRODUCES, year: ${value} }` : '{ type: PRODUCES }'));
          const field = alias ? 'a: countries' : 'countries';
          const found = refusals(`{ ${field}(first: 1, filter: { related: [${items.join(', ')}] }) { totalCount } }`);
          expect(found).toHaveLength(1);
          expect(found[0]?.argument).toBe(`filter.related[${index}].year`);
          expect(found[0]?.message).toContain(`of ${alias ? 'a' : 'countries'}: ${INT_RANGE}`);
        },
      ),
      { numRuns: 200 },
    );
  });
});
