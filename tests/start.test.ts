/**
 * `npm start` end to end: the service starts its own local Neo4j, applies the schema, loads
 * the bundled data and becomes ready; nothing internal reaches an anonymous caller by default;
 * Ctrl-C and an immediate restart on the same data folder work (the new start, of the compiled
 * JavaScript in production mode as the Dockerfile runs it, waits for the old server and finds
 * the data); a signal at any stage of start-up stops everything started so far; a failed
 * start prints one line. And the local Neo4j's own start: waiting for a server that is still
 * stopping, refusing one another process runs, stopping the server of a start that timed out.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Db } from '../src/neo4j/db.js';
import { freePort, startLocalNeo4j } from '../src/neo4j/local.js';
import { neo4jOn } from './support/processes.js';
import { gql } from './support/server.js';

const dirs: string[] = [];
const children: ChildProcess[] = [];
const newDir = () => {
  const d = mkdtempSync(path.resolve('.neo4j/test-start-'));
  dirs.push(d);
  return d;
};

interface Service {
  proc: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

const DEVELOPMENT = ['--import', 'tsx', 'src/main.ts'];

/** Spawns `src/main.ts` as `npm start` runs it (or `args`), with its output captured. */
async function spawnService(dir: string, env: Record<string, string>, args = DEVELOPMENT, command = process.execPath): Promise<Service> {
  const port = await freePort();
  const proc = spawn(command, args, {
    env: { ...process.env, LOCAL_NEO4J_DIR: dir, PORT: String(port), LOG_LEVEL: 'info', LOCAL_NEO4J_HEAP_MB: '768', LOCAL_NEO4J_PAGECACHE_MB: '128', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // `npm start` in a process group of its own, as a terminal runs it: Ctrl-C reaches the whole group.
    detached: command !== process.execPath,
  });
  children.push(proc);
  let out = '';
  proc.stdout!.on('data', (c) => (out += c));
  proc.stderr!.on('data', (c) => (out += c));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { proc, url: `http://127.0.0.1:${port}`, output: () => out, exited };
}

async function until<T>(what: string, ms: number, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = await probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what}: not within ${ms} ms`);
}

async function ready(s: Service): Promise<Service> {
  // Generous: the first start loads the bundled data, on a machine that may be busy.
  await until('the service ready', 480_000, async () => {
    if (s.proc.exitCode !== null) throw new Error(`the service exited with ${s.proc.exitCode}:\n${s.output()}`);
    return (await fetch(`${s.url}/ready`).then(
      (r) => r.status,
      () => 0,
    )) === 200
      ? true
      : undefined;
  });
  return s;
}

const pidRecord = (dir: string) => {
  const f = path.join(dir, 'neo4j.pid');
  return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as { pid: number; state: string; owner: number }) : undefined;
};

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs) for (const pid of neo4jOn(d)) process.kill(pid, 'SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('npm start', () => {
  it('becomes ready with the bundled data, hides internals from callers, and restarts at once after Ctrl-C', async () => {
    const dir = newDir();
    // npm run build, into a folder of this test's own, before the first start: the restart is immediate.
    const build = newDir();
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', build], { stdio: 'inherit' });
    const boltPort = String(await freePort());
    const first = await ready(await spawnService(dir, { LOCAL_NEO4J_PORT: boltPort, LOAD_ON_START: 'true' }));
    expect((await gql(first.url, '{ node(id: "metal:gallium") { id } }')).data).toEqual({ node: { id: 'metal:gallium' } });
    const firstNeo4j = pidRecord(dir)!;
    expect(firstNeo4j).toMatchObject({ state: 'running', owner: first.proc.pid });
    expect(neo4jOn(dir)).toEqual([firstNeo4j.pid]);

    // Out of the box an unexpected failure reaches the caller as a code and a generic message only.
    const db = new Db({ uri: `bolt://127.0.0.1:${boltPort}`, username: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 10_000 });
    try {
      await db.write("CREATE (:Company {id: 'company:zz-number-name', name: 42})");
      const res = await fetch(`${first.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ companies(first: 100, orderBy: { field: NAME }) { edges { node { id } } } }' }),
      });
      const text = await res.text();
      expect(JSON.parse(text).errors).toEqual([
        { message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['companies'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
      expect(text).not.toMatch(/stacktrace|\/src\/|node_modules|toLower|Neo4j/i);
      await db.write("MATCH (c:Company {id: 'company:zz-number-name'}) DELETE c");
    } finally {
      await db.close();
    }

    // Ctrl-C, and `npm start` again straight away on the same folder and port.
    first.proc.kill('SIGINT');
    const second = await spawnService(dir, { LOCAL_NEO4J_PORT: boltPort, LOAD_ON_START: 'false', NODE_ENV: 'production' }, [path.join(build, 'main.js')]);
    expect(await first.exited).toBe(0);
    await ready(second);
    expect((await gql(second.url, '{ node(id: "policy:cn-mofcom-2024-46") { id } }')).data).toEqual({ node: { id: 'policy:cn-mofcom-2024-46' } });
    const secondNeo4j = pidRecord(dir)!;
    expect(secondNeo4j.pid).not.toBe(firstNeo4j.pid);
    expect(neo4jOn(dir)).toEqual([secondNeo4j.pid]);
    expect(second.output()).not.toMatch(/already runs|start-up failed/);
    // The compiled service reads schema/, cypher/ and web/ from the package root too.
    expect((await fetch(`${second.url}/explorer`)).status).toBe(200);

    second.proc.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(neo4jOn(dir)).toEqual([]);
    expect(existsSync(path.join(dir, 'neo4j.pid'))).toBe(false);
  }, 900_000);

  it("a signal while Neo4j starts, once it answers, and while the data loads (Ctrl-C to npm start's process group) stops everything started so far", async () => {
    for (const [signal, stage] of [
      ['SIGTERM', 'starting'],
      ['SIGINT', 'running'],
      ['SIGINT', 'loading'],
    ] as const) {
      const dir = newDir();
      const env = { LOCAL_NEO4J_PORT: String(await freePort()), LOAD_ON_START: 'true' };
      const s = stage === 'loading' ? await spawnService(dir, env, ['start'], 'npm') : await spawnService(dir, env);
      // 'starting': the server process is up, Bolt not yet; 'running': Bolt is up, start-up's first statements under way;
      // 'loading': the bundled data's load has begun.
      const rec = await until(`the local Neo4j ${stage}`, 480_000, () =>
        (stage === 'loading' ? s.output().includes('loading the bundled data') : pidRecord(dir)?.state === stage) ? pidRecord(dir) : undefined,
      );
      expect(neo4jOn(dir)).toEqual([rec!.pid]);
      const asked = Date.now();
      if (stage === 'loading') process.kill(-s.proc.pid!, signal);
      else s.proc.kill(signal);
      expect({ stage, code: await s.exited, output: s.output() }).toMatchObject({ stage, code: 0 });
      expect(Date.now() - asked).toBeLessThan(45_000);
      expect(neo4jOn(dir)).toEqual([]);
      expect(s.output()).toContain(`stopping (${signal})`);
      expect(s.output()).toMatch(/"msg":"stopped"/);
      if (stage === 'loading') expect(s.output()).toMatch(/load aborted \(stopping \(SIGINT\)\): /);
      expect(s.output()).not.toMatch(/\n\s+at /);
    }
  }, 900_000);

  it('a failed start prints one line, without a stack, and exits with 1', async () => {
    const s = await spawnService(newDir(), { NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`, LOG_LEVEL: 'warn' });
    expect(await s.exited).toBe(1);
    const lines = s.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^start-up failed: .+/);
  });
});

