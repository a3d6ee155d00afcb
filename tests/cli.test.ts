/**
 * `npm run kg` as users run it, each command its own process: exit codes (0 done, 1 invalid
 * input or usage, 2 any other error) with a message on stderr, files that do not parse refused
 * before any connection, and an export that fails leaving neither its file nor a partial one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../src/neo4j/local.js';
import { testDb } from './support/db.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kg-cli-'));
const db = testDb();
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  // The load below wrote to the suite's graph through another process: remove what it wrote.
  await db.write("MATCH (n) WHERE n.id STARTS WITH 'company:cli-test' OR n.id = 'source:cli-test' DETACH DELETE n");
  await db.close();
});

function kg(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run kg', () => {
  it('writes a whole refusal to a pipe read late, however long (exit 1), not only the 64 KiB the pipe holds', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kg-cli-many-')), 'many-invalid.json');
    const count = 20_000;
    writeFileSync(file, `{"sources":[${Array(count).fill('0').join(',')}]}`);
    // As a shell runs it into a pager: stderr into a pipe whose reader comes late (bash's
    // pipefail gives the command's own exit status).
    const command = `'${process.execPath}' --import tsx src/cli.ts load --no-progress '${file}' 2>&1 >/dev/null | (sleep 6; cat)`;
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', command], {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: '' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(r.stdout.length).toBeGreaterThan(65_536);
    expect(lines[0]).toMatch(/invalid record field\(s\); nothing was written/);
    expect(lines.filter((l) => l.includes(`sources[`)).length).toBe(count);
    expect(lines.at(-1)).toContain(`sources[${count - 1}]`);
    rmSync(path.dirname(file), { recursive: true, force: true });
  }, 120_000);

  it('refuses a file that does not parse with exit 1, naming it, before connecting to any Neo4j', async () => {
    // A Neo4j URI where nothing listens: the command must not get as far as connecting.
    const nowhere = { NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` };
    const r = kg(['load', '--no-progress', 'tests/fixtures/not-yaml.yaml'], nowhere);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/tests\/fixtures\/not-yaml\.yaml/);
    expect(r.stderr).not.toMatch(/unavailable|ECONNREFUSED/i);
  });

  it('refuses a YAML file nesting deeper than its parser reads with exit 1, saying so with the place, before connecting', async () => {
    const nowhere = { NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` };
    // A folder of its own: the export test below finds `dir` empty.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kg-cli-deep-')), 'deep.yaml');
    writeFileSync(file, `sources:\n  - ${'['.repeat(100_000)}1${']'.repeat(100_000)}\n`);
    const r = kg(['load', '--no-progress', file], nowhere);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /deep\.yaml: \(file\): \(parse\): nests lists or maps too deep to read \(at line \d+, column \d+\); a dataset nests at most 64 levels/,
    );
    expect(r.stderr).not.toMatch(/unavailable|ECONNREFUSED/i);
    rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('answers a bad export option with exit 2 and the parameter it names, before connecting', async () => {
    const nowhere = { NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` };
    const unknownTable = kg(['export', 'shipments'], nowhere);
    expect(unknownTable.code).toBe(2);
    expect(unknownTable.stderr).toMatch(/^error: .*shipments/m);
    const badYear = kg(['export', 'production', '--year', 'last'], nowhere);
    expect(badYear.code).toBe(2);
    expect(badYear.stderr).toMatch(/year/);
  });

  it('an export that cannot reach Neo4j exits 2 and leaves no file, partial or whole', async () => {
    const out = path.join(dir, 'production.csv');
    const r = kg(['export', 'production', '--out', out], { NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unavailable/i);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('loads a valid file with exit 0 and prints the counts; an invalid record gives exit 1 and writes nothing', async () => {
    const uri = { NEO4J_URI: inject('neo4jUri') };
    const file = path.join(dir, 'ok.yaml');
    writeFileSync(
      file,
      `sources:\n  - { id: "source:cli-test", name: "CLI test", sourceType: dataset }\nnodes:\n  - { id: "company:cli-test", label: Company, name: "CLI Test Co", sources: ["source:cli-test"] }\n`,
    );
    const ok = kg(['load', '--no-progress', file], uri);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/node\s+Company\s+created\s+1\s+updated\s+0\s+unchanged\s+0/);

    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, `nodes:\n  - { id: "company:cli-test-2", label: Company, name: "", sources: ["source:cli-test"] }\n`);
    const refused = kg(['load', '--no-progress', bad], uri);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/company:cli-test-2/);
    expect(await db.read("MATCH (n {id: 'company:cli-test-2'}) RETURN n.id AS id")).toEqual([]);
    expect(await db.read("MATCH (n {id: 'company:cli-test'}) RETURN n.name AS name")).toEqual([{ name: 'CLI Test Co' }]);
  });
});
