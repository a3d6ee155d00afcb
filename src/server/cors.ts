/**
 * Cross-origin access to every route (`/graphql`, `/feeds`, `/admin/load`, `/metrics`, `/health`,
 * `/ready`, the pages, and unknown paths alike) for browser pages served elsewhere (a dashboard,
 * a notebook), with the `cors` package. Only origins in CORS_ORIGINS (exact `scheme://host[:port]`,
 * or `*` for any) are allowed; none by default.
 * - A preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) from an allowed
 *   origin is answered 204 with `Access-Control-Allow-Origin: <origin>`, the methods GET, HEAD,
 *   POST, the request headers a client sends (content-type, authorization, x-api-key,
 *   apollo-require-preflight, x-apollo-operation-name) and `Access-Control-Max-Age: 600`.
 *   From any other origin it is answered 403 FORBIDDEN, so the browser refuses the call.
 * - Other requests pass on; from an allowed origin they carry `Access-Control-Allow-Origin` and
 *   expose `Retry-After` and `Content-Disposition`. CORS never loosens Apollo's CSRF prevention:
 *   a GraphQL GET or a non-JSON POST still needs `apollo-require-preflight`.
 * - Every response, on every route and whatever the request's Origin (allowed, refused, none),
 *   carries `Vary: Origin`, so a shared cache keeps one answer per origin.
 * No cookies are used (keys travel in headers), so credentials are never allowed.
 */
import cors from 'cors';
import type { RequestHandler } from 'express';
import { httpError } from './errors.js';

export const CORS_ALLOWED_HEADERS = ['content-type', 'authorization', 'x-api-key', 'apollo-require-preflight', 'x-apollo-operation-name'];

/** The CORS middleware for the allow-list `origins` (CORS_ORIGINS). */
export function corsMiddleware(origins: readonly string[]): RequestHandler {
  const any = origins.includes('*');
  const list = new Set(origins);
  const allowed = (origin: string | undefined) => origin !== undefined && (any || list.has(origin));
  const handler = cors({
    origin: (origin, done) => done(null, allowed(origin) ? origin : false),
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: ['retry-after', 'content-disposition'],
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
  return (req, res, next) => {
    // Whether a response carries CORS headers, or is a 403 preflight, depends on the Origin: every
    // response says so, whatever the request's Origin (allowed, refused or none), so a shared cache
    // never serves one origin's answer to another.
    res.vary('Origin');
    const origin = req.headers.origin;
    const preflight = req.method === 'OPTIONS' && origin !== undefined && req.headers['access-control-request-method'] !== undefined;
    if (preflight && !allowed(origin)) {
      return httpError(res, 403, 'FORBIDDEN', 'this origin may not call the service from a browser; the service lists the origins it allows in CORS_ORIGINS');
    }
    handler(req, res, next);
  };
}
