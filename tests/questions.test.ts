/**
 * The twelve competency questions, each answered by one saved GraphQL query of examples/,
 * sent through HTTP against the bundled data, with the expected values asserted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

const app = useBundledApp();

/** Runs examples/q<nn>-*.graphql and returns its data, failing on any error. */
async function ask(n: number): Promise<any> {
  const file = readdirSync('examples').find((f) => f.startsWith(`q${String(n).padStart(2, '0')}-`))!;
  const res = await gql(app.url, readFileSync(`examples/${file}`, 'utf8'));
  expect(res.errors).toBeUndefined();
  expect(res.status).toBe(200);
  return res.data;
}
const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);

describe('competency questions', () => {
  it('Q1: the gallium offtake, its parties and roles, signed December 2025 during the state visit', async () => {
    const { agreements } = await ask(1);
    expect(agreements.totalCount).toBe(1);
    const a = agreements.edges[0].node;
    expect(a).toMatchObject({
      id: 'agreement:erg-mitsubishi-gallium-offtake',
      agreementType: 'offtake',
      signedDate: '2025-12-01',
      signedDatePrecision: 'month',
    });
    expect(a.occasion).toMatch(/state visit.*Japan/i);
    const roles = a.parties.map((p: { role: string; party: { id: string } }) => `${p.party.id}:${p.role}`).sort();
    expect(roles).toEqual(expect.arrayContaining(['company:aluminium-of-kazakhstan:seller', 'company:mitsubishi-corporation-rtm-japan:buyer']));
    for (const p of a.parties) expect(p.sources.length).toBeGreaterThan(0);
    expect(ids(a.covers.map((c: { item: { id: string } }) => c.item))).toContain('metal:gallium');
  });

  it('Q2: Pavlodar, Aluminium of Kazakhstan, 15 t/yr, over US$20 million, and three start-date claims', async () => {
    const { node: f } = await ask(2);
    expect(f.quantity).toEqual({ value: 15, unit: 't/yr', bound: 'exact' });
    expect(f.location.map((l: { country: { id: string } }) => l.country.id)).toEqual(['country:KZ']);
    expect(f.operators.map((o: { operator: { id: string } }) => o.operator.id)).toContain('company:aluminium-of-kazakhstan');
    expect(f.investors).toEqual([
      expect.objectContaining({
        investor: { id: 'company:erg', name: 'Eurasian Resources Group' },
        money: { amount: 20_000_000, currency: 'USD', bound: 'atLeast' },
      }),
    ]);
    const starts = f.claims
      .map((c: { claim: any }) => c.claim)
      .filter((c: { attribute: string }) => c.attribute === 'commercialProductionStart')
      .map((c: any) => [c.valueText, c.valueDate, c.valueDatePrecision, c.sources.map((s: { id: string }) => s.id)]);
    expect(starts.sort()).toEqual(
      [
        ['Q3 2026', '2026-07-01', 'quarter', ['source:merkur-lu-2025-12-22']],
        ['Q4 2026', '2026-10-01', 'quarter', ['source:project-blue-2025-06']],
        ['late 2026', '2026-01-01', 'year', ['source:gate-erg-kazakhstan-article']],
      ].sort(),
    );
  });

  it('Q3: China 98.4 % of 2024 primary gallium, HHI about 9,688, against the 762 t listed (the rounded world total is 760 t)', async () => {
    const { supplyConcentration: c } = await ask(3);
    expect(c.producers[0]).toMatchObject({ rank: 1, country: { id: 'country:CN' }, quantityBase: 750, reported: { value: 750000, unit: 'kilograms' } });
    expect(c.topSharePct.toFixed(1)).toBe('98.4');
    expect(Math.round(c.hhi)).toBe(9688);
    expect(c.denominator).toBe(
      'USGS world total 760 t, less than the 762 t the listed producers add up to (USGS world totals are rounded): the listed sum, 762 t, is used',
    );
    expect(c.sources[0].doi).toBe('10.5066/P13XCP3R');
  });

  it("Q4: with Kazakhstan's 15 t/yr, Kazakhstan ranks second and China's share is about 96.5 %", async () => {
    const { supplyConcentration: c } = await ask(4);
    const kz = c.producers.find((p: { country: { id: string } }) => p.country.id === 'country:KZ');
    expect(kz).toMatchObject({ rank: 2, quantityBase: 15, added: true });
    expect(c.topProducer.sharePct.toFixed(1)).toBe('96.5');
  });

  it("Q5: China's measures on gallium, germanium and antimony, with dates and status on 2025-11-09", async () => {
    const { exportControls } = await ask(5);
    const byId = Object.fromEntries(exportControls.map((r: { policy: { id: string } }) => [r.policy.id, r]));
    expect(byId['policy:cn-mofcom-2023-23']).toMatchObject({ statusAsOf: 'inForce', policy: { issuedDate: '2023-07-03', validity: { from: '2023-08-01' } } });
    expect(byId['policy:cn-mofcom-2024-33']).toMatchObject({ statusAsOf: 'inForce', policy: { validity: { from: '2024-09-15' } } });
    expect(byId['policy:cn-mofcom-2024-46']).toMatchObject({ statusAsOf: 'suspended', targets: ['US'] });
    expect(ids(byId['policy:cn-mofcom-2024-46'].restricts).sort()).toEqual([
      'metal:antimony',
      'metal:gallium',
      'metal:germanium',
      'product:superhard-materials',
    ]);
  });

  it('Q6: industries depending on the metals under the US-specific ban', async () => {
    const { exposure } = await ask(6);
    const industries = exposure.dependents
      .filter((d: { dependent: { label: string } }) => d.dependent.label === 'Industry')
      .map((d: { dependent: { id: string } }) => d.dependent.id);
    expect(industries).toEqual(
      expect.arrayContaining(['industry:integrated-circuits', 'industry:fiber-optics', 'industry:flame-retardants', 'industry:lead-acid-batteries']),
    );
  });

  it('Q7: Mitsubishi Corporation → gallium offtake → Aluminium of Kazakhstan (ERG) → Pavlodar → Kazakhstan, with alumina and bauxite upstream', async () => {
    const { dependencyChains } = await ask(7);
    const paths = dependencyChains.chains.map((c: { hops: Array<{ from: { id: string }; to: { id: string } }> }) => [
      c.hops[0].from.id,
      ...c.hops.map((h) => h.to.id),
    ]);
    const viaOfftake = paths.find((p: string[]) => {
      const i = p.indexOf('agreement:erg-mitsubishi-gallium-offtake');
      return i >= 0 && p[i + 1] === 'company:aluminium-of-kazakhstan' && p.some((x) => x.startsWith('facility:pavlodar-')) && p.at(-1) === 'country:KZ';
    });
    expect(viaOfftake?.[0]).toBe('company:mitsubishi-corporation');
    const reached = new Set(paths.flat());
    for (const id of ['product:alumina', 'product:bauxite', 'country:KZ', 'company:aluminium-of-kazakhstan']) expect(reached).toContain(id);
    for (const c of dependencyChains.chains)
      for (const h of c.hops) {
        expect(h.explanation.length).toBeGreaterThan(10);
        expect(h.sources.length).toBeGreaterThan(0);
      }
  });

  it('Q8: MIDREX Flex from Midrex (Charlotte, US; Kobe Steel) and Primetals (London, UK; MHI)', async () => {
    const { node } = await ask(8);
    const providers = node.technologies.flatMap((t: any) => t.technology.providers.map((p: any) => p.provider));
    const byId = Object.fromEntries(providers.map((p: any) => [p.id, p]));
    expect(byId['company:midrex-technologies'].headquarters[0].country.id).toBe('country:US');
    expect(byId['company:midrex-technologies'].parents.map((p: any) => p.parent.id)).toEqual(['company:kobe-steel']);
    expect(byId['company:primetals-technologies'].headquarters[0].country.id).toBe('country:GB');
    expect(byId['company:primetals-technologies'].parents.map((p: any) => p.parent.id)).toEqual(['company:mitsubishi-heavy-industries']);
  });

  it('Q9: Mitsubishi Corporation reaches the Rudny HBI plant through ERG', async () => {
    const { paths } = await ask(9);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p.nodes[0].id).toBe('company:mitsubishi-corporation');
      expect(p.nodes.at(-1).id).toBe('facility:rudny-hbi-plant');
      expect(p.length).toBe(paths[0].length);
    }
    expect(paths.some((p: { nodes: Array<{ id: string }> }) => ids(p.nodes).includes('company:erg'))).toBe(true);
  });

  it('Q10: ERG invests over US$1.2 billion in Rudny and over US$20 million in the gallium plant', async () => {
    const { node } = await ask(10);
    const inv = node.investments.map((i: any) => [i.facility.id, i.money.amount, i.money.currency, i.money.bound]);
    expect(inv.sort()).toEqual([
      ['facility:pavlodar-gallium-plant', 20_000_000, 'USD', 'atLeast'],
      ['facility:rudny-hbi-plant', 1_200_000_000, 'USD', 'atLeast'],
    ]);
    for (const i of node.investments) expect(i.sources.length).toBeGreaterThan(0);
  });

  it('Q11: antimony outside China', async () => {
    const { all, outsideChina } = await ask(11);
    expect(all.producers[0]).toMatchObject({ country: { name: 'China' }, quantityBase: 60000 });
    expect(all.topSharePct).toBeCloseTo((60000 / 103960) * 100, 6); // of the 103,960 t listed, above the rounded 100,000 t
    expect(outsideChina.producers.map((p: any) => p.country.name)).not.toContain('China');
    expect(outsideChina.producers.find((p: any) => p.country.name === 'Kazakhstan').quantityBase).toBe(40);
  });

  it('Q12: the critical minerals the United States imports entirely', async () => {
    const { importReliance } = await ask(12);
    expect(importReliance).toHaveLength(10);
    expect(ids(importReliance.map((r: any) => r.item))).toEqual(expect.arrayContaining(['metal:gallium']));
    for (const r of importReliance) {
      expect(r.reliance).toMatchObject({ value: 100, bound: 'exact' });
      expect(r.importSources[0].rank).toBe(1);
    }
  });
});
