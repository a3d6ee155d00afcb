/** Reading dataset files: `.yaml`/`.yml` (YAML 1.2) or `.json`. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { MAX_NESTING } from '../model/nesting.js';
import { type DatasetInput, LoadValidationError } from './validate.js';

/**
 * What a parser's error says, on one line: a stack overflow (a file nesting lists or maps more
 * levels than the parser's recursion holds) as what it is, with the place the parser gave.
 */
function parseMessage(e: unknown): string {
  const first = String((e as Error)?.message ?? e).split('\n')[0];
  if (!/Maximum call stack size exceeded/.test(first)) return first;
  const at = /at line \d+, column \d+/.exec(first)?.[0];
  return `nests lists or maps too deep to read${at ? ` (${at})` : ''}; a dataset nests at most ${MAX_NESTING} levels`;
}

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
      throw new LoadValidationError([{ file: name, record: '(file)', field: '(parse)', message: parseMessage(e) }]);
    }
  });
}
