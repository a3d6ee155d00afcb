/** The dependency walk's bounds, as the code has them, are the ones the SDL states. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { LIMITS } from '../../src/graphql/chains/steps.js';

it('are the ones the SDL states for `truncated`', () => {
  const sdl = readFileSync('schema/chains.graphql', 'utf8').replace(/\s+/g, ' ');
  for (const stated of [
    `most ${LIMITS.fanOut} neighbours per depth over at most ${LIMITS.parallelHops} parallel relationships each`,
    `at most ${LIMITS.beamWidth} partial paths`,
    `at most ${LIMITS.walkLimit} paths in all`,
  ])
    expect(sdl.split(stated).length - 1).toBe(2); // dependencyChains and exposure
});
