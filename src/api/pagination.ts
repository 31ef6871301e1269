/** @module api/pagination — opaque `page` cursors and the `{data, next_page}` envelope. */
import { InvalidRequestError } from '../shared/errors.js';
import { safeParseJSON } from '../shared/json.js';
import { z } from 'zod';

/** What a cursor carries: the last id seen and, for sessions, the order it was made for. */
const cursorSchema = z.object({
  // NUL cannot be stored in PostgreSQL text, so such a cursor can only be forged; it must not reach SQL.
  a: z.string().min(1).max(256).refine((v) => !v.includes('\u0000')),
  o: z.enum(['asc', 'desc']).optional(),
});
export type Cursor = z.infer<typeof cursorSchema>;

/** Encodes a cursor as opaque base64url text. */
export function encodeCursor(cursor: Cursor): string {
  return `page_${Buffer.from(JSON.stringify(cursor)).toString('base64url')}`;
}

/** Decodes a `page` query value; empty means "first page"; garbage is a 400, never a 500. */
export function decodeCursor(page: string | undefined): Cursor | undefined {
  if (page === undefined || page === '') return undefined;
  const body = page.startsWith('page_') ? page.slice(5) : '';
  const parsed = body ? safeParseJSON(Buffer.from(body, 'base64url').toString('utf8'), cursorSchema) : undefined;
  if (!parsed?.success) throw new InvalidRequestError('page: invalid page cursor');
  return parsed.value;
}

/** The PageCursor envelope; `next_page` is null on the last page so the SDK stops. */
export function pageEnvelope<T>(data: T[], next: Cursor | null): { data: T[]; next_page: string | null } {
  return { data, next_page: next ? encodeCursor(next) : null };
}
