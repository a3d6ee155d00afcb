/**
 * Facilities: a new plant (built, planned, started) with its operator, location, what it makes
 * and its capacity, status and start; investments with their amount; technologies and their
 * providers with roles. A facility already in the graph is recognised by its name or by its
 * location and type ("a hot briquetted iron plant in Rudny" → Rudny HBI plant).
 */
import { type GazetteerEntry, nameKey } from '../gazetteer.js';
import { slug } from '../mentions.js';
import { byLabel, type Ctx, companies, conf, facilityOf, items, subjectBefore } from './context.js';

const FNOUN = '(plant|refinery|smelter|mine|mill|factory|works|concentrator|facility)';
const BUILD = new RegExp(
  `\\b(build|building|construct|constructing|develop|establish|set up|open|opened|commission|commissioned|plans? for|launch)\\b(?:[^.;]|\\.(?=\\d))*?\\b(?:a|an|its|the)\\s+(?:new\\s+)?((?:[^.;]|\\.(?=\\d))*?)\\b${FNOUN}\\b`,
  'i',
);
const PLACE = /^[\s,]*(?:in|near|at|outside)\s+([A-Z][\p{L}-]+(?:\s[A-Z][\p{L}-]+)?)/u;

function statusOf(text: string): string | undefined {
  if (/\b(under construction|is building|are building|began construction|started construction|broke ground|is being built)\b/i.test(text))
    return 'underConstruction';
  if (/\b(opened|commissioned|started production|began production|began operations|started operations|is operating|came on stream|inaugurated)\b/i.test(text))
    return 'operating';
  if (/\b(plans?|planned|will build|to build|to construct|proposed|intends?|aims? to|would)\b/i.test(text)) return 'planned';
  return undefined;
}

/** An existing facility at `place` of the type `type` (its location starts with the place; type or name shares the words). */
function knownFacility(ctx: Ctx, place: string, type: string): GazetteerEntry | undefined {
  const p = nameKey(place);
  const t = nameKey(type);
  return [...ctx.gaz.byId.values()].find(
    (e) =>
      e.label === 'Facility' && !e.proposed && nameKey(e.location ?? '').startsWith(p) && (nameKey(e.facilityType ?? '') === t || nameKey(e.name).includes(t)),
  );
}

/** The product words before the facility noun: quantities, parenthesised abbreviations and "new" left out. */
function productWords(ctx: Ctx, middle: string): string {
  let w = middle;
  for (const q of ctx.quantities) w = w.replace(q.text, ' ');
  return w
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b[\w.,-]*(per[\s-]year|a[\s-]year|annual|tonnes?|tons?|metric)[\w-]*\b/gi, ' ')
    .replace(/^[\s-]+|[\s-]+$/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^(new|large|major|first|second)\s+/i, '')
    .trim();
}

function newFacility(ctx: Ctx): string | undefined {
  const m = BUILD.exec(ctx.text);
  if (!m) return undefined;
  const fnoun = m[3].toLowerCase();
  const fEnd = m.index + m[0].length;
  const place = PLACE.exec(ctx.text.slice(fEnd))?.[1] ?? '';
  const product = productWords(ctx, m[2]);
  const type = `${product} ${fnoun}`.trim();
  const operator = subjectBefore(ctx, m.index) ?? ctx.state.company;
  const countries = byLabel(ctx, 'Country');
  const placeCountry = countries.find((c) => nameKey(c.text) === nameKey(place));
  const country =
    placeCountry ??
    countries.find((c) => c.start > fEnd) ??
    countries.find((c) => c.end <= m.index && /['’]s$|['’]s\b/.test(ctx.text.slice(c.start, c.end + 2)));
  let id: string;
  if (place && !placeCountry) {
    const known = knownFacility(ctx, place, type) ?? (product ? knownFacility(ctx, place, fnoun) : undefined);
    id = known?.id ?? `facility:${slug(`${place} ${type}`)}`;
  } else if (product) {
    id = `facility:${slug(`${operator ? ctx.col.nameOf(operator) : ''} ${place} ${type}`)}`;
  } else return undefined;
  ctx.state.facility = id;
  const location = place && country && !placeCountry ? `${place}, ${ctx.col.nameOf(country.id)}` : place || undefined;
  const name = `${place && !placeCountry ? `${place} ` : ''}${type}`.replace(/^./, (c) => c.toUpperCase());
  const status = statusOf(ctx.text);
  ctx.col.entity(id, 'Facility', name, `followed by "${fnoun}" after "${m[1]}"`, ctx.s, { facilityType: type, location, status }, 0.75);
  if (operator && ctx.col.gaz.byId.get(operator)?.label === 'Company') {
    ctx.state.operatorOf.set(id, operator);
    ctx.col.relationship('OPERATES', operator, id, { status }, ctx.s, conf(0.8));
  }
  if (country) ctx.col.relationship('LOCATED_IN', id, country.id, place && !placeCountry ? { note: place } : {}, ctx.s, conf(0.8, country));
  const named = product ? ctx.gaz.lookup(nameKey(product), product) : undefined;
  const inside = items(ctx).find((i) => i.start >= m.index && i.end <= fEnd);
  if (named && ['Metal', 'Product'].includes(named.entry.label)) ctx.state.productOf.set(id, named.entry.id);
  else if (product && /^[a-z][a-z -]+$/i.test(product) && product.split(' ').length <= 4 && (!inside || nameKey(inside.text) !== nameKey(product))) {
    const pid = `product:${slug(product)}`;
    ctx.col.entity(
      pid,
      'Product',
      product.replace(/^./, (c) => c.toUpperCase()),
      `what the ${fnoun} makes ("${product} ${fnoun}")`,
      ctx.s,
      {},
      0.6,
    );
    ctx.state.productOf.set(id, pid);
  } else if (inside) ctx.state.productOf.set(id, inside.id);
  return id;
}

