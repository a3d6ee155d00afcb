/**
 * bench/report.ts on the command line given a file that is not JSON: one line on stderr naming
 * the file, exit status 1, and none of the files given is written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('bench/report.ts given a file that is not JSON', () => {
  it('tells it in one line naming the file, exits 1 and writes nothing', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-report-json-'));
    try {
      const good = path.join(dir, 'good.json');
      writeFileSync(good, readFileSync(path.join(here, 'bench/results/sf1.json')));
      // JSON.parse quotes the start of a text it refuses, line breaks included.
      const bodies: Array<[string, string, RegExp]> = [
        ['lines.json', 'hello\nworld\n', /: Unexpected token 'h', "hello world ?" is not valid JSON$/],
        ['cut.json', '{\n  "generatedAt": "2026-01-01",\n  "options": {\n', /JSON/],
        ['crlf.json', '{\r\n  bad\r\n}\r\n', /JSON/],
        ['cr.json', 'x\ry\r', /: Unexpected token 'x', "x y ?" is not valid JSON$/],
        ['empty.json', '', /Unexpected end of JSON input$/],
      ];
      for (const [name, body, says] of bodies) {
        const bad = path.join(dir, name);
        writeFileSync(bad, body);
        const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/report.ts', good, bad], { cwd: here, encoding: 'utf8', timeout: 60_000 });
        expect(r.status, name).toBe(1);
        const lines = r.stderr.replace(/\n$/, '').split('\n');
        expect(lines, name).toHaveLength(1);
        expect(lines[0].startsWith(`bench/report.ts: ${bad}: `), name).toBe(true);
        expect(lines[0], name).toMatch(says);
        expect(lines[0], name).not.toMatch(/[\r\n]/);
        expect(existsSync(path.join(dir, 'good.md')), name).toBe(false);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
