import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cypher } from '../src/cypher.js';
import { Db } from '../src/neo4j/db.js';
import { mavenInvocation } from '../src/neo4j/local.js';
import { applySchema, SCHEMA_INDEX_NAMES, schemaApplied } from '../src/neo4j/schema.js';
import { testDb } from './support/db.js';

const db = testDb();
afterAll(() => db.close());

describe('the Neo4j the suite talks to', () => {
  it('is a real Neo4j 5.26 Community server', async () => {
    const [row] = await db.read<{ name: string; version: string; edition: string }>(cypher('schema/version'));
    expect(row.name).toBe('Neo4j Kernel');
    expect(row.version).toMatch(/^5\.26\.\d+$/);
    expect(row.edition).toBe('community');
  });

  it('answers through a neo4j:// routing URI as well as bolt://, reads in read transactions', async () => {
    const routed = new Db({ ...db.opts, uri: db.opts.uri.replace('bolt://', 'neo4j://') });
    try {
      const [row] = await routed.read<{ version: string }>(cypher('schema/version'));
      expect(row.version).toMatch(/^5\.26\./);
      await expect(routed.read("CREATE (:Company {id: 'company:read-only-probe', name: 'x'})")).rejects.toThrow(/read/i);
    } finally {
      await routed.close();
    }
  });

  it('applies the schema, and re-applying changes nothing', async () => {
    await applySchema(db);
    const before = await db.read<{ name: string; type: string; labels: string[]; props: string[] }>(
      'SHOW INDEXES YIELD name, type, labelsOrTypes AS labels, properties AS props RETURN name, type, labels, props ORDER BY name',
    );
    await applySchema(db);
    const after = await db.read('SHOW INDEXES YIELD name, type, labelsOrTypes AS labels, properties AS props RETURN name, type, labels, props ORDER BY name');
    expect(after).toEqual(before);
    expect(await schemaApplied(db)).toBe(true);
    const names = before.map((r) => r.name);
    for (const n of SCHEMA_INDEX_NAMES) expect(names).toContain(n);
    const fulltext = before.find((r) => r.name === 'entitySearch')!;
    expect(fulltext.type).toBe('FULLTEXT');
    expect(fulltext.props).toEqual(['searchText']);
    expect(names).not.toContain('entityNames'); // the earlier index over raw names is dropped
    expect(fulltext.labels).toContain('Company');
    // The exact-key index: the folded name and every folded alias, each kept whole by the keyword analyser.
    const [keys] = await db.read<{ type: string; labels: string[]; props: string[]; analyzer: string }>(
      "SHOW INDEXES YIELD name, type, labelsOrTypes AS labels, properties AS props, options WHERE name = 'entityKeys' RETURN type, labels, props, options.indexConfig.`fulltext.analyzer` AS analyzer",
    );
    expect(keys).toMatchObject({ type: 'FULLTEXT', props: ['nameKey', 'aliasKeys'], analyzer: 'keyword' });
    expect(keys.labels).toEqual(fulltext.labels);
    const constraints = await db.read<{ name: string; type: string }>('SHOW CONSTRAINTS YIELD name, type RETURN name, type');
    expect(constraints.find((c) => c.name === 'Company_id')?.type).toBe('UNIQUENESS');
  });

  it('refuses a second node with the same id', async () => {
    await applySchema(db);
    await db.write("MERGE (:Company {id: 'company:uniqueness-probe', name: 'probe'})");
    await expect(db.write("CREATE (:Company {id: 'company:uniqueness-probe', name: 'copy'})")).rejects.toThrow(/already exists/);
    await db.write("MATCH (c:Company {id: 'company:uniqueness-probe'}) DELETE c");
  });
});

describe('Maven, as the project runs it', () => {
  const mvn = (args: string[], env: NodeJS.ProcessEnv) => spawnSync('mvn', args, { env, encoding: 'utf8' });
  const missingPom = path.join(tmpdir(), 'no-such-module', 'pom.xml');

  it('prints its messages without ANSI escape codes (batch mode, no colour, no console resets)', () => {
    const { args, env } = mavenInvocation(missingPom, { ...process.env, MAVEN_OPTS: '-Xmx256m' });
    expect(args.slice(0, 3)).toEqual(['-B', '-q', '-Dstyle.color=never']);
    expect(env.MAVEN_OPTS).toBe('-Xmx256m -Djansi.noreset=true');
    const out = mvn([...args, 'validate'], env);
    const text = `${out.stdout}${out.stderr}`;
    expect(out.status).not.toBe(0);
    expect(text).toContain('Non-readable POM');
    expect(text).not.toContain('\u001b');
    // Without the settings the same run starts with ESC[0m: the check above can fail.
    const plain = mvn(['-q', '-f', missingPom, 'validate'], process.env);
    expect(`${plain.stdout}${plain.stderr}`).toContain('\u001b[0m');
  });
});
