/** The name normaliser (src/model/names.ts) and the country names (src/model/countries.ts), pure. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryAliases, countryCode, countryName } from '../../src/model/countries.js';
import { foldName } from '../../src/model/names.js';

describe('the normaliser and country matching (pure)', () => {
  it('folds compatibility forms, accents, case and punctuation', () => {
    expect(foldName('Tu\u0308rkiye')).toBe('turkiye');
    expect(foldName('\ufb01nland')).toBe('finland');
    expect(foldName('ＧＡＬＬＩＵＭ')).toBe('gallium');
    expect(foldName('Côte d’Ivoire')).toBe('cote d ivoire');
    expect(foldName('Straße Øresund Łódź')).toBe('strasse oresund lodz');
  });

  it('reads an initialism with or without its dots as one word: U.S. is US (example and property)', () => {
    expect(foldName('U.S.')).toBe(foldName('US'));
    expect(foldName('U.S. Steel')).toBe('us steel');
    expect(foldName('u.k.')).toBe('uk');
    expect(foldName('St. Louis')).toBe('st louis');
    expect(foldName('3.5 t')).toBe('3 5 t');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'ABCDRSUKXYZ'), { minLength: 2, maxLength: 5 }),
        fc.boolean(),
        fc.constantFrom('', ' Steel', ' of America'),
        (letters, lastDot, rest) => {
          const dotted = letters.join('.') + (lastDot ? '.' : '') + rest;
          expect(foldName(dotted)).toBe(foldName(letters.join('') + rest));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ignores invisible format characters inside a word: soft hyphens, zero-width spaces, joiners, BOM (example and property)', () => {
    expect(foldName('gal\u00adlium')).toBe('gallium');
    expect(foldName('Tür\u200bkiye')).toBe('turkiye');
    expect(foldName('\ufeffCôte d\u2060’Ivoire\u200e')).toBe('cote d ivoire');
    expect(foldName('Gal\u3164lium')).toBe('gallium');
    expect(foldName('\u3164\u115f')).toBe('');
    // Every format or default-ignorable character of the Basic Multilingual Plane, anywhere in a name.
    const invisible = Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i)).filter((c) => /^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u.test(c));
    expect(invisible).toEqual(expect.arrayContaining(['\u00ad', '\u200b', '\u2060', '\ufeff', '\u3164', '\u115f', '\ufe0f']));
    fc.assert(
      fc.property(
        fc.constantFrom('Gallium', 'Côte d’Ivoire', 'Mitsubishi Corporation', 'U.S.', 'Türkiye', 'Rudny HBI plant'),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...invisible)), { minLength: 1, maxLength: 4 }),
        (name, inserts) => {
          let s = name;
          for (const [at, c] of inserts) {
            const i = at % (s.length + 1);
            s = s.slice(0, i) + c + s.slice(i);
          }
          expect(foldName(s)).toBe(foldName(name));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is idempotent and ignores NFC/NFD and case (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        const k = foldName(s);
        expect(foldName(k)).toBe(k);
        expect(foldName(s.normalize('NFD'))).toBe(k);
        expect(foldName(s.normalize('NFC'))).toBe(k);
        expect(foldName(s.toUpperCase())).toBe(foldName(s.toLowerCase()));
      }),
      { numRuns: 2000 },
    );
  });

  it('maps every country name and unambiguous alias back to its code, however it is written', () => {
    for (const code of COUNTRY_CODES) {
      expect(countryCode(countryName(code)), code).toBe(code);
      expect(countryCode(countryName(code).toUpperCase().normalize('NFD')), code).toBe(code);
      for (const alias of countryAliases(code)) {
        const found = countryCode(alias);
        expect(found === code || found === undefined, `${code} ${alias}`).toBe(true);
      }
    }
    expect(countryCode('Congo')).toBeUndefined(); // two countries: neither is guessed
    expect(countryCode('Congo (Kinshasa)')).toBe('CD');
    expect(countryCode('Korea, North')).toBe('KP');
    expect(countryCode("Cote d'Ivoire")).toBe('CI');
  });
});
