/**
 * Dependency chains and exposure on a synthetic graph (bench/generate.ts, seed 42, SF1: about
 * 10 k nodes / 45 k relationships): they finish without the walk being cut by the database's
 * timeout, cost at most maxDepth + 1 round trips whatever the number of walks, and answer exactly as
 * the walk kept in tests/support/walk-reference does on a sample of the graph. No timing
 * is asserted (`npm run bench` shows the speed). The synthetic countries share the real ISO ids
 * with the bundled data, so the bundled graph is loaded back afterwards for the other files.
 */
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { generateDatasets } from '../bench/generate.js';
import { pickSamples, spread } from '../bench/latency.js';
import { chainResolvers } from '../src/graphql/chains/chains.js';
import type { ExposureKind } from '../src/graphql/chains/steps.js';
import { createContext } from '../src/graphql/core/context.js';
import { loadDatasets } from '../src/load/index.js';
import { useApp } from './support/bundled-app.js';
import { emptyGraph } from './support/db.js';
import { listingsOf } from './support/diverse-reference.js';
import { gql } from './support/server.js';
import { type ReferenceArgs, referenceChains, referenceExposure } from './support/walk-reference/index.js';

let buyer: string;
let exposed: { country: string; metal: string };

const app = useApp({
  prepare: async (db) => {
    await emptyGraph(db);
    for (const input of generateDatasets({ seed: 42, scale: 1 })) await loadDatasets(db, [input]);
    // The hubs: the buying company and the (country, metal) pair with the most relationships.
    [{ id: buyer }] = await db.read<{ id: string }>(
      `MATCH (c:Company)-[p:PARTY_TO]->(:Agreement) WHERE p.role IN ['buyer', 'offtaker', 'client', 'importer']
       WITH DISTINCT c RETURN c.id AS id ORDER BY COUNT { (c)--() } DESC, id LIMIT 1`,
    );
    [exposed] = await db.read<{ country: string; metal: string }>(
      `MATCH (c:Country)<-[:LOCATED_IN]-(:Facility)-[:PRODUCES]->(m:Metal)
       WITH c, m, count(*) AS n RETURN c.id AS country, m.id AS metal ORDER BY n DESC, country, metal LIMIT 1`,
    );
  },
  hookTimeoutMs: 600_000,
});
const db = app.db;

