/** Named statements that run another's text (`{{include <name>}}` in src/cypher.ts): the walk's first round trip is chains/prepare and chains/level in one statement. */
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { cypher, cypherFolder, withSlots } from '../../src/cypher.js';
import { stepDirections } from '../../src/graphql/chains/steps.js';
import { fromPackageRoot } from '../../src/paths.js';

it('puts the included statements into chains/start and chains/expand word for word', () => {
  const start = cypher('chains/start');
  expect(start).toContain(cypher('chains/prepare'));
  expect(start).toContain(cypher('chains/level'));
  expect(cypher('chains/expand')).toContain(cypher('chains/level'));
  expect(cypher('chains/expand').startsWith('WITH $frontier AS frontier, $upstream AS upstream, $refs AS refs')).toBe(true);
  // Every slot of both parts is filled from the allow-lists.
  const text = withSlots('chains/start', { label: 'Country', metalLabel: 'Metal', ...stepDirections(true, ['SUPPLY', 'COMMERCIAL', 'OWNERSHIP']) });
  expect(text).not.toContain('{{');
});

it('leaves no include unresolved in any statement', () => {
  const folders = readdirSync(fromPackageRoot('cypher'), { withFileTypes: true }).filter((d) => d.isDirectory());
  expect(folders.length).toBeGreaterThan(3);
  for (const d of folders) for (const [name, text] of cypherFolder(d.name)) expect(text, name).not.toMatch(/\{\{include/);
});
