/**
 * Status on a date: a stored status that dates decide (a policy stored "suspended" after its
 * suspension lapsed) is derived from validity everywhere it is served — entity fields, edges,
 * the feeds — by the same rule as exportControls' statusAsOf. Pure checks of the rule over
 * random validities, and the bundled China export controls through HTTP.
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inForceOn, statusOn, todayUtc } from '../src/model/status.js';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

const app = useBundledApp();

/** The bundled ban (Announcement No. 46 of 2024) and its suspension, as stored. */
const BAN = { status: 'suspended', validFrom: '2024-12-03' };
const SUSPENSION = { validFrom: '2025-11-09', validTo: '2026-11-27' };

describe('statusOn (pure)', () => {
  it('the bundled ban: announced before 3 Dec 2024, inForce until the suspension, suspended during it, inForce again after it lapsed', () => {
    expect(statusOn(BAN, '2024-12-02', [SUSPENSION])).toBe('announced');
    expect(statusOn(BAN, '2024-12-03', [SUSPENSION])).toBe('inForce');
    expect(statusOn(BAN, '2025-11-09', [SUSPENSION])).toBe('suspended');
    expect(statusOn(BAN, '2026-11-26', [SUSPENSION])).toBe('suspended');
    expect(statusOn(BAN, '2026-11-27', [SUSPENSION])).toBe('inForce');
    // The suspension itself (a policy nothing suspends) ends on its validTo.
    expect(statusOn({ status: 'inForce', ...SUSPENSION }, '2026-11-26', [])).toBe('inForce');
    expect(statusOn({ status: 'inForce', ...SUSPENSION }, '2026-11-27', [])).toBe('ended');
    // Not a policy: the source's word unless the validity has ended.
    expect(statusOn({ status: 'planned', validFrom: '2026-01-01' }, '2030-01-01')).toBe('planned');
    expect(statusOn({ status: 'operating', validTo: '2020-01-01' }, '2020-01-01')).toBe('ended');
    expect(statusOn({}, '2020-01-01')).toBeNull();
  });

  const day = fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const window = fc.record({ validFrom: fc.option(day, { nil: undefined }), validTo: fc.option(day, { nil: undefined }) });
  const stored = fc.constantFrom('announced', 'planned', 'underConstruction', 'operating', 'inForce', 'suspended', 'ended', 'idle', undefined);

  it('a policy is suspended exactly while in force and under a suspension in force; never "suspended" otherwise', () => {
    fc.assert(
      fc.property(window, stored, fc.array(window, { maxLength: 3 }), day, (validity, status, suspensions, asOf) => {
        const s = statusOn({ status, ...validity }, asOf, suspensions);
        const inForce = inForceOn(validity, asOf);
        const suspended = suspensions.some((w) => inForceOn(w, asOf));
        if (inForce) expect(s).toBe(suspended ? 'suspended' : 'inForce');
        else expect(s).toBe(validity.validFrom !== undefined && asOf < validity.validFrom ? 'announced' : 'ended');
      }),
      { numRuns: 2000 },
    );
  });

  it('anything else keeps its stored status until its validity ends, then reads ended', () => {
    fc.assert(
      fc.property(window, stored, day, (validity, status, asOf) => {
        const ended = validity.validTo !== undefined && validity.validTo <= asOf;
        expect(statusOn({ status, ...validity }, asOf)).toBe(ended ? 'ended' : (status ?? null));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('served status (bundled data, today in UTC)', () => {
  const AS_OF_NAME: Record<string, string> = { notYetInForce: 'announced', inForce: 'inForce', suspended: 'suspended', ended: 'ended' };

  it("Policy.status, exportControls' statusAsOf and the feeds agree for every Chinese measure", async () => {
    const today = todayUtc();
    const res = await gql(
      app.url,
      `{
      exportControls(countryId: "country:CN", asOf: "${today}") { policy { id status } asOf statusAsOf }
      node(id: "policy:cn-mofcom-2024-46-suspension") { ... on Policy { status } }
    }`,
    );
    expect(res.errors).toBeUndefined();
    const controls = res.data.exportControls as Array<{ policy: { id: string; status: string }; asOf: string; statusAsOf: string }>;
    expect(controls.map((c) => c.policy.id)).toEqual(['policy:cn-mofcom-2023-23', 'policy:cn-mofcom-2024-33', 'policy:cn-mofcom-2024-46']);
    for (const c of controls) {
      expect(c.asOf).toBe(today);
      expect(c.policy.status).toBe(AS_OF_NAME[c.statusAsOf]);
    }
    const ban = controls.find((c) => c.policy.id === 'policy:cn-mofcom-2024-46')!;
    expect(ban.policy.status).toBe(statusOn(BAN, today, [SUSPENSION]));
    expect(res.data.node.status).toBe(statusOn({ status: 'inForce', ...SUSPENSION }, today, []));

    const feed = parse(await (await fetch(`${app.url}/feeds/nodes.csv?label=Policy`)).text(), { columns: true }) as Array<Record<string, string>>;
    const byId = Object.fromEntries(feed.map((r) => [r.id, r.status]));
    for (const c of controls) expect(byId[c.policy.id]).toBe(c.policy.status);
    expect(byId['policy:cn-mofcom-2024-46-suspension']).toBe(res.data.node.status);
  });

  it('edges: ended validity reads ended in GraphQL and in the relationships and facts feeds; relations(asOf) answers for that day', async () => {
    const res = await gql(
      app.url,
      `{
      node(id: "company:siemens") { ... on Company { relations(types: [SHAREHOLDER_OF]) { status validity { to } } } }
      suspension: node(id: "policy:cn-mofcom-2024-46-suspension") {
        ... on Policy { during: relations(types: [SUSPENDS], asOf: "2026-01-15") { status other { id } } }
      }
    }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.node.relations).toEqual([{ status: 'ended', validity: { to: '2020-01-01' } }]);
    // SUSPENDS stores no status and its validity holds on 2026-01-15.
    expect(res.data.suspension.during).toEqual([{ status: null, other: { id: 'policy:cn-mofcom-2024-46' } }]);

    const rels = parse(await (await fetch(`${app.url}/feeds/relationships.csv?type=SHAREHOLDER_OF&label=Company`)).text(), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(rels.filter((r) => r.to_id === 'company:primetals-technologies').map((r) => [r.from_id, r.status])).toEqual([
      ['company:mitsubishi-heavy-industries', 'ended'],
      ['company:siemens', 'ended'],
    ]);
    const facts = parse(await (await fetch(`${app.url}/feeds/facts.csv?type=SUSPENDS`)).text(), { columns: true }) as Array<Record<string, string>>;
    expect(facts.map((r) => [r.subject_id, r.status])).toEqual(
      [['policy:cn-mofcom-2024-46-suspension', statusOn(SUSPENSION, todayUtc())]].map(([id, s]) => [id, s ?? '']),
    );
  });
});
