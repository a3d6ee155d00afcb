/**
 * The id rule (src/model/ids.ts) and text trimming (src/model/text.ts), pure: each against an
 * oracle written from its documented grammar, over many generated values, so a fast path can
 * never accept or trim what the rule does not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_MAX, idIssue, LABEL_PREFIX, LABELS, type Label } from '../../src/model/ids.js';
import { trimText } from '../../src/model/text.js';

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
