/** @module memory/schemas — request bodies of the memory-store API (wire-api §2.6). */
import { z } from 'zod';
import { METADATA_MAX_PAIRS, METADATA_VALUE_MAX } from '../shared/wire-schemas.js';
import { SHA256_HEX } from './sha.js';

/** Store names are 1–255 characters. */
export const STORE_NAME_MAX = 255;
/** Store descriptions are at most 1024 characters. */
export const STORE_DESCRIPTION_MAX = 1024;
/** Memory-store metadata keys are 1–64 characters (§1.6). */
const METADATA_KEY_MAX = 64;
/** Generous bound on a path in a body; the path rules (1024 bytes) give the precise error. */
const PATH_FIELD_MAX = 4096;
/** Bound on content in a body; the 102 400-byte rule gives the precise error. */
const CONTENT_FIELD_MAX = 1_000_000;

const CONTROL_CHARS = /\p{Cc}/u;

/**
 * NUL cannot be stored in a PostgreSQL text column; refusing it on every backend keeps the two alike
 * (and keeps it a 400 rather than a database error).
 */
const noNul = (s: string) => !s.includes('\u0000');
const NUL_MESSAGE = 'must not contain NUL (U+0000) characters';
const text = (max: number) => z.string().max(max).refine(noNul, NUL_MESSAGE);

const storeName = z
  .string()
  .min(1)
  .max(STORE_NAME_MAX)
  .refine((v) => !CONTROL_CHARS.test(v), 'must not contain control characters');

const metadataKey = z.string().min(1).max(METADATA_KEY_MAX).refine(noNul, NUL_MESSAGE);
const metadata = z
  .record(metadataKey, text(METADATA_VALUE_MAX))
  .refine((m) => Object.keys(m).length <= METADATA_MAX_PAIRS, `at most ${METADATA_MAX_PAIRS} metadata pairs`);
const metadataPatch = z.record(metadataKey, text(METADATA_VALUE_MAX).nullable());

/** `POST /v1/memory_stores`. */
export const memoryStoreCreateSchema = z.object({
  name: storeName,
  description: text(STORE_DESCRIPTION_MAX).nullish(),
  metadata: metadata.nullish(),
});
export type MemoryStoreCreateParams = z.infer<typeof memoryStoreCreateSchema>;

/** `POST /v1/memory_stores/{id}`: null or omitted keeps a field; `description: ""` clears it. */
export const memoryStoreUpdateSchema = z.object({
  name: storeName.nullish(),
  description: text(STORE_DESCRIPTION_MAX).nullish(),
  metadata: metadataPatch.nullish(),
});
export type MemoryStoreUpdateParams = z.infer<typeof memoryStoreUpdateSchema>;

const sha256 = z.string().regex(SHA256_HEX, 'must be 64 hexadecimal characters').transform((v) => v.toLowerCase());

/** `POST /v1/memory_stores/{id}/memories`: `content: null` creates an empty memory. */
export const memoryCreateSchema = z.object({
  path: z.string().max(PATH_FIELD_MAX),
  content: text(CONTENT_FIELD_MAX).nullable(),
});
export type MemoryCreateParams = z.infer<typeof memoryCreateSchema>;

/** The only precondition variant: the current content's hash. */
export const preconditionSchema = z.object({ type: z.literal('content_sha256'), content_sha256: sha256 });

/** `POST /v1/memory_stores/{id}/memories/{memory_id}`: omitted or null content/path are kept. */
export const memoryUpdateSchema = z.object({
  content: text(CONTENT_FIELD_MAX).nullish(),
  path: z.string().max(PATH_FIELD_MAX).nullish(),
  precondition: preconditionSchema.nullish(),
});
export type MemoryUpdateParams = z.infer<typeof memoryUpdateSchema>;

/** `expected_content_sha256` of a memory delete. */
export const expectedShaSchema = sha256;
