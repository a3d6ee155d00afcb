/**
 * The data bundled with the service under `data/`: the USGS Mineral Commodity Summaries 2025
 * tables (`data/usgs-mcs-2025/`) and the curated files (`data/curated/*.yaml`), loaded at start.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../log.js';
import type { Db } from '../neo4j/db.js';
import { fromPackageRoot } from '../paths.js';
import { importUsgs } from '../usgs/import.js';
import { readDatasetFiles } from './files.js';
import { type DatasetInput, loadDatasets } from './index.js';

export const DATA_DIR = fromPackageRoot('data');

/** The bundled inputs, in load order: the USGS tables first, then the curated files. */
export function bundledInputs(): DatasetInput[] {
  const usgs = importUsgs(path.join(DATA_DIR, 'usgs-mcs-2025'));
  const curatedDir = path.join(DATA_DIR, 'curated');
  const curated = readdirSync(curatedDir)
    .filter((f) => /\.(ya?ml|json)$/i.test(f))
    .sort()
    .map((f) => path.join(curatedDir, f));
  return [{ name: 'data/usgs-mcs-2025', content: usgs.dataset }, ...readDatasetFiles(curated)];
}

/**
 * Loads every bundled input, saying so first (`loading the bundled data: N inputs (…)`); returns
 * the per-input summaries. Throws as `loadDatasets` does; aborting `signal` stops it with
 * LoadAbortedError (the input being written rolls back whole).
 */
export async function loadBundledData(db: Db, log?: Logger, signal?: AbortSignal) {
  const inputs = bundledInputs();
  log?.info(`loading the bundled data: ${inputs.length} inputs (${inputs.map((i) => i.name).join(', ')})`);
  const results = await loadDatasets(db, inputs, { signal });
  for (const r of results) log?.debug({ input: r.name, summary: r.summary }, `loaded ${r.name}`);
  return results;
}
