/** @module shared/json — the one place untrusted JSON text is parsed (STYLE §16). */
import type { z } from 'zod';

export type ParseResult<T> = { success: true; value: T } | { success: false; error: Error };

/**
 * Parses JSON text without throwing; validates it with `schema` when one is given.
 * @example
 * const r = safeParseJSON('{"a":1}');
 * if (r.success) console.log(r.value);
 */
export function safeParseJSON(text: string): ParseResult<unknown>;
export function safeParseJSON<S extends z.ZodType>(text: string, schema: S): ParseResult<z.infer<S>>;
export function safeParseJSON(text: string, schema?: z.ZodType): ParseResult<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { success: false, error: err instanceof Error ? err : new Error(String(err)) };
  }
  if (!schema) return { success: true, value };
  const parsed = schema.safeParse(value);
  if (parsed.success) return { success: true, value: parsed.data };
  return { success: false, error: new Error(formatZodIssues(parsed.error.issues)) };
}

/** Parses JSON that this process itself wrote (a stored column); throws on corruption. */
export function parseStoredJSON<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** Formats zod issues as one readable sentence: `name: Required; tools.0.type: Invalid`. */
export function formatZodIssues(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}