describe('dependency walks on a synthetic SF1 graph', () => {
  it('answers a 4-hop dependencyChains on a hub buyer within maxDepth + 1 round trips', async () => {
    const before = db.roundTrips;
    const res = await gql(
      app.url,
      `query($e: ID!) { dependencyChains(entityId: $e, maxDepth: 4, first: 20) {
      totalChains truncated chains { length relevance terminal { id } hops { id from { id } to { id } explanation } } } }`,
      { e: buyer },
    );
    const trips = db.roundTrips - before;
    expect(res.errors).toBeUndefined();
    const r = res.data.dependencyChains as {
      totalChains: number;
      truncated: boolean;
      chains: Array<{ length: number; relevance: number; hops: Array<{ from: { id: string }; to: { id: string }; explanation: string }> }>;
    };
    expect(trips).toBeLessThanOrEqual(4 + 1);
    expect(r.totalChains).toBeGreaterThan(0);
    expect(r.chains.length).toBe(Math.min(20, r.totalChains));
    for (const c of r.chains) {
      expect(c.length).toBeLessThanOrEqual(4);
      expect(c.hops[0].from.id).toBe(buyer);
      const visited = [buyer, ...c.hops.map((h) => h.to.id)];
      expect(new Set(visited).size).toBe(visited.length);
      expect(c.hops.every((h) => h.explanation.length > 10)).toBe(true);
    }
    for (let i = 1; i < r.chains.length; i++) expect(r.chains[i].relevance).toBeLessThanOrEqual(r.chains[i - 1].relevance);
  });

  it('answers exposure of a hub country, with and without a metal, within maxDepth + 1 round trips', async () => {
    for (const metal of [exposed.metal, null]) {
      const before = db.roundTrips;
      const res = await gql(
        app.url,
        `query($e: ID!, $m: ID) { exposure(entityId: $e, metalId: $m, maxDepth: 4, first: 20) {
        totalDependents truncated dependents { dependent { id } distance chains { length terminal { id } hops { id explanation } } } } }`,
        { e: exposed.country, m: metal },
      );
      const trips = db.roundTrips - before;
      expect(res.errors).toBeUndefined();
      const r = res.data.exposure as {
        totalDependents: number;
        dependents: Array<{ distance: number; chains: Array<{ length: number; terminal: { id: string } }> }>;
      };
      expect(trips).toBeLessThanOrEqual(4 + 1);
      expect(r.totalDependents).toBeGreaterThan(0);
      for (const d of r.dependents) {
        expect(d.distance).toBeLessThanOrEqual(4);
        for (const c of d.chains) expect(c.terminal.id).toBe(exposed.country);
      }
    }
  });

  it('lists the same 20 chains as the rescanning diverseOrder for the 30 busiest buyers', async () => {
    const ids = (
      await db.read<{ id: string }>(
        `MATCH (c:Company)-[p:PARTY_TO]->(:Agreement) WHERE p.role IN ['buyer', 'offtaker', 'client', 'importer']
         WITH DISTINCT c RETURN c.id AS id ORDER BY COUNT { (c)--() } DESC, id LIMIT 30`,
      )
    ).map((r) => r.id);
    expect(ids).toHaveLength(30);
    const listings = await listingsOf(db, ids);
    for (const l of listings) expect(l.listed, l.id).toEqual(l.reference);
    // The comparison is not idle: walks with more chains than are shown, where the repeats
    // sinking changes the order that relevance alone gives.
    expect(listings.filter((l) => l.total > 20).length).toBeGreaterThan(10);
    expect(listings.filter((l) => l.listed.map(([key]) => key).join('|') !== l.byRelevanceOnly.join('|')).length).toBeGreaterThan(10);
  });

  it('answers dependencyChains and exposure exactly as the walk of tests/support/walk-reference (the walk before its levels were made cheaper), on a sample of the graph', async () => {
    const samples = await pickSamples(db, 20);
    const ctx = () => createContext(db, pino({ level: 'silent' }));
    const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
    const label = (id: string) => ({ company: 'Company', country: 'Country', facility: 'Facility', metal: 'Metal' })[id.split(':')[0]]!;
    type Case = { query: 'dependencyChains' | 'exposure'; args: Omit<ReferenceArgs, 'label'> };
    const cases: Case[] = [
      ...samples.buyers.map((entityId) => ({ query: 'dependencyChains' as const, args: { entityId, maxDepth: 4, first: 20 } })),
      ...spread(samples.companies, 8).map((entityId) => ({
        query: 'dependencyChains' as const,
        args: { entityId, maxDepth: 5, first: 50, kinds: ['SUPPLY', 'COMMERCIAL', 'OWNERSHIP'] as const },
      })),
      ...spread(samples.buyers, 5).map((entityId) => ({ query: 'dependencyChains' as const, args: { entityId, maxDepth: 4, first: 20, asOf: '2021-06-30' } })),
      ...samples.exposures.map(({ country, metal }) => ({ query: 'exposure' as const, args: { entityId: country, metalId: metal, maxDepth: 4, first: 20 } })),
      ...spread(samples.exposures, 6).map(({ country }) => ({ query: 'exposure' as const, args: { entityId: country, maxDepth: 4, first: 50 } })),
      ...spread(samples.exposures, 4).map(({ country, metal }) => ({
        query: 'exposure' as const,
        args: { entityId: country, metalId: metal, maxDepth: 3, first: 20, dependentLabels: ['Company'], headquarteredIn: [country] },
      })),
      ...spread(samples.companies, 4).map((entityId) => ({
        query: 'exposure' as const,
        args: { entityId, maxDepth: 4, first: 20, kinds: ['COMMERCIAL'] as const },
      })),
    ].map((c): Case => ({ query: c.query, args: { ...c.args, kinds: 'kinds' in c.args ? [...(c.args.kinds as readonly ExposureKind[])] : undefined } }));
    let chains = 0;
    let truncated = 0;
    for (const { query, args } of cases) {
      const ref = { ...args, label: label(args.entityId), metalLabel: 'Metal' };
      const expected = query === 'dependencyChains' ? await referenceChains(ctx(), ref) : await referenceExposure(ctx(), ref);
      const actual = await chainResolvers.Query[query](undefined, args, ctx());
      expect(plain(actual), `${query} ${JSON.stringify(args)}`).toEqual(plain(expected));
      chains += 'chains' in expected ? expected.chains.length : expected.dependents.length;
      if (expected.truncated) truncated++;
    }
    // Not idle: the sample reaches many chains, and some walks are cut by their bounds.
    expect(cases.length).toBe(20 + 8 + 5 + 20 + 6 + 4 + 4);
    expect(chains).toBeGreaterThan(500);
    expect(truncated).toBeGreaterThan(5);
    // 67 questions, each walked twice: longer than the default timeout on a busy 2-core machine.
  }, 600_000);
});
