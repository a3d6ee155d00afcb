/**
 * The synthetic benchmark generator (bench/generate.ts), without a database: determinism,
 * independence from chunking, the model's id scheme and provenance, realistic skew, size per
 * scale factor, no relationship twice and no agreement party twice at any scale, and that its
 * output passes the loader's validation chunk after chunk.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countsFor, generateDatasets, syntheticSourceId, tally } from '../../bench/generate.js';
import { type DatasetInput, relationshipIdentity, validateReferences, validateShape } from '../../src/load/validate.js';
import type { Dataset } from '../../src/model/schema.js';

const all = (seed: number, scale: number, chunkEntities?: number) => [...generateDatasets({ seed, scale, chunkEntities })];
const content = (input: DatasetInput) => input.content as Dataset;
const records = (inputs: DatasetInput[]) => ({
  nodes: inputs.flatMap((i) => [...content(i).sources, ...content(i).nodes]),
  rels: inputs.flatMap((i) => content(i).relationships),
});

describe('synthetic generator', () => {
  it('is deterministic from its seed', () => {
    const a = JSON.stringify(all(7, 0.1));
    expect(JSON.stringify(all(7, 0.1))).toBe(a);
    expect(JSON.stringify(all(8, 0.1))).not.toBe(a);
  });

  it('gives the same records however the data are chunked', () => {
    const key = (r: Record<string, unknown>) => JSON.stringify(r);
    const big = records(all(3, 0.1, 100_000));
    const small = records(all(3, 0.1, 37));
    expect(small.nodes.map(key).sort()).toEqual(big.nodes.map(key).sort());
    expect(small.rels.map(key).sort()).toEqual(big.rels.map(key).sort());
    expect(all(3, 0.1, 37).length).toBeGreaterThan(all(3, 0.1, 100_000).length);
  });

  it('follows the id scheme and cites the synthetic source everywhere', () => {
    const inputs = all(11, 0.1);
    const src = syntheticSourceId(11);
    expect(content(inputs[0]).sources.map((s) => s.id)).toEqual([src]);
    const { nodes, rels } = records(inputs);
    for (const n of nodes) {
      if (n.id.startsWith('country:')) expect(COUNTRY_CODES).toContain(n.id.slice('country:'.length));
      else if (n.id !== src) expect(n.id).toMatch(/^[a-z]+:syn-\d{6,}(-[mp])?$/);
      if (n.label !== 'Source') expect((n as { sources: string[] }).sources).toEqual([src]);
    }
    for (const r of rels) {
      expect(r.sources).toEqual([src]);
      for (const end of [r.from, r.to]) if (end.startsWith('country:')) expect(COUNTRY_CODES).toContain(end.slice('country:'.length));
    }
    // Only the real ISO codes: about 250 countries at any scale.
    expect(COUNTRY_CODES.length).toBeGreaterThan(240);
    expect(COUNTRY_CODES.length).toBeLessThan(260);
    expect(nodes.filter((n) => n.label === 'Country')).toHaveLength(COUNTRY_CODES.length);
  });

  it('has the counts of its scale factor, about 10 k nodes and 50 k relationships at SF1', () => {
    const c = countsFor(1);
    const t = tally(generateDatasets({ seed: 42, scale: 1 }));
    expect(t.byLabel.Company).toBe(c.companies);
    expect(t.byLabel.Facility).toBe(c.facilities);
    expect(t.byLabel.Country).toBe(c.countries);
    expect(t.nodes).toBeGreaterThan(9_000);
    expect(t.nodes).toBeLessThan(12_000);
    expect(t.relationships).toBeGreaterThan(40_000);
    expect(t.relationships).toBeLessThan(60_000);
    // Every relationship type of the model appears.
    expect(Object.keys(t.byType).sort()).toEqual(
      [
        'ABOUT',
        'COVERS',
        'DERIVED_FROM',
        'HEADQUARTERED_IN',
        'HOLDS_RESERVES',
        'IMPORTS_FROM',
        'IMPOSES',
        'INVESTS_IN',
        'LOCATED_IN',
        'MEASURES',
        'OPERATES',
        'PARTY_TO',
        'PRODUCES',
        'PROVIDED_BY',
        'RESTRICTS',
        'SHAREHOLDER_OF',
        'SUBSIDIARY_OF',
        'SUPPLIES',
        'SUSPENDS',
        'TARGETS',
        'USED_IN',
        'USES_TECHNOLOGY',
      ].sort(),
    );
    const c10 = countsFor(10);
    expect(c10.companies).toBe(10 * c.companies);
    expect(c10.metals).toBeLessThan(10 * c.metals);
  });

  it('skews production: a few countries dominate each commodity', () => {
    const { rels } = records(all(5, 0.2));
    const byMeasure = new Map<string, number[]>();
    for (const r of rels) {
      if (r.type !== 'PRODUCES' || !r.from.startsWith('country:') || r.year !== 2024) continue;
      byMeasure.set(r.measureId!, [...(byMeasure.get(r.measureId!) ?? []), r.sharePct!]);
    }
    expect(byMeasure.size).toBeGreaterThan(5);
    const tops = [...byMeasure.values()].map((shares) => [...shares].sort((a, b) => b - a));
    for (const s of tops) {
      expect(s.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(100.01);
      expect(s[0]).toBeGreaterThan(2 * s[Math.min(4, s.length - 1)]);
    }
    const medianTop = tops.map((s) => s[0]).sort((a, b) => a - b)[Math.floor(tops.length / 2)];
    expect(medianTop).toBeGreaterThan(30);
  });

  it('never gives a relationship twice (type, ends and key, as the loader tells them apart) nor a party twice in one agreement, at any scale', () => {
    // Scales down to a single company, facility and agreement, and up to a few dozen of each.
    const scales = fc.oneof(
      fc.constantFrom(1e-9, 0.0001, 0.0003, 0.0005, 0.0007, 0.001),
      fc.double({ min: 1e-7, max: 0.02, noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(scales, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (scale, seed) => {
        const seen = new Map<string, number>();
        const parties = new Map<string, string[]>();
        for (const input of generateDatasets({ seed, scale, chunkEntities: 7 })) {
          // The identity of the records as the loader parses them (`key` defaults to '').
          const shape = validateShape(input);
          expect(shape.issues).toEqual([]);
          for (const r of shape.dataset!.relationships) {
            const id = relationshipIdentity(r);
            seen.set(id, (seen.get(id) ?? 0) + 1);
            if (r.type === 'PARTY_TO') parties.set(r.to, [...(parties.get(r.to) ?? []), r.from]);
          }
        }
        expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
        expect(parties.size).toBe(countsFor(scale).agreements);
        for (const [agreement, from] of parties) {
          expect(new Set(from).size, agreement).toBe(from.length);
          // Two companies at least: a seller and a buyer.
          expect(from.filter((f) => f.startsWith('company:')).length, agreement).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("passes the loader's validation, each chunk against the ones loaded before it", async () => {
    const known = new Set<string>();
    const problems: string[] = [];
    for (const input of generateDatasets({ seed: 42, scale: 0.3, chunkEntities: 300 })) {
      const shape = validateShape(input);
      problems.push(...shape.issues.map((i) => `${i.file}: ${i.record}: ${i.field}: ${i.message}`));
      if (!shape.dataset) continue;
      const issues = await validateReferences(input.name, shape.dataset, async (ids) => new Set(ids.filter((id) => known.has(id))));
      problems.push(...issues.map((i) => `${i.file}: ${i.record}: ${i.field}: ${i.message}`));
      for (const r of [...shape.dataset.sources, ...shape.dataset.nodes]) known.add(r.id);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
