/**
 * A pool with every connection busy is the database being unavailable for now, not an internal
 * error: the driver's acquisition timeout (an error without a code) is read by `isUnavailable`,
 * so the service answers 503 DATABASE_UNAVAILABLE with Retry-After. Against the real Neo4j: a
 * driver with a pool of one connection, held by an open transaction.
 */
import neo4j from 'neo4j-driver';
import { expect, it } from 'vitest';
import { isUnavailable } from '../src/neo4j/db.js';
import { useBundledApp } from './support/bundled-app.js';

const app = useBundledApp();

it('a connection acquisition timeout is read as the database unavailable', async () => {
  const { uri, username, password } = app.db.opts;
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), { maxConnectionPoolSize: 1, connectionAcquisitionTimeout: 300 });
  const holder = driver.session();
  const tx = await holder.beginTransaction();
  try {
    await tx.run('RETURN 1');
    const error = await driver
      .session()
      .run('RETURN 1')
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect((error as Error).message).toMatch(/^Connection acquisition timed out in 300 ms/);
    expect(isUnavailable(error)).toBe(true);
    // A query's own error is not.
    const syntax = await tx.run('RETURN $x +').then(
      () => null,
      (e: unknown) => e,
    );
    expect(isUnavailable(syntax)).toBe(false);
  } finally {
    await holder.close();
    await driver.close();
  }
});
