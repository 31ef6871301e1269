/** @module models — model providers behind the versioned `LlmModelV1` port, and the resolver that picks one. */
export * from './types.js';
export { createModelResolver, notConfiguredMessage, type ModelProvidersConfig } from './resolver.js';
export { OfflineModel, NO_MATCH_ANSWER } from './offline/index.js';
export { withRetry, abortReason, type RetryEvent, type RetryOptions } from './retry.js';
