/** The argument checks (src/graphql/core/args.ts), pure: the date parser against an independent calendar, lists, ids. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPOSURE_KINDS } from '../../src/graphql/chains/steps.js';
import { countryIdsArg, dayArg, enumsArg, filterText, isBlank, listArg, memberPath, notFoundAll, typedId } from '../../src/graphql/core/args.js';
import { notFound } from '../../src/graphql/core/errors.js';

/** The extensions of the GraphQL error `f` throws. */
const errorOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { extensions?: unknown }).extensions;
  }
  throw new Error('nothing thrown');
};

describe('the date parser', () => {
  it('accepts exactly the real calendar days of 0000–9999 (property, against an independent calendar)', () => {
    const daysIn = (y: number, m: number) => [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        if (d <= daysIn(y, m)) expect(dayArg(iso, 'asOf')).toBe(iso);
        else expect(() => dayArg(iso, 'asOf')).toThrow(/must be a real calendar day/);
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses partial dates with the days they span', () => {
    expect(() => dayArg('2026-Q4', 'asOf')).toThrow(/give its first day, 2026-10-01, or its last, 2026-12-31$/);
    expect(() => dayArg('0024-02', 'asOf')).toThrow(/give its first day, 0024-02-01, or its last, 0024-02-29$/);
    expect(() => dayArg('2025', 'asOf')).toThrow(/give its first day, 2025-01-01, or its last, 2025-12-31$/);
    expect(dayArg(null, 'asOf')).toBeNull();
  });
});

describe('lists and ids', () => {
  it('an empty list stays empty, a missing one is null, members are checked and deduplicated', () => {
    const id = (v: unknown, a: string) => typedId(v, a).id;
    expect(listArg([], 'idIn', 10, id)).toEqual([]);
    expect(listArg(null, 'idIn', 10, id)).toBeNull();
    expect(listArg(['metal:gallium', 'metal:gallium'], 'idIn', 10, id)).toEqual(['metal:gallium']);
    expect(() => listArg(['metal:gallium', 'banana'], 'idIn', 10, id)).toThrow(/idIn\[1\] "banana" is not a typed id/);
    expect(() => listArg(Array(11).fill('metal:gallium'), 'idIn', 10, id)).toThrow(/at most 10 values/);
    expect(() => typedId('country:KZ', 'itemId', ['Metal', 'Product'])).toThrow(/itemId "country:KZ" must name a Metal or Product \(metal:… or product:…\)/);
  });
});

describe('NOT_FOUND names the argument', () => {
  it('a list member by its first place as sent, though listArg drops repeats (property)', () => {
    const ids = fc.array(fc.constantFrom('country:CN', 'country:KZ', 'country:JP', 'country:XK'), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(ids, (sent) => {
        const members = countryIdsArg(sent, 'excludeCountries')!;
        for (const m of members) {
          const at = memberPath('excludeCountries', sent, m);
          const i = Number(/^excludeCountries\[(\d+)\]$/.exec(at)![1]);
          expect(sent[i]).toBe(m);
          expect(sent.slice(0, i)).not.toContain(m);
        }
      }),
    );
  });

  it('several missing ids: all in the message, the first one named', () => {
    expect(notFound('Metal', 'metal:x', 'itemId').extensions).toEqual({ code: 'NOT_FOUND', argument: 'itemId' });
    const same = notFoundAll([
      { id: 'country:XK', label: 'Country', argument: 'excludeCountries[2]' },
      { id: 'country:XX', label: 'Country', argument: 'addSupply[0].countryId' },
    ]);
    expect([same.message, same.extensions]).toEqual(['Country country:XK, country:XX not found', { code: 'NOT_FOUND', argument: 'excludeCountries[2]' }]);
    const mixed = notFoundAll([
      { id: 'company:x', label: 'Company', argument: 'fromId' },
      { id: 'metal:y', label: 'Metal', argument: 'toId' },
    ]);
    expect([mixed.message, mixed.extensions?.argument]).toEqual(['company:x, metal:y not found', 'fromId']);
  });
});

describe('enum lists and country lists', () => {
  it('keeps the allowed members once, in the allowed order, and refuses any other (property)', () => {
    const word = fc.oneof(fc.constantFrom(...EXPOSURE_KINDS), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 3 }), (value) => {
        const bad = value.findIndex((v) => !(EXPOSURE_KINDS as readonly string[]).includes(v));
        if (bad >= 0) {
          expect(() => enumsArg(value, 'kinds', EXPOSURE_KINDS, 'an exposure kind')).toThrow(
            new RegExp(`^kinds\\[${bad}\\] .* is not an exposure kind \\(one of SUPPLY, COMMERCIAL, OWNERSHIP\\)$`),
          );
          // The argument is the member the message names, not the whole list.
          expect(errorOf(() => enumsArg(value, 'kinds', EXPOSURE_KINDS, 'an exposure kind'))).toEqual({ code: 'BAD_USER_INPUT', argument: `kinds[${bad}]` });
        } else {
          expect(enumsArg(value, 'kinds', EXPOSURE_KINDS, 'an exposure kind')).toEqual(EXPOSURE_KINDS.filter((k) => value.includes(k)));
        }
      }),
      { numRuns: 500 },
    );
    expect(enumsArg(null, 'kinds', EXPOSURE_KINDS, 'an exposure kind')).toBeNull();
    expect(enumsArg([], 'kinds', EXPOSURE_KINDS, 'an exposure kind')).toEqual([]);
  });

  it('takes country ids only, at most 50', () => {
    expect(countryIdsArg(['country:JP', 'country:JP', 'country:KZ'], 'headquarteredIn')).toEqual(['country:JP', 'country:KZ']);
    expect(() => countryIdsArg(['company:erg'], 'headquarteredIn')).toThrow(
      /headquarteredIn\[0\] "company:erg" is not a country id: country: and an ISO 3166-1 alpha-2 code in capitals, e\.g\. country:CN/,
    );
    expect(() => countryIdsArg(['country:jp'], 'headquarteredIn')).toThrow(/headquarteredIn\[0\]/);
    expect(() => countryIdsArg(Array(51).fill('country:JP'), 'headquarteredIn')).toThrow(/at most 50 values/);
  });
});

describe('text filters', () => {
  const blankChar = fc.constantFrom(' ', '\t', '\n', '\r', '\u00A0', '\u1680', '\u2003', '\u3000', '\u200B', '\u2060', '\uFEFF', '\u00AD', '\u180E', '\u3164');
  it('refuses an empty or blank value naming the field, and keeps any value with something visible as given (property)', () => {
    fc.assert(
      fc.property(
        fc.array(blankChar, { maxLength: 6 }),
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.array(blankChar, { maxLength: 3 }),
        (before, core, after) => {
          const blank = before.join('');
          expect(isBlank(blank)).toBe(true);
          expect(() => filterText(blank, 'filter.related[0].role')).toThrow(/^filter\.related\[0\]\.role .* is blank; give a value, or leave the filter out$/);
          expect(errorOf(() => filterText(blank, 'filter.related[0].role'))).toEqual({ code: 'BAD_USER_INPUT', argument: 'filter.related[0].role' });
          const value = `${blank}${core}${after.join('')}`;
          if (isBlank(core)) return;
          expect(filterText(value, 'filter.unit')).toBe(value);
        },
      ),
      { numRuns: 2000 },
    );
    expect(filterText(null, 'filter.unit')).toBeNull();
    expect(filterText(undefined, 'filter.unit')).toBeNull();
    expect(filterText('t/yr', 'filter.unit')).toBe('t/yr');
    expect(filterText('%', 'filter.unit')).toBe('%');
  });
});
