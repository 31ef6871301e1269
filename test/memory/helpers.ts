/** @module test/memory/helpers — shared assertions of the memory suites. */
import Anthropic from '@anthropic-ai/sdk';
import { expect } from 'vitest';
import { TEST_API_KEY } from '../support/server.js';

type ErrorClass = abstract new (...args: never[]) => InstanceType<typeof Anthropic.APIError>;

/** Awaits a call that must fail with this SDK error class, status and `error.type`; returns the error. */
export async function expectApiError(
  call: Promise<unknown>,
  { cls, status, type }: { cls: ErrorClass; status: number; type: string },
): Promise<InstanceType<typeof Anthropic.APIError>> {
  let caught: unknown;
  try {
    await call;
  } catch (err) {
    caught = err;
  }
  expect(caught, 'the call should have failed').toBeInstanceOf(cls);
  const err = caught as InstanceType<typeof Anthropic.APIError>;
  expect(err.status).toBe(status);
  expect(err.type).toBe(type);
  return err;
}

/** An SDK client that counts the HTTP requests it sends (to prove a 409 is not retried). */
export function countingClient(url: string): { client: Anthropic; requests: () => number } {
  let count = 0;
  const client = new Anthropic({
    apiKey: TEST_API_KEY,
    baseURL: url,
    fetch: (input, init) => {
      count++;
      return fetch(input, init);
    },
  });
  return { client, requests: () => count };
}

/** Collects every item of an SDK auto-paginating list. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}
