/**
 * Exposure of more than one kind (supply, commercial, ownership) through HTTP against the real
 * Neo4j and the bundled data: who is exposed to ERG's Rudny HBI plant, and how. The expected
 * headquarters of each company are read from the graph in Cypher, not from the answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

// Whole answers (100 dependents with every chain) are beyond the default GRAPHQL_MAX_COST.
const app = useBundledApp({ config: { GRAPHQL_MAX_COST: 500_000 } });
const RUDNY = 'facility:rudny-hbi-plant';
const WIDE = 'country:CN';

interface Hop {
  from: { id: string };
  to: { id: string };
  relationship: string;
  kind: string;
  properties: { role: string | null };
}
interface Dependent {
  dependent: { id: string; label: string };
  kinds: string[];
  kindsAlong: string[];
  distance: number;
  chains: Array<{ kinds: string[]; hops: Hop[] }>;
}
interface Answer {
  kinds: string[];
  totalDependents: number;
  truncated: boolean;
  headquarteredIn: Array<{ id: string }> | null;
  dependents: Dependent[];
}

const QUERY = `query($e: ID!, $k: [ExposureKind!], $hq: [ID!], $l: [Label!], $a: String, $m: ID) {
  exposure(entityId: $e, kinds: $k, headquarteredIn: $hq, dependentLabels: $l, asOf: $a, metalId: $m, first: 100) {
    kinds totalDependents truncated headquarteredIn { id }
    dependents { dependent { id label } kinds kindsAlong distance
      chains { kinds hops { from { id } to { id } relationship kind properties { role } } } } } }`;

async function exposure(vars: Record<string, unknown>): Promise<Answer> {
  const res = await gql(app.url, QUERY, { e: RUDNY, ...vars });
  expect(res.errors).toBeUndefined();
  return res.data.exposure as Answer;
}
const byId = (a: Answer) => new Map(a.dependents.map((d) => [d.dependent.id, d]));
const path = (c: { hops: Hop[] }) => [c.hops[0].from.id, ...c.hops.map((h) => h.to.id)];

describe('exposure kinds: the Rudny HBI plant', () => {
  it('follows every kind by default: Midrex and Primetals commercially, Kobe Steel and MHI through owning them, ERG by supply and ownership', async () => {
    const all = await exposure({});
    expect(all.kinds).toEqual(['SUPPLY', 'COMMERCIAL', 'OWNERSHIP']);
    const at = byId(all);
    for (const id of ['company:midrex-technologies', 'company:primetals-technologies-austria']) {
      expect({ id, kinds: at.get(id)?.kinds }).toEqual({ id, kinds: ['COMMERCIAL'] });
    }
    // Primetals provides MIDREX Flex itself and owns the Austrian unit that holds the contract.
    expect(at.get('company:primetals-technologies')?.kinds).toEqual(['COMMERCIAL', 'OWNERSHIP']);
    // (kindsAlong may add SUPPLY: Midrex's client ERG also operates the plant)
    expect(at.get('company:kobe-steel')).toMatchObject({ kinds: ['OWNERSHIP'], kindsAlong: expect.arrayContaining(['COMMERCIAL', 'OWNERSHIP']), distance: 3 });
    expect(at.get('company:mitsubishi-heavy-industries')).toMatchObject({
      kinds: ['OWNERSHIP'],
      kindsAlong: expect.arrayContaining(['COMMERCIAL', 'OWNERSHIP']),
      distance: 3,
    });
    expect(at.get('company:erg')?.kinds).toEqual(['SUPPLY', 'OWNERSHIP']);
    expect(at.get('facility:ssgpo-rudny-iron-ore')?.kinds).toEqual(['COMMERCIAL']);
    // SSGPO runs the pellet mine that is to feed the plant: control of a commercially exposed plant.
    expect(at.get('company:ssgpo')).toMatchObject({ kinds: ['OWNERSHIP'], kindsAlong: expect.arrayContaining(['COMMERCIAL', 'OWNERSHIP']) });
    // Standing in Kazakhstan, a shareholder of ERG, exposes nothing: supply does not pass on to shareholdings.
    const chainsAll = all.dependents.flatMap((d) => d.chains);
    expect(chainsAll.some((c) => c.hops.some((h, i) => i > 0 && h.relationship === 'SHAREHOLDER_OF' && c.hops[i - 1].relationship === 'LOCATED_IN'))).toBe(
      false,
    );

    // Midrex: party to the technology contract as contractor, the contract covering the plant.
    const midrex = at.get('company:midrex-technologies')!.chains.find((c) => c.hops.length === 2 && c.hops[0].relationship === 'PARTY_TO')!;
    expect(path(midrex)).toEqual(['company:midrex-technologies', 'agreement:rudny-hbi-technology-contract', RUDNY]);
    expect(midrex.hops.map((h) => [h.relationship, h.kind, h.properties.role])).toEqual([
      ['PARTY_TO', 'COMMERCIAL', 'contractor'],
      ['COVERS', 'COMMERCIAL', null],
    ]);
    // …and the owner of MIDREX Flex, the process the plant runs on.
    expect(
      at.get('company:midrex-technologies')!.chains.some((c) => path(c).join() === ['company:midrex-technologies', 'technology:midrex-flex', RUDNY].join()),
    ).toBe(true);
    // Kobe Steel owns Midrex; MHI owns Primetals, whose Austrian unit holds the contract.
    const kobe = at.get('company:kobe-steel')!.chains.filter((c) => c.hops.length === 3);
    expect(
      kobe.some(
        (c) =>
          path(c).join() === ['company:kobe-steel', 'company:midrex-technologies', 'agreement:rudny-hbi-technology-contract', RUDNY].join() &&
          c.hops.map((h) => h.kind).join() === 'OWNERSHIP,COMMERCIAL,COMMERCIAL',
      ),
    ).toBe(true);
    const mhi = at.get('company:mitsubishi-heavy-industries')!.chains;
    expect(
      mhi.some((c) => path(c).join() === ['company:mitsubishi-heavy-industries', 'company:primetals-technologies', 'technology:midrex-flex', RUDNY].join()),
    ).toBe(true);
    // Every chain of a dependent starts at it and ends at the plant; its kinds are its hops'.
    for (const d of all.dependents)
      for (const c of d.chains) {
        expect(path(c)[0]).toBe(d.dependent.id);
        expect(path(c).at(-1)).toBe(RUDNY);
        expect(c.kinds).toEqual(['SUPPLY', 'COMMERCIAL', 'OWNERSHIP'].filter((k) => c.hops.some((h) => h.kind === k)));
        expect(d.kinds).toContain(c.hops[0].kind);
        // ownership, then commercial, then supply
        const rank = c.hops.map((h) => ['SUPPLY', 'COMMERCIAL', 'OWNERSHIP'].indexOf(h.kind));
        expect(rank).toEqual([...rank].sort((x, y) => y - x));
      }
  });

  it('answers "Japanese companies exposed to the Rudny HBI plant" in one query: the unfiltered answer narrowed to the companies headquartered in Japan', async () => {
    const japan = await exposure({ hq: ['country:JP'] });
    const all = await exposure({});
    const rows = await app.db.read<{ id: string }>('MATCH (c:Company)-[:HEADQUARTERED_IN]->(:Country {id: $c}) RETURN c.id AS id', { c: 'country:JP' });
    const japanese = new Set(rows.map((r) => r.id));
    expect(japanese.has('company:kobe-steel') && japanese.has('company:mitsubishi-heavy-industries')).toBe(true);
    expect(japan.dependents.map((d) => d.dependent.id)).toEqual(all.dependents.map((d) => d.dependent.id).filter((id) => japanese.has(id)));
    expect(japan.dependents.map((d) => d.dependent.id)).toEqual(expect.arrayContaining(['company:kobe-steel', 'company:mitsubishi-heavy-industries']));
    expect(japan.totalDependents).toBe(japan.dependents.length);
    expect(japan.headquarteredIn).toEqual([{ id: 'country:JP' }]);
    // The same with the label narrowing: every dependent a Company, and none lost.
    const companies = await exposure({ l: ['Company'] });
    expect(companies.dependents.every((d) => d.dependent.label === 'Company')).toBe(true);
    expect(companies.dependents.map((d) => d.dependent.id)).toEqual(all.dependents.filter((d) => d.dependent.label === 'Company').map((d) => d.dependent.id));
  });

  it('follows only the kinds asked: commercial alone reaches the providers and the pellet supplier, supply alone none of them', async () => {
    const commercial = await exposure({ k: ['COMMERCIAL'] });
    expect(commercial.dependents.map((d) => d.dependent.id).sort()).toEqual([
      'agreement:rudny-hbi-technology-contract',
      'company:midrex-technologies',
      'company:primetals-technologies',
      'company:primetals-technologies-austria',
      'facility:ssgpo-rudny-iron-ore',
      'technology:midrex-flex',
    ]);
    for (const d of commercial.dependents) for (const c of d.chains) expect(c.hops.every((h) => h.kind === 'COMMERCIAL')).toBe(true);

    const supply = await exposure({ k: ['SUPPLY'] });
    const ids = supply.dependents.map((d) => d.dependent.id);
    expect(ids).toContain('company:erg');
    for (const id of ['company:midrex-technologies', 'company:kobe-steel', 'company:mitsubishi-heavy-industries', 'company:siemens'])
      expect(ids).not.toContain(id);
    for (const d of supply.dependents) expect(d.kinds).toEqual(['SUPPLY']);

    const ownership = await exposure({ k: ['OWNERSHIP'] });
    expect(ownership.dependents.map((d) => d.dependent.id).sort()).toEqual([
      'company:erg',
      'country:KZ',
      'person:chodiev',
      'person:ibragimov-family',
      'person:mashkevich-heirs',
    ]);
    expect(
      byId(ownership)
        .get('company:erg')!
        .chains.map((c) => c.hops.map((h) => h.relationship).join())
        .sort(),
    ).toEqual(['INVESTS_IN', 'OPERATES']);
    const kz = byId(ownership).get('country:KZ')!;
    expect(kz.chains[0].hops.map((h) => [h.relationship, h.kind])).toEqual([
      ['SHAREHOLDER_OF', 'OWNERSHIP'],
      ['INVESTS_IN', 'OWNERSHIP'],
    ]);
  });

  it('crosses ownership only while it holds: Siemens (49 % of Primetals until early 2020) is exposed without a date, not as of 2030', async () => {
    const all = byId(await exposure({}));
    expect(all.get('company:siemens')?.kinds).toEqual(['OWNERSHIP']);
    const in2030 = byId(await exposure({ a: '2030-01-01' }));
    expect(in2030.has('company:siemens')).toBe(false);
    // MHI has owned Primetals outright since 2020, so it stays.
    expect(in2030.get('company:mitsubishi-heavy-industries')?.kinds).toEqual(['OWNERSHIP']);
    // Before the plant's planned start (2029) it is not in force: nobody is exposed yet.
    expect((await exposure({ a: '2025-12-01' })).totalDependents).toBe(0);
  });

  it('walks the kinds forwards too: what Kobe Steel is exposed to reaches the plant through Midrex; supply alone does not', async () => {
    const q = `query($k: [ExposureKind!]) { dependencyChains(entityId: "company:kobe-steel", kinds: $k, first: 200) { kinds totalChains chains { kinds hops { to { id } kind } } } }`;
    const all = (await gql(app.url, q, { k: ['SUPPLY', 'COMMERCIAL', 'OWNERSHIP'] })).data.dependencyChains;
    const toRudny = all.chains.find((c: { hops: Array<{ to: { id: string } }> }) => c.hops.some((h) => h.to.id === RUDNY));
    expect(toRudny.hops[0]).toEqual({ to: { id: 'company:midrex-technologies' }, kind: 'OWNERSHIP' });
    const supply = (await gql(app.url, q, {})).data.dependencyChains;
    expect(supply.kinds).toEqual(['SUPPLY']);
    expect(supply.chains.some((c: { hops: Array<{ to: { id: string } }> }) => c.hops.some((h) => h.to.id === RUDNY))).toBe(false);
  });

  it('costs at most maxDepth + 2 round trips whatever the kinds and narrowing, plus one batched load of the headquarters countries shown', async () => {
    const before = app.db.roundTrips;
    await exposure({ hq: ['country:JP'] });
    expect(app.db.roundTrips - before).toBeLessThanOrEqual(6 + 2 + 1);
  });

  it.each([
    ['kinds: [SUPPLY, BUYING]', 'GRAPHQL_VALIDATION_FAILED', /BUYING/],
    [
      'headquarteredIn: ["company:erg"]',
      'BAD_USER_INPUT',
      /headquarteredIn\[0\] "company:erg" is not a country id: country: and an ISO 3166-1 alpha-2 code in capitals/,
    ],
    ['headquarteredIn: ["JP"]', 'BAD_USER_INPUT', /headquarteredIn\[0\] "JP" is not a typed id/],
    [
      `headquarteredIn: [${Array.from({ length: 51 }, (_, i) => `"country:A${String.fromCharCode(65 + (i % 26))}"`).join(', ')}]`,
      'BAD_USER_INPUT',
      /at most 50/,
    ],
    ['headquarteredIn: ["country:ZZ"]', 'NOT_FOUND', /country:ZZ/],
  ])('refuses %s with %s', async (arg, code, message) => {
    const res = await gql(app.url, `{ exposure(entityId: "${RUDNY}", ${arg}) { totalDependents } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.errors?.[0]?.message).toMatch(message);
  });

  it.each(['kinds: []', 'dependentLabels: []', 'headquarteredIn: []'])('answers %s with no dependents (an empty list matches nothing)', async (arg) => {
    const res = await gql(app.url, `{ exposure(entityId: "${RUDNY}", ${arg}) { totalDependents truncated dependents { dependent { id } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.exposure).toEqual({ totalDependents: 0, truncated: false, dependents: [] });
  });

  it('never says truncated when an empty list matched nothing, whatever else is asked, and walks nothing', async () => {
    // China's exposure hits the walk's bounds when nothing narrows it: truncated is true there.
    const wide = await gql(app.url, `{ exposure(entityId: "${WIDE}", maxDepth: 4) { truncated } }`);
    expect(wide.data.exposure.truncated).toBe(true);
    const lists = {
      kinds: ['SUPPLY', 'COMMERCIAL', 'OWNERSHIP'],
      dependentLabels: ['Company', 'Facility', 'Country'],
      headquarteredIn: ['country:JP', 'country:CN'],
    };
    type Name = keyof typeof lists;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Name>('kinds', 'dependentLabels', 'headquarteredIn'),
        fc.record({
          kinds: fc.option(fc.subarray(lists.kinds)),
          dependentLabels: fc.option(fc.subarray(lists.dependentLabels)),
          headquarteredIn: fc.option(fc.subarray(lists.headquarteredIn)),
        }),
        fc.integer({ min: 1, max: 4 }),
        async (empty, others, maxDepth) => {
          const args = { ...others, [empty]: [] as string[] };
          const text = Object.entries(args)
            .filter(([, v]) => v !== null)
            .map(([k, v]) => `${k}: [${(v as string[]).map((x) => (k === 'headquarteredIn' ? JSON.stringify(x) : x)).join(', ')}]`)
            .join(', ');
          const before = app.db.roundTrips;
          const res = await gql(
            app.url,
            `{ exposure(entityId: "${WIDE}", maxDepth: ${maxDepth}, ${text}) { totalDependents truncated dependents { dependent { id } } } }`,
          );
          expect(res.errors).toBeUndefined();
          expect(res.data.exposure).toEqual({ totalDependents: 0, truncated: false, dependents: [] });
          // the entity look-up only
          expect(app.db.roundTrips - before).toBe(1);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('follows no step with kinds: [] in dependencyChains either, without a walk', async () => {
    const before = app.db.roundTrips;
    const res = await gql(app.url, '{ dependencyChains(entityId: "company:kobe-steel", kinds: []) { kinds totalChains chains { length } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.dependencyChains).toEqual({ kinds: [], totalChains: 0, chains: [] });
    // the entity look-up only
    expect(app.db.roundTrips - before).toBe(1);
  });
});
