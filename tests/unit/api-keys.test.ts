/** API_KEYS: parsing, refusals that never repeat a key, whole-key matching. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { KeyRing } from '../../src/server/auth.js';
import { ADMIN, EDITOR, KEYS, READER } from '../support/keys.js';

describe('API_KEYS', () => {
  it('reads key:role pairs or a JSON map', () => {
    expect(loadConfig({ API_KEYS: `${READER}:reader, ${EDITOR}:editor` }).API_KEYS).toEqual(KEYS.slice(0, 2));
    expect(loadConfig({ API_KEYS: JSON.stringify({ [ADMIN]: 'admin' }) }).API_KEYS).toEqual([KEYS[2]]);
    expect(loadConfig({}).API_KEYS).toEqual([]);
  });

  it('refuses short keys, unknown roles and duplicates without repeating the keys', () => {
    for (const bad of ['short:editor', `${EDITOR}:owner`, `${EDITOR}:editor,${EDITOR}:admin`, '{"not json']) {
      let err: unknown;
      try {
        loadConfig({ API_KEYS: bad });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toMatch(/API_KEYS/);
      expect((err as Error).message).not.toContain(bad.includes(EDITOR) ? EDITOR : bad);
    }
  });

  it('matches whole keys only', () => {
    const ring = new KeyRing(KEYS);
    expect(ring.roleOf(EDITOR)).toBe('editor');
    expect(ring.roleOf(ADMIN)).toBe('admin');
    expect(ring.roleOf(EDITOR.slice(0, -1))).toBeNull();
    expect(ring.roleOf(`${EDITOR}x`)).toBeNull();
    expect(ring.roleOf(EDITOR.toUpperCase())).toBeNull();
    expect(ring.roleOf('')).toBeNull();
  });
});
