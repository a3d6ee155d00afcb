/**
 * Readiness: Neo4j reachable and the schema applied, and the service not stopping. A failed
 * check is retried on the next call, so the service recovers by itself once Neo4j is back. The
 * schema check's statements get at least SCHEMA_CHECK_TIMEOUT_MS whatever NEO4J_TX_TIMEOUT_MS is,
 * and a check that still times out reads as a slow database, not as a missing schema.
 */
import { type Db, QueryTimeoutError } from '../neo4j/db.js';
import { applySchema, schemaApplied } from '../neo4j/schema.js';

export type Readiness = { ready: true } | { ready: false; reason: string };

/** The shortest transaction timeout of the schema check, in ms. */
export const SCHEMA_CHECK_TIMEOUT_MS = 10_000;

export class ReadinessCheck {
  private schemaOk = false;
  private isStopping = false;
  /** `details`: reasons name the address and the driver's message (else only what failed). */
  constructor(
    private readonly db: Db,
    private readonly details = false,
  ) {}

  private reason(what: string, e: unknown): string {
    return this.details ? `${what}: ${(e as Error)?.message ?? String(e)}` : what;
  }

  /** Marks the schema as applied (after start-up applied it). */
  schemaWasApplied(): void {
    this.schemaOk = true;
  }

  /** Marks the service as stopping: every later check answers not ready ("stopping"), so a load balancer stops sending. */
  stopping(): void {
    this.isStopping = true;
  }

  /** Checks Neo4j now; applies the schema if it is missing. Never throws. */
  async check(): Promise<Readiness> {
    if (this.isStopping) return { ready: false, reason: 'stopping' };
    const db = this.db.withTxTimeout(Math.max(this.db.opts.txTimeoutMs, SCHEMA_CHECK_TIMEOUT_MS));
    try {
      await this.db.driver.verifyConnectivity({ database: this.db.opts.database });
    } catch (e) {
      return { ready: false, reason: this.reason(this.details ? `Neo4j unreachable at ${this.db.opts.uri}` : 'Neo4j unreachable', e) };
    }
    try {
      if (!this.schemaOk || !(await schemaApplied(db))) {
        await applySchema(db);
        this.schemaOk = await schemaApplied(db);
      }
      return this.schemaOk ? { ready: true } : { ready: false, reason: 'schema not applied' };
    } catch (e) {
      // Too slow to answer says nothing about the schema: it is checked again next time, not re-applied.
      if (e instanceof QueryTimeoutError) return { ready: false, reason: this.reason('Neo4j too slow to answer the schema check', e) };
      this.schemaOk = false;
      return { ready: false, reason: this.reason('schema check failed', e) };
    }
  }
}
