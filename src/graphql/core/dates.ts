/** Date arguments: ISO `YYYY-MM-DD`, a real calendar date (2026-02-30 is refused). */
import neo4j from 'neo4j-driver';
import { parsePartialDate } from '../../model/schema.js';
import { badInput } from './errors.js';

/** Parses an `asOf`-style argument (default: today, UTC) to a Neo4j Date; throws BAD_USER_INPUT. */
export function dateArg(value: string | null | undefined, argument = 'asOf'): { iso: string; date: InstanceType<typeof neo4j.types.Date> } {
  const iso = value ?? new Date().toISOString().slice(0, 10);
  const parsed = parsePartialDate(iso);
  if (parsed?.precision !== 'day') throw badInput(`${argument} must be a real date as YYYY-MM-DD, got ${JSON.stringify(iso)}`, argument);
  const [y, m, d] = iso.split('-').map(Number);
  return { iso, date: new neo4j.types.Date(y, m, d) };
}
