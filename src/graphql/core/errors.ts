/**
 * GraphQL errors with stable codes (in `extensions.code`): NOT_FOUND, BAD_USER_INPUT,
 * DATABASE_UNAVAILABLE, INTEGER_OUT_OF_RANGE. Messages say what was wrong and what is expected.
 */
import { GraphQLError } from 'graphql';
import { clipAll } from '../../server/echo.js';

/**
 * NOT_FOUND for the `ids` (as the caller sent them) of `kind` (`Metal`, `measure`): `Metal
 * metal:xyz not found`, `Country country:XX, country:YY not found`. The ids share ECHO_MAX
 * characters, so unknown ids of any length and number give a short message. `argument` (in
 * `extensions.argument`, as BAD_USER_INPUT gives it) is the path of the argument whose id names
 * nothing, with list indices as sent: `fromId`, `excludeCountries[2]`, `addSupply[1].countryId`,
 * `fact.relationship.to`; when several ids are missing, the first one's.
 */
export const notFound = (kind: string, ids: string | readonly string[], argument: string) =>
  new GraphQLError(`${[kind, clipAll(typeof ids === 'string' ? [ids] : ids).join(', ')].filter(Boolean).join(' ')} not found`, {
    extensions: { code: 'NOT_FOUND', argument },
  });

export const badInput = (message: string, argument?: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
