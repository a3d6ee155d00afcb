/**
 * The id rule (src/model/ids.ts), text trimming and the lone-surrogate walk (src/model/text.ts), pure: each against an
 * oracle written from its documented grammar, over many generated values, so a fast path can
 * never accept or trim what the rule does not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_MAX, idIssue, LABEL_PREFIX, LABELS, type Label } from '../../src/model/ids.js';
import { illFormedStrings, trimText } from '../../src/model/text.js';

/** The rule as docs/model.md states it: a known prefix, then an ASCII slug (a country: two capitals), at most ID_MAX. */
function oracle(value: string, labels?: readonly Label[]): boolean {
  if (value.length > ID_MAX) return false;
  const colon = value.indexOf(':');
  const label = LABELS.find((l) => LABEL_PREFIX[l] === value.slice(0, colon));
  if (colon < 0 || !label) return false;
  const slug = value.slice(colon + 1);
  const ok = label === 'Country' ? /^[A-Z]{2}$/.test(slug) : /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(slug);
  return ok && (!labels || labels.includes(label));
}

const prefix = fc.oneof(fc.constantFrom(...Object.values(LABEL_PREFIX)), fc.constantFrom('Company', 'countries', '', 'metal ', 'métal'));
const slugChar = fc.oneof(
  fc.constantFrom(...'abcXYZ019._-'.split('')),
  fc.constantFrom(' ', ':', '\u2028', '\u202E', '\u200B', '\uFEFF', 'é', 'e\u0301', 'Ｇ', '\uD800', '/', '\n'),
);
const id = fc.tuple(prefix, fc.constantFrom(':', ':', ':', '', '::'), fc.array(slugChar, { maxLength: 12 })).map(([p, c, s]) => `${p}${c}${s.join('')}`);
const longId = fc.integer({ min: ID_MAX - 12, max: ID_MAX + 3 }).map((n) => `company:${'a'.repeat(n - 'company:'.length)}`);

describe('the id rule', () => {
  it('property: accepts exactly what its grammar describes, with and without a label restriction', () => {
    fc.assert(
      fc.property(fc.oneof(id, longId, fc.string()), fc.option(fc.subarray(LABELS, { minLength: 1 }), { nil: undefined }), (value, labels) => {
        expect(idIssue(value, labels) === undefined, JSON.stringify([value, labels])).toBe(oracle(value, labels));
      }),
      { numRuns: 5000 },
    );
  });

  it('examples: the issue says why', () => {
    expect(idIssue('country:KZ')).toBeUndefined();
    expect(idIssue('country:kz')).toMatch(/^is not a country id/);
    expect(idIssue('metal:Ga x')).toMatch(/^is not a typed id/);
    expect(idIssue('metal:gallium', ['Company'])).toBe('must name a Company (company:…)');
    expect(idIssue(`company:${'a'.repeat(ID_MAX)}`)).toMatch(/\(got 208 characters\)$/);
    expect(idIssue(42)).toMatch(/^is not a typed id/);
  });
});

describe('trimText', () => {
  const space = fc.constantFrom(' ', '\t', '\n', '\r', '\u00A0', '\u3000', '\u2003');
  const other = fc.constantFrom('a', 'ж', '\uFEFF', '\u2028', '\u2029', '\u200B', '\u0085', '\v', '\f', 'x');
  it('property: trims spaces (Zs), tab and line breaks at both ends only, and keeps BOM and separators', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(space, other), { maxLength: 12 }), (chars) => {
        const value = chars.join('');
        expect(trimText(value)).toBe(value.replace(/^[\p{Zs}\t\n\r]+|[\p{Zs}\t\n\r]+$/gu, ''));
      }),
      { numRuns: 3000 },
    );
    expect(trimText('\uFEFFNorilsk ')).toBe('\uFEFFNorilsk');
    expect(trimText(' \u3000Norilsk\t\n')).toBe('Norilsk');
  });
});

describe('illFormedStrings', () => {
  /** Every string of a JSON value with its dotted path (keys included), by a plain recursive walk. */
  const strings = (value: unknown, path: string[] = []): Array<{ path: string; text: string; key: boolean }> => {
    if (typeof value === 'string') return [{ path: path.join('.'), text: value, key: false }];
    if (value === null || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([k, v]) => [
      ...(Array.isArray(value) ? [] : [{ path: [...path, k].join('.'), text: k, key: true }]),
      ...strings(v, [...path, k]),
    ]);
  };
  const text = fc.array(fc.constantFrom('a', 'ж', '\uD800', '\uDC00', '\uD83D\uDE00', ' '), { maxLength: 4 }).map((c) => c.join(''));
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      text,
      fc.integer(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(text, tie('value'), { maxKeys: 3 }),
    ),
  })).value;

  it('property: reports exactly the strings and keys holding a lone surrogate, each with its path, in document order', () => {
    fc.assert(
      fc.property(fc.dictionary(text, json, { maxKeys: 4 }), (record) => {
        const expected = strings(record)
          .filter((s) => /\p{Cs}/u.test(s.text))
          .map((s) => [s.path, s.key]);
        expect(illFormedStrings(record).map((i) => [i.path, i.issue.startsWith('(a key) ')])).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
