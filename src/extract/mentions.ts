/**
 * Entity mentions in one sentence: names of the graph (longest match first, through the
 * gazetteer's normalisation), then names the graph does not hold, proposed as new entities with
 * a typed id, a label of the model and the words that led to that label:
 * - organisations recognised by compromise (#Organization), names ending in a company word
 *   ("Corp.", "Ltd", "Group", "Mining"…) or following a company noun ("steelmaker Qarmet");
 * - countries, by their English names (i18n-iso-countries), with their ISO code as id;
 * - technologies: a capitalised name followed by "process" or "technology".
 * A proposal joins the gazetteer, so a later "Andes Lithium" finds "Andes Lithium Corp.".
 */

import { countryCode, countryName } from '../model/countries.js';
import type { Label } from '../model/schema.js';
import { type Gazetteer, type GazetteerEntry, nameKey } from './gazetteer.js';
import { nlp } from './nlp.js';

export interface Mention {
  /** Offsets within the sentence. */
  start: number;
  end: number;
  text: string;
  id: string;
  label: Label;
  /** True when the entity is in the graph. */
  known: boolean;
  /** Why this label: the gazetteer name matched, or the words that led to it. */
  reason: string;
  ambiguous: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[.&'’-][\p{L}\p{N}]+)*/gu;
interface Token {
  start: number;
  end: number;
  text: string;
}

function tokens(sentence: string): Token[] {
  return [...sentence.matchAll(TOKEN)].map((m) => {
    const text = m[0].replace(/['’]s$/, '');
    return { start: m.index!, end: m.index! + text.length, text };
  });
}

/** A readable id slug: the normalised name, words joined by "-". */
export const slug = (s: string): string => nameKey(s).replace(/ /g, '-').slice(0, 80).replace(/-+$/, '');

const COMPANY_SUFFIX =
  /\s(?:Corp\.?|Corporation|Ltd\.?|Limited|Inc\.?|Group|Holdings?|PLC|plc|AG|SA|AS|ASA|LLC|JSC|GmbH|Co\.|Company|Mining|Metals|Resources|Minerals|Lithium|Chemicals?|Industries|Energy|Technologies|Steel)$/;
const CAPWORD = "(?:[A-Z][\\p{L}\\p{N}&'’.-]*|&)";
const COMPANY_BY_SUFFIX = new RegExp(
  `\\b(?:${CAPWORD}\\s){1,4}(?:Corp\\.?|Corporation|Ltd\\.?|Limited|Inc\\.?|Group|Holdings?|PLC|plc|AG|SA|AS|ASA|LLC|JSC|GmbH|Company|Mining|Metals|Resources|Minerals|Lithium|Chemicals?|Industries|Energy|Technologies|Steel)\\b\\.?`,
  'gu',
);
const COMPANY_NOUN = new RegExp(
  `\\b(company|firm|miner|producer|steelmaker|refiner|fund|conglomerate|trader|maker|manufacturer|developer|operator|investor|smelter|group)\\s+(${CAPWORD}(?:\\s${CAPWORD})*)`,
  'gu',
);
const TECHNOLOGY = new RegExp(`\\b((?:${CAPWORD}\\s?){1,4})\\s(process|technology)\\b`, 'gu');
/** Capitalised words that start sentences or name months and never make a company name. */
const NOT_NAME =
  /^(The|A|An|This|That|These|Its|It|Under|With|From|In|On|At|By|For|And|But|During|After|Before|Once|When|While|Both|Each|January|February|March|April|May|June|July|August|September|October|November|December)\b\s*/;

/** The company name without a trailing company word ("Andes Lithium Corp." → "Andes Lithium"). */
const shortName = (name: string) => name.replace(COMPANY_SUFFIX, '').trim();

/** Finds the mentions of one sentence. `gaz` gains the proposed entities. */
export function findMentions(sentence: string, gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  const free = (s: number, e: number) => !out.some((m) => s < m.end && e > m.start);
  const doc = nlp(sentence); // parsed once: the terms' tags here, the organisations below
  const terms = (doc.json({ offset: true }) as Array<{ terms: Array<{ tags: string[]; offset: { start: number } }> }>).flatMap((s) => s.terms);
  const isVerbAt = (start: number) => terms.some((t) => t.offset.start === start && t.tags.includes('Verb'));

  const known = () => {
    const toks = tokens(sentence);
    for (let i = 0; i < toks.length; ) {
      let matched = 0;
      for (let n = Math.min(gaz.maxWords + 2, toks.length - i); n >= 1 && !matched; n--) {
        const span = toks.slice(i, i + n);
        const start = span[0].start;
        const end = span[n - 1].end;
        if (!free(start, end)) continue;
        const written = sentence.slice(start, end);
        const hit = gaz.lookup(nameKey(written), written);
        if (!hit || sentence[end] === '$') continue;
        // A single lower-case word read as a verb ("lead", "tin") is not a name.
        if (n === 1 && !/\p{Lu}/u.test(written) && isVerbAt(start)) continue;
        out.push({
          start,
          end,
          text: written,
          id: hit.entry.id,
          label: hit.entry.label,
          known: !hit.entry.proposed,
          reason: hit.entry.proposed ? (hit.entry.reason ?? 'proposed by the article') : `name in the graph: ${hit.entry.name}`,
          ambiguous: hit.ambiguous,
        });
        matched = n;
      }
      i += matched || 1;
    }
  };
  const propose = (
    start: number,
    end: number,
    label: Label,
    id: string,
    name: string,
    reason: string,
    extra: Partial<GazetteerEntry> = {},
    names: string[] = [],
  ) => {
    if (!free(start, end) || sentence[end] === '$') return;
    const existing = gaz.byId.get(id);
    const entry: GazetteerEntry = existing ?? { id, label, name, aliases: [], reason, ...extra };
    gaz.add(entry, names);
    out.push({
      start,
      end,
      text: sentence.slice(start, end),
      id,
      label,
      known: !!existing && !existing.proposed,
      reason: existing && !existing.proposed ? `name in the graph: ${existing.name}` : reason,
      ambiguous: false,
    });
  };

  const company = (start: number, raw: string, reason: string) => {
    let name = raw.trim();
    while (NOT_NAME.test(name)) name = name.replace(NOT_NAME, '');
    name = name.replace(/['’]s$/, '').trim();
    if (name.split(' ').length < 1 || name.length < 3 || !/^\p{Lu}/u.test(name)) return;
    const at = start + raw.indexOf(name);
    const hit = gaz.lookup(nameKey(name), name) ?? gaz.lookup(nameKey(shortName(name)), shortName(name));
    if (hit) return propose(at, at + name.length, hit.entry.label, hit.entry.id, hit.entry.name, reason);
    propose(
      at,
      at + name.length,
      'Company',
      `company:${slug(name)}`,
      name,
      reason,
      { proposed: true },
      shortName(name) !== name && shortName(name).split(' ').length >= 1 && shortName(name).length >= 5 ? [shortName(name)] : [],
    );
  };
  // Company names first, so the words inside them ("Steppe Copper Mining") are not read as metals.
  for (const m of sentence.matchAll(COMPANY_BY_SUFFIX)) company(m.index!, m[0], `ends with the company word "${m[0].trim().split(' ').pop()}"`);
  known();
  // Countries by their English names.
  for (const m of sentence.matchAll(/\b[A-Z][\p{L}'’.-]*(?:\s(?:of\s|and\s)?[A-Z][\p{L}'’.-]*){0,3}/gu)) {
    const words = m[0].split(' ');
    for (let n = words.length; n >= 1; n--) {
      const name = words
        .slice(0, n)
        .join(' ')
        .replace(/['’]s$/, '');
      const code = countryCode(name);
      if (code) {
        propose(m.index!, m.index! + name.length, 'Country', `country:${code}`, countryName(code), `country name "${name}" (ISO 3166-1 ${code})`, {
          isoCode: code,
          proposed: true,
        });
        break;
      }
    }
  }
  for (const m of sentence.matchAll(COMPANY_NOUN)) company(m.index! + m[0].length - m[2].length, m[2], `named after the word "${m[1]}"`);
  const orgs = doc.organizations().json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>;
  for (const o of orgs) {
    const raw = sentence.slice(o.offset.start, o.offset.start + o.offset.length).replace(/[\s,.;:]+$/, '');
    company(o.offset.start, raw, 'an organisation to compromise (#Organization)');
  }
  for (const m of sentence.matchAll(TECHNOLOGY)) {
    const name = m[1].trim().replace(NOT_NAME, '');
    if (!name || !/^\p{Lu}/u.test(name)) continue;
    const start = m.index! + m[0].indexOf(name);
    const hit = gaz.lookup(nameKey(name), name);
    if (hit) propose(start, start + name.length, hit.entry.label, hit.entry.id, hit.entry.name, 'name in the graph');
    else propose(start, start + name.length, 'Technology', `technology:${slug(name)}`, name, `followed by the word "${m[2]}"`, { proposed: true });
  }
  return out.sort((a, b) => a.start - b.start);
}
