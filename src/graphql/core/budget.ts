/**
 * The result budget of one GraphQL request: the objects its answer holds, counted as the
 * resolvers produce them: every object in a list the answer holds, following the operation's
 * selection into what a resolver returns (a row's fields the operation does not select, or
 * that another resolver produces, are not counted: the budget counts the answer, not rows). The estimated cost (`server/cost.ts`) refuses most large requests before
 * they run; this bounds the actual answer where the data holds more than the estimate assumed
 * (a relationship field of a hub). Once the budget is exceeded every further resolver fails at
 * once, so no more database reads are made, and the whole answer is replaced by one error:
 * HTTP 400, code RESULT_LIMIT_EXCEEDED, `extensions` { limit }. Bounding the answer also
 * bounds the time one request holds the event loop while it is shaped and serialised.
 */

import type { ApolloServerPlugin } from '@apollo/server';
import {
  type FieldNode,
  GraphQLError,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  getNamedType,
  getNullableType,
  isAbstractType,
  isListType,
  isObjectType,
} from 'graphql';
import { collectFields, type SelectionContext } from '../entities/selection.js';
import { mapFieldResolvers, type ResolverMap } from './resolver-map.js';

/** How deep a value is searched for lists of objects when no selection tells what the answer holds. */
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

  /**
   * Counts the objects `value` puts into the answer (`info`: the field that returned it; without
   * it, every object in every list of `value`); throws RESULT_LIMIT_EXCEEDED beyond the limit. Returns `value`.
   */
  charge<T>(value: T, info?: GraphQLResolveInfo): T {
    this.items += info ? objectsInAnswer(value, info) : objectsInLists(value, WALK_DEPTH);
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

/** A selected field of an object type: the name it is read by, its type, its sub-selection; `own`: a resolver produces it (and charges it). */
interface Selected {
  key: string;
  name: string;
  type: GraphQLOutputType;
  nodes: readonly FieldNode[];
  own: boolean;
}

/** The selected fields of `type`'s objects (an abstract type: of all its possible types). */
function selectedFields(ctx: SelectionContext, type: GraphQLObjectType | GraphQLOutputType, nodes: readonly FieldNode[]): Selected[] {
  const named = getNamedType(type);
  const objects: readonly GraphQLObjectType[] = isAbstractType(named) ? ctx.schema.getPossibleTypes(named) : isObjectType(named) ? [named] : [];
  const out = new Map<string, Selected>();
  for (const o of objects) {
    const defs = o.getFields();
    for (const [key, fieldNodes] of collectFields(ctx, o, nodes)) {
      const name = fieldNodes[0].name.value;
      const def = defs[name];
      if (!def || !fieldNodes[0].selectionSet) continue; // scalars and __typename hold no objects
      const prev = out.get(key);
      out.set(key, { key, name, type: def.type, nodes: fieldNodes, own: !!def.resolve || !!prev?.own });
    }
  }
  return [...out.values()];
}

/**
 * The selected fields per field-node list and type. graphql-js makes a field's node list once
 * per execution and shares it between every object of a list (so do the plans below it), and
 * an execution's fragments and variables are fixed: a plan made for one parent serves its
 * siblings (the 160 figures of each of 17 countries are planned once, not 17 times), and is
 * dropped with the execution.
 */
const plans = new WeakMap<readonly FieldNode[], Map<GraphQLOutputType, Selected[]>>();

/**
 * The objects `value` (what the field of `info` returned) puts into the answer: every object of
 * every list, following the selection; fields with their own resolver are left to them.
 */
export function objectsInAnswer(value: unknown, info: GraphQLResolveInfo): number {
  const ctx: SelectionContext = { schema: info.schema, fragments: info.fragments, variableValues: info.variableValues };
  const plan = (type: GraphQLOutputType, nodes: readonly FieldNode[]) => {
    const byType = plans.get(nodes) ?? plans.set(nodes, new Map()).get(nodes)!;
    return byType.get(type) ?? byType.set(type, selectedFields(ctx, type, nodes)).get(type)!;
  };
  const walk = (v: unknown, type: GraphQLOutputType, nodes: readonly FieldNode[], inList: boolean): number => {
    if (v === null || v === undefined || typeof v !== 'object') return 0;
    const t = getNullableType(type) as GraphQLOutputType;
    if (isListType(t)) {
      let n = 0;
      for (const x of v as Iterable<unknown>) n += walk(x, t.ofType, nodes, true);
      return n;
    }
    let n = inList ? 1 : 0;
    for (const f of plan(t, nodes)) if (!f.own) n += walk((v as Record<string, unknown>)[f.name], f.type, f.nodes, false);
    return n;
  };
  return walk(value, info.returnType, info.fieldNodes, false);
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

type Resolver = (parent: unknown, args: unknown, ctx: { budget?: ResultBudget }, info: GraphQLResolveInfo) => unknown;
/** `resolve` counting what it returns against the request's budget (and failing at once when it is spent). */
function budgeted(resolve: Resolver): Resolver {
  const wrapped: Resolver = (parent, args, ctx, info) => {
    const budget = ctx?.budget;
    if (!budget) return resolve(parent, args, ctx, info);
    budget.check();
    const out = resolve(parent, args, ctx, info);
    return out instanceof Promise ? out.then((v) => budget.charge(v, info)) : budget.charge(out, info);
  };
  return Object.assign(wrapped, resolve); // keep what resolvers carry (relationship specs)
}

/** The resolver map with every field resolver counted against the request's ResultBudget (`ctx.budget`). */
export const withResultBudget = (map: ResolverMap): ResolverMap => mapFieldResolvers(map, budgeted);

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
