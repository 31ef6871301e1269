/** @module models/openai-compatible/openai-stream — chat-completion SSE chunks → the port's `LlmStreamPart`s. */
import { safeParseJSON } from '../../shared/json.js';
import { llmErrorFromResponse } from '../retry.js';
import { LlmError, type LlmStreamPart, type LlmUsage } from '../types.js';
import { chatChunkSchema, errorMessageOf, mapChatUsage, mapFinishReason, toolInputOf } from './openai-mapping.js';
import type { SseEvent } from './sse.js';

/** The terminator an OpenAI-style stream sends as its last `data:` line. */
export const SSE_DONE = '[DONE]';

interface PendingToolCall {
  id: string | undefined;
  name: string;
  /** Argument fragments joined; an object when a server sends whole arguments instead of a string. */
  args: string | Record<string, unknown>;
}

/**
 * Reduces `data:` chunks to port parts. Text deltas pass through as they arrive. Tool-call fragments are
 * collected by `index` (id and name usually in the first fragment, `arguments` split across many, several
 * calls interleaved) and emitted whole, in index order, when the stream ends — only then are their
 * arguments known to be complete. `finish` comes last with the usage of the final chunk. The stream may
 * end with `[DONE]` or simply close; a server error sent as a chunk (`{"error": …}`) is thrown as `LlmError`.
 */
export async function* openAIStreamParts({
  events,
  newId,
}: {
  events: AsyncIterable<SseEvent>;
  newId: () => string;
}): AsyncGenerator<LlmStreamPart> {
  const calls = new Map<number, PendingToolCall>();
  let finishReason: string | undefined;
  let usage: LlmUsage | undefined;
  let sawChunk = false;
  for await (const event of events) {
    const data = event.data.trim();
    if (data === SSE_DONE) break;
    if (data === '') continue;
    const parsed = safeParseJSON(data, chatChunkSchema);
    if (!parsed.success) {
      throw new LlmError({
        kind: 'model_request_failed_error',
        retryable: false,
        message: `Chat-completions stream sent a chunk that is not a completion chunk: ${parsed.error.message}`,
        cause: parsed.error,
      });
    }
    const chunk = parsed.value;
    if (chunk.error !== undefined && chunk.error !== null) {
      const { message, type } = errorMessageOf(chunk);
      throw llmErrorFromResponse({ status: undefined, errorType: type, message: `Chat-completions stream error: ${message ?? data}` });
    }
    sawChunk = true;
    if (chunk.usage) usage = mapChatUsage(chunk.usage);
    for (const choice of chunk.choices ?? []) {
      if (choice.finish_reason) finishReason = choice.finish_reason;
      const delta = choice.delta;
      if (!delta) continue;
      if (delta.content) yield { type: 'text-delta', text: delta.content };
      delta.tool_calls?.forEach((fragment, position) => {
        const index = fragment.index ?? position;
        const pending = calls.get(index) ?? { id: undefined, name: '', args: '' };
        if (fragment.id) pending.id = fragment.id;
        // Servers send the name once, in the call's first fragment; a few repeat it, which must not double it.
        if (fragment.function?.name && pending.name === '') pending.name = fragment.function.name;
        const args = fragment.function?.arguments;
        if (typeof args === 'string') pending.args = typeof pending.args === 'string' ? pending.args + args : args;
        else if (args) pending.args = args;
        calls.set(index, pending);
      });
    }
  }
  if (!sawChunk) {
    throw new LlmError({ kind: 'model_request_failed_error', retryable: true, message: 'Chat-completions stream ended without any chunk.' });
  }
  const ordered = [...calls.entries()].sort(([a], [b]) => a - b);
  for (const [, call] of ordered) {
    yield { type: 'tool-use', id: call.id ?? newId(), name: call.name, input: toolInputOf(call.args) };
  }
  yield { type: 'finish', stopReason: mapFinishReason(finishReason, ordered.length > 0), usage: usage ?? mapChatUsage(undefined) };
}
