/**
 * The process helpers of src/neo4j/local.ts that tell whether a process runs and who started
 * it (Linux `/proc`): the parent is read after the command name, which may hold spaces and
 * parentheses of its own.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parentOf, processAlive } from '../../src/neo4j/local.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'processes-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs a shell script named `name` (its name becomes the process's command name) until killed. */
async function runNamed(name: string) {
  const file = path.join(tmp, name);
  // `read` is the shell's own: the process keeps the script's name until its input closes.
  writeFileSync(file, '#!/bin/sh\nread line\n');
  chmodSync(file, 0o755);
  const child = spawn(file, [], { stdio: ['pipe', 'ignore', 'ignore'] });
  await new Promise((resolve, reject) => child.once('spawn', resolve).once('error', reject));
  return child;
}

describe('parentOf and processAlive', () => {
  it('name this process’s parent and tell a running process from one that has exited', async () => {
    expect(parentOf(process.pid)).toBe(process.ppid);
    expect(processAlive(process.pid)).toBe(true);
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    await new Promise((resolve) => child.once('spawn', resolve));
    expect(parentOf(child.pid!)).toBe(process.pid);
    expect(processAlive(child.pid!)).toBe(true);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(processAlive(child.pid!)).toBe(false);
    expect(parentOf(child.pid!)).toBeUndefined();
  });

  it('read the parent after a command name holding spaces and parentheses', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[a-z()) ]{1,14}$/), async (name) => {
        const child = await runNamed(`${name.replace(/^ +| +$/g, '') || 'x'})`);
        try {
          expect(readFileSync(`/proc/${child.pid}/comm`, 'utf8').trim()).toBe(`${name.replace(/^ +| +$/g, '') || 'x'})`.slice(0, 15));
          expect(parentOf(child.pid!)).toBe(process.pid);
        } finally {
          child.kill('SIGKILL');
        }
      }),
      { numRuns: 25 },
    );
    // The example that split on the first ") ": a name such as "a) b" read "b" as the state.
    const child = await runNamed('a) 1 2 3');
    try {
      expect(parentOf(child.pid!)).toBe(process.pid);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
