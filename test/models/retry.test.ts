/** @module test/models/retry — `withRetry` backoff policy and the HTTP → `LlmError` classification. */
import { describe, expect, it } from 'vitest';
import { llmErrorFromResponse, parseRetryAfter, RetryAfterLlmError, retryAfterMsOf, withRetry, type RetryEvent } from '../../src/models/retry.js';
import { LlmError } from '../../src/models/types.js';

const transient = (): LlmError => new LlmError({ kind: 'model_overloaded_error', retryable: true, message: 'Overloaded', status: 529 });
const fatal = (): LlmError => new LlmError({ kind: 'model_request_failed_error', retryable: false, message: 'Bad request', status: 400 });

/** A sleep that only records what it was asked to wait. */
function recordingSleep(): { delays: number[]; sleep: (ms: number) => Promise<void> } {
  const delays: number[] = [];
  return { delays, sleep: async (ms) => void delays.push(ms) };
}

describe('retry: withRetry', () => {
  it('retry: retries transient errors with backoff, then returns the result', async () => {
    let attempts = 0;
    const events: RetryEvent[] = [];
    const result = await withRetry({ attempts: 5, baseDelayMs: 1, maxDelayMs: 4, onRetry: (e) => events.push(e) }, async (attempt) => {
      attempts++;
      expect(attempt).toBe(attempts);
      if (attempts < 3) throw transient();
      return 'ok';
    });
    expect(result).toBe('ok');
    expect(attempts).toBe(3);
    expect(events.map((e) => [e.attempt, e.attempts, e.error.kind])).toEqual([
      [1, 5, 'model_overloaded_error'],
      [2, 5, 'model_overloaded_error'],
    ]);
  });

  it('retry: stops at once on a non-retryable LlmError or a foreign error', async () => {
    for (const make of [fatal, () => new TypeError('bug')]) {
      let attempts = 0;
      const error = make();
      await expect(
        withRetry({ attempts: 5, baseDelayMs: 1 }, async () => {
          attempts++;
          throw error;
        }),
      ).rejects.toBe(error);
      expect(attempts).toBe(1);
    }
  });

  it('retry: gives up after N attempts and rethrows the last error', async () => {
    let attempts = 0;
    const errors: LlmError[] = [];
    await expect(
      withRetry({ attempts: 3, baseDelayMs: 1, maxDelayMs: 2 }, async () => {
        attempts++;
        const e = transient();
        errors.push(e);
        throw e;
      }),
    ).rejects.toSatisfy((e) => e === errors[2]);
    expect(attempts).toBe(3);
  });

  it('retry: full-jitter backoff doubles its ceiling up to maxDelayMs', async () => {
    const { delays, sleep } = recordingSleep();
    await expect(withRetry({ attempts: 6, baseDelayMs: 10, maxDelayMs: 50, random: () => 1, sleep }, async () => { throw transient(); })).rejects.toBeInstanceOf(LlmError);
    expect(delays).toEqual([10, 20, 40, 50, 50]);
    const half = recordingSleep();
    await expect(withRetry({ attempts: 3, baseDelayMs: 10, random: () => 0.5, sleep: half.sleep }, async () => { throw transient(); })).rejects.toBeInstanceOf(LlmError);
    expect(half.delays).toEqual([5, 10]);
  });

  it('retry: waits what the provider asked (retryAfterMs) and gives up when it asks too much', async () => {
    const { delays, sleep } = recordingSleep();
    let attempts = 0;
    const result = await withRetry({ attempts: 3, baseDelayMs: 1, sleep }, async () => {
      attempts++;
      if (attempts === 1) throw new RetryAfterLlmError({ kind: 'model_rate_limited_error', retryable: true, message: '429', status: 429, retryAfterMs: 1234 });
      return attempts;
    });
    expect(result).toBe(2);
    expect(delays).toEqual([1234]);

    let tooLong = 0;
    await expect(
      withRetry({ attempts: 3, maxRetryAfterMs: 1000, sleep }, async () => {
        tooLong++;
        throw new RetryAfterLlmError({ kind: 'model_rate_limited_error', retryable: true, message: '429', retryAfterMs: 5000 });
      }),
    ).rejects.toMatchObject({ kind: 'model_rate_limited_error' });
    expect(tooLong).toBe(1);
  });

  it('retry: aborting during the wait stops the retries with the abort reason', async () => {
    const controller = new AbortController();
    let attempts = 0;
    const reason = new Error('session interrupted');
    await expect(
      withRetry(
        { attempts: 5, baseDelayMs: 60_000, maxDelayMs: 60_000, random: () => 1, signal: controller.signal, onRetry: () => controller.abort(reason) },
        async () => {
          attempts++;
          throw transient();
        },
      ),
    ).rejects.toBe(reason);
    expect(attempts).toBe(1);
  });

  it('retry: an already-aborted signal never calls fn', async () => {
    const controller = new AbortController();
    controller.abort();
    let attempts = 0;
    await expect(withRetry({ signal: controller.signal }, async () => ++attempts)).rejects.toMatchObject({ name: 'AbortError' });
    expect(attempts).toBe(0);
  });
});

describe('retry: classification', () => {
  it.each([
    [{ status: 429 }, 'model_rate_limited_error', true],
    [{ status: 529 }, 'model_overloaded_error', true],
    [{ status: 503, errorType: 'overloaded_error' }, 'model_overloaded_error', true],
    [{ status: 500 }, 'model_request_failed_error', true],
    [{ status: 502 }, 'model_request_failed_error', true],
    [{ status: 408 }, 'model_request_failed_error', true],
    [{ status: 400 }, 'model_request_failed_error', false],
    [{ status: 401 }, 'model_request_failed_error', false],
    [{ status: 403 }, 'model_request_failed_error', false],
    [{ status: 404 }, 'model_request_failed_error', false],
    [{ status: 413 }, 'model_request_failed_error', false],
    [{ status: 402 }, 'billing_error', false],
    [{ status: 429, errorType: 'insufficient_quota' }, 'billing_error', false],
    [{ status: undefined, errorType: 'overloaded_error' }, 'model_overloaded_error', true],
    [{ status: undefined, errorType: 'api_error' }, 'model_request_failed_error', true],
    [{ status: undefined, errorType: 'invalid_request_error' }, 'model_request_failed_error', false],
  ] as const)('retry: %o → %s (retryable %s)', (input, kind, retryable) => {
    const error = llmErrorFromResponse({ ...input, message: 'm' });
    expect(LlmError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ kind, retryable });
  });

  it('retry: parses retry-after-ms, retry-after seconds and HTTP dates', () => {
    const h = (entries: Record<string, string>) => new Headers(entries);
    expect(parseRetryAfter(h({ 'retry-after-ms': '250', 'retry-after': '9' }))).toBe(250);
    expect(parseRetryAfter(h({ 'retry-after': '2' }))).toBe(2000);
    expect(parseRetryAfter(h({ 'retry-after': '0.5' }))).toBe(500);
    expect(parseRetryAfter(h({ 'retry-after': new Date(10_000).toUTCString() }), 4_000)).toBe(6_000);
    expect(parseRetryAfter(h({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(parseRetryAfter(h({}))).toBeUndefined();
    expect(retryAfterMsOf(llmErrorFromResponse({ status: 429, message: 'm', retryAfterMs: 700 }))).toBe(700);
    expect(retryAfterMsOf(new Error('x'))).toBeUndefined();
  });
});
