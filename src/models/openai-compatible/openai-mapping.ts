/** @module models/openai-compatible/openai-mapping — the model port ⇄ `/v1/chat/completions` shapes. */
import { z } from 'zod';
import { buildSystemPrompt, isPlainObject, parseToolArguments } from '../anthropic/provider-helpers.js';
import type { LlmCallOptions, LlmMessage, LlmResult, LlmStopReason, LlmUsage } from '../types.js';

/** Prefix for a failed tool's result: chat completions has no `is_error`, so the model is told in words. */
export const TOOL_ERROR_PREFIX = 'Error: ';

/** A chat-completions message as sent. */
export type ChatMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string | null; tool_calls?: ChatToolCall[] }
  | { role: 'tool'; tool_call_id: string; content: string };

/** An assistant tool call as sent back upstream (`arguments` is a JSON string). */
export interface ChatToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

/** The request body, `stream` fields included when streaming. */
export interface ChatCompletionRequest {
  model: string;
  messages: ChatMessage[];
  max_tokens: number;
  tools?: { type: 'function'; function: { name: string; description: string; parameters: Record<string, unknown> } }[];
  stream?: boolean;
  stream_options?: { include_usage: boolean };
}

/**
 * The endpoint for a configured base URL. Rule: trailing slashes are dropped; a URL already ending in
 * `/chat/completions` is used as is; one ending in a version segment (`/v1`, `/v2beta`…) gets
 * `/chat/completions`; anything else gets `/v1/chat/completions`. So `http://localhost:11434`,
 * `http://localhost:11434/` and `http://localhost:11434/v1` all reach `http://localhost:11434/v1/chat/completions`.
 */
export function chatCompletionsUrl(baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  if (/\/chat\/completions$/.test(base)) return base;
  if (/\/v\d+[a-z0-9]*$/i.test(base)) return `${base}/chat/completions`;
  return `${base}/v1/chat/completions`;
}

/** `providerOptions` key whose object is merged into the request body (e.g. `temperature`, `top_p`). */
export const OPENAI_COMPATIBLE_PROVIDER_OPTIONS_KEY = 'openai-compatible';

/**
 * Builds the request body for one call. Fields from `providerOptions['openai-compatible']` are passed
 * through, but never replace the fields built here.
 */
export function toChatRequest({
  model,
  options,
  defaultMaxTokens,
  stream,
}: {
  model: string;
  options: LlmCallOptions;
  defaultMaxTokens: number;
  stream: boolean;
}): ChatCompletionRequest {
  const messages: ChatMessage[] = [];
  const system = buildSystemPrompt({ system: options.system, documents: options.documents });
  if (system !== undefined) messages.push({ role: 'system', content: system });
  for (const message of options.messages) messages.push(...toChatMessages(message));
  const extra = options.providerOptions?.[OPENAI_COMPATIBLE_PROVIDER_OPTIONS_KEY];
  const body: ChatCompletionRequest = {
    ...(isPlainObject(extra) ? extra : {}),
    model,
    messages,
    max_tokens: options.maxTokens ?? defaultMaxTokens,
  };
  if (options.tools && options.tools.length > 0) {
    body.tools = options.tools.map((t) => ({
      type: 'function',
      function: { name: t.name, description: t.description, parameters: t.inputSchema },
    }));
  }
  if (stream) {
    body.stream = true;
    body.stream_options = { include_usage: true };
  } else {
    // The response is parsed as one JSON document, so a passed-through `stream` must not survive.
    delete body.stream;
    delete body.stream_options;
  }
  return body;
}

/**
 * One port message becomes one or more chat messages. In a user turn, tool results become `role: "tool"`
 * messages placed first (they must directly follow the assistant's `tool_calls`), then the user's text.
 */
export function toChatMessages(message: LlmMessage): ChatMessage[] {
  const text = message.content.flatMap((p) => (p.type === 'text' ? [p.text] : [])).join('');
  if (message.role === 'assistant') {
    const toolCalls: ChatToolCall[] = message.content.flatMap((p) =>
      p.type === 'tool_use'
        ? [{ id: p.id, type: 'function' as const, function: { name: p.name, arguments: JSON.stringify(p.input) } }]
        : [],
    );
    if (toolCalls.length === 0) return [{ role: 'assistant', content: text }];
    return [{ role: 'assistant', content: text === '' ? null : text, tool_calls: toolCalls }];
  }
  const out: ChatMessage[] = message.content.flatMap((p) =>
    p.type === 'tool_result'
      ? [{ role: 'tool' as const, tool_call_id: p.tool_use_id, content: p.is_error ? `${TOOL_ERROR_PREFIX}${p.content}` : p.content }]
      : [],
  );
  if (text !== '' || out.length === 0) out.push({ role: 'user', content: text });
  return out;
}

