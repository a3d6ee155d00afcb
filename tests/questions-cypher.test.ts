/** The model's key facts, read straight from the graph with the named Cypher of cypher/questions. */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../src/cypher.js';
import { bundledGraph } from './support/bundled.js';
import { testDb } from './support/db.js';

const db = testDb();
beforeAll(() => bundledGraph(db));
afterAll(() => db.close());

describe('facts in the graph', () => {
  it("ERG's gallium capacity is 15 t/yr, with its investment as a lower bound in USD", async () => {
    const rows = await db.read<any>(cypher('questions/company-project-capacity'), { companyId: 'company:erg', itemId: 'metal:gallium' });
    expect(rows).toHaveLength(1);
    const [r] = rows;
    expect(r.facility.id).toBe('facility:pavlodar-gallium-plant');
    expect(r.output).toMatchObject({ basis: 'capacity', quantity: 15, unit: 't/yr', quantityBound: 'exact' });
    expect(r.investment).toMatchObject({ amount: 20_000_000, currency: 'USD', amountBound: 'atLeast' });
    expect(r.country.isoCode).toBe('KZ');
    expect(r.operators.map((o: { id: string }) => o.id)).toContain('company:aluminium-of-kazakhstan');
  });

  it('keeps the three start-date claims side by side, each with its own source', async () => {
    const rows = await db.read<any>(cypher('questions/claims-about'), { subjectId: 'facility:pavlodar-gallium-plant', attribute: 'commercialProductionStart' });
    expect(rows.map((r: any) => [r.valueText, r.valueDate, r.precision, r.sources.map((s: any) => s.id)])).toEqual([
      ['late 2026', '2026-01-01', 'year', ['source:gate-erg-kazakhstan-article']],
      ['Q3 2026', '2026-07-01', 'quarter', ['source:merkur-lu-2025-12-22']],
      ['Q4 2026', '2026-10-01', 'quarter', ['source:project-blue-2025-06']],
    ]);
    const article = rows[0].sources[0];
    expect(article.publishedDate).toBeNull();
  });

  it("names the Rudny HBI plant's two technology providers with headquarters and owners", async () => {
    const rows = await db.read<any>(cypher('questions/facility-technology-providers'), { facilityId: 'facility:rudny-hbi-plant' });
    const byProvider = Object.fromEntries(rows.map((r: any) => [r.provider.id, r]));
    expect(Object.keys(byProvider).sort()).toEqual(['company:midrex-technologies', 'company:primetals-technologies']);
    expect(byProvider['company:midrex-technologies']).toMatchObject({
      technology: { id: 'technology:midrex-flex' },
      role: 'process owner',
      headquarters: { isoCode: 'US' },
      owners: [{ id: 'company:kobe-steel', level: 1, country: 'JP' }],
    });
    expect(byProvider['company:primetals-technologies']).toMatchObject({
      headquarters: { isoCode: 'GB' },
      owners: [{ id: 'company:mitsubishi-heavy-industries', level: 1 }],
    });
  });

  it("lists China's three export-control measures with their dates", async () => {
    const rows = await db.read<any>(cypher('questions/export-controls'), { countryId: 'country:CN', asOf: new neo4j.types.Date(2026, 1, 1), itemId: null });
    expect(rows.map((r: any) => [r.policy.reference, r.policy.issuedDate, r.policy.validFrom, r.items.map((i: any) => i.id).sort(), r.statusAsOf])).toEqual([
      ['MOFCOM/GACC Announcement No. 23 of 2023', '2023-07-03', '2023-08-01', ['metal:gallium', 'metal:germanium'], 'inForce'],
      ['Announcement No. 33 of 2024', '2024-08-15', '2024-09-15', ['metal:antimony'], 'inForce'],
      [
        'Announcement No. 46 of 2024',
        '2024-12-03',
        '2024-12-03',
        ['metal:antimony', 'metal:gallium', 'metal:germanium', 'product:superhard-materials'],
        'suspended',
      ],
    ]);
  });
});
