/**
 * Serving behind proxies and to other origins, through HTTP:
 * - kept-alive connections outlast common load-balancer idle timeouts (65 s by default, configurable);
 * - CORS: preflights from allowed origins answered 204 with the CORS headers, refused ones 403
 *   on every route,
 *   nothing allowed by default; Apollo's CSRF prevention still refuses simple cross-site requests;
 * - nothing internal (addresses, driver messages) reaches callers by default: /ready and the
 *   feeds answer with what failed only, with the details where ERROR_DETAILS asks for them.
 */
import http from 'node:http';
import net from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, connectionsCheckingIntervalMs, loadConfig } from '../src/config.js';
import { Db } from '../src/neo4j/db.js';
import { freePort } from '../src/neo4j/local.js';
import type { RunningApp } from '../src/server/app.js';
import { useBundledApp } from './support/bundled-app.js';
import { startTestApp } from './support/server.js';

const app = useBundledApp();
const DASHBOARD = 'https://dashboard.example.org';
let cors: RunningApp;

beforeAll(async () => {
  cors = await startTestApp(app.db, { config: { CORS_ORIGINS: [DASHBOARD, 'http://localhost:8888'] } });
});
afterAll(async () => {
  await cors.stop();
});

/** One request over a plain connection, so the Keep-Alive header is visible. */
function rawGet(url: string): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const agent = new http.Agent({ keepAlive: true });
    http
      .get(url, { agent }, (res) => {
        res.resume();
        res.on('end', () => agent.destroy());
        resolve(res);
      })
      .on('error', reject);
  });
}

const preflight = (url: string, origin: string, method = 'POST', headers = 'content-type') =>
  fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers } });

describe('HTTP keep-alive', () => {
  it('keeps idle connections 65 s by default (longer than a 60 s load-balancer idle timeout), and as configured', async () => {
    expect((await rawGet(`${app.url}/health`)).headers['keep-alive']).toBe('timeout=65');
    const config = loadConfig({});
    expect([config.HTTP_KEEP_ALIVE_TIMEOUT_MS, config.HTTP_HEADERS_TIMEOUT_MS]).toEqual([65_000, 66_000]);
    const longer = await startTestApp(app.db, { config: { HTTP_KEEP_ALIVE_TIMEOUT_MS: 120_000, HTTP_HEADERS_TIMEOUT_MS: 121_000 } });
    try {
      expect((await rawGet(`${longer.url}/health`)).headers['keep-alive']).toBe('timeout=120');
    } finally {
      await longer.stop();
    }
  });

  it('refuses a headers timeout that does not exceed the keep-alive timeout', () => {
    expect(() => loadConfig({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '70000', HTTP_HEADERS_TIMEOUT_MS: '60000' })).toThrow(
      'HTTP_HEADERS_TIMEOUT_MS: HTTP_HEADERS_TIMEOUT_MS must be larger than HTTP_KEEP_ALIVE_TIMEOUT_MS, but HTTP_HEADERS_TIMEOUT_MS=60000 (set) and HTTP_KEEP_ALIVE_TIMEOUT_MS=70000 (set) are in effect',
    );
  });
});

/**
 * Opens a raw connection, writes `head` and then one of `trickle` a second, and resolves with the
 * status line the server answers and the ms from the first byte to that answer.
 */
function slowSender(url: string, head: string, trickle: (i: number) => string): Promise<{ status: string; ms: number }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let answer = '';
    const socket = net.connect(Number(port), hostname, () => socket.write(head));
    let i = 0;
    const timer = setInterval(() => socket.writable && socket.write(trickle(i++)), 1000);
    const done = () => {
      clearInterval(timer);
      resolve({ status: answer.split('\r\n')[0], ms: performance.now() - started });
    };
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
    });
    socket.on('close', done);
    socket.on('error', (err) => {
      clearInterval(timer);
      if (answer) done();
      else reject(err);
    });
  });
}

