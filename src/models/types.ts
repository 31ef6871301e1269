/** @module models/types — the versioned model port (STYLE §9). Providers implement `LlmModelV1`. */

/** A part of a message in the provider-neutral conversation. */
export type LlmContentPart =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'tool_use'; readonly id: string; readonly name: string; readonly input: Record<string, unknown> }
  | { readonly type: 'tool_result'; readonly tool_use_id: string; readonly content: string; readonly is_error?: boolean };

export interface LlmMessage {
  readonly role: 'user' | 'assistant';
  readonly content: readonly LlmContentPart[];
}

/** A tool the model may call (custom tools and built-in agent tools alike). */
export interface LlmToolDefinition {
  readonly name: string;
  readonly description: string;
  /** JSON Schema of the input object. */
  readonly inputSchema: Record<string, unknown>;
}

/** Text the runtime makes available to the model besides the prompt (e.g. attached memory files). */
export interface LlmDocument {
  readonly source: string;
  readonly text: string;
}

export interface LlmCallOptions {
  readonly system?: string;
  readonly messages: readonly LlmMessage[];
  readonly tools?: readonly LlmToolDefinition[];
  readonly maxTokens?: number;
  /** Retrieval context; the offline model answers from it, remote providers get it inside `system`. */
  readonly documents?: readonly LlmDocument[];
  readonly abortSignal?: AbortSignal;
  /** Provider-specific passthrough until three providers share a concept. */
  readonly providerOptions?: Readonly<Record<string, unknown>>;
}

export interface LlmUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cacheReadInputTokens: number;
  readonly cacheCreationInputTokens: number;
}

export type LlmStopReason = 'end_turn' | 'tool_use' | 'max_tokens' | 'refusal';

/** The whole answer of one model request. */
export interface LlmResult {
  readonly content: readonly Extract<LlmContentPart, { type: 'text' | 'tool_use' }>[];
  readonly stopReason: LlmStopReason;
  readonly usage: LlmUsage;
}

/** Streamed pieces of one model request; `finish` comes last and carries the same facts as `LlmResult`. */
export type LlmStreamPart =
  | { readonly type: 'text-delta'; readonly text: string }
  | { readonly type: 'tool-use'; readonly id: string; readonly name: string; readonly input: Record<string, unknown> }
  | { readonly type: 'finish'; readonly stopReason: LlmStopReason; readonly usage: LlmUsage };

/** Version 1 of the model port. Add `LlmModelV2` beside it rather than editing this. */
export interface LlmModelV1 {
  readonly specificationVersion: 'v1';
  readonly provider: string;
  readonly modelId: string;
  doGenerate(options: LlmCallOptions): Promise<LlmResult>;
  doStream(options: LlmCallOptions): AsyncIterable<LlmStreamPart>;
}

/** Why a model request failed, in the terms of the `session.error` event types. */
export type LlmErrorKind =
  | 'model_overloaded_error'
  | 'model_rate_limited_error'
  | 'model_request_failed_error'
  | 'billing_error'
  | 'unknown_error';

const LLM_ERROR = Symbol.for('reverie.llm-error');

/** A failed model request; `retryable` says whether backing off and trying again can help. */
export class LlmError extends Error {
  readonly [LLM_ERROR] = true;
  readonly kind: LlmErrorKind;
  readonly retryable: boolean;
  readonly status: number | undefined;

  constructor({ kind, message, retryable, status, cause }: { kind: LlmErrorKind; message: string; retryable: boolean; status?: number; cause?: unknown }) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'LlmError';
    this.kind = kind;
    this.retryable = retryable;
    this.status = status;
  }

  static isInstance(value: unknown): value is LlmError {
    return typeof value === 'object' && value !== null && LLM_ERROR in value;
  }
}

/** Picks a model for an id; returns a reason (naming the variable to set) when none can serve it. */
export interface ModelResolver {
  resolve(modelId: string): { model: LlmModelV1 } | { error: string };
}

/** The built-in deterministic model's id. */
export const OFFLINE_MODEL_ID = 'reverie-offline';
