/** Reading dataset files: `.yaml`/`.yml` (YAML 1.2) or `.json`. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type DatasetInput, LoadValidationError } from './validate.js';

/**
 * Reads and parses each file. Throws LoadValidationError naming the file (and line, for YAML)
 * when a file cannot be read or parsed.
 */
export function readDatasetFiles(files: string[]): DatasetInput[] {
  return files.map((file) => {
    const name = path.relative(process.cwd(), file) || file;
    try {
      const text = readFileSync(file, 'utf8');
      const content = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text, { uniqueKeys: true });
      return { name, content };
    } catch (e) {
      throw new LoadValidationError([{ file: name, record: '(file)', field: '(parse)', message: (e as Error).message.split('\n')[0] }]);
    }
  });
}
