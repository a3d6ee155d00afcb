/** `BoundedNames`: the label values of client-chosen operation names stay few and well-formed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, BoundedNames, NAME_PATTERN, OTHER } from '../../src/metrics/names.js';

describe('BoundedNames', () => {
  it('keeps names until the cap, then answers other; missing names are anonymous', () => {
    const names = new BoundedNames(2);
    expect(names.label('First')).toBe('First');
    expect(names.label(undefined)).toBe(ANONYMOUS);
    expect(names.label('')).toBe(ANONYMOUS);
    expect(names.label(null)).toBe(ANONYMOUS);
    expect(names.label('Second')).toBe('Second');
    expect(names.label('Third')).toBe(OTHER);
    expect(names.label('First')).toBe('First');
    expect(names.label('bad name')).toBe(OTHER);
    expect(names.label('x'.repeat(65))).toBe(OTHER);
    expect(names.label(`_${'x'.repeat(63)}`)).toBe(OTHER);
    expect(names.size).toBe(2);
  });

  it('never yields more than max + 2 distinct values, each a well-formed name, whatever clients send', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.array(fc.option(fc.oneof(fc.string({ maxLength: 70 }), fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,70}$/)), { nil: undefined }), { maxLength: 200 }),
        (max, sent) => {
          const names = new BoundedNames(max);
          const labels = sent.map((s) => names.label(s));
          const distinct = new Set(labels);
          expect(distinct.size).toBeLessThanOrEqual(max + 2);
          for (const [i, label] of labels.entries()) {
            expect(NAME_PATTERN.test(label)).toBe(true);
            // A name is kept as itself or replaced; never mapped onto another client's name.
            if (label !== OTHER && label !== ANONYMOUS) expect(label).toBe(sent[i]);
          }
          // The first `max` distinct well-formed names are the ones kept.
          const wellFormed = [...new Set(sent.filter((s): s is string => s !== undefined && NAME_PATTERN.test(s)))];
          for (const name of wellFormed.slice(0, max)) expect(names.label(name)).toBe(name);
          for (const name of wellFormed.slice(max)) if (name !== OTHER && name !== ANONYMOUS) expect(names.label(name)).toBe(OTHER);
        },
      ),
    );
  });
});
