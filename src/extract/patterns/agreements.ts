/**
 * Agreements: offtake, supply and technology contracts with their parties and roles (seller,
 * buyer; client, contractor), what they cover (item, quantity per year, value), signing date,
 * start, term and occasion. A later sentence about "the deal" adds to the agreement spoken of
 * last. An agreement already in the graph is recognised by its parties and what it covers.
 */
import { nameKey } from '../gazetteer.js';
import { slug } from '../mentions.js';
import { byLabel, type Ctx, conf, facilityOf, items } from './context.js';

const AGREEMENT = /\b(offtake|supply|sales?|purchase|technology|engineering|licen[cs]e|EPC|construction)?[\s-]*(agreement|deal|contract|accord)\b/i;
const SIGN = /\b(sign\w*|ink\w*|conclud\w*|struck|agreed|award\w*|won|enter\w* into)\b/i;
const BUYS = /\b(?:to|will|agreed to|would|plans to)\s+(buy|purchase|take|receive|import)\b/i;
const OCCASION =
  /\b(?:during|on the sidelines of|at)\s+(?:the\s+|a\s+)?((?:(?!\b(?:on|in|at)\s+\d)[^,.;])*?\b(?:visit|summit|forum|conference|meeting|talks|week|expo)\b[^,.;]*)/i;

function agreementType(ctx: Ctx, word: string | undefined): string {
  const w = `${word ?? ''} ${ctx.text}`.toLowerCase();
  if (/offtake|\bbuy\b|purchase/.test(word?.toLowerCase() ?? '') || (/offtake/.test(w) && !/technology|engineering/.test(word ?? ''))) return 'offtake';
  if (/technology|engineering|licen|epc|construction/.test(word?.toLowerCase() ?? '') || /\b(build|construct|engineering|contractor)\b/.test(w))
    return 'technology contract';
  return /offtake|\bbuy\b|purchase/.test(w) ? 'offtake' : 'supply';
}

/** Props of the agreement and of what it covers, from any sentence about it. */
function details(ctx: Ctx, agreement: string, item: string | undefined): void {
  const isNew = !ctx.col.known(agreement);
  const from = ctx.dates.find(
    (d) =>
      ['from', 'starting', 'beginning'].includes(d.prep) ||
      (/\b(deliveries|shipments|supply|supplies)\b[^.]*$/i.test(ctx.text.slice(0, d.start)) && d.prep !== 'on'),
  );
  const signed = SIGN.test(ctx.text) ? ctx.dates.find((d) => d !== from && ['on', 'in', ''].includes(d.prep)) : undefined;
  const occasion = OCCASION.exec(ctx.text)?.[1]?.trim();
  const term = ctx.terms[0];
  const validTo = from && term ? String(Number(from.value.slice(0, 4)) + term.years) : undefined;
  ctx.col.attribute(
    agreement,
    'signedDate',
    isNew ? { signedDate: signed?.value, signedDateText: signed?.words, occasion } : { valueDate: signed?.value },
    signed?.words ?? '',
    ctx.s,
    !signed,
  );
  if (isNew)
    ctx.col.attribute(
      agreement,
      'term',
      {
        validFrom: from?.value,
        validFromText: from ? `${from.prep} ${from.words}`.trim() : undefined,
        validTo,
        validToText: term ? `${term.text} term` : undefined,
        status: 'inForce',
      },
      '',
      ctx.s,
      true,
    );
  if (!item) return;
  const q = ctx.quantities.find((x) => x.perYear) ?? ctx.quantities[0];
  const value = ctx.money.find(
    (m) => /\b(worth|valued|value|for|priced)\b[^.]{0,20}$/i.test(ctx.text.slice(0, m.start)) || /\b(worth|valued)\b/i.test(ctx.text),
  );
  const props: Record<string, unknown> = {};
  if (q) Object.assign(props, { quantity: q.quantity, unit: q.unit, quantityBound: q.bound });
  if (value) Object.assign(props, { amount: value.amount, currency: value.currency, amountBound: value.bound });
  if (from)
    Object.assign(props, {
      validFrom: from.value,
      validFromText: `${from.prep} ${from.words}`.trim(),
      validTo,
      validToText: term ? `${term.text} term` : undefined,
    });
  if (Object.keys(props).length || isNew) ctx.col.relationship('COVERS', agreement, item, props, ctx.s, 0.75);
}

