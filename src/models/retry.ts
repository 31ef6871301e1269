/** @module models/retry — the retry policy for model requests: which failures are transient, and backoff. */
import { LlmError, type LlmErrorKind } from './types.js';

/** Attempts in total (first try included) unless the caller says otherwise; four spans a short overload. */
export const DEFAULT_RETRY_ATTEMPTS = 4;
/** First backoff ceiling; Anthropic's own SDK starts at half a second. */
export const DEFAULT_BASE_DELAY_MS = 500;
/** Backoff ceiling; a session turn should not sit silent for longer than this between tries. */
export const DEFAULT_MAX_DELAY_MS = 8_000;
/** A provider asking us to wait longer than this is treated as "not now": we give up and surface the error. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

/** An `LlmError` that carries the provider's `retry-after` hint. `LlmError.isInstance` still holds. */
export class RetryAfterLlmError extends LlmError {
  /** How long the provider asked us to wait before trying again, in milliseconds. */
  readonly retryAfterMs: number | undefined;

  constructor(init: ConstructorParameters<typeof LlmError>[0] & { retryAfterMs?: number | undefined }) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** The provider's wait hint on an error, if it sent one (`RetryAfterLlmError` or any `retryAfterMs` field). */
export function retryAfterMsOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('retryAfterMs' in error)) return undefined;
  const value = error.retryAfterMs;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** What `onRetry` is told before each wait. */
export interface RetryEvent {
  /** The attempt that just failed, starting at 1. */
  readonly attempt: number;
  /** Attempts allowed in total. */
  readonly attempts: number;
  /** How long we will wait before the next attempt. */
  readonly delayMs: number;
  readonly error: LlmError;
}

/** Options of {@link withRetry}; all optional, defaults are the `DEFAULT_*` constants above. */
export interface RetryOptions {
  /** Attempts in total, first try included (>= 1). */
  readonly attempts?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Longest provider `retry-after` we are willing to honour; longer hints end the retries. */
  readonly maxRetryAfterMs?: number;
  /** Aborting stops the waiting and the retries; the abort reason is thrown. */
  readonly signal?: AbortSignal | undefined;
  /** Called before each wait, e.g. to emit `session.error` with `retry_status: retrying`. */
  readonly onRetry?: ((event: RetryEvent) => void) | undefined;
  /** Injected for tests; defaults to `Math.random`. */
  readonly random?: () => number;
  /** Injected for tests; defaults to an abortable `setTimeout`. */
  readonly sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
}

/**
 * Runs `fn` and retries it while it throws a retryable `LlmError`, with exponential backoff and full
 * jitter (a uniform wait in [0, min(maxDelayMs, baseDelayMs·2^(n-1))]). A `retryAfterMs` hint from the
 * provider replaces the jittered wait; a hint above `maxRetryAfterMs` ends the retries. Anything that is
 * not a retryable `LlmError` (including aborts) is rethrown at once; after the last attempt the last error
 * is rethrown unchanged.
 * @example
 * const result = await withRetry(
 *   { attempts: 3, signal, onRetry: (e) => emitRetrying(e) },
 *   () => model.doGenerate({ messages, abortSignal: signal }),
 * );
 */
export async function withRetry<T>(options: RetryOptions, fn: (attempt: number) => Promise<T>): Promise<T> {
  const {
    attempts = DEFAULT_RETRY_ATTEMPTS,
    baseDelayMs = DEFAULT_BASE_DELAY_MS,
    maxDelayMs = DEFAULT_MAX_DELAY_MS,
    maxRetryAfterMs = DEFAULT_MAX_RETRY_AFTER_MS,
    signal,
    onRetry,
    random = Math.random,
    sleep = abortableSleep,
  } = options;
  const total = Math.max(1, Math.floor(attempts));
  for (let attempt = 1; ; attempt++) {
    throwIfAborted(signal);
    try {
      return await fn(attempt);
    } catch (error) {
      if (!LlmError.isInstance(error) || !error.retryable || attempt >= total) throw error;
      if (signal?.aborted) throw error;
      const hinted = retryAfterMsOf(error);
      if (hinted !== undefined && hinted > maxRetryAfterMs) throw error;
      const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      const delayMs = hinted ?? Math.round(random() * ceiling);
      onRetry?.({ attempt, attempts: total, delayMs, error });
      await sleep(delayMs, signal);
    }
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortReason(signal);
}

/** The error an aborted signal stands for (its reason, or a DOM-style `AbortError`). */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortReason(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Upstream `error.type` strings that name the failure regardless of the HTTP status. */
const OVERLOADED_TYPES = new Set(['overloaded_error', 'overloaded']);
const RATE_LIMIT_TYPES = new Set(['rate_limit_error', 'rate_limit_exceeded', 'rate_limited']);
/** OpenAI reports an exhausted quota as a 429 with this type; waiting will not help, paying will. */
const BILLING_TYPES = new Set(['billing_error', 'insufficient_quota']);
/** 408 (timeout) and 409 (lock conflict) are transient; the Anthropic SDK retries them too. */
const TRANSIENT_4XX = new Set([408, 409]);
/** HTTP 529 is Anthropic's "overloaded". */
const STATUS_OVERLOADED = 529;

/**
 * Maps a failed provider response (HTTP status and/or the body's `error.type`) to an `LlmError`.
 * `status` is undefined for an error event inside a stream, where only `errorType` says what happened.
 */
export function llmErrorFromResponse({
  status,
  errorType,
  message,
  retryAfterMs,
  cause,
}: {
  status: number | undefined;
  errorType?: string | null | undefined;
  message: string;
  retryAfterMs?: number | undefined;
  cause?: unknown;
}): LlmError {
  const make = (kind: LlmErrorKind, retryable: boolean): LlmError =>
    new RetryAfterLlmError({ kind, retryable, message, retryAfterMs, cause, ...(status === undefined ? {} : { status }) });
  const type = errorType ?? '';
  if (status === STATUS_OVERLOADED || OVERLOADED_TYPES.has(type)) return make('model_overloaded_error', true);
  if (status === 402 || BILLING_TYPES.has(type)) return make('billing_error', false);
  if (status === 429 || RATE_LIMIT_TYPES.has(type)) return make('model_rate_limited_error', true);
  if (status === undefined) {
    // A mid-stream error with an unknown type: the server failed after accepting the request.
    return make('model_request_failed_error', type === 'api_error' || type === 'timeout_error' || type === '');
  }
  if (status >= 500 || TRANSIENT_4XX.has(status)) return make('model_request_failed_error', true);
  if (status >= 400) return make('model_request_failed_error', false);
  return make('unknown_error', false);
}

/** A request that never got an HTTP answer (DNS, refused connection, reset, timeout): worth retrying. */
export function llmConnectionError({ message, cause }: { message: string; cause?: unknown }): LlmError {
  return new LlmError({ kind: 'model_request_failed_error', retryable: true, message, cause });
}

/**
 * Reads `retry-after-ms` (milliseconds) or `retry-after` (seconds or an HTTP date) from response headers.
 * Returns undefined when neither is present or parseable.
 */
export function parseRetryAfter(headers: { get(name: string): string | null } | undefined, nowMs = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms)) && Number(ms) >= 0) return Number(ms);
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? Math.round(seconds * 1000) : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** True for the errors an aborted `fetch` or SDK call throws. */
export function isAbortError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = (error as { name?: unknown }).name;
  return name === 'AbortError' || name === 'APIUserAbortError';
}
