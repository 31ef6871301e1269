/**
 * @module importing/extras — Reverie fields a chat transcript may carry besides its messages
 * (`agent`, `user`, `outcome`, `metadata`), validated like the reverie record format.
 */
import { sessionRecordSchema, type SessionOutcome, type SessionUser } from '../dreaming/index.js';

/** The optional extras of a transcript line. */
export interface TranscriptExtras {
  readonly agent?: string;
  readonly user?: SessionUser;
  readonly outcome?: SessionOutcome;
  readonly metadata: Record<string, unknown>;
}

const shape = sessionRecordSchema.shape;

/**
 * Reads the extras, ignoring ones that are malformed rather than rejecting the transcript: the
 * messages are what matters. `metadata.user_id` (Anthropic's request metadata) names the user.
 */
export function readExtras(value: Record<string, unknown>): TranscriptExtras {
  const metadata = isObject(value['metadata']) ? { ...value['metadata'] } : {};
  const user = shape.user.safeParse(value['user']);
  const outcome = shape.outcome.safeParse(value['outcome']);
  const agent = typeof value['agent'] === 'string' && value['agent'] !== '' ? value['agent'] : undefined;
  const userId = typeof metadata['user_id'] === 'string' && metadata['user_id'] !== '' ? metadata['user_id'] : undefined;
  const resolvedUser = user.success && user.data ? (user.data as SessionUser) : userId ? { id: userId } : undefined;
  return {
    ...(agent ? { agent } : {}),
    ...(resolvedUser ? { user: resolvedUser } : {}),
    ...(outcome.success && outcome.data ? { outcome: outcome.data as SessionOutcome } : {}),
    metadata,
  };
}

/** A plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string id, or undefined. */
export function optionalId(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : typeof value === 'number' ? String(value) : undefined;
}
