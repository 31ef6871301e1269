/**
 * @module models/openai-compatible/openai-compatible-model — the `openai-compatible` provider: any
 * `/v1/chat/completions` server (vLLM, Ollama, llama.cpp server, hosted gateways) over plain `fetch`.
 */
import { randomUUID } from 'node:crypto';
import { safeParseJSON } from '../../shared/json.js';
import { abortReason, isAbortError, llmConnectionError, llmErrorFromResponse, parseRetryAfter } from '../retry.js';
import { LlmError, type LlmCallOptions, type LlmModelV1, type LlmResult, type LlmStreamPart } from '../types.js';
import { chatCompletionSchema, chatCompletionsUrl, errorMessageOf, fromChatCompletion, toChatRequest } from './openai-mapping.js';
import { openAIStreamParts } from './openai-stream.js';
import { readSseEvents } from './sse.js';

/** `max_tokens` when neither the call nor the constructor sets one; local servers often default far lower. */
export const OPENAI_COMPATIBLE_DEFAULT_MAX_TOKENS = 4096;
/** Longest error body quoted in an error message; upstream HTML error pages can be large. */
const MAX_ERROR_BODY_CHARS = 500;

/** Constructor options of {@link OpenAICompatibleModel}. */
export interface OpenAICompatibleModelOptions {
  /** The id Reverie knows the model by (agents name it in `model`). */
  readonly modelId: string;
  /** Server root, with or without a trailing `/v1` (see `chatCompletionsUrl` for the exact rule). */
  readonly baseUrl: string;
  /** Sent as `Authorization: Bearer …` when set; local servers usually need none. */
  readonly apiKey?: string | undefined;
  /** The `model` sent upstream (from `REVERIE_OPENAI_MODEL_MAP`); defaults to `modelId`. */
  readonly upstreamModel?: string | undefined;
  readonly maxTokens?: number | undefined;
  /** Injected for tests or proxies; defaults to the global `fetch`. */
  readonly fetch?: typeof fetch | undefined;
}

/**
 * `LlmModelV1` over an OpenAI-style chat-completions endpoint. No retries here: failures are thrown as
 * `LlmError` (with `retryAfterMs` on 429s) for `withRetry`; an aborted call throws the signal's reason.
 * Tool calls whose arguments are not a JSON object come back with input
 * `{ _reverie_invalid_arguments: raw }` (see `INVALID_TOOL_ARGUMENTS_KEY`).
 * @example
 * const model = new OpenAICompatibleModel({ modelId: 'llama3', baseUrl: 'http://127.0.0.1:11434', upstreamModel: 'llama3.1:8b' });
 * for await (const part of model.doStream({ messages })) if (part.type === 'text-delta') process.stdout.write(part.text);
 */
export class OpenAICompatibleModel implements LlmModelV1 {
  readonly specificationVersion = 'v1' as const;
  readonly provider = 'openai-compatible';
  readonly modelId: string;
  readonly #url: string;
  readonly #apiKey: string | undefined;
  readonly #upstreamModel: string;
  readonly #maxTokens: number;
  readonly #fetch: typeof fetch;

  constructor({ modelId, baseUrl, apiKey, upstreamModel, maxTokens, fetch: fetchImpl }: OpenAICompatibleModelOptions) {
    this.modelId = modelId;
    this.#url = chatCompletionsUrl(baseUrl);
    this.#apiKey = apiKey;
    this.#upstreamModel = upstreamModel ?? modelId;
    this.#maxTokens = maxTokens ?? OPENAI_COMPATIBLE_DEFAULT_MAX_TOKENS;
    this.#fetch = fetchImpl ?? globalThis.fetch;
  }

  /** One non-streamed completion. */
  async doGenerate(options: LlmCallOptions): Promise<LlmResult> {
    const response = await this.#post(options, false);
    const text = await this.#readBody(response, options.abortSignal);
    const parsed = safeParseJSON(text, chatCompletionSchema);
    if (!parsed.success) {
      throw new LlmError({
        kind: 'model_request_failed_error',
        retryable: false,
        message: `Chat-completions response from ${this.#url} is not a completion: ${parsed.error.message}`,
        cause: parsed.error,
      });
    }
    return fromChatCompletion(parsed.value, newToolCallId);
  }

  /** A streamed completion (`stream: true` with usage in the final chunk). */
  async *doStream(options: LlmCallOptions): AsyncGenerator<LlmStreamPart> {
    const signal = options.abortSignal;
    const response = await this.#post(options, true);
    const body = response.body;
    if (!body) throw llmConnectionError({ message: `Chat-completions stream from ${this.#url} has no body.` });
    try {
      yield* openAIStreamParts({ events: readSseEvents(body), newId: newToolCallId });
    } catch (error) {
      throw this.#mapThrown(error, signal);
    } finally {
      // Stop the download if the consumer leaves early; harmless once the body is fully read.
      await body.cancel().catch(() => undefined);
    }
  }

  async #post(options: LlmCallOptions, stream: boolean): Promise<Response> {
    const signal = options.abortSignal;
    const body = toChatRequest({ model: this.#upstreamModel, options, defaultMaxTokens: this.#maxTokens, stream });
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: stream ? 'text/event-stream' : 'application/json',
    };
    if (this.#apiKey) headers['authorization'] = `Bearer ${this.#apiKey}`;
    let response: Response;
    try {
      response = await this.#fetch(this.#url, { method: 'POST', headers, body: JSON.stringify(body), ...(signal ? { signal } : {}) });
    } catch (error) {
      throw this.#mapThrown(error, signal);
    }
    if (!response.ok) throw await this.#httpError(response, signal);
    return response;
  }

  async #readBody(response: Response, signal: AbortSignal | undefined): Promise<string> {
    try {
      return await response.text();
    } catch (error) {
      throw this.#mapThrown(error, signal);
    }
  }

  async #httpError(response: Response, signal: AbortSignal | undefined): Promise<unknown> {
    const text = await this.#readBody(response, signal).catch(() => '');
    const parsed = safeParseJSON(text);
    const { message, type } = parsed.success ? errorMessageOf(parsed.value) : { message: undefined, type: undefined };
    const detail = message ?? (text.trim().slice(0, MAX_ERROR_BODY_CHARS) || response.statusText);
    return llmErrorFromResponse({
      status: response.status,
      errorType: type,
      message: `Chat-completions ${response.status} from ${this.#url}: ${detail}`,
      retryAfterMs: parseRetryAfter(response.headers),
    });
  }

  /** Aborts stay aborts; `LlmError`s pass; anything else thrown by fetch or the body is a connection failure. */
  #mapThrown(error: unknown, signal: AbortSignal | undefined): unknown {
    if (signal?.aborted) return abortReason(signal);
    if (LlmError.isInstance(error) || isAbortError(error)) return error;
    const reason = error instanceof Error ? (error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message) : String(error);
    return llmConnectionError({ message: `Chat-completions request to ${this.#url} failed: ${reason}`, cause: error });
  }
}

function newToolCallId(): string {
  return `call_${randomUUID().replaceAll('-', '')}`;
}
