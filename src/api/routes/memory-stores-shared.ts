/** @module api/routes/memory-stores-shared — what the memory-store route files share: view, actor, path cursor. */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { z } from 'zod';
import type { Actor } from '../../memory/index.js';
import { InvalidRequestError, NotFoundError } from '../../shared/errors.js';
import { safeParseJSON } from '../../shared/json.js';
import { presentedKey } from '../auth.js';
import { decodeCursor } from '../pagination.js';
import type { ApiEnv } from '../env.js';
import { single } from '../query.js';

/** OpenAPI tag of every memory-store route. */
export const TAG = 'memory_stores';

/** With `view=full`, list pages hold at most this many items (wire-api §2.6). */
export const FULL_VIEW_PAGE_MAX = 20;

/** Memory paths are ≤1024 bytes, so their cursors outgrow the shared 1024-character `page` bound. */
const PATH_CURSOR_MAX = 8192;
/** Hex characters of the key digest kept in a derived `api_key_id`. */
const API_KEY_ID_HEX = 24;

/** `view=basic|full`; absent means the endpoint's default. */
export const viewParam = single(z.enum(['basic', 'full']).optional());

/** A `page` param long enough for a path cursor. */
export const pathPageParam = single(z.string().max(PATH_CURSOR_MAX).optional());

/**
 * The API actor of a request. Keys are not stored objects yet, so the id is derived from a digest of the
 * presented key: stable per key, and it never reveals the key.
 */
export function apiActor(c: Context<ApiEnv>): Actor {
  const key = presentedKey(c.req.raw.headers) ?? '';
  const digest = createHash('sha256').update(key).digest('hex').slice(0, API_KEY_ID_HEX);
  return { type: 'api_actor', api_key_id: `apikey_${digest}` };
}

const pathCursorSchema = z.object({ p: z.string().min(1).max(PATH_CURSOR_MAX) });

/** Encodes the last key (path or `…/` roll-up) of a memory page as an opaque cursor. */
export function encodePathCursor(path: string): string {
  return `page_${Buffer.from(JSON.stringify({ p: path })).toString('base64url')}`;
}

/** Decodes a memory-list cursor; garbage is a 400. */
export function decodePathCursor(page: string | undefined): string | undefined {
  if (page === undefined || page === '') return undefined;
  const body = page.startsWith('page_') ? page.slice(5) : '';
  const parsed = body ? safeParseJSON(Buffer.from(body, 'base64url').toString('utf8'), pathCursorSchema) : undefined;
  if (!parsed?.success || parsed.value.p.includes('\u0000')) throw new InvalidRequestError('page: invalid page cursor');
  return parsed.value.p;
}

/** The id a shared `page` cursor carries; a NUL (never in an id, refused by PostgreSQL) is a 400. */
export function cursorAfter(page: string | undefined): string | undefined {
  const after = decodeCursor(page)?.a;
  if (after?.includes('\u0000')) throw new InvalidRequestError('page: invalid page cursor');
  return after;
}

/**
 * A path param, never undefined (Hono always fills declared params). An id with a NUL in it cannot
 * exist (and PostgreSQL would refuse to compare it), so it is a 404 straight away.
 */
export function param(params: Record<string, string>, name: string): string {
  const value = params[name] ?? '';
  if (value.includes('\u0000')) throw new NotFoundError(`No ${name.replace(/_id$/, '').replace(/_/g, ' ')} with id ${JSON.stringify(value)}`);
  return value;
}
