/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a figure measures: output, capacity, reserves, net import reliance or end-use share. */
export type Basis =
  | 'capacity'
  /** U.S. consumption, apparent or reported (USGS salient statistics). */
  | 'consumption'
  /** Employment, number of workers (USGS salient statistics). */
  | 'employment'
  | 'endUse'
  /** U.S. exports (USGS salient statistics). */
  | 'exports'
  | 'importReliance'
  /** U.S. imports (USGS salient statistics). */
  | 'imports'
  /** Another salient statistic (furnace shares, wallboard area…). */
  | 'other'
  /** A price (USGS salient statistics), in the measure's unit (dollars per kilogram, cents per pound…). */
  | 'price'
  | 'production'
  | 'reserves'
  /** Shipments, sales, government stockpile releases (USGS salient statistics). */
  | 'shipments'
  /** Stocks at year-end (USGS salient statistics). */
  | 'stocks';

/** How far a stated figure binds: `over US$20 million` is atLeast. */
export type Bound =
  | 'approximate'
  | 'atLeast'
  | 'atMost'
  | 'exact';

/** How precisely a date is known; the date itself is the first day of that period. */
export type DatePrecision =
  | 'day'
  | 'month'
  | 'quarter'
  | 'year';

/**
 * How a supply-concentration denominator was formed (USGS world totals are rounded, so a total
 * can be smaller than the producers it lists).
 */
export type DenominatorMethod =
  /** The published world total − excluded producers + added supply. */
  | 'ADJUSTED_WORLD_TOTAL'
  /** The (adjusted) world total was below what the listed producers add up to; their sum is used. */
  | 'LISTED_SUM_ABOVE_WORLD_TOTAL'
  /** No published world total for the basis and year; the listed producers' sum is used. */
  | 'LISTED_SUM_NO_WORLD_TOTAL'
  /** The published world total of the basis and year, unadjusted. */
  | 'WORLD_TOTAL';

/** Which way a relationship points, seen from the entity asked about: OUT = it is the start. */
export type Direction =
  | 'IN'
  | 'OUT';

/**
 * Why one entity is exposed to another. Exposure propagates, and kinds compose in one order along
 * a chain read from the dependent: ownership hops first, then commercial, then supply. An owner is
 * exposed to whatever what it holds is exposed to (Kobe Steel owns Midrex, a contractor of the
 * Rudny HBI plant), a seller to its buyers' and projects' supply; a buyer's or a country's supply
 * dependence does not pass on to its supplier's investments or the country's shareholdings
 * (chains that would need it are not walked). The steps of each kind are the allow-list in
 * src/graphql/chains/steps.ts.
 */
export type ExposureKind =
  /**
   * Commercial exposure of the side that sells: a seller, contractor or provider to the agreement
   * it delivers under (PARTY_TO as seller, supplier, contractor…) and through it to the buyer or
   * client and the plant or goods covered; a supplier to its buyer (SUPPLIES); a technology
   * provider to its technology (PROVIDED_BY) and a technology to the plants running on it
   * (USES_TECHNOLOGY).
   */
  | 'COMMERCIAL'
  /**
   * Ownership and control: a parent (SUBSIDIARY_OF), shareholder (SHAREHOLDER_OF), investor
   * (INVESTS_IN) or operator (OPERATES) is exposed to whatever what it holds or runs is exposed to.
   */
  | 'OWNERSHIP'
  /**
   * Supply dependence: a buyer on its agreement and supplier, an agreement on its seller and on
   * what it covers, a company on the facilities it operates, a facility on its country,
   * technology and inputs, a material on what it is made from and on the controls restricting it,
   * an industry on the metals it uses, an importing country on its sources, a parent on its
   * subsidiaries' supply.
   */
  | 'SUPPLY';

/** Node labels of the model. */
export type Label =
  | 'Agreement'
  | 'Claim'
  | 'Company'
  | 'Country'
  | 'Facility'
  | 'Industry'
  | 'Measure'
  | 'Metal'
  | 'Person'
  | 'Policy'
  | 'Product'
  | 'Source'
  | 'Technology';

/** A measure's status on a given date. */
export type PolicyStatusAsOf =
  | 'ended'
  | 'inForce'
  | 'notYetInForce'
  | 'suspended';

