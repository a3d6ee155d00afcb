import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Any JSON value: here, the parsed content of a dataset file (`sources`, `nodes`, `relationships`). */
  JSON: { input: unknown; output: unknown; }
};

/** Supply added in a what-if, to a country, in a unit of the measure's unit family (per year for production and capacity). */
export type AddedSupplyInput = {
  /** A country id, e.g. country:KZ (NOT_FOUND when not in the graph; BAD_USER_INPUT when the country is listed without a figure, e.g. withheld: an unknown figure is never added to). */
  countryId: Scalars['ID']['input'];
  /** Why it is added, shown in `adjustments`; at most 200 characters (BAD_USER_INPUT naming `addSupply[i].note` beyond). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** A positive number, at most 10^10 t once converted to metric tons, and still above 0 once converted (BAD_USER_INPUT naming `addSupply[i].quantity` otherwise). */
  quantity: Scalars['Float']['input'];
  /**
   * The unit, spelled exactly as listed (case-sensitive, no white space around it: `"t "` is
   * refused), of the measure's unit family. Mass: t, kg, kt, Mt, g (also `t/yr`, `kt per year`) or
   * the words (metric tons…); `mt` and `MT` are refused as ambiguous (write `t` for metric tons, `Mt`
   * for million metric tons). Other measures: their unit or one of its family (million carats,
   * thousand carats; million cubic meters). A unit that is not listed, or of another family, is
   * BAD_USER_INPUT naming `addSupply[i].unit`, the measure's unit and the units of its family.
   */
  unit?: Scalars['String']['input'];
};

/** An offtake, supply or technology contract. */
export type Agreement = Entity & Node & {
  __typename?: 'Agreement';
  /** Kind of agreement, e.g. offtake, technology contract. */
  agreementType: Scalars['String']['output'];
  /** Other names and abbreviations. */
  aliases: Array<Scalars['String']['output']>;
  /** Claims about it (ABOUT, incoming). */
  claims: Array<ClaimSubjectEdge>;
  /** What it covers (COVERS): metals, products, facilities, with quantity where stated. */
  covers: Array<AgreementCoverageEdge>;
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** Typed id, e.g. `agreement:erg-mitsubishi-gallium-offtake`. */
  id: Scalars['ID']['output'];
  /** Always Agreement. */
  label: Label;
  /** Name as the sources give it. */
  name: Scalars['String']['output'];
  /** The occasion of the signing, e.g. a state visit. */
  occasion: Maybe<Scalars['String']['output']>;
  /** Its parties (PARTY_TO, incoming), with their roles (seller, buyer, contractor…). */
  parties: Array<AgreementPartyEdge>;
  /** Every relationship of this entity, of the given types (all when omitted), in the given direction (BOTH by default), at most `first` (0–500, default 50). */
  relations: Array<EntityRelation>;
  /** Date signed, ISO `YYYY-MM-DD` (first day of the period known). */
  signedDate: Maybe<Scalars['String']['output']>;
  /** How precisely signedDate is known (day, month, quarter, year). */
  signedDatePrecision: Maybe<DatePrecision>;
  /** The source's wording of the signing date, e.g. December 2025, during the state visit. */
  signedDateText: Maybe<Scalars['String']['output']>;
  /** The sources that state this entity. */
  sources: Array<Source>;
  /** Where the agreement stands (inForce, ended…). */
  status: Maybe<Status>;
  /** When it holds (e.g. several years from 2026). */
  validity: Maybe<Validity>;
};


/** An offtake, supply or technology contract. */
export type AgreementRelationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<DirectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of Agreement entities. */
export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  /** The entities of this page, each with its cursor. */
  edges: Array<AgreementEdge>;
  /** All the entities matching the filter (every page), counted and summed per group: see Group. */
  groups: Array<Group>;
  /** Whether more pages exist, and the cursors of this one. */
  pageInfo: PageInfo;
  /** How many match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of Agreement entities. */
