/** @module models/anthropic/anthropic-mapping — Reverie's model port ⇄ the Anthropic Messages API shapes. */
import type Anthropic from '@anthropic-ai/sdk';
import { APIError, APIUserAbortError } from '@anthropic-ai/sdk';
import { isAbortError, llmConnectionError, llmErrorFromResponse, parseRetryAfter } from '../retry.js';
import { LlmError, type LlmCallOptions, type LlmContentPart, type LlmResult, type LlmStopReason, type LlmUsage } from '../types.js';
import { buildSystemPrompt, isPlainObject } from './provider-helpers.js';

type MessageParam = Anthropic.MessageParam;
type ContentBlockParam = Anthropic.ContentBlockParam;

/** Request fields shared by `doGenerate` and `doStream`. */
export interface AnthropicRequestBody {
  model: string;
  max_tokens: number;
  messages: MessageParam[];
  system?: string;
  tools?: Anthropic.Tool[];
}

/** `providerOptions` key whose object is merged into the request body (e.g. `temperature`, `metadata`). */
export const ANTHROPIC_PROVIDER_OPTIONS_KEY = 'anthropic';

/**
 * Builds the Messages API body (without the `stream` flag) for one call. Fields from
 * `providerOptions.anthropic` are passed through, but never replace the fields built here.
 */
export function toAnthropicRequest({
  modelId,
  options,
  defaultMaxTokens,
}: {
  modelId: string;
  options: LlmCallOptions;
  defaultMaxTokens: number;
}): AnthropicRequestBody {
  const extra = options.providerOptions?.[ANTHROPIC_PROVIDER_OPTIONS_KEY];
  const body: AnthropicRequestBody = {
    ...(isPlainObject(extra) ? extra : {}),
    model: modelId,
    max_tokens: options.maxTokens ?? defaultMaxTokens,
    messages: options.messages.map((m) => ({ role: m.role, content: m.content.flatMap(toContentBlock) })),
  };
  const system = buildSystemPrompt({ system: options.system, documents: options.documents });
  if (system !== undefined) body.system = system;
  if (options.tools && options.tools.length > 0) {
    body.tools = options.tools.map((t) => ({
      name: t.name,
      description: t.description,
      input_schema: { type: 'object', ...t.inputSchema } as Anthropic.Tool.InputSchema,
    }));
  }
  return body;
}

function toContentBlock(part: LlmContentPart): ContentBlockParam[] {
  switch (part.type) {
    case 'text':
      // The API rejects empty text blocks ("text content blocks must be non-empty").
      return part.text === '' ? [] : [{ type: 'text', text: part.text }];
    case 'tool_use':
      return [{ type: 'tool_use', id: part.id, name: part.name, input: part.input }];
    case 'tool_result':
      return [
        {
          type: 'tool_result',
          tool_use_id: part.tool_use_id,
          content: part.content,
          ...(part.is_error === undefined ? {} : { is_error: part.is_error }),
        },
      ];
  }
}

/** Maps an Anthropic `stop_reason` onto the port's four reasons. */
export function mapAnthropicStopReason(reason: string | null | undefined): LlmStopReason {
  switch (reason) {
    case 'tool_use':
      return 'tool_use';
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'max_tokens';
    case 'refusal':
      return 'refusal';
    default:
      // end_turn, stop_sequence, pause_turn (server tools paused; nothing for the runtime to do) and null.
      return 'end_turn';
  }
}

/** The usage fields the API reports (all of them nullable in streamed deltas). */
export interface AnthropicUsageLike {
  readonly input_tokens?: number | null;
  readonly output_tokens?: number | null;
  readonly cache_read_input_tokens?: number | null;
  readonly cache_creation_input_tokens?: number | null;
}

/** Folds a usage report into `previous` (later non-null values win, as `message_delta` totals are cumulative). */
export function mapAnthropicUsage(usage: AnthropicUsageLike | null | undefined, previous?: LlmUsage): LlmUsage {
  return {
    inputTokens: usage?.input_tokens ?? previous?.inputTokens ?? 0,
    outputTokens: usage?.output_tokens ?? previous?.outputTokens ?? 0,
    cacheReadInputTokens: usage?.cache_read_input_tokens ?? previous?.cacheReadInputTokens ?? 0,
    cacheCreationInputTokens: usage?.cache_creation_input_tokens ?? previous?.cacheCreationInputTokens ?? 0,
  };
}

/** Maps a complete `Message` to `LlmResult`; block types the port does not know (thinking, server tools) are dropped. */
export function fromAnthropicMessage(message: Anthropic.Message): LlmResult {
  const content: LlmResult['content'][number][] = [];
  for (const block of message.content) {
    if (block.type === 'text') content.push({ type: 'text', text: block.text });
    else if (block.type === 'tool_use') {
      content.push({ type: 'tool_use', id: block.id, name: block.name, input: isPlainObject(block.input) ? block.input : {} });
    }
  }
  return { content, stopReason: mapAnthropicStopReason(message.stop_reason), usage: mapAnthropicUsage(message.usage) };
}

/**
 * Turns whatever the SDK threw into an `LlmError`. Aborts are returned unchanged (they are not provider
 * failures and must not be retried); the caller rethrows the result.
 */
export function toLlmError(error: unknown, signal: AbortSignal | undefined): unknown {
  if (LlmError.isInstance(error)) return error;
  if (error instanceof APIUserAbortError || isAbortError(error) || signal?.aborted) {
    return signal?.aborted ? (signal.reason ?? error) : error;
  }
  if (error instanceof APIError) {
    if (error.status === undefined && error.error === undefined) {
      return llmConnectionError({ message: `Anthropic request failed: ${error.message}`, cause: error });
    }
    const body = error.error as { error?: { type?: unknown; message?: unknown } } | undefined;
    const errorType = error.type ?? (typeof body?.error?.type === 'string' ? body.error.type : undefined);
    const apiMessage = error.apiMessage ?? (typeof body?.error?.message === 'string' ? body.error.message : undefined);
    return llmErrorFromResponse({
      status: error.status,
      errorType,
      message: `Anthropic ${error.status ?? 'stream'} ${errorType ?? 'error'}: ${apiMessage ?? error.message}`,
      retryAfterMs: parseRetryAfter(error.headers),
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new LlmError({ kind: 'unknown_error', retryable: false, message: `Anthropic request failed: ${message}`, cause: error });
}
