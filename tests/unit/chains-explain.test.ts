/** Pure helpers of the chain queries: sentences, labels, relevance, pruning, argument checks. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dependencyChains, diverseOrder, GraphIndex, type GraphRows } from '../../src/graphql/chains/build.js';
import {
  chainRelevance,
  edgeId,
  edgeLabel,
  explainRelationship,
  formatNumber,
  formatPartialDate,
  formatQuantity,
  hopConfidence,
  hopProperties,
  logConfidence,
  maximalPaths,
  type NodeRow,
  type RelRow,
} from '../../src/graphql/chains/explain.js';
import { DEPENDENCY_STEPS } from '../../src/graphql/chains/steps.js';
import { boundedInt, dayArg, MATERIALS, optionalTypedId, relTypesArg, typedId } from '../../src/graphql/core/args.js';
import { REL_TYPES } from '../../src/model/schema.js';

const node = (id: string, label: string, name: string, extra: Record<string, unknown> = {}): NodeRow => ({ id, label, name, ...extra });
const rel = (type: string, from: string, to: string, extra: Record<string, unknown> = {}): RelRow => ({
  ref: `${type}:${from}:${to}`,
  type,
  from,
  to,
  key: '',
  sources: ['source:a'],
  ...extra,
});

const rtm = node('company:rtm', 'Company', 'Mitsubishi Corporation RtM Japan Ltd.');
const offtake = node('agreement:offtake', 'Agreement', 'ERG–Mitsubishi gallium offtake agreement', { signedDate: '2025-12-01', signedDatePrecision: 'month' });

describe('numbers, quantities and dates', () => {
  it('formats numbers, bounds and partial dates for people', () => {
    expect(formatNumber(1_200_000_000)).toBe('1,200,000,000');
    expect(formatNumber(98.68421)).toBe('98.6842');
    expect(formatNumber(0.0512)).toBe('0.0512');
    expect(formatQuantity(15, 't/yr', 'exact')).toBe('15 t/yr');
    expect(formatQuantity(93, '%', 'atLeast')).toBe('at least 93 %');
    expect(formatQuantity(93, '%', 'atLeast', true)).toBe('≥ 93 %');
    expect(formatQuantity(1.4, 'Mt', 'approximate')).toBe('about 1.4 Mt');
    expect(formatPartialDate('2025-12-01', 'month')).toBe('2025-12');
    expect(formatPartialDate('2026-07-01', 'quarter')).toBe('2026-Q3');
    expect(formatPartialDate('2026-01-01', 'year')).toBe('2026');
    expect(formatPartialDate('2025-11-09', 'day')).toBe('2025-11-09');
    expect(formatPartialDate(null, 'day')).toBeUndefined();
  });
});

describe('hop properties, sentences and labels', () => {
  const supply = rel('SUPPLIES', 'company:aok', 'company:rtm', {
    itemId: 'metal:gallium',
    quantity: 15,
    unit: 't/yr',
    quantityBound: 'exact',
    status: 'planned',
    validFrom: '2026-01-01',
    validFromPrecision: 'year',
    validFromText: 'several years from 2026',
  });

  it('groups quantity, money and validity', () => {
    const p = hopProperties(supply);
    expect(p.quantity).toEqual({ value: 15, unit: 't/yr', bound: 'exact' });
    expect(p.money).toBeNull();
    expect(p.validity).toEqual({ from: '2026-01-01', fromPrecision: 'year', fromText: 'several years from 2026', to: null, toPrecision: null, toText: null });
    expect(p.itemId).toBe('metal:gallium');
    expect(hopProperties(rel('INVESTS_IN', 'company:erg', 'facility:x', { amount: 2e7, currency: 'USD', amountBound: 'atLeast' })).money).toEqual({
      amount: 2e7,
      currency: 'USD',
      bound: 'atLeast',
    });
  });

  it('explains a hop in one sentence', () => {
    expect(explainRelationship(rel('PARTY_TO', rtm.id, offtake.id, { role: 'buyer' }), rtm, offtake)).toBe(
      'Mitsubishi Corporation RtM Japan Ltd. is the buyer under the ERG–Mitsubishi gallium offtake agreement (signed 2025-12)',
    );
    expect(explainRelationship(supply, node('company:aok', 'Company', 'Aluminium of Kazakhstan'), rtm, 'Gallium')).toBe(
      'Aluminium of Kazakhstan supplies gallium to Mitsubishi Corporation RtM Japan Ltd. (15 t/yr; planned; from 2026)',
    );
    expect(
      explainRelationship(
        rel('DERIVED_FROM', 'metal:gallium', 'product:alumina'),
        node('metal:gallium', 'Metal', 'Gallium'),
        node('product:alumina', 'Product', 'Alumina'),
      ),
    ).toBe('Gallium is derived from alumina');
    expect(
      explainRelationship(
        rel('SHAREHOLDER_OF', 'country:KZ', 'company:erg', { sharePct: 40, sharePctBound: 'exact' }),
        node('country:KZ', 'Country', 'Kazakhstan'),
        node('company:erg', 'Company', 'ERG'),
      ),
    ).toBe('Kazakhstan holds 40 % of ERG');
    expect(
      explainRelationship(
        rel('USED_IN', 'metal:ga', 'industry:ic', { basis: 'endUse', sharePct: 79, year: 2024 }),
        node('metal:ga', 'Metal', 'Gallium'),
        node('industry:ic', 'Industry', 'Integrated circuits'),
      ),
    ).toBe('Gallium is used in integrated circuits (79 % of end use; in 2024)');
  });

  it('labels an edge shortly', () => {
    expect(edgeLabel(rel('PARTY_TO', 'a:x', 'b:y', { role: 'seller' }))).toBe('seller');
    expect(edgeLabel(rel('PRODUCES', 'a:x', 'b:y', { quantity: 15, unit: 't/yr' }))).toBe('15 t/yr');
    expect(edgeLabel(rel('PRODUCES', 'a:x', 'b:y', { quantity: 750000, unit: 'kilograms', sharePct: 98.68421 }))).toBe('98.6842 %');
    expect(edgeLabel(rel('LOCATED_IN', 'a:x', 'b:y'))).toBe('located in');
    expect(edgeId(rel('PRODUCES', 'country:CN', 'metal:gallium', { key: 'm|production|2024' }))).toBe('PRODUCES:country:CN->metal:gallium#m|production|2024');
  });
});

describe('relevance', () => {
  it('scores hops by sources and quantities, chains by evidence, reach and length', () => {
    expect(hopConfidence(rel('OPERATES', 'a:x', 'b:y'))).toBe(0.5);
    expect(hopConfidence(rel('OPERATES', 'a:x', 'b:y', { sources: ['source:a', 'source:b'] }))).toBe(0.75);
    expect(hopConfidence(rel('SUPPLIES', 'a:x', 'b:y', { quantity: 15 }))).toBe(0.75);
    const two = [rel('OPERATES', 'a:x', 'b:y'), rel('LOCATED_IN', 'b:y', 'c:z', { sources: ['s:1', 's:2'] })];
    // sqrt(0.5 × 0.75) × 1 (Country) × 0.97
    expect(chainRelevance(two, 'Country')).toBe(Math.round(Math.sqrt(0.375) * 0.97 * 10_000) / 10_000);
    expect(chainRelevance(two, 'Company')).toBeLessThan(chainRelevance(two, 'Country'));
  });

  it('keeps maximal paths only and lists repeats of the same hops later', () => {
    const paths = [{ rels: ['r1'] }, { rels: ['r1', 'r2'] }, { rels: ['r1', 'r3'] }, { rels: ['r1', 'r3'] }, { rels: ['r4'] }];
    expect(maximalPaths(paths)).toEqual([{ rels: ['r1', 'r2'] }, { rels: ['r1', 'r3'] }, { rels: ['r4'] }]);

    const rows: GraphRows = {
      nodes: [node('company:a', 'Company', 'A'), node('facility:b', 'Facility', 'B'), node('country:c', 'Country', 'C'), node('country:d', 'Country', 'D')],
      rels: [
        rel('OPERATES', 'company:a', 'facility:b', { ref: 'r1', sources: ['s:1', 's:2', 's:3'] }),
        rel('LOCATED_IN', 'facility:b', 'country:c', { ref: 'r2', sources: ['s:1', 's:2', 's:3'] }),
        rel('LOCATED_IN', 'facility:b', 'country:d', { ref: 'r3', sources: ['s:1', 's:2'] }),
      ],
      paths: [
        { nodes: ['company:a', 'facility:b'], rels: ['r1'] },
        { nodes: ['company:a', 'facility:b', 'country:c'], rels: ['r1', 'r2'] },
        { nodes: ['company:a', 'facility:b', 'country:d'], rels: ['r1', 'r3'] },
      ],
    };
    const { total, chains } = dependencyChains(rows, 10);
    expect(total).toBe(2);
    expect(chains.map((c) => c.terminal.id)).toEqual(['country:c', 'country:d']);
    expect(chains[0].hops.map((h) => [h.from.id, h.to.id, h.direction])).toEqual([
      ['company:a', 'facility:b', 'FORWARD'],
      ['facility:b', 'country:c', 'FORWARD'],
    ]);
    // By hand: hop confidence 1 − 0.5^sources is 0.875 for r1 and r2 (3 sources), 0.75 for r3 (2);
    // a chain's relevance is the hops' geometric mean × 1 (it ends in a Country) × 0.97 per extra hop.
    // The first chain: √(0.875 × 0.875) × 0.97 = 0.84875 → 0.8488 (rounded to 4 decimals).
    expect(chains[0].relevance).toBe(0.8488);
    // The second chain repeats hop r1, so half its hops are new: × (0.5 + 0.5 × 1/2) = × 0.75.
    // √(0.875 × 0.75) × 0.97 = 0.78579 → 0.7858; × 0.75 = 0.58935 → 0.5894.
    expect(chains[1].relevance).toBe(0.5894);
    expect(diverseOrder(chains, 1)).toHaveLength(1);
  });

  it('keeps the same maximal paths as the prefix test written out, whatever the paths', () => {
    // The former maximalPaths: every proper prefix as a slice joined anew.
    const reference = (paths: Array<{ rels: string[] }>) => {
      const prefixes = new Set<string>();
      for (const p of paths) for (let i = 1; i < p.rels.length; i++) prefixes.add(p.rels.slice(0, i).join('\u0000'));
      const seen = new Set<string>();
      return paths.filter((p) => {
        const k = p.rels.join('\u0000');
        if (prefixes.has(k) || seen.has(k)) return false;
        seen.add(k);
        return true;
      });
    };
    const path = fc.array(fc.constantFrom('r1', 'r2', 'r3', 'r4'), { maxLength: 5 }).map((rels) => ({ rels }));
    fc.assert(
      fc.property(fc.array(path, { maxLength: 40 }), (paths) => {
        expect(maximalPaths(paths)).toEqual(reference(paths));
      }),
      { numRuns: 500, seed: 16 },
    );
  });

  it('reads log(hopConfidence) once per relationship row, to the same double', () => {
    const row = fc.record({
      sources: fc.option(fc.array(fc.constantFrom('s:1', 's:2', 's:3', 's:4'), { maxLength: 6 }), { nil: undefined }),
      quantity: fc.option(fc.double(), { nil: undefined }),
      sharePct: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
    });
    fc.assert(
      fc.property(row, (extra) => {
        const r = rel('SUPPLIES', 'a:x', 'b:y', extra);
        expect(logConfidence(r)).toBe(Math.log(hopConfidence(r)));
        expect(logConfidence(r)).toBe(logConfidence(r));
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  it('reads an exposure path backwards, from the dependent', () => {
    const rows: GraphRows = {
      nodes: [node('country:c', 'Country', 'C'), node('facility:b', 'Facility', 'B')],
      rels: [rel('LOCATED_IN', 'facility:b', 'country:c', { ref: 'r1' })],
    };
    const chain = new GraphIndex(rows).chain({ nodes: ['country:c', 'facility:b'], rels: ['r1'] }, true);
    expect(chain.hops[0]).toMatchObject({ from: { id: 'facility:b' }, to: { id: 'country:c' }, direction: 'FORWARD' });
    expect(chain.terminal.id).toBe('country:c');
  });
});

describe('the dependency steps', () => {
  it.each(DEPENDENCY_STEPS.map((s) => [`${s.type} (${s.dependent})`, s] as const))('%s fits the model', (_, step) => {
    const allowed = REL_TYPES[step.type];
    for (const l of step.start) expect(allowed.from).toContain(l);
    for (const l of step.end) expect(allowed.to).toContain(l);
  });
});

describe('argument checks', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as { extensions?: { code?: string } }).extensions?.code;
    }
    return 'no error';
  };

  it('accepts typed ids and refuses anything else', () => {
    expect(typedId('company:erg', 'entityId')).toEqual({ id: 'company:erg', label: 'Company' });
    expect(code(() => typedId("company:x'}) DETACH DELETE n //", 'entityId'))).toBe('BAD_USER_INPUT');
    expect(code(() => typedId('planet:mars', 'entityId'))).toBe('BAD_USER_INPUT');
    expect(optionalTypedId('product:alumina', 'metalId', MATERIALS)).toEqual({ id: 'product:alumina', label: 'Product' });
    expect(optionalTypedId(null, 'metalId', MATERIALS)).toBeNull();
    expect(code(() => optionalTypedId('country:KZ', 'metalId', MATERIALS))).toBe('BAD_USER_INPUT');
  });

  it('checks bounds, dates and types', () => {
    expect(boundedInt(null, 'maxDepth', 1, 8, 6)).toBe(6);
    expect(code(() => boundedInt(99, 'maxDepth', 1, 8, 6))).toBe('BAD_USER_INPUT');
    expect(dayArg('2026-02-28', 'asOf')).toBe('2026-02-28');
    expect(code(() => dayArg('2026-02-30', 'asOf'))).toBe('BAD_USER_INPUT');
    expect(code(() => dayArg('2026', 'asOf'))).toBe('BAD_USER_INPUT');
    expect(relTypesArg(['SUPPLIES', 'SUPPLIES'])).toEqual(['SUPPLIES']);
    expect(relTypesArg([])).toEqual([]);
    expect(relTypesArg(null)).toBeNull();
    expect(code(() => relTypesArg(['NOT_A_TYPE']))).toBe('BAD_USER_INPUT');
  });
});
