/**
 * A synthetic critical-minerals supply chain, deterministic from a seed, in the model and id
 * scheme of the real data (`src/model/schema.ts`), for the benchmarks.
 *
 * - Scale factor `scale` (SF): SF1 is about 10 k nodes and 50 k relationships, SF10 ten times
 *   that, SF100 about 1 M / 5 M. Companies, people, facilities, technologies, agreements,
 *   policies and claims grow linearly; metals, products, industries and measures (the
 *   commodities) grow with √SF; countries are the ~250 real ISO 3166-1 codes
 *   (`country:XX`, names from i18n-iso-countries) at every scale.
 * - Every other id is synthetic and typed: `company:syn-000123`, `facility:syn-004711`…
 * - Every record cites `source:synthetic-<seed>`, which the first dataset defines.
 * - Skew: each commodity has a few dominant producing countries (Zipf shares, the top one
 *   often 50–90 %), facilities favour popular commodities and those commodities' producing
 *   countries, and a few large companies operate many facilities.
 * - Every entity draws its attributes from its own random stream (seed, kind, index), so the
 *   data do not depend on how they are cut into chunks; relationships only point to entities
 *   of an earlier group or a lower index, so chunks load one after another through the
 *   loader's reference checks.
 *
 * `generateDatasets` yields the data as loader inputs (`{ name, content: Dataset }`), one
 * label group at a time in chunks of `chunkEntities` entities, so SF100 never needs one giant
 * object.
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { DatasetInput } from '../src/load/validate.js';
import type { NodeRecord, RelationshipRecord, SourceRecord } from '../src/model/schema.js';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** What to generate. */
export interface GenerateOptions {
  /** Seed of every random choice (an integer). */
  seed: number;
  /** Scale factor: 1 ≈ 10 k nodes / 50 k relationships; fractions are allowed for tests. */
  scale: number;
  /** Entities per chunk (each chunk is one loader input, i.e. one transaction). Default 4000. */
  chunkEntities?: number;
}

/** Entity counts at a scale factor. */
export interface ScaleCounts {
  countries: number;
  metals: number;
  products: number;
  industries: number;
  companies: number;
  persons: number;
  technologies: number;
  facilities: number;
  agreements: number;
  policies: number;
  claims: number;
}

/**
 * The entity counts of scale factor `scale` (countries: every ISO 3166-1 alpha-2 code). At least
 * one of each kind at any scale, and two companies: every agreement has a seller and a buyer,
 * two different companies.
 */
export function countsFor(scale: number): ScaleCounts {
  if (!(scale > 0)) throw new Error(`scale must be positive, got ${scale}`);
  const lin = (n: number) => Math.max(1, Math.round(n * scale));
  const sq = (n: number, min: number) => Math.max(min, Math.round(n * Math.sqrt(scale)));
  return {
    countries: COUNTRY_CODES.length,
    metals: sq(40, 4),
    products: sq(120, 6),
    industries: sq(60, 4),
    companies: Math.max(2, lin(3000)),
    persons: lin(300),
    technologies: lin(200),
    facilities: lin(3500),
    agreements: lin(1200),
    policies: lin(150),
    claims: lin(1600),
  };
}

/** The Source every synthetic record cites. */
export const syntheticSourceId = (seed: number) => `source:synthetic-${seed}`;

/** A synthetic typed id: `company:syn-000123` (zero-padded to 6 digits, more when needed). */
export const synId = (prefix: string, i: number) => `${prefix}:syn-${String(i).padStart(6, '0')}`;

/** The real ISO 3166-1 alpha-2 codes, sorted. */
export const COUNTRY_CODES: string[] = Object.keys(countries.getAlpha2Codes()).sort();

// ------------------------------------------------------------------ randomness --------------

/** 32-bit string hash (FNV-1a followed by a murmur finaliser). */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A small deterministic random stream (mulberry32) with the draws the generator needs. */
export class Rng {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A uniformly chosen element of a non-empty list. */
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  /** Log-normal with the given median and spread (sigma of the underlying normal). */
  logNormal(median: number, sigma: number): number {
    const u = 1 - this.next();
    const v = this.next();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return median * Math.exp(sigma * z);
  }
}

/** The random stream of one entity: the same whatever the chunking. */
const rngOf = (seed: number, kind: string, i: number) => new Rng(hash32(`${seed}|${kind}|${i}`));

/** Sampling 0..n-1 with probability ∝ 1/(rank+1)^s over a fixed permutation (`order`). */
class Zipf {
  private readonly cdf: Float64Array;
  constructor(
    readonly order: readonly number[],
    s: number,
  ) {
    this.cdf = new Float64Array(order.length);
    let sum = 0;
    for (let i = 0; i < order.length; i++) this.cdf[i] = sum += 1 / (i + 1) ** s;
    for (let i = 0; i < order.length; i++) this.cdf[i] /= sum;
  }
  sample(r: Rng): number {
    const u = r.next();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return this.order[lo];
  }
}

