/** The service on a free loopback port, against the suite's Neo4j, and a GraphQL client for it. */
import { pino } from 'pino';
import { startApp, type RunningApp } from '../../src/server/app.js';
import type { Db } from '../../src/neo4j/db.js';

export async function startTestApp(db: Db): Promise<RunningApp> {
  return startApp({ db, log: pino({ level: 'silent' }), production: false }, '127.0.0.1', 0);
}

export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown } }>;
}

/** POSTs one operation to `${url}/graphql` and returns the status and parsed body. */
export async function gql<T = any>(url: string, query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...(await res.json()) };
}
