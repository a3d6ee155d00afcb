/**
 * A Country record of the loader (src/model/schema.ts) is an ISO 3166-1 alpha-2 code that names a
 * country (i18n-iso-countries' list, XK included), and its id is `country:<isoCode>`, pure
 * (`validateShape`): so `country:XX` stays unknown, and a feed's `country=AX` finds the node
 * whose isoCode is AX.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateShape } from '../../src/load/validate.js';
import { COUNTRY_CODES } from '../../src/model/countries.js';

const SRC = 'source:test';
const issues = (id: string, isoCode: string) =>
  validateShape({
    name: 'countries.yaml',
    content: { sources: [{ id: SRC, name: 'Test', sourceType: 'dataset' }], nodes: [{ id, label: 'Country', name: 'Somewhere', isoCode, sources: [SRC] }] },
  }).issues.map(({ record, field, message }) => ({ record, field, message }));

describe('Country records', () => {
  it("the examples: an id that is not its isoCode's, and codes ISO does not assign, are refused naming the field", () => {
    expect(issues('country:AA', 'AX')).toEqual([{ record: 'country:AA', field: 'id', message: "must be country: and the record's isoCode (country:AX)" }]);
    for (const code of ['QZ', 'XX']) {
      expect(issues(`country:${code}`, code)).toEqual([
        { record: `country:${code}`, field: 'isoCode', message: 'expected an ISO 3166-1 alpha-2 code in capitals that names a country (e.g. KZ)' },
      ]);
    }
    expect(issues('country:XK', 'XK')).toEqual([]);
    expect(issues('country:KZ', 'KZ')).toEqual([]);
  });

  it('property: a record validates exactly when its code is assigned and its id is country:<code>', () => {
    const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
    const code = fc.oneof(
      fc.constantFrom(...COUNTRY_CODES),
      fc.tuple(letter, letter).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(code, fc.option(code, { nil: undefined }), (iso, other) => {
        const id = `country:${other ?? iso}`;
        const ok = COUNTRY_CODES.includes(iso) && id === `country:${iso}`;
        expect(issues(id, iso).length === 0, `${id} ${iso}`).toBe(ok);
      }),
      { numRuns: 1000 },
    );
  });
});
