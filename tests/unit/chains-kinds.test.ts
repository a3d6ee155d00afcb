/**
 * The exposure-kind step table (src/graphql/chains/steps.ts), pure: every step of the kinds
 * followed is admitted by the compiled Cypher rules and named by `hopKinds`; kinds compose in
 * one order along a chain, checked the same way by the walk and by `resolveKinds`; supply alone
 * compiles exactly as before kinds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEPENDENCY_STEPS,
  EXPOSURE_KINDS,
  type ExposureKind,
  hopKinds,
  KIND_RANK,
  nextKind,
  resolveKinds,
  stepDirections,
  stepRules,
  stepsOf,
} from '../../src/graphql/chains/steps.js';

const kindSets = fc.subarray([...EXPOSURE_KINDS], { minLength: 1 }) as fc.Arbitrary<ExposureKind[]>;

describe('exposure kinds of the step table', () => {
  it('admits every step of the kinds followed, both ways, with the step’s kinds among the hop’s', () => {
    fc.assert(
      fc.property(kindSets, fc.boolean(), fc.nat(), fc.nat(), fc.nat(), (kinds, reverse, a, b, c) => {
        const steps = stepsOf(kinds);
        const s = steps[a % steps.length];
        const startLabel = s.start[b % s.start.length];
        const endLabel = s.end[c % s.end.length];
        const role = s.roles ? s.roles[a % s.roles.length].toUpperCase() : 'anything';
        // Forwards the walk leaves the dependent; backwards it arrives there.
        const along = (s.dependent === 'start') !== reverse;
        const got = hopKinds({ type: s.type, role, startLabel, endLabel, along }, reverse, kinds);
        expect(got.length).toBeGreaterThan(0);
        expect(got.every((k) => kinds.includes(k))).toBe(true);
        expect(s.kinds.filter((k) => kinds.includes(k)).every((k) => got.includes(k))).toBe(true);
        const rules = stepRules(reverse, kinds);
        const rule = (along ? rules.out : rules.in)[s.type];
        expect(rule).toBeDefined();
        expect(rule.roles === null || rule.roles.includes(role.toLowerCase())).toBe(true);
        expect(rule.startLabels === null || rule.startLabels.includes(startLabel as never)).toBe(true);
        expect(rule.endLabels === null || rule.endLabels.includes(endLabel as never)).toBe(true);
        const sides = stepDirections(reverse, kinds);
        if (s.type !== 'PRODUCES') expect(along ? sides.out : sides.in).toContain(s.type);
      }),
    );
  });

  it('names no kind for a hop no step of the kinds followed admits (wrong role, wrong way, kind not followed)', () => {
    // A buyer's PARTY_TO, walked from the buyer, is supply only.
    const buyer = { type: 'PARTY_TO', role: 'buyer', startLabel: 'Company', endLabel: 'Agreement', along: true };
    expect(hopKinds(buyer, false, ['SUPPLY'])).toEqual(['SUPPLY']);
    expect(hopKinds(buyer, false, ['COMMERCIAL', 'OWNERSHIP'])).toEqual([]);
    // A contractor's, walked from the contractor, is commercial; from the agreement, supply.
    const contractor = { ...buyer, role: 'contractor' };
    expect(hopKinds(contractor, false, [...EXPOSURE_KINDS])).toEqual(['COMMERCIAL']);
    expect(hopKinds({ ...contractor, along: false }, false, [...EXPOSURE_KINDS])).toEqual(['SUPPLY']);
    // HEADQUARTERED_IN is never a step.
    expect(hopKinds({ type: 'HEADQUARTERED_IN', startLabel: 'Company', endLabel: 'Country', along: true }, false, [...EXPOSURE_KINDS])).toEqual([]);
    // SUBSIDIARY_OF from the parent: its own kind first.
    expect(hopKinds({ type: 'SUBSIDIARY_OF', startLabel: 'Company', endLabel: 'Company', along: false }, false, [...EXPOSURE_KINDS])).toEqual([
      'OWNERSHIP',
      'SUPPLY',
    ]);
  });

  it('reads kinds in the order OWNERSHIP* COMMERCIAL* SUPPLY*, exactly when some reading fits, and the walk agrees both ways', () => {
    const admitted = fc.array(fc.subarray([...EXPOSURE_KINDS], { minLength: 1 }) as fc.Arbitrary<ExposureKind[]>, { maxLength: 7 });
    // Brute force: does any choice per hop fit the order?
    const fits = (hops: ExposureKind[][]): boolean => {
      const go = (i: number, rank: number): boolean => i === hops.length || hops[i].some((k) => KIND_RANK[k] <= rank && go(i + 1, KIND_RANK[k]));
      return go(0, KIND_RANK.OWNERSHIP);
    };
    fc.assert(
      fc.property(admitted, (hops) => {
        const out = resolveKinds(hops);
        expect(out !== null).toBe(fits(hops));
        if (out) {
          expect(out.length).toBe(hops.length);
          out.forEach((k, i) => {
            expect(hops[i]).toContain(k);
            if (i > 0) expect(KIND_RANK[k]).toBeLessThanOrEqual(KIND_RANK[out[i - 1]]);
            // the highest the order allows: a hop carries on the kind before it when it can
            if (i > 0 && hops[i].includes(out[i - 1])) expect(k).toBe(out[i - 1]);
          });
        }
        // The walks grow paths hop by hop: forwards in reading order, backwards from its end.
        const grow = (list: ExposureKind[][], reverse: boolean) => {
          let rank = reverse ? KIND_RANK.SUPPLY : KIND_RANK.OWNERSHIP;
          for (const ks of list) {
            const k = nextKind(ks, rank, reverse);
            if (k === null) return false;
            rank = KIND_RANK[k];
          }
          return true;
        };
        expect(grow(hops, false)).toBe(fits(hops));
        expect(grow([...hops].reverse(), true)).toBe(fits(hops));
      }),
    );
  });

  it('compiles supply alone as the dependency steps always were: no commercial or ownership-only type crossed', () => {
    for (const reverse of [false, true]) {
      const sides = stepDirections(reverse);
      const all = [...sides.out, ...sides.in];
      expect(all).not.toContain('SHAREHOLDER_OF');
      expect(all).not.toContain('INVESTS_IN');
      const rules = stepRules(reverse);
      // PARTY_TO from an agreement admits only the supply roles: buyers walking backwards, sellers forwards.
      const partyTo = (reverse ? rules.in : rules.out).PARTY_TO;
      expect(partyTo.roles).toEqual(DEPENDENCY_STEPS.find((s) => s.type === 'PARTY_TO' && s.dependent === 'start' && s.kinds.includes('SUPPLY'))!.roles);
    }
  });
});
