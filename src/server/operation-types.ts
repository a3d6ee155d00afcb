/**
 * Refuses, at validation, an operation whose type the schema does not have (a `subscription`:
 * the schema has Query and Mutation only). graphql-js 16 validates no such rule and refuses the
 * operation only when executing it, with HTTP 200 and an error without a code, which reads as the
 * service's own failure. Here it is the client's mistake: HTTP 400, GRAPHQL_VALIDATION_FAILED,
 * with the operation types the schema has.
 */
import { GraphQLError, type OperationTypeNode, type ValidationRule } from 'graphql';

export const KnownOperationTypesRule: ValidationRule = (context) => {
  const schema = context.getSchema();
  const roots: Record<OperationTypeNode, unknown> = {
    query: schema.getQueryType(),
    mutation: schema.getMutationType(),
    subscription: schema.getSubscriptionType(),
  } as Record<OperationTypeNode, unknown>;
  const known = (Object.keys(roots) as OperationTypeNode[]).filter((t) => roots[t]);
  return {
    OperationDefinition(node) {
      if (roots[node.operation]) return;
      context.reportError(
        new GraphQLError(`This service does not support ${node.operation} operations; it takes ${known.join(' and ')} operations.`, { nodes: node }),
      );
    },
  };
};