describe('slow senders', () => {
  const timeouts = { HTTP_KEEP_ALIVE_TIMEOUT_MS: 3000, HTTP_HEADERS_TIMEOUT_MS: 4000, HTTP_REQUEST_TIMEOUT_MS: 6000 };
  // The server looks for late connections every 400 ms here; the rest of the margin is the event loop's.
  const MARGIN_MS = 900;
  let strict: RunningApp;
  beforeAll(async () => {
    strict = await startTestApp(app.db, { config: timeouts });
  });
  afterAll(async () => {
    await strict.stop();
  });

  it('answers 408 to a client trickling one header line a second, within the headers timeout and a small margin', async () => {
    const { status, ms } = await slowSender(strict.url, 'GET /health HTTP/1.1\r\nHost: localhost\r\n', (i) => `X-Slow-${i}: 1\r\n`);
    expect(status).toBe('HTTP/1.1 408 Request Timeout');
    expect(ms).toBeGreaterThanOrEqual(timeouts.HTTP_HEADERS_TIMEOUT_MS - 50);
    expect(ms).toBeLessThan(timeouts.HTTP_HEADERS_TIMEOUT_MS + MARGIN_MS);
  });

  it('answers 408 to a client trickling its body one byte a second, within the request timeout and a small margin', async () => {
    const head = 'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{';
    const { status, ms } = await slowSender(strict.url, head, () => ' ');
    expect(status).toBe('HTTP/1.1 408 Request Timeout');
    expect(ms).toBeGreaterThanOrEqual(timeouts.HTTP_REQUEST_TIMEOUT_MS - 50);
    expect(ms).toBeLessThan(timeouts.HTTP_REQUEST_TIMEOUT_MS + MARGIN_MS);
  });

  it('still serves a client that sends its request in time', async () => {
    expect((await rawGet(`${strict.url}/health`)).statusCode).toBe(200);
  });

  it('checks connections every tenth of the smaller timeout, between 50 ms and 1 s', () => {
    expect(connectionsCheckingIntervalMs(timeouts)).toBe(400);
    expect(connectionsCheckingIntervalMs(loadConfig({}))).toBe(1000);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 600_000 }), fc.integer({ min: 1, max: 600_000 }), (a, b) => {
        const ms = connectionsCheckingIntervalMs({ HTTP_HEADERS_TIMEOUT_MS: Math.min(a, b), HTTP_REQUEST_TIMEOUT_MS: Math.max(a, b) });
        return ms >= 50 && ms <= 1000 && (ms === 50 || ms <= Math.min(a, b) / 10);
      }),
    );
  });

  it('refuses a headers timeout longer than the request timeout', () => {
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '70000', HTTP_REQUEST_TIMEOUT_MS: '68000' })).toThrow(
      'HTTP_REQUEST_TIMEOUT_MS: HTTP_REQUEST_TIMEOUT_MS must be at least HTTP_HEADERS_TIMEOUT_MS, but HTTP_REQUEST_TIMEOUT_MS=68000 (set) and HTTP_HEADERS_TIMEOUT_MS=70000 (set) are in effect',
    );
  });
});