/** Relationship types of the model, read as (start)-[TYPE]->(end). */
export type RelationshipType =
  | 'ABOUT'
  | 'COVERS'
  | 'DERIVED_FROM'
  | 'HEADQUARTERED_IN'
  | 'HOLDS_RESERVES'
  | 'IMPORTS_FROM'
  | 'IMPOSES'
  | 'INVESTS_IN'
  | 'LOCATED_IN'
  | 'MEASURES'
  | 'OPERATES'
  | 'PARTY_TO'
  | 'PRODUCES'
  | 'PROVIDED_BY'
  | 'REPORTS_STATISTIC'
  | 'RESTRICTS'
  | 'SHAREHOLDER_OF'
  | 'SUBSIDIARY_OF'
  | 'SUPPLIES'
  | 'SUSPENDS'
  | 'TARGETS'
  | 'USED_IN'
  | 'USES_TECHNOLOGY';

/** How a search text matched an entity. */
export type SearchMatch =
  /** The text is within one typo (two for 10+ characters) of the name or an alias. */
  | 'CLOSE'
  /** The text equals the name or an alias (ignoring case, accents and punctuation). */
  | 'EXACT'
  /** The text is the start of the name or an alias. */
  | 'PREFIX'
  /** Some words of the text match words (or their prefixes, or near spellings) of the name or aliases. */
  | 'WORDS';

/**
 * Where a fact stands in time. Every `status` field answers for a day: today in UTC, or the
 * `asOf` of the `relations` field that returned the edge. Dates decide where they can: `ended`
 * once validTo is on or before that day; a Policy is `announced` before its validFrom, `suspended`
 * while a suspension (SUSPENDS) holds that day, else `inForce` (as `exportControls.statusAsOf`),
 * so a policy stored as suspended reads inForce once its suspension has lapsed. Otherwise the
 * status is the source's word (planned, underConstruction, operating, idle…). Filters on `status`
 * compare the stored value.
 */
export type Status =
  | 'announced'
  | 'ended'
  | 'idle'
  | 'inForce'
  | 'operating'
  | 'planned'
  | 'suspended'
  | 'underConstruction';

export type BenchSupplyConcentrationQueryVariables = Exact<{
  itemId?: string | null | undefined;
  year: number;
}>;


export type BenchSupplyConcentrationQuery = { supplyConcentration: { hhi: number, topSharePct: number | null, denominatorBase: number, measure: { id: string }, topProducer: { sharePct: number | null, country: { id: string } } | null, producers: Array<{ rank: number | null, quantityBase: number | null, sharePct: number | null, country: { id: string, name: string } }>, sources: Array<{ id: string }> } | null };

export type BenchNodeQueryVariables = Exact<{
  id: string;
}>;


export type BenchNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { name: string, status: Status | null, aliases: Array<string>, id: string, sources: Array<{ id: string, name: string }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type BenchSearchQueryVariables = Exact<{
  text: string;
}>;


export type BenchSearchQuery = { search: Array<{ score: number, match: SearchMatch, entity:
      | { id: string, name: string, label: Label }
      | { id: string, name: string, label: Label }
      | { id: string, name: string, label: Label }
      | { id: string, name: string, label: Label }
      | { id: string, name: string, label: Label }
      | { id: string, name: string, label: Label }
      | { id: string, name: string, label: Label }
      | { id: string, name: string, label: Label }
      | { id: string, name: string, label: Label }
      | { id: string, name: string, label: Label }
      | { id: string, name: string, label: Label }
      | { id: string, name: string, label: Label }
      | { id: string, name: string, label: Label }
     }> | null };

export type BenchExportControlsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type BenchExportControlsQuery = { exportControls: Array<{ targets: Array<string>, statusAsOf: PolicyStatusAsOf, policy: { id: string, reference: string | null }, restricts: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    > }> | null };

export type BenchCompaniesQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchCompaniesQuery = { companies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string } }> } | null };

export type AluminiumChainStagesQueryVariables = Exact<{ [key: string]: never; }>;


export type AluminiumChainStagesQuery = { valueChainConcentration: { chain: string, years: Array<number>, formula: string, stages: Array<{ stage: string, label: string, basis: Basis, measure: { id: string }, years: Array<{ year: number, hasFigures: boolean, topSharePct: number | null, top3SharePct: number | null, hhi: number | null, denominator: string | null, topProducer: { name: string } | null }>, change: { topSharePctPoints: number | null, top3SharePctPoints: number | null, hhi: number | null, topProducerChanged: boolean } | null }>, sources: Array<{ id: string, doi: string | null }> } | null };

