/** How much caller text error messages quote (src/server/echo.ts), pure: clip, shown, boundEchoes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundEchoes, clip, clipAll, ECHO_MAX, nonFiniteVariable, shares, shown, shownList, zodIssueMessage } from '../../src/server/echo.js';

/** The longest run of `text`'s characters (code points, in order) found in `message`. */
const longestEchoed = (message: string, text: string) => {
  const points = Array.from(text);
  let best = 0;
  for (let i = 0; i < points.length; i++) {
    for (let n = best + 1; i + n <= points.length && message.includes(points.slice(i, i + n).join('')); n++) best = n;
  }
  return best;
};

describe('echoed text', () => {
  it('cuts an unknown id of 200 characters to 80 with an ellipsis', () => {
    const id = `metal:${'x'.repeat(194)}`;
    expect(clip(id)).toBe(`metal:${'x'.repeat(74)}…`);
    expect(shown(id)).toBe(`"metal:${'x'.repeat(74)}…"`);
    expect(boundEchoes(`Metal ${id} not found`)).toBe(`Metal metal:${'x'.repeat(74)}… not found`);
    expect(clip('metal:gallium')).toBe('metal:gallium');
  });

  it('never splits a surrogate pair', () => {
    expect(clip('😀'.repeat(100))).toBe(`${'😀'.repeat(80)}…`);
  });

  it('no message quotes more than ECHO_MAX characters of any input, quoted or bare (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '😀', ':', '-'), minLength: 0, maxLength: 400 });
    fc.assert(
      fc.property(text, (input) => {
        // A quoted value (as `shown` writes it) is cut whole: at most ECHO_MAX of its characters.
        const quoted = boundEchoes(`id ${shown(input)} is not a typed id: expected <prefix>:<slug>`);
        expect(longestEchoed(quoted, input)).toBeLessThanOrEqual(ECHO_MAX);
        expect(quoted).toMatch(/^id ".*" is not a typed id: expected <prefix>:<slug>$/s);
        // A bare one (an id in a NOT_FOUND message) word by word: no unbroken run beyond ECHO_MAX.
        const bare = boundEchoes(`Metal ${input} not found`);
        for (const word of bare.split(' ')) expect(Array.from(word).length).toBeLessThanOrEqual(ECHO_MAX + 1);
        expect(bare).toMatch(/^Metal .* not found$/s);
      }),
      { numRuns: 500 },
    );
  });
});

/** Characters of caller text in `field`: the test's caller writes only these two letters (and spaces, uncounted). */
const callerChars = (field: string) => (field.match(/[жю]/g) ?? []).length;

describe('caller text per field, however many values quote it', () => {
  it("graphql-js's variable-coercion message quotes the value twice; three unknown keys: each field keeps ECHO_MAX in all", () => {
    const value = 'ж'.repeat(500);
    const coercion = `Variable "$n" got invalid value "${value}"; Int cannot represent non-integer value: "${value}"`;
    const bounded = boundEchoes(coercion);
    expect(callerChars(bounded)).toBe(78);
    expect(bounded).toBe(`Variable "$n" got invalid value "${'ж'.repeat(39)}…"; Int cannot represent non-integer value: "${'ж'.repeat(39)}…"`);
    expect(shownList(['ж'.repeat(300), 'ю'.repeat(300), 'ab', 'more'])).toBe(`"${'ж'.repeat(39)}…", "${'ю'.repeat(39)}…", "ab" and 1 more`);
    expect(clipAll(['company:erg', 'ж'.repeat(100)])).toEqual(['company:erg', `${'ж'.repeat(69)}…`]);
    // graphql-js prints an object variable with its keys unquoted, then quotes the key again.
    const key = 'ж ю '.repeat(100);
    const object = boundEchoes(`Variable "$f" got invalid value { ${key}: 1 } at "f.${key}"; Field "${key}" is not defined by type "CompanyFilter".`);
    expect(callerChars(object)).toBeLessThanOrEqual(ECHO_MAX);
    expect(object).toMatch(/^Variable "\$f" got invalid value \{ .*… at "f\..*…"; Field ".*…" is not defined by type "CompanyFilter"\.$/s);
  });

  it('shares: short values whole, long ones equal shares, never more than the budget in all (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { maxLength: 8 }), fc.nat(200), (lengths, budget) => {
        const kept = shares(lengths, budget);
        expect(kept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(budget);
        for (const [i, k] of kept.entries()) expect(k).toBeLessThanOrEqual(lengths[i]);
        // All whole when they fit; otherwise every cut one keeps at least as much as any other value (but for rounding).
        if (lengths.reduce((a, b) => a + b, 0) <= budget) expect(kept).toEqual(lengths);
        const cut = kept.filter((k, i) => k < lengths[i]);
        for (const k of cut) expect(k).toBeGreaterThanOrEqual(Math.max(...kept) - 1);
      }),
      { numRuns: 500 },
    );
  });

  it('any number of quoted or long bare caller values in one message: at most ECHO_MAX of their characters (property)', () => {
    const value = fc.string({ unit: fc.constantFrom('ж', 'ю', ' ', '"', '\\'), maxLength: 600 });
    const bare = fc.string({ unit: fc.constantFrom('ж', 'ю'), minLength: 81, maxLength: 600 });
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            value.map(shown),
            value.map((v) => JSON.stringify(v)),
            bare,
          ),
          { minLength: 1, maxLength: 6 },
        ),
        (parts) => {
          const message = parts.map((p, i) => `part ${i} is ${p}`).join('; ');
          expect(callerChars(boundEchoes(message))).toBeLessThanOrEqual(ECHO_MAX);
          expect(callerChars(shownList(parts))).toBeLessThanOrEqual(ECHO_MAX);
          expect(clipAll(parts).reduce((n, p) => n + Array.from(p.replace(/…$/, '')).length, 0)).toBeLessThanOrEqual(ECHO_MAX);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('numbers that are not numbers, in messages', () => {
  it('shows Infinity, -Infinity and NaN as such (JSON writes them null), and explains a refused variable and a loader figure', () => {
    expect([Infinity, -Infinity, Number.NaN, 1e300].map((v) => shown(v))).toEqual(['Infinity', '-Infinity', 'NaN', '1e+300']);
    expect(nonFiniteVariable('Variable "$m" got invalid value Infinity; Float cannot represent non numeric value: Infinity')).toBe(
      'Variable "$m" got invalid value Infinity; Infinity is not a finite number (a number beyond ±1.8e308, such as 1e400, is read as Infinity), and a Float must be one',
    );
    expect(nonFiniteVariable('Variable "$n" got invalid value 1.5; Int cannot represent non-integer value: 1.5')).toBe(
      'Variable "$n" got invalid value 1.5; Int cannot represent non-integer value: 1.5',
    );
    // An enum's or literal's allowed values, whole: one, two (a boolean parameter) or more.
    expect([['A'], ['true', 'false'], ['X', 'Y', 'Z']].map((values) => zodIssueMessage({ code: 'invalid_value', message: 'Invalid option', values }))).toEqual([
      'expected A',
      'expected true or false',
      'expected one of X, Y, Z',
    ]);
    expect(zodIssueMessage({ code: 'invalid_type', message: 'Invalid input: expected number, received Infinity', received: 'Infinity' })).toBe(
      'expected a finite number, got Infinity (a number beyond ±1.8e308, such as 1e400, is read as Infinity)',
    );
  });
});
