/**
 * The graph's names as the gazetteer: every entity an article may speak of (companies,
 * countries, metals, products, technologies, facilities, agreements, policies, persons), keyed
 * by its name and aliases under the same normalisation as search (`foldName`, src/model/names.ts: accents,
 * case and punctuation removed). Short or all-capital aliases ("ERG", "US", "MC") match only
 * as written, so a common word never becomes an entity.
 */
import { withSlots } from '../cypher.js';
import { foldName } from '../model/names.js';
import type { Label } from '../model/schema.js';
import type { Db } from '../neo4j/db.js';

/** Labels an article's names are matched to (the model's entity labels that articles name). */
export const GAZETTEER_LABELS = [
  'Company',
  'Person',
  'Country',
  'Metal',
  'Product',
  'Technology',
  'Facility',
  'Agreement',
  'Policy',
] as const satisfies readonly Label[];

/** One entity of the graph as the extractor sees it. Links are ids of related entities. */
export interface GazetteerEntry {
  id: string;
  label: Label;
  name: string;
  aliases: string[];
  location?: string | null;
  facilityType?: string | null;
  agreementType?: string | null;
  policyType?: string | null;
  reference?: string | null;
  isoCode?: string | null;
  quantity?: number | null;
  unit?: string | null;
  quantityBound?: string | null;
  status?: string | null;
  /** A partial date (YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD). */
  validFrom?: string | null;
  parties?: string[];
  covers?: string[];
  imposedBy?: string[];
  restricts?: string[];
  suspends?: string[];
  operators?: string[];
  /** True for an entity the article proposes (not in the graph). */
  proposed?: boolean;
  /** For a proposed entity: the words that led to its label. */
  reason?: string;
}

/** Normalised form of a name: search's normaliser, possessive "'s" dropped. */
export const nameKey = (s: string): string => foldName(s.replace(/['’]s\b/g, ''));

/** Names that match only as written: up to 3 characters, or without a lower-case letter. */
const caseSensitive = (alias: string) => alias.replace(/[^\p{L}\p{N}]/gu, '').length <= 3 || !/\p{Ll}/u.test(alias);
const compact = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

/** Label order when one name belongs to several entities (the first wins; then the id). */
const PREFERENCE: Label[] = ['Company', 'Country', 'Facility', 'Metal', 'Product', 'Technology', 'Policy', 'Agreement', 'Person'];

export class Gazetteer {
  readonly byId = new Map<string, GazetteerEntry>();
  private readonly byKey = new Map<string, Array<{ entry: GazetteerEntry; raw: string; exact: boolean }>>();
  /** The most words of any name. */
  maxWords = 1;

  constructor(entries: GazetteerEntry[]) {
    for (const e of [...entries].sort((a, b) => (a.id < b.id ? -1 : 1))) this.add(e);
  }

  /** Adds an entity (or another name of one): a proposed new entity joins the gazetteer for the rest of the article. */
  add(entry: GazetteerEntry, extraNames: string[] = []): void {
    const known = this.byId.get(entry.id);
    const target = known ?? entry;
    if (!known) this.byId.set(entry.id, entry);
    for (const raw of [entry.name, ...entry.aliases, ...extraNames]) {
      const key = nameKey(raw);
      if (!key) continue;
      this.maxWords = Math.max(this.maxWords, key.split(' ').length);
      const list = this.byKey.get(key) ?? [];
      if (!list.some((x) => x.entry.id === target.id && x.raw === raw)) list.push({ entry: target, raw, exact: caseSensitive(raw) });
      list.sort((a, b) => PREFERENCE.indexOf(a.entry.label) - PREFERENCE.indexOf(b.entry.label) || (a.entry.id < b.entry.id ? -1 : 1));
      this.byKey.set(key, list);
    }
  }

  /** The entity whose name or alias has normalised form `key` and, if that name matches only as written, reads `written`. */
  lookup(key: string, written: string): { entry: GazetteerEntry; ambiguous: boolean } | undefined {
    const list = (this.byKey.get(key) ?? []).filter((x) => !x.exact || compact(x.raw) === compact(written));
    if (!list.length) return undefined;
    return { entry: list[0].entry, ambiguous: new Set(list.map((x) => x.entry.id)).size > 1 };
  }
}

/** Date + precision as stored → the partial date the model writes. */
function partialDate(date: string | null, precision: string | null): string | null {
  if (!date) return null;
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'quarter') return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
  if (precision === 'month') return date.slice(0, 7);
  return date.slice(0, 10);
}

/** Reads the gazetteer's entries from the graph (cypher/extract/gazetteer): plain data, for a worker thread too. */
export async function gazetteerEntries(db: Db): Promise<GazetteerEntry[]> {
  const rows = await db.read<GazetteerEntry & { validFromPrecision: string | null }>(withSlots('extract/gazetteer', { labels: [...GAZETTEER_LABELS] }));
  return rows.map(({ validFromPrecision, ...r }) => ({ ...r, validFrom: partialDate(r.validFrom ?? null, validFromPrecision) }));
}

/** Reads the gazetteer from the graph. */
export async function loadGazetteer(db: Db): Promise<Gazetteer> {
  return new Gazetteer(await gazetteerEntries(db));
}