export type AluminaTradeSeriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AluminaTradeSeriesQuery = { alumina: Array<{ statistic: Basis, unit: string, measure: { measure: string }, points: Array<{ year: number, noValueReason: string | null, quantity: { value: number, unit: string | null, bound: Bound } | null }> }> | null, bauxite: Array<{ statistic: Basis, unit: string, points: Array<{ year: number, noValueReason: string | null, quantity: { value: number, unit: string | null, bound: Bound } | null }> }> | null };

export type MitsubishiCompaniesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MitsubishiCompaniesQuery = { companies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, aliases: Array<string>, parents: Array<{ parent: { id: string, name: string } }>, subsidiaries: Array<{ subsidiary: { id: string, name: string } }>, agreements: Array<{ role: string | null, agreement: { id: string, name: string, signedDate: string | null }, sources: Array<{ id: string }> }> } }> } | null };

export type ErgNeighbourhoodQueryVariables = Exact<{ [key: string]: never; }>;


export type ErgNeighbourhoodQuery = { neighbourhood: { nodeCount: number, nodes: Array<
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
    >, edges: Array<{ id: string, source: string, target: string, type: RelationshipType, label: string }> } | null };

export type PlannedFacilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlannedFacilitiesQuery = { facilities: { totalCount: number, edges: Array<{ node: { id: string, name: string, status: Status | null, validity: { from: string | null, fromPrecision: DatePrecision | null, fromText: string | null } | null, quantity: { value: number, unit: string | null, bound: Bound } | null, investors: Array<{ investor: { name: string }, money: { amount: number, currency: string, bound: Bound } | null }> } }> } | null };

export type MitsubishiGalliumAsOfQueryVariables = Exact<{ [key: string]: never; }>;


export type MitsubishiGalliumAsOfQuery = { dependencyChains: { asOf: string | null, chains: Array<{ terminal:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , hops: Array<{ explanation: string }> }> } | null };

export type GalliumProducersQueryVariables = Exact<{ [key: string]: never; }>;


export type GalliumProducersQuery = { node:
    | { name: string, producers: Array<{ sharePct: number | null, year: number | null, producer:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , quantity: { value: number, unit: string | null } | null, baseQuantity: { value: number, unit: string | null } | null, sources: Array<{ id: string }> }>, usedIn: Array<{ sharePct: number | null, year: number | null, note: string | null, industry: { name: string } }>, restrictedBy: Array<{ policy: { name: string, reference: string | null } }> }
    | Record<PropertyKey, never>
   | null };

export type GalliumUsSalientStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type GalliumUsSalientStatisticsQuery = { series: Array<{ statistic: Basis, form: string | null, unit: string, measure: { id: string, measure: string }, points: Array<{ year: number, tonnes: number | null, estimated: boolean, noValueReason: string | null, quantity: { value: number, unit: string | null, bound: Bound } | null }>, sources: Array<{ id: string, name: string, doi: string | null }> }> | null };

export type CapacityByCountryQueryVariables = Exact<{ [key: string]: never; }>;


export type CapacityByCountryQuery = { facilities: { totalCount: number, groups: Array<{ key: string | null, count: number, entity:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       | null, sums: Array<{ unit: string, value: number, count: number, bound: Bound }>, sources: Array<{ name: string }> }> } | null, agreements: { groups: Array<{ count: number, entity:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       | null }> } | null, kazakhstan: { groups: Array<{ key: string | null, count: number }> } | null };

export type WhoDependsOnKazakhstanForGalliumQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoDependsOnKazakhstanForGalliumQuery = { exposure: { totalDependents: number, dependents: Array<{ distance: number, dependent:
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
      , chains: Array<{ hops: Array<{ explanation: string }> }> }> } | null };

export type ListsAcrossRelationshipsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListsAcrossRelationshipsQuery = { plannedInKazakhstan: { totalCount: number, edges: Array<{ node: { id: string, name: string, quantity: { value: number, unit: string | null, bound: Bound } | null } }> } | null, japaneseGalliumParties: { edges: Array<{ node: { id: string, name: string } }> } | null, restrictedInForce: { edges: Array<{ node: { id: string, name: string } }> } | null, onMidrexTechnology: { edges: Array<{ node: { id: string, name: string } }> } | null };

