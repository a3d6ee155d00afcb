import type { ExtractPool } from '../../extract/pool.js';
import type { Logger } from '../../log.js';
import type { Db } from '../../neo4j/db.js';
import { ResultBudget } from './budget.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives: the database handle, per-request batch loaders, the logger, the result budget. */
export interface Context {
  db: Db;
  log: Logger;
  loaders: Loaders;
  budget: ResultBudget;
  /** The service's worker threads for article extraction (absent: extraction runs on the calling thread). */
  extractor?: ExtractPool;
  /** Aborts when the request's client went away (the service sets it; absent elsewhere). */
  signal?: AbortSignal;
}

/** A request's context; `maxResultItems` bounds the objects of its answer (unbounded by default). */
export function createContext(db: Db, log: Logger, maxResultItems = Infinity): Context {
  return { db, log, loaders: createLoaders(db), budget: new ResultBudget(maxResultItems) };
}
