/** @module test/support/sdk-errors — catching the SDK's typed errors in tests. */
import Anthropic from '@anthropic-ai/sdk';

export type ApiError = InstanceType<typeof Anthropic.APIError>;

/** The `APIError` an SDK call rejects with; any other rejection is rethrown, a success fails the test. */
export async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof Anthropic.APIError) return err;
    throw err;
  }
  throw new Error('expected the SDK call to fail');
}