export type GalliumAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type GalliumAgreementsQuery = { agreements: { totalCount: number, edges: Array<{ node: { id: string, name: string, agreementType: string, signedDate: string | null, signedDatePrecision: DatePrecision | null, signedDateText: string | null, occasion: string | null, status: Status | null, parties: Array<{ role: string | null, party:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , sources: Array<{ id: string, name: string }> }>, covers: Array<{ item:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , quantity: { value: number, unit: string | null, bound: Bound } | null }>, sources: Array<{ id: string, name: string, publisher: string | null }> } }> } | null };

export type ErgGalliumProjectQueryVariables = Exact<{ [key: string]: never; }>;


export type ErgGalliumProjectQuery = { node:
    | { id: string, name: string, locationText: string | null, status: Status | null, quantity: { value: number, unit: string | null, bound: Bound } | null, location: Array<{ country: { id: string, name: string } }>, operators: Array<{ operator: { id: string, name: string }, sources: Array<{ id: string }> }>, investors: Array<{ investor: { id: string, name: string }, money: { amount: number, currency: string, bound: Bound } | null, sources: Array<{ id: string }> }>, produces: Array<{ basis: Basis | null, item:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , quantity: { value: number, unit: string | null, bound: Bound } | null, validity: { from: string | null, fromPrecision: DatePrecision | null, fromText: string | null } | null }>, claims: Array<{ claim: { attribute: string, valueText: string, valueDate: string | null, valueDatePrecision: DatePrecision | null, sources: Array<{ id: string, name: string, publisher: string | null, publishedDate: string | null }> } }> }
    | Record<PropertyKey, never>
   | null };

export type GalliumConcentration2024QueryVariables = Exact<{ [key: string]: never; }>;


export type GalliumConcentration2024Query = { supplyConcentration: { denominatorMethod: DenominatorMethod, denominator: string, listedBase: number, hhi: number, topSharePct: number | null, formula: string, measure: { id: string, name: string }, worldTotal: { value: number, unit: string | null } | null, producers: Array<{ rank: number | null, quantityBase: number | null, sharePct: number | null, estimated: boolean | null, noValueReason: string | null, country: { id: string, name: string, isoCode: string }, reported: { value: number, unit: string | null } | null }>, sources: Array<{ id: string, name: string, publisher: string | null, doi: string | null }> } | null };

export type GalliumWithKazakhstanQueryVariables = Exact<{ [key: string]: never; }>;


export type GalliumWithKazakhstanQuery = { supplyConcentration: { denominator: string, adjustments: Array<string>, hhi: number, topProducer: { sharePct: number | null, country: { name: string } } | null, producers: Array<{ rank: number | null, quantityBase: number | null, sharePct: number | null, added: boolean, country: { id: string, name: string }, sources: Array<{ id: string, name: string }> }> } | null };

export type ChinaExportControlsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ChinaExportControlsQuery = { exportControls: Array<{ targets: Array<string>, statusAsOf: PolicyStatusAsOf, policy: { id: string, name: string, reference: string | null, policyType: string, issuedDate: string | null, validity: { from: string | null, fromPrecision: DatePrecision | null, to: string | null } | null, sources: Array<{ id: string, name: string }> }, restricts: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    > }> | null };

export type IndustriesExposedToChinaControlsQueryVariables = Exact<{ [key: string]: never; }>;


export type IndustriesExposedToChinaControlsQuery = { exposure: { totalDependents: number, dependents: Array<{ distance: number, dependent:
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
      , chains: Array<{ hops: Array<{ explanation: string, sources: Array<{ id: string }> }> }> }> } | null };

export type MitsubishiGalliumChainQueryVariables = Exact<{ [key: string]: never; }>;


export type MitsubishiGalliumChainQuery = { dependencyChains: { totalChains: number, chains: Array<{ relevance: number, terminal:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , hops: Array<{ relationship: RelationshipType, explanation: string, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , properties: { role: string | null, quantity: { value: number, unit: string | null } | null }, sources: Array<{ id: string, name: string }> }> }> } | null };

export type RudnyTechnologyProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type RudnyTechnologyProvidersQuery = { node:
    | { name: string, technologies: Array<{ technology: { id: string, name: string, providers: Array<{ role: string | null, provider: { id: string, name: string, headquarters: Array<{ note: string | null, country: { id: string, name: string } }>, parents: Array<{ parent: { id: string, name: string, headquarters: Array<{ country: { id: string, name: string } }> }, validity: { from: string | null, fromText: string | null } | null, sources: Array<{ id: string }> }> }, sources: Array<{ id: string, name: string }> }> } }> }
    | Record<PropertyKey, never>
   | null };

export type MitsubishiToRudnyQueryVariables = Exact<{ [key: string]: never; }>;


