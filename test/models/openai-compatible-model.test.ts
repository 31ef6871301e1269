/** @module test/models/openai-compatible-model — `OpenAICompatibleModel` against a local chat-completions server. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { INVALID_TOOL_ARGUMENTS_KEY, REFERENCE_MATERIAL_HEADING } from '../../src/models/anthropic/provider-helpers.js';
import { OpenAICompatibleModel } from '../../src/models/openai-compatible/openai-compatible-model.js';
import { retryAfterMsOf, withRetry } from '../../src/models/retry.js';
import { LlmError, type LlmCallOptions } from '../../src/models/types.js';
import {
  chunk,
  completionReply,
  delta,
  DONE,
  openAIErrorReply,
  parallelToolCallStream,
  startOpenAIServer,
  textStream,
  UPSTREAM_MODEL,
  usage,
} from './support/openai-wire.js';
import { abortAfterFirstPart, caught, collect } from './support/async-helpers.js';
import type { WireServer } from './support/wire-server.js';

const API_KEY = 'sk-local-test-key';
const WEATHER_TOOL = {
  name: 'get_weather',
  description: 'Current weather for a city.',
  inputSchema: { type: 'object', properties: { location: { type: 'string' } }, required: ['location'] },
};
const HELLO: LlmCallOptions = { messages: [{ role: 'user', content: [{ type: 'text', text: 'Hello' }] }] };

let server: WireServer;
let model: OpenAICompatibleModel;
beforeAll(async () => {
  server = await startOpenAIServer();
  model = new OpenAICompatibleModel({ modelId: 'local-qwen', baseUrl: server.url, apiKey: API_KEY, upstreamModel: UPSTREAM_MODEL, maxTokens: 512 });
});
afterAll(() => server.close());
beforeEach(() => void server.requests.splice(0));

describe('openai-compatible: doGenerate', () => {
  it('openai-compatible: posts to /v1/chat/completions with Bearer auth, the upstream model and the system message first', async () => {
    server.enqueue(completionReply({ message: { content: 'Hi!' }, finish_reason: 'stop', usage: usage({ prompt: 57, completion: 3, cached: 32 }) }));
    const result = await model.doGenerate({ ...HELLO, system: 'Be brief.', documents: [{ source: 'faq.md', text: 'Opening hours: 9-5.' }] });
    expect(result).toEqual({
      content: [{ type: 'text', text: 'Hi!' }],
      stopReason: 'end_turn',
      usage: { inputTokens: 25, outputTokens: 3, cacheReadInputTokens: 32, cacheCreationInputTokens: 0 },
    });
    const req = server.requests[0];
    expect(req?.path).toBe('/v1/chat/completions');
    expect(req?.headers['authorization']).toBe(`Bearer ${API_KEY}`);
    expect(req?.headers['content-type']).toBe('application/json');
    expect(req?.body.model).toBe(UPSTREAM_MODEL);
    expect(req?.body.max_tokens).toBe(512);
    expect(req?.body.stream).toBeUndefined();
    expect(req?.body.tools).toBeUndefined();
    expect(req?.body.messages).toHaveLength(2);
    expect(req?.body.messages[0].role).toBe('system');
    expect(req?.body.messages[0].content).toMatch(/^Be brief\.\n\n# Reference material\n/);
    expect(req?.body.messages[0].content).toContain('<document source="faq.md">\nOpening hours: 9-5.\n</document>');
    expect(req?.body.messages[1]).toEqual({ role: 'user', content: 'Hello' });
  });

  it.each(['', '/', '/v1', '/v1/'])('openai-compatible: base URL suffix "%s" reaches /v1/chat/completions; no key, no Authorization', async (suffix) => {
    const local = new OpenAICompatibleModel({ modelId: UPSTREAM_MODEL, baseUrl: `${server.url}${suffix}` });
    server.enqueue(completionReply({ message: { content: 'ok' }, finish_reason: 'stop', usage: usage({ prompt: 1, completion: 1 }) }));
    await local.doGenerate(HELLO);
    expect(server.requests[0]?.path).toBe('/v1/chat/completions');
    expect(server.requests[0]?.headers['authorization']).toBeUndefined();
    expect(server.requests[0]?.body.model).toBe(UPSTREAM_MODEL);
  });

  it('openai-compatible: sends tools as functions and maps tool_calls with JSON-string arguments', async () => {
    server.enqueue(
      completionReply({
        message: {
          content: null,
          tool_calls: [{ id: 'call_abc123', type: 'function', function: { name: 'get_weather', arguments: '{"location":"Paris"}' } }],
        },
        finish_reason: 'tool_calls',
        usage: usage({ prompt: 80, completion: 17 }),
      }),
    );
    const result = await model.doGenerate({ ...HELLO, tools: [WEATHER_TOOL], providerOptions: { 'openai-compatible': { temperature: 0, stream: true } } });
    expect(result.stopReason).toBe('tool_use');
    expect(result.content).toEqual([{ type: 'tool_use', id: 'call_abc123', name: 'get_weather', input: { location: 'Paris' } }]);
    expect(server.requests[0]?.body.temperature).toBe(0);
    expect(server.requests[0]?.body.stream).toBeUndefined();
    expect(server.requests[0]?.body.tools).toEqual([
      { type: 'function', function: { name: 'get_weather', description: 'Current weather for a city.', parameters: WEATHER_TOOL.inputSchema } },
    ]);
  });

  it('openai-compatible: sends a tool-result follow-up as assistant tool_calls then role "tool" messages', async () => {
    server.enqueue(completionReply({ message: { content: 'Paris: 18°C, 14:05.' }, finish_reason: 'stop', usage: usage({ prompt: 150, completion: 9 }) }));
    await model.doGenerate({
      system: 'S',
      tools: [WEATHER_TOOL],
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Weather and time in Paris?' }] },
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'Checking.' },
            { type: 'tool_use', id: 'call_1', name: 'get_weather', input: { location: 'Paris' } },
            { type: 'tool_use', id: 'call_2', name: 'get_time', input: {} },
          ],
        },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: 'call_1', content: '18°C' },
            { type: 'tool_result', tool_use_id: 'call_2', content: 'clock unavailable', is_error: true },
            { type: 'text', text: 'Thanks' },
          ],
        },
      ],
    });
    expect(server.requests[0]?.body.messages).toEqual([
      { role: 'system', content: 'S' },
      { role: 'user', content: 'Weather and time in Paris?' },
      {
        role: 'assistant',
        content: 'Checking.',
        tool_calls: [
          { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"location":"Paris"}' } },
          { id: 'call_2', type: 'function', function: { name: 'get_time', arguments: '{}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_1', content: '18°C' },
      { role: 'tool', tool_call_id: 'call_2', content: 'Error: clock unavailable' },
      { role: 'user', content: 'Thanks' },
    ]);
  });

  it.each([
    ['stop', 'end_turn'],
    ['length', 'max_tokens'],
    ['content_filter', 'refusal'],
    ['tool_calls', 'tool_use'],
  ])('openai-compatible: maps finish_reason %s to %s', async (wire, expected) => {
    server.enqueue(completionReply({ message: { content: 'x' }, finish_reason: wire, usage: usage({ prompt: 1, completion: 1 }) }));
    expect((await model.doGenerate(HELLO)).stopReason).toBe(expected);
  });
});

describe('openai-compatible: doStream', () => {
  it('openai-compatible: streams content deltas and finishes with the usage chunk', async () => {
    server.enqueue(textStream(['The ', 'answer', ' is 42.']));
    const parts = await collect(model.doStream(HELLO));
    expect(parts).toEqual([
      { type: 'text-delta', text: 'The ' },
      { type: 'text-delta', text: 'answer' },
      { type: 'text-delta', text: ' is 42.' },
      { type: 'finish', stopReason: 'end_turn', usage: { inputTokens: 25, outputTokens: 12, cacheReadInputTokens: 32, cacheCreationInputTokens: 0 } },
    ]);
    const req = server.requests[0];
    expect(req?.body.stream).toBe(true);
    expect(req?.body.stream_options).toEqual({ include_usage: true });
    expect(req?.headers['accept']).toBe('text/event-stream');
    expect(req?.headers['authorization']).toBe(`Bearer ${API_KEY}`);
  });

  it('openai-compatible: assembles two interleaved tool calls from fragments split across chunks', async () => {
    server.enqueue(parallelToolCallStream());
    const parts = await collect(model.doStream({ ...HELLO, tools: [WEATHER_TOOL] }));
    expect(parts).toEqual([
      { type: 'tool-use', id: 'call_DdmO9pD3xa9XTPNJ32zg2hcA', name: 'get_weather', input: { location: 'Paris' } },
      { type: 'tool-use', id: 'call_ABaE7ZYPXVHnbSdyZ2ri1pqE', name: 'get_time', input: { timezone: 'Europe/Paris' } },
      { type: 'finish', stopReason: 'tool_use', usage: { inputTokens: 120, outputTokens: 41, cacheReadInputTokens: 0, cacheCreationInputTokens: 0 } },
    ]);
    expect(server.requests[0]?.body.tools?.[0]?.function?.name).toBe('get_weather');
  });

  it('openai-compatible: keeps invalid JSON arguments as raw text and survives a stream closed without [DONE]', async () => {
    server.enqueue({
      kind: 'sse',
      chunks: [
        chunk({ choices: [delta({ tool_calls: [{ index: 0, id: 'call_x', type: 'function', function: { name: 'get_weather', arguments: '{"location": Par' } }] })] }),
        chunk({ choices: [delta({ tool_calls: [{ index: 0, function: { arguments: 'is}' } }] }, 'tool_calls')] }),
      ],
    });
    const parts = await collect(model.doStream(HELLO));
    expect(parts).toEqual([
      { type: 'tool-use', id: 'call_x', name: 'get_weather', input: { [INVALID_TOOL_ARGUMENTS_KEY]: '{"location": Paris}' } },
      { type: 'finish', stopReason: 'tool_use', usage: { inputTokens: 0, outputTokens: 0, cacheReadInputTokens: 0, cacheCreationInputTokens: 0 } },
    ]);
  });

  it('openai-compatible: an error sent inside the stream becomes an LlmError', async () => {
    server.enqueue({
      kind: 'sse',
      chunks: [chunk({ choices: [delta({ content: 'Hel' })] }), `data: ${JSON.stringify({ error: { message: 'model crashed', type: 'server_error' } })}\n\n`, DONE],
    });
    const error = await caught(collect(model.doStream(HELLO)));
    expect(LlmError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('model crashed');
  });

  it('openai-compatible: maps an HTTP 400 with an error body on a stream request', async () => {
    server.enqueue(openAIErrorReply({ status: 400, message: "'messages' must contain at least one message", type: 'invalid_request_error' }));
    const error = await caught(collect(model.doStream(HELLO)));
    expect(error).toMatchObject({ kind: 'model_request_failed_error', retryable: false, status: 400 });
    expect((error as Error).message).toContain("'messages' must contain at least one message");
  });
});

describe('openai-compatible: errors', () => {
  it.each([
    { status: 429, type: 'requests', kind: 'model_rate_limited_error', retryable: true },
    { status: 529, type: 'overloaded_error', kind: 'model_overloaded_error', retryable: true },
    { status: 500, type: 'server_error', kind: 'model_request_failed_error', retryable: true },
    { status: 503, type: 'server_error', kind: 'model_request_failed_error', retryable: true },
    { status: 400, type: 'invalid_request_error', kind: 'model_request_failed_error', retryable: false },
    { status: 401, type: 'invalid_request_error', kind: 'model_request_failed_error', retryable: false },
    { status: 404, type: 'invalid_request_error', kind: 'model_request_failed_error', retryable: false },
    { status: 402, type: 'billing_error', kind: 'billing_error', retryable: false },
    { status: 429, type: 'insufficient_quota', kind: 'billing_error', retryable: false },
  ])('openai-compatible: HTTP $status $type → $kind (retryable: $retryable)', async ({ status, type, kind, retryable }) => {
    server.enqueue(openAIErrorReply({ status, type, message: `upstream says ${status}`, headers: { 'retry-after': '1' } }));
    const error = await caught(model.doGenerate(HELLO));
    expect(LlmError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ kind, retryable, status });
    expect((error as Error).message).toContain(`upstream says ${status}`);
    expect(retryAfterMsOf(error)).toBe(1000);
  });

  it('openai-compatible: reads vLLM-style top-level error messages and plain-text bodies', async () => {
    server.enqueue(
      { kind: 'json', status: 400, body: { object: 'error', message: 'max_tokens is too large: 99999', type: 'BadRequestError', param: null, code: 400 } },
    );
    expect(((await caught(model.doGenerate(HELLO))) as Error).message).toContain('max_tokens is too large: 99999');
  });

  it('openai-compatible: a dropped connection or a closed port is a retryable request failure', async () => {
    server.enqueue({ kind: 'destroy' });
    expect(await caught(model.doGenerate(HELLO))).toMatchObject({ kind: 'model_request_failed_error', retryable: true });
    const closed = await startOpenAIServer();
    const url = closed.url;
    await closed.close();
    const nowhere = new OpenAICompatibleModel({ modelId: 'm', baseUrl: url });
    expect(await caught(collect(nowhere.doStream(HELLO)))).toMatchObject({ kind: 'model_request_failed_error', retryable: true });
  });

  it('openai-compatible: abort rejects with the abort reason before headers and mid-stream', async () => {
    server.enqueue({ kind: 'hang' });
    const controller = new AbortController();
    const pending = caught(model.doGenerate({ ...HELLO, abortSignal: controller.signal }));
    void server.received(1).then(() => controller.abort(new Error('user stopped')));
    expect(await pending).toMatchObject({ message: 'user stopped' });

    server.enqueue({ kind: 'sse', holdOpen: true, chunks: [chunk({ choices: [delta({ content: 'Hel' })] })] });
    const { parts, error } = await abortAfterFirstPart((abortSignal) => model.doStream({ ...HELLO, abortSignal }));
    expect(parts).toEqual([{ type: 'text-delta', text: 'Hel' }]);
    expect(LlmError.isInstance(error)).toBe(false);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('openai-compatible: withRetry retries a 500 and then succeeds', async () => {
    server.enqueue(openAIErrorReply({ status: 500, type: 'server_error', message: 'boom' }), textStream(['ok']));
    let attempts = 0;
    const parts = await withRetry({ attempts: 3, baseDelayMs: 1, maxDelayMs: 2 }, () => {
      attempts++;
      return collect(model.doStream(HELLO));
    });
    expect(attempts).toBe(2);
    expect(parts[0]).toEqual({ type: 'text-delta', text: 'ok' });
  });
});

describe('openai-compatible: system prompt', () => {
  it('openai-compatible: documents alone still produce a delimited system message', async () => {
    server.enqueue(completionReply({ message: { content: 'ok' }, finish_reason: 'stop', usage: usage({ prompt: 1, completion: 1 }) }));
    await model.doGenerate({ ...HELLO, documents: [{ source: 'a"b.md', text: 'x' }] });
    const system = server.requests[0]?.body.messages[0];
    expect(system.role).toBe('system');
    expect(system.content.startsWith(REFERENCE_MATERIAL_HEADING)).toBe(true);
    expect(system.content).toContain('<document source="a&quot;b.md">');
  });
});
