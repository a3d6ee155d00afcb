/**
 * Resolvers of the entity types (one per node label, `schema/entities.graphql`): their
 * composite values (validity, quantity, money), their typed relationship fields (batched, see
 * `relations.ts`), the generic `relations` field, and the list queries (`connections.ts`).
 * `sources` and `aliases` come from `resolvers.ts`.
 */
import { LABELS, type Label } from '../model/schema.js';
import { listQueries } from './connections.js';
import type { Row } from './loaders.js';
import { byItemThenRank, byShareDesc, figureFilters, itemFilter, relationField as rel, relationResolvers, relationsResolver } from './relations.js';
import { onlySdlFields, valueFields } from './shapes.js';

const claims = rel(['ABOUT'], 'IN');
const shareholdings = rel(['SHAREHOLDER_OF'], 'OUT', { sort: byShareDesc });
const suppliedBy = rel(['SUPPLIES'], 'IN');

/** Fields shared by Metal and Product (materials). */
const material = {
  producers: rel(['PRODUCES'], 'IN', { filters: figureFilters, sort: byShareDesc }),
  reserves: rel(['HOLDS_RESERVES'], 'IN', { filters: figureFilters, sort: byShareDesc }),
  derivedFrom: rel(['DERIVED_FROM'], 'OUT'),
  derivatives: rel(['DERIVED_FROM'], 'IN'),
  usedIn: rel(['USED_IN'], 'OUT', { sort: byShareDesc }),
  restrictedBy: rel(['RESTRICTS'], 'IN'),
  measures: rel(['MEASURES'], 'IN'),
  coveredBy: rel(['COVERS'], 'IN'),
  claims,
};

/** Typed relationship fields per label: field → (type, direction seen from the entity). */
const RELATION_FIELDS: Record<Label, Record<string, unknown>> = {
  Company: {
    agreements: rel(['PARTY_TO'], 'OUT'),
    facilities: rel(['OPERATES'], 'OUT'),
    investments: rel(['INVESTS_IN'], 'OUT'),
    parents: rel(['SUBSIDIARY_OF'], 'OUT'),
    subsidiaries: rel(['SUBSIDIARY_OF'], 'IN'),
    shareholders: rel(['SHAREHOLDER_OF'], 'IN', { sort: byShareDesc }),
    shareholdings,
    headquarters: rel(['HEADQUARTERED_IN'], 'OUT'),
    technologies: rel(['PROVIDED_BY'], 'IN'),
    produces: rel(['PRODUCES'], 'OUT'),
    supplies: rel(['SUPPLIES'], 'OUT'),
    suppliedBy,
    claims,
  },
  Person: { shareholdings },
  Country: {
    companies: rel(['HEADQUARTERED_IN'], 'IN'),
    facilities: rel(['LOCATED_IN'], 'IN'),
    policies: rel(['IMPOSES'], 'OUT'),
    production: rel(['PRODUCES'], 'OUT', { filters: figureFilters }),
    reserves: rel(['HOLDS_RESERVES'], 'OUT', { filters: figureFilters }),
    importsFrom: rel(['IMPORTS_FROM'], 'OUT', { filters: itemFilter, sort: byItemThenRank }),
    importedBy: rel(['IMPORTS_FROM'], 'IN', { filters: itemFilter, sort: byItemThenRank }),
    agreements: rel(['PARTY_TO'], 'OUT'),
    shareholdings,
    targetedBy: rel(['TARGETS'], 'IN'),
    suppliedBy,
    claims,
  },
  Metal: material,
  Product: material,
  Technology: { providers: rel(['PROVIDED_BY'], 'OUT'), usedBy: rel(['USES_TECHNOLOGY'], 'IN'), claims },
  Facility: {
    operators: rel(['OPERATES'], 'IN'),
    location: rel(['LOCATED_IN'], 'OUT'),
    produces: rel(['PRODUCES'], 'OUT'),
    technologies: rel(['USES_TECHNOLOGY'], 'OUT'),
    investors: rel(['INVESTS_IN'], 'IN'),
    supplies: rel(['SUPPLIES'], 'OUT'),
    suppliedBy,
    coveredBy: rel(['COVERS'], 'IN'),
    claims,
  },
  Agreement: { parties: rel(['PARTY_TO'], 'IN'), covers: rel(['COVERS'], 'OUT'), claims },
  Industry: { dependsOn: rel(['USED_IN'], 'IN', { sort: byShareDesc }) },
  Policy: {
    restricts: rel(['RESTRICTS'], 'OUT'),
    imposedBy: rel(['IMPOSES'], 'IN'),
    targets: rel(['TARGETS'], 'OUT'),
    suspendedBy: rel(['SUSPENDS'], 'IN'),
    suspends: rel(['SUSPENDS'], 'OUT'),
    claims,
  },
  Claim: { about: rel(['ABOUT'], 'OUT') },
  Measure: { items: rel(['MEASURES'], 'OUT') },
  Source: {},
};

/** Stored properties exposed under another name. */
const RENAMED: Partial<Record<Label, Record<string, (p: Row) => unknown>>> = {
  Facility: { locationText: (p) => p.location ?? null },
};

/** The resolver map of this module, merged into `resolvers.ts`. */
export const entityResolvers: Record<string, Record<string, unknown>> = {
  Query: listQueries,
  ...Object.fromEntries(
    LABELS.map((label) => [
      label,
      onlySdlFields(label, { ...valueFields, ...RENAMED[label], ...RELATION_FIELDS[label], relations: relationsResolver }),
    ]),
  ),
  ...relationResolvers,
};
