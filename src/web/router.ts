/**
 * The web pages, offline: every script, stylesheet and font comes from this service (no CDN,
 * no web fonts), and a Content-Security-Policy keeps the pages on it.
 * - `GET /` redirects to `/playground`;
 * - `GET /playground`: GraphiQL 4 with the explorer plugin, opening on a ready example;
 * - `GET /playground/examples.json`: the example queries (examples.ts);
 * - `GET /explorer`: the graph explorer (search, dependency chains, exposure, neighbourhood);
 * - `GET /review`: the article review page (extractArticle, accept / reject / edit, loadDataset);
 * - `GET /web/<file>`: the pages' own scripts and styles (`web/`);
 * - `GET /vendor/<file>`: the browser bundles, straight from node_modules (vendor.ts).
 */
import path from 'node:path';
import express, { type NextFunction, type Response, type Router } from 'express';
import { sdl } from '../graphql/core/typedefs.js';
import { fromPackageRoot } from '../paths.js';
import { EXAMPLES_DIR, listExamples } from './examples.js';
import { vendorFiles } from './vendor.js';

export const WEB_DIR = fromPackageRoot('web');

/**
 * Inline styles are allowed (React and CodeMirror set them); scripts, connections, fonts and
 * images only from this origin (images and fonts also as data: URIs, as GraphiQL embeds them).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface WebOptions {
  /** Where the pages' own files are (default: `web/`). */
  webDir?: string;
  /** Where the example queries are (default: `examples/`). */
  examplesDir?: string;
}

/** Sends a page with the security headers; a missing file (e.g. `web/` not deployed) falls through to the 404 handler. */
function sendPage(res: Response, file: string, next: NextFunction): void {
  res.set({
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
  });
  res.sendFile(file, (err) => {
    if (err) next((err as { status?: number }).status === 404 ? undefined : err);
  });
}

/** The Express router of the pages and their assets; mount it at the root (`app.use(webRouter())`). */
export function webRouter(opts: WebOptions = {}): Router {
  const webDir = opts.webDir ?? WEB_DIR;
  const examplesDir = opts.examplesDir ?? EXAMPLES_DIR;
  const vendor = vendorFiles();
  const schemaHasChains = /\bdependencyChains\s*\(/.test(sdl);
  const router = express.Router();

  router.get('/', (_req, res) => {
    res.redirect(302, '/playground');
  });
  router.get('/playground', (_req, res, next) => {
    sendPage(res, path.join(webDir, 'playground.html'), next);
  });
  router.get('/playground/examples.json', (_req, res) => {
    res.set('cache-control', 'no-cache');
    res.json(listExamples(schemaHasChains, examplesDir));
  });
  router.get('/explorer', (_req, res, next) => {
    sendPage(res, path.join(webDir, 'explorer.html'), next);
  });
  router.get('/review', (_req, res, next) => {
    sendPage(res, path.join(webDir, 'review.html'), next);
  });
  // Only the pages' scripts and styles; the pages themselves are served above with their headers.
  router.use('/web', (req, _res, next) => next(/^\/[\w.-]+\.(js|css)$/.test(req.path) ? undefined : 'router'));
  router.use(
    '/web',
    express.static(webDir, {
      index: false,
      dotfiles: 'ignore',
      fallthrough: true,
      setHeaders: (res) => {
        res.setHeader('x-content-type-options', 'nosniff');
        res.setHeader('cache-control', 'no-cache');
      },
    }),
  );
  router.get('/vendor/:file', (req, res, next) => {
    const file = vendor.get(req.params.file);
    if (!file) {
      next();
      return;
    }
    res.set('x-content-type-options', 'nosniff');
    res.sendFile(file, { maxAge: '1d' });
  });
  return router;
}
