/** @module test/models/anthropic-model — `AnthropicModel` against a local server speaking the Messages wire format. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AnthropicModel } from '../../src/models/anthropic/anthropic-model.js';
import { INVALID_TOOL_ARGUMENTS_KEY } from '../../src/models/anthropic/provider-helpers.js';
import { retryAfterMsOf, withRetry } from '../../src/models/retry.js';
import { LlmError, type LlmCallOptions, type LlmStreamPart } from '../../src/models/types.js';
import { errorReply, errorStream, messageReply, MODEL, startAnthropicServer, textStream, toolUseStream } from './support/anthropic-wire.js';
import { abortAfterFirstPart, caught, collect } from './support/async-helpers.js';
import type { WireServer } from './support/wire-server.js';

const API_KEY = 'sk-ant-test-0123456789';
const WEATHER_TOOL = {
  name: 'get_weather',
  description: 'Current weather for a city.',
  inputSchema: { type: 'object', properties: { location: { type: 'string' } }, required: ['location'] },
};
const HELLO: LlmCallOptions = { messages: [{ role: 'user', content: [{ type: 'text', text: 'Hello' }] }] };

let server: WireServer;
let model: AnthropicModel;
beforeAll(async () => {
  server = await startAnthropicServer();
  model = new AnthropicModel({ modelId: MODEL, apiKey: API_KEY, baseUrl: server.url, maxTokens: 1000 });
});
afterAll(() => server.close());
beforeEach(() => void server.requests.splice(0));

describe('anthropic: doGenerate', () => {
  it('anthropic: sends a Messages request with auth headers, system and documents, and maps the text answer', async () => {
    server.enqueue(messageReply({ content: [{ type: 'text', text: 'Hi there!' }], stop_reason: 'end_turn' }));
    const result = await model.doGenerate({
      ...HELLO,
      system: 'You are terse.',
      documents: [{ source: '/memories/prefs.md', text: 'User prefers metric units.' }],
    });
    expect(result).toEqual({
      content: [{ type: 'text', text: 'Hi there!' }],
      stopReason: 'end_turn',
      usage: { inputTokens: 412, outputTokens: 27, cacheReadInputTokens: 1024, cacheCreationInputTokens: 0 },
    });
    const [req] = server.requests;
    expect(req?.path).toBe('/v1/messages');
    expect(req?.headers['x-api-key']).toBe(API_KEY);
    // The SDK pins its API version (2026-10-21 in 1.13.0); the docs' curl examples show 2023-06-01.
    expect(req?.headers['anthropic-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(req?.headers['authorization']).toBeUndefined();
    expect(req?.body.model).toBe(MODEL);
    expect(req?.body.max_tokens).toBe(1000);
    expect(req?.body.stream).toBeFalsy();
    expect(req?.body.messages).toEqual([{ role: 'user', content: [{ type: 'text', text: 'Hello' }] }]);
    expect(req?.body.system).toMatch(/^You are terse\.\n\n# Reference material\n/);
    expect(req?.body.system).toContain('<document source="/memories/prefs.md">\nUser prefers metric units.\n</document>');
    expect(req?.body.tools).toBeUndefined();
  });

  it('anthropic: sends tools as {name, description, input_schema} and maps a tool_use answer', async () => {
    server.enqueue(
      messageReply({
        content: [
          { type: 'text', text: 'Checking.' },
          { type: 'tool_use', id: 'toolu_01A09q90qw90lq917835lq9', name: 'get_weather', input: { location: 'Paris' } },
        ],
        stop_reason: 'tool_use',
      }),
    );
    const result = await model.doGenerate({
      ...HELLO,
      tools: [WEATHER_TOOL],
      maxTokens: 64,
      providerOptions: { anthropic: { temperature: 0.2, model: 'ignored' } },
    });
    expect(result.stopReason).toBe('tool_use');
    expect(result.content).toEqual([
      { type: 'text', text: 'Checking.' },
      { type: 'tool_use', id: 'toolu_01A09q90qw90lq917835lq9', name: 'get_weather', input: { location: 'Paris' } },
    ]);
    expect(server.requests[0]?.body.tools).toEqual([
      { name: 'get_weather', description: 'Current weather for a city.', input_schema: WEATHER_TOOL.inputSchema },
    ]);
    expect(server.requests[0]?.body.max_tokens).toBe(64);
    expect(server.requests[0]?.body.temperature).toBe(0.2);
    expect(server.requests[0]?.body.model).toBe(MODEL);
    expect(server.requests[0]?.body.system).toBeUndefined();
  });

  it('anthropic: sends a tool-result follow-up turn as tool_use and tool_result blocks', async () => {
    server.enqueue(messageReply({ content: [{ type: 'text', text: 'It is 18°C in Paris.' }], stop_reason: 'end_turn' }));
    const result = await model.doGenerate({
      tools: [WEATHER_TOOL],
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Weather in Paris?' }] },
        {
          role: 'assistant',
          content: [
            { type: 'text', text: '' },
            { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { location: 'Paris' } },
          ],
        },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '18°C', is_error: false }] },
      ],
    });
    expect(result.content).toEqual([{ type: 'text', text: 'It is 18°C in Paris.' }]);
    expect(server.requests[0]?.body.messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'Weather in Paris?' }] },
      { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { location: 'Paris' } }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '18°C', is_error: false }] },
    ]);
  });

  it.each([
    ['end_turn', 'end_turn'],
    ['stop_sequence', 'end_turn'],
    ['pause_turn', 'end_turn'],
    ['max_tokens', 'max_tokens'],
    ['refusal', 'refusal'],
    ['tool_use', 'tool_use'],
  ])('anthropic: maps stop_reason %s to %s', async (wire, expected) => {
    server.enqueue(messageReply({ content: [{ type: 'text', text: 'x' }], stop_reason: wire }));
    expect((await model.doGenerate(HELLO)).stopReason).toBe(expected);
  });
});

describe('anthropic: doStream', () => {
  it('anthropic: streams text deltas and finishes with usage', async () => {
    server.enqueue(textStream(['Hello', ', ', 'world', '!']));
    const parts = await collect(model.doStream({ ...HELLO, system: 'Be nice.' }));
    expect(parts).toEqual([
      { type: 'text-delta', text: 'Hello' },
      { type: 'text-delta', text: ', ' },
      { type: 'text-delta', text: 'world' },
      { type: 'text-delta', text: '!' },
      {
        type: 'finish',
        stopReason: 'end_turn',
        usage: { inputTokens: 412, outputTokens: 15, cacheReadInputTokens: 1024, cacheCreationInputTokens: 0 },
      },
    ]);
    const req = server.requests[0];
    expect(req?.body.stream).toBe(true);
    expect(req?.body.system).toBe('Be nice.');
    expect(req?.headers['x-api-key']).toBe(API_KEY);
  });

  it('anthropic: joins input_json_delta fragments split across network writes into one tool-use part', async () => {
    server.enqueue(
      toolUseStream({ id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6', name: 'get_weather', jsonPieces: ['{"loca', 'tion": "San Fra', 'ncisco, CA", "unit": "celsius"}'] }),
    );
    const parts = await collect(model.doStream({ ...HELLO, tools: [WEATHER_TOOL] }));
    expect(parts).toEqual([
      { type: 'text-delta', text: 'Let me check the weather.' },
      { type: 'tool-use', id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6', name: 'get_weather', input: { location: 'San Francisco, CA', unit: 'celsius' } },
      {
        type: 'finish',
        stopReason: 'tool_use',
        usage: { inputTokens: 412, outputTokens: 89, cacheReadInputTokens: 1024, cacheCreationInputTokens: 0 },
      },
    ]);
    expect(server.requests[0]?.body.tools?.[0]?.input_schema).toEqual(WEATHER_TOOL.inputSchema);
  });

  it('anthropic: keeps the raw text of tool input that is not valid JSON', async () => {
    server.enqueue(toolUseStream({ id: 'toolu_2', name: 'get_weather', jsonPieces: ['{"location": "Par'] }));
    const parts = await collect(model.doStream(HELLO));
    expect(parts.find((p) => p.type === 'tool-use')).toEqual({
      type: 'tool-use',
      id: 'toolu_2',
      name: 'get_weather',
      input: { [INVALID_TOOL_ARGUMENTS_KEY]: '{"location": "Par' },
    });
  });

  it('anthropic: turns a mid-stream `event: error` into a retryable overloaded LlmError after the text so far', async () => {
    server.enqueue(errorStream());
    const parts: LlmStreamPart[] = [];
    const error = await caught((async () => { for await (const p of model.doStream(HELLO)) parts.push(p); })());
    expect(parts).toEqual([{ type: 'text-delta', text: 'Partial' }]);
    expect(LlmError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'model_overloaded_error', retryable: true });
  });

  it('anthropic: maps an HTTP error on a stream request too', async () => {
    server.enqueue(errorReply({ status: 429, type: 'rate_limit_error', message: 'Number of request tokens has exceeded your per-minute rate limit', headers: { 'retry-after': '3' } }));
    const error = await caught(collect(model.doStream(HELLO)));
    expect(error).toMatchObject({ kind: 'model_rate_limited_error', retryable: true, status: 429 });
    expect(retryAfterMsOf(error)).toBe(3000);
  });
});

describe('anthropic: errors', () => {
  it.each([
    { status: 429, type: 'rate_limit_error', kind: 'model_rate_limited_error', retryable: true },
    { status: 529, type: 'overloaded_error', kind: 'model_overloaded_error', retryable: true },
    { status: 500, type: 'api_error', kind: 'model_request_failed_error', retryable: true },
    { status: 400, type: 'invalid_request_error', kind: 'model_request_failed_error', retryable: false },
    { status: 401, type: 'authentication_error', kind: 'model_request_failed_error', retryable: false },
    { status: 403, type: 'permission_error', kind: 'model_request_failed_error', retryable: false },
    { status: 404, type: 'not_found_error', kind: 'model_request_failed_error', retryable: false },
    { status: 402, type: 'billing_error', kind: 'billing_error', retryable: false },
  ])('anthropic: HTTP $status $type → $kind (retryable: $retryable), without SDK retries', async ({ status, type, kind, retryable }) => {
    server.enqueue(errorReply({ status, type, message: `upstream says ${type}`, headers: status === 429 ? { 'retry-after': '2' } : {} }));
    const error = await caught(model.doGenerate(HELLO));
    expect(LlmError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ kind, retryable, status });
    expect((error as Error).message).toContain(`upstream says ${type}`);
    expect(retryAfterMsOf(error)).toBe(status === 429 ? 2000 : undefined);
    expect(server.requests).toHaveLength(1);
  });

  it('anthropic: a refused or dropped connection is a retryable request failure', async () => {
    server.enqueue({ kind: 'destroy' });
    const error = await caught(model.doGenerate(HELLO));
    expect(error).toMatchObject({ kind: 'model_request_failed_error', retryable: true });
  });

  it('anthropic: abort rejects with the abort reason (not an LlmError) for generate and stream', async () => {
    server.enqueue({ kind: 'hang' }, { kind: 'hang' });
    const controller = new AbortController();
    const pending = caught(model.doGenerate({ ...HELLO, abortSignal: controller.signal }));
    void server.received(1).then(() => controller.abort(new Error('user stopped')));
    expect(await pending).toMatchObject({ message: 'user stopped' });

    const streamController = new AbortController();
    const streaming = caught(collect(model.doStream({ ...HELLO, abortSignal: streamController.signal })));
    void server.received(2).then(() => streamController.abort());
    const streamError = await streaming;
    expect(LlmError.isInstance(streamError)).toBe(false);
    expect(streamError).toMatchObject({ name: 'AbortError' });
  });

  it('anthropic: aborting mid-stream (the SDK ends such a stream quietly) still rejects with the abort', async () => {
    // message_start, content_block_start, ping, the first text_delta — then the connection stays open.
    const chunks = textStream(['Hel', 'lo']).chunks.slice(0, 4);
    server.enqueue({ kind: 'sse', holdOpen: true, chunks });
    const { parts, error } = await abortAfterFirstPart((abortSignal) => model.doStream({ ...HELLO, abortSignal }));
    expect(parts).toEqual([{ type: 'text-delta', text: 'Hel' }]);
    expect(LlmError.isInstance(error)).toBe(false);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('anthropic: withRetry retries an overloaded answer and then succeeds', async () => {
    server.enqueue(errorReply({ status: 529, type: 'overloaded_error', message: 'Overloaded' }), textStream(['ok']));
    const seen: string[] = [];
    const parts = await withRetry({ attempts: 3, baseDelayMs: 1, maxDelayMs: 2, onRetry: (e) => seen.push(e.error.kind) }, () =>
      collect(model.doStream(HELLO)),
    );
    expect(parts[0]).toEqual({ type: 'text-delta', text: 'ok' });
    expect(seen).toEqual(['model_overloaded_error']);
    expect(server.requests).toHaveLength(2);
  });
});
