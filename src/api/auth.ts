/** @module api/auth — API keys from `Authorization: Bearer` or `x-api-key`. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { AuthenticationError } from '../shared/errors.js';
import { nodeBindings, type ApiEnv } from './env.js';

/** Decides whether a presented key is valid. Scoped keys will implement this too. */
export interface Authenticator {
  authenticate(key: string): boolean;
}

/**
 * Accepts exactly one admin key (compared in constant time).
 *
 * A key that passed the comparison once is remembered, so the clients that hold it (every request of a
 * busy server) skip hashing. Why this stays timing-safe:
 * - only the one valid key can ever enter the set (it is fixed for the process's life, so nothing
 *   needs evicting or revoking, and the set holds at most one string);
 * - a wrong key always misses and then takes the full hash-and-`timingSafeEqual` path, as before;
 * - the lookup hashes the *presented* string (attacker-known) with V8's per-process random seed and
 *   compares characters only when that hash and the length equal the stored key's. Learning anything
 *   about the secret from lookup time would first take finding, blind, a same-length string with the
 *   same seeded hash (~2^30 guesses over the network) for every character: not a usable channel;
 * - the hit-versus-miss difference itself reveals only "this was the valid key", which the 200 vs 401
 *   already says.
 */
export function adminKeyAuthenticator(adminKey: string): Authenticator {
  const expected = digest(adminKey);
  const verified = new Set<string>();
  return {
    authenticate: (key) => {
      if (verified.has(key)) return true;
      if (!timingSafeEqual(digest(key), expected)) return false;
      verified.add(key);
      return true;
    },
  };
}

function digest(value: string): Buffer {
  // `crypto.hash` would be cheaper but needs Node ≥ 20.12; package.json promises any Node 20.
  return createHash('sha256').update(value).digest();
}

/** Anything with a `get(name)` for header values (a WHATWG `Headers`). */
interface HeaderSource {
  get(name: string): string | null | undefined;
}

/** Extracts the key from either header; the SDK sends Bearer, curl examples send x-api-key. */
export function presentedKey(headers: HeaderSource): string | undefined {
  return keyFrom(headers.get('authorization'), headers.get('x-api-key'));
}

const BEARER = /^Bearer\s+(.+)$/i;

function keyFrom(authorization: string | null | undefined, apiKey: string | null | undefined): string | undefined {
  if (authorization) {
    const match = BEARER.exec(authorization.trim());
    if (match?.[1]) return match[1].trim();
  }
  return apiKey?.trim() || undefined;
}

/**
 * The two key headers straight from Node's raw header list, read the way a WHATWG `Headers` built from
 * it reads them (names case-insensitive, repeated fields joined with `", "`), so both paths accept and
 * reject exactly the same requests. Building that `Headers` object (which `c.req.raw.headers` makes
 * `@hono/node-server` do) was a tenth of an agent retrieve's CPU in bench/api.ts.
 */
function keyHeadersFromRaw(rawHeaders: readonly string[]): { authorization: string | undefined; apiKey: string | undefined } {
  let authorization: string | undefined;
  let apiKey: string | undefined;
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]!;
    if (name.length === 13 && name.toLowerCase() === 'authorization') {
      const value = trimHttpWhitespace(rawHeaders[i + 1]!);
      authorization = authorization === undefined ? value : `${authorization}, ${value}`;
    } else if (name.length === 9 && name.toLowerCase() === 'x-api-key') {
      const value = trimHttpWhitespace(rawHeaders[i + 1]!);
      apiKey = apiKey === undefined ? value : `${apiKey}, ${value}`;
    }
  }
  return { authorization, apiKey };
}

const HTTP_WHITESPACE_ENDS = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/** Trims what the Fetch standard trims from header values (tab, CR, LF, space), and nothing else. */
function trimHttpWhitespace(value: string): string {
  return value.replace(HTTP_WHITESPACE_ENDS, '');
}

/** Throws the 401 `AuthenticationError` unless the request presents a valid key. */
export function checkApiKey(c: Context, authenticator: Authenticator): void {
  const incoming = nodeBindings(c)?.incoming;
  let key: string | undefined;
  if (incoming) {
    const { authorization, apiKey } = keyHeadersFromRaw(incoming.rawHeaders);
    key = keyFrom(authorization, apiKey);
  } else {
    key = presentedKey(c.req.raw.headers);
  }
  if (!key) throw new AuthenticationError('Missing API key: send Authorization: Bearer <key> or x-api-key: <key>');
  if (!authenticator.authenticate(key)) throw new AuthenticationError('invalid x-api-key');
}

/** Rejects requests without a valid key with a 401 envelope. */
export function requireApiKey(authenticator: Authenticator): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    checkApiKey(c, authenticator);
    await next();
  };
}