export type AgreementConnectionGroupsArgs = {
  by: GroupBy;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** COVERS: an agreement covers a metal, product or facility. */
export type AgreementCoverageEdge = {
  __typename?: 'AgreementCoverageEdge';
  /** The agreement. */
  agreement: Agreement;
  /** Metal, Product or Facility. */
  item: Entity;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** Quantity covered in its unit, e.g. 15 t/yr. */
  quantity: Maybe<Quantity>;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
};

/** One Agreement in a page, with its opaque cursor (pass it as `after` to get what follows). */
export type AgreementEdge = {
  __typename?: 'AgreementEdge';
  /** Opaque cursor of this row; pass it as `after` (with the same orderBy) for the rows that follow. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Agreement;
};

/** Filters for Agreement lists; all given conditions must hold. */
export type AgreementFilter = {
  /** Equal to this agreement type, e.g. offtake. */
  agreementType?: InputMaybe<Scalars['String']['input']>;
  /** Exactly this id. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** One of these ids (at most 1000); an empty list matches nothing. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The name, compared folded: equal to this ignoring case, accents, compatibility forms (`ﬁ`, full-width letters) and punctuation; aliases are not read (`Türkiye` finds Türkiye, `Ivory Coast` nothing). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases containing this, all folded (case, accents, compatibility forms and punctuation ignored): `cote d ivoire` and `ivory coast` find Côte d’Ivoire, `uk` finds United Kingdom (alias UK) and Ukraine. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases starting with this, all folded as in nameContains: `usa` finds United States. */
  nameStartsWith?: InputMaybe<Scalars['String']['input']>;
  /** Relationships it must have, all of them (at most 5): e.g. LOCATED_IN country:KZ, or PARTY_TO an agreement that COVERS metal:gallium. An empty list matches nothing. */
  related?: InputMaybe<Array<RelatedFilter>>;
  /** Signed on or after this calendar day (YYYY-MM-DD). */
  signedAfter?: InputMaybe<Scalars['String']['input']>;
  /** Signed on or before this calendar day (YYYY-MM-DD). */
  signedBefore?: InputMaybe<Scalars['String']['input']>;
  /** Equal to this status. */
  status?: InputMaybe<Status>;
  /** Valid from on or after this calendar day (YYYY-MM-DD). */
  validFromAfter?: InputMaybe<Scalars['String']['input']>;
  /** Valid from on or before this calendar day (YYYY-MM-DD). */
  validFromBefore?: InputMaybe<Scalars['String']['input']>;
};

/** Sort order of a Agreement list (default: NAME ASC). */
export type AgreementOrder = {
  /** ASC (missing values last) or DESC (missing values first). */
  direction?: OrderDirection;
  /** What to sort by. */
  field?: AgreementOrderField;
};

/** Fields a Agreement list can be sorted by; ties are broken by id. */
export type AgreementOrderField =
  /** Typed id. */
  | 'ID'
  /** Name, case-insensitive. */
  | 'NAME'
  /** SignedDate (ISO date). */
  | 'SIGNED_DATE'
  /** ValidFrom (ISO date). */
  | 'VALID_FROM';

/** PARTY_TO: a company or country is party to an agreement, in a role. */
export type AgreementPartyEdge = {
  __typename?: 'AgreementPartyEdge';
  /** The agreement. */
  agreement: Agreement;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** The party (Company or Country). */
  party: Entity;
  /** Its role, e.g. seller, buyer, client, contractor. */
  role: Maybe<Scalars['String']['output']>;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
};

/** What was read and proposed. */
export type ArticleExtraction = {
  __typename?: 'ArticleExtraction';
  /** The article body the evidence offsets refer to (paragraphs separated by a blank line). */
  body: Scalars['String']['output'];
  /** New entities first, then relationships, then claims. */
  candidates: Array<FactCandidate>;
  /** All candidates as a dataset in the loader's format (what `loadDataset` takes). */
  dataset: Scalars['JSON']['output'];
  /** TEXT, MARKDOWN or HTML. */
  format: Scalars['String']['output'];
  /** Names found: entities of the graph and proposed new ones. */
  mentions: Array<ArticleMention>;
  /** Its sentences, with offsets in `body`. */
  sentences: Array<ArticleSentence>;
  /** The article as the Source record every candidate cites (a dataset record: id, name, sourceType, publisher, url, publishedDate, retrievedDate). */
  source: Scalars['JSON']['output'];
};

/** An article to read. */
export type ArticleInput = {
  /** A file name, to tell the format (`.html`, `.md`, `.txt`); otherwise HTML is recognised by its opening tag and Markdown by its headings. */
  fileName?: InputMaybe<Scalars['String']['input']>;
  /** Publication date, YYYY-MM-DD (overrides what the page states). */
  publishedDate?: InputMaybe<Scalars['String']['input']>;
  /** Who published it (overrides what the page states). */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** When the article was read, YYYY-MM-DD. */
  retrievedDate?: InputMaybe<Scalars['String']['input']>;
  /** The article: plain text, Markdown, or the HTML of a saved page; at most 2 MiB (2,097,152 characters, and as many UTF-8 bytes). */
  text: Scalars['String']['input'];
  /** The article's URL (overrides what the page states); at most 2,000 characters. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A name in the article. */
export type ArticleMention = {
  __typename?: 'ArticleMention';
  end: Scalars['Int']['output'];
  /** The entity's typed id (in the graph, or proposed). */
  entityId: Scalars['ID']['output'];
  /** True when the entity is in the graph. */
  known: Scalars['Boolean']['output'];
  label: Label;
  /** Why this entity and label: the name matched, or the words that led to the label. */
  reason: Scalars['String']['output'];
  /** Index of the sentence. */
  sentence: Scalars['Int']['output'];
  /** Offsets in the body. */
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** A sentence of the article body. */
export type ArticleSentence = {
  __typename?: 'ArticleSentence';
  /** Offset just after its last character. */
  end: Scalars['Int']['output'];
  index: Scalars['Int']['output'];
  /** Offset of its first character in the body. */
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

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

/** One source's statement of one attribute of a subject; disagreeing sources are separate claims. */
export type Claim = Entity & Node & {
  __typename?: 'Claim';
  /** What the claim is about (ABOUT, outgoing). */
  about: Array<ClaimSubjectEdge>;
  /** Other names and abbreviations. */
  aliases: Array<Scalars['String']['output']>;
  /** The attribute stated, e.g. commercialProductionStart, jobs, metallization. */
  attribute: Scalars['String']['output'];
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** Typed id, e.g. `claim:gallium-start-article`. */
  id: Scalars['ID']['output'];
  /** Always Claim. */
  label: Label;
  /** The value as money, where it is an amount. */
  money: Maybe<Money>;
  /** Name as the sources give it. */
  name: Scalars['String']['output'];
  /** The value with its unit and bound, e.g. 93 % atLeast. */
  quantity: Maybe<Quantity>;
  /** Every relationship of this entity, of the given types (all when omitted), in the given direction (BOTH by default), at most `first` (0–500, default 50). */
  relations: Array<EntityRelation>;
  /** The sources that state this entity. */
  sources: Array<Source>;
  /** The value as a number, where it is one (unit in `quantity.unit`). */
  value: Maybe<Scalars['Float']['output']>;
  /** The value as a date, ISO `YYYY-MM-DD` (first day of the period). */
  valueDate: Maybe<Scalars['String']['output']>;
  /** How precisely valueDate is known. */
  valueDatePrecision: Maybe<DatePrecision>;
  /** The value in the source's words, e.g. late 2026, at least 93%. */
  valueText: Scalars['String']['output'];
};


/** One source's statement of one attribute of a subject; disagreeing sources are separate claims. */
export type ClaimRelationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<DirectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of Claim entities. */
export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  /** The entities of this page, each with its cursor. */
  edges: Array<ClaimEdge>;
  /** All the entities matching the filter (every page), counted and summed per group: see Group. */
  groups: Array<Group>;
  /** Whether more pages exist, and the cursors of this one. */
  pageInfo: PageInfo;
  /** How many match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of Claim entities. */
export type ClaimConnectionGroupsArgs = {
  by: GroupBy;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One Claim in a page, with its opaque cursor (pass it as `after` to get what follows). */
export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  /** Opaque cursor of this row; pass it as `after` (with the same orderBy) for the rows that follow. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Claim;
};

/** Filters for Claim lists; all given conditions must hold. */
export type ClaimFilter = {
  /** Equal to this attribute, e.g. commercialProductionStart. */
  attribute?: InputMaybe<Scalars['String']['input']>;
  /** Exactly this id. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** One of these ids (at most 1000); an empty list matches nothing. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The name, compared folded: equal to this ignoring case, accents, compatibility forms (`ﬁ`, full-width letters) and punctuation; aliases are not read (`Türkiye` finds Türkiye, `Ivory Coast` nothing). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases containing this, all folded (case, accents, compatibility forms and punctuation ignored): `cote d ivoire` and `ivory coast` find Côte d’Ivoire, `uk` finds United Kingdom (alias UK) and Ukraine. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases starting with this, all folded as in nameContains: `usa` finds United States. */
  nameStartsWith?: InputMaybe<Scalars['String']['input']>;
  /** Relationships it must have, all of them (at most 5): e.g. LOCATED_IN country:KZ, or PARTY_TO an agreement that COVERS metal:gallium. An empty list matches nothing. */
  related?: InputMaybe<Array<RelatedFilter>>;
  /** Value date on or after this calendar day (YYYY-MM-DD). */
  valueDateAfter?: InputMaybe<Scalars['String']['input']>;
  /** Value date on or before this calendar day (YYYY-MM-DD). */
  valueDateBefore?: InputMaybe<Scalars['String']['input']>;
  /** Numeric value at most this (−10^15 to 10^15). */
  valueMax?: InputMaybe<Scalars['Float']['input']>;
  /** Numeric value at least this (in the claim’s unit; −10^15 to 10^15). */
  valueMin?: InputMaybe<Scalars['Float']['input']>;
};

/** Sort order of a Claim list (default: NAME ASC). */
export type ClaimOrder = {
  /** ASC (missing values last) or DESC (missing values first). */
  direction?: OrderDirection;
  /** What to sort by. */
  field?: ClaimOrderField;
};

/** Fields a Claim list can be sorted by; ties are broken by id. */
export type ClaimOrderField =
  /** Attribute. */
  | 'ATTRIBUTE'
  /** Typed id. */
  | 'ID'
  /** Name, case-insensitive. */
  | 'NAME'
  /** Numeric value. */
  | 'VALUE'
  /** ValueDate (ISO date). */
  | 'VALUE_DATE';

/** ABOUT: a claim is about a subject. */
export type ClaimSubjectEdge = {
  __typename?: 'ClaimSubjectEdge';
  /** The claim. */
  claim: Claim;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** The subject (Company, Facility, Agreement, Policy, Metal, Product, Technology or Country). */
  subject: Entity;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
};

/** A company or company unit. */
export type Company = Entity & Node & {
  __typename?: 'Company';
  /** Agreements it is party to (PARTY_TO), with its role. */
  agreements: Array<AgreementPartyEdge>;
  /** Other names and abbreviations. */
  aliases: Array<Scalars['String']['output']>;
  /** Claims about it (ABOUT, incoming). */
  claims: Array<ClaimSubjectEdge>;
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** Facilities it operates (OPERATES). */
  facilities: Array<FacilityOperationEdge>;
  /** Countries it is headquartered in (HEADQUARTERED_IN); the city, where known, is in `note`. */
  headquarters: Array<HeadquartersEdge>;
  /** Typed id, e.g. `company:erg`. */
  id: Scalars['ID']['output'];
  /** Its investments in facilities (INVESTS_IN), with amounts. */
  investments: Array<InvestmentEdge>;
  /** Always Company. */
  label: Label;
  /** Name as the sources give it. */
  name: Scalars['String']['output'];
  /** Companies it is a subsidiary of (SUBSIDIARY_OF, outgoing). */
  parents: Array<SubsidiaryEdge>;
  /** What it produces itself (PRODUCES). */
  produces: Array<ProductionEdge>;
  /** Every relationship of this entity, of the given types (all when omitted), in the given direction (BOTH by default), at most `first` (0–500, default 50). */
  relations: Array<EntityRelation>;
  /** Who holds shares in it (SHAREHOLDER_OF, incoming), with percent held. */
  shareholders: Array<ShareholdingEdge>;
  /** Companies it holds shares in (SHAREHOLDER_OF, outgoing), with percent held. */
  shareholdings: Array<ShareholdingEdge>;
  /** The sources that state this company. */
  sources: Array<Source>;
  /** Where the company stands (e.g. operating, ended); null when unstated. */
  status: Maybe<Status>;
  /** Its subsidiaries (SUBSIDIARY_OF, incoming). */
  subsidiaries: Array<SubsidiaryEdge>;
  /** Who supplies it (SUPPLIES, incoming). */
  suppliedBy: Array<SupplyEdge>;
  /** What it supplies to whom (SUPPLIES, outgoing). */
  supplies: Array<SupplyEdge>;
  /** Technologies it provides (PROVIDED_BY, incoming), with its role (process owner, contractor, developer). */
  technologies: Array<TechnologyProviderEdge>;
  /** When the company exists or existed, where stated. */
  validity: Maybe<Validity>;
};


/** A company or company unit. */
export type CompanyRelationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<DirectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of Company entities. */
export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  /** The entities of this page, each with its cursor. */
  edges: Array<CompanyEdge>;
  /** All the entities matching the filter (every page), counted and summed per group: see Group. */
  groups: Array<Group>;
  /** Whether more pages exist, and the cursors of this one. */
  pageInfo: PageInfo;
  /** How many match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of Company entities. */
export type CompanyConnectionGroupsArgs = {
  by: GroupBy;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One Company in a page, with its opaque cursor (pass it as `after` to get what follows). */
export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  /** Opaque cursor of this row; pass it as `after` (with the same orderBy) for the rows that follow. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Company;
};

/** Filters for Company lists; all given conditions must hold. */
export type CompanyFilter = {
  /** Exactly this id. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** One of these ids (at most 1000); an empty list matches nothing. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The name, compared folded: equal to this ignoring case, accents, compatibility forms (`ﬁ`, full-width letters) and punctuation; aliases are not read (`Türkiye` finds Türkiye, `Ivory Coast` nothing). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases containing this, all folded (case, accents, compatibility forms and punctuation ignored): `cote d ivoire` and `ivory coast` find Côte d’Ivoire, `uk` finds United Kingdom (alias UK) and Ukraine. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases starting with this, all folded as in nameContains: `usa` finds United States. */
  nameStartsWith?: InputMaybe<Scalars['String']['input']>;
  /** Relationships it must have, all of them (at most 5): e.g. LOCATED_IN country:KZ, or PARTY_TO an agreement that COVERS metal:gallium. An empty list matches nothing. */
  related?: InputMaybe<Array<RelatedFilter>>;
  /** Equal to this status. */
  status?: InputMaybe<Status>;
  /** Valid from on or after this calendar day (YYYY-MM-DD). */
  validFromAfter?: InputMaybe<Scalars['String']['input']>;
  /** Valid from on or before this calendar day (YYYY-MM-DD). */
  validFromBefore?: InputMaybe<Scalars['String']['input']>;
};

/** Sort order of a Company list (default: NAME ASC). */
export type CompanyOrder = {
  /** ASC (missing values last) or DESC (missing values first). */
  direction?: OrderDirection;
  /** What to sort by. */
  field?: CompanyOrderField;
};

/** Fields a Company list can be sorted by; ties are broken by id. */
export type CompanyOrderField =
  /** Typed id. */
  | 'ID'
  /** Name, case-insensitive. */
  | 'NAME'
  /** ValidFrom (ISO date). */
  | 'VALID_FROM';

/** A country (ISO 3166-1). */
export type Country = Entity & Node & {
  __typename?: 'Country';
  /** Agreements it is party to (PARTY_TO). */
  agreements: Array<AgreementPartyEdge>;
  /** Other names and abbreviations. */
  aliases: Array<Scalars['String']['output']>;
  /** Claims about it (ABOUT, incoming). */
  claims: Array<ClaimSubjectEdge>;
  /** Companies headquartered here (HEADQUARTERED_IN, incoming). */
  companies: Array<HeadquartersEdge>;
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** Facilities located here (LOCATED_IN, incoming). */
  facilities: Array<FacilityLocationEdge>;
  /** Typed id, e.g. `country:KZ (ISO 3166-1 alpha-2)`. */
  id: Scalars['ID']['output'];
  /** Countries that import from it (IMPORTS_FROM, incoming), optionally for one item. */
  importedBy: Array<ImportSourceEdge>;
  /** Countries it imports from (IMPORTS_FROM, outgoing), optionally for one item, with rank (1 = largest). */
  importsFrom: Array<ImportSourceEdge>;
  /** ISO 3166-1 alpha-2 code, e.g. KZ. */
  isoCode: Scalars['String']['output'];
  /** Always Country. */
  label: Label;
  /** Name as in i18n-iso-countries (English). */
  name: Scalars['String']['output'];
  /** Policies this country imposes (IMPOSES). */
  policies: Array<PolicyImpositionEdge>;
  /**
   * Its production and capacity figures (PRODUCES), optionally only for one `year`, one item
   * (`itemId`, e.g. metal:gallium), one `basis` (production or capacity) or one USGS `measureId`.
   * A `measureId` that does not measure the `itemId` given with it is BAD_USER_INPUT naming
   * `measureId`, not an empty list.
   */
  production: Array<ProductionEdge>;
  /** Every relationship of this entity, of the given types (all when omitted), in the given direction (BOTH by default), at most `first` (0–500, default 50). */
  relations: Array<EntityRelation>;
  /** Its reserves (HOLDS_RESERVES), optionally only for one `year`, item or USGS measure (a `measureId` not of the `itemId` given is BAD_USER_INPUT naming `measureId`). */
  reserves: Array<ReservesEdge>;
  /** Companies it holds shares in (SHAREHOLDER_OF), with percent held. */
  shareholdings: Array<ShareholdingEdge>;
  /** The sources that state this entity. */
  sources: Array<Source>;
  /** Who supplies it (SUPPLIES, incoming). */
  suppliedBy: Array<SupplyEdge>;
  /** Policies that target it (TARGETS, incoming). */
  targetedBy: Array<PolicyTargetEdge>;
};


/** A country (ISO 3166-1). */
export type CountryImportedByArgs = {
  itemId?: InputMaybe<Scalars['ID']['input']>;
};


/** A country (ISO 3166-1). */
export type CountryImportsFromArgs = {
  itemId?: InputMaybe<Scalars['ID']['input']>;
};


/** A country (ISO 3166-1). */
export type CountryProductionArgs = {
  basis?: InputMaybe<Basis>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  measureId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A country (ISO 3166-1). */
export type CountryRelationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<DirectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** A country (ISO 3166-1). */
export type CountryReservesArgs = {
  itemId?: InputMaybe<Scalars['ID']['input']>;
  measureId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Country entities. */
export type CountryConnection = {
  __typename?: 'CountryConnection';
  /** The entities of this page, each with its cursor. */
  edges: Array<CountryEdge>;
  /** All the entities matching the filter (every page), counted and summed per group: see Group. */
  groups: Array<Group>;
  /** Whether more pages exist, and the cursors of this one. */
  pageInfo: PageInfo;
  /** How many match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of Country entities. */
export type CountryConnectionGroupsArgs = {
  by: GroupBy;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One Country in a page, with its opaque cursor (pass it as `after` to get what follows). */
export type CountryEdge = {
  __typename?: 'CountryEdge';
  /** Opaque cursor of this row; pass it as `after` (with the same orderBy) for the rows that follow. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Country;
};

/** Filters for Country lists; all given conditions must hold. */
export type CountryFilter = {
  /** Exactly this id. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** One of these ids (at most 1000); an empty list matches nothing. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** ISO 3166-1 alpha-2 code, e.g. KZ (case-sensitive). */
  isoCode?: InputMaybe<Scalars['String']['input']>;
  /** The name, compared folded: equal to this ignoring case, accents, compatibility forms (`ﬁ`, full-width letters) and punctuation; aliases are not read (`Türkiye` finds Türkiye, `Ivory Coast` nothing). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases containing this, all folded (case, accents, compatibility forms and punctuation ignored): `cote d ivoire` and `ivory coast` find Côte d’Ivoire, `uk` finds United Kingdom (alias UK) and Ukraine. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases starting with this, all folded as in nameContains: `usa` finds United States. */
  nameStartsWith?: InputMaybe<Scalars['String']['input']>;
  /** Relationships it must have, all of them (at most 5): e.g. LOCATED_IN country:KZ, or PARTY_TO an agreement that COVERS metal:gallium. An empty list matches nothing. */
  related?: InputMaybe<Array<RelatedFilter>>;
};

/** Sort order of a Country list (default: NAME ASC). */
export type CountryOrder = {
  /** ASC (missing values last) or DESC (missing values first). */
  direction?: OrderDirection;
  /** What to sort by. */
  field?: CountryOrderField;
};

/** Fields a Country list can be sorted by; ties are broken by id. */
export type CountryOrderField =
  /** Typed id. */
  | 'ID'
  /** IsoCode. */
  | 'ISO_CODE'
  /** Name, case-insensitive. */
  | 'NAME';

/** The Neo4j server answering this service's queries. */
export type DatabaseInfo = {
  __typename?: 'DatabaseInfo';
  /** Edition: community or enterprise. */
  edition: Scalars['String']['output'];
  /** Product name, e.g. Neo4j Kernel. */
  name: Scalars['String']['output'];
  /** Server version, e.g. 5.26.30. */
  version: Scalars['String']['output'];
};

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

/** A dependency chain: hops from the entity asked about (or, in exposure, from the dependent) down to `terminal`. */
export type DependencyChain = {
  __typename?: 'DependencyChain';
  hops: Array<Hop>;
  /** The kinds of its hops, united. */
  kinds: Array<ExposureKind>;
  /** Number of hops. */
  length: Scalars['Int']['output'];
  /** 0–1; the formula is in the description of Query.dependencyChains (exposure chains carry the base value). */
  relevance: Scalars['Float']['output'];
  /** The last entity of the chain. */
  terminal: Entity;
};

export type DependencyChainResult = {
  __typename?: 'DependencyChainResult';
  /** The date facts had to be in force on (YYYY-MM-DD). */
  asOf: Maybe<Scalars['String']['output']>;
  /** Best first, at most `first`. */
  chains: Array<DependencyChain>;
  entity: Entity;
  /** The exposure kinds followed. */
  kinds: Array<ExposureKind>;
  maxDepth: Scalars['Int']['output'];
  /** The metal or product the chains were restricted to. */
  metal: Maybe<Entity>;
  /** Maximal chains found, before `first`. */
  totalChains: Scalars['Int']['output'];
  /**
   * True when the walk hit a bound and the best-evidenced paths were kept: from any one node at
   * most 20 neighbours per depth over at most 5 parallel relationships each, at most 200 partial
   * paths carried from one depth to the next, at most 1000 paths in all (narrow the question:
   * a metal, a smaller maxDepth).
   */
  truncated: Scalars['Boolean']['output'];
};

/** DERIVED_FROM: an output (metal or product) is derived from an input; `note` names the process. */
export type DerivationEdge = {
  __typename?: 'DerivationEdge';
  /** What it is made from, e.g. alumina. */
  input: Entity;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** What is made, e.g. gallium. */
  output: Entity;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
};

/** Which way a relationship points, seen from the entity asked about: OUT = it is the start. */
export type Direction =
  | 'IN'
  | 'OUT';

/** Which relationships to return, seen from the entity asked about. */
export type DirectionFilter =
  | 'BOTH'
  | 'IN'
  | 'OUT';

/** USED_IN: a metal or product is used in an industry. */
export type EndUseEdge = {
  __typename?: 'EndUseEdge';
  /** What the figure measures (endUse, importReliance…). */
  basis: Maybe<Basis>;
  /** The industry (end use). */
  industry: Industry;
  /** Metal or Product. */
  item: Entity;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** Share of the item's use going to this industry, percent (0–100); `note` names the region. */
  sharePct: Maybe<Scalars['Float']['output']>;
  /** How far sharePct binds (exact, atLeast, atMost, approximate). */
  sharePctBound: Maybe<Bound>;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
  /** Calendar year of the share. */
  year: Maybe<Scalars['Int']['output']>;
};

/** A node of the graph: a company, country, metal, facility, policy… */
export type Entity = {
  /** Other names and abbreviations. */
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Node label, e.g. Company. */
  label: Label;
  name: Scalars['String']['output'];
  /**
   * Every relationship of this entity, of the given types (all when omitted, none for `[]`), in the given
   * direction (BOTH by default), at most `first` (0–500, default 50), ordered by type, then the
   * other end's name. With `asOf` (YYYY-MM-DD), only the facts in force that day: the
   * relationship and the other end each hold validFrom <= asOf < validTo (no validity = in force);
   * a date that is not a real calendar day (`2026-02-30`, `2026-Q4`) is BAD_USER_INPUT.
   */
  relations: Array<EntityRelation>;
  /** The sources that state this entity. */
  sources: Array<Source>;
};


/** A node of the graph: a company, country, metal, facility, policy… */
export type EntityRelationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<DirectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** Any relationship, seen from one entity: its type, direction, the other end and all its properties. */
export type EntityRelation = {
  __typename?: 'EntityRelation';
  /** The same quantity in `baseUnit` (metric tons, t, for mass units), where converted. */
  baseQuantity: Maybe<Quantity>;
  /** What the figure measures. */
  basis: Maybe<Basis>;
  /** OUT when the entity asked about is the start of the relationship, IN when it is the end. */
  direction: Direction;
  /** True when the source marks the figure as estimated. */
  estimated: Maybe<Scalars['Boolean']['output']>;
  /** The item concerned (IMPORTS_FROM, SUPPLIES), e.g. metal:gallium. */
  item: Maybe<Entity>;
  /** What tells apart parallel relationships of one type between the same two nodes (often empty). */
  key: Maybe<Scalars['String']['output']>;
  /** The USGS measure the figure belongs to. */
  measure: Maybe<Measure>;
  /** An amount of money in its currency, e.g. 20000000 USD atLeast. */
  money: Maybe<Money>;
  /** Why there is no figure (withheld, not available…); never read as zero. */
  noValueReason: Maybe<Scalars['String']['output']>;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** The entity at the other end. */
  other: Entity;
  /** Period the figure covers, as stated, e.g. 2020–2023. */
  period: Maybe<Scalars['String']['output']>;
  /** A stated quantity in its unit, e.g. 15 t/yr, 750000 kilograms, 47 % net import reliance. */
  quantity: Maybe<Quantity>;
  /** Rank, 1 = largest (IMPORTS_FROM). */
  rank: Maybe<Scalars['Int']['output']>;
  /** Role of the start node, e.g. seller, buyer, contractor, process owner. */
  role: Maybe<Scalars['String']['output']>;
  /** Share in percent (0–100) of the stated denominator (for USGS figures: the world total of the same measure and year). */
  sharePct: Maybe<Scalars['Float']['output']>;
  /** How far sharePct binds (exact, atLeast, atMost, approximate). */
  sharePctBound: Maybe<Bound>;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** The relationship type. */
  type: RelationshipType;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
  /** Calendar year of the figure. */
  year: Maybe<Scalars['Int']['output']>;
};

/** A quoted sentence and its character offsets in the article body (end exclusive). */
export type Evidence = {
  __typename?: 'Evidence';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** One export-control measure as in force on a date. */
export type ExportControl = {
  __typename?: 'ExportControl';
  /** The date the status holds on (YYYY-MM-DD): the asked asOf, or the current date in UTC. */
  asOf: Scalars['String']['output'];
  policy: Policy;
  /** What it restricts. */
  restricts: Array<Entity>;
  statusAsOf: PolicyStatusAsOf;
  /** ISO codes of the countries it targets; empty when it applies to all destinations. */
  targets: Array<Scalars['String']['output']>;
};

/** One entity that depends on the entity asked about. */
export type Exposure = {
  __typename?: 'Exposure';
  /** Chains found from this dependent. */
  chainCount: Scalars['Int']['output'];
  /** Its best chains (at most 5), each read from the dependent to the entity asked about: the best chain of each distinct set of kinds first, then the best of the rest; best first. */
  chains: Array<DependencyChain>;
  dependent: Entity;
  /** Fewest hops from the dependent to the entity asked about. */
  distance: Scalars['Int']['output'];
  /** How it is exposed: the kinds of its own links (the first hop of each of its chains), united. Kobe Steel to the Rudny HBI plant: OWNERSHIP. */
  kinds: Array<ExposureKind>;
  /** The kinds along all its chains, united. Kobe Steel to the Rudny HBI plant: COMMERCIAL and OWNERSHIP (it owns Midrex, a contractor of the plant). */
  kindsAlong: Array<ExposureKind>;
  /** The best chain's relevance. */
  relevance: Scalars['Float']['output'];
};

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

export type ExposureResult = {
  __typename?: 'ExposureResult';
  asOf: Maybe<Scalars['String']['output']>;
  /** The labels dependents were narrowed to (null: any). */
  dependentLabels: Maybe<Array<Label>>;
  /** Best first, at most `first`. */
  dependents: Array<Exposure>;
  entity: Entity;
  /** The headquarters countries dependents were narrowed to (null: any). */
  headquarteredIn: Maybe<Array<Entity>>;
  /** The exposure kinds followed. */
  kinds: Array<ExposureKind>;
  maxDepth: Scalars['Int']['output'];
  metal: Maybe<Entity>;
  /** Dependents found (after the label and headquarters narrowing), before `first`. */
  totalDependents: Scalars['Int']['output'];
  /**
   * True when the walk hit a bound and the best-evidenced paths were kept: from any one node at
   * most 20 neighbours per depth over at most 5 parallel relationships each, at most 200 partial
   * paths carried from one depth to the next, at most 1000 paths in all.
   */
  truncated: Scalars['Boolean']['output'];
};

/** A plant, refinery or mine. */
export type Facility = Entity & Node & {
  __typename?: 'Facility';
  /** Other names and abbreviations. */
  aliases: Array<Scalars['String']['output']>;
  /** Claims about it (ABOUT, incoming), e.g. conflicting start dates. */
  claims: Array<ClaimSubjectEdge>;
  /** Agreements covering it (COVERS, incoming). */
  coveredBy: Array<AgreementCoverageEdge>;
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** Kind of facility, e.g. alumina refinery, bauxite mine. */
  facilityType: Scalars['String']['output'];
  /** Typed id, e.g. `facility:pavlodar-gallium-plant`. */
  id: Scalars['ID']['output'];
  /** Companies investing in it (INVESTS_IN, incoming), with amounts. */
  investors: Array<InvestmentEdge>;
  /** Always Facility. */
  label: Label;
  /** Countries it is located in (LOCATED_IN); the city, where known, is in `note`. */
  location: Array<FacilityLocationEdge>;
  /** Place as stated, e.g. `Pavlodar, Kazakhstan` (stored property `location`; the country is `location`). */
  locationText: Maybe<Scalars['String']['output']>;
  /** An amount of money stated for the facility, in its currency. */
  money: Maybe<Money>;
  /** Name as the sources give it. */
  name: Scalars['String']['output'];
  /** Companies operating it (OPERATES, incoming). */
  operators: Array<FacilityOperationEdge>;
  /** What it produces (PRODUCES), with quantity and unit, basis, year, status and validity. */
  produces: Array<ProductionEdge>;
  /** Capacity in its stated unit, e.g. 15 t/yr. */
  quantity: Maybe<Quantity>;
  /** Every relationship of this entity, of the given types (all when omitted), in the given direction (BOTH by default), at most `first` (0–500, default 50). */
  relations: Array<EntityRelation>;
  /** The sources that state this entity. */
  sources: Array<Source>;
  /** Where the facility stands (planned, operating…). */
  status: Maybe<Status>;
  /** Who supplies it (SUPPLIES, incoming). */
  suppliedBy: Array<SupplyEdge>;
  /** What it supplies to whom (SUPPLIES, outgoing). */
  supplies: Array<SupplyEdge>;
  /** Technologies it uses (USES_TECHNOLOGY). */
  technologies: Array<TechnologyUseEdge>;
  /** When it runs or is to run (e.g. from 2026, year precision). */
  validity: Maybe<Validity>;
};


/** A plant, refinery or mine. */
export type FacilityRelationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<DirectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of Facility entities. */
export type FacilityConnection = {
  __typename?: 'FacilityConnection';
  /** The entities of this page, each with its cursor. */
  edges: Array<FacilityEdge>;
  /** All the entities matching the filter (every page), counted and summed per group: see Group. */
  groups: Array<Group>;
  /** Whether more pages exist, and the cursors of this one. */
  pageInfo: PageInfo;
  /** How many match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of Facility entities. */
export type FacilityConnectionGroupsArgs = {
  by: GroupBy;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One Facility in a page, with its opaque cursor (pass it as `after` to get what follows). */
export type FacilityEdge = {
  __typename?: 'FacilityEdge';
  /** Opaque cursor of this row; pass it as `after` (with the same orderBy) for the rows that follow. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Facility;
};

/** Filters for Facility lists; all given conditions must hold. */
export type FacilityFilter = {
  /** Equal to this facility type, e.g. bauxite mine. */
  facilityType?: InputMaybe<Scalars['String']['input']>;
  /** Exactly this id. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** One of these ids (at most 1000); an empty list matches nothing. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The name, compared folded: equal to this ignoring case, accents, compatibility forms (`ﬁ`, full-width letters) and punctuation; aliases are not read (`Türkiye` finds Türkiye, `Ivory Coast` nothing). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases containing this, all folded (case, accents, compatibility forms and punctuation ignored): `cote d ivoire` and `ivory coast` find Côte d’Ivoire, `uk` finds United Kingdom (alias UK) and Ukraine. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases starting with this, all folded as in nameContains: `usa` finds United States. */
  nameStartsWith?: InputMaybe<Scalars['String']['input']>;
  /** Capacity at most this, in the facility’s own unit (−10^15 to 10^15). */
  quantityMax?: InputMaybe<Scalars['Float']['input']>;
  /** Capacity at least this, in the facility’s own unit (−10^15 to 10^15). */
  quantityMin?: InputMaybe<Scalars['Float']['input']>;
  /** Relationships it must have, all of them (at most 5): e.g. LOCATED_IN country:KZ, or PARTY_TO an agreement that COVERS metal:gallium. An empty list matches nothing. */
  related?: InputMaybe<Array<RelatedFilter>>;
  /** Equal to this status. */
  status?: InputMaybe<Status>;
  /** Capacity unit equal to this, e.g. t/yr (combine with quantityMin/Max: quantities are in their own unit). */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** Valid from on or after this calendar day (YYYY-MM-DD). */
  validFromAfter?: InputMaybe<Scalars['String']['input']>;
  /** Valid from on or before this calendar day (YYYY-MM-DD). */
  validFromBefore?: InputMaybe<Scalars['String']['input']>;
};

/** LOCATED_IN: a facility's country; the city, where known, is in `note`. */
export type FacilityLocationEdge = {
  __typename?: 'FacilityLocationEdge';
  /** The country. */
  country: Country;
  /** The facility. */
  facility: Facility;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
};

/** OPERATES: a company operates a facility. */
export type FacilityOperationEdge = {
  __typename?: 'FacilityOperationEdge';
  /** The facility. */
  facility: Facility;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** The operating company. */
  operator: Company;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** e.g. planned for a facility still to be built. */
  status: Maybe<Status>;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
};

/** Sort order of a Facility list (default: NAME ASC). */
export type FacilityOrder = {
  /** ASC (missing values last) or DESC (missing values first). */
  direction?: OrderDirection;
  /** What to sort by. */
  field?: FacilityOrderField;
};

/** Fields a Facility list can be sorted by; ties are broken by id. */
export type FacilityOrderField =
  /** Typed id. */
  | 'ID'
  /** Name, case-insensitive. */
  | 'NAME'
  /** Capacity quantity (in each facility’s unit). */
  | 'QUANTITY'
  /** Status. */
  | 'STATUS'
  /** ValidFrom (ISO date). */
  | 'VALID_FROM';

/** A candidate fact, for a person to accept, edit or reject. */
export type FactCandidate = {
  __typename?: 'FactCandidate';
  /** For a claim: the id of the entity it is about. */
  about: Maybe<Scalars['ID']['output']>;
  /** In [0, 1]: lower for names that match several entities or for facts read from weaker wording. */
  confidence: Scalars['Float']['output'];
  /** The sentences that state it. */
  evidence: Array<Evidence>;
  /** `cand-` and 12 hex digits, from the candidate's content. */
  id: Scalars['ID']['output'];
  /** ENTITY (a new node), RELATIONSHIP, or CLAIM (a value that disagrees with the graph, kept beside the existing ones). */
  kind: Scalars['String']['output'];
  /** For an entity: why this label. */
  note: Maybe<Scalars['String']['output']>;
  /** The record in the loader's format, without `sources`. */
  record: Scalars['JSON']['output'];
  /** Candidate ids of the new entities this fact needs. */
  requires: Array<Scalars['ID']['output']>;
  /** One line for the reviewer. */
  summary: Scalars['String']['output'];
};

/** A fact: give `id` (a node, or a Source whole) or `relationship`, not both. */
export type FactInput = {
  /** A node's typed id, e.g. `company:erg` or `source:gate-erg-kazakhstan-article`. */
  id?: InputMaybe<Scalars['ID']['input']>;
  relationship?: InputMaybe<RelationshipRefInput>;
};

/** A drawable graph (cytoscape-style): nodes, and edges by node id. */
export type Graph = {
  __typename?: 'Graph';
  /** The entity asked about. */
  center: Entity;
  /** Relationships between the nodes returned, before the `edgeLimit` cut. */
  edgeCount: Scalars['Int']['output'];
  edges: Array<GraphEdge>;
  /** True when `edgeLimit` cut relationships off. */
  edgesTruncated: Scalars['Boolean']['output'];
  /** Nodes reached before the `limit` cut. The walk expands at most `limit` nodes of each ring, so a smaller `limit` can reach fewer (at 0: the entity and its direct neighbours). */
  nodeCount: Scalars['Int']['output'];
  nodes: Array<Entity>;
  /** True when `limit` cut nodes off. */
  truncated: Scalars['Boolean']['output'];
};

/** A stored relationship as a drawable edge, pointing as stored. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Stable id: TYPE:start->end, with #key for parallel ones. */
  id: Scalars['ID']['output'];
  /** Short label to draw: the role, else the share (`98.7 %`), quantity (`15 t/yr`), money, else the type in words. */
  label: Scalars['String']['output'];
  properties: HopProperties;
  quantity: Maybe<Quantity>;
  /** Share in percent (0–100). */
  sharePct: Maybe<Scalars['Float']['output']>;
  /** Id of the start node. */
  source: Scalars['ID']['output'];
  sources: Array<Source>;
  /** Id of the end node. */
  target: Scalars['ID']['output'];
  type: RelationshipType;
};

/**
 * One group of a list's `groups(by:, first:)`: the entities matching the list's filter (all
 * pages, the same set as `totalCount`), counted per group. `by.field` groups by one of the list's
 * own properties compared for equality in its filter (e.g. status, its stored value as filters
 * compare it), `by.related` by the entity at the other end of a relationship (e.g. LOCATED_IN: per country). Each group sums the entities'
 * own `quantity` per unit (a facility's capacity). `first`: groups, 0–500 (default 50), largest
 * first, then by key. One round trip, whatever the page size. Errors: BAD_USER_INPUT (neither or
 * both of field and related, a field or relationship the list does not have, `first` out of range).
 */
export type Group = {
  __typename?: 'Group';
  /** Entities in the group. */
  count: Scalars['Int']['output'];
  /** The other end, when grouped by a relationship. */
  entity: Maybe<Entity>;
  /** The property value, or the other end's id; null for the entities without one. */
  key: Maybe<Scalars['String']['output']>;
  /** The sources of the entities counted (those that state them and their figures). A group can hold every source of the graph: 116 in the bundled data. */
  sources: Array<Source>;
  /** The entities' own quantities (a facility's capacity) summed per unit; figures in different units are never added. */
  sums: Array<QuantitySum>;
  /** How many of the entities' figures are left out of `sums`: a figure without a unit, or not a finite number above 0 (data written around the loader's checks). */
  unsummed: Scalars['Int']['output'];
};

/** How `groups` groups a list: exactly one of `field` and `related`. */
export type GroupBy = {
  /**
   * One of the list's own properties that its filter compares for equality: Facility status,
   * facilityType, unit; Agreement agreementType, status; Policy policyType, reference, status;
   * Company status; Country isoCode; Metal symbol; Technology category; Claim attribute; Measure
   * commodity, unit; Source sourceType, publisher.
   */
  field?: InputMaybe<Scalars['String']['input']>;
  /** The entity at the other end of a relationship (an entity related to several counts in each; none: key null). */
  related?: InputMaybe<RelatedGroup>;
};

/** HEADQUARTERED_IN: a company's headquarters country; the city, where known, is in `note`. */
export type HeadquartersEdge = {
  __typename?: 'HeadquartersEdge';
  /** The company. */
  company: Company;
  /** The country. */
  country: Country;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
};

/** One step of a chain or path, read from `from` to `to`. */
export type Hop = {
  __typename?: 'Hop';
  direction: HopDirection;
  /** The stored fact as a sentence, e.g. `Mitsubishi Corporation RtM Japan Ltd. is the buyer under the ERG–Mitsubishi gallium offtake agreement (signed 2025-12)`. */
  explanation: Scalars['String']['output'];
  /** In a dependency chain, the dependent. */
  from: Entity;
  /** Stable id of the stored relationship: TYPE:start->end, with #key for parallel ones. */
  id: Scalars['ID']['output'];
  /**
   * In a dependency chain or exposure: the kind of exposure this hop reads as, of the kinds
   * followed whose steps admit it (SUBSIDIARY_OF and OPERATES are SUPPLY and OWNERSHIP steps,
   * COVERS SUPPLY and COMMERCIAL): the highest the order OWNERSHIP, COMMERCIAL, SUPPLY still
   * allows after the hops before it (see ExposureKind), so a contractor's contract covering a
   * plant reads COMMERCIAL throughout. Null in paths.
   */
  kind: Maybe<ExposureKind>;
  properties: HopProperties;
  relationship: RelationshipType;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** In a dependency chain, what `from` depends on. */
  to: Entity;
};

/** How a hop runs against the stored relationship. */
export type HopDirection =
  /** The stored relationship points from the hop's `to` to its `from` (crossed backwards). */
  | 'BACKWARD'
  /** The stored relationship points from the hop's `from` to its `to`. */
  | 'FORWARD';

/** The properties of a stored relationship. Units: quantity in its unit; sharePct in percent (0–100). */
export type HopProperties = {
  __typename?: 'HopProperties';
  /** production, capacity, reserves, importReliance or endUse. */
  basis: Maybe<Scalars['String']['output']>;
  estimated: Maybe<Scalars['Boolean']['output']>;
  /** The metal or product shipped (SUPPLIES, IMPORTS_FROM). */
  itemId: Maybe<Scalars['ID']['output']>;
  /** Tells apart parallel relationships of one type between the same two nodes. */
  key: Maybe<Scalars['String']['output']>;
  money: Maybe<Money>;
  note: Maybe<Scalars['String']['output']>;
  period: Maybe<Scalars['String']['output']>;
  quantity: Maybe<Quantity>;
  rank: Maybe<Scalars['Int']['output']>;
  /** Role of the start node, e.g. buyer, seller, contractor, process owner. */
  role: Maybe<Scalars['String']['output']>;
  /** Share in percent (0–100). */
  sharePct: Maybe<Scalars['Float']['output']>;
  sharePctBound: Maybe<Bound>;
  /** announced, planned, underConstruction, operating, inForce, suspended, ended or idle. */
  status: Maybe<Scalars['String']['output']>;
  validity: Maybe<Validity>;
  /** Calendar year the figure is for. */
  year: Maybe<Scalars['Int']['output']>;
};

/** A commodity's net import reliance and its import sources. */
export type ImportReliance = {
  __typename?: 'ImportReliance';
  importSources: Array<ImportSourceRank>;
  item: Entity;
  noValueReason: Maybe<Scalars['String']['output']>;
  note: Maybe<Scalars['String']['output']>;
  /** Period of the import-source ranking, e.g. 2020–2023. */
  period: Maybe<Scalars['String']['output']>;
  /** Net import reliance, percent of apparent consumption, 2024; null for a net exporter. */
  reliance: Maybe<Quantity>;
  sources: Array<Source>;
};

/** IMPORTS_FROM: a country imports an item from another country (USGS major import sources). */
export type ImportSourceEdge = {
  __typename?: 'ImportSourceEdge';
  /** What the figure measures (endUse, importReliance…). */
  basis: Maybe<Basis>;
  /** The country imported from. */
  exporter: Country;
  /** The importing country. */
  importer: Country;
  /** The item imported, e.g. metal:gallium. */
  item: Maybe<Entity>;
  /** Tells apart parallel figures (measure, basis, year; or the item). */
  key: Maybe<Scalars['String']['output']>;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** Period of the import shares, as stated, e.g. 2020–2023. */
  period: Maybe<Scalars['String']['output']>;
  /** The importer's net import reliance for the item, in percent (unit as stated), with bound. */
  quantity: Maybe<Quantity>;
  /** Rank among the importer's sources for the item, 1 = largest. */
  rank: Maybe<Scalars['Int']['output']>;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
};

/** One import source, in USGS order. */
export type ImportSourceRank = {
  __typename?: 'ImportSourceRank';
  country: Country;
  rank: Scalars['Int']['output'];
  sources: Array<Source>;
};

/** An end use (integrated circuits, defense, flame retardants…). */
export type Industry = Entity & Node & {
  __typename?: 'Industry';
  /** Other names and abbreviations. */
  aliases: Array<Scalars['String']['output']>;
  /** Metals and products it depends on (USED_IN, incoming), with end-use share in percent where known. */
  dependsOn: Array<EndUseEdge>;
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** Typed id, e.g. `industry:defense`. */
  id: Scalars['ID']['output'];
  /** Always Industry. */
  label: Label;
  /** Name as the sources give it. */
  name: Scalars['String']['output'];
  /** Every relationship of this entity, of the given types (all when omitted), in the given direction (BOTH by default), at most `first` (0–500, default 50). */
  relations: Array<EntityRelation>;
  /** The sources that state this entity. */
  sources: Array<Source>;
};


/** An end use (integrated circuits, defense, flame retardants…). */
export type IndustryRelationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<DirectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of Industry entities. */
export type IndustryConnection = {
  __typename?: 'IndustryConnection';
  /** The entities of this page, each with its cursor. */
  edges: Array<IndustryEdge>;
  /** All the entities matching the filter (every page), counted and summed per group: see Group. */
  groups: Array<Group>;
  /** Whether more pages exist, and the cursors of this one. */
  pageInfo: PageInfo;
  /** How many match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of Industry entities. */
export type IndustryConnectionGroupsArgs = {
  by: GroupBy;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One Industry in a page, with its opaque cursor (pass it as `after` to get what follows). */
export type IndustryEdge = {
  __typename?: 'IndustryEdge';
  /** Opaque cursor of this row; pass it as `after` (with the same orderBy) for the rows that follow. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Industry;
};

/** Filters for Industry lists; all given conditions must hold. */
export type IndustryFilter = {
  /** Exactly this id. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** One of these ids (at most 1000); an empty list matches nothing. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The name, compared folded: equal to this ignoring case, accents, compatibility forms (`ﬁ`, full-width letters) and punctuation; aliases are not read (`Türkiye` finds Türkiye, `Ivory Coast` nothing). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases containing this, all folded (case, accents, compatibility forms and punctuation ignored): `cote d ivoire` and `ivory coast` find Côte d’Ivoire, `uk` finds United Kingdom (alias UK) and Ukraine. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases starting with this, all folded as in nameContains: `usa` finds United States. */
  nameStartsWith?: InputMaybe<Scalars['String']['input']>;
  /** Relationships it must have, all of them (at most 5): e.g. LOCATED_IN country:KZ, or PARTY_TO an agreement that COVERS metal:gallium. An empty list matches nothing. */
  related?: InputMaybe<Array<RelatedFilter>>;
};

/** Sort order of a Industry list (default: NAME ASC). */
export type IndustryOrder = {
  /** ASC (missing values last) or DESC (missing values first). */
  direction?: OrderDirection;
  /** What to sort by. */
  field?: IndustryOrderField;
};

/** Fields a Industry list can be sorted by; ties are broken by id. */
export type IndustryOrderField =
  /** Typed id. */
  | 'ID'
  /** Name, case-insensitive. */
  | 'NAME';

/** INVESTS_IN: a company invests in a facility. */
export type InvestmentEdge = {
  __typename?: 'InvestmentEdge';
  /** The facility. */
  facility: Facility;
  /** The investing company. */
  investor: Company;
  /** The amount in its currency and bound, e.g. 20000000 USD atLeast. */
  money: Maybe<Money>;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
};

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

/** Records of one label or relationship type by outcome. */
export type LoadCount = {
  __typename?: 'LoadCount';
  created: Scalars['Int']['output'];
  /** A node label (e.g. Company) or a relationship type (e.g. OPERATES). */
  kind: Scalars['String']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** What a load changed. */
export type LoadResult = {
  __typename?: 'LoadResult';
  name: Scalars['String']['output'];
  /** Nodes created, updated and unchanged, per label. */
  nodes: Array<LoadCount>;
  /** Relationships created, updated and unchanged, per type. */
  relationships: Array<LoadCount>;
};

/** A USGS commodity measure (commodity × type, e.g. Gallium — Primary production). */
export type Measure = Entity & Node & {
  __typename?: 'Measure';
  /** Other names and abbreviations. */
  aliases: Array<Scalars['String']['output']>;
  /** Unit of `quantityBase` on its PRODUCES/HOLDS_RESERVES figures (t for every mass unit). */
  baseUnit: Maybe<Scalars['String']['output']>;
  /** USGS commodity, e.g. Gallium. */
  commodity: Scalars['String']['output'];
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** For a salient-statistics column: what the statistic is of (High-purity, Ore, Scrap…), from the USGS column name. */
  form: Maybe<Scalars['String']['output']>;
  /** Typed id, e.g. `measure:gallium-primary-production`. */
  id: Scalars['ID']['output'];
  /** The metals and products it measures (MEASURES). */
  items: Array<MeasuredItemEdge>;
  /** Always Measure. */
  label: Label;
  /** USGS type of figure, e.g. Primary production. */
  measure: Scalars['String']['output'];
  /** Name as the sources give it. */
  name: Scalars['String']['output'];
  /** Every relationship of this entity, of the given types (all when omitted), in the given direction (BOTH by default), at most `first` (0–500, default 50). */
  relations: Array<EntityRelation>;
  /** The sources that state this entity. */
  sources: Array<Source>;
  /** For a salient-statistics column: the statistic (production, imports, exports, consumption, price, stocks, importReliance…). */
  statistic: Maybe<Basis>;
  /** Unit of the figures of this measure, e.g. kilograms, thousand metric tons. */
  unit: Scalars['String']['output'];
  /** World capacity total for 2023, in `unit` (USGS capacity columns); null when none is published. */
  worldCapacity2023: Maybe<Scalars['Float']['output']>;
  /** World capacity total for 2024, in `unit`; null when none is published. */
  worldCapacity2024: Maybe<Scalars['Float']['output']>;
  /** World reserves, 2024, in `unit` (the USGS world total of the reserves column, when exact). */
  worldReserves2024: Maybe<Scalars['Float']['output']>;
  /** World total for 2023, in `unit`, of the basis `worldTotalBasis`. */
  worldTotal2023: Maybe<Scalars['Float']['output']>;
  /** World total for 2024, in `unit`. */
  worldTotal2024: Maybe<Scalars['Float']['output']>;
  /** The basis of worldTotal2023/2024: production, capacity or reserves (the measure's primary basis). */
  worldTotalBasis: Maybe<Scalars['String']['output']>;
  /** How the world total is made up (aggregates, rounding), as USGS states it. */
  worldTotalNote: Maybe<Scalars['String']['output']>;
};


/** A USGS commodity measure (commodity × type, e.g. Gallium — Primary production). */
export type MeasureRelationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<DirectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of Measure entities. */
export type MeasureConnection = {
  __typename?: 'MeasureConnection';
  /** The entities of this page, each with its cursor. */
  edges: Array<MeasureEdge>;
  /** All the entities matching the filter (every page), counted and summed per group: see Group. */
  groups: Array<Group>;
  /** Whether more pages exist, and the cursors of this one. */
  pageInfo: PageInfo;
  /** How many match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of Measure entities. */
export type MeasureConnectionGroupsArgs = {
  by: GroupBy;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One Measure in a page, with its opaque cursor (pass it as `after` to get what follows). */
export type MeasureEdge = {
  __typename?: 'MeasureEdge';
  /** Opaque cursor of this row; pass it as `after` (with the same orderBy) for the rows that follow. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Measure;
};

/** Filters for Measure lists; all given conditions must hold. */
export type MeasureFilter = {
  /** Equal to this USGS commodity, e.g. Gallium. */
  commodity?: InputMaybe<Scalars['String']['input']>;
  /** Exactly this id. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** One of these ids (at most 1000); an empty list matches nothing. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The name, compared folded: equal to this ignoring case, accents, compatibility forms (`ﬁ`, full-width letters) and punctuation; aliases are not read (`Türkiye` finds Türkiye, `Ivory Coast` nothing). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases containing this, all folded (case, accents, compatibility forms and punctuation ignored): `cote d ivoire` and `ivory coast` find Côte d’Ivoire, `uk` finds United Kingdom (alias UK) and Ukraine. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases starting with this, all folded as in nameContains: `usa` finds United States. */
  nameStartsWith?: InputMaybe<Scalars['String']['input']>;
  /** Relationships it must have, all of them (at most 5): e.g. LOCATED_IN country:KZ, or PARTY_TO an agreement that COVERS metal:gallium. An empty list matches nothing. */
  related?: InputMaybe<Array<RelatedFilter>>;
  /** Equal to this unit, e.g. kilograms. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Sort order of a Measure list (default: NAME ASC). */
export type MeasureOrder = {
  /** ASC (missing values last) or DESC (missing values first). */
  direction?: OrderDirection;
  /** What to sort by. */
  field?: MeasureOrderField;
};

/** Fields a Measure list can be sorted by; ties are broken by id. */
export type MeasureOrderField =
  /** Commodity. */
  | 'COMMODITY'
  /** Typed id. */
  | 'ID'
  /** Name, case-insensitive. */
  | 'NAME'
  /** World total 2023 (in each measure’s unit). */
  | 'WORLD_TOTAL_2023'
  /** World total 2024 (in each measure’s unit). */
  | 'WORLD_TOTAL_2024';

/** MEASURES: a USGS measure measures a metal or product. */
export type MeasuredItemEdge = {
  __typename?: 'MeasuredItemEdge';
  /** Metal or Product. */
  item: Entity;
  /** The USGS measure. */
  measure: Measure;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
};

/** An element or metal commodity (gallium, germanium, antimony, aluminium, iron…). */
export type Metal = Entity & Node & {
  __typename?: 'Metal';
  /** Other names and abbreviations. */
  aliases: Array<Scalars['String']['output']>;
  /** Claims about it (ABOUT, incoming). */
  claims: Array<ClaimSubjectEdge>;
  /** Agreements covering it (COVERS, incoming). */
  coveredBy: Array<AgreementCoverageEdge>;
  /** What is derived from it (DERIVED_FROM, incoming). */
  derivatives: Array<DerivationEdge>;
  /** What it is derived from (DERIVED_FROM, outgoing), e.g. gallium from alumina. */
  derivedFrom: Array<DerivationEdge>;
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** Typed id, e.g. `metal:gallium`. */
  id: Scalars['ID']['output'];
  /** Always Metal. */
  label: Label;
  /** USGS measures of it (MEASURES, incoming). */
  measures: Array<MeasuredItemEdge>;
  /** Name as the sources give it. */
  name: Scalars['String']['output'];
  /**
   * Who produces it (PRODUCES, incoming: countries, facilities, companies), largest share first;
   * optionally only one `year`, one `basis` (production or capacity) or one USGS `measureId` (a
   * measure of another item is BAD_USER_INPUT naming `measureId`, not an empty list).
   */
  producers: Array<ProductionEdge>;
  /** Every relationship of this entity, of the given types (all when omitted), in the given direction (BOTH by default), at most `first` (0–500, default 50). */
  relations: Array<EntityRelation>;
  /** Who holds reserves of it (HOLDS_RESERVES, incoming), largest share first; a `measureId` of another item is BAD_USER_INPUT naming `measureId`. */
  reserves: Array<ReservesEdge>;
  /** Policies restricting it (RESTRICTS, incoming). */
  restrictedBy: Array<RestrictionEdge>;
  /** The sources that state this entity. */
  sources: Array<Source>;
  /** Chemical symbol, e.g. Ga. */
  symbol: Maybe<Scalars['String']['output']>;
  /** Industries it is used in (USED_IN), with the end-use share in percent where known. */
  usedIn: Array<EndUseEdge>;
};


/** An element or metal commodity (gallium, germanium, antimony, aluminium, iron…). */
export type MetalProducersArgs = {
  basis?: InputMaybe<Basis>;
  measureId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An element or metal commodity (gallium, germanium, antimony, aluminium, iron…). */
export type MetalRelationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<DirectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** An element or metal commodity (gallium, germanium, antimony, aluminium, iron…). */
export type MetalReservesArgs = {
  measureId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Metal entities. */
export type MetalConnection = {
  __typename?: 'MetalConnection';
  /** The entities of this page, each with its cursor. */
  edges: Array<MetalEdge>;
  /** All the entities matching the filter (every page), counted and summed per group: see Group. */
  groups: Array<Group>;
  /** Whether more pages exist, and the cursors of this one. */
  pageInfo: PageInfo;
  /** How many match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of Metal entities. */
export type MetalConnectionGroupsArgs = {
  by: GroupBy;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One Metal in a page, with its opaque cursor (pass it as `after` to get what follows). */
export type MetalEdge = {
  __typename?: 'MetalEdge';
  /** Opaque cursor of this row; pass it as `after` (with the same orderBy) for the rows that follow. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Metal;
};

/** Filters for Metal lists; all given conditions must hold. */
export type MetalFilter = {
  /** Exactly this id. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** One of these ids (at most 1000); an empty list matches nothing. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The name, compared folded: equal to this ignoring case, accents, compatibility forms (`ﬁ`, full-width letters) and punctuation; aliases are not read (`Türkiye` finds Türkiye, `Ivory Coast` nothing). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases containing this, all folded (case, accents, compatibility forms and punctuation ignored): `cote d ivoire` and `ivory coast` find Côte d’Ivoire, `uk` finds United Kingdom (alias UK) and Ukraine. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases starting with this, all folded as in nameContains: `usa` finds United States. */
  nameStartsWith?: InputMaybe<Scalars['String']['input']>;
  /** Relationships it must have, all of them (at most 5): e.g. LOCATED_IN country:KZ, or PARTY_TO an agreement that COVERS metal:gallium. An empty list matches nothing. */
  related?: InputMaybe<Array<RelatedFilter>>;
  /** Chemical symbol, e.g. Ga. */
  symbol?: InputMaybe<Scalars['String']['input']>;
};

/** Sort order of a Metal list (default: NAME ASC). */
export type MetalOrder = {
  /** ASC (missing values last) or DESC (missing values first). */
  direction?: OrderDirection;
  /** What to sort by. */
  field?: MetalOrderField;
};

/** Fields a Metal list can be sorted by; ties are broken by id. */
export type MetalOrderField =
  /** Typed id. */
  | 'ID'
  /** Name, case-insensitive. */
  | 'NAME'
  /** Symbol. */
  | 'SYMBOL';

/** An amount of money in its currency, e.g. 20000000 USD atLeast. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['Float']['output'];
  bound: Bound;
  /** ISO 4217 code. */
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Applies the graph schema (constraints and indexes; each only if missing). Needs role admin. True when done. */
  applySchema: Maybe<Scalars['Boolean']['output']>;
  /**
   * Validates and loads one dataset (the content of a dataset file, as JSON) in one transaction:
   * nodes and relationships are merged on their ids, so loading the same dataset twice changes
   * nothing. Needs role editor. Errors: BAD_USER_INPUT with `extensions.issues` (file, record,
   * field, message of each problem) when the dataset is invalid; nothing is written then.
   */
  loadDataset: Maybe<LoadResult>;
  /**
   * Retracts a fact: a node by `id`, a relationship by its ends, type and key, or a whole source
   * (the `id` of a Source), which takes along the facts that only it states; facts with other
   * sources stay and cite the others. The fact leaves every query and feed and keeps
   * `retractedAt`, `retractedBy` (this key's name) and `retractionReason`. Bumps the graph
   * version in the same transaction. Needs role editor. Errors: BAD_USER_INPUT (malformed id or
   * type, blank reason, already retracted), NOT_FOUND (no such fact; `extensions.argument` names
   * `fact.id`, the end `fact.relationship.from` or `fact.relationship.to` whose id names nothing,
   * or `fact.relationship` when both ends exist but no such relationship joins them); nothing is
   * written then.
   */
  retractFact: Maybe<Retraction>;
  /**
   * Undoes a retraction: the fact (for a source, with the facts its retraction took along) answers
   * again exactly as before. Needs role editor. Errors: BAD_USER_INPUT (not retracted, or taken
   * along by a source: undo the source's retraction), NOT_FOUND.
   */
  undoRetraction: Maybe<Retraction>;
};


export type MutationLoadDatasetArgs = {
  content: Scalars['JSON']['input'];
  name: Scalars['String']['input'];
};


export type MutationRetractFactArgs = {
  fact: FactInput;
  reason: Scalars['String']['input'];
};


export type MutationUndoRetractionArgs = {
  fact: FactInput;
};

/** Anything with a stable, typed id. */
export type Node = {
  /** Typed id: `<prefix>:<slug>`, e.g. `company:erg`, `country:KZ` (ISO 3166-1 alpha-2). */
  id: Scalars['ID']['output'];
};

/** Sort direction. ASC puts missing values last, DESC first (so DESC is exactly ASC reversed). */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

/**
 * Relay page information. A client pages by passing `endCursor` as `after` while `hasNextPage` is
 * true. An empty page (`first: 0`, or nothing left after `after`) read no row: its `startCursor` and
 * `endCursor` are the `after` it was asked with (null without one), so continuing from `endCursor`
 * starts at the same row, and `hasNextPage` says whether rows follow that position.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last row of this page; pass it as `after` for the next page. For an empty page the `after` passed (null without one). */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more rows follow this page (with `first: 0`: when any row follows `after`). */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when `after` was given (a page before this one exists). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first row of this page; for an empty page the `after` passed (null without one). */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A connection between two entities. */
export type Path = {
  __typename?: 'Path';
  hops: Array<Hop>;
  length: Scalars['Int']['output'];
  /** From the first entity to the second. */
  nodes: Array<Entity>;
};

/** A person or family (as shareholders). */
export type Person = Entity & Node & {
  __typename?: 'Person';
  /** Other names and abbreviations. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** Typed id, e.g. `person:chodiev`. */
  id: Scalars['ID']['output'];
  /** Always Person. */
  label: Label;
  /** Name as the sources give it. */
  name: Scalars['String']['output'];
  /** Every relationship of this entity, of the given types (all when omitted), in the given direction (BOTH by default), at most `first` (0–500, default 50). */
  relations: Array<EntityRelation>;
  /** Companies this person holds shares in (SHAREHOLDER_OF), with percent held. */
  shareholdings: Array<ShareholdingEdge>;
  /** The sources that state this entity. */
  sources: Array<Source>;
};


/** A person or family (as shareholders). */
export type PersonRelationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<DirectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of Person entities. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The entities of this page, each with its cursor. */
  edges: Array<PersonEdge>;
  /** All the entities matching the filter (every page), counted and summed per group: see Group. */
  groups: Array<Group>;
  /** Whether more pages exist, and the cursors of this one. */
  pageInfo: PageInfo;
  /** How many match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of Person entities. */
export type PersonConnectionGroupsArgs = {
  by: GroupBy;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One Person in a page, with its opaque cursor (pass it as `after` to get what follows). */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque cursor of this row; pass it as `after` (with the same orderBy) for the rows that follow. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Person;
};

/** Filters for Person lists; all given conditions must hold. */
export type PersonFilter = {
  /** Exactly this id. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** One of these ids (at most 1000); an empty list matches nothing. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The name, compared folded: equal to this ignoring case, accents, compatibility forms (`ﬁ`, full-width letters) and punctuation; aliases are not read (`Türkiye` finds Türkiye, `Ivory Coast` nothing). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases containing this, all folded (case, accents, compatibility forms and punctuation ignored): `cote d ivoire` and `ivory coast` find Côte d’Ivoire, `uk` finds United Kingdom (alias UK) and Ukraine. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases starting with this, all folded as in nameContains: `usa` finds United States. */
  nameStartsWith?: InputMaybe<Scalars['String']['input']>;
  /** Relationships it must have, all of them (at most 5): e.g. LOCATED_IN country:KZ, or PARTY_TO an agreement that COVERS metal:gallium. An empty list matches nothing. */
  related?: InputMaybe<Array<RelatedFilter>>;
};

/** Sort order of a Person list (default: NAME ASC). */
export type PersonOrder = {
  /** ASC (missing values last) or DESC (missing values first). */
  direction?: OrderDirection;
  /** What to sort by. */
  field?: PersonOrderField;
};

/** Fields a Person list can be sorted by; ties are broken by id. */
export type PersonOrderField =
  /** Typed id. */
  | 'ID'
  /** Name, case-insensitive. */
  | 'NAME';

/** An export control or similar measure, or its suspension. */
export type Policy = Entity & Node & {
  __typename?: 'Policy';
  /** Other names and abbreviations. */
  aliases: Array<Scalars['String']['output']>;
  /** Claims about it (ABOUT, incoming). */
  claims: Array<ClaimSubjectEdge>;
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** Typed id, e.g. `policy:cn-mofcom-2023-23`. */
  id: Scalars['ID']['output'];
  /** Countries imposing it (IMPOSES, incoming). */
  imposedBy: Array<PolicyImpositionEdge>;
  /** Date issued, ISO `YYYY-MM-DD`. */
  issuedDate: Maybe<Scalars['String']['output']>;
  /** How precisely issuedDate is known. */
  issuedDatePrecision: Maybe<DatePrecision>;
  /** Always Policy. */
  label: Label;
  /** Name as the sources give it. */
  name: Scalars['String']['output'];
  /** exportLicensing, exportBan or suspension. */
  policyType: Scalars['String']['output'];
  /** Official reference, e.g. MOFCOM/GACC Announcement No. 23 of 2023. */
  reference: Maybe<Scalars['String']['output']>;
  /** Every relationship of this entity, of the given types (all when omitted), in the given direction (BOTH by default), at most `first` (0–500, default 50). */
  relations: Array<EntityRelation>;
  /** Metals and products it restricts (RESTRICTS). */
  restricts: Array<RestrictionEdge>;
  /** The sources that state this entity. */
  sources: Array<Source>;
  /** Where the policy stands today (UTC), from its validity and suspensions: announced, inForce, suspended or ended. */
  status: Maybe<Status>;
  /** Policies suspending it (SUSPENDS, incoming), with the suspension's period. */
  suspendedBy: Array<SuspensionEdge>;
  /** Policies it suspends (SUSPENDS, outgoing), with the suspension's period. */
  suspends: Array<SuspensionEdge>;
  /** Countries it targets (TARGETS). */
  targets: Array<PolicyTargetEdge>;
  /** When it applies (validFrom / validTo with precision). */
  validity: Maybe<Validity>;
};


/** An export control or similar measure, or its suspension. */
export type PolicyRelationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<DirectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of Policy entities. */
export type PolicyConnection = {
  __typename?: 'PolicyConnection';
  /** The entities of this page, each with its cursor. */
  edges: Array<PolicyEdge>;
  /** All the entities matching the filter (every page), counted and summed per group: see Group. */
  groups: Array<Group>;
  /** Whether more pages exist, and the cursors of this one. */
  pageInfo: PageInfo;
  /** How many match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of Policy entities. */
export type PolicyConnectionGroupsArgs = {
  by: GroupBy;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One Policy in a page, with its opaque cursor (pass it as `after` to get what follows). */
export type PolicyEdge = {
  __typename?: 'PolicyEdge';
  /** Opaque cursor of this row; pass it as `after` (with the same orderBy) for the rows that follow. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Policy;
};

/** Filters for Policy lists; all given conditions must hold. */
export type PolicyFilter = {
  /** Exactly this id. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** One of these ids (at most 1000); an empty list matches nothing. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Issued on or after this calendar day (YYYY-MM-DD). */
  issuedAfter?: InputMaybe<Scalars['String']['input']>;
  /** Issued on or before this calendar day (YYYY-MM-DD). */
  issuedBefore?: InputMaybe<Scalars['String']['input']>;
  /** The name, compared folded: equal to this ignoring case, accents, compatibility forms (`ﬁ`, full-width letters) and punctuation; aliases are not read (`Türkiye` finds Türkiye, `Ivory Coast` nothing). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases containing this, all folded (case, accents, compatibility forms and punctuation ignored): `cote d ivoire` and `ivory coast` find Côte d’Ivoire, `uk` finds United Kingdom (alias UK) and Ukraine. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases starting with this, all folded as in nameContains: `usa` finds United States. */
  nameStartsWith?: InputMaybe<Scalars['String']['input']>;
  /** exportLicensing, exportBan or suspension. */
  policyType?: InputMaybe<Scalars['String']['input']>;
  /** Equal to this official reference. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Relationships it must have, all of them (at most 5): e.g. LOCATED_IN country:KZ, or PARTY_TO an agreement that COVERS metal:gallium. An empty list matches nothing. */
  related?: InputMaybe<Array<RelatedFilter>>;
  /** Equal to this status. */
  status?: InputMaybe<Status>;
  /** Valid from on or after this calendar day (YYYY-MM-DD). */
  validFromAfter?: InputMaybe<Scalars['String']['input']>;
  /** Valid from on or before this calendar day (YYYY-MM-DD). */
  validFromBefore?: InputMaybe<Scalars['String']['input']>;
};

/** IMPOSES: a country imposes a policy. */
export type PolicyImpositionEdge = {
  __typename?: 'PolicyImpositionEdge';
  /** The country. */
  country: Country;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** The policy. */
  policy: Policy;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
};

/** Sort order of a Policy list (default: NAME ASC). */
export type PolicyOrder = {
  /** ASC (missing values last) or DESC (missing values first). */
  direction?: OrderDirection;
  /** What to sort by. */
  field?: PolicyOrderField;
};

/** Fields a Policy list can be sorted by; ties are broken by id. */
export type PolicyOrderField =
  /** Typed id. */
  | 'ID'
  /** IssuedDate (ISO date). */
  | 'ISSUED_DATE'
  /** Name, case-insensitive. */
  | 'NAME'
  /** ValidFrom (ISO date). */
  | 'VALID_FROM';

/** A measure's status on a given date. */
export type PolicyStatusAsOf =
  | 'ended'
  | 'inForce'
  | 'notYetInForce'
  | 'suspended';

/** TARGETS: a policy targets a country. */
export type PolicyTargetEdge = {
  __typename?: 'PolicyTargetEdge';
  /** The country. */
  country: Country;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** The policy. */
  policy: Policy;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
};

/** One producing country in a supply-concentration answer. */
export type ProducerShare = {
  __typename?: 'ProducerShare';
  /** True when the what-if added this producer. */
  added: Scalars['Boolean']['output'];
  country: Country;
  /** USGS estimate (the 2024 columns are estimates). */
  estimated: Maybe<Scalars['Boolean']['output']>;
  /** Why there is no figure: withheld, not available… */
  noValueReason: Maybe<Scalars['String']['output']>;
  note: Maybe<Scalars['String']['output']>;
  /** Quantity in the answer's `baseUnit` (t for a mass measure, else the measure's unit); null when USGS gives no figure or it does not convert to the base unit (`noValueReason` says why). */
  quantityBase: Maybe<Scalars['Float']['output']>;
  /** 1 = largest; null when there is no figure. */
  rank: Maybe<Scalars['Int']['output']>;
  /** The figure as USGS reports it (e.g. 750000 kilograms); null when added by a what-if. */
  reported: Maybe<Quantity>;
  /** Percent of the denominator (0–100). */
  sharePct: Maybe<Scalars['Float']['output']>;
  sources: Array<Source>;
  /**
   * Quantity in metric tons; null when USGS gives no figure or the measure is not a mass.
   * @deprecated Use quantityBase, in baseUnit: it also holds figures of measures that are not a mass.
   */
  tonnes: Maybe<Scalars['Float']['output']>;
};

/** An ore, intermediate or mineral product (bauxite, alumina, iron-ore pellets, hot briquetted iron…). */
export type Product = Entity & Node & {
  __typename?: 'Product';
  /** Other names and abbreviations. */
  aliases: Array<Scalars['String']['output']>;
  /** Claims about it (ABOUT, incoming). */
  claims: Array<ClaimSubjectEdge>;
  /** Agreements covering it (COVERS, incoming). */
  coveredBy: Array<AgreementCoverageEdge>;
  /** What is derived from it (DERIVED_FROM, incoming). */
  derivatives: Array<DerivationEdge>;
  /** What it is derived from (DERIVED_FROM, outgoing), e.g. alumina from bauxite. */
  derivedFrom: Array<DerivationEdge>;
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** Typed id, e.g. `product:alumina`. */
  id: Scalars['ID']['output'];
  /** Always Product. */
  label: Label;
  /** USGS measures of it (MEASURES, incoming). */
  measures: Array<MeasuredItemEdge>;
  /** Name as the sources give it. */
  name: Scalars['String']['output'];
  /** Who produces it (PRODUCES, incoming), largest share first; optional filters as on Metal (a `measureId` of another item is BAD_USER_INPUT naming `measureId`). */
  producers: Array<ProductionEdge>;
  /** Every relationship of this entity, of the given types (all when omitted), in the given direction (BOTH by default), at most `first` (0–500, default 50). */
  relations: Array<EntityRelation>;
  /** Who holds reserves of it (HOLDS_RESERVES, incoming), largest share first; a `measureId` of another item is BAD_USER_INPUT naming `measureId`. */
  reserves: Array<ReservesEdge>;
  /** Policies restricting it (RESTRICTS, incoming). */
  restrictedBy: Array<RestrictionEdge>;
  /** The sources that state this entity. */
  sources: Array<Source>;
  /** Industries it is used in (USED_IN), with the end-use share in percent where known. */
  usedIn: Array<EndUseEdge>;
};


/** An ore, intermediate or mineral product (bauxite, alumina, iron-ore pellets, hot briquetted iron…). */
export type ProductProducersArgs = {
  basis?: InputMaybe<Basis>;
  measureId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** An ore, intermediate or mineral product (bauxite, alumina, iron-ore pellets, hot briquetted iron…). */
export type ProductRelationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<DirectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** An ore, intermediate or mineral product (bauxite, alumina, iron-ore pellets, hot briquetted iron…). */
export type ProductReservesArgs = {
  measureId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Product entities. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** The entities of this page, each with its cursor. */
  edges: Array<ProductEdge>;
  /** All the entities matching the filter (every page), counted and summed per group: see Group. */
  groups: Array<Group>;
  /** Whether more pages exist, and the cursors of this one. */
  pageInfo: PageInfo;
  /** How many match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of Product entities. */
export type ProductConnectionGroupsArgs = {
  by: GroupBy;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One Product in a page, with its opaque cursor (pass it as `after` to get what follows). */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Opaque cursor of this row; pass it as `after` (with the same orderBy) for the rows that follow. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Product;
};

/** Filters for Product lists; all given conditions must hold. */
export type ProductFilter = {
  /** Exactly this id. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** One of these ids (at most 1000); an empty list matches nothing. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The name, compared folded: equal to this ignoring case, accents, compatibility forms (`ﬁ`, full-width letters) and punctuation; aliases are not read (`Türkiye` finds Türkiye, `Ivory Coast` nothing). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases containing this, all folded (case, accents, compatibility forms and punctuation ignored): `cote d ivoire` and `ivory coast` find Côte d’Ivoire, `uk` finds United Kingdom (alias UK) and Ukraine. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases starting with this, all folded as in nameContains: `usa` finds United States. */
  nameStartsWith?: InputMaybe<Scalars['String']['input']>;
  /** Relationships it must have, all of them (at most 5): e.g. LOCATED_IN country:KZ, or PARTY_TO an agreement that COVERS metal:gallium. An empty list matches nothing. */
  related?: InputMaybe<Array<RelatedFilter>>;
};

/** Sort order of a Product list (default: NAME ASC). */
export type ProductOrder = {
  /** ASC (missing values last) or DESC (missing values first). */
  direction?: OrderDirection;
  /** What to sort by. */
  field?: ProductOrderField;
};

/** Fields a Product list can be sorted by; ties are broken by id. */
export type ProductOrderField =
  /** Typed id. */
  | 'ID'
  /** Name, case-insensitive. */
  | 'NAME';

/** PRODUCES: a facility, country or company produces (or has capacity for) a metal or product. */
export type ProductionEdge = {
  __typename?: 'ProductionEdge';
  /** The same in metric tons (t), for USGS mass figures. */
  baseQuantity: Maybe<Quantity>;
  /** production or capacity. */
  basis: Maybe<Basis>;
  /** True when the source marks the figure as estimated. */
  estimated: Maybe<Scalars['Boolean']['output']>;
  /** What is produced (Metal or Product). */
  item: Entity;
  /** Tells apart parallel figures (measure, basis, year). */
  key: Maybe<Scalars['String']['output']>;
  /** The USGS measure the figure belongs to. */
  measure: Maybe<Measure>;
  /** Why there is no figure (withheld, not available…); never read as zero. */
  noValueReason: Maybe<Scalars['String']['output']>;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** The producer (Facility, Country or Company). */
  producer: Entity;
  /** Output or capacity in the stated unit, e.g. 15 t/yr, 750000 kilograms. */
  quantity: Maybe<Quantity>;
  /** Share of the world total of the same measure and year, percent (0–100). */
  sharePct: Maybe<Scalars['Float']['output']>;
  /** How far sharePct binds (exact, atLeast, atMost, approximate). */
  sharePctBound: Maybe<Bound>;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
  /** Calendar year of the figure. */
  year: Maybe<Scalars['Int']['output']>;
};

/** A quantity with its unit and bound, e.g. 15 t/yr exact. */
export type Quantity = {
  __typename?: 'Quantity';
  bound: Bound;
  /** Unit as stated, e.g. t/yr, kilograms, metric tons, %. */
  unit: Maybe<Scalars['String']['output']>;
  value: Scalars['Float']['output'];
};

/** A sum of stated quantities in one unit (15 t/yr and 2 Mt/yr stay two sums). */
export type QuantitySum = {
  __typename?: 'QuantitySum';
  /** exact when every figure is exact; atLeast (atMost) when every figure is exact or atLeast (atMost); approximate otherwise. */
  bound: Bound;
  /** How many figures were summed. */
  count: Scalars['Int']['output'];
  /** True when the sum exceeds the largest double and `value` is capped there. */
  overflow: Scalars['Boolean']['output'];
  /** The unit as stated, e.g. t/yr (figures without a unit are never summed: see Group.unsummed). */
  unit: Scalars['String']['output'];
  /** The sum of the figures, in `unit`; at most the largest double (1.7976931348623157e308), with `overflow` true when the exact sum is larger. */
  value: Scalars['Float']['output'];
};

/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type Query = {
  __typename?: 'Query';
  /** Offtake, supply and technology contracts. Relay connection; `first` is 0–100 (default 20). */
  agreements: Maybe<AgreementConnection>;
  /** One source's statement of one attribute. Relay connection; `first` is 0–100 (default 20). */
  claims: Maybe<ClaimConnection>;
  /** Companies and company units. Relay connection; `first` is 0–100 (default 20). */
  companies: Maybe<CompanyConnection>;
  /** Countries (ISO 3166-1). Relay connection; `first` is 0–100 (default 20). */
  countries: Maybe<CountryConnection>;
  /** The database behind this service: its product name, version and edition. */
  database: Maybe<DatabaseInfo>;
  /**
   * What `entityId` depends on, hop by hop (Q7: Mitsubishi Corporation's gallium supply).
   *
   * Hops follow an allow-listed table of dependency steps (src/graphql/chains/steps.ts): a buyer
   * or client depends on its agreement (PARTY_TO), an agreement on its seller or contractor
   * (PARTY_TO reversed) and on what it COVERS, a parent on its subsidiaries (SUBSIDIARY_OF
   * reversed), a buyer on its supplier (SUPPLIES reversed), a company on the facilities it
   * OPERATES, a facility on its country (LOCATED_IN), technology (USES_TECHNOLOGY) and, through
   * its output (PRODUCES, always followed by DERIVED_FROM), on the materials that output is made
   * from, a technology on its provider (PROVIDED_BY), a material on what it is DERIVED_FROM,
   * a metal on the policies that restrict it (RESTRICTS reversed), a policy on the country that
   * IMPOSES it, an industry on the metals used in it (USED_IN reversed), an importing country on
   * its sources (IMPORTS_FROM), a country on the policies that target it (TARGETS reversed).
   *
   * - `metalId` (a metal or product) keeps only chains concerning it: no hop may be about another
   *   material (agreements covering it, SUPPLIES of it, facilities producing or shipping it or a
   *   material it is made from…), at least one hop must be about it, and no chain ends on a bare
   *   SUBSIDIARY_OF hop.
   * - `maxDepth`: hops per chain, 1–8 (default 6). `first`: chains returned, 0–200 (default 20; 0: none, with
   *   `totalChains` and `truncated` as for any page).
   * - `asOf` (YYYY-MM-DD): only facts in force that day are crossed: a relationship or node with
   *   validFrom/validTo is in force when validFrom <= asOf < validTo; no validity = in force.
   *   Without asOf, every fact counts whatever its dates.
   * - Only maximal chains are returned (none is a prefix of another); no node repeats in a chain.
   * - Order: by `relevance`, then fewer hops. base = evidence × reach × 0.97^(hops − 1), where
   *   evidence is the geometric mean over the hops of 1 − 0.5^(sources + q) (q = 1 when the hop
   *   states a quantity, money or a share) and reach weighs the terminal: Country, Metal,
   *   Product 1; Policy 0.9; Facility, Technology 0.8; anything else 0.6. So that the first
   *   chains show different facts, relevance = base × (0.5 + 0.5 × novelty), novelty being the
   *   share of the chain's hops that no chain listed before it holds; chains are listed
   *   greedily by that value, which therefore never increases down the list.
   * - `kinds`: the exposure kinds whose steps are followed (see ExposureKind; default SUPPLY,
   *   the steps above). With COMMERCIAL and OWNERSHIP, "what is Kobe Steel exposed to" reaches
   *   the Rudny HBI plant through its subsidiary Midrex's contract. Each hop and chain says its
   *   kinds. `kinds: []` follows no step: no chains.
   * - Cost: the walk goes one depth level at a time, at most maxDepth + 2 database round trips
   *   whatever the number of paths (so does exposure); see `truncated` for its bounds.
   *
   * Errors: BAD_USER_INPUT (malformed id or date, bound out of range), NOT_FOUND (unknown entity
   * or metal, naming `entityId` or `metalId`).
   */
  dependencyChains: Maybe<DependencyChainResult>;
  /**
   * Export-control measures a country imposes (Q5): the metals and products each restricts, its
   * dates, the countries it targets, and its status on `asOf` (YYYY-MM-DD; default: the current
   * date in UTC, which differs from a local calendar near midnight): notYetInForce
   * before it takes effect, suspended while a suspension is in force, ended after validTo,
   * otherwise inForce. Errors: BAD_USER_INPUT for a date that is not a real YYYY-MM-DD or a
   * malformed id; NOT_FOUND for a country or item not in the graph.
   */
  exportControls: Maybe<Array<ExportControl>>;
  /**
   * Who is exposed to `entityId` (a country, company, facility, policy, metal…): the exposure
   * steps of `kinds` walked backwards (e.g. `country:KZ` for gallium reaches Mitsubishi
   * Corporation; a China export control reaches the metals it restricts and the industries using
   * them, Q6; the Rudny HBI plant reaches Midrex and Primetals commercially, through the
   * technology contract and the MIDREX Flex process, and Kobe Steel and Mitsubishi Heavy
   * Industries through their ownership of them). Each dependent comes with the kinds that reach
   * it and its chains, read from the dependent down to `entityId`.
   *
   * - `kinds`: SUPPLY, COMMERCIAL, OWNERSHIP (see ExposureKind); default all three.
   * - `dependentLabels`: list only dependents with one of these labels (the walk still crosses
   *   the others). `headquarteredIn`: list only dependents headquartered (HEADQUARTERED_IN) in one
   *   of these countries (`country:JP`, at most 50), so companies; "Japanese companies exposed to
   *   the Rudny HBI plant" is `headquarteredIn: ["country:JP"]`. Empty lists (`kinds: []`,
   *   `dependentLabels: []`, `headquarteredIn: []`) match nothing: no dependents.
   * - `metalId`, `maxDepth` (1–8, default 6) and `asOf` as for dependencyChains; `first`:
   *   dependents returned, 0–200 (default 50; 0: none, with `totalDependents`). Order: by the best chain's relevance (as for
   *   dependencyChains' base relevance, but reach weighs the dependent: Company, Country,
   *   Industry 1; Facility, Agreement 0.8; anything else 0.6), then fewer hops, then id.
   *
   * Errors: BAD_USER_INPUT (as dependencyChains; a non-country id in `headquarteredIn` or more
   * than 50), NOT_FOUND (unknown entity, metal or headquarters country, naming `entityId`,
   * `metalId` or `headquarteredIn[i]`).
   */
  exposure: Maybe<ExposureResult>;
  /**
   * Reads an article (plain text, Markdown or a saved HTML news page, at most 2 MiB; the article
   * body at most 60,000 characters) and proposes candidate facts in the model's terms, each with
   * the sentence that states it and a confidence. Writes nothing. The same article and graph give
   * the same candidates and ids. Errors: BAD_USER_INPUT (with `extensions.reason` EMPTY, BINARY,
   * TOO_LARGE, NO_ARTICLE or BAD_OPTION) for an empty input, a page with no article, input over
   * the limits or a malformed date or URL.
   */
  extractArticle: Maybe<ArticleExtraction>;
  /** Plants, refineries and mines. Relay connection; `first` is 0–100 (default 20). */
  facilities: Maybe<FacilityConnection>;
  /**
   * Net import reliance of a country per commodity (Q12), from USGS MCS 2025 table T5 (critical
   * minerals) and figure 2: the percentage and the import sources in USGS order (largest first,
   * 2020–2023). `minPct: 100` gives the commodities imported entirely. Errors: BAD_USER_INPUT
   * for a countryId not like country:US, an itemId that is not a metal or product id, or minPct
   * outside 0–100; NOT_FOUND for a country or item not in the graph. A known country without
   * figures answers [].
   */
  importReliance: Maybe<Array<ImportReliance>>;
  /** End uses. Relay connection; `first` is 0–100 (default 20). */
  industries: Maybe<IndustryConnection>;
  /** USGS commodity measures. Relay connection; `first` is 0–100 (default 20). */
  measures: Maybe<MeasureConnection>;
  /** Metals and elements. Relay connection; `first` is 0–100 (default 20). */
  metals: Maybe<MetalConnection>;
  /**
   * An entity and its surroundings, ready to draw: every node within `depth` hops (1–3, default 1)
   * over `types` (all when omitted; `[]`: none, so the entity alone), nearest first, at most `limit` nodes (0–1000, default 200; 0: no nodes, `nodeCount` and `truncated` still say how many were reached),
   * with the relationships of those types between the nodes returned (edges never point to a
   * node that is not in `nodes`), at most `edgeLimit` of them (0–10000, default 1000), ordered so
   * that the cut joins as many pairs of nodes as it can: one relationship of every pair first (the
   * pairs by the later place of their two ends in `nodes`), then the second of every pair that has
   * parallel ones (imports of several commodities between two countries), and so on; parallel
   * ones by type, start id, end id and key. `edgeCount` and `edgesTruncated` say how many there
   * were. A hub has many: the
   * bundled data holds up to 78 relationships per node, and 6,993 among China's 1,000 nearest
   * nodes. Errors: BAD_USER_INPUT (a bound out of range, naming it), NOT_FOUND.
   */
  neighbourhood: Maybe<Graph>;
  /** Any entity by its typed id (`company:erg`, `country:KZ`, `metal:gallium`). Errors: BAD_USER_INPUT for a malformed id, NOT_FOUND for an unknown one. */
  node: Maybe<Node>;
  /**
   * All shortest connections between two entities (Q9), crossing relationships in either
   * direction, of `types` only when given (`[]`: no type, so no path). `maxLength`: at most this many hops, 1–10 (default 6);
   * none when the shortest connection is longer. `first`: paths returned, 0–200 (default 50),
   * ordered by the ids along them. Errors: BAD_USER_INPUT (malformed id, same id twice, bound out
   * of range), NOT_FOUND (naming `fromId` or `toId`; both unknown: both listed, `fromId` named).
   */
  paths: Maybe<Array<Path>>;
  /** People and families (shareholders). Relay connection; `first` is 0–100 (default 20). */
  people: Maybe<PersonConnection>;
  /** Export controls and similar measures. Relay connection; `first` is 0–100 (default 20). */
  policies: Maybe<PolicyConnection>;
  /** Ores, intermediate and mineral products. Relay connection; `first` is 0–100 (default 20). */
  products: Maybe<ProductConnection>;
  /**
   * Entities whose name or aliases match `text`, best first. Forgives typos (one edit per word of
   * 4+ characters) and abbreviations (word prefixes, aliases such as ERG or HBI), and ignores
   * case, accents, ligatures, full-width forms and punctuation (`Tu\u0308rkiye`, `ﬁnland`,
   * `ＧＡＬＬＩＵＭ` and `Ivoire` find Türkiye, Finland, Gallium and Côte d’Ivoire): names and
   * text are folded the same way. Countries are found by their CLDR name, official names and
   * common alternatives (Ivory Coast, DRC, Burma, UK, USA). An entity whose name or an alias
   * equals the text, folded, comes first (match EXACT) however many other names hold that text as
   * a word: `U.S.`, `us` and `USA` find the United States first, `U.K.` and `uk` the United
   * Kingdom, despite the many USGS measures named "… US …". `labels` narrows the search to some
   * kinds of entity (`[]`: none, so no hits); `first` is 0–100 (default 10). Errors with code
   * BAD_USER_INPUT for empty text, text with no letter or digit (punctuation, accents or
   * invisible characters alone), or text longer than 200 characters.
   */
  search: Maybe<Array<SearchHit>>;
  /**
   * Time series from the USGS MCS 2025 salient-statistics tables (one per commodity): a country's
   * figures of each statistic by year, 2020–2024 (2024 estimated) — production, imports,
   * exports, consumption, prices, stocks, employment, net import reliance — one series per USGS
   * column, each in its own unit (kilograms, thousand metric tons, dollars per kilogram, cents per
   * pound, percent…) with its bound (`>75` is atLeast) or the reason there is no figure (withheld,
   * not available, net exporter). Narrow by `statistics`, by `form` (words of the column, e.g.
   * "High-purity") and by years. Source: USGS Mineral Commodity Summaries 2025 data release,
   * DOI 10.5066/P13XCP3R, `salient/mcs2025-<code>_salient.csv`. `statistics: []` matches nothing.
   * Errors: NOT_FOUND for an unknown item or country; BAD_USER_INPUT for a malformed id, a basis
   * that is no salient statistic (capacity, reserves, endUse), a year outside 1900–2100 or
   * fromYear after toYear.
   */
  series: Maybe<Array<StatisticSeries>>;
  /** Documents and datasets. Relay connection; `first` is 0–100 (default 20). */
  sources: Maybe<SourceConnection>;
  /**
   * Supply concentration of one USGS production measure in one year (Q3, Q4, Q11): each
   * producing country's quantity and share of world output, the
   * Herfindahl–Hirschman index (0–10,000) and the top producer. What-if: `excludeCountries`
   * ("without China") and `addSupply` / `addPlannedCapacityOf` ("with Kazakhstan's 15 t/yr").
   * Give `measureId`, or `itemId` when the item has a single USGS measure. The answer states
   * its formula, denominator (how it was formed: `denominatorMethod`, `denominator`) and
   * sources. Shares add up to at most 100 % and the HHI stays within 0–10,000: when the world
   * total minus the excluded producers falls below what the listed producers add up to (USGS
   * totals are rounded), the listed sum is the denominator. `basis: capacity` divides by the
   * published world capacity total, `basis: reserves` by the published world reserves total
   * (`worldTotal` is then that total). Production and capacity are yearly flows in `year`;
   * reserves are a stock, what is known at the end of `year` (USGS gives 2024 only), in the
   * measure's unit (reserves USGS states in another unit are converted to it), so
   * `addPlannedCapacityOf` (a yearly capacity) is refused with them and `addSupply` adds reserves
   * of at most 10^12 t. Units: every quantity of the answer is in `baseUnit`, the base of the
   * measure's unit family (`unitFamily`): metric tons (t) for a mass measure, the measure's own unit
   * otherwise (helium in million cubic meters, diamonds in million or thousand carats); figures of
   * another family are never added to them. Shares are double-precision quotients; where they would
   * add up, as listed, to more than 100 by rounding, the largest is lowered by that excess (below
   * 10^-12 percentage points), so the listed `sharePct` never add up to more than 100. Source: USGS Mineral Commodity Summaries 2025 (DOI 10.5066/P13XCP3R),
   * world production, capacity and reserves table.
   * Errors: NOT_FOUND for an unknown measure, item, excluded or added country or facility, or a
   * facility stating no capacity for the item, naming the argument (`excludeCountries[2]`,
   * `addSupply[1].countryId`, `addPlannedCapacityOf[0]`; several unknown: the first);
   * BAD_USER_INPUT for neither itemId nor measureId (argument `itemId`), a malformed id, an item
   * with several measures (the message lists them),
   * a `measureId` that does not measure the `itemId` given with it (argument `measureId`; the
   * message lists the item's measures), a basis or year without figures (the message lists the
   * bases and years that have some), an added unit that is unknown, not spelled exactly as listed
   * (`mt` / `MT` are ambiguous: write `t` or `Mt`; white space around it, `"t "`, is refused) or of
   * another family than the measure's unit (argument `addSupply[i].unit`; the message lists the
   * units of the measure's family), an added quantity that is not a positive number of at most
   * 10^10 t (reserves: 10^12 t; units other than mass: 10^12 of the measure's unit) both as given
   * and once converted to the base unit (`5e-324 kg` is 0 t: refused, argument
   * `addSupply[i].quantity`), or supply added (by `addSupply` or `addPlannedCapacityOf`) to a
   * country listed without a figure (withheld, not available…: argument `addSupply[i].countryId` or
   * `addPlannedCapacityOf[i]`): its output is unknown and is never read as 0.
   */
  supplyConcentration: Maybe<SupplyConcentration>;
  /** Processes and technologies. Relay connection; `first` is 0–100 (default 20). */
  technologies: Maybe<TechnologyConnection>;
  /**
   * Concentration along a commodity's value chain, stage by stage (reserves → mine → refinery →
   * smelter for bauxite → alumina → aluminium; rare-earth reserves and mine output; gallium
   * capacity and production) and year by year (2023, 2024): per stage the top producer and its
   * share, the top-three share and the HHI, with the change between the first and last year.
   * Which USGS measure stands for which stage is one table (src/analytics/stages.ts); each stage
   * and year is computed as `supplyConcentration` computes it, with the same denominator rules
   * (the USGS world total of the stage's basis, or the listed producers' sum when that is larger
   * or there is no total: `denominatorMethod`), so shares never add up to more than 100 % and the
   * HHI stays within 0–10,000. Any item of a chain gives the chain (product:bauxite,
   * product:alumina, metal:aluminium). Source: USGS Mineral Commodity Summaries 2025 world table
   * (DOI 10.5066/P13XCP3R); reserves are given for 2024 only. `years: []` gives every stage with
   * no years. Errors: BAD_USER_INPUT for a malformed id, an item with no mapped chain (the message
   * lists the chains) or a year outside 2023–2024; NOT_FOUND for an unknown item.
   */
  valueChainConcentration: Maybe<ValueChainConcentration>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AgreementOrder>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ClaimOrder>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompanyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CompanyOrder>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CountryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CountryOrder>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryDependencyChainsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ExposureKind>>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  metalId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryExportControlsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  countryId?: Scalars['ID']['input'];
  itemId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryExposureArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  dependentLabels?: InputMaybe<Array<Label>>;
  entityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  headquarteredIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  kinds?: InputMaybe<Array<ExposureKind>>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  metalId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryExtractArticleArgs = {
  input: ArticleInput;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryFacilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FacilityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FacilityOrder>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryImportRelianceArgs = {
  countryId?: Scalars['ID']['input'];
  criticalOnly?: InputMaybe<Scalars['Boolean']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  minPct?: InputMaybe<Scalars['Float']['input']>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryIndustriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IndustryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<IndustryOrder>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryMeasuresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MeasureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MeasureOrder>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryMetalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MetalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MetalOrder>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  edgeLimit?: InputMaybe<Scalars['Int']['input']>;
  entityId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  fromId: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
  types?: InputMaybe<Array<RelationshipType>>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PersonOrder>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PolicyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PolicyOrder>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProductOrder>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  labels?: InputMaybe<Array<Label>>;
  text: Scalars['String']['input'];
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QuerySeriesArgs = {
  countryId?: Scalars['ID']['input'];
  form?: InputMaybe<Scalars['String']['input']>;
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  itemId: Scalars['ID']['input'];
  statistics?: InputMaybe<Array<Basis>>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SourceOrder>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QuerySupplyConcentrationArgs = {
  addPlannedCapacityOf?: InputMaybe<Array<Scalars['ID']['input']>>;
  addSupply?: InputMaybe<Array<AddedSupplyInput>>;
  basis?: InputMaybe<Basis>;
  excludeCountries?: InputMaybe<Array<Scalars['ID']['input']>>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  measureId?: InputMaybe<Scalars['ID']['input']>;
  year?: Scalars['Int']['input'];
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryTechnologiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TechnologyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TechnologyOrder>;
};


/**
 * The critical-minerals supply-chain knowledge graph. Every figure carries its unit and the
 * sources that state it. Dates are ISO-8601 strings (`2026-07-01`) with a precision, since many
 * facts are known only to the month, quarter or year.
 *
 * Conventions of every query:
 * - Root fields are nullable: a root field whose arguments are refused (or that fails) is null
 *   with its error in `errors` (its `path` names the field), and the other root fields of the
 *   same request keep their answers.
 * - Date arguments (`asOf`, `…After`, `…Before`) are one calendar day, `YYYY-MM-DD`, years
 *   0000–9999 (a partial date such as `2026-Q4` is refused, the error giving its first and last
 *   day). The default `asOf` is today's UTC date.
 * - List arguments filter to their members: an empty list (`labels: []`, `types: []`,
 *   `idIn: []`, a list filter's `related: []`, a condition's `idIn: []`) matches nothing, so
 *   the answer is empty; leave the argument out (or null) for no filter. What-if lists
 *   (`excludeCountries`, `addSupply`) change nothing when empty.
 * - Text filters have something to compare: an empty or blank value (`""`, white space or
 *   invisible characters alone, e.g. `role: " "`, `unit: ""`, `form: ""`) is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.related[0].role`); name filters (`name`, `nameContains`,
 *   `nameStartsWith`), compared folded, refuse any text that folds to nothing (punctuation
 *   alone too). Leave the filter out for no filter.
 * - A refused argument's `extensions.argument` is its path, as precise as the message: the list
 *   member (`years[0]`, `labels[1]`) or the input field (`input.publishedDate`,
 *   `filter.related[0].type`) at fault.
 * - Ids are typed (`<prefix>:<slug>`: a known prefix, then an ASCII letter or digit and more
 *   letters, digits, `.`, `_` or `-`; a country's slug is its ISO 3166-1 alpha-2 code in capitals,
 *   `country:KZ`; at most 200 characters), the loader's and the feeds' rule. Every `ID` argument,
 *   in input objects too, is checked before its field runs: a malformed id is BAD_USER_INPUT whose
 *   `argument` is its path (`filter.idIn[2]`) and whose message says what an id looks like (the
 *   caller's control and format characters shown as escapes such as `\u202E`); a well-formed id
 *   that names nothing is NOT_FOUND, also in filters such as `itemId` and `measureId` of a field,
 *   whose `argument` is likewise its path, list indices as sent (`fromId`,
 *   `excludeCountries[2]`, `addSupply[1].countryId`, `fact.relationship.to`); when several ids
 *   name nothing, the message lists them all and `argument` names the first (in argument order).
 *   List filters (`idIn`, `filter.id`) keep filter semantics: a well-formed unknown id matches
 *   nothing.
 * - Page sizes (`first`, `limit`) are integers from 0 to the field's maximum; 0 gives an empty
 *   page whose counts (`totalCount`, `totalChains`, `nodeCount`…) are those of any page, and
 *   whose `startCursor` and `endCursor` are the `after` it was given (see `PageInfo`). Traversal bounds (`maxDepth`, `maxLength`, `depth`) start at 1: a walk of no hops asks
 *   nothing. Out of range is BAD_USER_INPUT naming the argument and its range.
 * - Numbers are finite: a Float literal or JSON number beyond ±1.8e308 (`1e400`, read as
 *   Infinity) is BAD_USER_INPUT naming the argument (or variable). Years (`year`, `fromYear`,
 *   `toYear`) are 1900–2100; figure filters (`quantityMin`, `valueMax`…) −10^15 to 10^15;
 *   `minPct` 0–100. An Int literal beyond 32 bits (`maxDepth: 1e400`, `first: 99999999999`) is
 *   refused before anything runs (GRAPHQL_VALIDATION_FAILED, HTTP 400), its message and
 *   `argument` naming the argument's path and its field.
 * - Paging cursors belong to the list and the ordering they came from; another list's or
 *   ordering's cursor is BAD_USER_INPUT.
 * - Text arguments (every `String` and `ID`, in input objects too) are well-formed Unicode (a
 *   lone surrogate such as the JSON escape `\ud800` alone is refused) and at most 200 characters
 *   (UTF-16 code units) unless the argument states a larger maximum (`retractFact`'s `reason`:
 *   1,000; `ArticleInput.text`: 2 MiB, `ArticleInput.url`: 2,000; a paging cursor `after`: 4,000). Beyond is BAD_USER_INPUT whose
 *   `argument` is the argument's path (`addSupply[0].note`).
 */
export type QueryValueChainConcentrationArgs = {
  itemId: Scalars['ID']['input'];
  years?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/**
 * A condition on an entity's relationships: it has at least one relationship of `type`, in
 * `direction` (OUT: it is the start; default: whichever the model allows for the list's label),
 * whose other end and properties match every condition given. One level of `through` applies the
 * same conditions from that other end onwards (companies PARTY_TO an agreement that COVERS
 * metal:gallium). Types and labels come from the model; a type that cannot connect the list's
 * label is BAD_USER_INPUT.
 */
export type RelatedFilter = {
  /** OUT: the listed entity is the relationship's start; IN: its end. Default: as the model allows. */
  direction?: InputMaybe<Direction>;
  /** The other end is one of these ids (at most 100); an empty list matches nothing. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The relationship and the other end are in force on this day (YYYY-MM-DD; validFrom <= day < validTo, no validity = in force). */
  inForceOn?: InputMaybe<Scalars['String']['input']>;
  /** The other end has this label. */
  label?: InputMaybe<Label>;
  /** The relationship's role, case-insensitive (PARTY_TO: buyer, seller, contractor; PROVIDED_BY: process owner…); an empty or blank role is BAD_USER_INPUT. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** The relationship's stored status. */
  status?: InputMaybe<Status>;
  /** The other end must itself have a relationship matching this (one level). */
  through?: InputMaybe<RelatedFilter>;
  /** The relationship type, e.g. LOCATED_IN, PARTY_TO, RESTRICTS. */
  type: RelationshipType;
  /** The relationship's year (figures such as USGS production). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Group by the entity at the other end of a relationship. */
export type RelatedGroup = {
  /** OUT: the listed entity is the start; IN: the end. Default: as the model allows. */
  direction?: InputMaybe<Direction>;
  /** Only other ends with this label. */
  label?: InputMaybe<Label>;
  type: RelationshipType;
};

/** A relationship by its ends, type and key, as the dataset files state it. */
export type RelationshipRefInput = {
  from: Scalars['ID']['input'];
  /** What tells apart parallel relationships of one type between the same nodes (empty when none). */
  key?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['ID']['input'];
  /** A relationship type of the model, e.g. SUPPLIES. */
  type: Scalars['String']['input'];
};

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

/** HOLDS_RESERVES: a country's reserves of a metal or product. */
export type ReservesEdge = {
  __typename?: 'ReservesEdge';
  /** The same in metric tons (t), for mass units. */
  baseQuantity: Maybe<Quantity>;
  /** True when the source marks the figure as estimated. */
  estimated: Maybe<Scalars['Boolean']['output']>;
  /** The country holding the reserves. */
  holder: Country;
  /** Metal or Product. */
  item: Entity;
  /** Tells apart parallel figures (measure, basis, year; or the item). */
  key: Maybe<Scalars['String']['output']>;
  /** The USGS measure the figure belongs to. */
  measure: Maybe<Measure>;
  /** Why there is no figure (e.g. qualitative estimate: large); never read as zero. */
  noValueReason: Maybe<Scalars['String']['output']>;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** Reserves in the stated unit. */
  quantity: Maybe<Quantity>;
  /** Share of world reserves, percent (0–100). */
  sharePct: Maybe<Scalars['Float']['output']>;
  /** How far sharePct binds (exact, atLeast, atMost, approximate). */
  sharePctBound: Maybe<Bound>;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
  /** Calendar year of the figure. */
  year: Maybe<Scalars['Int']['output']>;
};

/** RESTRICTS: a policy restricts a metal or product. */
export type RestrictionEdge = {
  __typename?: 'RestrictionEdge';
  /** Metal or Product. */
  item: Entity;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** The policy. */
  policy: Policy;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
};

/** What a retraction, or its undoing, changed. */
export type Retraction = {
  __typename?: 'Retraction';
  /** For a source: the nodes its retraction took along (or its undo brought back). */
  alsoNodes: Scalars['Int']['output'];
  /** For a source: the relationships its retraction took along (or its undo brought back). */
  alsoRelationships: Scalars['Int']['output'];
  /** The fact as text: `company:erg` or `company:erg -[SUPPLIES]-> company:mitsubishi-corporation`. */
  fact: Scalars['String']['output'];
  /** The graph version after the change (the response cache's key). */
  graphVersion: Scalars['Int']['output'];
  /** True after retractFact, false after undoRetraction. */
  retracted: Scalars['Boolean']['output'];
  /** The key's name (null after an undo). */
  retractedBy: Maybe<Scalars['String']['output']>;
  retractionReason: Maybe<Scalars['String']['output']>;
};

/** One search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  entity: Entity;
  /** How the text matched. */
  match: SearchMatch;
  /** The name or alias the text matched, for tiers EXACT, CLOSE and PREFIX. */
  matchedName: Maybe<Scalars['String']['output']>;
  /**
   * Relevance in [0, 4), higher is better: the integer part is the match tier (3 = the text is a
   * name or alias, 2 = within one typo of one, 1 = the start of one, 0 = some words match), the
   * fraction is the full-text score relative to the best hit.
   */
  score: Scalars['Float']['output'];
};

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

/** One year of a salient statistic. */
export type SeriesPoint = {
  __typename?: 'SeriesPoint';
  /** USGS estimate (the release's latest year, 2024). */
  estimated: Scalars['Boolean']['output'];
  /** Why there is no figure: withheld, not available, net exporter…; never read as zero. */
  noValueReason: Maybe<Scalars['String']['output']>;
  /** How a word or range of the table was read (`Less than ½ unit.`, `500–15,000`). */
  note: Maybe<Scalars['String']['output']>;
  /** The figure as USGS reports it, with its unit and bound; null when there is no figure. */
  quantity: Maybe<Quantity>;
  sources: Array<Source>;
  /** The figure in metric tons, for mass units; null otherwise. */
  tonnes: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

/** SHAREHOLDER_OF: a company, person or country holds shares in a company. */
export type ShareholdingEdge = {
  __typename?: 'ShareholdingEdge';
  /** The company. */
  company: Company;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** How the stake is held, e.g. Ministry of Finance. */
  role: Maybe<Scalars['String']['output']>;
  /** Percent of the company held (0–100). */
  sharePct: Maybe<Scalars['Float']['output']>;
  /** How far sharePct binds (exact, atLeast, atMost, approximate). */
  sharePctBound: Maybe<Bound>;
  /** The shareholder (Company, Person or Country). */
  shareholder: Entity;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
};

/** A document or dataset that states facts: a news article, a company page, a USGS table. */
export type Source = Entity & Node & {
  __typename?: 'Source';
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  doi: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  label: Label;
  name: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  publishedDate: Maybe<Scalars['String']['output']>;
  publishedDatePrecision: Maybe<DatePrecision>;
  publisher: Maybe<Scalars['String']['output']>;
  /** Every relationship of this source (sources are cited by property, so usually none). */
  relations: Array<EntityRelation>;
  retrievedDate: Maybe<Scalars['String']['output']>;
  /** news, company, government, dataset, analyst or filing. */
  sourceType: Scalars['String']['output'];
  /** A Source is its own source. */
  sources: Array<Source>;
  url: Maybe<Scalars['String']['output']>;
};


/** A document or dataset that states facts: a news article, a company page, a USGS table. */
export type SourceRelationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<DirectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of Source entities. */
export type SourceConnection = {
  __typename?: 'SourceConnection';
  /** The entities of this page, each with its cursor. */
  edges: Array<SourceEdge>;
  /** All the entities matching the filter (every page), counted and summed per group: see Group. */
  groups: Array<Group>;
  /** Whether more pages exist, and the cursors of this one. */
  pageInfo: PageInfo;
  /** How many match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of Source entities. */
export type SourceConnectionGroupsArgs = {
  by: GroupBy;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One Source in a page, with its opaque cursor (pass it as `after` to get what follows). */
export type SourceEdge = {
  __typename?: 'SourceEdge';
  /** Opaque cursor of this row; pass it as `after` (with the same orderBy) for the rows that follow. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Source;
};

/** Filters for Source lists; all given conditions must hold. */
export type SourceFilter = {
  /** Exactly this id. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** One of these ids (at most 1000); an empty list matches nothing. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The name, compared folded: equal to this ignoring case, accents, compatibility forms (`ﬁ`, full-width letters) and punctuation; aliases are not read (`Türkiye` finds Türkiye, `Ivory Coast` nothing). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases containing this, all folded (case, accents, compatibility forms and punctuation ignored): `cote d ivoire` and `ivory coast` find Côte d’Ivoire, `uk` finds United Kingdom (alias UK) and Ukraine. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases starting with this, all folded as in nameContains: `usa` finds United States. */
  nameStartsWith?: InputMaybe<Scalars['String']['input']>;
  /** Published on or after this calendar day (YYYY-MM-DD). */
  publishedAfter?: InputMaybe<Scalars['String']['input']>;
  /** Published on or before this calendar day (YYYY-MM-DD). */
  publishedBefore?: InputMaybe<Scalars['String']['input']>;
  /** Equal to this publisher. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Relationships it must have, all of them (at most 5): e.g. LOCATED_IN country:KZ, or PARTY_TO an agreement that COVERS metal:gallium. An empty list matches nothing. */
  related?: InputMaybe<Array<RelatedFilter>>;
  /** news, company, government, dataset, analyst or filing. */
  sourceType?: InputMaybe<Scalars['String']['input']>;
};

/** Sort order of a Source list (default: NAME ASC). */
export type SourceOrder = {
  /** ASC (missing values last) or DESC (missing values first). */
  direction?: OrderDirection;
  /** What to sort by. */
  field?: SourceOrderField;
};

/** Fields a Source list can be sorted by; ties are broken by id. */
export type SourceOrderField =
  /** Typed id. */
  | 'ID'
  /** Name, case-insensitive. */
  | 'NAME'
  /** PublishedDate (ISO date). */
  | 'PUBLISHED_DATE';

/** Change of a stage between two years: shares in percentage points, HHI in points. */
export type StageChange = {
  __typename?: 'StageChange';
  fromYear: Scalars['Int']['output'];
  hhi: Maybe<Scalars['Float']['output']>;
  toYear: Scalars['Int']['output'];
  top3SharePctPoints: Maybe<Scalars['Float']['output']>;
  topProducerChanged: Scalars['Boolean']['output'];
  topSharePctPoints: Maybe<Scalars['Float']['output']>;
};

/** One stage of a value chain: its USGS measure and basis, per year, and the change between years. */
export type StageConcentration = {
  __typename?: 'StageConcentration';
  basis: Basis;
  /** From the first to the last year asked; null when either has no figures. */
  change: Maybe<StageChange>;
  /** The item of the stage (bauxite, alumina, aluminium…). */
  item: Entity;
  /** The stage in words, e.g. Alumina refinery production. */
  label: Scalars['String']['output'];
  measure: Measure;
  /** reserves, mine, refinery, smelter, capacity or production. */
  stage: Scalars['String']['output'];
  years: Array<StageYear>;
};

/** A stage in one year. */
export type StageYear = {
  __typename?: 'StageYear';
  /** Unit of denominatorBase and listedBase: t for a mass measure, else the measure's unit; null without figures. */
  baseUnit: Maybe<Scalars['String']['output']>;
  /** How the denominator was formed, or why there are no figures. */
  denominator: Maybe<Scalars['String']['output']>;
  /** The denominator of the shares, in baseUnit. */
  denominatorBase: Maybe<Scalars['Float']['output']>;
  /** Which rule formed the denominator (as in supplyConcentration); null without figures. */
  denominatorMethod: Maybe<DenominatorMethod>;
  /** @deprecated Use denominatorBase, in baseUnit; null when the stage's measure is not a mass. */
  denominatorTonnes: Maybe<Scalars['Float']['output']>;
  /** False when USGS gives no figures of this basis for the year (reserves: 2024 only). */
  hasFigures: Scalars['Boolean']['output'];
  /** Herfindahl–Hirschman index, 0–10,000. */
  hhi: Maybe<Scalars['Float']['output']>;
  /** The listed producers' sum, in baseUnit, at most denominatorBase; null without figures. */
  listedBase: Maybe<Scalars['Float']['output']>;
  /** @deprecated Use listedBase, in baseUnit; null when the stage's measure is not a mass. */
  listedTonnes: Maybe<Scalars['Float']['output']>;
  /** Producers with a figure above zero. */
  producerCount: Scalars['Int']['output'];
  /** Sum of the three largest shares, percent. */
  top3SharePct: Maybe<Scalars['Float']['output']>;
  topProducer: Maybe<Country>;
  /** Share of the top producer, percent of the denominator. */
  topSharePct: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

/** One USGS salient statistic of one item and country, year by year. */
export type StatisticSeries = {
  __typename?: 'StatisticSeries';
  /** Metric tons (t) when the unit is a mass, else the unit itself; unit of every point's tonnes. */
  baseUnit: Scalars['String']['output'];
  country: Country;
  /** What the statistic is of (High-purity, Ore, Scrap…); null for the whole commodity. */
  form: Maybe<Scalars['String']['output']>;
  item: Entity;
  /** The USGS column as a Measure (statistic, form, unit, column name in `measure`). */
  measure: Measure;
  /** One point per year, oldest first. */
  points: Array<SeriesPoint>;
  /** The sources of every point. */
  sources: Array<Source>;
  statistic: Basis;
  /** Unit of every point's quantity (kilograms, dollars per kilogram, percent…). */
  unit: Scalars['String']['output'];
};

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

/** SUBSIDIARY_OF: one company is a subsidiary of another. */
export type SubsidiaryEdge = {
  __typename?: 'SubsidiaryEdge';
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** The parent company. */
  parent: Company;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** The subsidiary. */
  subsidiary: Company;
  /** Since / until when (e.g. since 1983). */
  validity: Maybe<Validity>;
};

/** Supply concentration of one measure and year, with its method stated. */
export type SupplyConcentration = {
  __typename?: 'SupplyConcentration';
  /** What the what-if changed, in words; empty for the reported figures. */
  adjustments: Array<Scalars['String']['output']>;
  /**
   * Unit of every `…Base` quantity (quantityBase, worldTotalBase, denominatorBase, listedBase,
   * unattributedBase) and of `denominator` and `adjustments`: the base of the measure's unit
   * family, t (metric tons) for mass, else the measure's own unit (e.g. million cubic meters).
   */
  baseUnit: Scalars['String']['output'];
  basis: Basis;
  /** How the denominator was formed, in words, e.g. `USGS world total 760 t + added 15 t = 775 t`. */
  denominator: Scalars['String']['output'];
  /** The denominator of every share, in baseUnit; never less than `listedBase`. */
  denominatorBase: Scalars['Float']['output'];
  /** Which rule formed the denominator. */
  denominatorMethod: DenominatorMethod;
  /** @deprecated Use denominatorBase, in baseUnit; null when the measure is not a mass. */
  denominatorTonnes: Maybe<Scalars['Float']['output']>;
  formula: Scalars['String']['output'];
  /** Herfindahl–Hirschman index, 0–10,000 (10,000 = a single supplier). */
  hhi: Scalars['Float']['output'];
  /** The metal or product measured. */
  item: Entity;
  /** What the listed producers add up to after the what-if, in baseUnit. */
  listedBase: Scalars['Float']['output'];
  /** @deprecated Use listedBase, in baseUnit; null when the measure is not a mass. */
  listedTonnes: Maybe<Scalars['Float']['output']>;
  measure: Measure;
  producers: Array<ProducerShare>;
  /** The sources of every figure used. */
  sources: Array<Source>;
  topProducer: Maybe<ProducerShare>;
  /** Share of the top producer, percent. */
  topSharePct: Maybe<Scalars['Float']['output']>;
  /** The part of the denominator not attributed to a named country (USGS other countries, rounding), in baseUnit. */
  unattributedBase: Scalars['Float']['output'];
  /** @deprecated Use unattributedBase, in baseUnit; null when the measure is not a mass. */
  unattributedTonnes: Maybe<Scalars['Float']['output']>;
  /** What the measure's unit measures: mass, carats, volume…; null for a measure without a unit. */
  unitFamily: Maybe<UnitFamily>;
  /** USGS world total of the basis (production, capacity or reserves) as published, in the measure's unit; null when none. */
  worldTotal: Maybe<Quantity>;
  /** worldTotal in baseUnit; null when there is none. */
  worldTotalBase: Maybe<Scalars['Float']['output']>;
  /** @deprecated Use worldTotalBase, in baseUnit; null when the measure is not a mass. */
  worldTotalTonnes: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

/** SUPPLIES: a company or facility supplies a company, facility or country. */
export type SupplyEdge = {
  __typename?: 'SupplyEdge';
  /** What is supplied, e.g. metal:gallium; null when unstated. */
  item: Maybe<Entity>;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** Quantity in its unit, e.g. 15 t/yr. */
  quantity: Maybe<Quantity>;
  /** Company, Facility or Country. */
  recipient: Entity;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** Company or Facility. */
  supplier: Entity;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
};

/** SUSPENDS: one policy suspends another, for a period (`validity`). */
export type SuspensionEdge = {
  __typename?: 'SuspensionEdge';
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** The suspended policy. */
  suspended: Policy;
  /** The suspending policy. */
  suspension: Policy;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
};

/** A process or technology (e.g. MIDREX Flex direct reduction). */
export type Technology = Entity & Node & {
  __typename?: 'Technology';
  /** Other names and abbreviations. */
  aliases: Array<Scalars['String']['output']>;
  /** Kind of technology, e.g. direct reduction of iron. */
  category: Maybe<Scalars['String']['output']>;
  /** Claims about it (ABOUT, incoming). */
  claims: Array<ClaimSubjectEdge>;
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** Typed id, e.g. `technology:midrex-flex`. */
  id: Scalars['ID']['output'];
  /** Always Technology. */
  label: Label;
  /** Name as the sources give it. */
  name: Scalars['String']['output'];
  /** Companies providing it (PROVIDED_BY, outgoing), with their role. */
  providers: Array<TechnologyProviderEdge>;
  /** Every relationship of this entity, of the given types (all when omitted), in the given direction (BOTH by default), at most `first` (0–500, default 50). */
  relations: Array<EntityRelation>;
  /** The sources that state this entity. */
  sources: Array<Source>;
  /** Facilities using it (USES_TECHNOLOGY, incoming). */
  usedBy: Array<TechnologyUseEdge>;
};


/** A process or technology (e.g. MIDREX Flex direct reduction). */
export type TechnologyRelationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<DirectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};

/** A page of Technology entities. */
export type TechnologyConnection = {
  __typename?: 'TechnologyConnection';
  /** The entities of this page, each with its cursor. */
  edges: Array<TechnologyEdge>;
  /** All the entities matching the filter (every page), counted and summed per group: see Group. */
  groups: Array<Group>;
  /** Whether more pages exist, and the cursors of this one. */
  pageInfo: PageInfo;
  /** How many match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};


/** A page of Technology entities. */
export type TechnologyConnectionGroupsArgs = {
  by: GroupBy;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One Technology in a page, with its opaque cursor (pass it as `after` to get what follows). */
export type TechnologyEdge = {
  __typename?: 'TechnologyEdge';
  /** Opaque cursor of this row; pass it as `after` (with the same orderBy) for the rows that follow. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Technology;
};

/** Filters for Technology lists; all given conditions must hold. */
export type TechnologyFilter = {
  /** Equal to this category. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Exactly this id. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** One of these ids (at most 1000); an empty list matches nothing. */
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The name, compared folded: equal to this ignoring case, accents, compatibility forms (`ﬁ`, full-width letters) and punctuation; aliases are not read (`Türkiye` finds Türkiye, `Ivory Coast` nothing). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases containing this, all folded (case, accents, compatibility forms and punctuation ignored): `cote d ivoire` and `ivory coast` find Côte d’Ivoire, `uk` finds United Kingdom (alias UK) and Ukraine. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** The name or one of the aliases starting with this, all folded as in nameContains: `usa` finds United States. */
  nameStartsWith?: InputMaybe<Scalars['String']['input']>;
  /** Relationships it must have, all of them (at most 5): e.g. LOCATED_IN country:KZ, or PARTY_TO an agreement that COVERS metal:gallium. An empty list matches nothing. */
  related?: InputMaybe<Array<RelatedFilter>>;
};

/** Sort order of a Technology list (default: NAME ASC). */
export type TechnologyOrder = {
  /** ASC (missing values last) or DESC (missing values first). */
  direction?: OrderDirection;
  /** What to sort by. */
  field?: TechnologyOrderField;
};

/** Fields a Technology list can be sorted by; ties are broken by id. */
export type TechnologyOrderField =
  /** Category. */
  | 'CATEGORY'
  /** Typed id. */
  | 'ID'
  /** Name, case-insensitive. */
  | 'NAME';

/** PROVIDED_BY: a technology is provided by a company, in a role. */
export type TechnologyProviderEdge = {
  __typename?: 'TechnologyProviderEdge';
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** The providing company. */
  provider: Company;
  /** e.g. process owner, contractor, developer. */
  role: Maybe<Scalars['String']['output']>;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** The technology. */
  technology: Technology;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
};

/** USES_TECHNOLOGY: a facility uses a technology. */
export type TechnologyUseEdge = {
  __typename?: 'TechnologyUseEdge';
  /** The facility. */
  facility: Facility;
  /** Remarks from the data, e.g. the city, the process, how the sources differ. */
  note: Maybe<Scalars['String']['output']>;
  /** The sources that state this relationship. */
  sources: Array<Source>;
  /** Where the relationship stands (planned, operating, inForce, ended…), where stated. */
  status: Maybe<Status>;
  /** The technology. */
  technology: Technology;
  /** When the relationship holds, where stated (dates with precision and wording). */
  validity: Maybe<Validity>;
};

/**
 * What a unit measures (src/model/units.ts): units of one family convert into one another
 * (thousand carats → million carats, kg → t), never across families; price and index units
 * convert only to themselves.
 */
export type UnitFamily =
  | 'area'
  | 'carats'
  | 'count'
  | 'index'
  | 'mass'
  | 'money'
  | 'percent'
  | 'price'
  | 'volume';

/** When a fact holds, with the precision each end is known to, and the wording where vaguer. */
export type Validity = {
  __typename?: 'Validity';
  from: Maybe<Scalars['String']['output']>;
  fromPrecision: Maybe<DatePrecision>;
  /** The source's own words when vaguer than the precision (e.g. `late 2026`). */
  fromText: Maybe<Scalars['String']['output']>;
  to: Maybe<Scalars['String']['output']>;
  toPrecision: Maybe<DatePrecision>;
  toText: Maybe<Scalars['String']['output']>;
};

/** Concentration per stage of a value chain and per year. */
export type ValueChainConcentration = {
  __typename?: 'ValueChainConcentration';
  /** The chain in words, upstream first, e.g. bauxite → alumina → aluminium. */
  chain: Scalars['String']['output'];
  formula: Scalars['String']['output'];
  /** The item asked about. */
  item: Entity;
  /** The sources of every figure used. */
  sources: Array<Source>;
  /** Upstream first. */
  stages: Array<StageConcentration>;
  years: Array<Scalars['Int']['output']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Entity:
    | ( Omit<Agreement, 'claims' | 'covers' | 'parties' | 'relations' | 'sources'> & { claims: Array<_RefType['ClaimSubjectEdge']>, covers: Array<_RefType['AgreementCoverageEdge']>, parties: Array<_RefType['AgreementPartyEdge']>, relations: Array<_RefType['EntityRelation']>, sources: Array<_RefType['Source']> } )
    | ( Omit<Claim, 'about' | 'money' | 'relations' | 'sources'> & { about: Array<_RefType['ClaimSubjectEdge']>, money?: Maybe<_RefType['Money']>, relations: Array<_RefType['EntityRelation']>, sources: Array<_RefType['Source']> } )
    | ( Omit<Company, 'agreements' | 'claims' | 'facilities' | 'headquarters' | 'investments' | 'parents' | 'produces' | 'relations' | 'shareholders' | 'shareholdings' | 'sources' | 'subsidiaries' | 'suppliedBy' | 'supplies' | 'technologies'> & { agreements: Array<_RefType['AgreementPartyEdge']>, claims: Array<_RefType['ClaimSubjectEdge']>, facilities: Array<_RefType['FacilityOperationEdge']>, headquarters: Array<_RefType['HeadquartersEdge']>, investments: Array<_RefType['InvestmentEdge']>, parents: Array<_RefType['SubsidiaryEdge']>, produces: Array<_RefType['ProductionEdge']>, relations: Array<_RefType['EntityRelation']>, shareholders: Array<_RefType['ShareholdingEdge']>, shareholdings: Array<_RefType['ShareholdingEdge']>, sources: Array<_RefType['Source']>, subsidiaries: Array<_RefType['SubsidiaryEdge']>, suppliedBy: Array<_RefType['SupplyEdge']>, supplies: Array<_RefType['SupplyEdge']>, technologies: Array<_RefType['TechnologyProviderEdge']> } )
    | ( Omit<Country, 'agreements' | 'claims' | 'companies' | 'facilities' | 'importedBy' | 'importsFrom' | 'policies' | 'production' | 'relations' | 'reserves' | 'shareholdings' | 'sources' | 'suppliedBy' | 'targetedBy'> & { agreements: Array<_RefType['AgreementPartyEdge']>, claims: Array<_RefType['ClaimSubjectEdge']>, companies: Array<_RefType['HeadquartersEdge']>, facilities: Array<_RefType['FacilityLocationEdge']>, importedBy: Array<_RefType['ImportSourceEdge']>, importsFrom: Array<_RefType['ImportSourceEdge']>, policies: Array<_RefType['PolicyImpositionEdge']>, production: Array<_RefType['ProductionEdge']>, relations: Array<_RefType['EntityRelation']>, reserves: Array<_RefType['ReservesEdge']>, shareholdings: Array<_RefType['ShareholdingEdge']>, sources: Array<_RefType['Source']>, suppliedBy: Array<_RefType['SupplyEdge']>, targetedBy: Array<_RefType['PolicyTargetEdge']> } )
    | ( Omit<Facility, 'claims' | 'coveredBy' | 'investors' | 'location' | 'money' | 'operators' | 'produces' | 'relations' | 'sources' | 'suppliedBy' | 'supplies' | 'technologies'> & { claims: Array<_RefType['ClaimSubjectEdge']>, coveredBy: Array<_RefType['AgreementCoverageEdge']>, investors: Array<_RefType['InvestmentEdge']>, location: Array<_RefType['FacilityLocationEdge']>, money?: Maybe<_RefType['Money']>, operators: Array<_RefType['FacilityOperationEdge']>, produces: Array<_RefType['ProductionEdge']>, relations: Array<_RefType['EntityRelation']>, sources: Array<_RefType['Source']>, suppliedBy: Array<_RefType['SupplyEdge']>, supplies: Array<_RefType['SupplyEdge']>, technologies: Array<_RefType['TechnologyUseEdge']> } )
    | ( Omit<Industry, 'dependsOn' | 'relations' | 'sources'> & { dependsOn: Array<_RefType['EndUseEdge']>, relations: Array<_RefType['EntityRelation']>, sources: Array<_RefType['Source']> } )
    | ( Omit<Measure, 'items' | 'relations' | 'sources'> & { items: Array<_RefType['MeasuredItemEdge']>, relations: Array<_RefType['EntityRelation']>, sources: Array<_RefType['Source']> } )
    | ( Omit<Metal, 'claims' | 'coveredBy' | 'derivatives' | 'derivedFrom' | 'measures' | 'producers' | 'relations' | 'reserves' | 'restrictedBy' | 'sources' | 'usedIn'> & { claims: Array<_RefType['ClaimSubjectEdge']>, coveredBy: Array<_RefType['AgreementCoverageEdge']>, derivatives: Array<_RefType['DerivationEdge']>, derivedFrom: Array<_RefType['DerivationEdge']>, measures: Array<_RefType['MeasuredItemEdge']>, producers: Array<_RefType['ProductionEdge']>, relations: Array<_RefType['EntityRelation']>, reserves: Array<_RefType['ReservesEdge']>, restrictedBy: Array<_RefType['RestrictionEdge']>, sources: Array<_RefType['Source']>, usedIn: Array<_RefType['EndUseEdge']> } )
    | ( Omit<Person, 'relations' | 'shareholdings' | 'sources'> & { relations: Array<_RefType['EntityRelation']>, shareholdings: Array<_RefType['ShareholdingEdge']>, sources: Array<_RefType['Source']> } )
    | ( Omit<Policy, 'claims' | 'imposedBy' | 'relations' | 'restricts' | 'sources' | 'suspendedBy' | 'suspends' | 'targets'> & { claims: Array<_RefType['ClaimSubjectEdge']>, imposedBy: Array<_RefType['PolicyImpositionEdge']>, relations: Array<_RefType['EntityRelation']>, restricts: Array<_RefType['RestrictionEdge']>, sources: Array<_RefType['Source']>, suspendedBy: Array<_RefType['SuspensionEdge']>, suspends: Array<_RefType['SuspensionEdge']>, targets: Array<_RefType['PolicyTargetEdge']> } )
    | ( Omit<Product, 'claims' | 'coveredBy' | 'derivatives' | 'derivedFrom' | 'measures' | 'producers' | 'relations' | 'reserves' | 'restrictedBy' | 'sources' | 'usedIn'> & { claims: Array<_RefType['ClaimSubjectEdge']>, coveredBy: Array<_RefType['AgreementCoverageEdge']>, derivatives: Array<_RefType['DerivationEdge']>, derivedFrom: Array<_RefType['DerivationEdge']>, measures: Array<_RefType['MeasuredItemEdge']>, producers: Array<_RefType['ProductionEdge']>, relations: Array<_RefType['EntityRelation']>, reserves: Array<_RefType['ReservesEdge']>, restrictedBy: Array<_RefType['RestrictionEdge']>, sources: Array<_RefType['Source']>, usedIn: Array<_RefType['EndUseEdge']> } )
    | ( Omit<Source, 'relations' | 'sources'> & { relations: Array<_RefType['EntityRelation']>, sources: Array<_RefType['Source']> } )
    | ( Omit<Technology, 'claims' | 'providers' | 'relations' | 'sources' | 'usedBy'> & { claims: Array<_RefType['ClaimSubjectEdge']>, providers: Array<_RefType['TechnologyProviderEdge']>, relations: Array<_RefType['EntityRelation']>, sources: Array<_RefType['Source']>, usedBy: Array<_RefType['TechnologyUseEdge']> } )
  ;
  Node:
    | ( Omit<Agreement, 'claims' | 'covers' | 'parties' | 'relations' | 'sources'> & { claims: Array<_RefType['ClaimSubjectEdge']>, covers: Array<_RefType['AgreementCoverageEdge']>, parties: Array<_RefType['AgreementPartyEdge']>, relations: Array<_RefType['EntityRelation']>, sources: Array<_RefType['Source']> } )
    | ( Omit<Claim, 'about' | 'money' | 'relations' | 'sources'> & { about: Array<_RefType['ClaimSubjectEdge']>, money?: Maybe<_RefType['Money']>, relations: Array<_RefType['EntityRelation']>, sources: Array<_RefType['Source']> } )
    | ( Omit<Company, 'agreements' | 'claims' | 'facilities' | 'headquarters' | 'investments' | 'parents' | 'produces' | 'relations' | 'shareholders' | 'shareholdings' | 'sources' | 'subsidiaries' | 'suppliedBy' | 'supplies' | 'technologies'> & { agreements: Array<_RefType['AgreementPartyEdge']>, claims: Array<_RefType['ClaimSubjectEdge']>, facilities: Array<_RefType['FacilityOperationEdge']>, headquarters: Array<_RefType['HeadquartersEdge']>, investments: Array<_RefType['InvestmentEdge']>, parents: Array<_RefType['SubsidiaryEdge']>, produces: Array<_RefType['ProductionEdge']>, relations: Array<_RefType['EntityRelation']>, shareholders: Array<_RefType['ShareholdingEdge']>, shareholdings: Array<_RefType['ShareholdingEdge']>, sources: Array<_RefType['Source']>, subsidiaries: Array<_RefType['SubsidiaryEdge']>, suppliedBy: Array<_RefType['SupplyEdge']>, supplies: Array<_RefType['SupplyEdge']>, technologies: Array<_RefType['TechnologyProviderEdge']> } )
    | ( Omit<Country, 'agreements' | 'claims' | 'companies' | 'facilities' | 'importedBy' | 'importsFrom' | 'policies' | 'production' | 'relations' | 'reserves' | 'shareholdings' | 'sources' | 'suppliedBy' | 'targetedBy'> & { agreements: Array<_RefType['AgreementPartyEdge']>, claims: Array<_RefType['ClaimSubjectEdge']>, companies: Array<_RefType['HeadquartersEdge']>, facilities: Array<_RefType['FacilityLocationEdge']>, importedBy: Array<_RefType['ImportSourceEdge']>, importsFrom: Array<_RefType['ImportSourceEdge']>, policies: Array<_RefType['PolicyImpositionEdge']>, production: Array<_RefType['ProductionEdge']>, relations: Array<_RefType['EntityRelation']>, reserves: Array<_RefType['ReservesEdge']>, shareholdings: Array<_RefType['ShareholdingEdge']>, sources: Array<_RefType['Source']>, suppliedBy: Array<_RefType['SupplyEdge']>, targetedBy: Array<_RefType['PolicyTargetEdge']> } )
    | ( Omit<Facility, 'claims' | 'coveredBy' | 'investors' | 'location' | 'money' | 'operators' | 'produces' | 'relations' | 'sources' | 'suppliedBy' | 'supplies' | 'technologies'> & { claims: Array<_RefType['ClaimSubjectEdge']>, coveredBy: Array<_RefType['AgreementCoverageEdge']>, investors: Array<_RefType['InvestmentEdge']>, location: Array<_RefType['FacilityLocationEdge']>, money?: Maybe<_RefType['Money']>, operators: Array<_RefType['FacilityOperationEdge']>, produces: Array<_RefType['ProductionEdge']>, relations: Array<_RefType['EntityRelation']>, sources: Array<_RefType['Source']>, suppliedBy: Array<_RefType['SupplyEdge']>, supplies: Array<_RefType['SupplyEdge']>, technologies: Array<_RefType['TechnologyUseEdge']> } )
    | ( Omit<Industry, 'dependsOn' | 'relations' | 'sources'> & { dependsOn: Array<_RefType['EndUseEdge']>, relations: Array<_RefType['EntityRelation']>, sources: Array<_RefType['Source']> } )
    | ( Omit<Measure, 'items' | 'relations' | 'sources'> & { items: Array<_RefType['MeasuredItemEdge']>, relations: Array<_RefType['EntityRelation']>, sources: Array<_RefType['Source']> } )
    | ( Omit<Metal, 'claims' | 'coveredBy' | 'derivatives' | 'derivedFrom' | 'measures' | 'producers' | 'relations' | 'reserves' | 'restrictedBy' | 'sources' | 'usedIn'> & { claims: Array<_RefType['ClaimSubjectEdge']>, coveredBy: Array<_RefType['AgreementCoverageEdge']>, derivatives: Array<_RefType['DerivationEdge']>, derivedFrom: Array<_RefType['DerivationEdge']>, measures: Array<_RefType['MeasuredItemEdge']>, producers: Array<_RefType['ProductionEdge']>, relations: Array<_RefType['EntityRelation']>, reserves: Array<_RefType['ReservesEdge']>, restrictedBy: Array<_RefType['RestrictionEdge']>, sources: Array<_RefType['Source']>, usedIn: Array<_RefType['EndUseEdge']> } )
    | ( Omit<Person, 'relations' | 'shareholdings' | 'sources'> & { relations: Array<_RefType['EntityRelation']>, shareholdings: Array<_RefType['ShareholdingEdge']>, sources: Array<_RefType['Source']> } )
    | ( Omit<Policy, 'claims' | 'imposedBy' | 'relations' | 'restricts' | 'sources' | 'suspendedBy' | 'suspends' | 'targets'> & { claims: Array<_RefType['ClaimSubjectEdge']>, imposedBy: Array<_RefType['PolicyImpositionEdge']>, relations: Array<_RefType['EntityRelation']>, restricts: Array<_RefType['RestrictionEdge']>, sources: Array<_RefType['Source']>, suspendedBy: Array<_RefType['SuspensionEdge']>, suspends: Array<_RefType['SuspensionEdge']>, targets: Array<_RefType['PolicyTargetEdge']> } )
    | ( Omit<Product, 'claims' | 'coveredBy' | 'derivatives' | 'derivedFrom' | 'measures' | 'producers' | 'relations' | 'reserves' | 'restrictedBy' | 'sources' | 'usedIn'> & { claims: Array<_RefType['ClaimSubjectEdge']>, coveredBy: Array<_RefType['AgreementCoverageEdge']>, derivatives: Array<_RefType['DerivationEdge']>, derivedFrom: Array<_RefType['DerivationEdge']>, measures: Array<_RefType['MeasuredItemEdge']>, producers: Array<_RefType['ProductionEdge']>, relations: Array<_RefType['EntityRelation']>, reserves: Array<_RefType['ReservesEdge']>, restrictedBy: Array<_RefType['RestrictionEdge']>, sources: Array<_RefType['Source']>, usedIn: Array<_RefType['EndUseEdge']> } )
    | ( Omit<Source, 'relations' | 'sources'> & { relations: Array<_RefType['EntityRelation']>, sources: Array<_RefType['Source']> } )
    | ( Omit<Technology, 'claims' | 'providers' | 'relations' | 'sources' | 'usedBy'> & { claims: Array<_RefType['ClaimSubjectEdge']>, providers: Array<_RefType['TechnologyProviderEdge']>, relations: Array<_RefType['EntityRelation']>, sources: Array<_RefType['Source']>, usedBy: Array<_RefType['TechnologyUseEdge']> } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddedSupplyInput: AddedSupplyInput;
  Agreement: ResolverTypeWrapper<Omit<Agreement, 'claims' | 'covers' | 'parties' | 'relations' | 'sources'> & { claims: Array<ResolversTypes['ClaimSubjectEdge']>, covers: Array<ResolversTypes['AgreementCoverageEdge']>, parties: Array<ResolversTypes['AgreementPartyEdge']>, relations: Array<ResolversTypes['EntityRelation']>, sources: Array<ResolversTypes['Source']> }>;
  AgreementConnection: ResolverTypeWrapper<Omit<AgreementConnection, 'edges' | 'groups'> & { edges: Array<ResolversTypes['AgreementEdge']>, groups: Array<ResolversTypes['Group']> }>;
  AgreementCoverageEdge: ResolverTypeWrapper<Omit<AgreementCoverageEdge, 'agreement' | 'item' | 'sources'> & { agreement: ResolversTypes['Agreement'], item: ResolversTypes['Entity'], sources: Array<ResolversTypes['Source']> }>;
  AgreementEdge: ResolverTypeWrapper<Omit<AgreementEdge, 'node'> & { node: ResolversTypes['Agreement'] }>;
  AgreementFilter: AgreementFilter;
  AgreementOrder: AgreementOrder;
  AgreementOrderField: AgreementOrderField;
  AgreementPartyEdge: ResolverTypeWrapper<Omit<AgreementPartyEdge, 'agreement' | 'party' | 'sources'> & { agreement: ResolversTypes['Agreement'], party: ResolversTypes['Entity'], sources: Array<ResolversTypes['Source']> }>;
  ArticleExtraction: ResolverTypeWrapper<ArticleExtraction>;
  ArticleInput: ArticleInput;
  ArticleMention: ResolverTypeWrapper<ArticleMention>;
  ArticleSentence: ResolverTypeWrapper<ArticleSentence>;
  Basis: Basis;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Bound: Bound;
  Claim: ResolverTypeWrapper<Omit<Claim, 'about' | 'money' | 'relations' | 'sources'> & { about: Array<ResolversTypes['ClaimSubjectEdge']>, money?: Maybe<ResolversTypes['Money']>, relations: Array<ResolversTypes['EntityRelation']>, sources: Array<ResolversTypes['Source']> }>;
  ClaimConnection: ResolverTypeWrapper<Omit<ClaimConnection, 'edges' | 'groups'> & { edges: Array<ResolversTypes['ClaimEdge']>, groups: Array<ResolversTypes['Group']> }>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimFilter: ClaimFilter;
  ClaimOrder: ClaimOrder;
  ClaimOrderField: ClaimOrderField;
  ClaimSubjectEdge: ResolverTypeWrapper<Omit<ClaimSubjectEdge, 'claim' | 'sources' | 'subject'> & { claim: ResolversTypes['Claim'], sources: Array<ResolversTypes['Source']>, subject: ResolversTypes['Entity'] }>;
  Company: ResolverTypeWrapper<Omit<Company, 'agreements' | 'claims' | 'facilities' | 'headquarters' | 'investments' | 'parents' | 'produces' | 'relations' | 'shareholders' | 'shareholdings' | 'sources' | 'subsidiaries' | 'suppliedBy' | 'supplies' | 'technologies'> & { agreements: Array<ResolversTypes['AgreementPartyEdge']>, claims: Array<ResolversTypes['ClaimSubjectEdge']>, facilities: Array<ResolversTypes['FacilityOperationEdge']>, headquarters: Array<ResolversTypes['HeadquartersEdge']>, investments: Array<ResolversTypes['InvestmentEdge']>, parents: Array<ResolversTypes['SubsidiaryEdge']>, produces: Array<ResolversTypes['ProductionEdge']>, relations: Array<ResolversTypes['EntityRelation']>, shareholders: Array<ResolversTypes['ShareholdingEdge']>, shareholdings: Array<ResolversTypes['ShareholdingEdge']>, sources: Array<ResolversTypes['Source']>, subsidiaries: Array<ResolversTypes['SubsidiaryEdge']>, suppliedBy: Array<ResolversTypes['SupplyEdge']>, supplies: Array<ResolversTypes['SupplyEdge']>, technologies: Array<ResolversTypes['TechnologyProviderEdge']> }>;
  CompanyConnection: ResolverTypeWrapper<Omit<CompanyConnection, 'edges' | 'groups'> & { edges: Array<ResolversTypes['CompanyEdge']>, groups: Array<ResolversTypes['Group']> }>;
  CompanyEdge: ResolverTypeWrapper<Omit<CompanyEdge, 'node'> & { node: ResolversTypes['Company'] }>;
  CompanyFilter: CompanyFilter;
  CompanyOrder: CompanyOrder;
  CompanyOrderField: CompanyOrderField;
  Country: ResolverTypeWrapper<Omit<Country, 'agreements' | 'claims' | 'companies' | 'facilities' | 'importedBy' | 'importsFrom' | 'policies' | 'production' | 'relations' | 'reserves' | 'shareholdings' | 'sources' | 'suppliedBy' | 'targetedBy'> & { agreements: Array<ResolversTypes['AgreementPartyEdge']>, claims: Array<ResolversTypes['ClaimSubjectEdge']>, companies: Array<ResolversTypes['HeadquartersEdge']>, facilities: Array<ResolversTypes['FacilityLocationEdge']>, importedBy: Array<ResolversTypes['ImportSourceEdge']>, importsFrom: Array<ResolversTypes['ImportSourceEdge']>, policies: Array<ResolversTypes['PolicyImpositionEdge']>, production: Array<ResolversTypes['ProductionEdge']>, relations: Array<ResolversTypes['EntityRelation']>, reserves: Array<ResolversTypes['ReservesEdge']>, shareholdings: Array<ResolversTypes['ShareholdingEdge']>, sources: Array<ResolversTypes['Source']>, suppliedBy: Array<ResolversTypes['SupplyEdge']>, targetedBy: Array<ResolversTypes['PolicyTargetEdge']> }>;
  CountryConnection: ResolverTypeWrapper<Omit<CountryConnection, 'edges' | 'groups'> & { edges: Array<ResolversTypes['CountryEdge']>, groups: Array<ResolversTypes['Group']> }>;
  CountryEdge: ResolverTypeWrapper<Omit<CountryEdge, 'node'> & { node: ResolversTypes['Country'] }>;
  CountryFilter: CountryFilter;
  CountryOrder: CountryOrder;
  CountryOrderField: CountryOrderField;
  DatabaseInfo: ResolverTypeWrapper<DatabaseInfo>;
  DatePrecision: DatePrecision;
  DenominatorMethod: DenominatorMethod;
  DependencyChain: ResolverTypeWrapper<Omit<DependencyChain, 'hops' | 'terminal'> & { hops: Array<ResolversTypes['Hop']>, terminal: ResolversTypes['Entity'] }>;
  DependencyChainResult: ResolverTypeWrapper<Omit<DependencyChainResult, 'chains' | 'entity' | 'metal'> & { chains: Array<ResolversTypes['DependencyChain']>, entity: ResolversTypes['Entity'], metal?: Maybe<ResolversTypes['Entity']> }>;
  DerivationEdge: ResolverTypeWrapper<Omit<DerivationEdge, 'input' | 'output' | 'sources'> & { input: ResolversTypes['Entity'], output: ResolversTypes['Entity'], sources: Array<ResolversTypes['Source']> }>;
  Direction: Direction;
  DirectionFilter: DirectionFilter;
  EndUseEdge: ResolverTypeWrapper<Omit<EndUseEdge, 'industry' | 'item' | 'sources'> & { industry: ResolversTypes['Industry'], item: ResolversTypes['Entity'], sources: Array<ResolversTypes['Source']> }>;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  EntityRelation: ResolverTypeWrapper<Omit<EntityRelation, 'item' | 'measure' | 'money' | 'other' | 'sources'> & { item?: Maybe<ResolversTypes['Entity']>, measure?: Maybe<ResolversTypes['Measure']>, money?: Maybe<ResolversTypes['Money']>, other: ResolversTypes['Entity'], sources: Array<ResolversTypes['Source']> }>;
  Evidence: ResolverTypeWrapper<Evidence>;
  ExportControl: ResolverTypeWrapper<Omit<ExportControl, 'policy' | 'restricts'> & { policy: ResolversTypes['Policy'], restricts: Array<ResolversTypes['Entity']> }>;
  Exposure: ResolverTypeWrapper<Omit<Exposure, 'chains' | 'dependent'> & { chains: Array<ResolversTypes['DependencyChain']>, dependent: ResolversTypes['Entity'] }>;
  ExposureKind: ExposureKind;
  ExposureResult: ResolverTypeWrapper<Omit<ExposureResult, 'dependents' | 'entity' | 'headquarteredIn' | 'metal'> & { dependents: Array<ResolversTypes['Exposure']>, entity: ResolversTypes['Entity'], headquarteredIn?: Maybe<Array<ResolversTypes['Entity']>>, metal?: Maybe<ResolversTypes['Entity']> }>;
  Facility: ResolverTypeWrapper<Omit<Facility, 'claims' | 'coveredBy' | 'investors' | 'location' | 'money' | 'operators' | 'produces' | 'relations' | 'sources' | 'suppliedBy' | 'supplies' | 'technologies'> & { claims: Array<ResolversTypes['ClaimSubjectEdge']>, coveredBy: Array<ResolversTypes['AgreementCoverageEdge']>, investors: Array<ResolversTypes['InvestmentEdge']>, location: Array<ResolversTypes['FacilityLocationEdge']>, money?: Maybe<ResolversTypes['Money']>, operators: Array<ResolversTypes['FacilityOperationEdge']>, produces: Array<ResolversTypes['ProductionEdge']>, relations: Array<ResolversTypes['EntityRelation']>, sources: Array<ResolversTypes['Source']>, suppliedBy: Array<ResolversTypes['SupplyEdge']>, supplies: Array<ResolversTypes['SupplyEdge']>, technologies: Array<ResolversTypes['TechnologyUseEdge']> }>;
  FacilityConnection: ResolverTypeWrapper<Omit<FacilityConnection, 'edges' | 'groups'> & { edges: Array<ResolversTypes['FacilityEdge']>, groups: Array<ResolversTypes['Group']> }>;
  FacilityEdge: ResolverTypeWrapper<Omit<FacilityEdge, 'node'> & { node: ResolversTypes['Facility'] }>;
  FacilityFilter: FacilityFilter;
  FacilityLocationEdge: ResolverTypeWrapper<Omit<FacilityLocationEdge, 'country' | 'facility' | 'sources'> & { country: ResolversTypes['Country'], facility: ResolversTypes['Facility'], sources: Array<ResolversTypes['Source']> }>;
  FacilityOperationEdge: ResolverTypeWrapper<Omit<FacilityOperationEdge, 'facility' | 'operator' | 'sources'> & { facility: ResolversTypes['Facility'], operator: ResolversTypes['Company'], sources: Array<ResolversTypes['Source']> }>;
  FacilityOrder: FacilityOrder;
  FacilityOrderField: FacilityOrderField;
  FactCandidate: ResolverTypeWrapper<FactCandidate>;
  FactInput: FactInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Graph: ResolverTypeWrapper<Omit<Graph, 'center' | 'edges' | 'nodes'> & { center: ResolversTypes['Entity'], edges: Array<ResolversTypes['GraphEdge']>, nodes: Array<ResolversTypes['Entity']> }>;
  GraphEdge: ResolverTypeWrapper<Omit<GraphEdge, 'properties' | 'sources'> & { properties: ResolversTypes['HopProperties'], sources: Array<ResolversTypes['Source']> }>;
  Group: ResolverTypeWrapper<Omit<Group, 'entity' | 'sources'> & { entity?: Maybe<ResolversTypes['Entity']>, sources: Array<ResolversTypes['Source']> }>;
  GroupBy: GroupBy;
  HeadquartersEdge: ResolverTypeWrapper<Omit<HeadquartersEdge, 'company' | 'country' | 'sources'> & { company: ResolversTypes['Company'], country: ResolversTypes['Country'], sources: Array<ResolversTypes['Source']> }>;
  Hop: ResolverTypeWrapper<Omit<Hop, 'from' | 'properties' | 'sources' | 'to'> & { from: ResolversTypes['Entity'], properties: ResolversTypes['HopProperties'], sources: Array<ResolversTypes['Source']>, to: ResolversTypes['Entity'] }>;
  HopDirection: HopDirection;
  HopProperties: ResolverTypeWrapper<Omit<HopProperties, 'money'> & { money?: Maybe<ResolversTypes['Money']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportReliance: ResolverTypeWrapper<Omit<ImportReliance, 'importSources' | 'item' | 'sources'> & { importSources: Array<ResolversTypes['ImportSourceRank']>, item: ResolversTypes['Entity'], sources: Array<ResolversTypes['Source']> }>;
  ImportSourceEdge: ResolverTypeWrapper<Omit<ImportSourceEdge, 'exporter' | 'importer' | 'item' | 'sources'> & { exporter: ResolversTypes['Country'], importer: ResolversTypes['Country'], item?: Maybe<ResolversTypes['Entity']>, sources: Array<ResolversTypes['Source']> }>;
  ImportSourceRank: ResolverTypeWrapper<Omit<ImportSourceRank, 'country' | 'sources'> & { country: ResolversTypes['Country'], sources: Array<ResolversTypes['Source']> }>;
  Industry: ResolverTypeWrapper<Omit<Industry, 'dependsOn' | 'relations' | 'sources'> & { dependsOn: Array<ResolversTypes['EndUseEdge']>, relations: Array<ResolversTypes['EntityRelation']>, sources: Array<ResolversTypes['Source']> }>;
  IndustryConnection: ResolverTypeWrapper<Omit<IndustryConnection, 'edges' | 'groups'> & { edges: Array<ResolversTypes['IndustryEdge']>, groups: Array<ResolversTypes['Group']> }>;
  IndustryEdge: ResolverTypeWrapper<Omit<IndustryEdge, 'node'> & { node: ResolversTypes['Industry'] }>;
  IndustryFilter: IndustryFilter;
  IndustryOrder: IndustryOrder;
  IndustryOrderField: IndustryOrderField;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InvestmentEdge: ResolverTypeWrapper<Omit<InvestmentEdge, 'facility' | 'investor' | 'money' | 'sources'> & { facility: ResolversTypes['Facility'], investor: ResolversTypes['Company'], money?: Maybe<ResolversTypes['Money']>, sources: Array<ResolversTypes['Source']> }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Label: Label;
  LoadCount: ResolverTypeWrapper<LoadCount>;
  LoadResult: ResolverTypeWrapper<LoadResult>;
  Measure: ResolverTypeWrapper<Omit<Measure, 'items' | 'relations' | 'sources'> & { items: Array<ResolversTypes['MeasuredItemEdge']>, relations: Array<ResolversTypes['EntityRelation']>, sources: Array<ResolversTypes['Source']> }>;
  MeasureConnection: ResolverTypeWrapper<Omit<MeasureConnection, 'edges' | 'groups'> & { edges: Array<ResolversTypes['MeasureEdge']>, groups: Array<ResolversTypes['Group']> }>;
  MeasureEdge: ResolverTypeWrapper<Omit<MeasureEdge, 'node'> & { node: ResolversTypes['Measure'] }>;
  MeasureFilter: MeasureFilter;
  MeasureOrder: MeasureOrder;
  MeasureOrderField: MeasureOrderField;
  MeasuredItemEdge: ResolverTypeWrapper<Omit<MeasuredItemEdge, 'item' | 'measure' | 'sources'> & { item: ResolversTypes['Entity'], measure: ResolversTypes['Measure'], sources: Array<ResolversTypes['Source']> }>;
  Metal: ResolverTypeWrapper<Omit<Metal, 'claims' | 'coveredBy' | 'derivatives' | 'derivedFrom' | 'measures' | 'producers' | 'relations' | 'reserves' | 'restrictedBy' | 'sources' | 'usedIn'> & { claims: Array<ResolversTypes['ClaimSubjectEdge']>, coveredBy: Array<ResolversTypes['AgreementCoverageEdge']>, derivatives: Array<ResolversTypes['DerivationEdge']>, derivedFrom: Array<ResolversTypes['DerivationEdge']>, measures: Array<ResolversTypes['MeasuredItemEdge']>, producers: Array<ResolversTypes['ProductionEdge']>, relations: Array<ResolversTypes['EntityRelation']>, reserves: Array<ResolversTypes['ReservesEdge']>, restrictedBy: Array<ResolversTypes['RestrictionEdge']>, sources: Array<ResolversTypes['Source']>, usedIn: Array<ResolversTypes['EndUseEdge']> }>;
  MetalConnection: ResolverTypeWrapper<Omit<MetalConnection, 'edges' | 'groups'> & { edges: Array<ResolversTypes['MetalEdge']>, groups: Array<ResolversTypes['Group']> }>;
  MetalEdge: ResolverTypeWrapper<Omit<MetalEdge, 'node'> & { node: ResolversTypes['Metal'] }>;
  MetalFilter: MetalFilter;
  MetalOrder: MetalOrder;
  MetalOrderField: MetalOrderField;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<Omit<Path, 'hops' | 'nodes'> & { hops: Array<ResolversTypes['Hop']>, nodes: Array<ResolversTypes['Entity']> }>;
  Person: ResolverTypeWrapper<Omit<Person, 'relations' | 'shareholdings' | 'sources'> & { relations: Array<ResolversTypes['EntityRelation']>, shareholdings: Array<ResolversTypes['ShareholdingEdge']>, sources: Array<ResolversTypes['Source']> }>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges' | 'groups'> & { edges: Array<ResolversTypes['PersonEdge']>, groups: Array<ResolversTypes['Group']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  PersonOrder: PersonOrder;
  PersonOrderField: PersonOrderField;
  Policy: ResolverTypeWrapper<Omit<Policy, 'claims' | 'imposedBy' | 'relations' | 'restricts' | 'sources' | 'suspendedBy' | 'suspends' | 'targets'> & { claims: Array<ResolversTypes['ClaimSubjectEdge']>, imposedBy: Array<ResolversTypes['PolicyImpositionEdge']>, relations: Array<ResolversTypes['EntityRelation']>, restricts: Array<ResolversTypes['RestrictionEdge']>, sources: Array<ResolversTypes['Source']>, suspendedBy: Array<ResolversTypes['SuspensionEdge']>, suspends: Array<ResolversTypes['SuspensionEdge']>, targets: Array<ResolversTypes['PolicyTargetEdge']> }>;
  PolicyConnection: ResolverTypeWrapper<Omit<PolicyConnection, 'edges' | 'groups'> & { edges: Array<ResolversTypes['PolicyEdge']>, groups: Array<ResolversTypes['Group']> }>;
  PolicyEdge: ResolverTypeWrapper<Omit<PolicyEdge, 'node'> & { node: ResolversTypes['Policy'] }>;
  PolicyFilter: PolicyFilter;
  PolicyImpositionEdge: ResolverTypeWrapper<Omit<PolicyImpositionEdge, 'country' | 'policy' | 'sources'> & { country: ResolversTypes['Country'], policy: ResolversTypes['Policy'], sources: Array<ResolversTypes['Source']> }>;
  PolicyOrder: PolicyOrder;
  PolicyOrderField: PolicyOrderField;
  PolicyStatusAsOf: PolicyStatusAsOf;
  PolicyTargetEdge: ResolverTypeWrapper<Omit<PolicyTargetEdge, 'country' | 'policy' | 'sources'> & { country: ResolversTypes['Country'], policy: ResolversTypes['Policy'], sources: Array<ResolversTypes['Source']> }>;
  ProducerShare: ResolverTypeWrapper<Omit<ProducerShare, 'country' | 'sources'> & { country: ResolversTypes['Country'], sources: Array<ResolversTypes['Source']> }>;
  Product: ResolverTypeWrapper<Omit<Product, 'claims' | 'coveredBy' | 'derivatives' | 'derivedFrom' | 'measures' | 'producers' | 'relations' | 'reserves' | 'restrictedBy' | 'sources' | 'usedIn'> & { claims: Array<ResolversTypes['ClaimSubjectEdge']>, coveredBy: Array<ResolversTypes['AgreementCoverageEdge']>, derivatives: Array<ResolversTypes['DerivationEdge']>, derivedFrom: Array<ResolversTypes['DerivationEdge']>, measures: Array<ResolversTypes['MeasuredItemEdge']>, producers: Array<ResolversTypes['ProductionEdge']>, relations: Array<ResolversTypes['EntityRelation']>, reserves: Array<ResolversTypes['ReservesEdge']>, restrictedBy: Array<ResolversTypes['RestrictionEdge']>, sources: Array<ResolversTypes['Source']>, usedIn: Array<ResolversTypes['EndUseEdge']> }>;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges' | 'groups'> & { edges: Array<ResolversTypes['ProductEdge']>, groups: Array<ResolversTypes['Group']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFilter: ProductFilter;
  ProductOrder: ProductOrder;
  ProductOrderField: ProductOrderField;
  ProductionEdge: ResolverTypeWrapper<Omit<ProductionEdge, 'item' | 'measure' | 'producer' | 'sources'> & { item: ResolversTypes['Entity'], measure?: Maybe<ResolversTypes['Measure']>, producer: ResolversTypes['Entity'], sources: Array<ResolversTypes['Source']> }>;
  Quantity: ResolverTypeWrapper<Quantity>;
  QuantitySum: ResolverTypeWrapper<QuantitySum>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelatedFilter: RelatedFilter;
  RelatedGroup: RelatedGroup;
  RelationshipRefInput: RelationshipRefInput;
  RelationshipType: RelationshipType;
  ReservesEdge: ResolverTypeWrapper<Omit<ReservesEdge, 'holder' | 'item' | 'measure' | 'sources'> & { holder: ResolversTypes['Country'], item: ResolversTypes['Entity'], measure?: Maybe<ResolversTypes['Measure']>, sources: Array<ResolversTypes['Source']> }>;
  RestrictionEdge: ResolverTypeWrapper<Omit<RestrictionEdge, 'item' | 'policy' | 'sources'> & { item: ResolversTypes['Entity'], policy: ResolversTypes['Policy'], sources: Array<ResolversTypes['Source']> }>;
  Retraction: ResolverTypeWrapper<Retraction>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  SearchMatch: SearchMatch;
  SeriesPoint: ResolverTypeWrapper<Omit<SeriesPoint, 'sources'> & { sources: Array<ResolversTypes['Source']> }>;
  ShareholdingEdge: ResolverTypeWrapper<Omit<ShareholdingEdge, 'company' | 'shareholder' | 'sources'> & { company: ResolversTypes['Company'], shareholder: ResolversTypes['Entity'], sources: Array<ResolversTypes['Source']> }>;
  Source: ResolverTypeWrapper<Omit<Source, 'relations' | 'sources'> & { relations: Array<ResolversTypes['EntityRelation']>, sources: Array<ResolversTypes['Source']> }>;
  SourceConnection: ResolverTypeWrapper<Omit<SourceConnection, 'edges' | 'groups'> & { edges: Array<ResolversTypes['SourceEdge']>, groups: Array<ResolversTypes['Group']> }>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceFilter: SourceFilter;
  SourceOrder: SourceOrder;
  SourceOrderField: SourceOrderField;
  StageChange: ResolverTypeWrapper<StageChange>;
  StageConcentration: ResolverTypeWrapper<Omit<StageConcentration, 'item' | 'measure' | 'years'> & { item: ResolversTypes['Entity'], measure: ResolversTypes['Measure'], years: Array<ResolversTypes['StageYear']> }>;
  StageYear: ResolverTypeWrapper<Omit<StageYear, 'topProducer'> & { topProducer?: Maybe<ResolversTypes['Country']> }>;
  StatisticSeries: ResolverTypeWrapper<Omit<StatisticSeries, 'country' | 'item' | 'measure' | 'points' | 'sources'> & { country: ResolversTypes['Country'], item: ResolversTypes['Entity'], measure: ResolversTypes['Measure'], points: Array<ResolversTypes['SeriesPoint']>, sources: Array<ResolversTypes['Source']> }>;
  Status: Status;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubsidiaryEdge: ResolverTypeWrapper<Omit<SubsidiaryEdge, 'parent' | 'sources' | 'subsidiary'> & { parent: ResolversTypes['Company'], sources: Array<ResolversTypes['Source']>, subsidiary: ResolversTypes['Company'] }>;
  SupplyConcentration: ResolverTypeWrapper<Omit<SupplyConcentration, 'item' | 'measure' | 'producers' | 'sources' | 'topProducer'> & { item: ResolversTypes['Entity'], measure: ResolversTypes['Measure'], producers: Array<ResolversTypes['ProducerShare']>, sources: Array<ResolversTypes['Source']>, topProducer?: Maybe<ResolversTypes['ProducerShare']> }>;
  SupplyEdge: ResolverTypeWrapper<Omit<SupplyEdge, 'item' | 'recipient' | 'sources' | 'supplier'> & { item?: Maybe<ResolversTypes['Entity']>, recipient: ResolversTypes['Entity'], sources: Array<ResolversTypes['Source']>, supplier: ResolversTypes['Entity'] }>;
  SuspensionEdge: ResolverTypeWrapper<Omit<SuspensionEdge, 'sources' | 'suspended' | 'suspension'> & { sources: Array<ResolversTypes['Source']>, suspended: ResolversTypes['Policy'], suspension: ResolversTypes['Policy'] }>;
  Technology: ResolverTypeWrapper<Omit<Technology, 'claims' | 'providers' | 'relations' | 'sources' | 'usedBy'> & { claims: Array<ResolversTypes['ClaimSubjectEdge']>, providers: Array<ResolversTypes['TechnologyProviderEdge']>, relations: Array<ResolversTypes['EntityRelation']>, sources: Array<ResolversTypes['Source']>, usedBy: Array<ResolversTypes['TechnologyUseEdge']> }>;
  TechnologyConnection: ResolverTypeWrapper<Omit<TechnologyConnection, 'edges' | 'groups'> & { edges: Array<ResolversTypes['TechnologyEdge']>, groups: Array<ResolversTypes['Group']> }>;
  TechnologyEdge: ResolverTypeWrapper<Omit<TechnologyEdge, 'node'> & { node: ResolversTypes['Technology'] }>;
  TechnologyFilter: TechnologyFilter;
  TechnologyOrder: TechnologyOrder;
  TechnologyOrderField: TechnologyOrderField;
  TechnologyProviderEdge: ResolverTypeWrapper<Omit<TechnologyProviderEdge, 'provider' | 'sources' | 'technology'> & { provider: ResolversTypes['Company'], sources: Array<ResolversTypes['Source']>, technology: ResolversTypes['Technology'] }>;
  TechnologyUseEdge: ResolverTypeWrapper<Omit<TechnologyUseEdge, 'facility' | 'sources' | 'technology'> & { facility: ResolversTypes['Facility'], sources: Array<ResolversTypes['Source']>, technology: ResolversTypes['Technology'] }>;
  UnitFamily: UnitFamily;
  Validity: ResolverTypeWrapper<Validity>;
  ValueChainConcentration: ResolverTypeWrapper<Omit<ValueChainConcentration, 'item' | 'sources' | 'stages'> & { item: ResolversTypes['Entity'], sources: Array<ResolversTypes['Source']>, stages: Array<ResolversTypes['StageConcentration']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddedSupplyInput: AddedSupplyInput;
  Agreement: Omit<Agreement, 'claims' | 'covers' | 'parties' | 'relations' | 'sources'> & { claims: Array<ResolversParentTypes['ClaimSubjectEdge']>, covers: Array<ResolversParentTypes['AgreementCoverageEdge']>, parties: Array<ResolversParentTypes['AgreementPartyEdge']>, relations: Array<ResolversParentTypes['EntityRelation']>, sources: Array<ResolversParentTypes['Source']> };
  AgreementConnection: Omit<AgreementConnection, 'edges' | 'groups'> & { edges: Array<ResolversParentTypes['AgreementEdge']>, groups: Array<ResolversParentTypes['Group']> };
  AgreementCoverageEdge: Omit<AgreementCoverageEdge, 'agreement' | 'item' | 'sources'> & { agreement: ResolversParentTypes['Agreement'], item: ResolversParentTypes['Entity'], sources: Array<ResolversParentTypes['Source']> };
  AgreementEdge: Omit<AgreementEdge, 'node'> & { node: ResolversParentTypes['Agreement'] };
  AgreementFilter: AgreementFilter;
  AgreementOrder: AgreementOrder;
  AgreementPartyEdge: Omit<AgreementPartyEdge, 'agreement' | 'party' | 'sources'> & { agreement: ResolversParentTypes['Agreement'], party: ResolversParentTypes['Entity'], sources: Array<ResolversParentTypes['Source']> };
  ArticleExtraction: ArticleExtraction;
  ArticleInput: ArticleInput;
  ArticleMention: ArticleMention;
  ArticleSentence: ArticleSentence;
  Boolean: Scalars['Boolean']['output'];
  Claim: Omit<Claim, 'about' | 'money' | 'relations' | 'sources'> & { about: Array<ResolversParentTypes['ClaimSubjectEdge']>, money?: Maybe<ResolversParentTypes['Money']>, relations: Array<ResolversParentTypes['EntityRelation']>, sources: Array<ResolversParentTypes['Source']> };
  ClaimConnection: Omit<ClaimConnection, 'edges' | 'groups'> & { edges: Array<ResolversParentTypes['ClaimEdge']>, groups: Array<ResolversParentTypes['Group']> };
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimFilter: ClaimFilter;
  ClaimOrder: ClaimOrder;
  ClaimSubjectEdge: Omit<ClaimSubjectEdge, 'claim' | 'sources' | 'subject'> & { claim: ResolversParentTypes['Claim'], sources: Array<ResolversParentTypes['Source']>, subject: ResolversParentTypes['Entity'] };
  Company: Omit<Company, 'agreements' | 'claims' | 'facilities' | 'headquarters' | 'investments' | 'parents' | 'produces' | 'relations' | 'shareholders' | 'shareholdings' | 'sources' | 'subsidiaries' | 'suppliedBy' | 'supplies' | 'technologies'> & { agreements: Array<ResolversParentTypes['AgreementPartyEdge']>, claims: Array<ResolversParentTypes['ClaimSubjectEdge']>, facilities: Array<ResolversParentTypes['FacilityOperationEdge']>, headquarters: Array<ResolversParentTypes['HeadquartersEdge']>, investments: Array<ResolversParentTypes['InvestmentEdge']>, parents: Array<ResolversParentTypes['SubsidiaryEdge']>, produces: Array<ResolversParentTypes['ProductionEdge']>, relations: Array<ResolversParentTypes['EntityRelation']>, shareholders: Array<ResolversParentTypes['ShareholdingEdge']>, shareholdings: Array<ResolversParentTypes['ShareholdingEdge']>, sources: Array<ResolversParentTypes['Source']>, subsidiaries: Array<ResolversParentTypes['SubsidiaryEdge']>, suppliedBy: Array<ResolversParentTypes['SupplyEdge']>, supplies: Array<ResolversParentTypes['SupplyEdge']>, technologies: Array<ResolversParentTypes['TechnologyProviderEdge']> };
  CompanyConnection: Omit<CompanyConnection, 'edges' | 'groups'> & { edges: Array<ResolversParentTypes['CompanyEdge']>, groups: Array<ResolversParentTypes['Group']> };
  CompanyEdge: Omit<CompanyEdge, 'node'> & { node: ResolversParentTypes['Company'] };
  CompanyFilter: CompanyFilter;
  CompanyOrder: CompanyOrder;
  Country: Omit<Country, 'agreements' | 'claims' | 'companies' | 'facilities' | 'importedBy' | 'importsFrom' | 'policies' | 'production' | 'relations' | 'reserves' | 'shareholdings' | 'sources' | 'suppliedBy' | 'targetedBy'> & { agreements: Array<ResolversParentTypes['AgreementPartyEdge']>, claims: Array<ResolversParentTypes['ClaimSubjectEdge']>, companies: Array<ResolversParentTypes['HeadquartersEdge']>, facilities: Array<ResolversParentTypes['FacilityLocationEdge']>, importedBy: Array<ResolversParentTypes['ImportSourceEdge']>, importsFrom: Array<ResolversParentTypes['ImportSourceEdge']>, policies: Array<ResolversParentTypes['PolicyImpositionEdge']>, production: Array<ResolversParentTypes['ProductionEdge']>, relations: Array<ResolversParentTypes['EntityRelation']>, reserves: Array<ResolversParentTypes['ReservesEdge']>, shareholdings: Array<ResolversParentTypes['ShareholdingEdge']>, sources: Array<ResolversParentTypes['Source']>, suppliedBy: Array<ResolversParentTypes['SupplyEdge']>, targetedBy: Array<ResolversParentTypes['PolicyTargetEdge']> };
  CountryConnection: Omit<CountryConnection, 'edges' | 'groups'> & { edges: Array<ResolversParentTypes['CountryEdge']>, groups: Array<ResolversParentTypes['Group']> };
  CountryEdge: Omit<CountryEdge, 'node'> & { node: ResolversParentTypes['Country'] };
  CountryFilter: CountryFilter;
  CountryOrder: CountryOrder;
  DatabaseInfo: DatabaseInfo;
  DependencyChain: Omit<DependencyChain, 'hops' | 'terminal'> & { hops: Array<ResolversParentTypes['Hop']>, terminal: ResolversParentTypes['Entity'] };
  DependencyChainResult: Omit<DependencyChainResult, 'chains' | 'entity' | 'metal'> & { chains: Array<ResolversParentTypes['DependencyChain']>, entity: ResolversParentTypes['Entity'], metal?: Maybe<ResolversParentTypes['Entity']> };
  DerivationEdge: Omit<DerivationEdge, 'input' | 'output' | 'sources'> & { input: ResolversParentTypes['Entity'], output: ResolversParentTypes['Entity'], sources: Array<ResolversParentTypes['Source']> };
  EndUseEdge: Omit<EndUseEdge, 'industry' | 'item' | 'sources'> & { industry: ResolversParentTypes['Industry'], item: ResolversParentTypes['Entity'], sources: Array<ResolversParentTypes['Source']> };
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  EntityRelation: Omit<EntityRelation, 'item' | 'measure' | 'money' | 'other' | 'sources'> & { item?: Maybe<ResolversParentTypes['Entity']>, measure?: Maybe<ResolversParentTypes['Measure']>, money?: Maybe<ResolversParentTypes['Money']>, other: ResolversParentTypes['Entity'], sources: Array<ResolversParentTypes['Source']> };
  Evidence: Evidence;
  ExportControl: Omit<ExportControl, 'policy' | 'restricts'> & { policy: ResolversParentTypes['Policy'], restricts: Array<ResolversParentTypes['Entity']> };
  Exposure: Omit<Exposure, 'chains' | 'dependent'> & { chains: Array<ResolversParentTypes['DependencyChain']>, dependent: ResolversParentTypes['Entity'] };
  ExposureResult: Omit<ExposureResult, 'dependents' | 'entity' | 'headquarteredIn' | 'metal'> & { dependents: Array<ResolversParentTypes['Exposure']>, entity: ResolversParentTypes['Entity'], headquarteredIn?: Maybe<Array<ResolversParentTypes['Entity']>>, metal?: Maybe<ResolversParentTypes['Entity']> };
  Facility: Omit<Facility, 'claims' | 'coveredBy' | 'investors' | 'location' | 'money' | 'operators' | 'produces' | 'relations' | 'sources' | 'suppliedBy' | 'supplies' | 'technologies'> & { claims: Array<ResolversParentTypes['ClaimSubjectEdge']>, coveredBy: Array<ResolversParentTypes['AgreementCoverageEdge']>, investors: Array<ResolversParentTypes['InvestmentEdge']>, location: Array<ResolversParentTypes['FacilityLocationEdge']>, money?: Maybe<ResolversParentTypes['Money']>, operators: Array<ResolversParentTypes['FacilityOperationEdge']>, produces: Array<ResolversParentTypes['ProductionEdge']>, relations: Array<ResolversParentTypes['EntityRelation']>, sources: Array<ResolversParentTypes['Source']>, suppliedBy: Array<ResolversParentTypes['SupplyEdge']>, supplies: Array<ResolversParentTypes['SupplyEdge']>, technologies: Array<ResolversParentTypes['TechnologyUseEdge']> };
  FacilityConnection: Omit<FacilityConnection, 'edges' | 'groups'> & { edges: Array<ResolversParentTypes['FacilityEdge']>, groups: Array<ResolversParentTypes['Group']> };
  FacilityEdge: Omit<FacilityEdge, 'node'> & { node: ResolversParentTypes['Facility'] };
  FacilityFilter: FacilityFilter;
  FacilityLocationEdge: Omit<FacilityLocationEdge, 'country' | 'facility' | 'sources'> & { country: ResolversParentTypes['Country'], facility: ResolversParentTypes['Facility'], sources: Array<ResolversParentTypes['Source']> };
  FacilityOperationEdge: Omit<FacilityOperationEdge, 'facility' | 'operator' | 'sources'> & { facility: ResolversParentTypes['Facility'], operator: ResolversParentTypes['Company'], sources: Array<ResolversParentTypes['Source']> };
  FacilityOrder: FacilityOrder;
  FactCandidate: FactCandidate;
  FactInput: FactInput;
  Float: Scalars['Float']['output'];
  Graph: Omit<Graph, 'center' | 'edges' | 'nodes'> & { center: ResolversParentTypes['Entity'], edges: Array<ResolversParentTypes['GraphEdge']>, nodes: Array<ResolversParentTypes['Entity']> };
  GraphEdge: Omit<GraphEdge, 'properties' | 'sources'> & { properties: ResolversParentTypes['HopProperties'], sources: Array<ResolversParentTypes['Source']> };
  Group: Omit<Group, 'entity' | 'sources'> & { entity?: Maybe<ResolversParentTypes['Entity']>, sources: Array<ResolversParentTypes['Source']> };
  GroupBy: GroupBy;
  HeadquartersEdge: Omit<HeadquartersEdge, 'company' | 'country' | 'sources'> & { company: ResolversParentTypes['Company'], country: ResolversParentTypes['Country'], sources: Array<ResolversParentTypes['Source']> };
  Hop: Omit<Hop, 'from' | 'properties' | 'sources' | 'to'> & { from: ResolversParentTypes['Entity'], properties: ResolversParentTypes['HopProperties'], sources: Array<ResolversParentTypes['Source']>, to: ResolversParentTypes['Entity'] };
  HopProperties: Omit<HopProperties, 'money'> & { money?: Maybe<ResolversParentTypes['Money']> };
  ID: Scalars['ID']['output'];
  ImportReliance: Omit<ImportReliance, 'importSources' | 'item' | 'sources'> & { importSources: Array<ResolversParentTypes['ImportSourceRank']>, item: ResolversParentTypes['Entity'], sources: Array<ResolversParentTypes['Source']> };
  ImportSourceEdge: Omit<ImportSourceEdge, 'exporter' | 'importer' | 'item' | 'sources'> & { exporter: ResolversParentTypes['Country'], importer: ResolversParentTypes['Country'], item?: Maybe<ResolversParentTypes['Entity']>, sources: Array<ResolversParentTypes['Source']> };
  ImportSourceRank: Omit<ImportSourceRank, 'country' | 'sources'> & { country: ResolversParentTypes['Country'], sources: Array<ResolversParentTypes['Source']> };
  Industry: Omit<Industry, 'dependsOn' | 'relations' | 'sources'> & { dependsOn: Array<ResolversParentTypes['EndUseEdge']>, relations: Array<ResolversParentTypes['EntityRelation']>, sources: Array<ResolversParentTypes['Source']> };
  IndustryConnection: Omit<IndustryConnection, 'edges' | 'groups'> & { edges: Array<ResolversParentTypes['IndustryEdge']>, groups: Array<ResolversParentTypes['Group']> };
  IndustryEdge: Omit<IndustryEdge, 'node'> & { node: ResolversParentTypes['Industry'] };
  IndustryFilter: IndustryFilter;
  IndustryOrder: IndustryOrder;
  Int: Scalars['Int']['output'];
  InvestmentEdge: Omit<InvestmentEdge, 'facility' | 'investor' | 'money' | 'sources'> & { facility: ResolversParentTypes['Facility'], investor: ResolversParentTypes['Company'], money?: Maybe<ResolversParentTypes['Money']>, sources: Array<ResolversParentTypes['Source']> };
  JSON: Scalars['JSON']['output'];
  LoadCount: LoadCount;
  LoadResult: LoadResult;
  Measure: Omit<Measure, 'items' | 'relations' | 'sources'> & { items: Array<ResolversParentTypes['MeasuredItemEdge']>, relations: Array<ResolversParentTypes['EntityRelation']>, sources: Array<ResolversParentTypes['Source']> };
  MeasureConnection: Omit<MeasureConnection, 'edges' | 'groups'> & { edges: Array<ResolversParentTypes['MeasureEdge']>, groups: Array<ResolversParentTypes['Group']> };
  MeasureEdge: Omit<MeasureEdge, 'node'> & { node: ResolversParentTypes['Measure'] };
  MeasureFilter: MeasureFilter;
  MeasureOrder: MeasureOrder;
  MeasuredItemEdge: Omit<MeasuredItemEdge, 'item' | 'measure' | 'sources'> & { item: ResolversParentTypes['Entity'], measure: ResolversParentTypes['Measure'], sources: Array<ResolversParentTypes['Source']> };
  Metal: Omit<Metal, 'claims' | 'coveredBy' | 'derivatives' | 'derivedFrom' | 'measures' | 'producers' | 'relations' | 'reserves' | 'restrictedBy' | 'sources' | 'usedIn'> & { claims: Array<ResolversParentTypes['ClaimSubjectEdge']>, coveredBy: Array<ResolversParentTypes['AgreementCoverageEdge']>, derivatives: Array<ResolversParentTypes['DerivationEdge']>, derivedFrom: Array<ResolversParentTypes['DerivationEdge']>, measures: Array<ResolversParentTypes['MeasuredItemEdge']>, producers: Array<ResolversParentTypes['ProductionEdge']>, relations: Array<ResolversParentTypes['EntityRelation']>, reserves: Array<ResolversParentTypes['ReservesEdge']>, restrictedBy: Array<ResolversParentTypes['RestrictionEdge']>, sources: Array<ResolversParentTypes['Source']>, usedIn: Array<ResolversParentTypes['EndUseEdge']> };
  MetalConnection: Omit<MetalConnection, 'edges' | 'groups'> & { edges: Array<ResolversParentTypes['MetalEdge']>, groups: Array<ResolversParentTypes['Group']> };
  MetalEdge: Omit<MetalEdge, 'node'> & { node: ResolversParentTypes['Metal'] };
  MetalFilter: MetalFilter;
  MetalOrder: MetalOrder;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Path: Omit<Path, 'hops' | 'nodes'> & { hops: Array<ResolversParentTypes['Hop']>, nodes: Array<ResolversParentTypes['Entity']> };
  Person: Omit<Person, 'relations' | 'shareholdings' | 'sources'> & { relations: Array<ResolversParentTypes['EntityRelation']>, shareholdings: Array<ResolversParentTypes['ShareholdingEdge']>, sources: Array<ResolversParentTypes['Source']> };
  PersonConnection: Omit<PersonConnection, 'edges' | 'groups'> & { edges: Array<ResolversParentTypes['PersonEdge']>, groups: Array<ResolversParentTypes['Group']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  PersonOrder: PersonOrder;
  Policy: Omit<Policy, 'claims' | 'imposedBy' | 'relations' | 'restricts' | 'sources' | 'suspendedBy' | 'suspends' | 'targets'> & { claims: Array<ResolversParentTypes['ClaimSubjectEdge']>, imposedBy: Array<ResolversParentTypes['PolicyImpositionEdge']>, relations: Array<ResolversParentTypes['EntityRelation']>, restricts: Array<ResolversParentTypes['RestrictionEdge']>, sources: Array<ResolversParentTypes['Source']>, suspendedBy: Array<ResolversParentTypes['SuspensionEdge']>, suspends: Array<ResolversParentTypes['SuspensionEdge']>, targets: Array<ResolversParentTypes['PolicyTargetEdge']> };
  PolicyConnection: Omit<PolicyConnection, 'edges' | 'groups'> & { edges: Array<ResolversParentTypes['PolicyEdge']>, groups: Array<ResolversParentTypes['Group']> };
  PolicyEdge: Omit<PolicyEdge, 'node'> & { node: ResolversParentTypes['Policy'] };
  PolicyFilter: PolicyFilter;
  PolicyImpositionEdge: Omit<PolicyImpositionEdge, 'country' | 'policy' | 'sources'> & { country: ResolversParentTypes['Country'], policy: ResolversParentTypes['Policy'], sources: Array<ResolversParentTypes['Source']> };
  PolicyOrder: PolicyOrder;
  PolicyTargetEdge: Omit<PolicyTargetEdge, 'country' | 'policy' | 'sources'> & { country: ResolversParentTypes['Country'], policy: ResolversParentTypes['Policy'], sources: Array<ResolversParentTypes['Source']> };
  ProducerShare: Omit<ProducerShare, 'country' | 'sources'> & { country: ResolversParentTypes['Country'], sources: Array<ResolversParentTypes['Source']> };
  Product: Omit<Product, 'claims' | 'coveredBy' | 'derivatives' | 'derivedFrom' | 'measures' | 'producers' | 'relations' | 'reserves' | 'restrictedBy' | 'sources' | 'usedIn'> & { claims: Array<ResolversParentTypes['ClaimSubjectEdge']>, coveredBy: Array<ResolversParentTypes['AgreementCoverageEdge']>, derivatives: Array<ResolversParentTypes['DerivationEdge']>, derivedFrom: Array<ResolversParentTypes['DerivationEdge']>, measures: Array<ResolversParentTypes['MeasuredItemEdge']>, producers: Array<ResolversParentTypes['ProductionEdge']>, relations: Array<ResolversParentTypes['EntityRelation']>, reserves: Array<ResolversParentTypes['ReservesEdge']>, restrictedBy: Array<ResolversParentTypes['RestrictionEdge']>, sources: Array<ResolversParentTypes['Source']>, usedIn: Array<ResolversParentTypes['EndUseEdge']> };
  ProductConnection: Omit<ProductConnection, 'edges' | 'groups'> & { edges: Array<ResolversParentTypes['ProductEdge']>, groups: Array<ResolversParentTypes['Group']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFilter: ProductFilter;
  ProductOrder: ProductOrder;
  ProductionEdge: Omit<ProductionEdge, 'item' | 'measure' | 'producer' | 'sources'> & { item: ResolversParentTypes['Entity'], measure?: Maybe<ResolversParentTypes['Measure']>, producer: ResolversParentTypes['Entity'], sources: Array<ResolversParentTypes['Source']> };
  Quantity: Quantity;
  QuantitySum: QuantitySum;
  Query: Record<PropertyKey, never>;
  RelatedFilter: RelatedFilter;
  RelatedGroup: RelatedGroup;
  RelationshipRefInput: RelationshipRefInput;
  ReservesEdge: Omit<ReservesEdge, 'holder' | 'item' | 'measure' | 'sources'> & { holder: ResolversParentTypes['Country'], item: ResolversParentTypes['Entity'], measure?: Maybe<ResolversParentTypes['Measure']>, sources: Array<ResolversParentTypes['Source']> };
  RestrictionEdge: Omit<RestrictionEdge, 'item' | 'policy' | 'sources'> & { item: ResolversParentTypes['Entity'], policy: ResolversParentTypes['Policy'], sources: Array<ResolversParentTypes['Source']> };
  Retraction: Retraction;
  SearchHit: Omit<SearchHit, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  SeriesPoint: Omit<SeriesPoint, 'sources'> & { sources: Array<ResolversParentTypes['Source']> };
  ShareholdingEdge: Omit<ShareholdingEdge, 'company' | 'shareholder' | 'sources'> & { company: ResolversParentTypes['Company'], shareholder: ResolversParentTypes['Entity'], sources: Array<ResolversParentTypes['Source']> };
  Source: Omit<Source, 'relations' | 'sources'> & { relations: Array<ResolversParentTypes['EntityRelation']>, sources: Array<ResolversParentTypes['Source']> };
  SourceConnection: Omit<SourceConnection, 'edges' | 'groups'> & { edges: Array<ResolversParentTypes['SourceEdge']>, groups: Array<ResolversParentTypes['Group']> };
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourceFilter: SourceFilter;
  SourceOrder: SourceOrder;
  StageChange: StageChange;
  StageConcentration: Omit<StageConcentration, 'item' | 'measure' | 'years'> & { item: ResolversParentTypes['Entity'], measure: ResolversParentTypes['Measure'], years: Array<ResolversParentTypes['StageYear']> };
  StageYear: Omit<StageYear, 'topProducer'> & { topProducer?: Maybe<ResolversParentTypes['Country']> };
  StatisticSeries: Omit<StatisticSeries, 'country' | 'item' | 'measure' | 'points' | 'sources'> & { country: ResolversParentTypes['Country'], item: ResolversParentTypes['Entity'], measure: ResolversParentTypes['Measure'], points: Array<ResolversParentTypes['SeriesPoint']>, sources: Array<ResolversParentTypes['Source']> };
  String: Scalars['String']['output'];
  SubsidiaryEdge: Omit<SubsidiaryEdge, 'parent' | 'sources' | 'subsidiary'> & { parent: ResolversParentTypes['Company'], sources: Array<ResolversParentTypes['Source']>, subsidiary: ResolversParentTypes['Company'] };
  SupplyConcentration: Omit<SupplyConcentration, 'item' | 'measure' | 'producers' | 'sources' | 'topProducer'> & { item: ResolversParentTypes['Entity'], measure: ResolversParentTypes['Measure'], producers: Array<ResolversParentTypes['ProducerShare']>, sources: Array<ResolversParentTypes['Source']>, topProducer?: Maybe<ResolversParentTypes['ProducerShare']> };
  SupplyEdge: Omit<SupplyEdge, 'item' | 'recipient' | 'sources' | 'supplier'> & { item?: Maybe<ResolversParentTypes['Entity']>, recipient: ResolversParentTypes['Entity'], sources: Array<ResolversParentTypes['Source']>, supplier: ResolversParentTypes['Entity'] };
  SuspensionEdge: Omit<SuspensionEdge, 'sources' | 'suspended' | 'suspension'> & { sources: Array<ResolversParentTypes['Source']>, suspended: ResolversParentTypes['Policy'], suspension: ResolversParentTypes['Policy'] };
  Technology: Omit<Technology, 'claims' | 'providers' | 'relations' | 'sources' | 'usedBy'> & { claims: Array<ResolversParentTypes['ClaimSubjectEdge']>, providers: Array<ResolversParentTypes['TechnologyProviderEdge']>, relations: Array<ResolversParentTypes['EntityRelation']>, sources: Array<ResolversParentTypes['Source']>, usedBy: Array<ResolversParentTypes['TechnologyUseEdge']> };
  TechnologyConnection: Omit<TechnologyConnection, 'edges' | 'groups'> & { edges: Array<ResolversParentTypes['TechnologyEdge']>, groups: Array<ResolversParentTypes['Group']> };
  TechnologyEdge: Omit<TechnologyEdge, 'node'> & { node: ResolversParentTypes['Technology'] };
  TechnologyFilter: TechnologyFilter;
  TechnologyOrder: TechnologyOrder;
  TechnologyProviderEdge: Omit<TechnologyProviderEdge, 'provider' | 'sources' | 'technology'> & { provider: ResolversParentTypes['Company'], sources: Array<ResolversParentTypes['Source']>, technology: ResolversParentTypes['Technology'] };
  TechnologyUseEdge: Omit<TechnologyUseEdge, 'facility' | 'sources' | 'technology'> & { facility: ResolversParentTypes['Facility'], sources: Array<ResolversParentTypes['Source']>, technology: ResolversParentTypes['Technology'] };
  Validity: Validity;
  ValueChainConcentration: Omit<ValueChainConcentration, 'item' | 'sources' | 'stages'> & { item: ResolversParentTypes['Entity'], sources: Array<ResolversParentTypes['Source']>, stages: Array<ResolversParentTypes['StageConcentration']> };
};

export type ListSizeDirectiveArgs = {
  assumedSize: Scalars['Int']['input'];
};

export type ListSizeDirectiveResolver<Result, Parent, ContextType = Context, Args = ListSizeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  agreementType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['ClaimSubjectEdge']>, ParentType, ContextType>;
  covers?: Resolver<Array<ResolversTypes['AgreementCoverageEdge']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occasion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['AgreementPartyEdge']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['EntityRelation']>, ParentType, ContextType, RequireFields<AgreementRelationsArgs, 'direction' | 'first'>>;
  signedDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signedDatePrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  signedDateText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgreementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementConnection'] = ResolversParentTypes['AgreementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgreementEdge']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType, RequireFields<AgreementConnectionGroupsArgs, 'by' | 'first'>>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgreementCoverageEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementCoverageEdge'] = ResolversParentTypes['AgreementCoverageEdge']> = {
  agreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type AgreementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementEdge'] = ResolversParentTypes['AgreementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
};

export type AgreementPartyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementPartyEdge'] = ResolversParentTypes['AgreementPartyEdge']> = {
  agreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  party?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type ArticleExtractionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleExtraction'] = ResolversParentTypes['ArticleExtraction']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['FactCandidate']>, ParentType, ContextType>;
  dataset?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['ArticleMention']>, ParentType, ContextType>;
  sentences?: Resolver<Array<ResolversTypes['ArticleSentence']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type ArticleMentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleMention'] = ResolversParentTypes['ArticleMention']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  known?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArticleSentenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleSentence'] = ResolversParentTypes['ArticleSentence']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  about?: Resolver<Array<ResolversTypes['ClaimSubjectEdge']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  attribute?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  money?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['EntityRelation']>, ParentType, ContextType, RequireFields<ClaimRelationsArgs, 'direction' | 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueDatePrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  valueText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType, RequireFields<ClaimConnectionGroupsArgs, 'by' | 'first'>>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimSubjectEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimSubjectEdge'] = ResolversParentTypes['ClaimSubjectEdge']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type CompanyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  agreements?: Resolver<Array<ResolversTypes['AgreementPartyEdge']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['ClaimSubjectEdge']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facilities?: Resolver<Array<ResolversTypes['FacilityOperationEdge']>, ParentType, ContextType>;
  headquarters?: Resolver<Array<ResolversTypes['HeadquartersEdge']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investments?: Resolver<Array<ResolversTypes['InvestmentEdge']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parents?: Resolver<Array<ResolversTypes['SubsidiaryEdge']>, ParentType, ContextType>;
  produces?: Resolver<Array<ResolversTypes['ProductionEdge']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['EntityRelation']>, ParentType, ContextType, RequireFields<CompanyRelationsArgs, 'direction' | 'first'>>;
  shareholders?: Resolver<Array<ResolversTypes['ShareholdingEdge']>, ParentType, ContextType>;
  shareholdings?: Resolver<Array<ResolversTypes['ShareholdingEdge']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  subsidiaries?: Resolver<Array<ResolversTypes['SubsidiaryEdge']>, ParentType, ContextType>;
  suppliedBy?: Resolver<Array<ResolversTypes['SupplyEdge']>, ParentType, ContextType>;
  supplies?: Resolver<Array<ResolversTypes['SupplyEdge']>, ParentType, ContextType>;
  technologies?: Resolver<Array<ResolversTypes['TechnologyProviderEdge']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompanyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompanyConnection'] = ResolversParentTypes['CompanyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CompanyEdge']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType, RequireFields<CompanyConnectionGroupsArgs, 'by' | 'first'>>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CompanyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompanyEdge'] = ResolversParentTypes['CompanyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
};

export type CountryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = {
  agreements?: Resolver<Array<ResolversTypes['AgreementPartyEdge']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['ClaimSubjectEdge']>, ParentType, ContextType>;
  companies?: Resolver<Array<ResolversTypes['HeadquartersEdge']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facilities?: Resolver<Array<ResolversTypes['FacilityLocationEdge']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedBy?: Resolver<Array<ResolversTypes['ImportSourceEdge']>, ParentType, ContextType, Partial<CountryImportedByArgs>>;
  importsFrom?: Resolver<Array<ResolversTypes['ImportSourceEdge']>, ParentType, ContextType, Partial<CountryImportsFromArgs>>;
  isoCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policies?: Resolver<Array<ResolversTypes['PolicyImpositionEdge']>, ParentType, ContextType>;
  production?: Resolver<Array<ResolversTypes['ProductionEdge']>, ParentType, ContextType, Partial<CountryProductionArgs>>;
  relations?: Resolver<Array<ResolversTypes['EntityRelation']>, ParentType, ContextType, RequireFields<CountryRelationsArgs, 'direction' | 'first'>>;
  reserves?: Resolver<Array<ResolversTypes['ReservesEdge']>, ParentType, ContextType, Partial<CountryReservesArgs>>;
  shareholdings?: Resolver<Array<ResolversTypes['ShareholdingEdge']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  suppliedBy?: Resolver<Array<ResolversTypes['SupplyEdge']>, ParentType, ContextType>;
  targetedBy?: Resolver<Array<ResolversTypes['PolicyTargetEdge']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CountryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountryConnection'] = ResolversParentTypes['CountryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CountryEdge']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType, RequireFields<CountryConnectionGroupsArgs, 'by' | 'first'>>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountryEdge'] = ResolversParentTypes['CountryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
};

export type DatabaseInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatabaseInfo'] = ResolversParentTypes['DatabaseInfo']> = {
  edition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DependencyChainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DependencyChain'] = ResolversParentTypes['DependencyChain']> = {
  hops?: Resolver<Array<ResolversTypes['Hop']>, ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['ExposureKind']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relevance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  terminal?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type DependencyChainResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DependencyChainResult'] = ResolversParentTypes['DependencyChainResult']> = {
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  chains?: Resolver<Array<ResolversTypes['DependencyChain']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['ExposureKind']>, ParentType, ContextType>;
  maxDepth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  metal?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  totalChains?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DerivationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DerivationEdge'] = ResolversParentTypes['DerivationEdge']> = {
  input?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  output?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type EndUseEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EndUseEdge'] = ResolversParentTypes['EndUseEdge']> = {
  basis?: Resolver<Maybe<ResolversTypes['Basis']>, ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sharePct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sharePctBound?: Resolver<Maybe<ResolversTypes['Bound']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType?: TypeResolveFn<'Agreement' | 'Claim' | 'Company' | 'Country' | 'Facility' | 'Industry' | 'Measure' | 'Metal' | 'Person' | 'Policy' | 'Product' | 'Source' | 'Technology', ParentType, ContextType>;
};

export type EntityRelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityRelation'] = ResolversParentTypes['EntityRelation']> = {
  baseQuantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['Basis']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  estimated?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  measure?: Resolver<Maybe<ResolversTypes['Measure']>, ParentType, ContextType>;
  money?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  noValueReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sharePct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sharePctBound?: Resolver<Maybe<ResolversTypes['Bound']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExportControlResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExportControl'] = ResolversParentTypes['ExportControl']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
  restricts?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  statusAsOf?: Resolver<ResolversTypes['PolicyStatusAsOf'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ExposureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Exposure'] = ResolversParentTypes['Exposure']> = {
  chainCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  chains?: Resolver<Array<ResolversTypes['DependencyChain']>, ParentType, ContextType>;
  dependent?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['ExposureKind']>, ParentType, ContextType>;
  kindsAlong?: Resolver<Array<ResolversTypes['ExposureKind']>, ParentType, ContextType>;
  relevance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ExposureResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExposureResult'] = ResolversParentTypes['ExposureResult']> = {
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dependentLabels?: Resolver<Maybe<Array<ResolversTypes['Label']>>, ParentType, ContextType>;
  dependents?: Resolver<Array<ResolversTypes['Exposure']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  headquarteredIn?: Resolver<Maybe<Array<ResolversTypes['Entity']>>, ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['ExposureKind']>, ParentType, ContextType>;
  maxDepth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  metal?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  totalDependents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FacilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Facility'] = ResolversParentTypes['Facility']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['ClaimSubjectEdge']>, ParentType, ContextType>;
  coveredBy?: Resolver<Array<ResolversTypes['AgreementCoverageEdge']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facilityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investors?: Resolver<Array<ResolversTypes['InvestmentEdge']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  location?: Resolver<Array<ResolversTypes['FacilityLocationEdge']>, ParentType, ContextType>;
  locationText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  money?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operators?: Resolver<Array<ResolversTypes['FacilityOperationEdge']>, ParentType, ContextType>;
  produces?: Resolver<Array<ResolversTypes['ProductionEdge']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['EntityRelation']>, ParentType, ContextType, RequireFields<FacilityRelationsArgs, 'direction' | 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  suppliedBy?: Resolver<Array<ResolversTypes['SupplyEdge']>, ParentType, ContextType>;
  supplies?: Resolver<Array<ResolversTypes['SupplyEdge']>, ParentType, ContextType>;
  technologies?: Resolver<Array<ResolversTypes['TechnologyUseEdge']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FacilityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FacilityConnection'] = ResolversParentTypes['FacilityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FacilityEdge']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType, RequireFields<FacilityConnectionGroupsArgs, 'by' | 'first'>>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FacilityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FacilityEdge'] = ResolversParentTypes['FacilityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
};

export type FacilityLocationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FacilityLocationEdge'] = ResolversParentTypes['FacilityLocationEdge']> = {
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type FacilityOperationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FacilityOperationEdge'] = ResolversParentTypes['FacilityOperationEdge']> = {
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type FactCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FactCandidate'] = ResolversParentTypes['FactCandidate']> = {
  about?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  record?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  requires?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Graph'] = ResolversParentTypes['Graph']> = {
  center?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  edgeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  edgesTruncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['HopProperties'], ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  sharePct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type GroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  sums?: Resolver<Array<ResolversTypes['QuantitySum']>, ParentType, ContextType>;
  unsummed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HeadquartersEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HeadquartersEdge'] = ResolversParentTypes['HeadquartersEdge']> = {
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type HopResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Hop'] = ResolversParentTypes['Hop']> = {
  direction?: Resolver<ResolversTypes['HopDirection'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['ExposureKind']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['HopProperties'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type HopPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HopProperties'] = ResolversParentTypes['HopProperties']> = {
  basis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  estimated?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  itemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  money?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sharePct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sharePctBound?: Resolver<Maybe<ResolversTypes['Bound']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ImportRelianceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportReliance'] = ResolversParentTypes['ImportReliance']> = {
  importSources?: Resolver<Array<ResolversTypes['ImportSourceRank']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  noValueReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reliance?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type ImportSourceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportSourceEdge'] = ResolversParentTypes['ImportSourceEdge']> = {
  basis?: Resolver<Maybe<ResolversTypes['Basis']>, ParentType, ContextType>;
  exporter?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  importer?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type ImportSourceRankResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportSourceRank'] = ResolversParentTypes['ImportSourceRank']> = {
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type IndustryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Industry'] = ResolversParentTypes['Industry']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  dependsOn?: Resolver<Array<ResolversTypes['EndUseEdge']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['EntityRelation']>, ParentType, ContextType, RequireFields<IndustryRelationsArgs, 'direction' | 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndustryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndustryConnection'] = ResolversParentTypes['IndustryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IndustryEdge']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType, RequireFields<IndustryConnectionGroupsArgs, 'by' | 'first'>>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndustryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndustryEdge'] = ResolversParentTypes['IndustryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
};

export type InvestmentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvestmentEdge'] = ResolversParentTypes['InvestmentEdge']> = {
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  investor?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  money?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LoadCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LoadCount'] = ResolversParentTypes['LoadCount']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LoadResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LoadResult'] = ResolversParentTypes['LoadResult']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LoadCount']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['LoadCount']>, ParentType, ContextType>;
};

export type MeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Measure'] = ResolversParentTypes['Measure']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  baseUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  commodity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  form?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['MeasuredItemEdge']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['EntityRelation']>, ParentType, ContextType, RequireFields<MeasureRelationsArgs, 'direction' | 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  statistic?: Resolver<Maybe<ResolversTypes['Basis']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  worldCapacity2023?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  worldCapacity2024?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  worldReserves2024?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  worldTotal2023?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  worldTotal2024?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  worldTotalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  worldTotalNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeasureConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasureConnection'] = ResolversParentTypes['MeasureConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeasureEdge']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType, RequireFields<MeasureConnectionGroupsArgs, 'by' | 'first'>>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeasureEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasureEdge'] = ResolversParentTypes['MeasureEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
};

export type MeasuredItemEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasuredItemEdge'] = ResolversParentTypes['MeasuredItemEdge']> = {
  item?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type MetalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Metal'] = ResolversParentTypes['Metal']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['ClaimSubjectEdge']>, ParentType, ContextType>;
  coveredBy?: Resolver<Array<ResolversTypes['AgreementCoverageEdge']>, ParentType, ContextType>;
  derivatives?: Resolver<Array<ResolversTypes['DerivationEdge']>, ParentType, ContextType>;
  derivedFrom?: Resolver<Array<ResolversTypes['DerivationEdge']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['MeasuredItemEdge']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  producers?: Resolver<Array<ResolversTypes['ProductionEdge']>, ParentType, ContextType, Partial<MetalProducersArgs>>;
  relations?: Resolver<Array<ResolversTypes['EntityRelation']>, ParentType, ContextType, RequireFields<MetalRelationsArgs, 'direction' | 'first'>>;
  reserves?: Resolver<Array<ResolversTypes['ReservesEdge']>, ParentType, ContextType, Partial<MetalReservesArgs>>;
  restrictedBy?: Resolver<Array<ResolversTypes['RestrictionEdge']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  symbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  usedIn?: Resolver<Array<ResolversTypes['EndUseEdge']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MetalConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MetalConnection'] = ResolversParentTypes['MetalConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MetalEdge']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType, RequireFields<MetalConnectionGroupsArgs, 'by' | 'first'>>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MetalEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MetalEdge'] = ResolversParentTypes['MetalEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Metal'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  bound?: Resolver<ResolversTypes['Bound'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  applySchema?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  loadDataset?: Resolver<Maybe<ResolversTypes['LoadResult']>, ParentType, ContextType, RequireFields<MutationLoadDatasetArgs, 'content' | 'name'>>;
  retractFact?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType, RequireFields<MutationRetractFactArgs, 'fact' | 'reason'>>;
  undoRetraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType, RequireFields<MutationUndoRetractionArgs, 'fact'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType?: TypeResolveFn<'Agreement' | 'Claim' | 'Company' | 'Country' | 'Facility' | 'Industry' | 'Measure' | 'Metal' | 'Person' | 'Policy' | 'Product' | 'Source' | 'Technology', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  hops?: Resolver<Array<ResolversTypes['Hop']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['EntityRelation']>, ParentType, ContextType, RequireFields<PersonRelationsArgs, 'direction' | 'first'>>;
  shareholdings?: Resolver<Array<ResolversTypes['ShareholdingEdge']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType, RequireFields<PersonConnectionGroupsArgs, 'by' | 'first'>>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PolicyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['ClaimSubjectEdge']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imposedBy?: Resolver<Array<ResolversTypes['PolicyImpositionEdge']>, ParentType, ContextType>;
  issuedDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuedDatePrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policyType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['EntityRelation']>, ParentType, ContextType, RequireFields<PolicyRelationsArgs, 'direction' | 'first'>>;
  restricts?: Resolver<Array<ResolversTypes['RestrictionEdge']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  suspendedBy?: Resolver<Array<ResolversTypes['SuspensionEdge']>, ParentType, ContextType>;
  suspends?: Resolver<Array<ResolversTypes['SuspensionEdge']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['PolicyTargetEdge']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PolicyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolicyConnection'] = ResolversParentTypes['PolicyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PolicyEdge']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType, RequireFields<PolicyConnectionGroupsArgs, 'by' | 'first'>>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PolicyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolicyEdge'] = ResolversParentTypes['PolicyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
};

export type PolicyImpositionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolicyImpositionEdge'] = ResolversParentTypes['PolicyImpositionEdge']> = {
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type PolicyTargetEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolicyTargetEdge'] = ResolversParentTypes['PolicyTargetEdge']> = {
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type ProducerShareResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProducerShare'] = ResolversParentTypes['ProducerShare']> = {
  added?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  estimated?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  noValueReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantityBase?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reported?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  sharePct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  tonnes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['ClaimSubjectEdge']>, ParentType, ContextType>;
  coveredBy?: Resolver<Array<ResolversTypes['AgreementCoverageEdge']>, ParentType, ContextType>;
  derivatives?: Resolver<Array<ResolversTypes['DerivationEdge']>, ParentType, ContextType>;
  derivedFrom?: Resolver<Array<ResolversTypes['DerivationEdge']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['MeasuredItemEdge']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  producers?: Resolver<Array<ResolversTypes['ProductionEdge']>, ParentType, ContextType, Partial<ProductProducersArgs>>;
  relations?: Resolver<Array<ResolversTypes['EntityRelation']>, ParentType, ContextType, RequireFields<ProductRelationsArgs, 'direction' | 'first'>>;
  reserves?: Resolver<Array<ResolversTypes['ReservesEdge']>, ParentType, ContextType, Partial<ProductReservesArgs>>;
  restrictedBy?: Resolver<Array<ResolversTypes['RestrictionEdge']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  usedIn?: Resolver<Array<ResolversTypes['EndUseEdge']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType, RequireFields<ProductConnectionGroupsArgs, 'by' | 'first'>>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProductEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
};

export type ProductionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductionEdge'] = ResolversParentTypes['ProductionEdge']> = {
  baseQuantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['Basis']>, ParentType, ContextType>;
  estimated?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  measure?: Resolver<Maybe<ResolversTypes['Measure']>, ParentType, ContextType>;
  noValueReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  producer?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  sharePct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sharePctBound?: Resolver<Maybe<ResolversTypes['Bound']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type QuantityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Quantity'] = ResolversParentTypes['Quantity']> = {
  bound?: Resolver<ResolversTypes['Bound'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QuantitySumResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuantitySum'] = ResolversParentTypes['QuantitySum']> = {
  bound?: Resolver<ResolversTypes['Bound'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overflow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agreements?: Resolver<Maybe<ResolversTypes['AgreementConnection']>, ParentType, ContextType, RequireFields<QueryAgreementsArgs, 'first'>>;
  claims?: Resolver<Maybe<ResolversTypes['ClaimConnection']>, ParentType, ContextType, RequireFields<QueryClaimsArgs, 'first'>>;
  companies?: Resolver<Maybe<ResolversTypes['CompanyConnection']>, ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'first'>>;
  countries?: Resolver<Maybe<ResolversTypes['CountryConnection']>, ParentType, ContextType, RequireFields<QueryCountriesArgs, 'first'>>;
  database?: Resolver<Maybe<ResolversTypes['DatabaseInfo']>, ParentType, ContextType>;
  dependencyChains?: Resolver<Maybe<ResolversTypes['DependencyChainResult']>, ParentType, ContextType, RequireFields<QueryDependencyChainsArgs, 'entityId' | 'first' | 'maxDepth'>>;
  exportControls?: Resolver<Maybe<Array<ResolversTypes['ExportControl']>>, ParentType, ContextType, RequireFields<QueryExportControlsArgs, 'countryId'>>;
  exposure?: Resolver<Maybe<ResolversTypes['ExposureResult']>, ParentType, ContextType, RequireFields<QueryExposureArgs, 'entityId' | 'first' | 'maxDepth'>>;
  extractArticle?: Resolver<Maybe<ResolversTypes['ArticleExtraction']>, ParentType, ContextType, RequireFields<QueryExtractArticleArgs, 'input'>>;
  facilities?: Resolver<Maybe<ResolversTypes['FacilityConnection']>, ParentType, ContextType, RequireFields<QueryFacilitiesArgs, 'first'>>;
  importReliance?: Resolver<Maybe<Array<ResolversTypes['ImportReliance']>>, ParentType, ContextType, RequireFields<QueryImportRelianceArgs, 'countryId' | 'criticalOnly'>>;
  industries?: Resolver<Maybe<ResolversTypes['IndustryConnection']>, ParentType, ContextType, RequireFields<QueryIndustriesArgs, 'first'>>;
  measures?: Resolver<Maybe<ResolversTypes['MeasureConnection']>, ParentType, ContextType, RequireFields<QueryMeasuresArgs, 'first'>>;
  metals?: Resolver<Maybe<ResolversTypes['MetalConnection']>, ParentType, ContextType, RequireFields<QueryMetalsArgs, 'first'>>;
  neighbourhood?: Resolver<Maybe<ResolversTypes['Graph']>, ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'edgeLimit' | 'entityId' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  paths?: Resolver<Maybe<Array<ResolversTypes['Path']>>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'fromId' | 'maxLength' | 'toId'>>;
  people?: Resolver<Maybe<ResolversTypes['PersonConnection']>, ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  policies?: Resolver<Maybe<ResolversTypes['PolicyConnection']>, ParentType, ContextType, RequireFields<QueryPoliciesArgs, 'first'>>;
  products?: Resolver<Maybe<ResolversTypes['ProductConnection']>, ParentType, ContextType, RequireFields<QueryProductsArgs, 'first'>>;
  search?: Resolver<Maybe<Array<ResolversTypes['SearchHit']>>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  series?: Resolver<Maybe<Array<ResolversTypes['StatisticSeries']>>, ParentType, ContextType, RequireFields<QuerySeriesArgs, 'countryId' | 'itemId'>>;
  sources?: Resolver<Maybe<ResolversTypes['SourceConnection']>, ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
  supplyConcentration?: Resolver<Maybe<ResolversTypes['SupplyConcentration']>, ParentType, ContextType, RequireFields<QuerySupplyConcentrationArgs, 'addPlannedCapacityOf' | 'addSupply' | 'basis' | 'excludeCountries' | 'year'>>;
  technologies?: Resolver<Maybe<ResolversTypes['TechnologyConnection']>, ParentType, ContextType, RequireFields<QueryTechnologiesArgs, 'first'>>;
  valueChainConcentration?: Resolver<Maybe<ResolversTypes['ValueChainConcentration']>, ParentType, ContextType, RequireFields<QueryValueChainConcentrationArgs, 'itemId' | 'years'>>;
};

export type ReservesEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReservesEdge'] = ResolversParentTypes['ReservesEdge']> = {
  baseQuantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  estimated?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  measure?: Resolver<Maybe<ResolversTypes['Measure']>, ParentType, ContextType>;
  noValueReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  sharePct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sharePctBound?: Resolver<Maybe<ResolversTypes['Bound']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type RestrictionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RestrictionEdge'] = ResolversParentTypes['RestrictionEdge']> = {
  item?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type RetractionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Retraction'] = ResolversParentTypes['Retraction']> = {
  alsoNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  alsoRelationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  graphVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  retractedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retractionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['SearchMatch'], ParentType, ContextType>;
  matchedName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SeriesPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SeriesPoint'] = ResolversParentTypes['SeriesPoint']> = {
  estimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  noValueReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  tonnes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ShareholdingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ShareholdingEdge'] = ResolversParentTypes['ShareholdingEdge']> = {
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sharePct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sharePctBound?: Resolver<Maybe<ResolversTypes['Bound']>, ParentType, ContextType>;
  shareholder?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  doi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedDatePrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['EntityRelation']>, ParentType, ContextType, RequireFields<SourceRelationsArgs, 'direction' | 'first'>>;
  retrievedDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType, RequireFields<SourceConnectionGroupsArgs, 'by' | 'first'>>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type StageChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StageChange'] = ResolversParentTypes['StageChange']> = {
  fromYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hhi?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  toYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  top3SharePctPoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  topProducerChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  topSharePctPoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type StageConcentrationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StageConcentration'] = ResolversParentTypes['StageConcentration']> = {
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['StageChange']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['StageYear']>, ParentType, ContextType>;
};

export type StageYearResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StageYear'] = ResolversParentTypes['StageYear']> = {
  baseUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  denominator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  denominatorBase?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  denominatorMethod?: Resolver<Maybe<ResolversTypes['DenominatorMethod']>, ParentType, ContextType>;
  denominatorTonnes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hasFigures?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hhi?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  listedBase?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  listedTonnes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  producerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  top3SharePct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  topProducer?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  topSharePct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatisticSeriesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatisticSeries'] = ResolversParentTypes['StatisticSeries']> = {
  baseUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  form?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['SeriesPoint']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  statistic?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubsidiaryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubsidiaryEdge'] = ResolversParentTypes['SubsidiaryEdge']> = {
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  subsidiary?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type SupplyConcentrationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupplyConcentration'] = ResolversParentTypes['SupplyConcentration']> = {
  adjustments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  baseUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  denominator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  denominatorBase?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  denominatorMethod?: Resolver<ResolversTypes['DenominatorMethod'], ParentType, ContextType>;
  denominatorTonnes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  formula?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hhi?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  listedBase?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  listedTonnes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  producers?: Resolver<Array<ResolversTypes['ProducerShare']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  topProducer?: Resolver<Maybe<ResolversTypes['ProducerShare']>, ParentType, ContextType>;
  topSharePct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unattributedBase?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unattributedTonnes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unitFamily?: Resolver<Maybe<ResolversTypes['UnitFamily']>, ParentType, ContextType>;
  worldTotal?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  worldTotalBase?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  worldTotalTonnes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupplyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupplyEdge'] = ResolversParentTypes['SupplyEdge']> = {
  item?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type SuspensionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuspensionEdge'] = ResolversParentTypes['SuspensionEdge']> = {
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  suspended?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
  suspension?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type TechnologyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Technology'] = ResolversParentTypes['Technology']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['ClaimSubjectEdge']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providers?: Resolver<Array<ResolversTypes['TechnologyProviderEdge']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['EntityRelation']>, ParentType, ContextType, RequireFields<TechnologyRelationsArgs, 'direction' | 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  usedBy?: Resolver<Array<ResolversTypes['TechnologyUseEdge']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TechnologyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TechnologyConnection'] = ResolversParentTypes['TechnologyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TechnologyEdge']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType, RequireFields<TechnologyConnectionGroupsArgs, 'by' | 'first'>>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TechnologyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TechnologyEdge'] = ResolversParentTypes['TechnologyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Technology'], ParentType, ContextType>;
};

export type TechnologyProviderEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TechnologyProviderEdge'] = ResolversParentTypes['TechnologyProviderEdge']> = {
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  technology?: Resolver<ResolversTypes['Technology'], ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type TechnologyUseEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TechnologyUseEdge'] = ResolversParentTypes['TechnologyUseEdge']> = {
  facility?: Resolver<ResolversTypes['Facility'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  technology?: Resolver<ResolversTypes['Technology'], ParentType, ContextType>;
  validity?: Resolver<Maybe<ResolversTypes['Validity']>, ParentType, ContextType>;
};

export type ValidityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Validity'] = ResolversParentTypes['Validity']> = {
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromPrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  fromText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toPrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  toText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ValueChainConcentrationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ValueChainConcentration'] = ResolversParentTypes['ValueChainConcentration']> = {
  chain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formula?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['StageConcentration']>, ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Agreement?: AgreementResolvers<ContextType>;
  AgreementConnection?: AgreementConnectionResolvers<ContextType>;
  AgreementCoverageEdge?: AgreementCoverageEdgeResolvers<ContextType>;
  AgreementEdge?: AgreementEdgeResolvers<ContextType>;
  AgreementPartyEdge?: AgreementPartyEdgeResolvers<ContextType>;
  ArticleExtraction?: ArticleExtractionResolvers<ContextType>;
  ArticleMention?: ArticleMentionResolvers<ContextType>;
  ArticleSentence?: ArticleSentenceResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimSubjectEdge?: ClaimSubjectEdgeResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyEdge?: CompanyEdgeResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  CountryConnection?: CountryConnectionResolvers<ContextType>;
  CountryEdge?: CountryEdgeResolvers<ContextType>;
  DatabaseInfo?: DatabaseInfoResolvers<ContextType>;
  DependencyChain?: DependencyChainResolvers<ContextType>;
  DependencyChainResult?: DependencyChainResultResolvers<ContextType>;
  DerivationEdge?: DerivationEdgeResolvers<ContextType>;
  EndUseEdge?: EndUseEdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityRelation?: EntityRelationResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  ExportControl?: ExportControlResolvers<ContextType>;
  Exposure?: ExposureResolvers<ContextType>;
  ExposureResult?: ExposureResultResolvers<ContextType>;
  Facility?: FacilityResolvers<ContextType>;
  FacilityConnection?: FacilityConnectionResolvers<ContextType>;
  FacilityEdge?: FacilityEdgeResolvers<ContextType>;
  FacilityLocationEdge?: FacilityLocationEdgeResolvers<ContextType>;
  FacilityOperationEdge?: FacilityOperationEdgeResolvers<ContextType>;
  FactCandidate?: FactCandidateResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  Group?: GroupResolvers<ContextType>;
  HeadquartersEdge?: HeadquartersEdgeResolvers<ContextType>;
  Hop?: HopResolvers<ContextType>;
  HopProperties?: HopPropertiesResolvers<ContextType>;
  ImportReliance?: ImportRelianceResolvers<ContextType>;
  ImportSourceEdge?: ImportSourceEdgeResolvers<ContextType>;
  ImportSourceRank?: ImportSourceRankResolvers<ContextType>;
  Industry?: IndustryResolvers<ContextType>;
  IndustryConnection?: IndustryConnectionResolvers<ContextType>;
  IndustryEdge?: IndustryEdgeResolvers<ContextType>;
  InvestmentEdge?: InvestmentEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LoadCount?: LoadCountResolvers<ContextType>;
  LoadResult?: LoadResultResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  MeasureConnection?: MeasureConnectionResolvers<ContextType>;
  MeasureEdge?: MeasureEdgeResolvers<ContextType>;
  MeasuredItemEdge?: MeasuredItemEdgeResolvers<ContextType>;
  Metal?: MetalResolvers<ContextType>;
  MetalConnection?: MetalConnectionResolvers<ContextType>;
  MetalEdge?: MetalEdgeResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  PolicyConnection?: PolicyConnectionResolvers<ContextType>;
  PolicyEdge?: PolicyEdgeResolvers<ContextType>;
  PolicyImpositionEdge?: PolicyImpositionEdgeResolvers<ContextType>;
  PolicyTargetEdge?: PolicyTargetEdgeResolvers<ContextType>;
  ProducerShare?: ProducerShareResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductionEdge?: ProductionEdgeResolvers<ContextType>;
  Quantity?: QuantityResolvers<ContextType>;
  QuantitySum?: QuantitySumResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReservesEdge?: ReservesEdgeResolvers<ContextType>;
  RestrictionEdge?: RestrictionEdgeResolvers<ContextType>;
  Retraction?: RetractionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SeriesPoint?: SeriesPointResolvers<ContextType>;
  ShareholdingEdge?: ShareholdingEdgeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  StageChange?: StageChangeResolvers<ContextType>;
  StageConcentration?: StageConcentrationResolvers<ContextType>;
  StageYear?: StageYearResolvers<ContextType>;
  StatisticSeries?: StatisticSeriesResolvers<ContextType>;
  SubsidiaryEdge?: SubsidiaryEdgeResolvers<ContextType>;
  SupplyConcentration?: SupplyConcentrationResolvers<ContextType>;
  SupplyEdge?: SupplyEdgeResolvers<ContextType>;
  SuspensionEdge?: SuspensionEdgeResolvers<ContextType>;
  Technology?: TechnologyResolvers<ContextType>;
  TechnologyConnection?: TechnologyConnectionResolvers<ContextType>;
  TechnologyEdge?: TechnologyEdgeResolvers<ContextType>;
  TechnologyProviderEdge?: TechnologyProviderEdgeResolvers<ContextType>;
  TechnologyUseEdge?: TechnologyUseEdgeResolvers<ContextType>;
  Validity?: ValidityResolvers<ContextType>;
  ValueChainConcentration?: ValueChainConcentrationResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  listSize?: ListSizeDirectiveResolver<any, any, ContextType>;
};
