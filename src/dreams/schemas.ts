/** @module dreams/schemas — request schema of `POST /v1/dreams` (wire-api §2.7). */
import { z } from 'zod';

/** Sessions one dream may read. */
export const MAX_DREAM_SESSIONS = 100;
export const INSTRUCTIONS_MAX = 4096;

const memoryStoreInput = z.object({ type: z.literal('memory_store'), memory_store_id: z.string().min(1).max(256) });
const sessionsInput = z.object({
  type: z.literal('sessions'),
  session_ids: z
    .array(z.string().min(1).max(256))
    .min(1)
    .max(MAX_DREAM_SESSIONS)
    .refine((ids) => new Set(ids).size === ids.length, 'session_ids must not contain duplicates'),
});

export const dreamCreateSchema = z.object({
  inputs: z
    .array(z.discriminatedUnion('type', [memoryStoreInput, sessionsInput]))
    .refine((inputs) => inputs.filter((i) => i.type === 'memory_store').length === 1, 'inputs must contain exactly one memory_store input')
    .refine((inputs) => inputs.filter((i) => i.type === 'sessions').length === 1, 'inputs must contain exactly one sessions input'),
  model: z.union([
    z.string().min(1).max(256),
    z.object({
      id: z.string().min(1).max(256),
      speed: z
        .enum(['standard', 'fast'])
        .nullish()
        .refine((s) => s !== 'fast', 'speed "fast" is not supported for dreams'),
    }),
  ]),
  instructions: z.string().min(1).max(INSTRUCTIONS_MAX).nullish(),
  output_behavior: z
    .discriminatedUnion('type', [
      z.object({ type: z.literal('create_new') }),
      z.object({ type: z.literal('update_existing'), memory_store_id: z.string().min(1).max(256) }),
    ])
    .nullish(),
});
export type DreamCreateParams = z.infer<typeof dreamCreateSchema>;
