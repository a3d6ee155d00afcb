import type { Db } from '../neo4j/db.js';
import type { Logger } from '../log.js';

/** What every resolver receives: the database handle and the request's logger. */
export interface Context {
  db: Db;
  log: Logger;
}
