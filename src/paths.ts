/**
 * The package root: the nearest folder above this file holding package.json, the same whether
 * the code runs from `src/` (tsx) or compiled from `dist/src/`. The files read at run time —
 * `cypher/`, `schema/`, `data/`, `web/`, `examples/`, `neo4j/` — are found from here.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json in ${from} or any folder above it`);
  }
}

export const PACKAGE_ROOT = packageRoot(path.dirname(fileURLToPath(import.meta.url)));

/** An absolute path inside the package, e.g. `fromPackageRoot('cypher')`. */
export const fromPackageRoot = (...parts: string[]): string => path.join(PACKAGE_ROOT, ...parts);
