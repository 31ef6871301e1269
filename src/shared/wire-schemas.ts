/** @module shared/wire-schemas — zod fragments shared by several resources of the wire API. */
import { z } from 'zod';

/** Limits on `metadata` (wire-api §1.6). */
export const METADATA_MAX_PAIRS = 16;
export const METADATA_KEY_MAX = 64;
export const METADATA_VALUE_MAX = 512;

/**
 * `error.details` of any metadata failure. The SDK maps `400 invalid_metadata` to
 * `BetaInvalidMetadataError` whatever the endpoint (wire-api §1.9), so clients can tell it apart.
 */
export const INVALID_METADATA_DETAILS: Readonly<Record<string, unknown>> = Object.freeze({
  details: Object.freeze({ error_code: 'invalid_metadata' }),
});

/** `metadata` on create: string → string, ≤16 pairs. */
export const metadataSchema = z
  .record(z.string().min(1).max(METADATA_KEY_MAX), z.string().max(METADATA_VALUE_MAX))
  .refine((m) => Object.keys(m).length <= METADATA_MAX_PAIRS, `at most ${METADATA_MAX_PAIRS} metadata pairs`);

/** `metadata` on update: a patch where `null` deletes a key. */
export const metadataPatchSchema = z.record(
  z.string().min(1).max(METADATA_KEY_MAX),
  z.string().max(METADATA_VALUE_MAX).nullable(),
);

/** Applies a metadata patch; rejects a result with too many pairs. */
export function applyMetadataPatch(
  current: Readonly<Record<string, string>>,
  patch: Readonly<Record<string, string | null>> | undefined,
): Record<string, string> | { error: string } {
  if (!patch) return { ...current };
  const next: Record<string, string> = { ...current };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete next[k];
    else next[k] = v;
  }
  if (Object.keys(next).length > METADATA_MAX_PAIRS) return { error: `metadata: at most ${METADATA_MAX_PAIRS} pairs` };
  return next;
}

/** Content blocks a client may send in messages (text, image, document). */
export const textBlockSchema = z.object({ type: z.literal('text'), text: z.string().max(1_000_000) });
const imageSourceSchema = z.union([
  z.object({ type: z.literal('base64'), media_type: z.string().max(100), data: z.string() }),
  z.object({ type: z.literal('url'), url: z.string().max(4096) }),
  z.object({ type: z.literal('file'), file_id: z.string().max(256) }),
]);
export const imageBlockSchema = z.object({ type: z.literal('image'), source: imageSourceSchema });
export const documentBlockSchema = z.object({
  type: z.literal('document'),
  source: z.union([
    z.object({ type: z.literal('base64'), media_type: z.string().max(100), data: z.string() }),
    z.object({ type: z.literal('text'), media_type: z.literal('text/plain'), data: z.string() }),
    z.object({ type: z.literal('url'), url: z.string().max(4096) }),
    z.object({ type: z.literal('file'), file_id: z.string().max(256) }),
  ]),
  title: z.string().max(500).nullish(),
  context: z.string().max(10_000).nullish(),
});
export const userContentBlockSchema = z.discriminatedUnion('type', [textBlockSchema, imageBlockSchema, documentBlockSchema]);

/** Deterministic JSON for equality checks (object keys sorted). */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
