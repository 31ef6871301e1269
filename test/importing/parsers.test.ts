/** @module test/importing/parsers — each import format parsed from hand-written fixtures, and detection. */
import { describe, expect, it } from 'vitest';
import { detectFormat, parseImportLine, readLines, FALLBACK_STEP_MS, type ImportFormat, type LineResult } from '../../src/importing/index.js';

const ctx = { fallbackStartMs: Date.parse('2026-03-01T12:00:00.000Z') };

function parse(value: unknown, format?: ImportFormat): LineResult {
  return parseImportLine({ text: JSON.stringify(value), format, ctx });
}

function record(result: LineResult) {
  if (result.kind !== 'record') throw new Error(`expected a record, got ${JSON.stringify(result)}`);
  return result;
}

const anthropicTranscript = {
  id: 'msg_conv_1',
  created_at: '2026-02-01T10:00:00Z',
  system: 'You are a billing assistant.',
  metadata: { user_id: 'u-42' },
  messages: [
    { role: 'user', content: 'Why was I charged twice?' },
    {
      role: 'assistant',
      content: [
        { type: 'text', text: 'Let me look that up.' },
        { type: 'tool_use', id: 'toolu_1', name: 'lookup_invoice', input: { customer: 'u-42' } },
      ],
    },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'timeout contacting billing', is_error: true }] },
    {
      role: 'assistant',
      content: [{ type: 'thinking', thinking: 'retry' }, { type: 'tool_use', id: 'toolu_2', name: 'lookup_invoice', input: {} }],
    },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_2', content: [{ type: 'text', text: 'INV-1, INV-2' }] }] },
    { role: 'assistant', content: 'I see two invoices; I refunded one.' },
  ],
};

const openAiTranscript = {
  id: 'chatcmpl-77',
  created: 1_767_261_600, // 2026-01-01T10:00:00Z
  messages: [
    { role: 'system', content: 'You are a travel agent.' },
    { role: 'user', content: [{ type: 'text', text: 'Book me a flight to Oslo' }] },
    { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'search_flights', arguments: '{"to":"OSL"}' } }] },
    { role: 'tool', tool_call_id: 'call_1', content: '{"error":"upstream 503"}' },
    { role: 'assistant', content: 'Sorry, flight search is down.', tool_calls: [{ id: 'call_2', type: 'function', function: { name: 'notify', arguments: '{}' } }] },
    { role: 'tool', tool_call_id: 'call_2', content: 'queued' },
  ],
};

const managedAgentsExport = {
  session: {
    id: 'sesn_011EXPORT',
    type: 'session',
    created_at: '2026-01-05T09:00:00.000Z',
    agent: { id: 'agent_011X', type: 'agent', version: 3, name: 'support-bot' },
    metadata: { user_id: 'cust-9', 'segment.plan': 'pro', user_consent: 'true' },
    reverie: { feedback: { score: 2, resolved: false, escalated: true, comment: 'slow', updated_at: '2026-01-05T09:10:00.000Z' } },
  },
  events: [
    { id: 'sevt_1', type: 'user.message', content: [{ type: 'text', text: 'My order is late' }], processed_at: '2026-01-05T09:00:01.000Z' },
    { id: 'sevt_2', type: 'session.status_running', processed_at: '2026-01-05T09:00:01.100Z' },
    { id: 'sevt_3', type: 'agent.tool_use', name: 'track_order', input: { id: 7 }, processed_at: '2026-01-05T09:00:02.000Z' },
    { id: 'sevt_4', type: 'agent.tool_result', tool_use_id: 'sevt_3', content: [{ type: 'text', text: 'not found' }], is_error: true, processed_at: '2026-01-05T09:00:02.500Z' },
    { id: 'sevt_5', type: 'agent.message', content: [{ type: 'text', text: 'I could not find it.' }], processed_at: '2026-01-05T09:00:04.000Z' },
    { id: 'sevt_6', type: 'session.status_idle', stop_reason: { type: 'end_turn' }, stop_details: null, processed_at: '2026-01-05T09:00:04.100Z' },
  ],
};

