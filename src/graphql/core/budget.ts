/**
 * The result budget of one GraphQL request: the objects its answer holds, counted as the
 * resolvers produce them (every object in a list a resolver returns, however deep in the
 * value it returns). The estimated cost (`server/cost.ts`) refuses most large requests before
 * they run; this bounds the actual answer where the data holds more than the estimate assumed
 * (a relationship field of a hub). Once the budget is exceeded every further resolver fails at
 * once, so no more database reads are made, and the whole answer is replaced by one error:
 * HTTP 400, code RESULT_LIMIT_EXCEEDED, `extensions` { limit }. Bounding the answer also
 * bounds the time one request holds the event loop while it is shaped and serialised.
 */

import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** How deep a resolver's value is searched for lists of objects (its nested rows). */
const WALK_DEPTH = 6;

export const RESULT_LIMIT_MESSAGE = (limit: number) =>
  `The answer would hold more than ${limit} objects (GRAPHQL_MAX_RESULT_ITEMS): ask for smaller pages (first, limit), filters (year, itemId, types…), fewer nested lists, or split the query`;

export class ResultBudget {
  /** Objects counted so far. */
  items = 0;
  exceeded = false;
  constructor(readonly limit: number) {}

  /** Throws RESULT_LIMIT_EXCEEDED once the budget was exceeded (before a resolver runs). */
  check(): void {
    if (this.exceeded) throw this.error();
  }

  /** Counts the objects in the lists of `value`; throws RESULT_LIMIT_EXCEEDED beyond the limit. Returns `value`. */
  charge<T>(value: T): T {
    this.items += objectsInLists(value, WALK_DEPTH);
    if (this.items > this.limit) {
      this.exceeded = true;
      throw this.error();
    }
    return value;
  }

  private error(): GraphQLError {
    return new GraphQLError(RESULT_LIMIT_MESSAGE(this.limit), { extensions: { code: 'RESULT_LIMIT_EXCEEDED', limit: this.limit } });
  }
}

/** The number of objects held in the lists within `v`, searched `depth` levels deep. */
export function objectsInLists(v: unknown, depth: number): number {
  if (depth <= 0 || v === null || typeof v !== 'object') return 0;
  let n = 0;
  if (Array.isArray(v)) {
    for (const x of v) if (x !== null && typeof x === 'object') n += 1 + objectsInLists(x, depth - 1);
    return n;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype) return 0; // rows are plain objects; skip class instances
  for (const x of Object.values(v)) if (x !== null && typeof x === 'object') n += objectsInLists(x, depth - 1);
  return n;
}

type Resolver = (parent: unknown, args: unknown, ctx: { budget?: ResultBudget }, info: unknown) => unknown;
type ResolverMap = Record<string, Record<string, unknown>>;

/** `resolve` counting what it returns against the request's budget (and failing at once when it is spent). */
function budgeted(resolve: Resolver): Resolver {
  const wrapped: Resolver = (parent, args, ctx, info) => {
    const budget = ctx?.budget;
    if (!budget) return resolve(parent, args, ctx, info);
    budget.check();
    const out = resolve(parent, args, ctx, info);
    return out instanceof Promise ? out.then((v) => budget.charge(v)) : budget.charge(out);
  };
  return Object.assign(wrapped, resolve); // keep what resolvers carry (relationship specs)
}

/** The resolver map with every field resolver counted against the request's ResultBudget (`ctx.budget`). */
export function withResultBudget(map: ResolverMap): ResolverMap {
  return Object.fromEntries(
    Object.entries(map).map(([type, fields]) => {
      if ('serialize' in fields) return [type, fields]; // a scalar's functions
      const out = Object.fromEntries(
        Object.entries(fields).map(([name, f]) => [name, typeof f === 'function' && !name.startsWith('__') ? budgeted(f as Resolver) : f]),
      );
      return [type, out];
    }),
  );
}

/** Apollo plugin: when a request's budget was exceeded, its answer is the one RESULT_LIMIT_EXCEEDED error (HTTP 400). */
export function resultLimitPlugin(): ApolloServerPlugin<{ budget?: ResultBudget }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const budget = contextValue.budget;
          if (!budget?.exceeded || response.body.kind !== 'single') return;
          response.body.singleResult = {
            errors: [{ message: RESULT_LIMIT_MESSAGE(budget.limit), extensions: { code: 'RESULT_LIMIT_EXCEEDED', limit: budget.limit } }],
          };
          response.http.status = 400;
        },
      };
    },
  };
}
