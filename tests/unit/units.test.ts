/** The one unit table: the importer's and the analytics' conversions agree, for every spelling and case. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase, toTonnes, UNITS, unitInfo } from '../../src/model/units.js';

const names = UNITS.flatMap((row) => row.names.map((name) => ({ name, row })));

describe('unit table', () => {
  it('converts the USGS spellings and the symbols people type', () => {
    expect(unitInfo('Thousand metric dry tons')).toEqual({ unit: 'Thousand metric dry tons', baseUnit: 't', factor: 1000, note: 'dry weight' });
    expect(unitInfo('million carats')).toEqual({ unit: 'million carats', baseUnit: 'million carats', factor: 1 });
    expect(unitInfo('pounds')).toBeUndefined();
    expect(toBase(0.5, unitInfo('kt')!)).toBe(500);
    expect(toTonnes(15, 'kt per year')).toBe(15_000);
    expect(toTonnes(3, 'million cubic meters')).toBeUndefined();
    expect(new Set(names.map((n) => n.name)).size).toBe(names.length);
  });

  it('gives the same tonnes through the importer and the analytics, in any case and as a yearly rate', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.constantFrom('', '/yr', ' per year', ' / a'),
        fc.boolean(),
        ({ name, row }, q, rate, upper) => {
          const typed = (upper ? name.toUpperCase() : name) + rate;
          const info = unitInfo(name)!;
          expect(info.factor).toBe(row.factor);
          if (row.baseUnit === 't') expect(toTonnes(q, typed)).toBe(toBase(q, info));
          else expect(toTonnes(q, typed)).toBeUndefined();
        },
      ),
    );
  });
});
