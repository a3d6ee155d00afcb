/**
 * GraphQL errors with stable codes (in `extensions.code`): NOT_FOUND, BAD_USER_INPUT,
 * DATABASE_UNAVAILABLE, INTEGER_OUT_OF_RANGE. Messages say what was wrong and what is expected.
 */
import { GraphQLError } from 'graphql';
import { clip } from '../../server/echo.js';

/**
 * NOT_FOUND for `what` (`Metal metal:xyz`, `measure measure:…`); the caller's part of it (an id
 * as sent) is cut to ECHO_MAX characters, so an unknown id of any length gives a short message.
 */
export const notFound = (what: string) => new GraphQLError(`${clipWords(what)} not found`, { extensions: { code: 'NOT_FOUND' } });

/** Each space-separated word of `text` cut to ECHO_MAX characters. */
const clipWords = (text: string) =>
  text
    .split(' ')
    .map((w) => clip(w))
    .join(' ');

export const badInput = (message: string, argument?: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