describe('CORS', () => {
  it('answers a preflight from an allowed origin for /graphql and the feeds', async () => {
    for (const [path, method] of [
      ['/graphql', 'POST'],
      ['/feeds/production.csv', 'GET'],
    ]) {
      const res = await preflight(`${cors.url}${path}`, DASHBOARD, method, 'content-type,x-api-key');
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
      expect(res.headers.get('access-control-allow-methods')).toBe('GET,HEAD,POST');
      expect(res.headers.get('access-control-allow-headers')).toBe('content-type,authorization,x-api-key,apollo-require-preflight,x-apollo-operation-name');
      expect(res.headers.get('access-control-max-age')).toBe('600');
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      expect(res.headers.get('vary')).toMatch(/Origin/);
    }
  });

  it('lets the allowed origin read answers; other origins get no CORS headers', async () => {
    const post = (origin: string) =>
      fetch(`${cors.url}/graphql`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ node(id: "metal:gallium") { id } }' }),
      });
    const ok = await post('http://localhost:8888');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:8888');
    expect((await ok.json()).data).toEqual({ node: { id: 'metal:gallium' } });
    const other = await post('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();

    const feed = await fetch(`${cors.url}/feeds/production.csv?country=KZ&year=2024`, { headers: { origin: DASHBOARD } });
    expect(feed.status).toBe(200);
    expect(feed.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(feed.headers.get('access-control-expose-headers')).toBe('retry-after,content-disposition');
  });

  it('refuses preflights from other origins with 403, and from every origin by default', async () => {
    for (const url of [cors.url, app.url]) {
      const res = await preflight(`${url}/graphql`, 'https://evil.example');
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect((await res.json()).errors[0].extensions.code).toBe('FORBIDDEN');
    }
    // The feeds answer in their own error shape (docs/bi-feeds.md), not GraphQL's.
    const feed = await preflight(`${app.url}/feeds/production`, DASHBOARD, 'GET');
    expect(feed.status).toBe(403);
    expect(await feed.json()).toEqual({
      error: { code: 'FORBIDDEN', message: 'this origin may not call the service from a browser; the service lists the origins it allows in CORS_ORIGINS' },
    });
    // An origin differs by scheme and port: http://dashboard.example.org is not allowed.
    expect((await preflight(`${cors.url}/graphql`, 'http://dashboard.example.org')).status).toBe(403);
  });

  it('answers preflights on every route by the same allow-list: /admin/load and /metrics as /graphql, unknown paths too', async () => {
    const routes = ['/admin/load', '/metrics', '/health', '/ready', '/playground', '/explorer', '/review', '/graphql', '/feeds', '/feeds/nodes.json'];
    const foreign = fc
      .webUrl({ withQueryParameters: false, withFragments: false })
      .map((u) => new URL(u).origin)
      .filter((o) => o !== DASHBOARD && o !== 'http://localhost:8888');
    const route = fc.oneof(
      fc.constantFrom(...routes),
      fc.webPath().map((p) => `/${p.replace(/^\/+/, '')}`),
    );
    await fc.assert(
      fc.asyncProperty(route, foreign, fc.constantFrom('GET', 'POST', 'HEAD'), async (path, origin, method) => {
        const refused = await preflight(`${cors.url}${path}`, origin, method);
        expect(refused.status).toBe(403);
        expect(refused.headers.get('access-control-allow-origin')).toBeNull();
        const allowed = await preflight(`${cors.url}${path}`, DASHBOARD, method);
        expect(allowed.status).toBe(204);
        expect(allowed.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
        expect(allowed.headers.get('access-control-allow-methods')).toBe('GET,HEAD,POST');
      }),
      { numRuns: 40 },
    );
    // The examples, by default (no origin allowed): 403 in the GraphQL error shape, not Express's 200.
    for (const path of ['/admin/load', '/metrics']) {
      const res = await preflight(`${app.url}${path}`, 'https://evil.example');
      expect(res.status).toBe(403);
      expect((await res.json()).errors[0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('says Vary: Origin on every route, method and origin kind (allowed, refused, none, "null"), allowed origins or not', async () => {
    const q = encodeURIComponent('{ __typename }');
    const requests: Array<[string, string, RequestInit]> = [
      ['GET', `/graphql?query=${q}`, { headers: { 'apollo-require-preflight': 'true' } }],
      ['GET', `/graphql?query=${q}`, {}], // refused by CSRF prevention
      ['POST', '/graphql', { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) }],
      ['POST', '/graphql', { headers: { 'content-type': 'application/json' }, body: '{' }],
      ['GET', '/feeds', {}],
      ['GET', '/feeds/production.csv?country=KZ&year=2024', {}],
      ['GET', '/feeds/production.csv?color=red', {}],
      ['HEAD', '/feeds/nodes.json?label=Country', {}],
      ['POST', '/admin/load', { headers: { 'content-type': 'application/json' }, body: '{}' }],
      ['GET', '/metrics', {}],
      ['GET', '/health', {}],
      ['GET', '/ready', {}],
      ['GET', '/', { redirect: 'manual' }],
      ['GET', '/playground', {}],
      ['GET', '/playground/examples.json', {}],
      ['GET', '/explorer', {}],
      ['GET', '/review', {}],
      ['GET', '/web/site.css', {}],
      ['GET', '/no/such/route', {}],
      ['OPTIONS', '/graphql', {}],
    ];
    const star = await startTestApp(app.db, { config: { CORS_ORIGINS: ['*'] } });
    try {
      for (const url of [cors.url, app.url, star.url]) {
        for (const [method, path, init] of requests) {
          for (const origin of [DASHBOARD, 'https://evil.example', undefined, 'null']) {
            const headers = { ...(init.headers as Record<string, string> | undefined), ...(origin ? { origin } : {}) };
            const res = await fetch(`${url}${path}`, { ...init, method, headers });
            await res.arrayBuffer();
            expect(res.status, `${method} ${path} from ${origin}`).toBeLessThan(500);
            expect(res.headers.get('vary')?.split(/\s*,\s*/), `${method} ${path} from ${origin} on ${url}`).toContain('Origin');
          }
          // Preflights, allowed and refused, say so too.
          for (const origin of [DASHBOARD, 'https://evil.example']) {
            const res = await preflight(`${url}${path.split('?')[0]}`, origin, method === 'OPTIONS' ? 'POST' : method);
            await res.arrayBuffer();
            expect(res.headers.get('vary')?.split(/\s*,\s*/), `preflight ${path} from ${origin}`).toContain('Origin');
          }
        }
      }
    } finally {
      await star.stop();
    }
  });

  it('keeps CSRF prevention: a simple cross-site GraphQL request is refused, even from an allowed origin', async () => {
    const get = await fetch(`${cors.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: DASHBOARD } });
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/cross-site request forgery/i);
    const form = await fetch(`${cors.url}/graphql`, {
      method: 'POST',
      headers: { origin: DASHBOARD, 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(form.status).toBe(400);
    const withHeader = await fetch(`${cors.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { origin: DASHBOARD, 'apollo-require-preflight': 'true' },
    });
    expect(await withHeader.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('CORS_ORIGINS takes exact origins or *, and says what is wrong otherwise', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, http://localhost:8888' }).CORS_ORIGINS).toEqual(['https://a.example', 'http://localhost:8888']);
    expect(loadConfig({ CORS_ORIGINS: '*' }).CORS_ORIGINS).toEqual(['*']);
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    for (const bad of ['https://a.example/', 'https://a.example/app', 'a.example', 'ftp://a.example']) {
      expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(ConfigError);
    }
  });
});

describe('errors out of the box', () => {
  it('ERROR_DETAILS is off unless set', () => {
    expect(loadConfig({}).ERROR_DETAILS).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).ERROR_DETAILS).toBe(false);
    expect(loadConfig({ ERROR_DETAILS: 'true' }).ERROR_DETAILS).toBe(true);
  });

  it('/ready and the feeds say what failed, without addresses or driver messages; details only on request', async () => {
    const deadPort = await freePort();
    const dead = new Db({ uri: `bolt://127.0.0.1:${deadPort}`, username: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 2_000 });
    const hidden = await startTestApp(dead, { production: true, config: { RETRY_AFTER_SECONDS: 7 } });
    const shown = await startTestApp(dead, { production: false });
    try {
      const ready = await fetch(`${hidden.url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'Neo4j unreachable' });
      const feed = await fetch(`${hidden.url}/feeds/production`);
      expect(feed.status).toBe(503);
      expect(feed.headers.get('retry-after')).toBe('7');
      expect(await feed.json()).toEqual({ error: { code: 'DATABASE_UNAVAILABLE', message: 'The database is unavailable; retry later' } });
      const detailed = await (await fetch(`${shown.url}/ready`)).json();
      expect(detailed.reason).toContain(`Neo4j unreachable at bolt://127.0.0.1:${deadPort}: `);
    } finally {
      await hidden.stop();
      await shown.stop();
      await dead.close();
    }
  });
});
