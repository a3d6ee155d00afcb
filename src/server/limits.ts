/**
 * Query limits on /graphql, from configuration: graphql-armor's validation rules for selection
 * depth, aliases and directives, and a token limit on parsing (HTTP 400 with a message naming
 * the limit; codes GRAPHQL_VALIDATION_FAILED, or GRAPHQL_PARSE_FAILED for tokens); the
 * estimated cost of `cost.ts`, which grows with list sizes and traversal bounds (HTTP 400,
 * COST_LIMIT_EXCEEDED); and the result budget of `graphql/core/budget.ts` (HTTP 400,
 * RESULT_LIMIT_EXCEEDED). The defaults let GraphiQL's full introspection query (depth 15)
 * through; introspection costs nothing in the estimate.
 *
 * Tokens are limited by graphql-js's own `parseOptions.maxTokens` rather than armor's
 * max-tokens plugin: that plugin throws from `parsingDidStart`, which Apollo Server 5 answers
 * with HTTP 500; graphql-js's limit is a syntax error, answered with 400.
 * Page sizes and traversal depth are bounded by the resolvers; every Neo4j transaction has
 * NEO4J_TX_TIMEOUT_MS.
 */

import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';
import { resultLimitPlugin } from '../graphql/core/budget.js';
import { costLimitPlugin } from './cost.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  /** Estimated cost from which a request is heavy, and how many heavy ones run at a time. */
  heavyCost: number;
  heavyConcurrency: number;
  /** Heavy requests allowed to wait at once, and the longest wait in ms; beyond, 503 with Retry-After `retryAfterSeconds`. */
  heavyMaxWaiting: number;
  heavyMaxWaitMs: number;
  retryAfterSeconds: number;
  assumedListSize: number;
  maxResultItems: number;
}

/** The limits of the configuration's GRAPHQL_MAX_* variables. */
export function limitsFromConfig(c: {
  GRAPHQL_MAX_DEPTH: number;
  GRAPHQL_MAX_ALIASES: number;
  GRAPHQL_MAX_TOKENS: number;
  GRAPHQL_MAX_DIRECTIVES: number;
  GRAPHQL_MAX_COST: number;
  GRAPHQL_HEAVY_COST: number;
  GRAPHQL_HEAVY_CONCURRENCY: number;
  GRAPHQL_HEAVY_MAX_WAITING: number;
  GRAPHQL_HEAVY_MAX_WAIT_MS: number;
  RETRY_AFTER_SECONDS: number;
  GRAPHQL_ASSUMED_LIST_SIZE: number;
  GRAPHQL_MAX_RESULT_ITEMS: number;
}): QueryLimits {
  return {
    maxDepth: c.GRAPHQL_MAX_DEPTH,
    maxAliases: c.GRAPHQL_MAX_ALIASES,
    maxTokens: c.GRAPHQL_MAX_TOKENS,
    maxDirectives: c.GRAPHQL_MAX_DIRECTIVES,
    maxCost: c.GRAPHQL_MAX_COST,
    heavyCost: c.GRAPHQL_HEAVY_COST,
    heavyConcurrency: c.GRAPHQL_HEAVY_CONCURRENCY,
    heavyMaxWaiting: c.GRAPHQL_HEAVY_MAX_WAITING,
    heavyMaxWaitMs: c.GRAPHQL_HEAVY_MAX_WAIT_MS,
    retryAfterSeconds: c.RETRY_AFTER_SECONDS,
    assumedListSize: c.GRAPHQL_ASSUMED_LIST_SIZE,
    maxResultItems: c.GRAPHQL_MAX_RESULT_ITEMS,
  };
}

/**
 * Apollo Server options enforcing `limits`: validation rules and plugins from graphql-armor,
 * the cost and result-budget plugins, the parser's token limit, batching off (the context's
 * ResultBudget is made with `limits.maxResultItems`). `hideSuggestions` masks "Did you mean …" hints.
 */
export function apolloLimits(
  limits: QueryLimits,
  hideSuggestions: boolean,
): {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  parseOptions: { maxTokens: number };
  allowBatchedHttpRequests: false;
} {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: false, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { enabled: false }, // replaced by cost.ts, which reads list sizes
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: hideSuggestions },
  });
  const { validationRules, plugins } = armor.protect();
  return {
    validationRules: validationRules as ValidationRule[],
    plugins: [
      ...(plugins as ApolloServerPlugin[]),
      costLimitPlugin(limits.maxCost, limits.assumedListSize, {
        cost: limits.heavyCost,
        concurrency: limits.heavyConcurrency,
        maxWaiting: limits.heavyMaxWaiting,
        maxWaitMs: limits.heavyMaxWaitMs,
        retryAfterSeconds: limits.retryAfterSeconds,
      }),
      resultLimitPlugin() as ApolloServerPlugin,
    ],
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: false,
  };
}
