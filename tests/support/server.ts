/** The service on a free loopback port, against the suite's Neo4j, and a GraphQL client for it. */
import { pino } from 'pino';
import type { Config } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import type { Db } from '../../src/neo4j/db.js';
import { type RunningApp, startApp } from '../../src/server/app.js';

export interface TestAppOptions {
  /** Production mode: unexpected errors masked, no stack traces (default false). */
  production?: boolean;
  /** Settings over the defaults, e.g. API_KEYS or GRAPHQL_MAX_DEPTH. */
  config?: Partial<Config>;
  /** Logger (default: silent). */
  log?: Logger;
}

/** Starts the service on 127.0.0.1 and a free port; `startTestApp(db)` uses every default. */
export async function startTestApp(db: Db, opts: TestAppOptions = {}): Promise<RunningApp> {
  return startApp({ db, log: opts.log ?? pino({ level: 'silent' }), production: opts.production ?? false, config: opts.config }, '127.0.0.1', 0);
}

export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown } }>;
}

/** POSTs one operation to `${url}/graphql` (with extra `headers`, e.g. an API key) and returns the status and parsed body. */
export async function gql<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...(await res.json()) };
}