describe('import parsers', () => {
  it('reverie: a record passes through with its times and outcome', () => {
    const r = record(
      parse({
        id: 's-1',
        agent: 'support',
        started_at: '2026-01-01T00:00:00.000Z',
        messages: [
          { role: 'user', content: 'hi', at: '2026-01-01T00:00:00.000Z' },
          { role: 'assistant', content: 'hello', latency_ms: 1500 },
        ],
        outcome: { resolved: true, satisfaction: 5 },
      }),
    );
    expect(r.format).toBe('reverie');
    expect(r.sourceKey).toBe('reverie:s-1');
    expect(r.syntheticTimes).toBe(false);
    // A message without `at` follows the previous one by its latency.
    expect(r.record.messages[1]?.at).toBe('2026-01-01T00:00:01.500Z');
    expect(r.record.outcome).toEqual({ resolved: true, satisfaction: 5 });
  });

  it('reverie: an invalid record names the field', () => {
    const r = parse({ id: 's-2', started_at: 'yesterday', messages: [] }, 'reverie');
    expect(r).toMatchObject({ kind: 'skip', reason: 'invalid_record' });
    expect(r.kind === 'skip' && r.detail).toContain('started_at');
  });

  it('anthropic: text, tool_use and tool_result blocks with is_error', () => {
    const r = record(parse(anthropicTranscript));
    expect(r.format).toBe('anthropic');
    expect(r.sourceKey).toBe('anthropic:msg_conv_1');
    expect(r.record.user).toEqual({ id: 'u-42' });
    expect(r.record.messages.map((m) => [m.role, m.content, m.tool?.name ?? null, m.tool?.error ?? null])).toEqual([
      ['user', 'Why was I charged twice?', null, null],
      ['assistant', 'Let me look that up.', null, null],
      ['tool', 'timeout contacting billing', 'lookup_invoice', true],
      ['tool', 'INV-1, INV-2', 'lookup_invoice', false],
      ['assistant', 'I see two invoices; I refunded one.', null, null],
    ]);
    // No per-message times: the transcript's created_at, then one step per message.
    expect(r.syntheticTimes).toBe(true);
    expect(r.record.started_at).toBe('2026-02-01T10:00:00.000Z');
    expect(r.record.messages[4]?.at).toBe(new Date(Date.parse('2026-02-01T10:00:00Z') + 4 * FALLBACK_STEP_MS).toISOString());
    expect(r.record.ended_at).toBe(r.record.messages[4]?.at);
  });

  it('anthropic: a system role inside messages is rejected with its index', () => {
    const r = parse({ messages: [{ role: 'system', content: 'x' }] }, 'anthropic');
    expect(r).toMatchObject({ kind: 'skip', reason: 'invalid_record' });
    expect(r.kind === 'skip' && r.detail).toContain('messages.0.role');
  });

  it('openai: tool_calls, tool messages, error detection and Unix `created`', () => {
    const r = record(parse(openAiTranscript));
    expect(r.format).toBe('openai');
    expect(r.sourceKey).toBe('openai:chatcmpl-77');
    expect(r.record.started_at).toBe('2026-01-01T10:00:00.000Z');
    expect(r.record.messages.map((m) => [m.role, m.content, m.tool?.name ?? null, m.tool?.error ?? null])).toEqual([
      ['user', 'Book me a flight to Oslo', null, null],
      ['tool', '{"error":"upstream 503"}', 'search_flights', true],
      ['assistant', 'Sorry, flight search is down.', null, null],
      ['tool', 'queued', 'notify', false],
    ]);
  });

  it('openai: without timestamps the import clock is the start (deterministic)', () => {
    const r = record(parse({ messages: [{ role: 'user', content: 'a' }, { role: 'assistant', content: 'b' }] }, 'openai'));
    expect(r.record.started_at).toBe(new Date(ctx.fallbackStartMs).toISOString());
    expect(r.record.messages[1]?.at).toBe(new Date(ctx.fallbackStartMs + FALLBACK_STEP_MS).toISOString());
    expect(r.sourceKey).toMatch(/^openai:sha256:[0-9a-f]{64}$/);
    // The key ignores key order and the clock.
    const again = parseImportLine({ text: '{"messages":[{"content":"a","role":"user"},{"content":"b","role":"assistant"}]}', format: 'openai', ctx: { fallbackStartMs: 0 } });
    expect(again.kind === 'record' && again.sourceKey).toBe(r.sourceKey);
  });

  it('managed-agents: events become messages, tool errors, user and outcome', () => {
    const r = record(parse(managedAgentsExport));
    expect(r.format).toBe('managed-agents');
    expect(r.sourceKey).toBe('managed-agents:sesn_011EXPORT');
    expect(r.record.agent).toBe('support-bot');
    expect(r.record.agent_version).toBe(3);
    expect(r.record.started_at).toBe('2026-01-05T09:00:00.000Z');
    expect(r.record.ended_at).toBe('2026-01-05T09:00:04.100Z');
    expect(r.record.user).toEqual({ id: 'cust-9', segment: { plan: 'pro' }, consent: true });
    expect(r.record.outcome).toEqual({ resolved: false, escalated: true, satisfaction: 2, feedback: 'slow' });
    expect(r.record.messages).toEqual([
      { role: 'user', content: 'My order is late', at: '2026-01-05T09:00:01.000Z' },
      { role: 'tool', content: 'not found', at: '2026-01-05T09:00:02.500Z', tool: { name: 'track_order', error: true } },
      { role: 'assistant', content: 'I could not find it.', at: '2026-01-05T09:00:04.000Z', latency_ms: 1500 },
    ]);
  });

  it('managed-agents: a non-object event is invalid, an export without messages is empty', () => {
    expect(parse({ events: [1] }, 'managed-agents')).toMatchObject({ kind: 'skip', reason: 'invalid_record' });
    expect(parse({ events: [{ type: 'session.status_idle' }] }, 'managed-agents')).toMatchObject({ kind: 'skip', reason: 'empty_transcript' });
  });

  it('bad lines: not JSON, not an object, unknown shape, blank', () => {
    expect(parseImportLine({ text: '{nope', format: undefined, ctx })).toMatchObject({ kind: 'skip', reason: 'invalid_json' });
    expect(parseImportLine({ text: '[1,2]', format: undefined, ctx })).toMatchObject({ kind: 'skip', reason: 'invalid_json' });
    expect(parseImportLine({ text: '{"hello":1}', format: undefined, ctx })).toMatchObject({ kind: 'skip', reason: 'unknown_format' });
    expect(parseImportLine({ text: '   ', format: undefined, ctx })).toEqual({ kind: 'blank' });
    // Hostile content never throws out of a parser.
    expect(parse({ events: [{ type: 'user.message', content: [null] }] }, 'managed-agents').kind).toBe('skip');
  });

  it('detection rules', () => {
    expect(detectFormat({ events: [] })).toBe('managed-agents');
    expect(detectFormat({ messages: [], started_at: '2026-01-01' })).toBe('reverie');
    expect(detectFormat({ messages: [{ role: 'tool', content: 'x' }] })).toBe('openai');
    expect(detectFormat({ messages: [{ role: 'user', content: 'x' }], system: 's' })).toBe('anthropic');
    expect(detectFormat({ messages: [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 'a' }] }] })).toBe('anthropic');
    expect(detectFormat({ messages: [{ role: 'user', content: 'x' }], created_at: '2026-01-01' })).toBe('anthropic');
    expect(detectFormat({ messages: [{ role: 'user', content: 'x' }] })).toBe('openai');
    expect(detectFormat({ text: 'x' })).toBeUndefined();
  });
});

describe('readLines', () => {
  it('splits chunks on \\n and \\r\\n, keeps a last line without a break, decodes split UTF-8', async () => {
    const bytes = new TextEncoder().encode('{"a":"é"}\r\n\nlast');
    const chunks = [bytes.slice(0, 7), bytes.slice(7, 12), bytes.slice(12)];
    async function* source() {
      yield* chunks;
    }
    const lines = [];
    for await (const l of readLines(source())) lines.push(l);
    expect(lines).toEqual([
      { line: 1, text: '{"a":"é"}' },
      { line: 2, text: '' },
      { line: 3, text: 'last' },
    ]);
  });
});
