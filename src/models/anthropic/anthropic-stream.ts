/** @module models/anthropic/anthropic-stream — Messages API stream events → the port's `LlmStreamPart`s. */
import type Anthropic from '@anthropic-ai/sdk';
import { LlmError, type LlmStopReason, type LlmStreamPart, type LlmUsage } from '../types.js';
import { mapAnthropicStopReason, mapAnthropicUsage } from './anthropic-mapping.js';
import { isPlainObject, parseToolArguments } from './provider-helpers.js';

interface PendingToolUse {
  readonly id: string;
  readonly name: string;
  /** `input` from `content_block_start`, used when no `input_json_delta` follows. */
  readonly initialInput: Record<string, unknown>;
  json: string;
}

/**
 * Reduces raw stream events to port parts: text deltas pass through, a tool_use block is emitted whole at
 * its `content_block_stop` (its `input_json_delta` fragments joined and parsed), and `finish` follows
 * `message_stop`. A stream that ends without `message_stop` is an error: the answer is incomplete.
 */
export async function* anthropicStreamParts(events: AsyncIterable<Anthropic.RawMessageStreamEvent>): AsyncGenerator<LlmStreamPart> {
  const tools = new Map<number, PendingToolUse>();
  let usage: LlmUsage | undefined;
  let stopReason: LlmStopReason = 'end_turn';
  for await (const event of events) {
    switch (event.type) {
      case 'message_start':
        usage = mapAnthropicUsage(event.message.usage);
        break;
      case 'content_block_start': {
        const block = event.content_block;
        if (block.type === 'text' && block.text !== '') yield { type: 'text-delta', text: block.text };
        else if (block.type === 'tool_use') {
          const initialInput = isPlainObject(block.input) ? block.input : {};
          tools.set(event.index, { id: block.id, name: block.name, initialInput, json: '' });
        }
        break;
      }
      case 'content_block_delta': {
        const delta = event.delta;
        if (delta.type === 'text_delta') {
          if (delta.text !== '') yield { type: 'text-delta', text: delta.text };
        } else if (delta.type === 'input_json_delta') {
          const tool = tools.get(event.index);
          if (tool) tool.json += delta.partial_json;
        }
        break;
      }
      case 'content_block_stop': {
        const tool = tools.get(event.index);
        if (tool) {
          tools.delete(event.index);
          const input = tool.json === '' ? tool.initialInput : parseToolArguments(tool.json);
          yield { type: 'tool-use', id: tool.id, name: tool.name, input };
        }
        break;
      }
      case 'message_delta':
        stopReason = mapAnthropicStopReason(event.delta.stop_reason);
        usage = mapAnthropicUsage(event.usage, usage);
        break;
      case 'message_stop':
        yield { type: 'finish', stopReason, usage: usage ?? mapAnthropicUsage(undefined) };
        return;
      default:
        // Event types added after this was written are ignored, as the API versioning policy asks.
        break;
    }
  }
  throw new LlmError({
    kind: 'model_request_failed_error',
    retryable: true,
    message: 'Anthropic stream ended before message_stop; the answer is incomplete.',
  });
}
