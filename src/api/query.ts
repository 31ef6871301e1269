/** @module api/query — query strings as the SDK sends them: `k[]=v`, repeated `k=v`, `created_at[gte]`. */
import { z } from 'zod';
import { InvalidRequestError } from '../shared/errors.js';
import { formatZodIssues } from '../shared/json.js';

/**
 * Parses a URL's query into `{key: string | string[]}`: `k[]=a&k[]=b` and `k=a&k=b` both give
 * `k: ['a','b']`; bracketed filter keys (`created_at[gte]`) stay literal names.
 */
export function parseQuery(url: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  // The query of a URL is what lies between the first `?` and the fragment's `#`. Cutting it out by
  // hand instead of parsing the whole URL again (done once per request upstream already) gives the
  // same pairs, since `URLSearchParams` decodes the text the same way either way.
  const hash = url.indexOf('#');
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const start = beforeHash.indexOf('?');
  if (start === -1) return out;
  const search = new URLSearchParams(beforeHash.slice(start + 1));
  for (const [rawKey, value] of search) {
    const isArray = rawKey.endsWith('[]');
    const key = isArray ? rawKey.slice(0, -2) : rawKey;
    const existing = out[key];
    if (existing === undefined) out[key] = isArray ? [value] : value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

/** Validates parsed query params; unknown keys (such as `beta`) are ignored by the schemas. */
export function validateQuery<S extends z.ZodType>(url: string, schema: S): z.infer<S> {
  const parsed = schema.safeParse(parseQuery(url));
  if (!parsed.success) throw new InvalidRequestError(formatZodIssues(parsed.error.issues));
  return parsed.data;
}

/** A single-valued query param (the last one wins when repeated). */
export const single = <T extends z.ZodType>(inner: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v[v.length - 1] : v === '' ? undefined : v), inner);

/** A multi-valued query param: accepts one value or many. */
export const many = <T extends z.ZodType>(inner: T) =>
  z.preprocess((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]), z.array(inner).optional());

/** `true`/`false` as text. */
export const queryBool = single(z.enum(['true', 'false']).transform((v) => v === 'true').optional());

/** RFC 3339 timestamp filter value, normalised to the stored UTC form. */
const timestamp = z
  .string()
  .refine((v) => !Number.isNaN(Date.parse(v)), 'must be an RFC 3339 timestamp')
  .transform((v) => new Date(v).toISOString());

/** The `created_at[gt|gte|lt|lte]` keys, as a schema fragment to spread into a query schema. */
export const createdAtFilters = {
  'created_at[gt]': single(timestamp.optional()),
  'created_at[gte]': single(timestamp.optional()),
  'created_at[lt]': single(timestamp.optional()),
  'created_at[lte]': single(timestamp.optional()),
};

/** Picks the created_at bounds out of a validated query. */
export function createdAtRange(q: {
  'created_at[gt]'?: string | undefined;
  'created_at[gte]'?: string | undefined;
  'created_at[lt]'?: string | undefined;
  'created_at[lte]'?: string | undefined;
}) {
  return { gt: q['created_at[gt]'], gte: q['created_at[gte]'], lt: q['created_at[lt]'], lte: q['created_at[lte]'] };
}

/** `limit` with a default; values above `max` are clamped rather than rejected (the SDK asks for 1000). */
export const limitParam = ({ fallback = 20, max = 100 }: { fallback?: number; max?: number } = {}) =>
  single(
    z.coerce
      .number()
      .int()
      .min(1)
      .optional()
      .transform((v) => Math.min(v ?? fallback, max)),
  );

/** The `page` cursor param. */
export const pageParam = single(z.string().max(1024).optional());
