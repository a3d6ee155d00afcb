/**
 * The query parameters a route takes. A parameter the route does not know would silently do
 * nothing (a misspelt filter answers everything), so every route that reads its query string
 * refuses an unknown one: HTTP 400 naming it (cut to ECHO_MAX characters) and listing those the
 * route takes; a parameter given twice (`name=a&name=b`) would have one value silently dropped, so
 * it is refused too. The feeds (their parameters depend on the table), `POST /admin/load` (`name`)
 * and `GET /graphql` (`query`, `variables`, `operationName`, `extensions`) use it; routes
 * that read no query string (`/health`, `/metrics`, the pages, whose scripts read their own) ignore it.
 */
import type { RequestHandler } from 'express';
import { clip, ECHO_MAX, shownList } from './echo.js';
import { httpError } from './errors.js';

/** An unknown parameter: its name (cut to ECHO_MAX), and what is wrong, naming the other unknown ones and those the route takes. */
export interface UnknownParameter {
  parameter: string;
  reason: string;
}

/**
 * The first of `query`'s keys that `accepted` does not hold, with the message the caller gets
 * (`not a parameter of <what> (nor are …); it takes a, b`), or undefined when all are known.
 */
export function unknownParameter(query: Record<string, unknown>, accepted: readonly string[], what: string): UnknownParameter | undefined {
  const unknown = Object.keys(query).filter((k) => !accepted.includes(k));
  if (unknown.length === 0) return undefined;
  const parameter = clip(unknown[0]);
  // The others share what the first name leaves of the message's ECHO_MAX characters of caller text.
  const others = unknown.length > 1 ? ` (nor are ${shownList(unknown.slice(1), Math.max(0, ECHO_MAX - Array.from(parameter).length))})` : '';
  const takes = accepted.length ? `it takes ${accepted.join(', ')}` : 'it takes none';
  return { parameter, reason: `not a parameter of ${what}${others}; ${takes}` };
}

/**
 * The first parameter of `query` given more than once (`name=a&name=b`: only one would be read)
 * or as a structure (`name[x]=a`), with the message the caller gets; undefined when each is one value.
 */
export function repeatedParameter(query: Record<string, unknown>): UnknownParameter | undefined {
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string') continue;
    const parameter = clip(key);
    const times = Array.isArray(value) ? value.length : Object.keys(value ?? {}).length;
    return { parameter, reason: `give ${parameter} once, as one value, not ${times} times` };
  }
  return undefined;
}

/**
 * Express middleware: an unknown query parameter, or one given more than once, answers 400
 * `code` with `parameter` (see unknownParameter, repeatedParameter).
 */
export function onlyParameters(accepted: readonly string[], what: string, code = 'BAD_USER_INPUT'): RequestHandler {
  return (req, res, next) => {
    const query = req.query as Record<string, unknown>;
    const wrong = unknownParameter(query, accepted, what) ?? repeatedParameter(query);
    if (wrong) httpError(res, 400, code, `${wrong.parameter}: ${wrong.reason}`, { parameter: wrong.parameter });
    else next();
  };
}
