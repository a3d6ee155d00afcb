/**
 * Express middleware refusing JSON input nested deeper than MAX_NESTING (model/nesting.ts) with
 * HTTP 400 BAD_REQUEST, before any handler walks it: the parsed body of a POST, and on GET the
 * `variables` and `extensions` parameters, which Apollo parses itself (text that is not JSON is
 * left for Apollo to refuse). Without it, a 10 KB body nesting an unused variable 5,000 levels
 * deep overflowed the stack in the cost estimate and was answered 500.
 */
import type { RequestHandler } from 'express';
import { MAX_NESTING, nestedBeyond } from '../model/nesting.js';
import { clip } from './echo.js';
import { httpError } from './errors.js';

/** The JSON values of a request: its parsed body, or on GET the JSON query parameters. */
function jsonInputs(req: Parameters<RequestHandler>[0]): Array<[what: string, value: unknown]> {
  if (req.method !== 'GET') return req.body === undefined ? [] : [['the request body', req.body]];
  const out: Array<[string, unknown]> = [];
  for (const name of ['variables', 'extensions']) {
    const text = req.query[name];
    if (typeof text !== 'string') continue;
    try {
      out.push([`the ${name} parameter`, JSON.parse(text)]);
    } catch {
      // Not JSON: Apollo answers that (400).
    }
  }
  return out;
}

/** Refuses (400 BAD_REQUEST, naming where) a request whose JSON nests arrays and objects deeper than `max` levels. */
export function refuseDeepNesting(max = MAX_NESTING): RequestHandler {
  return (req, res, next) => {
    for (const [what, value] of jsonInputs(req)) {
      const path = nestedBeyond(value, max);
      if (path) {
        const where = path.length ? ` (at ${clip(path.join('.'))})` : '';
        return httpError(res, 400, 'BAD_REQUEST', `${what} nests arrays and objects deeper than ${max} levels${where}; no input of this service needs as many`);
      }
    }
    next();
  };
}
