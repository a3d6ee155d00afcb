/** Resolvers: each runs named Cypher from `cypher/` through the context's Db. */
import { cypher } from '../cypher.js';
import type { Context } from './context.js';

export const resolvers = {
  Query: {
    database: async (_: unknown, __: unknown, { db }: Context) => (await db.read(cypher('schema/version')))[0],
  },
};
