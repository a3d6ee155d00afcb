/**
 * What the patterns see of one sentence: its mentions and values, the collector, and the
 * discourse (the company, facility, agreement and policy spoken of last, for "the plant",
 * "the deal", "the company", "it").
 */
import type { Label } from '../../model/schema.js';
import type { Collector } from '../candidates.js';
import type { Gazetteer } from '../gazetteer.js';
import type { Mention } from '../mentions.js';
import type { Sentence } from '../sentences.js';
import {
  type DateValue,
  findDates,
  findMoney,
  findPercents,
  findQuantities,
  findTerms,
  type MoneyValue,
  type PercentValue,
  type QuantityValue,
  type TermValue,
} from '../values.js';

export interface Discourse {
  company?: string;
  facility?: string;
  agreement?: string;
  policy?: string;
  /** Operator of each facility spoken of. */
  operatorOf: Map<string, string>;
  /** What each new facility makes. */
  productOf: Map<string, string>;
  /** The item each agreement covers. */
  itemOf: Map<string, string>;
}

export interface Ctx {
  s: Sentence;
  text: string;
  mentions: Mention[];
  money: MoneyValue[];
  quantities: QuantityValue[];
  percents: PercentValue[];
  dates: DateValue[];
  terms: TermValue[];
  col: Collector;
  gaz: Gazetteer;
  state: Discourse;
}

export function makeCtx(s: Sentence, mentions: Mention[], col: Collector, state: Discourse): Ctx {
  const t = s.text;
  return {
    s,
    text: t,
    mentions,
    money: findMoney(t),
    quantities: findQuantities(t),
    percents: findPercents(t),
    dates: findDates(t),
    terms: findTerms(t),
    col,
    gaz: col.gaz,
    state,
  };
}

export const byLabel = (ctx: Ctx, ...labels: Label[]) => ctx.mentions.filter((m) => labels.includes(m.label));

/** Companies in the sentence, each once, in order. */
export function companies(ctx: Ctx): Mention[] {
  const seen = new Set<string>();
  return byLabel(ctx, 'Company').filter((m) => !seen.has(m.id) && !!seen.add(m.id));
}

/** Metals and products named in the sentence, each once. */
export function items(ctx: Ctx): Mention[] {
  const seen = new Set<string>();
  return byLabel(ctx, 'Metal', 'Product').filter((m) => !seen.has(m.id) && !!seen.add(m.id));
}

/** The company acting before `pos`: the nearest company named before it, or the one spoken of last for "the company" / "it". */
export function subjectBefore(ctx: Ctx, pos: number): string | undefined {
  const before = byLabel(ctx, 'Company', 'Country').filter((m) => m.end <= pos);
  const head = ctx.text.slice(0, pos);
  if (!before.length && /\b(the company|the group|the miner|the firm|it|its)\b/i.test(head)) return ctx.state.company;
  // The first company of the clause that holds the verb (after the last comma-free stretch).
  return before.length ? before[0].id : undefined;
}

/** The facility the sentence speaks of: a facility named in it, or "the plant" / "the facility" for the last one. */
export function facilityOf(ctx: Ctx): string | undefined {
  const named = byLabel(ctx, 'Facility')[0];
  if (named) return named.id;
  if (/\b(the|its|this) (new )?(plant|facility|refinery|smelter|unit|mine|mill|project|operation|site)\b/i.test(ctx.text)) return ctx.state.facility;
  return undefined;
}

/** Evidence-weighted confidence: lower for names that match several entities. */
export const conf = (base: number, ...ms: Array<Mention | undefined>) => Math.round((base - (ms.some((m) => m?.ambiguous) ? 0.15 : 0)) * 100) / 100;
