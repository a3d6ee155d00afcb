/**
 * Load-time bounds of every figure (src/model/quantities.ts through the loader's one validation
 * path, `validateShape`): the tester's exact examples, then random bad values for every numeric
 * field, each reported with file, record and field; good values pass.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateShape } from '../../src/load/validate.js';
import { endOfPeriod } from '../../src/model/quantities.js';

const SRC = 'source:test';
const source = { id: SRC, name: 'Test', sourceType: 'dataset' };
const facility = (extra: Record<string, unknown>) => ({ id: 'facility:x', label: 'Facility', name: 'X', facilityType: 'plant', sources: [SRC], ...extra });
const produces = (extra: Record<string, unknown>, type = 'PRODUCES') => ({
  type,
  from: 'facility:x',
  to: 'metal:gallium',
  basis: 'capacity',
  sources: [SRC],
  ...extra,
});

/** The issues (field and record) of one dataset holding `nodes` and `relationships`. */
const issuesOf = (nodes: unknown[], relationships: unknown[] = []) =>
  validateShape({ name: 'bad.yaml', content: { sources: [source], nodes, relationships } }).issues.map(({ file, record, field }) => ({ file, record, field }));

describe('figures at load', () => {
  it("refuses the tester's examples on a Facility and on its PRODUCES, naming file, record and field", () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ quantity: -15, unit: 't/yr' }, 'quantity'],
      [{ quantity: 0, unit: 't/yr' }, 'quantity'],
      [{ quantity: 1e308, unit: 't/yr' }, 'quantity'],
      [{ quantity: 1e15, unit: 'Mt/yr' }, 'quantity'],
      [{ quantity: 15 }, 'quantity'],
      [{ quantity: 15, unit: 'banana' }, 'unit'],
      [{ validFrom: '2027', validTo: '2026-06' }, 'validTo'],
    ];
    for (const [extra, field] of cases) {
      expect(issuesOf([facility(extra)])).toEqual([{ file: 'bad.yaml', record: 'facility:x', field }]);
      expect(issuesOf([], [produces(extra)])).toEqual([{ file: 'bad.yaml', record: 'PRODUCES facility:x→metal:gallium', field }]);
    }
    const r = validateShape({ name: 'bad.yaml', content: { sources: [source], nodes: [facility({ quantity: 15, unit: 'banana' })] } });
    expect(r.issues[0].message).toMatch(/^unknown unit "banana": use one of the unit table/);
    expect(r.invalidIds).toEqual(new Set(['facility:x']));
    expect(r.dataset).toBeUndefined();
  });

  it('accepts the figures the bundled data states: a period ending after it begins, negative salient statistics, percent with a qualifier', () => {
    expect(issuesOf([facility({ quantity: 15, unit: 't/yr', validFrom: '2026-Q3', validTo: '2026' })])).toEqual([]);
    expect(issuesOf([], [produces({ quantity: -88, unit: 'percent', basis: 'importReliance' }, 'REPORTS_STATISTIC')])).toEqual([]);
    expect(issuesOf([], [produces({ quantity: 5.8e10, unit: 'metric tons', basis: 'reserves' }, 'HOLDS_RESERVES')])).toEqual([]);
    expect(issuesOf([], [produces({ quantity: 93, unit: '% net import reliance 2024' }, 'IMPORTS_FROM')]).map((i) => i.field)).not.toContain('quantity');
    expect(endOfPeriod('2024-Q1')).toBe('2024-03-31');
    expect(endOfPeriod('2024-02')).toBe('2024-02-29');
    expect(endOfPeriod('2026')).toBe('2026-12-31');
  });

  /** Numbers a figure of at most `max` must refuse: not finite, not above 0, or above `max`. */
  const bad = (max: number) =>
    fc.oneof(
      fc.double({ max: 0, noNaN: true }),
      fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, 0, -0),
      fc.double({ min: max * 1.0000001, max: 1.7976931348623157e308, noNaN: true }),
    );
  const badQuantity = bad(1e10);
  const withUnit = fc.constantFrom('t', 't/yr', 'metric tons', 'kt per year');

  it('refuses any quantity that is not finite, not above 0, or above 10^10 t, on every node and relationship that carries one', () => {
    fc.assert(
      fc.property(badQuantity, withUnit, fc.constantFrom('Facility', 'Claim', 'PRODUCES', 'SUPPLIES', 'COVERS'), (q, unit, where) => {
        const extra = { quantity: q, unit };
        const fields =
          where === 'Facility'
            ? issuesOf([facility(extra)])
            : where === 'Claim'
              ? issuesOf([{ id: 'claim:x', label: 'Claim', name: 'C', attribute: 'capacity', valueText: 'v', sources: [SRC], ...extra }])
              : issuesOf([], [{ ...produces(extra, where), ...(where === 'SUPPLIES' ? { to: 'company:y' } : {}) }]);
        expect(fields.map((i) => i.field)).toEqual(['quantity']);
      }),
    );
  });

  it('refuses bad amounts, shares, world totals and base quantities', () => {
    fc.assert(
      fc.property(badQuantity, bad(1e13), fc.double({ noNaN: false }), (bad, badAmount, any) => {
        const share = any >= 0 && any <= 100 ? -1 : any;
        expect(
          issuesOf([], [{ type: 'INVESTS_IN', from: 'company:y', to: 'facility:x', sources: [SRC], amount: badAmount, currency: 'USD' }]).map((i) => i.field),
        ).toEqual(['amount']);
        expect(issuesOf([], [{ type: 'USED_IN', from: 'metal:gallium', to: 'industry:z', sources: [SRC], sharePct: share }]).map((i) => i.field)).toEqual([
          'sharePct',
        ]);
        expect(issuesOf([], [produces({ quantity: 1, unit: 't', quantityBase: bad, baseUnit: 't' })]).map((i) => i.field)).toEqual(['quantityBase']);
        const measure = {
          id: 'measure:x',
          label: 'Measure',
          name: 'M',
          commodity: 'c',
          measure: 'm',
          unit: 'metric tons',
          sources: [SRC],
          worldTotal2024: bad,
        };
        expect(issuesOf([measure]).map((i) => i.field)).toEqual(['worldTotal2024']);
      }),
    );
  });

  it('refuses a quantity without a unit or with a unit neither unit list knows, and validTo before validFrom, for any values', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.string({ minLength: 1, maxLength: 12 }).filter((u) => /^[a-z]+$/i.test(u) && !/^(t|g|kg|kt|mt|index|number|jobs|dollars|percent)$/i.test(u)),
        fc.integer({ min: 1901, max: 2099 }),
        fc.integer({ min: 1, max: 50 }),
        (q, unit, year, gap) => {
          expect(issuesOf([facility({ quantity: q })]).map((i) => i.field)).toEqual(['quantity']);
          expect(issuesOf([facility({ quantity: q, unit })]).map((i) => i.field)).toEqual(['unit']);
          const to = year - Math.ceil(gap / 10);
          expect(issuesOf([facility({ validFrom: String(year), validTo: `${to}-12-31` })]).map((i) => i.field)).toEqual(to < year ? ['validTo'] : []);
        },
      ),
    );
  });

  it('refuses mt and MT as ambiguous and other case variants of a listed unit, as the API does, saying what to write', () => {
    const messages = (unit: string) =>
      validateShape({ name: 'bad.yaml', content: { sources: [source], nodes: [facility({ quantity: 15, unit })], relationships: [] } }).issues.map((i) => [
        i.field,
        i.message,
      ]);
    expect(messages('MT/yr')[0]).toEqual([
      'unit',
      expect.stringContaining('unit "MT/yr" is ambiguous: write "t" for metric tons or "Mt" for million metric tons'),
    ]);
    expect(messages('mt')[0]).toEqual(['unit', expect.stringContaining('unit "mt" is ambiguous')]);
    expect(messages('Kilograms')[0]).toEqual(['unit', expect.stringContaining('write "kilograms"')]);
    expect(messages('Mt/yr')).toEqual([]);
  });

  it('accepts any finite positive quantity within the bound in every known mass unit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['t/yr', 1], ['kt', 1e3], ['Mt/yr', 1e6], ['kilograms', 1e-3]),
        fc.double({ min: 1e-6, max: 1, noNaN: true }),
        ([unit, factor], f) => {
          const q = (f * 1e10) / (factor as number);
          expect(issuesOf([facility({ quantity: q, unit })])).toEqual([]);
        },
      ),
    );
  });
});

