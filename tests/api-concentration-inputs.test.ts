/**
 * Inputs of the figure questions that used to be accepted silently or changed on the way, through
 * /graphql over the bundled USGS data:
 * - a measure and an item that contradict each other (`supplyConcentration`, `Country.production`
 *   and `reserves`, `Metal`/`Product.producers` and `reserves`) are BAD_USER_INPUT naming `measureId`;
 * - supply added to a country listed without a figure (withheld, not available) is refused naming
 *   the addition, never read as added to 0;
 * - an added quantity is checked again once converted to the base unit (a tiny one that converts
 *   to 0 is refused, never added as 0);
 * - a unit with white space or a control character around it is refused naming `addSupply[i].unit`,
 *   and the hint lists the units of the measure's own family.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useBundledApp } from './support/bundled-app.js';
import { gql } from './support/server.js';

const app = useBundledApp();

const HELIUM = 'measure:helium-production-helium-gas-content';
const GALLIUM = 'measure:gallium-primary-production';

const Q = `query ($measureId: ID, $itemId: ID, $year: Int!, $add: [AddedSupplyInput!], $exclude: [ID!], $facilities: [ID!]) {
  supplyConcentration(measureId: $measureId, itemId: $itemId, year: $year, addSupply: $add, excludeCountries: $exclude, addPlannedCapacityOf: $facilities) {
    measure { id } baseUnit denominatorBase adjustments
    producers { country { id } quantityBase sharePct noValueReason added }
  }
}`;

type Answer = {
  measure: { id: string };
  baseUnit: string;
  denominatorBase: number;
  adjustments: string[];
  producers: Array<{ country: { id: string }; quantityBase: number | null; sharePct: number | null; noValueReason: string | null; added: boolean }>;
};

async function ask(vars: Record<string, unknown>) {
  const res = await gql<{ supplyConcentration: Answer | null }>(app.url, Q, { year: 2024, ...vars });
  return { res, c: res.data?.supplyConcentration ?? null, error: res.errors?.[0] };
}

const MASS_UNITS =
  'g, kg, t, kt, Mt, grams, kilograms, metric tons, thousand metric tons, thousand metric dry tons, million metric tons (each optionally per year, e.g. t/yr)';

describe('a measure and an item that contradict each other', () => {
  it('supplyConcentration: a helium measure with itemId gallium is BAD_USER_INPUT naming measureId, listing the measures of gallium', async () => {
    const { c, error } = await ask({ itemId: 'metal:gallium', measureId: HELIUM });
    expect(c).toBeNull();
    expect(error).toMatchObject({
      message: `measureId: ${HELIUM} measures product:helium, not metal:gallium (itemId): give a measure of metal:gallium, or leave one of the two out; the USGS measures of metal:gallium: ${GALLIUM}`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'measureId' },
    });
  });

  it('supplyConcentration: the measure with its own item answers as the measure alone; itemId is checked when measureId is given', async () => {
    const both = await ask({ itemId: 'metal:gallium', measureId: GALLIUM });
    const alone = await ask({ measureId: GALLIUM });
    expect(both.res.errors).toBeUndefined();
    expect(both.c).toEqual(alone.c);
    const malformed = await ask({ itemId: 'gallium', measureId: GALLIUM });
    expect(malformed.error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'itemId' } });
    const unknown = await ask({ itemId: 'metal:zzunknown', measureId: GALLIUM });
    expect(unknown.error).toMatchObject({ extensions: { code: 'NOT_FOUND', argument: 'itemId' } });
  });

  it('Country.production / reserves with itemId and a measure of another item: BAD_USER_INPUT naming measureId, not an empty list', async () => {
    const res = await gql(app.url, `{ node(id: "country:CN") { ... on Country { production(itemId: "metal:gallium", measureId: "${HELIUM}") { year } } } }`);
    expect(res.errors?.[0]).toMatchObject({
      message: `measureId: ${HELIUM} measures product:helium, not metal:gallium (itemId): give a measure of metal:gallium, or leave one of the two out; the USGS measures of metal:gallium: ${GALLIUM}`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'measureId' },
    });
    const reserves = await gql(app.url, `{ node(id: "country:US") { ... on Country { reserves(itemId: "metal:gallium", measureId: "${HELIUM}") { year } } } }`);
    expect(reserves.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'measureId' } });
    // Agreeing filters answer; a country with no figure of the measure answers [] as before.
    const ok = await gql(
      app.url,
      `{ node(id: "country:CN") { ... on Country { production(itemId: "metal:gallium", measureId: "${GALLIUM}", year: 2024, basis: production) { baseQuantity { value unit } } } } }`,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data.node.production).toEqual([{ baseQuantity: { value: 750, unit: 't' } }]);
    const none = await gql(app.url, `{ node(id: "country:FR") { ... on Country { production(itemId: "metal:gallium", measureId: "${GALLIUM}") { year } } } }`);
    expect(none.errors).toBeUndefined();
    expect(none.data.node.production).toEqual([]);
  });

  it('Metal.producers / reserves with a measure of another item: BAD_USER_INPUT naming measureId', async () => {
    for (const field of ['producers', 'reserves']) {
      const res = await gql(app.url, `{ node(id: "metal:gallium") { ... on Metal { ${field}(measureId: "${HELIUM}") { year } } } }`);
      expect(res.errors?.[0]).toMatchObject({
        message: `measureId: ${HELIUM} measures product:helium, not metal:gallium (the Metal this field is of): give a measure of metal:gallium, or leave one of the two out; the USGS measures of metal:gallium: ${GALLIUM}`,
        extensions: { code: 'BAD_USER_INPUT', argument: 'measureId' },
      });
    }
    const own = await gql(
      app.url,
      `{ node(id: "metal:gallium") { ... on Metal { producers(measureId: "${GALLIUM}", year: 2024, basis: production) { baseQuantity { value unit } } } } }`,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data.node.producers.length).toBeGreaterThan(0);
  });
});

describe('supply added to a country listed without a figure', () => {
  it('lithium 2024: adding 1 t to the United States (withheld) is BAD_USER_INPUT naming addSupply[0].countryId, saying withheld', async () => {
    const { c, error } = await ask({ itemId: 'metal:lithium', add: [{ countryId: 'country:US', quantity: 1, unit: 't' }] });
    expect(c).toBeNull();
    expect(error).toMatchObject({
      message:
        'addSupply[0].countryId: country:US is listed without a figure (withheld): its output is unknown, so supply cannot be added to it (1 t given); ' +
        'an unknown figure is never read as 0. Add supply to countries with a figure or not listed, or leave the country out with excludeCountries',
      extensions: { code: 'BAD_USER_INPUT', argument: 'addSupply[0].countryId' },
    });
    // The answer without the addition still lists the United States without a figure or share.
    const plain = await ask({ itemId: 'metal:lithium' });
    expect(plain.c!.producers.find((p) => p.country.id === 'country:US')).toMatchObject({ quantityBase: null, sharePct: null, noValueReason: 'withheld' });
  });

  it('the refusal names the addition at its place in the list; additions to countries with a figure or not listed still answer', async () => {
    const { error } = await ask({
      itemId: 'metal:lithium',
      add: [
        { countryId: 'country:AU', quantity: 1, unit: 't' },
        { countryId: 'country:KZ', quantity: 1, unit: 't' },
        { countryId: 'country:US', quantity: 2, unit: 'kt', note: 'estimate' },
      ],
    });
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'addSupply[2].countryId' } });
    expect(error!.message).toContain('country:US is listed without a figure (withheld)');
    expect(error!.message).toContain('(estimate)');
    const ok = await ask({ itemId: 'metal:lithium', add: [{ countryId: 'country:KZ', quantity: 1, unit: 't' }] });
    expect(ok.res.errors).toBeUndefined();
    expect(ok.c!.producers.find((p) => p.country.id === 'country:KZ')).toMatchObject({ quantityBase: 1, added: true });
  });
});

describe('an added quantity is checked again once converted', () => {
  it('5e-324 kg converts to 0 t: BAD_USER_INPUT naming addSupply[0].quantity, never "added 0 t"', async () => {
    const { c, error } = await ask({ measureId: GALLIUM, add: [{ countryId: 'country:KZ', quantity: 5e-324, unit: 'kg' }] });
    expect(c).toBeNull();
    expect(error).toMatchObject({
      message: 'addSupply[0].quantity must be a positive number of at most 1e+10 t (1e+13 kg) once converted to t; 5e-324 kg is 0 t',
      extensions: { code: 'BAD_USER_INPUT', argument: 'addSupply[0].quantity' },
    });
  });

  it('property: every accepted addition adds a positive, finite quantity of at most the bound; every other is refused naming its quantity', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('g', 'kg', 't', 'kt', 'Mt'),
        fc.oneof(fc.double({ min: 5e-324, max: 1e-3, noNaN: true }), fc.double({ min: 1e-3, max: 1e20, noNaN: true })),
        async (unit, quantity) => {
          const { c, error } = await ask({ measureId: GALLIUM, add: [{ countryId: 'country:KZ', quantity, unit }] });
          if (c === null) {
            expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'addSupply[0].quantity' } });
            return;
          }
          const kz = c.producers.find((p) => p.country.id === 'country:KZ')!;
          expect(kz.quantityBase).toBeGreaterThan(0);
          expect(kz.quantityBase).toBeLessThanOrEqual(1e10);
          expect(c.adjustments[0]).not.toMatch(/^added 0 t/);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('unit spellings are exact: white space around a unit is refused', () => {
  it.each([
    ['t ', 't'],
    [' t', 't'],
    ['kg\t', 'kg'],
    ['t\n', 't'],
    ['Mt  ', 'Mt'],
  ])('%j: BAD_USER_INPUT naming addSupply[0].unit, listing the mass units', async (unit, write) => {
    const { c, error } = await ask({ measureId: GALLIUM, add: [{ countryId: 'country:KZ', quantity: 15, unit }] });
    expect(c).toBeNull();
    expect(error).toMatchObject({
      message: `addSupply[0].unit: unit ${JSON.stringify(unit)} has white space or a control character around it (spellings are exact): write ${JSON.stringify(write)}; the measure is in "t", write one of: ${MASS_UNITS}`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'addSupply[0].unit' },
    });
  });

  it('helium (volume): an unknown unit lists the volume units, not mass units', async () => {
    const { error } = await ask({ measureId: HELIUM, add: [{ countryId: 'country:KZ', quantity: 1, unit: 'cubic feet' }] });
    expect(error).toMatchObject({
      message:
        'addSupply[0].unit: unknown unit "cubic feet"; the measure is in "million cubic meters", write one of: million cubic meters (each optionally per year, e.g. million cubic meters/yr)',
      extensions: { code: 'BAD_USER_INPUT', argument: 'addSupply[0].unit' },
    });
    const padded = await ask({ measureId: HELIUM, add: [{ countryId: 'country:KZ', quantity: 1, unit: 'million cubic meters ' }] });
    expect(padded.error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'addSupply[0].unit' } });
    expect(padded.error!.message).toContain('write "million cubic meters"');
  });
});
