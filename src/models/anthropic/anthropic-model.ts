/** @module models/anthropic/anthropic-model — the `anthropic` provider: the Messages API through the official SDK. */
import Anthropic from '@anthropic-ai/sdk';
import { abortReason } from '../retry.js';
import type { LlmCallOptions, LlmModelV1, LlmResult, LlmStreamPart } from '../types.js';
import { fromAnthropicMessage, toAnthropicRequest, toLlmError } from './anthropic-mapping.js';
import { anthropicStreamParts } from './anthropic-stream.js';

/** The public API host; passed explicitly so the SDK never falls back to reading the environment itself. */
export const ANTHROPIC_DEFAULT_BASE_URL = 'https://api.anthropic.com';
/** `max_tokens` when neither the call nor the constructor sets one; small enough for non-streaming calls. */
export const ANTHROPIC_DEFAULT_MAX_TOKENS = 4096;

/** Constructor options of {@link AnthropicModel}. */
export interface AnthropicModelOptions {
  /** The model id sent as `model`, e.g. `claude-sonnet-5-5`. */
  readonly modelId: string;
  readonly apiKey: string;
  /** API host without `/v1` (the SDK adds it); defaults to {@link ANTHROPIC_DEFAULT_BASE_URL}. */
  readonly baseUrl?: string | undefined;
  readonly maxTokens?: number | undefined;
  /** Injected for tests or proxies; defaults to the global `fetch`. */
  readonly fetch?: typeof fetch | undefined;
}

/**
 * `LlmModelV1` over the Anthropic Messages API. The SDK client is built with `maxRetries: 0`: retrying is
 * the runtime's job (`withRetry`), so it can report each retry as a `session.error` event. Failures are
 * thrown as `LlmError`; an aborted call throws the signal's reason.
 * @example
 * const model = new AnthropicModel({ modelId: 'claude-sonnet-5-5', apiKey: config.anthropic.apiKey });
 * const result = await model.doGenerate({ messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }] });
 */
export class AnthropicModel implements LlmModelV1 {
  readonly specificationVersion = 'v1' as const;
  readonly provider = 'anthropic';
  readonly modelId: string;
  readonly #client: Anthropic;
  readonly #maxTokens: number;

  constructor({ modelId, apiKey, baseUrl, maxTokens, fetch: fetchImpl }: AnthropicModelOptions) {
    this.modelId = modelId;
    this.#maxTokens = maxTokens ?? ANTHROPIC_DEFAULT_MAX_TOKENS;
    this.#client = new Anthropic({
      apiKey,
      authToken: null,
      baseURL: baseUrl ?? ANTHROPIC_DEFAULT_BASE_URL,
      maxRetries: 0,
      // SDK 1.13 sends the key as `Authorization: Bearer`; we send the documented `x-api-key` header
      // instead, which the API and Anthropic-compatible proxies all accept (ADR 0021).
      defaultHeaders: { 'x-api-key': apiKey, authorization: null },
      ...(fetchImpl ? { fetch: fetchImpl } : {}),
    });
  }

  /** One non-streaming `messages.create`. */
  async doGenerate(options: LlmCallOptions): Promise<LlmResult> {
    const signal = options.abortSignal;
    const body = toAnthropicRequest({ modelId: this.modelId, options, defaultMaxTokens: this.#maxTokens });
    try {
      const message = await this.#client.messages.create({ ...body, stream: false }, signal ? { signal } : undefined);
      return fromAnthropicMessage(message);
    } catch (error) {
      throw toLlmError(error, signal);
    }
  }

  /** `messages.create({ stream: true })`, reduced to text deltas, whole tool calls and a final `finish`. */
  async *doStream(options: LlmCallOptions): AsyncGenerator<LlmStreamPart> {
    const signal = options.abortSignal;
    const body = toAnthropicRequest({ modelId: this.modelId, options, defaultMaxTokens: this.#maxTokens });
    try {
      const stream = await this.#client.messages.create({ ...body, stream: true }, signal ? { signal } : undefined);
      yield* anthropicStreamParts(stream);
    } catch (error) {
      // The SDK ends an aborted stream quietly; make sure the caller still sees the abort.
      if (signal?.aborted) throw abortReason(signal);
      throw toLlmError(error, signal);
    }
  }
}
