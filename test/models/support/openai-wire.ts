/**
 * @module test/models/support/openai-wire — a chat-completions double (`POST /v1/chat/completions`) and
 * replies in the public OpenAI wire format: `chat.completion` JSON, `chat.completion.chunk` SSE frames
 * (`data:` lines, `choices[0].delta`, tool-call fragments keyed by `index`, a final usage chunk with
 * `choices: []`, `data: [DONE]`) and error bodies.
 */
import { startWireServer, type WireReply, type WireServer } from './wire-server.js';

export const UPSTREAM_MODEL = 'qwen2.5-7b-instruct';
const ID = 'chatcmpl-9xK2bQ0pXwYl3aEo1JmR7sT4uV5w';
const CREATED = 1_732_537_200;

/** Starts the double; other paths get OpenAI's 404 body. */
export function startOpenAIServer(): Promise<WireServer> {
  return startWireServer({
    path: '/v1/chat/completions',
    notFoundBody: { error: { message: 'Not found', type: 'invalid_request_error', param: null, code: null } },
  });
}

/** OpenAI's error body. */
export function openAIErrorReply({ status, message, type, code = null, headers = {} }: {
  status: number;
  message: string;
  type: string;
  code?: string | null;
  headers?: Record<string, string>;
}): WireReply {
  return { kind: 'json', status, headers, body: { error: { message, type, param: null, code } } };
}

/** A usage object as sent (with the details objects servers include). */
export function usage({ prompt, completion, cached = 0 }: { prompt: number; completion: number; cached?: number }): unknown {
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: { cached_tokens: cached, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
  };
}

/** A non-streamed `chat.completion`. */
export function completionReply({ message, finish_reason, usage: u }: { message: Record<string, unknown>; finish_reason: string; usage: unknown }): WireReply {
  return {
    kind: 'json',
    body: {
      id: ID,
      object: 'chat.completion',
      created: CREATED,
      model: UPSTREAM_MODEL,
      choices: [{ index: 0, message: { role: 'assistant', refusal: null, annotations: [], ...message }, logprobs: null, finish_reason }],
      usage: u,
      service_tier: 'default',
      system_fingerprint: 'fp_b376dfbbd5',
    },
  };
}

/** One chunk frame; `choices` as given (the usage chunk has none). */
export function chunk({ choices, usage: u }: { choices: unknown[]; usage?: unknown }): string {
  const body = { id: ID, object: 'chat.completion.chunk', created: CREATED, model: UPSTREAM_MODEL, system_fingerprint: 'fp_b376dfbbd5', choices, usage: u ?? null };
  return `data: ${JSON.stringify(body)}\n\n`;
}

/** A choice with a delta. */
export function delta(d: Record<string, unknown>, finish_reason: string | null = null): unknown {
  return { index: 0, delta: d, logprobs: null, finish_reason };
}

export const DONE = 'data: [DONE]\n\n';

/** A streamed text answer: role chunk, content pieces, finish chunk, usage chunk, `[DONE]`. */
export function textStream(pieces: readonly string[], finishReason = 'stop'): WireReply {
  return {
    kind: 'sse',
    chunks: [
      chunk({ choices: [delta({ role: 'assistant', content: '', refusal: null })] }),
      ...pieces.map((content) => chunk({ choices: [delta({ content })] })),
      chunk({ choices: [delta({}, finishReason)] }),
      chunk({ choices: [], usage: usage({ prompt: 57, completion: 12, cached: 32 }) }),
      DONE,
    ],
  };
}

/**
 * Two parallel tool calls streamed the way OpenAI-style servers do: id, type and name in each call's first
 * fragment with `arguments: ""`, then argument pieces; the second call starts before the first finishes
 * (interleaved by `index`), and several frames are cut across network writes.
 */
export function parallelToolCallStream(): WireReply {
  const call = (index: number, fn: Record<string, unknown>, id?: string): unknown =>
    id === undefined ? { index, function: fn } : { index, id, type: 'function', function: fn };
  const frames = [
    chunk({ choices: [delta({ role: 'assistant', content: null })] }),
    chunk({ choices: [delta({ tool_calls: [call(0, { name: 'get_weather', arguments: '' }, 'call_DdmO9pD3xa9XTPNJ32zg2hcA')] })] }),
    chunk({ choices: [delta({ tool_calls: [call(0, { arguments: '{"lo' })] })] }),
    chunk({ choices: [delta({ tool_calls: [call(0, { arguments: 'cation": "Pa' })] })] }),
    chunk({ choices: [delta({ tool_calls: [call(1, { name: 'get_time', arguments: '' }, 'call_ABaE7ZYPXVHnbSdyZ2ri1pqE')] })] }),
    chunk({ choices: [delta({ tool_calls: [call(1, { arguments: '{"timezone":' })] })] }),
    chunk({ choices: [delta({ tool_calls: [call(0, { arguments: 'ris"}' })] })] }),
    chunk({ choices: [delta({ tool_calls: [call(1, { arguments: ' "Europe/Paris"}' })] })] }),
    chunk({ choices: [delta({}, 'tool_calls')] }),
    chunk({ choices: [], usage: usage({ prompt: 120, completion: 41 }) }),
    DONE,
  ];
  return { kind: 'sse', chunks: frames.flatMap((f, i) => (i % 2 === 0 ? [f.slice(0, 17), f.slice(17)] : [f])) };
}
