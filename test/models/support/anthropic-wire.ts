/**
 * @module test/models/support/anthropic-wire — an Anthropic Messages API double (`POST /v1/messages`) and
 * replies in its public wire format: `Message` JSON, the SSE event sequence (message_start,
 * content_block_start/delta/stop, ping, message_delta, message_stop, error) and error envelopes, shaped
 * as the API documents and sends them (ids, `stop_sequence: null`, the usage fields, `event:` lines).
 */
import { startWireServer, type SseReply, type WireReply, type WireServer } from './wire-server.js';

export const MODEL = 'claude-sonnet-5-5';

/** Starts the double. It answers 401/400 like the API when the key (`x-api-key` or Bearer) / `anthropic-version` is missing. */
export function startAnthropicServer(): Promise<WireServer> {
  return startWireServer({
    path: '/v1/messages',
    notFoundBody: errorBody('not_found_error', 'Not Found'),
    guard: (req) => {
      if (!req.headers['x-api-key'] && !req.headers['authorization']) {
        return { kind: 'json', status: 401, body: errorBody('authentication_error', 'x-api-key header is required') };
      }
      if (!req.headers['anthropic-version']) {
        return { kind: 'json', status: 400, body: errorBody('invalid_request_error', 'anthropic-version: header is required') };
      }
      return undefined;
    },
  });
}

/** The API's error envelope. */
export function errorBody(type: string, message: string): unknown {
  return { type: 'error', error: { type, message }, request_id: 'req_011CSHoEeqs5C35K2UUqR7Fy' };
}

/** An error response as the API sends it (status, envelope, `request-id`, extra headers such as retry-after). */
export function errorReply({ status, type, message, headers = {} }: { status: number; type: string; message: string; headers?: Record<string, string> }): WireReply {
  return { kind: 'json', status, headers: { 'request-id': 'req_011CSHoEeqs5C35K2UUqR7Fy', ...headers }, body: errorBody(type, message) };
}

const USAGE = {
  input_tokens: 412,
  cache_creation_input_tokens: 0,
  cache_read_input_tokens: 1024,
  cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
  output_tokens: 0,
  service_tier: 'standard',
};

/** A complete `Message` as the non-streaming endpoint returns it. */
export function messageReply({ content, stop_reason, output_tokens = 27 }: { content: unknown[]; stop_reason: string; output_tokens?: number }): WireReply {
  return {
    kind: 'json',
    headers: { 'request-id': 'req_011CSHoEeqs5C35K2UUqR7Fy' },
    body: {
      id: 'msg_01XFDUDYJgAACzvnptvVoYEL',
      type: 'message',
      role: 'assistant',
      model: MODEL,
      content,
      stop_reason,
      stop_sequence: null,
      usage: { ...USAGE, output_tokens },
    },
  };
}

/** One SSE frame in the API's format (`event:` line, compact JSON `data:` line, blank line). */
export function frame(data: { type: string } & Record<string, unknown>): string {
  return `event: ${data.type}\ndata: ${JSON.stringify(data)}\n\n`;
}

function messageStart(): string {
  return frame({
    type: 'message_start',
    message: {
      id: 'msg_014p7gG3wDgGV9EUtLvnow3U',
      type: 'message',
      role: 'assistant',
      model: MODEL,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { ...USAGE, output_tokens: 1 },
    },
  });
}

const PING = 'event: ping\ndata: {"type": "ping"}\n\n';

/** A streamed text answer, the text split over several `text_delta`s. */
export function textStream(pieces: readonly string[], stopReason = 'end_turn'): SseReply {
  return {
    kind: 'sse',
    chunks: [
      messageStart(),
      frame({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }),
      PING,
      ...pieces.map((text) => frame({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } })),
      frame({ type: 'content_block_stop', index: 0 }),
      frame({ type: 'message_delta', delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: 15 } }),
      frame({ type: 'message_stop' }),
    ],
  };
}

/**
 * A streamed answer with text then a tool_use block whose input arrives as `input_json_delta` fragments
 * (the first one empty, as the API sends it), each frame also cut in two across network writes.
 */
export function toolUseStream({ id, name, jsonPieces }: { id: string; name: string; jsonPieces: readonly string[] }): WireReply {
  const frames = [
    messageStart(),
    frame({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }),
    frame({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Let me check the weather.' } }),
    frame({ type: 'content_block_stop', index: 0 }),
    frame({ type: 'content_block_start', index: 1, content_block: { type: 'tool_use', id, name, input: {} } }),
    frame({ type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '' } }),
    PING,
    ...jsonPieces.map((partial_json) => frame({ type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json } })),
    frame({ type: 'content_block_stop', index: 1 }),
    frame({ type: 'message_delta', delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: 89 } }),
    frame({ type: 'message_stop' }),
  ];
  return { kind: 'sse', chunks: frames.flatMap((f) => [f.slice(0, Math.ceil(f.length / 2)), f.slice(Math.ceil(f.length / 2))]) };
}

/** A stream that starts normally and then fails with an `event: error` frame (as on mid-stream overload). */
export function errorStream(type = 'overloaded_error', message = 'Overloaded'): WireReply {
  return {
    kind: 'sse',
    chunks: [
      messageStart(),
      frame({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }),
      frame({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Partial' } }),
      `event: error\ndata: ${JSON.stringify({ type: 'error', error: { type, message } })}\n\n`,
    ],
  };
}
