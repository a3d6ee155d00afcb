/**
 * What a USGS `COUNTRY` label names: a country (possibly with a qualifier in parentheses), a
 * world total, or an aggregate that is not a country (`Other Countries`, `United States and
 * Canada`). Labels are cleaned first (no-break spaces, trailing spaces, glued footnote digits).
 */

import { countryCode } from '../model/countries.js';
import { cleanText, stripFootnote } from './csv.js';

export type LabelKind =
  /** `name` is the country spelling without qualifier; `qualifier` the text in parentheses. */
  | { kind: 'country'; code: string; name: string; qualifier?: string }
  /** `qualifier` is the rest of the label: `(rounded)`, `(ilmenite, rounded)`, `(rounded), natural`. */
  | { kind: 'worldTotal'; qualifier: string; combined: boolean }
  | { kind: 'otherCountries' }
  | { kind: 'multiCountry'; codes: string[] }
  | { kind: 'unmapped' };

export interface ClassifiedLabel {
  /** The cleaned label (footnote removed). */
  label: string;
  /** The footnote digits that were glued to the label, if any. */
  footnote?: string;
  what: LabelKind;
}

/**
 * Classifies one label. The whole label is tried as a country first (so `Congo (Kinshasa)` and
 * `Trinidad and Tobago` stay countries), then `Name (qualifier)`, then `A and B` with both parts
 * countries (a multi-country aggregate). A world total whose qualifier joins several things with
 * `and` (`World total (ilmenite and rutile, rounded)`) is flagged `combined`.
 */
export function classifyLabel(raw: string): ClassifiedLabel {
  const { label, footnote } = stripFootnote(cleanText(raw));
  const wt = /^world total\b\s*(.*)$/i.exec(label);
  if (wt) return { label, footnote, what: { kind: 'worldTotal', qualifier: wt[1], combined: /\band\b/i.test(wt[1]) } };
  if (/^other countries\b/i.test(label)) return { label, footnote, what: { kind: 'otherCountries' } };
  const whole = countryCode(label);
  if (whole) return { label, footnote, what: { kind: 'country', code: whole, name: label } };
  const q = /^(.*?)\s*\((.+)\)$/.exec(label);
  if (q) {
    const code = countryCode(q[1]);
    if (code) return { label, footnote, what: { kind: 'country', code, name: q[1], qualifier: q[2].trim() } };
  }
  const and = /^(.+?) and (.+)$/.exec(label);
  if (and) {
    const codes = [countryCode(and[1]), countryCode(and[2])];
    if (codes.every(Boolean)) return { label, footnote, what: { kind: 'multiCountry', codes: codes as string[] } };
  }
  return { label, footnote, what: { kind: 'unmapped' } };
}