function shuffled(n: number, r: Rng): number[] {
  const xs = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

const round = (x: number, digits = 3) => Number(x.toPrecision(digits));

// ------------------------------------------------------------------ names -------------------

const SYLLABLES = [
  'nor',
  'vex',
  'kal',
  'tor',
  'min',
  'ar',
  'el',
  'dra',
  'sil',
  'ven',
  'ost',
  'ura',
  'bel',
  'kar',
  'zen',
  'lum',
  'rud',
  'pav',
  'tal',
  'gor',
  'mar',
  'quin',
  'sor',
  'tek',
];
const COMPANY_SUFFIXES = ['Mining', 'Metals', 'Resources', 'Minerals', 'Refining', 'Holdings', 'Materials', 'Smelting', 'Industries', 'Trading'];
const LEGAL = ['Ltd.', 'Corp.', 'JSC', 'AG', 'S.A.', 'plc', 'Inc.', 'GmbH', 'LLC', 'Co.'];
const word = (r: Rng, n = 2) => {
  const w = Array.from({ length: n }, () => r.pick(SYLLABLES)).join('');
  return w[0].toUpperCase() + w.slice(1);
};

/** Real element names for the first metals; later ones are numbered. */
const ELEMENTS: Array<[string, string]> = [
  ['Gallium', 'Ga'],
  ['Germanium', 'Ge'],
  ['Antimony', 'Sb'],
  ['Lithium', 'Li'],
  ['Cobalt', 'Co'],
  ['Nickel', 'Ni'],
  ['Graphite', 'C'],
  ['Manganese', 'Mn'],
  ['Tungsten', 'W'],
  ['Tantalum', 'Ta'],
  ['Niobium', 'Nb'],
  ['Indium', 'In'],
  ['Tellurium', 'Te'],
  ['Vanadium', 'V'],
  ['Chromium', 'Cr'],
  ['Titanium', 'Ti'],
  ['Magnesium', 'Mg'],
  ['Aluminium', 'Al'],
  ['Copper', 'Cu'],
  ['Zinc', 'Zn'],
  ['Tin', 'Sn'],
  ['Bismuth', 'Bi'],
  ['Beryllium', 'Be'],
  ['Hafnium', 'Hf'],
  ['Zirconium', 'Zr'],
  ['Scandium', 'Sc'],
  ['Yttrium', 'Y'],
  ['Neodymium', 'Nd'],
  ['Dysprosium', 'Dy'],
  ['Terbium', 'Tb'],
  ['Praseodymium', 'Pr'],
  ['Cerium', 'Ce'],
  ['Lanthanum', 'La'],
  ['Platinum', 'Pt'],
  ['Palladium', 'Pd'],
  ['Rhodium', 'Rh'],
  ['Iridium', 'Ir'],
  ['Ruthenium', 'Ru'],
  ['Rhenium', 'Re'],
  ['Cesium', 'Cs'],
  ['Rubidium', 'Rb'],
  ['Barium', 'Ba'],
  ['Strontium', 'Sr'],
  ['Arsenic', 'As'],
  ['Boron', 'B'],
  ['Silicon', 'Si'],
  ['Selenium', 'Se'],
  ['Cadmium', 'Cd'],
];
const PRODUCT_TIERS = ['ore', 'concentrate', 'refined'] as const;
const INDUSTRY_WORDS = [
  'Semiconductors',
  'Batteries',
  'Defense',
  'Aerospace',
  'Catalysts',
  'Magnets',
  'Optics',
  'Alloys',
  'Solar',
  'Fiber optics',
  'Flame retardants',
  'Ceramics',
  'Electronics',
  'Steelmaking',
  'Pigments',
];
const AGREEMENT_TYPES = ['offtake', 'supply', 'technology', 'joint venture', 'tolling'];
const TECH_CATEGORIES = ['solvent extraction', 'flotation', 'direct reduction', 'electrowinning', 'ion exchange', 'roasting', 'leaching', 'smelting'];
const STATUSES_FACILITY = ['operating', 'operating', 'operating', 'operating', 'planned', 'underConstruction', 'idle', 'announced'] as const;
const CLAIM_ATTRIBUTES = ['commercialProductionStart', 'capacity', 'jobs', 'investment', 'grade', 'reserveLife'];
const BUYER_ROLES = ['buyer', 'offtaker', 'client', 'importer'];
const SELLER_ROLES = ['seller', 'supplier', 'contractor', 'licensor'];

const year = (r: Rng, lo: number, hi: number) => String(r.range(lo, hi));
const partialDate = (r: Rng, lo: number, hi: number) => {
  const y = r.range(lo, hi);
  switch (r.int(4)) {
    case 0:
      return String(y);
    case 1:
      return `${y}-Q${r.range(1, 4)}`;
    case 2:
      return `${y}-${String(r.range(1, 12)).padStart(2, '0')}`;
    default:
      return `${y}-${String(r.range(1, 12)).padStart(2, '0')}-${String(r.range(1, 28)).padStart(2, '0')}`;
  }
};

// ------------------------------------------------------------------ the world ---------------

/** One commodity: a metal or a product, with its production measure and producing countries. */
interface Commodity {
  id: string;
  label: 'Metal' | 'Product';
  name: string;
  symbol?: string;
  /** 0 ore, 1 concentrate, 2 refined product; metals are 3. */
  tier: number;
  /** What it is made from (DERIVED_FROM targets). */
  inputs: string[];
  /** The producing countries (country indexes), largest first, with their shares (sum < 100). */
  producers: Array<{ country: number; sharePct: number }>;
  worldTotal: number;
  measureId?: string;
}

/** The reference part of the data, small at any scale: countries, commodities, industries. */
export interface World {
  seed: number;
  scale: number;
  counts: ScaleCounts;
  source: string;
  commodities: Commodity[];
  /** Country indexes by how much industry they attract (Zipf order). */
  countryZipf: Zipf;
  /** Commodity indexes, popular first, for facilities. */
  commodityZipf: Zipf;
  industryIds: string[];
}

/** Builds the reference part of the data (commodities, their producers and measures). */
export function buildWorld(seed: number, scale: number): World {
  const counts = countsFor(scale);
  const r = new Rng(hash32(`${seed}|world`));
  const source = syntheticSourceId(seed);
  const countryOrder = shuffled(COUNTRY_CODES.length, r);
  const countryZipf = new Zipf(countryOrder, 1.1);
  const commodities: Commodity[] = [];
  const perTier = Math.max(2, Math.floor(counts.products / 3));
  for (let i = 0; i < counts.products; i++) {
    const tier = Math.min(2, Math.floor(i / perTier));
    commodities.push({ id: synId('product', i), label: 'Product', name: '', tier, inputs: [], producers: [], worldTotal: 0 });
  }
  for (let i = 0; i < counts.metals; i++) {
    const el = ELEMENTS[i];
    commodities.push({
      id: synId('metal', i),
      label: 'Metal',
      name: el ? el[0] : `Metal ${i}`,
      symbol: el?.[1],
      tier: 3,
      inputs: [],
      producers: [],
      worldTotal: 0,
    });
  }
  const byTier = (t: number) => commodities.filter((c) => c.tier === t);
  for (const c of commodities) {
    const cr = rngOf(seed, 'commodity', commodities.indexOf(c));
    if (c.label === 'Product') c.name = `${word(cr)} ${PRODUCT_TIERS[c.tier]}`;
    // Derivation: a tier is made from the tier below (metals from concentrates or refined products).
    const below = c.tier === 3 ? [...byTier(1), ...byTier(2)] : c.tier > 0 ? byTier(c.tier - 1) : [];
    const n = below.length ? (c.tier === 3 ? cr.range(1, 2) : 1) : 0;
    for (let k = 0; k < n; k++) {
      const input = cr.pick(below).id;
      if (!c.inputs.includes(input)) c.inputs.push(input);
    }
    // Producing countries: a few dominate (Zipf shares with a steep exponent).
    const k = cr.range(8, 40);
    const alpha = 1.2 + cr.next();
    const chosen: number[] = [];
    while (chosen.length < k) {
      const ci = countryZipf.sample(cr);
      if (!chosen.includes(ci)) chosen.push(ci);
    }
    const weights = chosen.map((_, j) => 1 / (j + 1) ** alpha);
    const other = 0.02 + 0.08 * cr.next();
    const sum = weights.reduce((a, b) => a + b, 0);
    c.producers = chosen.map((country, j) => ({ country, sharePct: round((100 * (1 - other) * weights[j]) / sum, 4) }));
    c.worldTotal = Math.round(cr.logNormal(c.tier === 3 ? 20_000 : 2_000_000, 1.5)) + 10;
    if (c.label === 'Metal' || c.tier === 0) c.measureId = `measure:syn-${c.id.split(':')[1].replace('syn-', '')}-${c.label === 'Metal' ? 'm' : 'p'}`;
  }
  const commodityZipf = new Zipf(shuffled(commodities.length, r), 0.9);
  const industryIds = Array.from({ length: counts.industries }, (_, i) => synId('industry', i));
  return { seed, scale, counts, source, commodities, countryZipf, commodityZipf, industryIds };
}

// ------------------------------------------------------------------ records -----------------

type Rel = Omit<RelationshipRecord, 'key'> & { key?: string };
type Chunk = { sources: SourceRecord[]; nodes: NodeRecord[]; relationships: Rel[] };

const node = <T extends Record<string, unknown>>(w: World, id: string, label: string, name: string, extra: T) =>
  ({ id, label, name, aliases: [], sources: [w.source], ...extra }) as unknown as NodeRecord;
const rel = (w: World, type: string, from: string, to: string, extra: Record<string, unknown> = {}): Rel =>
  ({ type, from, to, sources: [w.source], ...extra }) as Rel;
const countryId = (i: number) => `country:${COUNTRY_CODES[i]}`;

/** Index of a "major" (one of the first 1 % of companies) or any company below `below`. */
function companyRef(r: Rng, w: World, below = w.counts.companies): number {
  const majors = Math.max(1, Math.floor(w.counts.companies / 100));
  return r.chance(0.25) ? r.int(Math.min(majors, below)) : r.int(below);
}

/** The reference data: the Source, countries, commodities, measures, industries and their facts. */
function baseChunk(w: World): Chunk {
  const nodes: NodeRecord[] = [];
  const rels: Rel[] = [];
  const sources: SourceRecord[] = [
    {
      id: w.source,
      label: 'Source',
      name: `Synthetic supply-chain benchmark data (seed ${w.seed}, SF${w.scale})`,
      aliases: [],
      sourceType: 'dataset',
      publisher: 'critical-minerals-graph benchmarks',
      note: 'Generated by bench/generate.ts; not real facts.',
    },
  ];
  for (const code of COUNTRY_CODES) nodes.push(node(w, `country:${code}`, 'Country', countries.getName(code, 'en') ?? code, { isoCode: code }));
  for (const [i, id] of w.industryIds.entries())
    nodes.push(
      node(
        w,
        id,
        'Industry',
        `${INDUSTRY_WORDS[i % INDUSTRY_WORDS.length]}${i >= INDUSTRY_WORDS.length ? ` ${Math.floor(i / INDUSTRY_WORDS.length)}` : ''}`,
        {},
      ),
    );
  w.commodities.forEach((c, ci) => {
    const r = rngOf(w.seed, 'commodity-facts', ci);
    nodes.push(node(w, c.id, c.label, c.name, c.symbol ? { symbol: c.symbol, aliases: [c.symbol] } : {}));
    for (const input of c.inputs) rels.push(rel(w, 'DERIVED_FROM', c.id, input, { key: '' }));
    // End uses: 2–4 industries with shares adding up to 100.
    const n = r.range(2, 4);
    const picked = new Set<number>();
    while (picked.size < Math.min(n, w.industryIds.length)) picked.add(r.int(w.industryIds.length));
    const shares = [...picked].map(() => 1 + r.next());
    const total = shares.reduce((a, b) => a + b, 0);
    for (const [k, ii] of [...picked].entries())
      rels.push(rel(w, 'USED_IN', c.id, w.industryIds[ii], { key: 'end-use-share', basis: 'endUse', sharePct: round((100 * shares[k]) / total), year: 2024 }));
    if (!c.measureId) return;
    const wt2024 = c.worldTotal;
    const wt2023 = Math.round(wt2024 * (0.85 + 0.2 * r.next()));
    nodes.push(
      node(w, c.measureId, 'Measure', `${c.name} — ${c.label === 'Metal' ? 'refinery' : 'mine'} production`, {
        commodity: c.name,
        measure: c.label === 'Metal' ? 'Refinery production' : 'Mine production',
        unit: 'metric tons',
        baseUnit: 't',
        worldTotal2023: wt2023,
        worldTotal2024: wt2024,
      }),
    );
    rels.push(rel(w, 'MEASURES', c.measureId, c.id, { key: '' }));
    for (const [y, wt] of [
      [2023, wt2023],
      [2024, wt2024],
    ] as const) {
      for (const p of c.producers) {
        const share = y === 2024 ? p.sharePct : round(p.sharePct * (0.9 + 0.2 * r.next()), 4);
        const q = Math.max(1, Math.round((wt * share) / 100));
        rels.push(
          rel(w, 'PRODUCES', countryId(p.country), c.id, {
            key: `${c.measureId}|production|${y}`,
            basis: 'production',
            measureId: c.measureId,
            year: y,
            quantity: q,
            unit: 'metric tons',
            quantityBound: 'exact',
            quantityBase: q,
            baseUnit: 't',
            sharePct: Math.min(100, round((100 * q) / wt, 4)),
            ...(y === 2024 ? { estimated: true } : {}),
          }),
        );
      }
    }
    if (r.chance(0.5)) {
      for (const p of c.producers.slice(0, 10)) {
        rels.push(
          rel(w, 'HOLDS_RESERVES', countryId(p.country), c.id, {
            key: `${c.measureId}|reserves|2024`,
            basis: 'reserves',
            measureId: c.measureId,
            year: 2024,
            quantity: Math.round((c.worldTotal * 20 * p.sharePct) / 100) + 1,
            unit: 'metric tons',
            quantityBound: 'approximate',
          }),
        );
      }
    }
  });
  // Net import reliance: the 40 largest economies (by the Zipf order) import commodities from their producers.
  const r = rngOf(w.seed, 'imports', 0);
  const importers = w.countryZipf.order.slice(0, 40);
  const metals = w.commodities.filter((c) => c.label === 'Metal');
  for (const imp of importers) {
    for (const c of metals.slice(0, Math.min(metals.length, Math.round(20 * Math.sqrt(w.scale))))) {
      if (!r.chance(0.8)) continue;
      const exporters = c.producers
        .map((p) => p.country)
        .filter((x) => x !== imp)
        .slice(0, r.range(1, 4));
      const pct = r.range(10, 100);
      for (const [k, ex] of exporters.entries())
        rels.push(
          rel(w, 'IMPORTS_FROM', countryId(imp), countryId(ex), {
            key: c.id,
            itemId: c.id,
            rank: k + 1,
            period: '2020–2023',
            quantity: pct,
            unit: '%',
            quantityBound: pct === 100 ? 'exact' : 'approximate',
            basis: 'importReliance',
          }),
        );
    }
  }
  return { sources, nodes, relationships: rels };
}

function companyRecords(w: World, i: number, out: Chunk): void {
  const r = rngOf(w.seed, 'company', i);
  const id = synId('company', i);
  const base = word(r);
  const name = `${base} ${r.pick(COMPANY_SUFFIXES)} ${r.pick(LEGAL)}`;
  const status = r.chance(0.9) ? 'operating' : r.pick(['ended', 'announced', 'idle'] as const);
  out.nodes.push(
    node(w, id, 'Company', name, {
      aliases: r.chance(0.3) ? [base.toUpperCase().slice(0, 4)] : [],
      status,
      ...(r.chance(0.4) ? { validFrom: year(r, 1950, status === 'ended' ? 2010 : 2024) } : {}),
      ...(status === 'ended' ? { validTo: year(r, 2015, 2025) } : {}),
      ...(r.chance(0.2) ? { description: `Synthetic company ${i}, ${r.pick(COMPANY_SUFFIXES).toLowerCase()} business.` } : {}),
    }),
  );
  out.relationships.push(
    rel(w, 'HEADQUARTERED_IN', id, countryId(w.countryZipf.sample(r)), { key: '', ...(r.chance(0.3) ? { note: `City: ${word(r)}.` } : {}) }),
  );
  if (i > 0 && r.chance(0.4)) {
    // Parents have lower indexes: groups form trees rooted at the majors.
    const parent = Math.floor(i * r.next() ** 2);
    out.relationships.push(rel(w, 'SUBSIDIARY_OF', id, synId('company', parent), { key: '', ...(r.chance(0.2) ? { validFrom: year(r, 1990, 2024) } : {}) }));
    if (r.chance(0.7))
      out.relationships.push(rel(w, 'SHAREHOLDER_OF', synId('company', parent), id, { key: '', sharePct: round(50 + 50 * r.next()), sharePctBound: 'exact' }));
  }
  if (i > 0 && r.chance(0.25)) {
    const holder = companyRef(r, w, i);
    out.relationships.push(
      rel(w, 'SHAREHOLDER_OF', synId('company', holder), id, {
        key: 'minority',
        sharePct: round(1 + 30 * r.next()),
        sharePctBound: r.pick(['exact', 'approximate'] as const),
      }),
    );
  }
  if (r.chance(0.03))
    out.relationships.push(
      rel(w, 'SHAREHOLDER_OF', countryId(w.countryZipf.sample(r)), id, {
        key: '',
        role: 'state holding',
        sharePct: round(10 + 60 * r.next()),
        sharePctBound: 'exact',
      }),
    );
  if (i > 0 && r.chance(0.3)) {
    const buyer = r.int(i);
    const c = w.commodities[w.commodityZipf.sample(r)];
    out.relationships.push(
      rel(w, 'SUPPLIES', id, synId('company', buyer), {
        key: '',
        itemId: c.id,
        ...(r.chance(0.5) ? { quantity: Math.round(r.logNormal(500, 1)), unit: 't/yr', quantityBound: 'approximate' } : {}),
      }),
    );
  }
  if (r.chance(0.05)) {
    const c = w.commodities[w.commodityZipf.sample(r)];
    out.relationships.push(rel(w, 'PRODUCES', id, c.id, { key: '', basis: 'production', status: 'operating' }));
  }
}

function personRecords(w: World, i: number, out: Chunk): void {
  const r = rngOf(w.seed, 'person', i);
  const id = synId('person', i);
  out.nodes.push(node(w, id, 'Person', `${word(r)} ${word(r, 3)}`, {}));
  const n = r.range(1, 3);
  for (let k = 0; k < n; k++) {
    out.relationships.push(
      rel(w, 'SHAREHOLDER_OF', id, synId('company', companyRef(r, w)), {
        key: k ? `stake-${k}` : '',
        sharePct: round(0.5 + 25 * r.next()),
        sharePctBound: 'exact',
      }),
    );
  }
}

function technologyRecords(w: World, i: number, out: Chunk): void {
  const r = rngOf(w.seed, 'technology', i);
  const id = synId('technology', i);
  const category = r.pick(TECH_CATEGORIES);
  out.nodes.push(node(w, id, 'Technology', `${word(r).toUpperCase()} ${category}`, { category }));
  const n = r.range(1, 2);
  const seen = new Set<number>();
  for (let k = 0; k < n; k++) {
    const c = companyRef(r, w);
    if (seen.has(c)) continue;
    seen.add(c);
    out.relationships.push(rel(w, 'PROVIDED_BY', id, synId('company', c), { key: '', role: k === 0 ? r.pick(['process owner', 'developer']) : 'contractor' }));
  }
}

function facilityRecords(w: World, i: number, out: Chunk): void {
  const r = rngOf(w.seed, 'facility', i);
  const id = synId('facility', i);
  const items: Commodity[] = [w.commodities[w.commodityZipf.sample(r)]];
  if (r.chance(0.3)) {
    const second = w.commodities[w.commodityZipf.sample(r)];
    if (second !== items[0]) items.push(second);
  }
  const main = items[0];
  // Most facilities stand in a country that produces their main commodity.
  const country = r.chance(0.7) ? r.pick(main.producers).country : w.countryZipf.sample(r);
  const kind = main.tier === 0 ? 'mine' : main.tier === 3 ? 'refinery' : r.pick(['concentrator', 'smelter', 'plant']);
  const status = r.pick(STATUSES_FACILITY);
  const capacity = Math.max(1, Math.round(r.logNormal(main.worldTotal / 400, 1.6)));
  out.nodes.push(
    node(w, id, 'Facility', `${word(r)} ${main.name.toLowerCase()} ${kind}`, {
      facilityType: `${main.name.toLowerCase()} ${kind}`,
      location: `${word(r)}, ${countries.getName(COUNTRY_CODES[country], 'en') ?? COUNTRY_CODES[country]}`,
      status,
      quantity: capacity,
      unit: 't/yr',
      quantityBound: r.pick(['exact', 'approximate', 'atLeast'] as const),
      ...(status !== 'operating' ? { validFrom: partialDate(r, 2025, 2031) } : r.chance(0.3) ? { validFrom: year(r, 1960, 2024) } : {}),
    }),
  );
  out.relationships.push(rel(w, 'LOCATED_IN', id, countryId(country), { key: '' }));
  const operator = companyRef(r, w);
  out.relationships.push(rel(w, 'OPERATES', synId('company', operator), id, { key: '', status }));
  if (r.chance(0.1)) {
    const partner = companyRef(r, w);
    if (partner !== operator) out.relationships.push(rel(w, 'OPERATES', synId('company', partner), id, { key: '', status, note: 'Joint operator.' }));
  }
  for (const item of items) {
    out.relationships.push(rel(w, 'PRODUCES', id, item.id, { key: '', basis: 'capacity', quantity: capacity, unit: 't/yr', quantityBound: 'exact', status }));
    if (status === 'operating' && r.chance(0.6)) {
      const q = Math.max(1, Math.round(capacity * (0.5 + 0.5 * r.next())));
      out.relationships.push(
        rel(w, 'PRODUCES', id, item.id, {
          key: 'production|2024',
          basis: 'production',
          year: 2024,
          quantity: q,
          unit: 't',
          quantityBound: 'approximate',
          quantityBase: q,
          baseUnit: 't',
        }),
      );
    }
  }
  if (r.chance(0.75)) out.relationships.push(rel(w, 'USES_TECHNOLOGY', id, synId('technology', r.int(w.counts.technologies)), { key: '' }));
  if (r.chance(0.4)) {
    out.relationships.push(
      rel(w, 'INVESTS_IN', synId('company', companyRef(r, w)), id, {
        key: '',
        amount: Math.round(r.logNormal(50_000_000, 1.2)),
        currency: 'USD',
        amountBound: r.pick(['exact', 'atLeast', 'approximate'] as const),
        status: status === 'operating' ? 'operating' : 'planned',
      }),
    );
  }
  // Supply: to facilities of lower index (downstream plants), carrying the main commodity.
  if (i > 0) {
    const n = r.chance(0.9) ? (r.chance(0.5) ? 2 : 1) : 0;
    const seen = new Set<number>();
    for (let k = 0; k < n; k++) {
      const to = r.int(i);
      if (seen.has(to)) continue;
      seen.add(to);
      out.relationships.push(
        rel(w, 'SUPPLIES', id, synId('facility', to), {
          key: '',
          itemId: main.id,
          ...(r.chance(0.5) ? { quantity: Math.round(capacity * r.next()) + 1, unit: 't/yr', quantityBound: 'approximate' } : {}),
        }),
      );
    }
  }
  if (r.chance(0.05)) out.relationships.push(rel(w, 'SUPPLIES', id, countryId(w.countryZipf.sample(r)), { key: '', itemId: main.id, note: 'Exports.' }));
}

function agreementRecords(w: World, i: number, out: Chunk): void {
  const r = rngOf(w.seed, 'agreement', i);
  const id = synId('agreement', i);
  const c = w.commodities[w.commodityZipf.sample(r)];
  const type = r.pick(AGREEMENT_TYPES);
  const signed = partialDate(r, 2010, 2025);
  out.nodes.push(
    node(w, id, 'Agreement', `${word(r)} ${c.name.toLowerCase()} ${type} agreement`, {
      agreementType: type,
      signedDate: signed,
      status: r.pick(['inForce', 'inForce', 'planned', 'ended'] as const),
      ...(r.chance(0.5) ? { validFrom: partialDate(r, 2020, 2028) } : {}),
      ...(r.chance(0.2) ? { occasion: `${word(r)} summit` } : {}),
    }),
  );
  // Two different companies (countsFor gives at least two).
  const seller = companyRef(r, w);
  let buyer = companyRef(r, w);
  if (buyer === seller) buyer = (buyer + 1) % w.counts.companies;
  out.relationships.push(rel(w, 'PARTY_TO', synId('company', seller), id, { key: '', role: r.pick(SELLER_ROLES) }));
  out.relationships.push(rel(w, 'PARTY_TO', synId('company', buyer), id, { key: '', role: r.pick(BUYER_ROLES) }));
  if (r.chance(0.6)) {
    const third = companyRef(r, w);
    if (third !== seller && third !== buyer)
      out.relationships.push(rel(w, 'PARTY_TO', synId('company', third), id, { key: '', role: r.pick([...SELLER_ROLES, ...BUYER_ROLES]) }));
  }
  if (r.chance(0.1)) out.relationships.push(rel(w, 'PARTY_TO', countryId(w.countryZipf.sample(r)), id, { key: '', role: 'importer' }));
  out.relationships.push(
    rel(w, 'COVERS', id, c.id, {
      key: '',
      ...(r.chance(0.6) ? { quantity: Math.round(r.logNormal(100, 1.5)) + 1, unit: 't/yr', quantityBound: 'exact' } : {}),
    }),
  );
  if (r.chance(0.6)) out.relationships.push(rel(w, 'COVERS', id, synId('facility', r.int(w.counts.facilities)), { key: '' }));
}

function policyRecords(w: World, i: number, out: Chunk): void {
  const r = rngOf(w.seed, 'policy', i);
  const id = synId('policy', i);
  const imposer = w.countryZipf.order[Math.floor(w.countryZipf.order.length * r.next() ** 4)];
  const suspension = i > 0 && r.chance(0.05);
  const policyType = suspension ? 'suspension' : r.pick(['exportLicensing', 'exportLicensing', 'exportBan']);
  out.nodes.push(
    node(w, id, 'Policy', `${COUNTRY_CODES[imposer]} ${policyType} measure ${i}`, {
      policyType,
      reference: `No. ${r.range(1, 99)} of ${r.range(2015, 2025)}`,
      issuedDate: partialDate(r, 2015, 2025),
      status: r.pick(['inForce', 'inForce', 'suspended', 'ended'] as const),
      ...(r.chance(0.5) ? { validFrom: partialDate(r, 2015, 2026) } : {}),
    }),
  );
  out.relationships.push(rel(w, 'IMPOSES', countryId(imposer), id, { key: '' }));
  if (suspension) {
    out.relationships.push(rel(w, 'SUSPENDS', id, synId('policy', r.int(i)), { key: '', validFrom: '2025-11-09', validTo: '2026-11-27' }));
    return;
  }
  const n = r.range(1, 3);
  const seen = new Set<string>();
  for (let k = 0; k < n; k++) {
    const c = w.commodities[w.commodityZipf.sample(r)];
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    out.relationships.push(rel(w, 'RESTRICTS', id, c.id, { key: '' }));
  }
  if (r.chance(0.3)) {
    const target = w.countryZipf.sample(r);
    if (target !== imposer) out.relationships.push(rel(w, 'TARGETS', id, countryId(target), { key: '' }));
  }
}

function claimRecords(w: World, i: number, out: Chunk): void {
  const r = rngOf(w.seed, 'claim', i);
  const id = synId('claim', i);
  const attribute = r.pick(CLAIM_ATTRIBUTES);
  const value = Math.round(r.logNormal(100, 1));
  out.nodes.push(
    node(w, id, 'Claim', `${attribute} claim ${i}`, {
      attribute,
      valueText: attribute === 'commercialProductionStart' ? `late ${r.range(2025, 2030)}` : `about ${value}`,
      ...(attribute === 'commercialProductionStart' ? { valueDate: partialDate(r, 2025, 2030) } : { value, quantityBound: 'approximate' }),
    }),
  );
  const subjects = [
    () => synId('facility', r.int(w.counts.facilities)),
    () => synId('company', companyRef(r, w)),
    () => synId('agreement', r.int(w.counts.agreements)),
    () => w.commodities[w.commodityZipf.sample(r)].id,
    () => countryId(w.countryZipf.sample(r)),
  ];
  const first = r.pick(subjects)();
  out.relationships.push(rel(w, 'ABOUT', id, first, { key: '' }));
  if (r.chance(0.7)) {
    const second = r.pick(subjects)();
    if (second !== first) out.relationships.push(rel(w, 'ABOUT', id, second, { key: '' }));
  }
}

/** The label groups in load order: each only refers to earlier groups or to lower indexes of its own. */
const GROUPS: Array<{ name: string; count: (c: ScaleCounts) => number; records: (w: World, i: number, out: Chunk) => void }> = [
  { name: 'companies', count: (c) => c.companies, records: companyRecords },
  { name: 'persons', count: (c) => c.persons, records: personRecords },
  { name: 'technologies', count: (c) => c.technologies, records: technologyRecords },
  { name: 'facilities', count: (c) => c.facilities, records: facilityRecords },
  { name: 'agreements', count: (c) => c.agreements, records: agreementRecords },
  { name: 'policies', count: (c) => c.policies, records: policyRecords },
  { name: 'claims', count: (c) => c.claims, records: claimRecords },
];

/**
 * The data as loader inputs, in load order: `base` (the Source, countries, commodities,
 * measures and industries with their facts), then each label group in chunks of
 * `chunkEntities` entities with the relationships they start or own. Deterministic: the same
 * options give the same inputs, and the records do not depend on `chunkEntities`.
 */
export function* generateDatasets(opts: GenerateOptions): Generator<DatasetInput> {
  const w = buildWorld(opts.seed, opts.scale);
  const per = Math.max(1, opts.chunkEntities ?? 4000);
  const prefix = `synthetic-${opts.seed}/sf${opts.scale}`;
  yield { name: `${prefix}/base`, content: baseChunk(w) };
  for (const g of GROUPS) {
    const n = g.count(w.counts);
    for (let start = 0, k = 0; start < n; start += per, k++) {
      const out: Chunk = { sources: [], nodes: [], relationships: [] };
      for (let i = start; i < Math.min(n, start + per); i++) g.records(w, i, out);
      yield { name: `${prefix}/${g.name}-${k}`, content: out };
    }
  }
}

/** Counts of nodes and relationships of a run of `generateDatasets` (walks the whole generator). */
export function tally(inputs: Iterable<DatasetInput>): {
  nodes: number;
  relationships: number;
  chunks: number;
  byType: Record<string, number>;
  byLabel: Record<string, number>;
} {
  const byType: Record<string, number> = {};
  const byLabel: Record<string, number> = {};
  let chunks = 0;
  for (const input of inputs) {
    chunks++;
    const c = input.content as Chunk;
    for (const s of c.sources) byLabel[s.label ?? 'Source'] = (byLabel[s.label ?? 'Source'] ?? 0) + 1;
    for (const n of c.nodes) byLabel[n.label] = (byLabel[n.label] ?? 0) + 1;
    for (const r of c.relationships) byType[r.type] = (byType[r.type] ?? 0) + 1;
  }
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  return { nodes: sum(byLabel), relationships: sum(byType), chunks, byType, byLabel };
}
