/**
 * Values stated in a sentence, as the model stores them (docs/model.md):
 * - quantities: `quantity` in `unit` (`t`, `kt`, `Mt`, `kg`, with `/yr` for a yearly rate) and
 *   `quantityBound` ("about 8 tonnes a year" → 8 t/yr approximate; "2 million tonnes" → 2 Mt);
 * - money: `amount` in `currency` (ISO 4217) and `amountBound` ("more than US$20 million" →
 *   20000000 USD atLeast; "20 billion tenge" → 20000000000 KZT);
 * - percentages (0–100) with their bound;
 * - partial dates (`YYYY`, `YYYY-Qn`, `YYYY-MM`, `YYYY-MM-DD`) with the words kept ("late 2026"
 *   → 2026 with text "late 2026"), parsed by compromise-dates; only dates that name their year
 *   are taken, so the result never depends on the day of extraction;
 * - terms ("five-year", "for eight years") in years.
 * Every finding carries its character offsets within the sentence.
 */
import { UNITS } from '../model/units.js';
import { nlp, numberOf } from './nlp.js';

export type Bound = 'exact' | 'atLeast' | 'atMost' | 'approximate';
interface Span {
  start: number;
  end: number;
  text: string;
}
export interface QuantityValue extends Span {
  quantity: number;
  unit: string;
  bound: Bound;
  perYear: boolean;
}
export interface MoneyValue extends Span {
  amount: number;
  currency: string;
  bound: Bound;
}
export interface PercentValue extends Span {
  value: number;
  bound: Bound;
}
export interface DateValue extends Span {
  /** A partial date of the model. */
  value: string;
  /** The words as written, without a leading preposition ("late 2026", "9 November 2025"). */
  words: string;
  /** The preposition before it, lower case ("from", "until", "by", "in", "on", "since"), or "". */
  prep: string;
}
export interface TermValue extends Span {
  years: number;
}

const WORD_NUMBERS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred';
const NUM = `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:${WORD_NUMBERS}))`;
const SCALE = '(?:[\\s-]?(thousand|million|billion|trillion|mn|bn)\\b)?';
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

function num(text: string): number | null {
  if (/^[\d,.]+$/.test(text)) return Number(text.replace(/,/g, ''));
  return numberOf(text);
}

/** The bound stated by the words just before (or "or more" just after) a value. */
export function boundAround(sentence: string, start: number, end: number): Bound {
  const before = sentence.slice(Math.max(0, start - 30), start).toLowerCase();
  const after = sentence.slice(end, end + 12).toLowerCase();
  if (/\b(no|not) more than\s*$/.test(before)) return 'atMost';
  if (/\b(no|not) less than\s*$/.test(before)) return 'atLeast';
  if (/\b(about|around|approximately|roughly|some|nearly|almost|close to|an estimated|estimated|circa|c\.)\s*$/.test(before)) return 'approximate';
  if (
    /\b(over|more than|exceeding|exceeds|above|at least|upwards of|in excess of|no less than|north of|topping)\s*$/.test(before) ||
    /^\s*or more\b/.test(after)
  )
    return 'atLeast';
  if (/\b(up to|at most|less than|under|below|no more than|as much as|a maximum of|maximum)\s*$/.test(before) || /^\s*or less\b/.test(after)) return 'atMost';
  return 'exact';
}

const CURRENCY_SYMBOL: Record<string, string> = {
  us$: 'USD',
  usd: 'USD',
  $: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  '¥': 'JPY',
  jpy: 'JPY',
  '₸': 'KZT',
  kzt: 'KZT',
  cny: 'CNY',
  rmb: 'CNY',
  a$: 'AUD',
  aud: 'AUD',
  c$: 'CAD',
  cad: 'CAD',
};
const CURRENCY_WORD: Record<string, string> = {
  tenge: 'KZT',
  yen: 'JPY',
  yuan: 'CNY',
  euro: 'EUR',
  euros: 'EUR',
  dollars: 'USD',
  'us dollars': 'USD',
  rubles: 'RUB',
  roubles: 'RUB',
  pounds: 'GBP',
  kzt: 'KZT',
  usd: 'USD',
  eur: 'EUR',
  jpy: 'JPY',
  cny: 'CNY',
};

