/**
 * Input that names nothing real is refused, never looked up on Object.prototype nor rolled
 * over by Date: `groups(by: { field })` with inherited property names, and the article dates
 * of extraction (options and dates stated on a page) with impossible calendar days.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionDay, statedDate } from '../../src/extract/input.js';
import { groupParams } from '../../src/graphql/entities/related.js';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
const FIELDS = { status: 'status', facilityType: 'facilityType', unit: 'unit' };
const daysIn = (y: number, m: number) => new Date(Date.UTC(2000, m, 0)).getUTCDate() + (m === 2 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? -1 : 0);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('groups(by: { field })', () => {
  it('refuses inherited property names and any other name not among the fields with BAD_USER_INPUT', () => {
    expect(PROTOTYPE_NAMES).toContain('constructor');
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.string()), (field) => {
        fc.pre(!Object.hasOwn(FIELDS, field) && field !== '');
        let code: unknown;
        try {
          groupParams('Facility', FIELDS, { field });
        } catch (e) {
          code = (e as { extensions?: { code?: string } }).extensions?.code;
        }
        expect(code).toBe('BAD_USER_INPUT');
      }),
      { numRuns: 300 },
    );
    expect(groupParams('Facility', FIELDS, { field: 'status' })).toEqual({ groupProp: 'status', groupRel: null });
  });
});

describe('article dates', () => {
  it('accept exactly the real calendar days as options (YYYY-MM-DD), refusing the rest with BAD_OPTION', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const s = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
        if (d <= daysIn(y, m)) expect(optionDay('publishedDate', s)).toBe(s);
        else expect(() => optionDay('publishedDate', s)).toThrow(/publishedDate must be a real calendar day/);
      }),
      { numRuns: 500 },
    );
    expect(() => optionDay('publishedDate', '2026-02-30')).toThrow(/got "2026-02-30"/);
    expect(() => optionDay('publishedDate', '2026-Q4')).toThrow(/BAD_OPTION|real calendar day/);
  });

  it('read a date stated on a page as written, or not at all: never rolled into the next month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const real = d <= daysIn(y, m);
        const want = real ? `${y}-${pad(m)}-${pad(d)}` : null;
        expect(statedDate(`${y}-${pad(m)}-${pad(d)}`)).toBe(want);
        expect(statedDate(`${d} ${MONTHS[m - 1]} ${y}`)).toBe(want);
        expect(statedDate(`Published: ${MONTHS[m - 1]} ${d}, ${y}`)).toBe(want);
      }),
      { numRuns: 500 },
    );
  });
});
