/**
 * Export controls: a country imposing export licensing or a ban on metals and products, with
 * its reference ("Announcement No. 10 of 2025"), the countries it targets and its dates; the
 * suspension of such a measure with its period. A measure named in passing is linked to the
 * one in the graph (by its name or reference, or by who imposes it, what it restricts and its
 * kind); the suspension already in the graph is reused.
 */
import { type GazetteerEntry, nameKey } from '../gazetteer.js';
import { slug } from '../mentions.js';
import { byLabel, type Ctx, conf, items } from './context.js';

const CONTROL =
  /\b(export (?:controls?|licen[cs]\w*|restrictions?|bans?|curbs?)|licen[cs]ing (?:requirements?|regimes?|rules)|bans? on (?:the )?exports?|restrictions? on (?:the )?exports?|exports? bans?|bans?)\b/i;
const IMPOSE = /\b(impos\w*|introduc\w*|announc\w*|plac\w*|tighten\w*|expand\w*|extend\w*|add\w*|put|require\w*|restrict\w*|banned|bans)\b/i;
const SUSPEND = /\b(suspend\w*|paus\w*|lift\w* temporarily|halt\w*|froze|freez\w*)\b/i;
const REFERENCE = /\b(?:MOFCOM\s+|Ministry of Commerce\s+)?Announcement\s+(?:No\.?\s*)?(\d+)\s+of\s+((?:19|20)\d{2})\b/i;

const policyTypeOf = (text: string) => (/\bban/i.test(text) ? 'exportBan' : 'exportLicensing');

function byReference(ctx: Ctx, ref: string): GazetteerEntry | undefined {
  const k = nameKey(ref);
  return [...ctx.gaz.byId.values()].find(
    (e) => e.label === 'Policy' && !e.proposed && [e.reference ?? '', e.name, ...e.aliases].some((n) => nameKey(n) === k || nameKey(n).endsWith(k)),
  );
}

/** A policy of the graph imposed by `country`, of `type`, restricting every one of `restricts`. */
function byContent(ctx: Ctx, country: string, type: string, restricts: string[]): GazetteerEntry | undefined {
  return [...ctx.gaz.byId.values()].find(
    (e) =>
      e.label === 'Policy' &&
      !e.proposed &&
      e.policyType === type &&
      (e.imposedBy ?? []).includes(country) &&
      restricts.length > 0 &&
      restricts.every((r) => e.restricts?.includes(r)),
  );
}