/** Amounts of money: "US$1.2 billion", "$45m", "20 billion tenge", "EUR 300 million". */
export function findMoney(sentence: string): MoneyValue[] {
  const out: MoneyValue[] = [];
  const prefixed = new RegExp(`(US\\$|A\\$|C\\$|USD|EUR|GBP|JPY|KZT|CNY|RMB|AUD|CAD|\\$|€|£|¥|₸)\\s?${NUM}${SCALE}`, 'gi');
  const suffixed = new RegExp(`\\b${NUM}${SCALE}\\s(US dollars|dollars|tenge|yen|yuan|euros?|rubles|roubles|pounds|KZT|USD|EUR|JPY|CNY)\\b`, 'gi');
  // Each form: its pattern, its currency table, and the groups of currency, number and scale.
  const forms = [
    [prefixed, CURRENCY_SYMBOL, 1, 2, 3],
    [suffixed, CURRENCY_WORD, 3, 1, 2],
  ] as const;
  for (const [re, currencies, cur, number, scale] of forms) {
    for (const m of sentence.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      const n = num(m[number]);
      if (n === null || !(n > 0)) continue;
      const amount = n * (m[scale] ? SCALES[m[scale].toLowerCase()] : 1);
      out.push({ start, end, text: m[0], amount, currency: currencies[m[cur].toLowerCase()], bound: boundAround(sentence, start, end) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The mass words writers use → the unit table's symbol (src/model/units.ts). Matched in lower
 * case with spaces or hyphens between words, except `Mt`, which is megatonnes only as written:
 * writers use `mt`/`MT` for metric tons.
 */
export const MASS_WORDS: Readonly<Record<string, string>> = {
  t: 't',
  ton: 't',
  tons: 't',
  tonne: 't',
  tonnes: 't',
  'metric ton': 't',
  'metric tons': 't',
  'metric tonne': 't',
  'metric tonnes': 't',
  mt: 't',
  kg: 'kg',
  kilogram: 'kg',
  kilograms: 'kg',
  kt: 'kt',
  kilotonne: 'kt',
  kilotonnes: 'kt',
  Mt: 'Mt',
};

/** The table symbol of a mass word as the pattern below matched it (`Metric-Tons` → `t`, `Mt` → `Mt`, `MT` → `t`). */
function massSymbol(word: string): string {
  return MASS_WORDS[word] ?? MASS_WORDS[word.toLowerCase().replace(/[\s-]+/g, ' ')];
}

/** The symbol of the mass unit `scale` times larger than metric tons (`thousand` → `kt`, `million` → `Mt`), from the unit table. */
function scaledTonnes(scale: 'thousand' | 'million'): string {
  return UNITS.find((row) => row.baseUnit === 't' && row.symbol && row.factor === SCALES[scale])!.symbol!;
}

/** The mass words, longest first, spaces matching a space or a hyphen. */
const MASS = `(${Object.keys(MASS_WORDS)
  .filter((w) => w !== 'mt')
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '[\\s-]'))
  .join('|')})`;
const PER_YEAR_AFTER = /^[^.;]{0,45}?\b(a year|per year|per annum|annually|each year|a-year|per-year|yearly|\/yr|\/y|tpa)\b/i;

/** Mass quantities: "15 metric tons annually" → 15 t/yr; "2-million-metric-ton-per-year" → 2 Mt/yr. */
export function findQuantities(sentence: string): QuantityValue[] {
  const out: QuantityValue[] = [];
  const re = new RegExp(`\\b${NUM}${SCALE}[\\s-]${MASS}(?![\\p{L}])`, 'giu');
  for (const m of sentence.matchAll(re)) {
    let n = num(m[1]);
    // A figure of 0 ("10, 000 tonnes" read after a stray character) is no figure: the loader takes quantities above 0 only.
    if (n === null || !(n > 0)) continue;
    const scale = m[2]?.toLowerCase();
    let unit = massSymbol(m[3]);
    if (unit === 't' && (scale === 'million' || scale === 'thousand')) unit = scaledTonnes(scale);
    else if (scale) n *= SCALES[scale];
    const end = m.index! + m[0].length;
    const after = sentence.slice(end);
    const before = sentence.slice(Math.max(0, m.index! - 40), m.index!);
    const perYear = PER_YEAR_AFTER.test(after) || /\b(annual|yearly|a year of)\b[^.;]*$/i.test(before);
    out.push({ start: m.index!, end, text: m[0], quantity: n, unit: perYear ? `${unit}/yr` : unit, bound: boundAround(sentence, m.index!, end), perYear });
  }
  return out;
}

/** Percentages: "40%", "25 per cent", "a 30 percent stake". */
export function findPercents(sentence: string): PercentValue[] {
  const re = /\b(\d+(?:\.\d+)?)\s?(%|per\s?cent|percent)/gi;
  return [...sentence.matchAll(re)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    text: m[0],
    value: Number(m[1]),
    bound: boundAround(sentence, m.index!, m.index! + m[0].length),
  }));
}

/** Terms in years: "five-year agreement", "for eight years", "a 10-year contract". */
export function findTerms(sentence: string): TermValue[] {
  const re = new RegExp(`\\b${NUM}[\\s-]years?\\b`, 'gi');
  const out: TermValue[] = [];
  for (const m of sentence.matchAll(re)) {
    const before = sentence.slice(Math.max(0, m.index! - 6), m.index!).toLowerCase();
    const hyphen = /-year/i.test(m[0]);
    if (!hyphen && !/\bfor\s*$/.test(before)) continue;
    const years = num(m[1]);
    if (years !== null && years > 0 && years <= 100) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], years });
  }
  return out;
}

const QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const VAGUE =
  /\b(?:(late|early|mid|the end of|end of|end-|the start of|start of|the beginning of|the (?:first|second) half of|the (first|second|third|fourth) quarter of|H[12])[\s-]*)((?:19|20)\d{2})\b/gi;
