/**
 * Driver values to plain JSON (src/neo4j/db.ts `toPlain`): generated values of every kind the
 * driver decodes (strings, numbers, booleans, null, Integers, bigints, temporal values, nodes,
 * relationships, points, lists and maps nested in each other) come out as the plain value built
 * beside them; Integers beyond 2^53 − 1 are refused.
 */
import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { IntegerRangeError, toPlain } from '../../src/neo4j/db.js';

type Pair = [driver: unknown, plain: unknown];

const leaf: fc.Arbitrary<Pair> = fc.oneof(
  fc.string().map((s): Pair => [s, s]),
  fc.double({ noNaN: true }).map((d): Pair => [d, d]),
  fc.boolean().map((b): Pair => [b, b]),
  fc.constant<Pair>([null, null]),
  fc.constant<Pair>([undefined, null]),
  fc.maxSafeInteger().map((n): Pair => [neo4j.int(n), n]),
  fc.maxSafeInteger().map((n): Pair => [BigInt(n), n]),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d): Pair => {
    const v = neo4j.types.DateTime.fromStandardDate(d);
    return [v, v.toString()];
  }),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d): Pair => {
    const v = neo4j.types.Date.fromStandardDate(d);
    return [v, v.toString()];
  }),
  fc
    .tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }))
    .map(([x, y]): Pair => [new neo4j.types.Point(neo4j.int(7203), x, y), { srid: 7203, x, y, z: null }]),
);

/** A key as data can hold it (also `__proto__`, `constructor`). */
const key = fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString'));

const { value } = fc.letrec<{ value: Pair }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 5 }).map((xs): Pair => [xs.map((x) => x[0]), xs.map((x) => x[1])]),
    fc.array(fc.tuple(key, tie('value')), { maxLength: 5 }).map((entries): Pair => {
      const kept = [...new Map(entries).entries()];
      return [Object.fromEntries(kept.map(([k, x]) => [k, x[0]])), Object.fromEntries(kept.map(([k, x]) => [k, x[1]]))];
    }),
    fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map((entries): Pair => {
      const kept = [...new Map(entries).entries()];
      const props = Object.fromEntries(kept.map(([k, x]) => [k, x[0]]));
      return [new neo4j.types.Node(neo4j.int(1), ['Country'], props, 'e:1'), Object.fromEntries(kept.map(([k, x]) => [k, x[1]]))];
    }),
    fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map((entries): Pair => {
      const kept = [...new Map(entries).entries()];
      const props = Object.fromEntries(kept.map(([k, x]) => [k, x[0]]));
      return [
        new neo4j.types.Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(3), 'PRODUCES', props, 'e:2', 'e:1', 'e:3'),
        Object.fromEntries(kept.map(([k, x]) => [k, x[1]])),
      ];
    }),
  ),
}));

describe('toPlain', () => {
  it('gives every generated driver value as the plain value built beside it', () => {
    fc.assert(
      fc.property(value, ([driver, plain]) => {
        const out = toPlain(driver);
        // Compared as JSON too: a key named `constructor` defeats toStrictEqual's type check.
        expect(out).toEqual(plain);
        expect(JSON.stringify(out)).toBe(JSON.stringify(plain));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a map key named __proto__ as a key', () => {
    const row = JSON.parse('{"__proto__": {"polluted": 1}, "n": 1}') as Record<string, unknown>;
    const out = toPlain(row) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'n']);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });

  it('refuses Integers and bigints beyond 2^53 − 1', () => {
    expect(() => toPlain({ big: neo4j.int('9007199254740992') })).toThrow(IntegerRangeError);
    expect(() => toPlain([BigInt('-9007199254740992')])).toThrow('integer -9007199254740992 is beyond ±(2^53 − 1)');
    expect(toPlain(neo4j.int('9007199254740991'))).toBe(9007199254740991);
  });
});
