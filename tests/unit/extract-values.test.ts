/**
 * Values as the model stores them (src/extract/values.ts): the issue's examples exactly, and
 * properties over many written forms (bound words, scales, units, dates that name their year).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, findMoney, findPercents, findQuantities, findTerms } from '../../src/extract/values.js';
import { parsePartialDate } from '../../src/model/schema.js';

describe('the issue’s examples', () => {
  it('quantities, money and percentages', () => {
    expect(findQuantities('The unit will make about 8 tonnes a year.').map((q) => [q.quantity, q.unit, q.bound])).toEqual([[8, 't/yr', 'approximate']]);
    expect(findMoney('more than US$20 million will be spent').map((m) => [m.amount, m.currency, m.bound])).toEqual([[20_000_000, 'USD', 'atLeast']]);
    expect(findQuantities('a plant of 2 million tonnes').map((q) => [q.quantity, q.unit])).toEqual([[2, 'Mt']]);
    expect(findMoney('an investment of US$1.2 billion').map((m) => [m.amount, m.currency, m.bound])).toEqual([[1_200_000_000, 'USD', 'exact']]);
    expect(findMoney('a loan of 20 billion tenge').map((m) => [m.amount, m.currency])).toEqual([[20_000_000_000, 'KZT']]);
    expect(findPercents('a 25% stake and 30 per cent more').map((p) => p.value)).toEqual([25, 30]);
    expect(findQuantities('a 2-million-metric-ton-per-year hot briquetted iron plant').map((q) => [q.quantity, q.unit])).toEqual([[2, 'Mt/yr']]);
    expect(findQuantities('15 metric tons annually').map((q) => [q.quantity, q.unit])).toEqual([[15, 't/yr']]);
  });

  it('partial dates keep their words and precision', () => {
    const d = (s: string) => findDates(s).map((x) => [x.value, x.words, x.prep]);
    expect(d('production is targeted for late 2026.')).toEqual([['2026', 'late 2026', 'for']]);
    expect(d('deliveries start in the second half of 2027.')).toEqual([['2027', 'the second half of 2027', 'in']]);
    expect(d('output is due in Q3 2026.')).toEqual([['2026-Q3', 'Q3 2026', 'in']]);
    expect(d('the plant runs by 2028.')).toEqual([['2028', 'by 2028', 'by']]);
    expect(d('it was signed on 10 March 2026 in Tokyo.')).toEqual([['2026-03-10', '10 March 2026', 'on']]);
    expect(d('suspended from 9 November 2025 until 27 November 2026.')).toEqual([
      ['2025-11-09', '9 November 2025', 'from'],
      ['2026-11-27', '27 November 2026', 'until'],
    ]);
    expect(d('signed in March 2026.')).toEqual([['2026-03', 'March 2026', 'in']]);
    expect(d('the third quarter of 2026')).toEqual([['2026-Q3', 'the third quarter of 2026', '']]);
  });

  it('dates that do not name their year are not taken (the result never depends on today)', () => {
    expect(findDates('It was signed on Tuesday and starts next March.')).toEqual([]);
  });

  it('terms in years', () => {
    expect(findTerms('a five-year offtake agreement').map((t) => t.years)).toEqual([5]);
    expect(findTerms('to buy 10,000 tonnes a year for eight years').map((t) => t.years)).toEqual([8]);
    expect(findTerms('eight years ago')).toEqual([]);
  });
});

const BOUND_WORDS = {
  approximate: ['about', 'around', 'approximately', 'roughly'],
  atLeast: ['more than', 'over', 'at least', 'exceeding'],
  atMost: ['up to', 'at most', 'less than', 'no more than'],
  exact: [''],
} as const;
const bound = fc
  .constantFrom(...(Object.keys(BOUND_WORDS) as Array<keyof typeof BOUND_WORDS>))
  .chain((b) => fc.constantFrom(...BOUND_WORDS[b]).map((w) => [b, w] as const));

describe('properties', () => {
  it('a mass with its bound word, scale and rate reads back as written', () => {
    fc.assert(
      fc.property(
        bound,
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom(['', 't'], ['thousand', 'kt'], ['million', 'Mt']),
        fc.constantFrom('tonnes', 'metric tons', 'tons'),
        fc.boolean(),
        ([b, word], n, [scale, unit], noun, yearly) => {
          const s = `The plant will produce ${word} ${n}${scale ? ` ${scale}` : ''} ${noun}${yearly ? ' a year' : ''} of metal.`.replace(/\s+/g, ' ');
          const q = findQuantities(s);
          expect(q).toHaveLength(1);
          expect([q[0].quantity, q[0].unit, q[0].bound]).toEqual([n, yearly ? `${unit}/yr` : unit, b]);
        },
      ),
    );
  });

  it('money with its bound word, currency and scale reads back as written', () => {
    fc.assert(
      fc.property(
        bound,
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom(['million', 1e6], ['billion', 1e9], ['', 1]),
        fc.constantFrom(['US$', '', 'USD'], ['€', '', 'EUR'], ['', 'tenge', 'KZT'], ['', 'yen', 'JPY']),
        ([b, word], n, [scale, factor], [prefix, suffix, code]) => {
          const s = `The group will invest ${word} ${prefix}${n}${scale ? ` ${scale}` : ''}${suffix ? ` ${suffix}` : ''} in the plant.`.replace(/\s+/g, ' ');
          const m = findMoney(s);
          expect(m).toHaveLength(1);
          expect([m[0].amount, m[0].currency, m[0].bound]).toEqual([n * factor, code, b]);
        },
      ),
    );
  });

  it('reads a month and year that the NLP library takes for a time of day as month and year', () => {
    expect(findDates('The company said the plant starts March 2060.').map((d) => d.value)).toEqual(['2060-03']);
  });

  it('every date found is a partial date of the model and names a year of the sentence', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2060 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom('day', 'month', 'quarter', 'late', 'by'),
        (y, m, d, form) => {
          const written = { day: `${d} ${months[m]} ${y}`, month: `${months[m]} ${y}`, quarter: `Q${(m % 4) + 1} ${y}`, late: `late ${y}`, by: `by ${y}` }[
            form
          ];
          const found = findDates(`The company said the plant starts ${written}.`);
          expect(found).toHaveLength(1);
          expect(parsePartialDate(found[0].value)).not.toBeNull();
          const expected = {
            day: `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
            month: `${y}-${String(m + 1).padStart(2, '0')}`,
            quarter: `${y}-Q${(m % 4) + 1}`,
            late: `${y}`,
            by: `${y}`,
          }[form];
          expect(found[0].value).toBe(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});