/** Where a date's own words begin: a digit, a quarter, a month name. */
const DATE_START = /\b(\d|Q[1-4]\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** The preposition right before `start` in the sentence, lower case, or "". */
function prepBefore(sentence: string, start: number): string {
  const m = /\b(on|in|for|from|until|till|by|since|before|after|to|through|during|effective|starting)\s+(?:the\s+)?$/i.exec(
    sentence.slice(Math.max(0, start - 16), start),
  );
  return m ? m[1].toLowerCase() : '';
}

const pad = (n: number) => String(n).padStart(2, '0');

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "March 2060" → "2060-03"; anything else → null. */
function monthYear(text: string): string | null {
  const m = /^\s*(\p{L}{3,9})\.?\s+((?:19|20)\d{2})\s*$/u.exec(text);
  const month = m ? MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) : -1;
  return m && month >= 0 ? `${m[2]}-${pad(month + 1)}` : null;
}

/** One date expression (no range) → a partial date, or null when it names no year or no clear unit. */
function parseDate(text: string): string | null {
  if (!/\b(19|20)\d{2}\b/.test(text)) return null;
  const q = /\bQ([1-4])\s*((?:19|20)\d{2})\b/i.exec(text);
  if (q) return `${q[2]}-Q${q[1]}`;
  const found = nlp(text).dates({ timezone: 'UTC', today: '2000-01-01' }).json() as Array<{ dates?: { start?: string; unit?: string } }>;
  const d = found[0]?.dates;
  if (!d?.start) return /^\s*((?:19|20)\d{2})\s*$/.test(text) ? text.trim() : null;
  const [y, m, day] = d.start.slice(0, 10).split('-').map(Number);
  // The date must name a year written in the text: compromise reads some month-year pairs as a
  // time of day ("March 2060" as 20:60 on today's date); those are read as month and year.
  const written: string[] = text.match(/\b(?:19|20)\d{2}\b/g) ?? [];
  if (!written.includes(String(y))) return monthYear(text);
  switch (d.unit) {
    case 'day':
      return `${y}-${pad(m)}-${pad(day)}`;
    case 'month':
      return `${y}-${pad(m)}`;
    case 'quarter':
      return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
    case 'year':
      return `${y}`;
    default:
      return /^\d{1,2}\s+\p{L}+\s+\d{4}$|^\p{L}+\s+\d{1,2},?\s+\d{4}$/u.test(text.trim()) ? `${y}-${pad(m)}-${pad(day)}` : null;
  }
}

/** Dates that name their year, each with its preposition and the words as written. */
export function findDates(sentence: string): DateValue[] {
  const out: DateValue[] = [];
  const overlaps = (s: number, e: number) => out.some((o) => s < o.end && e > o.start);
  for (const m of sentence.matchAll(VAGUE)) {
    const quarter = m[2] ? QUARTERS[m[2].toLowerCase()] : undefined;
    const value = quarter ? `${m[3]}-Q${quarter}` : m[3];
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], value, words: m[0], prep: prepBefore(sentence, m.index!) });
  }
  for (const m of sentence.matchAll(/\b(by|before)\s+((?:19|20)\d{2})\b/gi)) {
    const s = m.index! + m[0].length - m[2].length;
    if (!overlaps(s, s + 4)) out.push({ start: s, end: s + 4, text: m[2], value: m[2], words: m[0], prep: m[1].toLowerCase() });
  }
  const found = nlp(sentence).dates({ timezone: 'UTC', today: '2000-01-01' }).json({ offset: true }) as Array<{
    text: string;
    offset: { start: number; length: number };
  }>;
  for (const f of found) {
    // A range ("from 9 November 2025 until 27 November 2026") is taken as its two ends; a
    // match running over a semicolon or "and" is taken apart too.
    const parts = f.text.split(/(\buntil\b|\btill\b|\bto\b|\bthrough\b|;|\band\b)/i);
    let at = f.offset.start;
    let prep = '';
    for (const part of parts) {
      if (/^(until|till|to|through)$/i.test(part)) {
        prep = part.toLowerCase();
        at += part.length;
        continue;
      }
      const trimmed = part.replace(/[\s,.;]+$/, '');
      const first = DATE_START.exec(trimmed);
      const core = first ? trimmed.slice(first.index).trim() : '';
      const lead = first
        ? /\b(on|in|from|until|till|by|since|before|after|to|through|during|effective|starting)\s+(?:the\s+)?$/i.exec(trimmed.slice(0, first.index))
        : null;
      const start = core ? sentence.indexOf(core, at) : -1;
      const value = core ? parseDate(core) : null;
      if (value && start >= 0 && !overlaps(start, start + core.length)) {
        out.push({
          start,
          end: start + core.length,
          text: core,
          value,
          words: core,
          prep: prep || (lead ? lead[1].toLowerCase() : prepBefore(sentence, start)),
        });
      }
      at += part.length;
      prep = '';
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
