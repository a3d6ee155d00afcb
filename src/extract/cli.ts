/**
 * `kg extract FILE [--url URL] [--published YYYY-MM-DD] [--retrieved YYYY-MM-DD] --out OUT.yaml`:
 * reads an article (text, Markdown or a saved HTML page), matches it against the graph's names
 * and writes the candidate facts as a dataset in the loader's format, each record with its
 * evidence and confidence as a comment. Nothing is written on bad input (ArticleInputError).
 * `kg score GOT.yaml EXPECTED.yaml` prints precision and recall of facts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { Dataset } from '../model/schema.js';
import type { Db } from '../neo4j/db.js';
import { graphFacts } from './conflicts.js';
import { datasetYaml } from './dataset.js';
import { loadGazetteer } from './gazetteer.js';
import { ArticleInputError, checkOptions, extractArticle } from './index.js';
import { score } from './score.js';

export interface ExtractCliOptions {
  out: string;
  url?: string;
  published?: string;
  retrieved?: string;
  publisher?: string;
  force?: boolean;
}

/** Runs `kg extract`; returns a summary line. Throws ArticleInputError for bad input or options. */
export async function runExtract(file: string, opts: ExtractCliOptions, withDb: <T>(work: (db: Db) => Promise<T>) => Promise<T>): Promise<string> {
  if (!existsSync(file)) throw new ArticleInputError('EMPTY', `no such file: ${file}`);
  const checked = checkOptions(
    { name: file, url: opts.url, publishedDate: opts.published, retrievedDate: opts.retrieved, publisher: opts.publisher },
    { url: '--url', publishedDate: '--published', retrievedDate: '--retrieved', publisher: '--publisher' },
  );
  if (existsSync(opts.out) && !opts.force) throw new ArticleInputError('BAD_OPTION', `${opts.out} exists; pass --force to replace it`);
  const bytes = readFileSync(file);
  const ex = await withDb(async (db) => extractArticle(bytes, await loadGazetteer(db), graphFacts(db), checked));
  writeFileSync(opts.out, datasetYaml(ex));
  const count = (k: string) => ex.candidates.filter((c) => c.kind === k).length;
  return `${opts.out}: ${count('relationship')} relationship(s), ${count('claim')} claim(s), ${count('entity')} new entit(y/ies) from ${ex.sentences.length} sentence(s) of "${ex.source.name}" (source ${ex.source.id})`;
}

const readDataset = (file: string) => Dataset.parse(parseYaml(readFileSync(file, 'utf8')));

/** Adds `extract` and `score` to the CLI. */
export function addExtractCommands(program: Command, withDb: <T>(work: (db: Db) => Promise<T>) => Promise<T>): void {
  program
    .command('extract')
    .description('extract candidate facts from an article (text, Markdown or saved HTML page) into a dataset file to review and load')
    .argument('<file>', 'the article')
    .requiredOption('--out <file>', 'where to write the dataset (YAML)')
    .option('--url <url>', "the article's URL")
    .option('--published <date>', 'publication date, YYYY-MM-DD')
    .option('--retrieved <date>', 'when the article was read, YYYY-MM-DD')
    .option('--publisher <name>', 'who published it')
    .option('--force', 'replace OUT if it exists')
    .action(async (file: string, opts: ExtractCliOptions) => console.log(await runExtract(file, opts, withDb)));
  program
    .command('score')
    .description('precision and recall of the facts of a dataset against an expected one')
    .argument('<got>', 'extracted dataset')
    .argument('<expected>', 'expected dataset')
    .action((got: string, expected: string) => {
      const s = score(readDataset(got), readDataset(expected));
      console.log(`precision ${s.precision.toFixed(3)} (${s.right}/${s.extracted})  recall ${s.recall.toFixed(3)} (${s.right}/${s.expected})`);
      for (const f of s.missed) console.log(`  missed: ${f.what}${f.value ? ` = ${f.value}` : ''}`);
      for (const f of s.wrong) console.log(`  not expected: ${f.what}${f.value ? ` = ${f.value}` : ''}`);
    });
}
