import type { ExtractPool } from '../../extract/pool.js';
import type { Logger } from '../../log.js';
import type { Db } from '../../neo4j/db.js';
import { ResultBudget } from './budget.js';
import { createLoaders, type Loaders } from './loaders.js';
import { Slicer } from './slices.js';

/** What every resolver receives: the database handle, per-request batch loaders, the logger, the result budget, the slicer. */
export interface Context {
  db: Db;
  log: Logger;
  loaders: Loaders;
  budget: ResultBudget;
  /** Completes the request's large lists in slices, and holds its loaders' batches until they are done. */
  slicer: Slicer;
  /** The service's worker threads for article extraction (absent: extraction runs on the calling thread). */
  extractor?: ExtractPool;
  /** Aborts when the request's client went away (the service sets it; absent elsewhere). */
  signal?: AbortSignal;
}

/** A request's context; `maxResultItems` bounds the objects of its answer (unbounded by default). */
export function createContext(db: Db, log: Logger, maxResultItems = Infinity): Context {
  const slicer = new Slicer();
  return { db, log, loaders: createLoaders(db, slicer), budget: new ResultBudget(maxResultItems), slicer };
}