export type MitsubishiToRudnyQuery = { paths: Array<{ length: number, nodes: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    >, hops: Array<{ explanation: string, sources: Array<{ id: string }> }> }> | null };

export type ErgInvestmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ErgInvestmentsQuery = { node:
    | { name: string, investments: Array<{ status: Status | null, facility: { id: string, name: string, status: Status | null }, money: { amount: number, currency: string, bound: Bound } | null, sources: Array<{ id: string, name: string, publisher: string | null }> }> }
    | Record<PropertyKey, never>
   | null };

export type AntimonyOutsideChinaQueryVariables = Exact<{ [key: string]: never; }>;


export type AntimonyOutsideChinaQuery = { all: { topSharePct: number | null, producers: Array<{ rank: number | null, quantityBase: number | null, sharePct: number | null, country: { name: string } }> } | null, outsideChina: { denominator: string, adjustments: Array<string>, producers: Array<{ rank: number | null, quantityBase: number | null, sharePct: number | null, country: { name: string } }> } | null };

export type UsFullyImportedCriticalMineralsQueryVariables = Exact<{ [key: string]: never; }>;


export type UsFullyImportedCriticalMineralsQuery = { importReliance: Array<{ period: string | null, item:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , reliance: { value: number, unit: string | null, bound: Bound } | null, importSources: Array<{ rank: number, country: { name: string, isoCode: string } }>, sources: Array<{ id: string, name: string }> }> | null };

export type CriticalStagesQueryVariables = Exact<{ [key: string]: never; }>;


export type CriticalStagesQuery = { rareEarths: { chain: string, stages: Array<{ stage: string, years: Array<{ year: number, hasFigures: boolean, topSharePct: number | null, hhi: number | null, topProducer: { name: string } | null }>, change: { topSharePctPoints: number | null, hhi: number | null } | null }> } | null, gallium: { chain: string, stages: Array<{ stage: string, years: Array<{ year: number, hasFigures: boolean, topSharePct: number | null, top3SharePct: number | null, hhi: number | null, denominator: string | null, topProducer: { name: string } | null }> }> } | null };

export type CommercialExposureToRudnyQueryVariables = Exact<{ [key: string]: never; }>;


export type CommercialExposureToRudnyQuery = { exposure: { totalDependents: number, dependents: Array<{ kinds: Array<ExposureKind>, dependent:
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
        | { id: string, label: Label, name: string }
      , chains: Array<{ hops: Array<{ relationship: RelationshipType, kind: ExposureKind | null, from:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , to:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , properties: { role: string | null }, sources: Array<{ name: string }> }> }> }> } | null };

export type JapaneseCompaniesExposedToRudnyQueryVariables = Exact<{ [key: string]: never; }>;


export type JapaneseCompaniesExposedToRudnyQuery = { exposure: { kinds: Array<ExposureKind>, totalDependents: number, dependents: Array<{ kinds: Array<ExposureKind>, kindsAlong: Array<ExposureKind>, distance: number, dependent:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , chains: Array<{ kinds: Array<ExposureKind>, hops: Array<{ relationship: RelationshipType, kind: ExposureKind | null, explanation: string }> }> }> } | null };

export type SearchForgivingTyposQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchForgivingTyposQuery = { galium: Array<{ score: number, entity:
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
     }> | null, mitsubishi: Array<{ score: number, entity:
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
      | { id: string, label: Label, name: string }
     }> | null, erg: Array<{ score: number, entity:
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
      | { id: string, name: string, aliases: Array<string> }
     }> | null };

export type UsBanAsOfQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type UsBanAsOfQuery = { node:
    | { name: string, reference: string | null, validity: { from: string | null } | null, relations: Array<{ type: RelationshipType, direction: Direction, other:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , validity: { from: string | null, to: string | null, toText: string | null } | null, sources: Array<{ id: string }> }> }
    | Record<PropertyKey, never>
   | null };


