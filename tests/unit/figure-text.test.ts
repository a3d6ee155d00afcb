/** Figures in explanatory text (src/model/figure-text.ts) and the texts built with them, pure. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concentration } from '../../src/analytics/concentration.js';
import { formatNumber } from '../../src/graphql/chains/explain.js';
import { figureFormatter, figureText } from '../../src/model/figure-text.js';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const asNumber = (text: string) => Number(text.replace(/,/g, ''));

describe('figure text', () => {
  it('writes figures with six significant digits, grouped, and tiny or huge ones with an exponent', () => {
    expect([1_310_000, 0.0512, 98.68421, 1e-300, 2.5e303, -1234.5, 0].map((v) => figureText(v))).toEqual([
      '1,310,000',
      '0.0512',
      '98.6842',
      '1e-300',
      '2.5e303',
      '-1,234.5',
      '0',
    ]);
    expect(formatNumber(1e-300)).toBe('1e-300');
  });

  it('the issue: added 1e-300 t reads as added 1e-300 t, not 0 t', () => {
    const c = concentration({
      producers: [{ countryId: 'country:CN', name: 'China', base: 700 }],
      worldTotalBase: 760,
      add: [{ countryId: 'country:KZ', name: 'Kazakhstan', base: 1e-300, origin: 'test' }],
    });
    expect(c.adjustments).toEqual(['added 1e-300 t for Kazakhstan (test)']);
    expect(c.denominatorExplained).toBe('USGS world total 760 t + added 1e-300 t = 760 t');
  });

  it('the issue: a rounded world total just below the listed sum does not read "X less than X"', () => {
    const c = concentration({ producers: [{ countryId: 'country:CN', name: 'China', base: 1_000_000.4 }], worldTotalBase: 1_000_000.2 });
    expect(c.denominatorExplained).toBe(
      'USGS world total 1,000,000.2 t, less than the 1,000,000.4 t the listed producers add up to (USGS world totals are rounded): the listed sum, 1,000,000.4 t, is used',
    );
  });

  it('property: the figures of one text never read alike unless equal, never read as 0 unless 0, and read back within their digits', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 8 }), (values) => {
        const fmt = figureFormatter(values);
        const texts = new Map<string, number>();
        for (const v of values) {
          const t = fmt(v);
          const other = texts.get(t);
          if (other !== undefined) expect(other === v || (other === 0 && v === 0), `${t}: ${other} and ${v}`).toBe(true);
          texts.set(t, v);
          if (v !== 0) expect(asNumber(t)).not.toBe(0);
          const back = asNumber(t);
          expect(Math.abs(back - v)).toBeLessThanOrEqual(Math.abs(v) * 5e-6);
        }
      }),
      { numRuns: 2000 },
    );
    // Neighbouring doubles, the hardest case: 17 digits tell them apart.
    fc.assert(
      fc.property(finite, (v) => {
        const next = v + Math.max(Number.MIN_VALUE, Math.abs(v) * Number.EPSILON);
        if (next === v || !Number.isFinite(next)) return;
        const fmt = figureFormatter([v, next]);
        expect(fmt(v)).not.toBe(fmt(next));
      }),
    );
  });

  it('property: a what-if explanation quotes distinct figures distinctly (excluded, added, world total, the result)', () => {
    const base = fc.double({ min: 1e-300, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(base, base, base, base, (cn, kz, added, world) => {
        const c = concentration({
          producers: [
            { countryId: 'country:CN', name: 'China', base: cn },
            { countryId: 'country:KZ', name: 'Kazakhstan', base: kz },
          ],
          worldTotalBase: world,
          exclude: ['country:CN'],
          add: [{ countryId: 'country:RU', name: 'Russia', base: added, origin: 'test' }],
        });
        const quoted = [...c.denominatorExplained.matchAll(/(-?[\d,.]+(?:e-?\d+)?) t\b/g)].map((m) => m[1]);
        const numbers = [world, cn, added, world - cn + added];
        const readAlike = (i: number, j: number) => quoted[i] === quoted[j] && numbers[i] !== numbers[j];
        for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) expect(readAlike(i, j), c.denominatorExplained).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
