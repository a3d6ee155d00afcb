/**
 * `npm run kg -- <command>`: the data steward's command line.
 *   load <files…>     validate and load dataset files (YAML or JSON)
 *   load-bundled      load the bundled data under data/ (what start-up loads)
 *   schema            apply the constraints and indexes
 *   export <table>    write a BI feed table (CSV, JSON, NDJSON) to a file or stdout
 *   extract <file>    candidate facts of an article as a dataset file to review (see src/extract/)
 *   score <got> <exp> precision and recall of extracted facts
 *   retract <fact>    retract a fact or a whole source (--reason, --by); unretract <fact> undoes it
 * Uses NEO4J_URI when set; otherwise the local Neo4j (started here if it is not running).
 * Exit status: 0 done, 1 invalid data or article (nothing written), 2 other failure.
 */
import 'dotenv/config';
import cliProgress from 'cli-progress';
import { Command } from 'commander';
import { forceExitMs, loadConfig } from './config.js';
import { addExtractCommands } from './extract/cli.js';
import { ArticleInputError } from './extract/input.js';
import { addExportOptions, type ExportCliOptions, runExport } from './feeds/export.js';
import { Lifecycle } from './lifecycle.js';
import { bundledInputs } from './load/bundled.js';
import { readDatasetFiles } from './load/files.js';
import { type DatasetInput, type LoadSummary, LoadValidationError, loadDatasets } from './load/index.js';
import { Db } from './neo4j/db.js';
import { type LocalNeo4j, startLocalNeo4j } from './neo4j/local.js';
import { applySchema } from './neo4j/schema.js';
import { addRetractCommands } from './retract/cli.js';
import { RetractionError } from './retract/index.js';

// Ctrl-C or SIGTERM stop a local Neo4j this command started (it runs in its own process group), exit 130.
let life: Lifecycle | undefined;

async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const config = loadConfig();
  if (!life) {
    life = new Lifecycle({ forceExitMs: forceExitMs(config) });
    life.installSignalHandlers(130);
  }
  let local: LocalNeo4j | undefined;
  let uri = config.NEO4J_URI ?? `bolt://127.0.0.1:${config.LOCAL_NEO4J_PORT}`;
  const open = () =>
    new Db({ uri, username: config.NEO4J_USERNAME, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE, txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS });
  let db = open();
  if (!config.NEO4J_URI) {
    try {
      await db.driver.verifyConnectivity();
    } catch {
      await db.close();
      local = await startLocalNeo4j({
        dir: config.LOCAL_NEO4J_DIR,
        port: config.LOCAL_NEO4J_PORT,
        heapMb: config.LOCAL_NEO4J_HEAP_MB,
        pageCacheMb: config.LOCAL_NEO4J_PAGECACHE_MB,
        signal: life.signal,
      });
      const started = local;
      life.onStop('the local Neo4j', () => started.stop());
      uri = local.uri;
      db = open();
    }
  }
  try {
    return await work(db);
  } finally {
    await db.close();
    await local?.stop();
  }
}

/** The end-of-load summary as a table: created / updated / unchanged per label and type. */
export function formatSummary(name: string, s: LoadSummary): string {
  const lines = [`${name}`];
  for (const [kind, counts] of [
    ['node', s.nodes],
    ['relationship', s.relationships],
  ] as const) {
    for (const [k, c] of Object.entries(counts).sort()) {
      lines.push(
        `  ${kind.padEnd(12)} ${k.padEnd(18)} created ${String(c.created).padStart(6)}  updated ${String(c.updated).padStart(6)}  unchanged ${String(c.unchanged).padStart(6)}`,
      );
    }
  }
  return lines.join('\n');
}

async function load(inputs: () => DatasetInput[], progress: boolean) {
  const bar =
    progress && process.stderr.isTTY
      ? new cliProgress.SingleBar({ format: '{name} [{bar}] {value}/{total} records', stream: process.stderr }, cliProgress.Presets.shades_classic)
      : undefined;
  let current = '';
  // Files are read and parsed before connecting, so a file that does not parse fails at once.
  const read = inputs();
  const results = await withDb(async (db) => {
    await applySchema(db);
    return loadDatasets(db, read, {
      onProgress: (name, done, total) => {
        if (!bar) return;
        if (name !== current) {
          if (current) bar.stop();
          current = name;
          bar.start(total, 0, { name });
        }
        bar.update(done);
      },
    });
  });
  bar?.stop();
  for (const r of results) console.log(formatSummary(r.name, r.summary));
}

const program = new Command().name('kg').description('Load and manage the critical-minerals knowledge graph').showHelpAfterError();

program
  .command('load')
  .description('validate dataset files (YAML or JSON) completely, then load each in one transaction')
  .argument('<files...>', 'dataset files')
  .option('--no-progress', 'do not draw a progress bar')
  .action((files: string[], opts: { progress: boolean }) => load(() => readDatasetFiles(files), opts.progress));

program
  .command('load-bundled')
  .description('load the bundled USGS tables and curated files under data/')
  .option('--no-progress', 'do not draw a progress bar')
  .action((opts: { progress: boolean }) => load(bundledInputs, opts.progress));

program
  .command('schema')
  .description('apply the constraints and indexes (idempotent)')
  .action(() => withDb(applySchema).then(() => console.log('schema applied')));

addExportOptions(program.command('export')).action((table: string, opts: ExportCliOptions) => runExport(table, opts, withDb));
addExtractCommands(program, withDb);
addRetractCommands(program, withDb);

try {
  await program.parseAsync();
} catch (e) {
  const refused = e instanceof LoadValidationError || e instanceof ArticleInputError || e instanceof RetractionError;
  // Exit once stderr has taken the whole report: an exit at once drops what a pipe has not read
  // yet (past its 64 KiB), so `kg load … 2>&1 | less` showed a dataset's first 600 issues only.
  process.stderr.write(`${refused ? (e as Error).message : `error: ${(e as Error).message}`}\n`, () => process.exit(refused ? 1 : 2));
}
