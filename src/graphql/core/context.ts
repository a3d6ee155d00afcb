import type { Db } from '../../neo4j/db.js';
import type { Logger } from '../../log.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives: the database handle, per-request batch loaders, the logger. */
export interface Context {
  db: Db;
  log: Logger;
  loaders: Loaders;
}

export function createContext(db: Db, log: Logger): Context {
  return { db, log, loaders: createLoaders(db) };
}
