/** Reading dataset files before validation: a file that does not parse is named in the error. */
import { expect, it } from 'vitest';
import { readDatasetFiles } from '../../src/load/files.js';

it('reports a file that is not valid YAML with its name', () => {
  expect(() => readDatasetFiles(['tests/fixtures/not-yaml.yaml'])).toThrow(/tests\/fixtures\/not-yaml\.yaml: \(file\): \(parse\)/);
});