export function policies(ctx: Ctx): void {
  const control = CONTROL.exec(ctx.text);
  const named = byLabel(ctx, 'Policy');
  if (!control && !named.length) return;
  const countries = byLabel(ctx, 'Country');
  const imposer = countries.find((c) => c.start < (control?.index ?? named[0].start)) ?? countries[0];
  const suspend = SUSPEND.exec(ctx.text);
  const ref = REFERENCE.exec(ctx.text);
  const restricted = items(ctx);
  const type = policyTypeOf(control?.[0] ?? '');
  const toMatch = /\b(?:exports?|shipments?|sales?)\s+(?:of\s+[^.;]*?\s+)?to\s+(?:the\s+)?/i.exec(ctx.text);
  const target = toMatch
    ? countries.find((c) => c.start >= toMatch.index + toMatch[0].length - 1 && c.start <= toMatch.index + toMatch[0].length + 2)
    : undefined;

  let policy: string | undefined = named[0]?.id ?? (ref ? byReference(ctx, ref[0])?.id : undefined);
  if (!policy && imposer)
    policy = byContent(
      ctx,
      imposer.id,
      type,
      restricted.map((r) => r.id),
    )?.id;
  const refText = ref ? `Announcement No. ${ref[1]} of ${ref[2]}` : undefined;
  if (!policy) {
    if (!imposer || !restricted.length || (!IMPOSE.test(ctx.text) && !suspend)) return;
    const itemsText = restricted
      .map((r) => ctx.col.nameOf(r.id).toLowerCase())
      .join(', ')
      .replace(/, ([^,]*)$/, ' and $1');
    const country = imposer.label === 'Country' && nameKey(imposer.text) !== 'beijing' ? imposer.text.replace(/['’]s$/, '') : ctx.col.nameOf(imposer.id);
    policy = `policy:${imposer.id.slice(8).toLowerCase()}-${refText ? slug(refText) : `${type === 'exportBan' ? 'export-ban' : 'export-licensing'}-${restricted.map((r) => slug(ctx.col.nameOf(r.id))).join('-')}`}`;
    const name = `${country} ${type === 'exportBan' ? 'ban on exports of' : 'export licensing for'} ${itemsText}${target ? ` to ${ctx.col.nameOf(target.id)}` : ''}${refText ? ` (${refText})` : ''}`;
    ctx.col.entity(policy, 'Policy', name, `"${control?.[0]}" imposed by a country`, ctx.s, { policyType: type, reference: refText, status: 'inForce' }, 0.75);
  }
  ctx.state.policy = policy;

  if (suspend && (!control || suspend.index < control.index + control[0].length + 40)) {
    suspension(ctx, policy, imposer?.id);
    return;
  }
  if (imposer) {
    // A measure of the graph named again: the article becomes a source of what it restates.
    ctx.col.relationship('IMPOSES', imposer.id, policy, {}, ctx.s, conf(0.85, imposer));
    for (const r of restricted) ctx.col.relationship('RESTRICTS', policy, r.id, {}, ctx.s, conf(0.8, r));
    if (target) ctx.col.relationship('TARGETS', policy, target.id, {}, ctx.s, conf(0.8, target));
  }
  if (imposer && !ctx.col.known(policy)) {
    const from = ctx.dates.find((d) => ['from', 'on', 'effective', 'since', 'starting', 'in'].includes(d.prep));
    const issued = ctx.dates.find((d) => d !== from && /announc|issu|publish/i.test(ctx.text.slice(Math.max(0, d.start - 40), d.start)));
    ctx.col.attribute(
      policy,
      'validFrom',
      {
        validFrom: from?.value,
        validFromText: from && !/^\d{4}-\d{2}-\d{2}$/.test(from.value) ? from.words : undefined,
        issuedDate: issued?.value ?? (/effective immediately|with immediate effect/i.test(ctx.text) ? from?.value : undefined),
      },
      '',
      ctx.s,
      true,
    );
  }
}

/** The suspension of `policy`: the one in the graph, or a new Policy of type suspension, with its period. */
function suspension(ctx: Ctx, policy: string, imposer: string | undefined): void {
  const existing = [...ctx.gaz.byId.values()].find((e) => e.label === 'Policy' && !e.proposed && (e.suspends ?? []).includes(policy));
  const id = existing?.id ?? `${policy}-suspension`;
  const from = ctx.dates.find((d) => ['from', 'on', 'since', 'in', 'effective', ''].includes(d.prep));
  const until = ctx.dates.find((d) => d.prep === 'until' || d.prep === 'till' || d.prep === 'through');
  if (!existing) {
    ctx.col.entity(
      id,
      'Policy',
      `Suspension of ${ctx.col.nameOf(policy)}`,
      '"suspended" a measure',
      ctx.s,
      { policyType: 'suspension', status: 'inForce', validFrom: from?.value, validTo: until?.value, validToText: until ? `until ${until.words}` : undefined },
      0.75,
    );
    if (imposer) ctx.col.relationship('IMPOSES', imposer, id, {}, ctx.s, 0.8);
  }
  ctx.col.relationship(
    'SUSPENDS',
    id,
    policy,
    { validFrom: from?.value, validTo: until?.value, validToText: until ? `until ${until.words}` : undefined },
    ctx.s,
    0.8,
  );
}
