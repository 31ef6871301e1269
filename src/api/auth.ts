/** @module api/auth — API keys from `Authorization: Bearer` or `x-api-key`. */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { AuthenticationError } from '../shared/errors.js';
import type { ApiEnv } from './env.js';

/** Decides whether a presented key is valid. Scoped keys will implement this too. */
export interface Authenticator {
  authenticate(key: string): boolean;
}

/** Accepts exactly one admin key (compared in constant time). */
export function adminKeyAuthenticator(adminKey: string): Authenticator {
  const expected = digest(adminKey);
  return { authenticate: (key) => timingSafeEqual(digest(key), expected) };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Extracts the key from either header; the SDK sends Bearer, curl examples send x-api-key. */
export function presentedKey(headers: { get(name: string): string | null | undefined }): string | undefined {
  const auth = headers.get('authorization');
  if (auth) {
    const match = /^Bearer\s+(.+)$/i.exec(auth.trim());
    if (match?.[1]) return match[1].trim();
  }
  return headers.get('x-api-key')?.trim() || undefined;
}

/** Rejects requests without a valid key with a 401 envelope. */
export function requireApiKey(authenticator: Authenticator): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const key = presentedKey(c.req.raw.headers);
    if (!key) throw new AuthenticationError('Missing API key: send Authorization: Bearer <key> or x-api-key: <key>');
    if (!authenticator.authenticate(key)) throw new AuthenticationError('invalid x-api-key');
    await next();
  };
}
