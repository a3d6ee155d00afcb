/**
 * The feed filters that name an entity (`commodity`, `country`, `measure`) must name one that
 * exists and is live, as the GraphQL fields taking the same ids answer NOT_FOUND: a feed never
 * answers an empty table for an id that names nothing (a typo would read as "no figures").
 * One round trip (`cypher/feeds/references.cypher`).
 */
import { cypher } from '../cypher.js';
import type { Db } from '../neo4j/db.js';
import { type FeedFilters, FeedParamError } from './params.js';

/**
 * Resolves when every entity the filters name exists; else throws FeedParamError with code
 * NOT_FOUND naming the first parameter that names nothing (HTTP 404, CLI exit 2). Throws what the
 * read throws (DatabaseUnavailableError).
 */
export async function checkFeedReferences(db: Db, filters: FeedFilters): Promise<void> {
  const named = {
    item: filters.commodity ?? null,
    country: filters.country ? `country:${filters.country}` : null,
    measure: filters.measure ?? null,
  };
  if (Object.values(named).every((v) => v === null)) return;
  const [found] = await db.read<Record<keyof typeof named, boolean>>(cypher('feeds/references'), named);
  if (!found.item) {
    const label = named.item!.startsWith('metal:') ? 'Metal' : 'Product';
    throw new FeedParamError('commodity', `${label} ${named.item} not found`, 'NOT_FOUND');
  }
  if (!found.country) throw new FeedParamError('country', `Country ${named.country} not found (no country with ISO code ${filters.country})`, 'NOT_FOUND');
  if (!found.measure) throw new FeedParamError('measure', `Measure ${named.measure} not found`, 'NOT_FOUND');
}
