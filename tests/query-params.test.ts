/**
 * Unknown query parameters, over HTTP: every route that reads its query string (the feeds and
 * their catalogue, POST /admin/load, GET /graphql) answers 400 naming the first unknown one and
 * listing those it takes, and runs nothing (src/server/query-params.ts). The examples, and a
 * property over random parameter names on every route beside its accepted ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTPUT_PARAMETERS, TABLE_FILTERS } from '../src/feeds/params.js';
import { useBundledApp } from './support/bundled-app.js';
import { bearer, EDITOR, KEYS } from './support/keys.js';

const app = useBundledApp({ config: { API_KEYS: KEYS } });
const DATASET = {
  sources: [{ id: 'source:query-params', name: 'Query parameters test', sourceType: 'dataset' }],
  nodes: [{ id: 'company:query-params', label: 'Company', name: 'Query parameters test', sources: ['source:query-params'] }],
};

interface Route {
  path: string;
  method: 'GET' | 'POST';
  accepted: string[];
  /** How the message names the route. */
  what: string;
  /** The error's `parameter` and message, where the route puts them. */
  read: (body: any) => { code: string; message: string; parameter: string };
}
const graphqlShape = (body: any) => ({ code: body.errors[0].extensions.code, message: body.errors[0].message, parameter: body.errors[0].extensions.parameter });
const feedShape = (body: any) => body.error;
const ROUTES: Route[] = [
  {
    path: '/feeds/production?year=2024',
    method: 'GET',
    what: 'the production feed',
    accepted: [...TABLE_FILTERS.production, ...OUTPUT_PARAMETERS],
    read: feedShape,
  },
  { path: '/feeds/nodes.json?label=Metal', method: 'GET', what: 'the nodes feed', accepted: [...TABLE_FILTERS.nodes, ...OUTPUT_PARAMETERS], read: feedShape },
  { path: '/feeds', method: 'GET', what: 'the feeds catalogue', accepted: [], read: feedShape },
  { path: '/admin/load?name=query-params', method: 'POST', what: 'POST /admin/load', accepted: ['name'], read: graphqlShape },
  {
    path: `/graphql?query=${encodeURIComponent('{ __typename }')}`,
    method: 'GET',
    what: 'GET /graphql',
    accepted: ['query', 'variables', 'operationName', 'extensions'],
    read: graphqlShape,
  },
];

async function call(route: Route, extra: string) {
  const url = `${app.url}${route.path}${route.path.includes('?') ? '&' : '?'}${extra}`;
  const init: RequestInit =
    route.method === 'POST'
      ? { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(EDITOR) }, body: JSON.stringify(DATASET) }
      : { headers: { 'apollo-require-preflight': 'true' } };
  const res = await fetch(url.replace(/[?&]$/, ''), init);
  const text = await res.text();
  return { status: res.status, body: res.status >= 400 ? JSON.parse(text) : text };
}

const companies = async () => (await app.db.read<{ n: number }>("MATCH (c:Company {id: 'company:query-params'}) RETURN count(c) AS n"))[0].n;

describe('unknown query parameters', () => {
  it('POST /admin/load?dryRun=true is refused naming dryRun, and nothing is written', async () => {
    const res = await call(ROUTES[3], 'dryRun=true');
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toEqual({
      message: 'dryRun: not a parameter of POST /admin/load; it takes name',
      extensions: { code: 'BAD_USER_INPUT', parameter: 'dryRun' },
    });
    expect(await companies()).toBe(0);
  });

  it('the feeds, their catalogue and GET /graphql: the same rule and the same wording', async () => {
    const feed = await call(ROUTES[0], 'yaer=2024&colour=red');
    expect(feed.status).toBe(400);
    expect(feed.body.error).toEqual({
      code: 'BAD_REQUEST',
      parameter: 'yaer',
      message:
        'yaer: not a parameter of the production feed (nor are "colour"); it takes commodity, country, year, measure, basis, updatedSince, format, escapeFormulas',
    });
    const catalogue = await call(ROUTES[2], 'format=csv');
    expect(catalogue.body.error.message).toBe('format: not a parameter of the feeds catalogue; it takes none');
    const graphql = await call(ROUTES[4], 'operationname=x');
    expect(graphql.status).toBe(400);
    expect(graphql.body.errors[0].message).toBe('operationname: not a parameter of GET /graphql; it takes query, variables, operationName, extensions');
  });

  it('property: on every route, a random unknown name beside the accepted ones is refused naming it; the accepted ones alone are answered', async () => {
    for (const route of ROUTES.filter((r) => r.method === 'GET')) expect((await call(route, '')).status, route.path).toBe(200);
    const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,30}$/);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), name, async (route, parameter) => {
        fc.pre(!route.accepted.includes(parameter) && !route.path.includes(`${parameter}=`));
        const res = await call(route, `${encodeURIComponent(parameter)}=1`);
        expect(res.status).toBe(400);
        const error = route.read(res.body);
        expect(error.parameter).toBe(parameter);
        expect(error.message).toBe(`${parameter}: not a parameter of ${route.what}; it takes ${route.accepted.join(', ') || 'none'}`);
      }),
      { numRuns: 60 },
    );
    expect(await companies()).toBe(0);
  });

  it('property: on every route, a parameter it takes given twice is refused naming it, and nothing is written', async () => {
    const repeated = await call(ROUTES[3], 'name=other');
    expect(repeated.status).toBe(400);
    expect(repeated.body.errors[0]).toEqual({
      message: 'name: give name once, as one value, not 2 times',
      extensions: { code: 'BAD_USER_INPUT', parameter: 'name' },
    });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES.filter((r) => r.accepted.length > 0)), fc.nat(), fc.constantFrom('1', 'csv', 'x'), async (route, i, value) => {
        const parameter = route.accepted[i % route.accepted.length];
        const res = await call(route, `${parameter}=${value}&${parameter}=${value}`);
        expect(res.status, `${route.path} ${parameter}`).toBe(400);
        const error = route.read(res.body);
        expect(error.parameter).toBe(parameter);
        expect(error.message).toMatch(new RegExp(`^${parameter}: give ${parameter} once`));
      }),
      { numRuns: 40 },
    );
    expect(await companies()).toBe(0);
  });
});
