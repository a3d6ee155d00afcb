/**
 * From what a person hands in to the article's body text: plain text, Markdown, or a saved HTML
 * news page. HTML goes through @mozilla/readability on a linkedom document, which drops the
 * navigation, ads, scripts and link lists around the article; text and Markdown keep only their
 * prose paragraphs (a saved page's menus and buttons are short lines without a sentence).
 *
 * Errors (ArticleInputError, nothing is written): empty input, binary input (a NUL byte or
 * invalid UTF-8), input over MAX_INPUT_BYTES, a page or text with no article (fewer than
 * MIN_ARTICLE_WORDS words of prose), an article over MAX_ARTICLE_CHARS characters.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parsePartialDate } from '../model/schema.js';
import { withoutInvisible } from '../model/text.js';

/** Largest input accepted, in bytes (a saved news page with its scripts fits easily). */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;
/** Longest article body accepted, in characters (about 15 printed pages). */
export const MAX_ARTICLE_CHARS = 60_000;
/** Fewest words of prose that make an article. */
export const MIN_ARTICLE_WORDS = 25;

export type ArticleFormat = 'text' | 'markdown' | 'html';

/** The article as read: its body text (what evidence offsets refer to) and what the page states about it. */
export interface Article {
  format: ArticleFormat;
  title: string | null;
  url: string | null;
  publisher: string | null;
  /** A partial date (YYYY-MM-DD, …) when the page states one. */
  publishedDate: string | null;
  /** The article's prose, paragraphs separated by a blank line. */
  text: string;
}

/**
 * Bad input: `code` tells the kind, the message what was expected; `option`, for BAD_OPTION,
 * the option at fault as the caller names it (`input.url`, `--published`).
 */
export class ArticleInputError extends Error {
  constructor(
    readonly code: 'EMPTY' | 'BINARY' | 'TOO_LARGE' | 'NO_ARTICLE' | 'BAD_OPTION',
    message: string,
    readonly option?: string,
  ) {
    super(message);
    this.name = 'ArticleInputError';
  }
}

/** Bytes or a string → text, refusing empty, binary and oversized input. */
export function decodeInput(input: Uint8Array | string): string {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  if (bytes.length > MAX_INPUT_BYTES)
    throw new ArticleInputError(
      'TOO_LARGE',
      `the input has ${bytes.length} bytes; at most ${MAX_INPUT_BYTES} bytes (${MAX_INPUT_BYTES / 1024 / 1024} MiB) are read`,
    );
  if (bytes.includes(0))
    throw new ArticleInputError('BINARY', 'the input is binary (it holds NUL bytes); expected plain text, Markdown or an HTML page in UTF-8');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleInputError('BINARY', 'the input is not valid UTF-8 text; expected plain text, Markdown or an HTML page in UTF-8');
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new ArticleInputError('EMPTY', 'the input is empty; expected the text of an article');
  return text;
}

const isHtml = (text: string, name?: string) => /\.x?html?$/i.test(name ?? '') || /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);
const isMarkdown = (text: string, name?: string) => /\.(md|markdown)$/i.test(name ?? '') || /^[^\S\n]*#{1,6}\s+\S/m.test(text);

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
/** A paragraph of prose: at least 8 words and a sentence's end. */
const isProse = (p: string) => words(p) >= 8 && /[.!?…"”’)]$/.test(p);

/** A stated date → partial date, or null: ISO datetimes, YYYY-MM-DD, "12 March 2026", "March 12, 2026". */
export function statedDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const iso = /(\d{4}-\d{2}-\d{2})/.exec(s);
  if (iso) return parsePartialDate(iso[1]) ? iso[1] : null;
  const d = new Date(`${s.replace(/^\s*(published|updated)[:\s]*/i, '')} UTC`);
  if (Number.isNaN(d.getTime()) || !/\b(19|20)\d{2}\b/.test(s)) return null;
  // Date rolls an impossible day over into the next month ("31 February 2026" → 3 March): refused.
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(s);
  if (day && Number(day[1]) !== d.getUTCDate()) return null;
  return d.toISOString().slice(0, 10);
}

/** An option given as YYYY-MM-DD (`publishedDate`, `--retrieved`…): returned when it is a real calendar day; otherwise ArticleInputError BAD_OPTION naming the option. */
export function optionDay(name: string, value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !parsePartialDate(value)) {
    throw new ArticleInputError('BAD_OPTION', `${name} must be a real calendar day as YYYY-MM-DD (got ${JSON.stringify(value)})`, name);
  }
  return value;
}

