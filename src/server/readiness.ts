/**
 * Readiness: Neo4j reachable and the schema applied. A failed check is retried on the next
 * call, so the service recovers by itself once Neo4j is back.
 */
import type { Db } from '../neo4j/db.js';
import { applySchema, schemaApplied } from '../neo4j/schema.js';

export type Readiness = { ready: true } | { ready: false; reason: string };

export class ReadinessCheck {
  private schemaOk = false;
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

  /** Checks Neo4j now; applies the schema if it is missing. Never throws. */
  async check(): Promise<Readiness> {
    try {
      await this.db.driver.verifyConnectivity({ database: this.db.opts.database });
    } catch (e) {
      return { ready: false, reason: this.reason(this.details ? `Neo4j unreachable at ${this.db.opts.uri}` : 'Neo4j unreachable', e) };
    }
    try {
      if (!this.schemaOk || !(await schemaApplied(this.db))) {
        await applySchema(this.db);
        this.schemaOk = await schemaApplied(this.db);
      }
      return this.schemaOk ? { ready: true } : { ready: false, reason: 'schema not applied' };
    } catch (e) {
      this.schemaOk = false;
      return { ready: false, reason: this.reason('schema check failed', e) };
    }
  }
}
