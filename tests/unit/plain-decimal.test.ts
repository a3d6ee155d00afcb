/** CSV feeds write numbers in plain decimal notation (docs/bi-feeds.md): no exponent, the same value. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainDecimal } from '../../src/feeds/formats.js';

describe('plainDecimal', () => {
  it('writes the exact examples without an exponent', () => {
    expect(plainDecimal(1.7e308)).toBe(`17${'0'.repeat(307)}`);
    expect(plainDecimal(1e21)).toBe('1000000000000000000000');
    expect(plainDecimal(1e-7)).toBe('0.0000001');
    expect(plainDecimal(-2.5e-8)).toBe('-0.000000025');
    expect(plainDecimal(760)).toBe('760');
    expect(plainDecimal(0.004951339337290737)).toBe('0.004951339337290737');
  });

  it('never writes an exponent and reads back as the same number, for any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = plainDecimal(n);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 2000 },
    );
  });
});
