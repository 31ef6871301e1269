/** @module models/resolver — picks the provider that serves a model id. */
import type { LlmModelV1, ModelResolver } from './types.js';
import { OFFLINE_MODEL_ID } from './types.js';
import { OfflineModel } from './offline/index.js';
import { AnthropicModel } from './anthropic/anthropic-model.js';
import { OpenAICompatibleModel } from './openai-compatible/openai-compatible-model.js';

/** The provider settings the resolver needs (a subset of the validated `Config`). */
export interface ModelProvidersConfig {
  readonly anthropic?: { readonly apiKey?: string | undefined; readonly baseUrl?: string | undefined } | undefined;
  readonly openai?:
    | {
        readonly baseUrl?: string | undefined;
        readonly apiKey?: string | undefined;
        readonly modelMap?: Readonly<Record<string, string>> | undefined;
      }
    | undefined;
}

/** What a session's `session.error` says when no provider can serve a model. */
export function notConfiguredMessage(modelId: string): string {
  return (
    `No model provider is configured for model "${modelId}". Set ANTHROPIC_API_KEY to use Anthropic models, ` +
    `or REVERIE_OPENAI_BASE_URL to use an OpenAI-compatible server (vLLM, Ollama, llama.cpp); ` +
    `"${OFFLINE_MODEL_ID}" works without either.`
  );
}

/**
 * Routing: `reverie-offline` → the built-in offline model; an id listed in the OpenAI model map → the
 * OpenAI-compatible server; any other id → Anthropic when a key is set, else the OpenAI-compatible server
 * when one is set, else an error naming the variables to set. Models are made once per id.
 * @example const resolver = createModelResolver(config); const r = resolver.resolve('reverie-offline');
 */
export function createModelResolver(config: ModelProvidersConfig = {}): ModelResolver {
  const cache = new Map<string, LlmModelV1>();
  const make = (modelId: string): LlmModelV1 | undefined => {
    if (modelId === OFFLINE_MODEL_ID) return new OfflineModel();
    const openai = config.openai;
    const upstream = openai?.modelMap?.[modelId];
    if (openai?.baseUrl && upstream !== undefined) {
      return new OpenAICompatibleModel({ modelId, baseUrl: openai.baseUrl, apiKey: openai.apiKey, upstreamModel: upstream });
    }
    if (config.anthropic?.apiKey) {
      return new AnthropicModel({ modelId, apiKey: config.anthropic.apiKey, baseUrl: config.anthropic.baseUrl });
    }
    if (openai?.baseUrl) return new OpenAICompatibleModel({ modelId, baseUrl: openai.baseUrl, apiKey: openai.apiKey });
    return undefined;
  };
  return {
    resolve(modelId: string) {
      let model = cache.get(modelId);
      if (!model) {
        model = make(modelId);
        if (!model) return { error: notConfiguredMessage(modelId) };
        cache.set(modelId, model);
      }
      return { model };
    },
  };
}
