/** The one unit table: the importer's and the analytics' conversions agree, for every spelling and case. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities, MASS_WORDS } from '../../src/extract/values.js';
import {
  baseUnitOf,
  convert,
  namesOf,
  spellingsOf,
  tableUnit,
  toBase,
  toTonnes,
  UNITS,
  unitError,
  unitInfo,
  unitKind,
  unitRow,
} from '../../src/model/units.js';
import { SUFFIX_ALIASES, SUFFIX_UNITS } from '../../src/usgs/salient-columns.js';

const names = UNITS.flatMap((row) => namesOf(row).map((name) => ({ name, row })));

describe('unit table', () => {
  it('converts the USGS spellings and the symbols people type', () => {
    expect(unitInfo('thousand metric dry tons')).toEqual({ unit: 'thousand metric dry tons', baseUnit: 't', factor: 1000, note: 'dry weight' });
    expect(unitInfo('Thousand metric dry tons')).toBeUndefined();
    expect(unitInfo('million carats')).toEqual({ unit: 'million carats', baseUnit: 'million carats', factor: 1 });
    expect(unitInfo('pounds')).toBeUndefined();
    expect(toBase(0.5, unitInfo('kt')!)).toBe(500);
    expect(toTonnes(15, 'kt per year')).toBe(15_000);
    expect(toTonnes(3, 'million cubic meters')).toBeUndefined();
    expect(new Set(names.map((n) => n.name.toLowerCase())).size).toBe(names.length);
    expect(() => tableUnit('pounds')).toThrow('unit "pounds" is not in the unit table');
  });

  it('gives the same tonnes through the importer and the analytics for every listed spelling, also as a yearly rate', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.constantFrom('', '/yr', ' per year', ' / a'),
        ({ name, row }, q, rate) => {
          const info = unitInfo(name)!;
          expect(info.factor).toBe(row.factor);
          expect(unitError(name + rate)).toBeUndefined();
          if (row.baseUnit === 't') expect(toTonnes(q, name + rate)).toBe(toBase(q, info));
          else expect(toTonnes(q, name + rate)).toBeUndefined();
        },
      ),
    );
  });

  it('refuses every case variant of a listed spelling, naming the spelling to write; mt and MT as ambiguous', () => {
    expect(unitError('MT')).toBe('unit "MT" is ambiguous: write "t" for metric tons or "Mt" for million metric tons');
    expect(unitError('mt/yr')).toBe('unit "mt/yr" is ambiguous: write "t" for metric tons or "Mt" for million metric tons');
    expect(unitError('KG')).toBe('unit "KG" is not a listed spelling (units are case-sensitive): write "kg"');
    expect(unitError('pounds')).toBe('unknown unit "pounds"');
    expect([toTonnes(1, 'MT'), toTonnes(1, 'mt'), toTonnes(1, 'Mt'), toTonnes(1, 't')]).toEqual([undefined, undefined, 1_000_000, 1]);
    expect(unitKind('MT')).toBeUndefined();
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), ({ name }, flips) => {
        const variant = [...name].map((ch, i) => (flips[i] ? ch.toUpperCase() : ch.toLowerCase())).join('');
        if (variant === name) return;
        expect(unitRow(variant)).toBeUndefined();
        expect(toTonnes(1, variant)).toBeUndefined();
        expect(unitError(variant)).toMatch(variant.toLowerCase() === 'mt' ? /is ambiguous: write "t" .* or "Mt"/ : /write "[^"]+"$/);
      }),
    );
  });

  it('refuses a spelling with white space or a control character around it, naming the spelling to write', () => {
    expect(unitError('t ')).toBe('unit "t " has white space or a control character around it (spellings are exact): write "t"');
    expect(unitError(' t')).toBe('unit " t" has white space or a control character around it (spellings are exact): write "t"');
    expect(unitError('kg\t')).toBe('unit "kg\\t" has white space or a control character around it (spellings are exact): write "kg"');
    expect(unitError('t\n')).toBe('unit "t\\n" has white space or a control character around it (spellings are exact): write "t"');
    expect(unitError('Mt  ')).toBe('unit "Mt  " has white space or a control character around it (spellings are exact): write "Mt"');
    expect(unitError(' pounds ')).toBe('unit " pounds " has white space or a control character around it (spellings are exact)');
    expect([unitRow('t '), unitInfo(' t'), toTonnes(1, 'kg\t'), unitKind('t\n'), unitKind(' % net import reliance'), convert(1, 'Mt  ', 't')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.constantFrom('', '/yr', ' per year'),
        fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u0000', '\u3000'), maxLength: 3 }),
        fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u0000', '\u3000'), maxLength: 3 }),
        ({ name }, rate, before, after) => {
          const unit = before + name + rate + after;
          if (before === '' && after === '') {
            expect(unitError(unit)).toBeUndefined();
            return;
          }
          expect(unitError(unit)).toBe(
            `unit ${JSON.stringify(unit)} has white space or a control character around it (spellings are exact): write ${JSON.stringify(name + rate)}`,
          );
          expect([toTonnes(1, unit), convert(1, unit, unit), unitKind(unit)]).toEqual([undefined, undefined, undefined]);
        },
      ),
    );
  });

  it("lists a family's spellings, symbols first", () => {
    expect(spellingsOf('mass')).toEqual([
      'g',
      'kg',
      't',
      'kt',
      'Mt',
      'grams',
      'kilograms',
      'metric tons',
      'thousand metric tons',
      'thousand metric dry tons',
      'million metric tons',
    ]);
    expect(spellingsOf('volume')).toEqual(['million cubic meters']);
    expect(spellingsOf('carats')).toEqual(['thousand carats', 'million carats']);
  });

  it('converts within a unit family only: the base unit is t for mass, else the unit itself', () => {
    expect(convert(500, 'thousand carats', 'million carats')).toBe(0.5);
    expect(convert(15, 'kt/yr', 't')).toBe(15_000);
    expect(convert(1000, 't', 'million cubic meters')).toBeUndefined();
    expect(convert(3, 'million carats', 'dollars per carat')).toBeUndefined();
    expect(convert(3, 'dollars per kilogram', 'dollars per gram')).toBeUndefined();
    expect([baseUnitOf('kilograms'), baseUnitOf('million cubic meters'), baseUnitOf('thousand carats')]).toEqual([
      't',
      'million cubic meters',
      'thousand carats',
    ]);
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom(...names), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (a, b, q) => {
        const c = convert(q, a.name, b.name);
        if (a.row.family !== b.row.family) expect(c).toBeUndefined();
        else if (a.row === b.row) expect(c).toBe(q);
        else if (a.row.scale !== undefined && b.row.scale !== undefined) expect(c).toBe(Number(((q * a.row.scale) / b.row.scale).toPrecision(12)));
        else expect(c).toBeUndefined();
      }),
    );
  });
});

describe('local spellings are aliases of the table', () => {
  it("every salient column suffix names a unit of the table, and its stored unit and factor are the table row's", () => {
    expect(Object.keys(SUFFIX_ALIASES)).toHaveLength(21);
    for (const [suffix, name] of Object.entries(SUFFIX_ALIASES)) {
      const row = unitRow(name);
      expect({ suffix, known: UNITS.includes(row!) }).toEqual({ suffix, known: true });
      expect(SUFFIX_UNITS[suffix]).toEqual(row!.baseUnit === 't' ? { unit: row!.words, toTonnes: row!.factor } : { unit: row!.words });
    }
    expect(SUFFIX_UNITS.mmt).toEqual({ unit: 'million metric tons', toTonnes: 1_000_000 });
    expect(SUFFIX_UNITS.g).toEqual({ unit: 'grams', toTonnes: 1e-6 });
    expect(SUFFIX_UNITS.dtoz).toEqual({ unit: 'dollars per troy ounce' });
    expect(SUFFIX_UNITS.pct).toEqual({ unit: 'percent' });
  });

  it('every mass word of the extractor is the symbol of a mass unit of the table', () => {
    for (const [word, symbol] of Object.entries(MASS_WORDS)) {
      const row = unitRow(symbol);
      expect({ word, symbol: row?.symbol, base: row?.baseUnit }).toEqual({ word, symbol, base: 't' });
    }
    expect(MASS_WORDS.mt).toBe('t');
    expect(MASS_WORDS.Mt).toBe('Mt');
  });

  it("an extracted quantity converts to the same tonnes as its number × scale × the word's table factor", () => {
    const SCALE: Record<string, number> = { '': 1, thousand: 1e3, million: 1e6, billion: 1e9 };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom(...Object.keys(SCALE)),
        fc.constantFrom(...Object.keys(MASS_WORDS)),
        fc.boolean(),
        (n, scale, word, hyphen) => {
          const sep = hyphen ? '-' : ' ';
          const written = word.replace(/ /g, sep);
          const q = findQuantities(`a plant of ${[n, scale, written].filter(Boolean).join(sep)} of ore`);
          expect(q).toHaveLength(1);
          expect(toTonnes(q[0].quantity, q[0].unit)).toBe(toBase(n * SCALE[scale], unitInfo(MASS_WORDS[word])!));
        },
      ),
    );
  });
});
