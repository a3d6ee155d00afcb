/**
 * Dependency chains and exposure on a synthetic graph (bench/generate.ts, seed 42, SF1: about
 * 10 k nodes / 45 k relationships): they finish without the walk being cut by the database's
 * timeout, and cost at most maxDepth + 2 round trips whatever the number of walks. No timing
 * is asserted (`npm run bench` shows the speed). The synthetic countries share the real ISO ids
 * with the bundled data, so the bundled graph is loaded back afterwards for the other files.
 */
import { describe, expect, it } from 'vitest';
import { generateDatasets } from '../bench/generate.js';
import { loadDatasets } from '../src/load/index.js';
import { useApp } from './support/bundled-app.js';
import { emptyGraph } from './support/db.js';
import { listingsOf } from './support/diverse-reference.js';
import { gql } from './support/server.js';

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
  it('answers a 4-hop dependencyChains on a hub buyer within maxDepth + 2 round trips', async () => {
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
    expect(trips).toBeLessThanOrEqual(4 + 2);
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

  it('answers exposure of a hub country, with and without a metal, within maxDepth + 2 round trips', async () => {
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
      expect(trips).toBeLessThanOrEqual(4 + 2);
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
});
