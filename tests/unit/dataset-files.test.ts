/** Reading dataset files before validation: a file that does not parse is named in the error. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { readDatasetFiles } from '../../src/load/files.js';
import { LoadValidationError } from '../../src/load/validate.js';

it('reports a file that is not valid YAML with its name', () => {
  expect(() => readDatasetFiles(['tests/fixtures/not-yaml.yaml'])).toThrow(/tests\/fixtures\/not-yaml\.yaml: \(file\): \(parse\)/);
});

it('reports a file nesting lists or maps deeper than its parser reads as that, with the place, for YAML and JSON alike', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'deep-dataset-'));
  try {
    const deep = 100_000;
    const files = {
      'flow.yaml': `sources:\n  - ${'['.repeat(deep)}1${']'.repeat(deep)}\n`,
      'maps.yaml': `sources:\n  - ${'{a: '.repeat(deep)}1${'}'.repeat(deep)}\n`,
      'deep.json': `{"sources": [${'['.repeat(deep)}1${']'.repeat(deep)}]}`,
    };
    const messages = Object.entries(files).map(([name, text]) => {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      try {
        // JSON parses (its parser does not recurse): the loader's own check refuses it later.
        readDatasetFiles([file]);
        return `${name}: parsed`;
      } catch (e) {
        expect(e).toBeInstanceOf(LoadValidationError);
        return `${name}: ${(e as LoadValidationError).issues[0].message}`;
      }
    });
    expect(messages).toEqual([
      expect.stringMatching(/^flow\.yaml: nests lists or maps too deep to read \(at line \d+, column \d+\); a dataset nests at most 64 levels$/),
      expect.stringMatching(/^maps\.yaml: nests lists or maps too deep to read( \(at line \d+, column \d+\))?; a dataset nests at most 64 levels$/),
      'deep.json: parsed',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