const START = /\b(start|starts|started|begin|begins|commission\w*|production|operations?|online|on stream|up and running|first output|output)\b/i;

function facilityFacts(ctx: Ctx, facility: string): void {
  const known = ctx.gaz.byId.get(facility);
  const isNew = !known || known.proposed;
  // Capacity: a yearly quantity.
  const q = ctx.quantities.find((x) => x.perYear);
  if (q) {
    const same = !isNew && known!.quantity === q.quantity && known!.unit === q.unit;
    ctx.col.attribute(
      facility,
      'capacity',
      { quantity: q.quantity, unit: q.unit, quantityBound: q.bound, ...(isNew ? {} : { value: q.quantity }) },
      q.text,
      ctx.s,
      same,
    );
    const product = ctx.state.productOf.get(facility) ?? items(ctx)[0]?.id;
    if (product && isNew)
      ctx.col.relationship('PRODUCES', facility, product, { basis: 'capacity', quantity: q.quantity, unit: q.unit, quantityBound: q.bound }, ctx.s, 0.75);
  }
  // Start of production.
  const d = ctx.dates.find(
    (x) => ['in', 'by', 'from', 'for', '', 'during', 'until'].includes(x.prep) && START.test(ctx.text.slice(Math.max(0, x.start - 80), x.start)),
  );
  if (d) {
    const attribute = /commercial production/i.test(ctx.text) ? 'commercialProductionStart' : 'productionStart';
    const text = d.prep === 'by' ? `by ${d.words}` : d.words;
    const same = !isNew && known!.validFrom === d.value && !/late|early|mid|half|by/i.test(text);
    ctx.col.attribute(facility, attribute, isNew ? { validFrom: d.value, validFromText: text } : { valueDate: d.value }, text, ctx.s, same);
  }
  // Investment.
  const money = /\b(invest\w*|cost\w*|capital|capex|spend\w*|financ\w*|budget|flow into)\b/i.test(ctx.text) ? ctx.money[0] : undefined;
  if (money) {
    const verb = /\binvest\w*\b/i.exec(ctx.text);
    const investor = (verb && subjectBefore(ctx, verb.index)) ?? ctx.state.operatorOf.get(facility) ?? known?.operators?.[0];
    if (investor && ctx.gaz.byId.get(investor)?.label === 'Company') {
      ctx.col.relationship(
        'INVESTS_IN',
        investor,
        facility,
        { amount: money.amount, currency: money.currency, amountBound: money.bound, status: statusOf(ctx.text) },
        ctx.s,
        0.75,
      );
    }
  }
  technology(ctx, facility);
}

/** Technologies the facility uses and who provides them (process owner, contractor, developer). */
function technology(ctx: Ctx, facility: string): void {
  const techs = byLabel(ctx, 'Technology');
  if (!techs.length) return;
  for (const tech of techs) {
    ctx.col.entity(tech.id, 'Technology', tech.text, tech.reason, ctx.s, {}, 0.7);
    ctx.col.relationship('USES_TECHNOLOGY', facility, tech.id, {}, ctx.s, conf(0.8, tech));
    const cs = companies(ctx);
    cs.forEach((c, i) => {
      if (c.id === ctx.state.operatorOf.get(facility) && !/developed in-house|its own/i.test(ctx.text)) return;
      const between = c.end <= tech.start ? ctx.text.slice(c.end, tech.start) : ctx.text.slice(tech.end, c.start);
      // The words after the company up to the next company: "as the engineering contractor".
      const after = ctx.text.slice(c.end, cs[i + 1]?.start ?? c.end + 60);
      let role: string | undefined;
      if (/^['’]s?\s*$/.test(between) || /\b(licensed from|developed by|from|owned by|licensor)\s*$/i.test(ctx.text.slice(0, c.start))) role = 'process owner';
      if (/\b(contractor|engineering|EPC|will (?:build|construct|supply the equipment))\b/i.test(after)) role = 'contractor';
      if (role) ctx.col.relationship('PROVIDED_BY', tech.id, c.id, { role }, ctx.s, conf(0.75, c, tech));
    });
  }
}

/** Runs the facility patterns on one sentence. */
export function facilities(ctx: Ctx): void {
  const facility = newFacility(ctx) ?? facilityOf(ctx);
  if (!facility) return;
  ctx.state.facility = facility;
  facilityFacts(ctx, facility);
}
