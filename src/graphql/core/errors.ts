/**
 * GraphQL errors with stable codes (in `extensions.code`): NOT_FOUND, BAD_USER_INPUT,
 * DATABASE_UNAVAILABLE, INTEGER_OUT_OF_RANGE. Messages say what was wrong and what is expected.
 */
import { GraphQLError } from 'graphql';

export const notFound = (what: string) => new GraphQLError(`${what} not found`, { extensions: { code: 'NOT_FOUND' } });

export const badInput = (message: string, argument?: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
