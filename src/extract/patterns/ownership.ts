/**
 * Ownership: stakes bought, sold or held ("X bought a 25% stake in Y from Z", "X holds 40% of
 * Y") as SHAREHOLDER_OF with the share and its date; takeovers ("X acquired Y", "Y becomes a
 * wholly owned subsidiary of X") as SUBSIDIARY_OF and a 100% SHAREHOLDER_OF; "Y, a subsidiary
 * of X" and "X's subsidiary Y" as SUBSIDIARY_OF.
 */
import type { Mention } from '../mentions.js';
import { byLabel, type Ctx, conf } from './context.js';

const BUY = /\b(acquir\w*|bought|buy\w*|purchas\w*|took over|takes over|take over|taking over|takeover of|acquisition of)\b/i;
const SELL = /\b(sold|sell\w*|divest\w*|dispos\w*)\b/i;
const SUBSIDIARY = /\b(?:wholly[\s-]owned\s+|majority[\s-]owned\s+)?(subsidiary|unit|arm|division)\s+of\b/i;

const owners = (ctx: Ctx) => byLabel(ctx, 'Company', 'Person', 'Country');
const firstAfter = (ms: Mention[], pos: number, label?: string) => ms.find((m) => m.start >= pos && (!label || m.label === label));
const lastBefore = (ms: Mention[], pos: number) => [...ms].reverse().find((m) => m.end <= pos);

/** The date the change took effect: a completion or effective date, else any dated verb of the sentence. */
function since(ctx: Ctx): { validFrom?: string; validFromText?: string } {
  const d = ctx.dates.find((x) => ['on', 'in', 'from', 'since', 'effective', ''].includes(x.prep));
  return d ? { validFrom: d.value, validFromText: d.words } : {};
}

function stake(ctx: Ctx): boolean {
  const p = ctx.percents.find(
    (x) => /^\s*(stake|share|interest|of)\b/i.test(ctx.text.slice(x.end)) || /\b(stake|share|interest)\b/i.test(ctx.text.slice(x.end, x.end + 30)),
  );
  if (!p) return false;
  const all = owners(ctx);
  const target = firstAfter(byLabel(ctx, 'Company'), p.end);
  if (!target) return false;
  const sell = SELL.exec(ctx.text);
  const buy = BUY.exec(ctx.text);
  let holder: Mention | undefined;
  let seller: Mention | undefined;
  if (sell && sell.index < p.start) {
    // "Z sold its 30% stake in Y to X"
    seller = lastBefore(all, sell.index);
    const to = /\bto\s+/g;
    to.lastIndex = target.end;
    const m = to.exec(ctx.text);
    holder = m ? firstAfter(all, m.index) : undefined;
  } else {
    holder = lastBefore(all, buy && buy.index < p.start ? buy.index : p.start) ?? undefined;
    const from = /\bfrom\s+/g;
    from.lastIndex = target.end;
    const m = from.exec(ctx.text);
    seller = m ? firstAfter(all, m.index) : undefined;
    // "bought the Ibragimov family's 20.7% stake"
    seller ??= all.find((x) => buy && x.start > buy.index && x.end <= p.start && /^['’]s?\s/.test(ctx.text.slice(x.end)));
  }
  if (!holder || holder.id === target.id) return false;
  const deal = ctx.money.find((m) => m.start > p.end);
  ctx.col.relationship(
    'SHAREHOLDER_OF',
    holder.id,
    target.id,
    { sharePct: p.value, sharePctBound: p.bound === 'exact' ? undefined : p.bound, ...since(ctx), note: deal ? `Stake bought for ${deal.text}.` : undefined },
    ctx.s,
    conf(0.8, holder, target),
  );
  ctx.state.company = target.id;
  if (seller && seller.id !== holder.id)
    ctx.col.relationship(
      'SHAREHOLDER_OF',
      seller.id,
      target.id,
      {
        status: 'ended',
        note: `Sold ${p.text} to ${ctx.col.nameOf(holder.id)}.`,
        ...(() => {
          const s = since(ctx);
          return s.validFrom ? { validTo: s.validFrom, validToText: s.validFromText } : {};
        })(),
      },
      ctx.s,
      conf(0.6, seller),
    );
  return true;
}

function takeover(ctx: Ctx): void {
  const companies = byLabel(ctx, 'Company');
  const sub = SUBSIDIARY.exec(ctx.text);
  if (sub) {
    const parent = firstAfter(companies, sub.index + sub[0].length);
    const child = lastBefore(companies, sub.index);
    if (parent && child && parent.id !== child.id) {
      ctx.col.relationship('SUBSIDIARY_OF', child.id, parent.id, { ...since(ctx) }, ctx.s, conf(0.8, parent, child));
      if (/wholly[\s-]owned/i.test(sub[0]))
        ctx.col.relationship('SHAREHOLDER_OF', parent.id, child.id, { sharePct: 100, ...since(ctx) }, ctx.s, conf(0.75, parent, child));
      return;
    }
  }
  const possessive = /\b([A-Z][\p{L}-]*)['’]s\s+(?:wholly[\s-]owned\s+)?(subsidiary|unit)\s+/u.exec(ctx.text);
  if (possessive) {
    const parent = lastBefore(companies, possessive.index + possessive[1].length + 2);
    const child = firstAfter(companies, possessive.index + possessive[0].length);
    if (parent && child && parent.id !== child.id) ctx.col.relationship('SUBSIDIARY_OF', child.id, parent.id, {}, ctx.s, conf(0.75, parent, child));
    return;
  }
  const buy = BUY.exec(ctx.text);
  if (!buy || ctx.percents.length || /\b(stake|shares?)\b/i.test(ctx.text)) return;
  const buyer = lastBefore(companies, buy.index);
  const target = firstAfter(companies, buy.index + buy[0].length);
  if (buyer && target && buyer.id !== target.id && /\b(completed|acquired|bought|took over|has agreed|agreed|will acquire|to acquire)\b/i.test(ctx.text)) {
    ctx.col.relationship('SUBSIDIARY_OF', target.id, buyer.id, { ...since(ctx) }, ctx.s, conf(0.7, buyer, target));
    ctx.col.relationship('SHAREHOLDER_OF', buyer.id, target.id, { sharePct: 100, ...since(ctx) }, ctx.s, conf(0.7, buyer, target));
  }
}

export function ownership(ctx: Ctx): void {
  if (!stake(ctx)) takeover(ctx);
}
