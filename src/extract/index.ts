/**
 * From an article to candidate facts: input → article body → sentences → entity mentions →
 * candidate facts → dataset. Offline: compromise (sentences, organisations, numbers, dates),
 * @mozilla/readability + linkedom (HTML), the graph's names as the gazetteer, the model's
 * relationship vocabulary as the patterns.
 *
 * The same article and graph give the same candidates with the same ids.
 */
import { createHash } from 'node:crypto';
import type { SourceRecord } from '../model/schema.js';
import { textIssue, trimText } from '../model/text.js';
import { type Candidate, Collector } from './candidates.js';
import { type FactLookup, resolveConflicts } from './conflicts.js';
import type { Gazetteer } from './gazetteer.js';
import { type Article, ArticleInputError, optionDay, readArticle } from './input.js';
import { findMentions, type Mention, slug } from './mentions.js';
import { agreements } from './patterns/agreements.js';
import { type Discourse, makeCtx } from './patterns/context.js';
import { facilities } from './patterns/facilities.js';
import { ownership } from './patterns/ownership.js';
import { policies } from './patterns/policies.js';
import { type Sentence, splitSentences } from './sentences.js';

export { ArticleInputError, optionDay } from './input.js';

export interface ExtractOptions {
  /** File name, to tell the format. */
  name?: string;
  /** The article's URL (overrides what the page states). */
  url?: string;
  /** Publication date, YYYY-MM-DD (overrides what the page states). */
  publishedDate?: string;
  /** When the article was read, YYYY-MM-DD. */
  retrievedDate?: string;
  publisher?: string;
}

/** A mention with its offsets in the article body and the sentence it is in. */
export interface BodyMention extends Mention {
  sentence: number;
}

export interface Extraction {
  article: Article;
  source: SourceRecord;
  sentences: Sentence[];
  mentions: BodyMention[];
  /** New entities, then facts; each fact lists the new entities it needs in `requires`. */
  candidates: Candidate[];
}

const digest = (s: string) => createHash('sha256').update(s).digest('hex');

/** How the caller names each option in messages: GraphQL's input fields by default, the CLI its flags. */
export type OptionNames = Partial<Record<'url' | 'publishedDate' | 'retrievedDate' | 'publisher', string>>;

const HTTP_URL = /^https?:\/\/\S+$/;
/** True when `url` is one the loader takes as a source's URL: http(s), no white space, no character one-line text refuses. */
const isSourceUrl = (url: string): boolean => HTTP_URL.test(url) && textIssue(url, 'line') === undefined;

/**
 * The caller's options as the loader will take them into the proposed Source: dates real days
 * as YYYY-MM-DD, the URL http(s) without white space, the publisher one line of text (no
 * control, separator or invisible format character: src/model/text.ts), trimmed of surrounding
 * spaces. Throws ArticleInputError BAD_OPTION naming the first option it would refuse (as
 * `names` calls it), so an extraction never proposes a dataset the loader then refuses.
 */
export function checkOptions(opts: ExtractOptions, names: OptionNames = {}): ExtractOptions {
  const name = (k: keyof OptionNames) => names[k] ?? k;
  for (const k of ['publishedDate', 'retrievedDate'] as const) {
    const v = opts[k];
    if (v !== undefined) optionDay(name(k), v);
  }
  if (opts.url !== undefined && !isSourceUrl(opts.url))
    throw new ArticleInputError('BAD_OPTION', `${name('url')} must be an http(s) URL without spaces or invisible characters`, name('url'));
  const publisher = opts.publisher === undefined ? undefined : trimText(opts.publisher);
  if (publisher !== undefined) {
    const issue = publisher === '' ? 'must not be empty' : textIssue(publisher, 'line');
    if (issue) throw new ArticleInputError('BAD_OPTION', `${name('publisher')} ${issue}`, name('publisher'));
  }
  return { ...opts, ...(publisher === undefined ? {} : { publisher }) };
}

