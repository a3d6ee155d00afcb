/**
 * The browser bundles the pages load, served straight from node_modules (never copied into the
 * repository): React 18 and ReactDOM 18 UMD, GraphiQL 4.1.2's UMD bundle and stylesheet, the
 * GraphiQL explorer plugin's UMD bundle and stylesheet, Cytoscape and cytoscape-dagre (which
 * bundles dagre), Chart.js 4 (UMD). Only the files named here are reachable, under `/vendor/<name>`.
 */

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Directory of an installed package: through its exported package.json, else (cytoscape's
 * `exports` hides it) upwards from its main entry to the package.json naming it.
 */
function packageDir(name: string): string {
  try {
    return path.dirname(require.resolve(`${name}/package.json`));
  } catch {
    let dir = path.dirname(require.resolve(name));
    for (;;) {
      const manifest = path.join(dir, 'package.json');
      if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === name) return dir;
      const up = path.dirname(dir);
      if (up === dir) throw new Error(`no package.json of ${name}`);
      dir = up;
    }
  }
}

/** Public name under /vendor/ → [package, file inside the package]. */
const FILES: Record<string, [string, string]> = {
  'react.js': ['react', 'umd/react.production.min.js'],
  'react-dom.js': ['react-dom', 'umd/react-dom.production.min.js'],
  'graphiql.js': ['graphiql', 'dist/index.umd.js'],
  'graphiql.css': ['graphiql', 'dist/style.css'],
  'graphiql-plugin-explorer.js': ['@graphiql/plugin-explorer', 'dist/index.umd.js'],
  'graphiql-plugin-explorer.css': ['@graphiql/plugin-explorer', 'dist/style.css'],
  'cytoscape.js': ['cytoscape', 'dist/cytoscape.min.js'],
  'cytoscape-dagre.js': ['cytoscape-dagre', 'dist/cytoscape-dagre.min.js'],
  'chart.js': ['chart.js', 'dist/chart.umd.min.js'],
};

/**
 * The absolute path of every vendored file by its public name. Throws, naming the package,
 * when one is missing, so a broken install fails at start-up rather than in a browser.
 */
export function vendorFiles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, [pkg, file]] of Object.entries(FILES)) {
    let abs: string;
    try {
      abs = path.join(packageDir(pkg), file);
    } catch {
      throw new Error(`web pages: npm package ${pkg} is not installed (run npm ci)`);
    }
    if (!existsSync(abs)) throw new Error(`web pages: ${pkg} does not ship ${file}`);
    out.set(name, abs);
  }
  return out;
}
