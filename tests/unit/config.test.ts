import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(4000);
    expect(c.HOST).toBe('127.0.0.1');
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.NEO4J_DATABASE).toBe('neo4j');
    expect(c.LOAD_ON_START).toBe(true);
  });

  it('accepts routing and direct URIs', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abcd.databases.neo4j.io' }).NEO4J_URI).toBe('neo4j+s://abcd.databases.neo4j.io');
    expect(loadConfig({ NEO4J_URI: 'bolt://db:7687' }).NEO4J_URI).toBe('bolt://db:7687');
  });

  it('names every invalid variable and what was expected', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', LOAD_ON_START: 'maybe' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/PORT: expected a TCP port number/);
    expect(msg).toMatch(/NEO4J_URI: expected a bolt:\/\/ or neo4j:\/\/ URI/);
    expect(msg).toMatch(/LOAD_ON_START: expected true or false \(got "maybe"\)/);
  });

  it('refuses an out-of-range port', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });
});