/** The article as a Source: its id from the title and a digest of the body text. */
export function sourceOf(article: Article, opts: ExtractOptions): SourceRecord {
  const title = article.title ?? article.text.split(/(?<=[.!?])\s/)[0].slice(0, 120);
  const published = opts.publishedDate ? optionDay('publishedDate', opts.publishedDate) : article.publishedDate;
  const src: SourceRecord = {
    id: `source:${slug(title).slice(0, 60).replace(/-+$/, '') || 'article'}-${digest(article.text).slice(0, 8)}`,
    label: 'Source',
    name: title,
    aliases: [],
    sourceType: 'news',
  };
  const publisher = opts.publisher ?? article.publisher;
  if (publisher) src.publisher = publisher;
  // A page's own URL is kept only when the loader would take it (a caller's is checked by checkOptions).
  const url = opts.url ?? (article.url !== null && isSourceUrl(article.url) ? article.url : undefined);
  if (url) src.url = url;
  if (published) src.publishedDate = published;
  if (opts.retrievedDate) src.retrievedDate = opts.retrievedDate;
  return src;
}

/** Runs the patterns over every sentence. */
function readSentences(sentences: Sentence[], gaz: Gazetteer, col: Collector): BodyMention[] {
  const state: Discourse = { operatorOf: new Map(), productOf: new Map(), itemOf: new Map() };
  const all: BodyMention[] = [];
  for (const s of sentences) {
    const mentions = findMentions(s.text, gaz);
    for (const m of mentions) all.push({ ...m, start: s.start + m.start, end: s.start + m.end, sentence: s.index });
    const ctx = makeCtx(s, mentions, col, state);
    facilities(ctx);
    agreements(ctx);
    ownership(ctx);
    policies(ctx);
    const subject = mentions.find((m) => m.label === 'Company');
    if (subject) state.company = subject.id;
  }
  return all;
}

const ENDS = ['from', 'to', 'itemId'] as const;

/** Facts get the new entities they need; new entities that no fact needs are left out; order fixed. */
function finish(col: Collector): Candidate[] {
  const facts = [...col.facts.values()];
  const needed = new Set<string>();
  for (const f of facts) {
    const ends = f.kind === 'claim' ? [f.about!] : ENDS.map((k) => f.record[k] as string | undefined);
    f.requires = [...new Set(ends.filter((id): id is string => !!id && col.entities.has(id)).map((id) => col.entities.get(id)!.id))].sort();
    for (const id of ends) if (id && col.entities.has(id)) needed.add(id);
  }
  // A new entity that another new entity's facts need (a facility's product) is needed too.
  const entities = [...col.entities.entries()].filter(([id]) => needed.has(id)).map(([, c]) => c);
  const order = (c: Candidate) =>
    `${c.kind === 'entity' ? 0 : c.kind === 'relationship' ? 1 : 2}|${c.kind === 'entity' ? c.record.id : `${c.record.type ?? c.record.attribute}|${c.record.from ?? c.about}|${c.record.to ?? ''}`}`;
  return [...entities, ...facts].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/**
 * Extracts candidate facts from an article. `input` is the raw file or text; `gaz` the graph's
 * names (a fresh one per call: proposed entities are added to it); `lookup` the graph's
 * relationships between entities, for conflicts. Throws ArticleInputError for bad input.
 */
export async function extractArticle(input: Uint8Array | string, gaz: Gazetteer, lookup: FactLookup, opts: ExtractOptions = {}): Promise<Extraction> {
  const article = readArticle(input, opts.name);
  const source = sourceOf(article, checkOptions(opts));
  const sentences = splitSentences(article.text);
  const col = new Collector(gaz, digest(article.text).slice(0, 8));
  const mentions = readSentences(sentences, gaz, col);
  await resolveConflicts(col, lookup);
  return { article, source, sentences, mentions, candidates: finish(col) };
}