export const BenchSupplyConcentrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchSupplyConcentration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplyConcentration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hhi"}},{"kind":"Field","name":{"kind":"Name","value":"topSharePct"}},{"kind":"Field","name":{"kind":"Name","value":"denominatorBase"}},{"kind":"Field","name":{"kind":"Name","value":"topProducer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharePct"}}]}},{"kind":"Field","name":{"kind":"Name","value":"producers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityBase"}},{"kind":"Field","name":{"kind":"Name","value":"sharePct"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BenchSupplyConcentrationQuery, BenchSupplyConcentrationQueryVariables>;
export const BenchNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchNodeQuery, BenchNodeQueryVariables>;
export const BenchSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<BenchSearchQuery, BenchSearchQueryVariables>;
export const BenchExportControlsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchExportControls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportControls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countryId"},"value":{"kind":"StringValue","value":"country:CN","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restricts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"statusAsOf"}}]}}]}}]} as unknown as DocumentNode<BenchExportControlsQuery, BenchExportControlsQueryVariables>;
export const BenchCompaniesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchCompanies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchCompaniesQuery, BenchCompaniesQueryVariables>;
export const AluminiumChainStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AluminiumChainStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueChainConcentration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"StringValue","value":"metal:aluminium","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hasFigures"}},{"kind":"Field","name":{"kind":"Name","value":"topProducer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topSharePct"}},{"kind":"Field","name":{"kind":"Name","value":"top3SharePct"}},{"kind":"Field","name":{"kind":"Name","value":"hhi"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topSharePctPoints"}},{"kind":"Field","name":{"kind":"Name","value":"top3SharePctPoints"}},{"kind":"Field","name":{"kind":"Name","value":"hhi"}},{"kind":"Field","name":{"kind":"Name","value":"topProducerChanged"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}}]}}]}}]}}]} as unknown as DocumentNode<AluminiumChainStagesQuery, AluminiumChainStagesQueryVariables>;
export const AluminaTradeSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AluminaTradeSeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"alumina"},"name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"StringValue","value":"product:alumina","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"statistics"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"importReliance"},{"kind":"EnumValue","value":"price"},{"kind":"EnumValue","value":"imports"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noValueReason"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bauxite"},"name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"StringValue","value":"product:bauxite","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"statistics"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"importReliance"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noValueReason"}}]}}]}}]}}]} as unknown as DocumentNode<AluminaTradeSeriesQuery, AluminaTradeSeriesQueryVariables>;
export const MitsubishiCompaniesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MitsubishiCompanies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"StringValue","value":"mitsubishi","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsidiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subsidiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signedDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MitsubishiCompaniesQuery, MitsubishiCompaniesQueryVariables>;
export const ErgNeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErgNeighbourhood"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"StringValue","value":"company:erg","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<ErgNeighbourhoodQuery, ErgNeighbourhoodQueryVariables>;
export const PlannedFacilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannedFacilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"planned"}},{"kind":"ObjectField","name":{"kind":"Name","value":"validFromAfter"},"value":{"kind":"StringValue","value":"2026-01-01","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"fromPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"fromText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"money"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlannedFacilitiesQuery, PlannedFacilitiesQueryVariables>;
export const MitsubishiGalliumAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MitsubishiGalliumAsOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependencyChains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"StringValue","value":"company:mitsubishi-corporation","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"metalId"},"value":{"kind":"StringValue","value":"metal:gallium","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2026-12-31","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"IntValue","value":"4"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"chains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MitsubishiGalliumAsOfQuery, MitsubishiGalliumAsOfQueryVariables>;
export const GalliumProducersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GalliumProducers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"metal:gallium","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"producers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"EnumValue","value":"production"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseQuantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharePct"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharePct"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restrictedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GalliumProducersQuery, GalliumProducersQueryVariables>;
export const GalliumUsSalientStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GalliumUsSalientStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"StringValue","value":"metal:gallium","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"statistics"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"consumption"},{"kind":"EnumValue","value":"imports"},{"kind":"EnumValue","value":"price"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistic"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tonnes"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}},{"kind":"Field","name":{"kind":"Name","value":"noValueReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}}]}}]}}]}}]} as unknown as DocumentNode<GalliumUsSalientStatisticsQuery, GalliumUsSalientStatisticsQueryVariables>;
export const CapacityByCountryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CapacityByCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"related"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"LOCATED_IN"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"related"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"COVERS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"label"},"value":{"kind":"EnumValue","value":"Metal"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"kazakhstan"},"name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"related"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"LOCATED_IN"}},{"kind":"ObjectField","name":{"kind":"Name","value":"idIn"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"country:KZ","block":false}]}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"StringValue","value":"status","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<CapacityByCountryQuery, CapacityByCountryQueryVariables>;
export const WhoDependsOnKazakhstanForGalliumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoDependsOnKazakhstanForGallium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"StringValue","value":"country:KZ","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"metalId"},"value":{"kind":"StringValue","value":"metal:gallium","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalDependents"}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"chains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoDependsOnKazakhstanForGalliumQuery, WhoDependsOnKazakhstanForGalliumQueryVariables>;
export const ListsAcrossRelationshipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListsAcrossRelationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"plannedInKazakhstan"},"name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"planned"}},{"kind":"ObjectField","name":{"kind":"Name","value":"related"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"LOCATED_IN"}},{"kind":"ObjectField","name":{"kind":"Name","value":"idIn"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"country:KZ","block":false}]}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"japaneseGalliumParties"},"name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"related"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"HEADQUARTERED_IN"}},{"kind":"ObjectField","name":{"kind":"Name","value":"idIn"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"country:JP","block":false}]}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"PARTY_TO"}},{"kind":"ObjectField","name":{"kind":"Name","value":"through"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"COVERS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"idIn"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"metal:gallium","block":false}]}}]}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"restrictedInForce"},"name":{"kind":"Name","value":"metals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"related"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"RESTRICTS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"inForceOn"},"value":{"kind":"StringValue","value":"2025-12-01","block":false}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"onMidrexTechnology"},"name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"related"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"USES_TECHNOLOGY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"through"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"PROVIDED_BY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"idIn"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"company:midrex-technologies","block":false}]}}]}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListsAcrossRelationshipsQuery, ListsAcrossRelationshipsQueryVariables>;
export const GalliumAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GalliumAgreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"StringValue","value":"gallium","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agreementType"}},{"kind":"Field","name":{"kind":"Name","value":"signedDate"}},{"kind":"Field","name":{"kind":"Name","value":"signedDatePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"signedDateText"}},{"kind":"Field","name":{"kind":"Name","value":"occasion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"covers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GalliumAgreementsQuery, GalliumAgreementsQueryVariables>;
export const ErgGalliumProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErgGalliumProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"facility:pavlodar-gallium-plant","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locationText"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"investors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"money"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"produces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"fromPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"fromText"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"valueText"}},{"kind":"Field","name":{"kind":"Name","value":"valueDate"}},{"kind":"Field","name":{"kind":"Name","value":"valueDatePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedDate"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ErgGalliumProjectQuery, ErgGalliumProjectQueryVariables>;
export const GalliumConcentration2024Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GalliumConcentration2024"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplyConcentration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"StringValue","value":"metal:gallium","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worldTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"denominatorMethod"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"listedBase"}},{"kind":"Field","name":{"kind":"Name","value":"hhi"}},{"kind":"Field","name":{"kind":"Name","value":"topSharePct"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"producers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isoCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityBase"}},{"kind":"Field","name":{"kind":"Name","value":"sharePct"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}},{"kind":"Field","name":{"kind":"Name","value":"noValueReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}}]}}]}}]}}]} as unknown as DocumentNode<GalliumConcentration2024Query, GalliumConcentration2024QueryVariables>;
export const GalliumWithKazakhstanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GalliumWithKazakhstan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplyConcentration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"StringValue","value":"metal:gallium","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"addPlannedCapacityOf"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"facility:pavlodar-gallium-plant","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"}},{"kind":"Field","name":{"kind":"Name","value":"hhi"}},{"kind":"Field","name":{"kind":"Name","value":"topProducer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharePct"}}]}},{"kind":"Field","name":{"kind":"Name","value":"producers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityBase"}},{"kind":"Field","name":{"kind":"Name","value":"sharePct"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GalliumWithKazakhstanQuery, GalliumWithKazakhstanQueryVariables>;
export const ChinaExportControlsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChinaExportControls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"2025-11-09","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportControls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countryId"},"value":{"kind":"StringValue","value":"country:CN","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"policyType"}},{"kind":"Field","name":{"kind":"Name","value":"issuedDate"}},{"kind":"Field","name":{"kind":"Name","value":"validity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"fromPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"restricts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"statusAsOf"}}]}}]}}]} as unknown as DocumentNode<ChinaExportControlsQuery, ChinaExportControlsQueryVariables>;
export const IndustriesExposedToChinaControlsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndustriesExposedToChinaControls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"StringValue","value":"policy:cn-mofcom-2024-46","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalDependents"}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"chains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndustriesExposedToChinaControlsQuery, IndustriesExposedToChinaControlsQueryVariables>;
export const MitsubishiGalliumChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MitsubishiGalliumChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependencyChains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"StringValue","value":"company:mitsubishi-corporation","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"metalId"},"value":{"kind":"StringValue","value":"metal:gallium","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalChains"}},{"kind":"Field","name":{"kind":"Name","value":"chains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"terminal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MitsubishiGalliumChainQuery, MitsubishiGalliumChainQueryVariables>;
export const RudnyTechnologyProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RudnyTechnologyProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"facility:rudny-hbi-plant","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technology"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headquarters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headquarters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"validity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"fromText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RudnyTechnologyProvidersQuery, RudnyTechnologyProvidersQueryVariables>;
export const MitsubishiToRudnyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MitsubishiToRudny"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromId"},"value":{"kind":"StringValue","value":"company:mitsubishi-corporation","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"toId"},"value":{"kind":"StringValue","value":"facility:rudny-hbi-plant","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MitsubishiToRudnyQuery, MitsubishiToRudnyQueryVariables>;
export const ErgInvestmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErgInvestments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"company:erg","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"investments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"money"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ErgInvestmentsQuery, ErgInvestmentsQueryVariables>;
export const AntimonyOutsideChinaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AntimonyOutsideChina"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"supplyConcentration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measureId"},"value":{"kind":"StringValue","value":"measure:antimony-mine-production-antimony-content","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topSharePct"}},{"kind":"Field","name":{"kind":"Name","value":"producers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityBase"}},{"kind":"Field","name":{"kind":"Name","value":"sharePct"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"outsideChina"},"name":{"kind":"Name","value":"supplyConcentration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measureId"},"value":{"kind":"StringValue","value":"measure:antimony-mine-production-antimony-content","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"excludeCountries"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"country:CN","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"}},{"kind":"Field","name":{"kind":"Name","value":"producers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantityBase"}},{"kind":"Field","name":{"kind":"Name","value":"sharePct"}}]}}]}}]}}]} as unknown as DocumentNode<AntimonyOutsideChinaQuery, AntimonyOutsideChinaQueryVariables>;
export const UsFullyImportedCriticalMineralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsFullyImportedCriticalMinerals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importReliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countryId"},"value":{"kind":"StringValue","value":"country:US","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"minPct"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"criticalOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"importSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isoCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UsFullyImportedCriticalMineralsQuery, UsFullyImportedCriticalMineralsQueryVariables>;
export const CriticalStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriticalStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"rareEarths"},"name":{"kind":"Name","value":"valueChainConcentration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"StringValue","value":"product:rare-earths","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hasFigures"}},{"kind":"Field","name":{"kind":"Name","value":"topProducer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topSharePct"}},{"kind":"Field","name":{"kind":"Name","value":"hhi"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topSharePctPoints"}},{"kind":"Field","name":{"kind":"Name","value":"hhi"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gallium"},"name":{"kind":"Name","value":"valueChainConcentration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"StringValue","value":"metal:gallium","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hasFigures"}},{"kind":"Field","name":{"kind":"Name","value":"topProducer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topSharePct"}},{"kind":"Field","name":{"kind":"Name","value":"top3SharePct"}},{"kind":"Field","name":{"kind":"Name","value":"hhi"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CriticalStagesQuery, CriticalStagesQueryVariables>;
export const CommercialExposureToRudnyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommercialExposureToRudny"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"StringValue","value":"facility:rudny-hbi-plant","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COMMERCIAL"}]}},{"kind":"Argument","name":{"kind":"Name","value":"dependentLabels"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"Company"},{"kind":"EnumValue","value":"Facility"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalDependents"}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"chains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommercialExposureToRudnyQuery, CommercialExposureToRudnyQueryVariables>;
export const JapaneseCompaniesExposedToRudnyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JapaneseCompaniesExposedToRudny"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exposure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"StringValue","value":"facility:rudny-hbi-plant","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"headquarteredIn"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"country:JP","block":false}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"totalDependents"}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"kindsAlong"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"chains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JapaneseCompaniesExposedToRudnyQuery, JapaneseCompaniesExposedToRudnyQueryVariables>;
export const SearchForgivingTyposDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchForgivingTypos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"galium"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"galium","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mitsubishi"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"Mitsubishi Corp","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"erg"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"Eurasian Resources","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"labels"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"Company"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]}}]} as unknown as DocumentNode<SearchForgivingTyposQuery, SearchForgivingTyposQueryVariables>;
export const UsBanAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsBanAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"2025-11-09","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"policy:cn-mofcom-2024-46","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"validity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsBanAsOfQuery, UsBanAsOfQueryVariables>;