/** An agreement of the graph with all these parties and covering the item, if any. */
function knownAgreement(ctx: Ctx, parties: string[], item: string | undefined): string | undefined {
  return [...ctx.gaz.byId.values()].find(
    (e) => e.label === 'Agreement' && !e.proposed && parties.every((p) => e.parties?.includes(p)) && (!item || e.covers?.includes(item)),
  )?.id;
}

export function agreements(ctx: Ctx): void {
  const m = AGREEMENT.exec(ctx.text);
  if (!m) return;
  const parties = byLabel(ctx, 'Company').filter((p, i, all) => all.findIndex((x) => x.id === p.id) === i);
  const item = items(ctx)[0]?.id;
  if (parties.length < 2 || (!SIGN.test(ctx.text) && !/\bwith\b/.test(ctx.text))) {
    // "The deal, worth about US$45 million, was signed in Tokyo on 10 March 2026 …"
    if (ctx.state.agreement && /\b(the|this) (deal|agreement|contract|offtake)\b/i.test(ctx.text))
      details(ctx, ctx.state.agreement, item ?? ctx.state.itemOf.get(ctx.state.agreement));
    return;
  }
  const type = agreementType(ctx, m[1]);
  let roles: Array<[string, string]>;
  const first = parties[0];
  const rest = parties.slice(1);
  if (type === 'technology contract') {
    const awardedBy = /\b(won|wins|secured)\b/i.test(ctx.text.slice(first.end, m.index));
    roles = awardedBy
      ? [[first.id, 'contractor'], ...rest.map((p) => [p.id, 'client'] as [string, string])]
      : [[first.id, 'client'], ...rest.map((p) => [p.id, 'contractor'] as [string, string])];
  } else {
    const buys = BUYS.exec(ctx.text);
    const buyerFirst = !!buys && buys.index > first.end && !/\b(?:to|will)\s+(supply|sell|deliver|ship)\b/i.test(ctx.text.slice(first.end, buys.index));
    roles = buyerFirst
      ? [[first.id, 'buyer'], ...rest.map((p) => [p.id, 'seller'] as [string, string])]
      : [[first.id, 'seller'], ...rest.map((p) => [p.id, 'buyer'] as [string, string])];
  }
  const ids = roles.map(([id]) => id);
  const seller = roles.find(([, r]) => r === 'seller' || r === 'client')?.[0] ?? ids[0];
  const buyer = roles.find(([, r]) => r === 'buyer' || r === 'contractor')?.[0] ?? ids[1];
  const itemName = item ? ctx.col.nameOf(item) : '';
  const id = knownAgreement(ctx, ids, item) ?? `agreement:${slug(`${ctx.col.nameOf(seller)} ${ctx.col.nameOf(buyer)} ${itemName} ${type}`)}`;
  ctx.col.entity(
    id,
    'Agreement',
    `${ctx.col.nameOf(seller)}–${ctx.col.nameOf(buyer)} ${nameKey(itemName)} ${type} agreement`.replace(/\s+/g, ' '),
    `"${m[0].trim()}" between ${roles.length} parties`,
    ctx.s,
    { agreementType: type },
    0.75,
  );
  ctx.state.agreement = id;
  if (item) ctx.state.itemOf.set(id, item);
  for (const [party, role] of roles) ctx.col.relationship('PARTY_TO', party, id, { role }, ctx.s, conf(0.8, ...parties));
  details(ctx, id, item);
  if (type === 'technology contract') {
    const facility = facilityOf(ctx);
    if (facility) ctx.col.relationship('COVERS', id, facility, {}, ctx.s, 0.7);
  }
}