/** Maps `finish_reason`; a reply that carries tool calls is `tool_use` unless it was cut off. */
export function mapFinishReason(reason: string | null | undefined, hasToolCalls: boolean): LlmStopReason {
  if (reason === 'length') return 'max_tokens';
  if (reason === 'content_filter') return 'refusal';
  // Some servers (older Ollama, llama.cpp with some templates) say "stop" for a tool-calling reply.
  if (reason === 'tool_calls' || reason === 'function_call' || hasToolCalls) return 'tool_use';
  return 'end_turn';
}

const usageSchema = z.object({
  prompt_tokens: z.number().nullish(),
  completion_tokens: z.number().nullish(),
  prompt_tokens_details: z.object({ cached_tokens: z.number().nullish() }).nullish(),
});
type ChatUsage = z.infer<typeof usageSchema>;

/**
 * Maps chat usage to the port's. `prompt_tokens` counts cached tokens too, while the port follows
 * Anthropic's split (input excludes cache reads), so cached tokens are moved out of `inputTokens`.
 */
export function mapChatUsage(usage: ChatUsage | null | undefined): LlmUsage {
  const prompt = usage?.prompt_tokens ?? 0;
  const cached = Math.min(prompt, usage?.prompt_tokens_details?.cached_tokens ?? 0);
  return {
    inputTokens: prompt - cached,
    outputTokens: usage?.completion_tokens ?? 0,
    cacheReadInputTokens: cached,
    cacheCreationInputTokens: 0,
  };
}

/** Tool-call arguments: a JSON string per the spec; some servers send the object itself. */
const argumentsSchema = z.union([z.string(), z.record(z.string(), z.unknown())]).nullish();

const toolCallSchema = z.object({
  index: z.number().int().nullish(),
  id: z.string().nullish(),
  function: z.object({ name: z.string().nullish(), arguments: argumentsSchema }).nullish(),
});

/** A non-streamed completion (upstream schemas stay loose: unknown keys are ignored). */
export const chatCompletionSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullish(), tool_calls: z.array(toolCallSchema).nullish() }),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1),
  usage: usageSchema.nullish(),
});

/** One streamed chunk; the final usage chunk has `choices: []`. */
export const chatChunkSchema = z.object({
  choices: z
    .array(
      z.object({
        delta: z.object({ content: z.string().nullish(), tool_calls: z.array(toolCallSchema).nullish() }).nullish(),
        finish_reason: z.string().nullish(),
      }),
    )
    .nullish(),
  usage: usageSchema.nullish(),
  error: z.unknown().optional(),
});

/** Normalises tool-call arguments (string or object) to an input object. */
export function toolInputOf(args: z.infer<typeof argumentsSchema>): Record<string, unknown> {
  if (args === null || args === undefined) return {};
  return typeof args === 'string' ? parseToolArguments(args) : isPlainObject(args) ? args : {};
}

/** Maps a parsed non-streamed completion to `LlmResult` (the first choice). */
export function fromChatCompletion(completion: z.infer<typeof chatCompletionSchema>, newId: () => string): LlmResult {
  const choice = completion.choices[0];
  const content: LlmResult['content'][number][] = [];
  const text = choice?.message.content ?? '';
  if (text !== '') content.push({ type: 'text', text });
  for (const call of choice?.message.tool_calls ?? []) {
    content.push({
      type: 'tool_use',
      id: call.id ?? newId(),
      name: call.function?.name ?? '',
      input: toolInputOf(call.function?.arguments),
    });
  }
  const hasToolCalls = content.some((p) => p.type === 'tool_use');
  return { content, stopReason: mapFinishReason(choice?.finish_reason, hasToolCalls), usage: mapChatUsage(completion.usage) };
}

/** Pulls a human message out of an error body in any of the shapes servers use. */
export function errorMessageOf(body: unknown): { message: string | undefined; type: string | undefined } {
  if (!isPlainObject(body)) return { message: undefined, type: undefined };
  const error = body['error'];
  if (typeof error === 'string') return { message: error, type: undefined };
  if (isPlainObject(error)) {
    const message = typeof error['message'] === 'string' ? error['message'] : undefined;
    const type = typeof error['type'] === 'string' ? error['type'] : typeof error['code'] === 'string' ? error['code'] : undefined;
    return { message, type };
  }
  const message = typeof body['message'] === 'string' ? body['message'] : typeof body['detail'] === 'string' ? body['detail'] : undefined;
  return { message, type: undefined };
}
