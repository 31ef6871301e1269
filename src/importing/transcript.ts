/** @module importing/transcript — turns a chat transcript's drafted messages into a session record. */
import { optionalId, readExtras } from './extras.js';
import { settleTimes, toMs, type DraftMessage } from './timeline.js';
import type { ParseContext, ParseOutcome } from './types.js';

/**
 * Shared end of the Anthropic and OpenAI parsers: picks the start time (first of `startKeys` that is a
 * time, else the first message's, else the import's fallback), settles message times, and reads the
 * Reverie extras (agent, user, outcome, metadata) beside the messages.
 */
export function finishTranscript({
  value,
  drafts,
  ctx,
  startKeys,
  fallbackId,
}: {
  value: Record<string, unknown>;
  drafts: readonly DraftMessage[];
  ctx: ParseContext;
  startKeys: readonly string[];
  fallbackId: string;
}): ParseOutcome {
  const startMs = toMs(startKeys.map((k) => value[k]).find((v) => toMs(v) !== undefined)) ?? toMs(drafts[0]?.at) ?? ctx.fallbackStartMs;
  const { messages, synthetic } = settleTimes({ messages: drafts, startMs });
  const extras = readExtras(value);
  const id = optionalId(value['id']);
  return {
    ok: true,
    record: {
      id: id ?? fallbackId,
      ...(extras.agent ? { agent: extras.agent } : {}),
      started_at: new Date(startMs).toISOString(),
      // A stored transcript is a finished conversation: it ends with its last message.
      ended_at: messages.at(-1)?.at ?? new Date(startMs).toISOString(),
      ...(extras.user ? { user: extras.user } : {}),
      metadata: extras.metadata,
      messages,
      ...(extras.outcome ? { outcome: extras.outcome } : {}),
    },
    sourceId: id,
    syntheticTimes: synthetic,
  };
}
