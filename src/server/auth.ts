/**
 * API keys and roles. A client sends its key as `Authorization: Bearer <key>` or `x-api-key`;
 * the key is compared in constant time (SHA-256 digests of equal length through
 * `crypto.timingSafeEqual`, against every configured key) and never logged or echoed.
 * Roles rank reader < editor < admin: each may do what the weaker ones may.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { type ApiKey, ROLES, type Role } from '../config.js';
import { clip } from './echo.js';
import { httpError } from './errors.js';

/** Who is asking: the role of a valid key, or none (no key sent). */
export interface Principal {
  role: Role | null;
  /** The key's name (ApiKey.name, or `<role> key <first 8 hex of its SHA-256>`); absent without a key. */
  name?: string;
}

/** Thrown when a key was sent but matches no configured key. */
export class InvalidKeyError extends Error {
  constructor() {
    super('the API key is not valid');
    this.name = 'InvalidKeyError';
  }
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** True when `role` is at least `needed` (reader < editor < admin). */
export function roleAtLeast(role: Role | null, needed: Role): boolean {
  return role !== null && ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** The configured keys, held as digests; `principalOf` turns request headers into a Principal. */
export class KeyRing {
  private readonly entries: Array<{ digest: Buffer; role: Role; name: string }>;

  constructor(keys: ApiKey[]) {
    this.entries = keys.map((k) => {
      const d = digest(k.key);
      return { digest: d, role: k.role, name: k.name ?? `${k.role} key ${d.toString('hex').slice(0, 8)}` };
    });
  }

  /** The role of `key`, or null. Compares against every entry, so timing does not tell which matched. */
  roleOf(key: string): Role | null {
    return this.entryOf(key)?.role ?? null;
  }

  /** The role and name of `key`, or undefined; compares against every entry, like roleOf. */
  private entryOf(key: string): { role: Role; name: string } | undefined {
    const d = digest(key);
    let found: { role: Role; name: string } | undefined;
    for (const e of this.entries) if (timingSafeEqual(d, e.digest) && found === undefined) found = e;
    return found;
  }

  /**
   * The principal of a request: no key → role null; a valid key → its role; a key that
   * matches none, or an Authorization header that is not `Bearer <key>` → InvalidKeyError.
   */
  principalOf(headers: IncomingHttpHeaders): Principal {
    const key = presentedKey(headers);
    if (key === undefined) return { role: null };
    const entry = this.entryOf(key);
    if (entry === undefined) throw new InvalidKeyError();
    return { role: entry.role, name: entry.name };
  }
}

/** The key a request presents (Authorization: Bearer first, then x-api-key), if any. Throws InvalidKeyError for another scheme. */
function presentedKey(headers: IncomingHttpHeaders): string | undefined {
  const auth = headers.authorization;
  if (auth !== undefined && auth !== '') {
    const m = /^Bearer[ ]+(\S+)\s*$/i.exec(auth);
    if (!m) throw new InvalidKeyError();
    return m[1];
  }
  const x = headers['x-api-key'];
  const value = Array.isArray(x) ? x[0] : x;
  return value === undefined || value === '' ? undefined : value.trim();
}

const WWW_AUTHENTICATE = 'Bearer realm="critical-minerals-graph"';

/** GraphQL error for a missing or invalid key (HTTP 401) or a role too weak (HTTP 403). */
export function authError(kind: 'UNAUTHENTICATED' | 'FORBIDDEN', message: string): GraphQLError {
  const status = kind === 'UNAUTHENTICATED' ? 401 : 403;
  const headers = new Map<string, string>(kind === 'UNAUTHENTICATED' ? [['www-authenticate', WWW_AUTHENTICATE]] : []);
  return new GraphQLError(message, { extensions: { code: kind, http: { status, headers } } });
}

/** Throws UNAUTHENTICATED (no key) or FORBIDDEN (weaker role) unless `principal` has `needed`. */
export function requireRole(principal: Principal, needed: Role, what: string): void {
  if (roleAtLeast(principal.role, needed)) return;
  if (principal.role === null) {
    throw authError('UNAUTHENTICATED', `${what} needs an API key with role ${needed} (send Authorization: Bearer <key> or x-api-key)`);
  }
  throw authError('FORBIDDEN', `${what} needs role ${needed}; this key has role ${principal.role}`);
}

/**
 * The GraphQL principal of a request: throws UNAUTHENTICATED for an invalid key, and when
 * `readRequiresKey` is set, for a request without a key (reads then need role reader).
 */
export function graphqlPrincipal(keys: KeyRing, headers: IncomingHttpHeaders, readRequiresKey: boolean): Principal {
  let principal: Principal;
  try {
    principal = keys.principalOf(headers);
  } catch (e) {
    if (e instanceof InvalidKeyError) throw authError('UNAUTHENTICATED', `${e.message} (send Authorization: Bearer <key> or x-api-key)`);
    throw e;
  }
  if (readRequiresKey) requireRole(principal, 'reader', 'reading');
  return principal;
}

/** Express middleware: 401 (with WWW-Authenticate) or 403 JSON errors unless the request's key has `needed`. */
export function httpRequireRole(keys: KeyRing, needed: Role) {
  return (req: Request, res: Response, next: NextFunction): void => {
    let principal: Principal;
    try {
      principal = keys.principalOf(req.headers);
    } catch (e) {
      if (e instanceof InvalidKeyError) {
        res.setHeader('www-authenticate', WWW_AUTHENTICATE);
        httpError(res, 401, 'UNAUTHENTICATED', `${e.message} (send Authorization: Bearer <key> or x-api-key)`);
      } else next(e);
      return;
    }
    if (principal.role === null) {
      res.setHeader('www-authenticate', WWW_AUTHENTICATE);
      httpError(res, 401, 'UNAUTHENTICATED', `${req.method} ${clip(req.baseUrl + req.path)} needs an API key with role ${needed}`);
      return;
    }
    if (!roleAtLeast(principal.role, needed)) {
      httpError(res, 403, 'FORBIDDEN', `${req.method} ${clip(req.baseUrl + req.path)} needs role ${needed}; this key has role ${principal.role}`);
      return;
    }
    res.locals.principal = principal;
    next();
  };
}

/**
 * Express middleware for read endpoints (the BI feeds): an invalid key → 401; with
 * `readRequiresKey`, no key → 401 too. Open reads pass without a key.
 */
export function httpReadAccess(keys: KeyRing, readRequiresKey: boolean) {
  const needReader = httpRequireRole(keys, 'reader');
  return (req: Request, res: Response, next: NextFunction): void => {
    if (readRequiresKey) {
      needReader(req, res, next);
      return;
    }
    try {
      keys.principalOf(req.headers);
    } catch (e) {
      if (e instanceof InvalidKeyError) needReader(req, res, next);
      else next(e);
      return;
    }
    next();
  };
}
