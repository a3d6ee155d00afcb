/**
 * `npm start` end to end: the service starts its own local Neo4j, applies the schema, loads
 * the bundled data and becomes ready; SIGTERM stops it and its Neo4j cleanly; a second start,
 * of the compiled JavaScript in production mode as the Dockerfile runs it, finds the data
 * still there.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../src/neo4j/local.js';
import { gql } from './support/server.js';

const dir = mkdtempSync(path.resolve('.neo4j/test-start-'));
const build = mkdtempSync(path.resolve('.neo4j/test-build-'));
let child: ChildProcess | undefined;

const DEVELOPMENT = ['--import', 'tsx', 'src/main.ts'];

async function startService(env: Record<string, string>, args = DEVELOPMENT) {
  const port = await freePort();
  const proc = spawn(process.execPath, args, {
    env: { ...process.env, LOCAL_NEO4J_DIR: dir, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child = proc;
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 240_000;
  while (Date.now() < until) {
    if (proc.exitCode !== null) throw new Error(`the service exited with ${proc.exitCode}`);
    const status = await fetch(`${url}/ready`).then((r) => r.status, () => 0);
    if (status === 200) return { proc, url };
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the service did not become ready within 240 s');
}

async function stop(proc: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  proc.kill('SIGTERM');
  return exited;
}

const neo4jRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

afterAll(async () => {
  if (child && child.exitCode === null) await stop(child);
  rmSync(dir, { recursive: true, force: true });
  rmSync(build, { recursive: true, force: true });
});

describe('npm start', () => {
  it('becomes ready with the bundled data loaded, and keeps it across a restart', async () => {
    const boltPort = String(await freePort());
    const first = await startService({ LOCAL_NEO4J_PORT: boltPort, LOAD_ON_START: 'true' });
    expect((await gql(first.url, '{ __typename }')).data).toEqual({ __typename: 'Query' });
    const gallium = await gql(first.url, '{ node(id: "metal:gallium") { id } }');
    expect(gallium.data).toEqual({ node: { id: 'metal:gallium' } });
    const neo4jPid = Number(readFileSync(path.join(dir, 'neo4j.pid'), 'utf8'));
    expect(neo4jRunning(neo4jPid)).toBe(true);

    expect(await stop(first.proc)).toBe(0);
    expect(neo4jRunning(neo4jPid)).toBe(false);

    // npm run build, into a folder of this test's own.
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', build], { stdio: 'inherit' });
    const second = await startService({ LOCAL_NEO4J_PORT: boltPort, LOAD_ON_START: 'false', NODE_ENV: 'production' }, [path.join(build, 'main.js')]);
    const again = await gql(second.url, '{ node(id: "policy:cn-mofcom-2024-46") { id } }');
    expect(again.data).toEqual({ node: { id: 'policy:cn-mofcom-2024-46' } });
    // The compiled service reads schema/, cypher/ and web/ from the package root too.
    expect((await fetch(`${second.url}/explorer`)).status).toBe(200);
    expect(await stop(second.proc)).toBe(0);
  }, 600_000);
});
