/** How much caller text error messages quote (src/server/echo.ts), pure: clip, shown, boundEchoes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundEchoes, clip, ECHO_MAX, shown } from '../../src/server/echo.js';

/** The longest run of `text`'s characters (code points, in order) found in `message`. */
const longestEchoed = (message: string, text: string) => {
  const points = Array.from(text);
  let best = 0;
  for (let i = 0; i < points.length; i++) {
    for (let n = best + 1; i + n <= points.length && message.includes(points.slice(i, i + n).join('')); n++) best = n;
  }
  return best;
};

describe('echoed text', () => {
  it('cuts an unknown id of 200 characters to 80 with an ellipsis', () => {
    const id = `metal:${'x'.repeat(194)}`;
    expect(clip(id)).toBe(`metal:${'x'.repeat(74)}…`);
    expect(shown(id)).toBe(`"metal:${'x'.repeat(74)}…"`);
    expect(boundEchoes(`Metal ${id} not found`)).toBe(`Metal metal:${'x'.repeat(74)}… not found`);
    expect(clip('metal:gallium')).toBe('metal:gallium');
  });

  it('never splits a surrogate pair', () => {
    expect(clip('😀'.repeat(100))).toBe(`${'😀'.repeat(80)}…`);
  });

  it('no message quotes more than ECHO_MAX characters of any input, quoted or bare (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '😀', ':', '-'), minLength: 0, maxLength: 400 });
    fc.assert(
      fc.property(text, (input) => {
        // A quoted value (as `shown` writes it) is cut whole: at most ECHO_MAX of its characters.
        const quoted = boundEchoes(`id ${shown(input)} is not a typed id: expected <prefix>:<slug>`);
        expect(longestEchoed(quoted, input)).toBeLessThanOrEqual(ECHO_MAX);
        expect(quoted).toMatch(/^id ".*" is not a typed id: expected <prefix>:<slug>$/s);
        // A bare one (an id in a NOT_FOUND message) word by word: no unbroken run beyond ECHO_MAX.
        const bare = boundEchoes(`Metal ${input} not found`);
        for (const word of bare.split(' ')) expect(Array.from(word).length).toBeLessThanOrEqual(ECHO_MAX + 1);
        expect(bare).toMatch(/^Metal .* not found$/s);
      }),
      { numRuns: 500 },
    );
  });
});