/**
 * The article as the extractor reads it: the characters one-line text refuses (bidi controls,
 * zero-width space, soft hyphen, controls, separators; src/model/text.ts) are taken out of its
 * text, title and publisher, so a name it proposes passes the loader it is offered to.
 */
function checkArticle(read: Article): Article {
  const clean = (s: string | null) =>
    s === null
      ? null
      : withoutInvisible(s)
          .replace(/[^\S\n]+/g, ' ')
          .trim();
  const a: Article = { ...read, text: withoutInvisible(read.text), title: clean(read.title), publisher: clean(read.publisher) };
  if (words(a.text) < MIN_ARTICLE_WORDS) {
    throw new ArticleInputError(
      'NO_ARTICLE',
      `no article found: the input has ${words(a.text)} words of prose (paragraphs of sentences); at least ${MIN_ARTICLE_WORDS} are needed`,
    );
  }
  if (a.text.length > MAX_ARTICLE_CHARS) {
    throw new ArticleInputError('TOO_LARGE', `the article has ${a.text.length} characters; at most ${MAX_ARTICLE_CHARS} are extracted at once (split it)`);
  }
  return a;
}

/** Plain text or Markdown: title from the first heading or short first line, "Published …" lines, prose paragraphs. */
function fromText(text: string, format: 'text' | 'markdown'): Article {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let title: string | null = null;
  let publishedDate: string | null = null;
  let url: string | null = null;
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const p = current.join(' ').replace(/\s+/g, ' ').trim();
    if (p && isProse(p)) paragraphs.push(p);
    current = [];
  };
  for (const raw of lines) {
    let line = raw.trim();
    if (format === 'markdown') {
      line = line
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__|\*|_|`)/g, '');
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    const meta = /^(published|date|url|source)\s*:\s*(.+)$/i.exec(line.replace(/^[*_]+|[*_]+$/g, ''));
    if (meta) {
      if (/url|source/i.test(meta[1]) && /^https?:\/\//.test(meta[2])) url = meta[2].trim();
      else publishedDate ??= statedDate(meta[2]);
      flush();
      continue;
    }
    if (heading || !line) {
      flush();
      if (heading && title === null) title = heading[1].trim();
      continue;
    }
    if (title === null && paragraphs.length === 0 && current.length === 0 && line.length <= 200 && !/[.!?]$/.test(line)) {
      title = line;
      continue;
    }
    // A short line without a sentence's end (a menu item, a button) ends the paragraph.
    if (!isProse(line) && words(line) < 8) {
      flush();
      continue;
    }
    current.push(line);
  }
  flush();
  return checkArticle({ format, title, url, publisher: null, publishedDate, text: paragraphs.join('\n\n') });
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td';

/** A saved HTML page: Readability's article, its blocks as paragraphs; title, URL, publisher, date from the page. */
function fromHtml(html: string): Article {
  const { document } = parseHTML(html);
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content')?.trim() || null;
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') || meta('meta[property="og:url"]');
  const timeEl = document.querySelector('time[datetime]')?.getAttribute('datetime');
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!parsed?.content) throw new ArticleInputError('NO_ARTICLE', 'no article found in the page: it has no block of prose that reads as an article');
  const { document: body } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const paragraphs: string[] = [];
  for (const el of body.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue; // the innermost block holds the text
    const p = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (isProse(p)) paragraphs.push(p);
  }
  return checkArticle({
    format: 'html',
    title: parsed.title?.trim() || null,
    url: url && /^https?:\/\//.test(url) ? url : null,
    publisher: parsed.siteName?.trim() || meta('meta[property="og:site_name"]'),
    publishedDate: statedDate(parsed.publishedTime) ?? statedDate(meta('meta[property="article:published_time"]')) ?? statedDate(timeEl),
    text: paragraphs.join('\n\n'),
  });
}

/**
 * Reads an article from bytes or text. `name` (a file name) helps tell the format; otherwise
 * an HTML document is recognised by its opening tag and Markdown by its headings. The
 * characters one-line text refuses are taken out first (src/model/text.ts, withoutInvisible).
 */
export function readArticle(input: Uint8Array | string, name?: string): Article {
  // Invisible characters go before the format and its structure are read: a zero-width space
  // or BOM before `#` or `<html>` must not hide a heading or a page.
  const text = withoutInvisible(decodeInput(input));
  if (isHtml(text, name)) return fromHtml(text);
  return fromText(text, isMarkdown(text, name) ? 'markdown' : 'text');
}
