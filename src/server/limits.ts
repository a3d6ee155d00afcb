/**
 * Query limits on /graphql, from configuration: graphql-armor's validation rules for selection
 * depth, aliases, directives and estimated cost, and a token limit on parsing. Rejected
 * operations get HTTP 400 with a message naming the limit (codes GRAPHQL_VALIDATION_FAILED,
 * or GRAPHQL_PARSE_FAILED for tokens). Introspection counts like any other query: the
 * defaults let GraphiQL's full introspection query (depth 15, cost about 15,600) through.
 *
 * Tokens are limited by graphql-js's own `parseOptions.maxTokens` rather than armor's
 * max-tokens plugin: that plugin throws from `parsingDidStart`, which Apollo Server 5 answers
 * with HTTP 500; graphql-js's limit is a syntax error, answered with 400.
 * Page sizes and traversal depth are bounded by the resolvers; every Neo4j transaction has
 * NEO4J_TX_TIMEOUT_MS.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
}

/** The limits of the configuration's GRAPHQL_MAX_* variables. */
export function limitsFromConfig(c: {
  GRAPHQL_MAX_DEPTH: number;
  GRAPHQL_MAX_ALIASES: number;
  GRAPHQL_MAX_TOKENS: number;
  GRAPHQL_MAX_DIRECTIVES: number;
  GRAPHQL_MAX_COST: number;
}): QueryLimits {
  return {
    maxDepth: c.GRAPHQL_MAX_DEPTH,
    maxAliases: c.GRAPHQL_MAX_ALIASES,
    maxTokens: c.GRAPHQL_MAX_TOKENS,
    maxDirectives: c.GRAPHQL_MAX_DIRECTIVES,
    maxCost: c.GRAPHQL_MAX_COST,
  };
}

/**
 * Apollo Server options enforcing `limits`: validation rules and plugins from graphql-armor,
 * the parser's token limit, batching off. `hideSuggestions` masks "Did you mean …" hints.
 */
export function apolloLimits(limits: QueryLimits, hideSuggestions: boolean): {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  parseOptions: { maxTokens: number };
  allowBatchedHttpRequests: false;
} {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: false, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: false, flattenFragments: true },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: hideSuggestions },
  });
  const { validationRules, plugins } = armor.protect();
  return {
    validationRules: validationRules as ValidationRule[],
    plugins: plugins as ApolloServerPlugin[],
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: false,
  };
}
