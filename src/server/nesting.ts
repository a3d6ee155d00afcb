/**
 * Express middleware refusing JSON input nested deeper than MAX_NESTING (model/nesting.ts) with
 * HTTP 400 BAD_REQUEST, before any handler walks it: the parsed body of a POST, and on GET the
 * `variables` and `extensions` parameters, which Apollo parses itself (text that is not JSON is
 * left for Apollo to refuse). Without it, a 10 KB body nesting an unused variable 5,000 levels
 * deep overflowed the stack in the cost estimate and was answered 500. On /graphql, the query's
 * own text too: graphql-js parses nested list and object values recursively, and a list literal
 * some 2,000 levels deep (within the token limit) was refused with "Maximum call stack size
 * exceeded"; one nested deeper than MAX_QUERY_NESTING brackets, braces and parentheses in all is
 * refused 400 GRAPHQL_PARSE_FAILED saying so.
 */
import type { RequestHandler } from 'express';
import { Lexer, Source, TokenKind } from 'graphql';
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

/**
 * The most brackets, braces and parentheses a GraphQL document may nest, all kinds together:
 * room for selection sets (GRAPHQL_MAX_DEPTH, 15 by default), arguments and MAX_NESTING levels
 * of list and object values.
 */
export const MAX_QUERY_NESTING = 2 * MAX_NESTING;

const OPEN = new Set<string>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSE = new Set<string>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/**
 * True when the GraphQL document `text` nests brackets, braces and parentheses deeper than
 * `max`, read token by token with graphql-js's lexer (iterative: strings and comments are not
 * counted). A document with more than `maxTokens` tokens, or one the lexer cannot read, is left
 * to the parser, which refuses it with its own message: false.
 */
export function queryNestedBeyond(text: string, max: number, maxTokens: number): boolean {
  const lexer = new Lexer(new Source(text));
  let depth = 0;
  try {
    for (let t = lexer.advance(), n = 1; t.kind !== TokenKind.EOF && n <= maxTokens; t = lexer.advance(), n++) {
      if (OPEN.has(t.kind)) {
        if (++depth > max) return true;
      } else if (CLOSE.has(t.kind)) depth--;
    }
  } catch {
    // A syntax error: the parser reports it.
  }
  return false;
}

/** The GraphQL document of a request: `query` of a POST body or of a GET's parameters. */
function queryText(req: Parameters<RequestHandler>[0]): string | undefined {
  const query = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
  return typeof query === 'string' ? query : undefined;
}

/**
 * Refuses (400 BAD_REQUEST, naming where) a request whose JSON nests arrays and objects deeper
 * than MAX_NESTING levels; with `maxQueryTokens` (on /graphql: GRAPHQL_MAX_TOKENS), also one whose
 * GraphQL document nests deeper than MAX_QUERY_NESTING (400 GRAPHQL_PARSE_FAILED).
 */
export function refuseDeepNesting(maxQueryTokens?: number): RequestHandler {
  return (req, res, next) => {
    const query = queryText(req);
    if (maxQueryTokens !== undefined && query !== undefined && queryNestedBeyond(query, MAX_QUERY_NESTING, maxQueryTokens)) {
      return httpError(
        res,
        400,
        'GRAPHQL_PARSE_FAILED',
        `the query nests brackets, braces and parentheses deeper than ${MAX_QUERY_NESTING} levels; a selection is at most GRAPHQL_MAX_DEPTH deep and a value ${MAX_NESTING} levels`,
      );
    }
    for (const [what, value] of jsonInputs(req)) {
      const path = nestedBeyond(value);
      if (path) {
        // The first keys and indexes of the path, each cut short (the rest are the levels beyond).
        const shown = path.slice(0, 4).map((k) => clip(k, 20));
        const where = path.length ? ` (at ${shown.join('.')}${path.length > 4 ? '…' : ''})` : '';
        return httpError(
          res,
          400,
          'BAD_REQUEST',
          `${what} nests arrays and objects deeper than ${MAX_NESTING} levels${where}; no input of this service needs as many`,
        );
      }
    }
    next();
  };
}