describe('the local Neo4j', () => {
  it('a start on a folder whose server is still stopping waits for it, with one line saying so', async () => {
    const dir = newDir();
    const port = await freePort();
    const first = await startLocalNeo4j({ dir, port, heapMb: 512, pageCacheMb: 64 });
    const stopping = first.stop();
    const notices: string[] = [];
    const second = await startLocalNeo4j({ dir, port, heapMb: 512, pageCacheMb: 64, onNotice: (l) => notices.push(l) });
    await stopping;
    expect(notices).toEqual([`Waiting up to 60 s for the previous local Neo4j (pid ${first.pid}) on ${dir} to finish stopping…`]);
    expect(neo4jOn(dir)).toEqual([second.pid]);
    // While it runs for this (live) process and is not stopping, another start refuses at once.
    await expect(startLocalNeo4j({ dir, port: await freePort() })).rejects.toThrow(
      `a local Neo4j (pid ${second.pid}) already runs on ${dir} for another process (pid ${process.pid})`,
    );
    await second.stop();
    expect(neo4jOn(dir)).toEqual([]);
  }, 400_000);

  it('a start that times out, or is aborted, stops the server it started', async () => {
    const dir = newDir();
    await expect(startLocalNeo4j({ dir, port: await freePort(), heapMb: 512, pageCacheMb: 64, startTimeoutMs: 1000 })).rejects.toThrow(
      `Neo4j did not start within 1 s (data in ${dir})`,
    );
    expect(neo4jOn(dir)).toEqual([]);
    const ctrl = new AbortController();
    const starting = startLocalNeo4j({ dir, port: await freePort(), heapMb: 512, pageCacheMb: 64, signal: ctrl.signal });
    await until('the server process', 60_000, () => (neo4jOn(dir).length ? true : undefined));
    ctrl.abort(new Error('asked to stop'));
    await expect(starting).rejects.toThrow('asked to stop');
    expect(neo4jOn(dir)).toEqual([]);
    expect(existsSync(path.join(dir, 'neo4j.pid'))).toBe(false);
  });

  it('a process that stopped its server, or whose start failed, ends at once: no wait of the stop is left pending, and a NaN wait is the default one', async () => {
    const dir = newDir();
    const port = await freePort();
    // A clean stop (NaN: the default wait, 30 s; Node would make NaN 1 ms and the stop a kill),
    // then a start that times out (stopped with a 10 s wait): the script does nothing more, so it
    // must end as soon as both servers are gone.
    const script = `import { startLocalNeo4j } from './src/neo4j/local.ts';
      const s = await startLocalNeo4j({ dir: ${JSON.stringify(dir)}, port: ${port}, heapMb: 512, pageCacheMb: 64 });
      await s.stop(Number.NaN);
      await startLocalNeo4j({ dir: ${JSON.stringify(dir)}, port: ${port}, heapMb: 512, pageCacheMb: 64, startTimeoutMs: 1000 }).catch((e) => console.log('REFUSED ' + e.message));
      console.log('DONE');`;
    const starter = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(starter);
    let out = '';
    let doneAt = 0;
    starter.stdout!.on('data', (c) => {
      out += c;
      if (!doneAt && out.includes('DONE')) doneAt = Date.now();
    });
    const code = await new Promise<number | null>((resolve) => starter.once('exit', resolve));
    const lingered = Date.now() - doneAt;
    expect(out).toContain(`REFUSED Neo4j did not start within 1 s (data in ${dir})`);
    expect(code).toBe(0);
    expect(doneAt).toBeGreaterThan(0);
    // Before, the stop's 30 s (and the failed start's 10 s) timer kept the process alive to its end.
    expect(lingered).toBeLessThan(5000);
    expect(neo4jOn(dir)).toEqual([]);
    // Shut down, not killed: Neo4j's own log has its clean shutdown.
    expect(readFileSync(path.join(dir, 'logs', 'debug.log'), 'utf8')).toMatch(/Shutdown started/);
  }, 400_000);

  it('a server whose starter is killed (kill -9) shuts itself down cleanly, and the next start finds the folder free', async () => {
    const dir = newDir();
    const port = await freePort();
    const script = `import { startLocalNeo4j } from './src/neo4j/local.ts';
      const s = await startLocalNeo4j({ dir: ${JSON.stringify(dir)}, port: ${port}, heapMb: 512, pageCacheMb: 64 });
      console.log('READY ' + s.pid);`;
    const starter = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `${script} setInterval(() => {}, 1000);`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(starter);
    let out = '';
    starter.stdout!.on('data', (c) => (out += c));
    const pid = Number(await until('the starter ready', 300_000, () => /READY (\d+)/.exec(out)?.[1]));
    expect(neo4jOn(dir)).toEqual([pid]);
    starter.kill('SIGKILL');
    await until('the server gone', 120_000, () => (neo4jOn(dir).length === 0 ? true : undefined));
    // Shut down, not killed: Neo4j's own log ends with its clean shutdown.
    expect(readFileSync(path.join(dir, 'logs', 'debug.log'), 'utf8')).toMatch(/Shutdown started/);
    const notices: string[] = [];
    const next = await startLocalNeo4j({ dir, port, heapMb: 512, pageCacheMb: 64, onNotice: (l) => notices.push(l) });
    expect(notices).toEqual([]);
    await next.stop();
    expect(neo4jOn(dir)).toEqual([]);
  }, 600_000);
});