describe('every issue of a record at once, figures without their figure, control characters', () => {
  it('a record failing the shape check also reports its figure checks', () => {
    // name missing (shape) and a negative quantity (figure) in one record: both reported.
    const { name: _name, ...nameless } = facility({ quantity: -15, unit: 't/yr' });
    expect(issuesOf([nameless]).map((i) => i.field)).toEqual(['name', 'quantity']);
    expect(issuesOf([], [produces({ quantity: -1, unit: 't', year: 'x' })]).map((i) => i.field)).toEqual(['year', 'quantity']);
  });

  it('property: shape issues and figure issues add up, whatever the mix', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), (badName, badQuantity, unitOnly) => {
        const extra: Record<string, unknown> = unitOnly ? { unit: 't/yr' } : { quantity: badQuantity ? -1 : 5, unit: 't/yr' };
        const record = { ...facility(extra), ...(badName ? { name: 7 } : {}) };
        const want = [...(badName ? ['name'] : []), ...(unitOnly ? ['unit'] : badQuantity ? ['quantity'] : [])];
        expect(issuesOf([record]).map((i) => i.field)).toEqual(want);
      }),
    );
  });

  it('refuses a unit, currency or bound without its figure, unless noValueReason says why it is missing', () => {
    for (const [extra, field] of [
      [{ unit: 't/yr' }, 'unit'],
      [{ quantityBound: 'atLeast' }, 'quantityBound'],
      [{ currency: 'USD' }, 'currency'],
      [{ amountBound: 'atMost' }, 'amountBound'],
    ] as const) {
      expect(issuesOf([facility(extra)]), field).toEqual([{ file: 'bad.yaml', record: 'facility:x', field }]);
    }
    const r = validateShape({ name: 'bad.yaml', content: { sources: [source], nodes: [facility({ unit: 't/yr' })] } });
    expect(r.issues[0].message).toBe('unit without quantity: give quantity, or leave unit out (noValueReason states a missing figure)');
    expect(issuesOf([], [produces({ sharePctBound: 'approximate' })])).toEqual([
      { file: 'bad.yaml', record: 'PRODUCES facility:x→metal:gallium', field: 'sharePctBound' },
    ]);
    // A withheld figure keeps its unit; a Measure states the unit of its figures.
    expect(issuesOf([], [produces({ unit: 't', noValueReason: 'withheld' })])).toEqual([]);
    expect(
      issuesOf([{ id: 'measure:m', label: 'Measure', name: 'M', commodity: 'Gallium', measure: 'Mine production', unit: 'metric tons', sources: [SRC] }]),
    ).toEqual([]);
  });

  const C0 = fc.integer({ min: 0, max: 0x1f });
  const C1 = fc.integer({ min: 0x7f, max: 0x9f });
  const control = fc.oneof(C0, C1).map((c) => String.fromCodePoint(c));
  const plain = (minLength: number) => fc.string({ unit: fc.constantFrom('a', 'Z', 'é', 'ж', '-', ' '), minLength, maxLength: 5 });
  const around = fc.tuple(
    plain(1).filter((s) => s.trim() === s),
    control,
    plain(0),
  );

  it('property: a control character in a single-line field (name, alias, unit, key…) is refused, tab and line breaks included', () => {
    fc.assert(
      fc.property(around, fc.constantFrom('name', 'aliases', 'location', 'facilityType'), ([a, c, b], field) => {
        const value = `${a}${c}${b}x`;
        const record = facility({ [field]: field === 'aliases' ? [value] : value });
        expect(issuesOf([record]).map((i) => i.field)).toEqual([field === 'aliases' ? 'aliases.0' : field]);
      }),
    );
    expect(issuesOf([], [produces({ key: 'a\u0085b' })]).map((i) => i.field)).toEqual(['key']);
  });

  it('property: prose fields (description, note, quoted value text) keep tab, LF and CR and refuse the other control characters', () => {
    fc.assert(
      fc.property(around, ([a, c, b]) => {
        const value = `${a}${c}${b}x`;
        const allowed = c === '\t' || c === '\n' || c === '\r';
        expect(issuesOf([facility({ description: value })]).map((i) => i.field)).toEqual(allowed ? [] : ['description']);
        expect(issuesOf([], [produces({ note: value })]).map((i) => i.field)).toEqual(allowed ? [] : ['note']);
      }),
    );
    const r = validateShape({ name: 'bad.yaml', content: { sources: [source], nodes: [facility({ name: 'Pav\u0000lodar' })] } });
    expect(r.issues[0].message).toBe(
      'must not hold a control character (found U+0000 at character 4); one-line text holds no control, separator or format character other than ZWNJ and ZWJ, and tab and line breaks are for descriptions, notes and quoted text only',
    );
  });
});
