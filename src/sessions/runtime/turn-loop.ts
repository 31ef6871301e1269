/** @module sessions/runtime/turn-loop — the agent loop of one running segment: model requests, tool rounds, stop. */
import {
  LlmError,
  OFFLINE_MODEL_ID,
  withRetry,
  type LlmCallOptions,
  type LlmDocument,
  type LlmModelV1,
  type LlmStopReason,
  type LlmToolDefinition,
  type LlmUsage,
} from '../../models/index.js';
import type { PendingAction } from '../session-state.js';
import type { StopReason } from './actor-types.js';
import { memoryPromptNote } from '../../memory/index.js';
import type { SessionActor } from './session-actor.js';
import {
  agentToolset,
  customToolDefinitions,
  MEMORY_TOOL_NAMES,
  toolPolicy,
  UNAVAILABLE_AGENT_TOOLS,
  type MemoryMount,
  type ToolExecutor,
  type ToolOutput,
} from './tools.js';

/** `max_tokens` asked of providers per request. */
const MAX_OUTPUT_TOKENS = 4096;

/** What the agent and session give a turn: model, prompt, tools. */
interface TurnSetup {
  readonly model: LlmModelV1;
  readonly system: string;
  readonly customTools: LlmToolDefinition[];
  readonly memoryTools: ToolExecutor | undefined;
  readonly documents: LlmDocument[];
  readonly toolset: Record<string, unknown> | undefined;
}

type RoundResult = 'continue' | 'requires_action' | StopReason;

/**
 * Runs model requests until the turn ends: `end_turn`, `requires_action` (custom tool calls or `ask`
 * confirmations pending), an error (`retries_exhausted`) or an interrupt (`end_turn`). Always finishes
 * with `session.usage` + `session.status_idle`, so the session is left in a valid status.
 */
export async function runTurnLoop({ actor, signal, startedMs }: { actor: SessionActor; signal: AbortSignal; startedMs: number }): Promise<void> {
  let stop: StopReason = { type: 'end_turn' };
  try {
    const setup = await prepare(actor);
    if ('error' in setup) {
      actor.reverie.outcome.model_errors++;
      await actor.emit([sessionError('model_request_failed_error', setup.error, 'terminal')]);
      stop = { type: 'retries_exhausted' };
    } else {
      await runConfirmed(actor, setup);
      for (;;) {
        signal.throwIfAborted();
        if (actor.state.turn_rounds >= actor.deps.maxToolRounds) {
          await actor.emit([
            sessionError('tool_use_limit_reached_error', `The turn reached the limit of ${actor.deps.maxToolRounds} model requests`, 'exhausted'),
          ]);
          stop = { type: 'retries_exhausted' };
          break;
        }
        const result = await modelRound(actor, setup, signal);
        if (result === 'continue') continue;
        // Results sent while this round was finishing are already applied: keep going instead of idling.
        if (result === 'requires_action' && actor.state.pending.length === 0) continue;
        stop = result === 'requires_action' ? { type: 'requires_action', event_ids: [] } : result;
        break;
      }
    }
  } catch (err) {
    if (!signal.aborted) {
      actor.deps.logger.error({ err, sessionId: actor.id }, 'turn failed');
      actor.reverie.outcome.model_errors++;
      await actor.emit([sessionError('unknown_error', errorMessage(err), 'terminal')]).catch(() => undefined);
      stop = { type: 'retries_exhausted' };
    } else {
      // An interrupt ends the turn normally; tool calls it left open are answered with a stand-in later.
      actor.state.pending = [];
      actor.state.confirmed = [];
      stop = { type: 'end_turn' };
    }
  }
  if (actor.deleted) return;
  await actor.finishSegment({ stop, startedMs });
}

async function prepare(actor: SessionActor): Promise<TurnSetup | { error: string }> {
  const agent = (actor.body['agent'] ?? {}) as Record<string, unknown>;
  const modelId = String((agent['model'] as { id?: string } | undefined)?.id ?? OFFLINE_MODEL_ID);
  const resolved = actor.deps.models.resolve(modelId);
  if ('error' in resolved) return { error: resolved.error };
  const tools = (agent['tools'] ?? []) as Record<string, unknown>[];
  const resources = (actor.body['resources'] ?? []) as Record<string, unknown>[];
  const toolset = agentToolset(tools);
  const mounts: MemoryMount[] = resources
    .filter((r) => r['type'] === 'memory_store')
    .map((r) => ({
      memoryStoreId: String(r['memory_store_id']),
      mountPath: String(r['mount_path']),
      access: r['access'] === 'read_only' ? 'read_only' : 'read_write',
    }));
  const memory = actor.deps.memory;
  const offline = resolved.model.provider === 'offline';
  const memoryTools =
    mounts.length && toolset && !offline && memory?.createToolExecutor ? memory.createToolExecutor({ mounts, sessionId: actor.id }) : undefined;
  const documents = mounts.length && offline && memory?.documents ? await memory.documents(mounts) : [];
  // The offline model reads memory as documents; remote models get the note and the file tools.
  const note = offline
    ? ''
    : memoryPromptNote(
        resources
          .filter((r) => r['type'] === 'memory_store')
          .map((r) => ({
            name: String(r['name'] ?? r['memory_store_id']),
            mountPath: String(r['mount_path']),
            access: r['access'] === 'read_only' ? ('read_only' as const) : ('read_write' as const),
            description: (r['description'] as string | null | undefined) ?? null,
            instructions: (r['instructions'] as string | null | undefined) ?? null,
          })),
      );
  const system = [String(agent['system'] ?? ''), note].filter(Boolean).join('\n\n');
  return { model: resolved.model, system, customTools: customToolDefinitions(tools), memoryTools, documents, toolset };
}

/** One model request (with retries) and whatever tool calls it makes. */
async function modelRound(actor: SessionActor, setup: TurnSetup, signal: AbortSignal): Promise<RoundResult> {
  const memoryDefinitions = setup.memoryTools
    ? setup.memoryTools.definitions().filter((d) => toolPolicy(setup.toolset, d.name).enabled)
    : [];
  const options: LlmCallOptions = {
    system: setup.system,
    messages: actor.conversation.messages(),
    tools: [...setup.customTools, ...memoryDefinitions],
    documents: setup.documents,
    maxTokens: MAX_OUTPUT_TOKENS,
    abortSignal: signal,
  };
  actor.state.turn_rounds++;
  actor.reverie.outcome.model_requests++;
  const startId = actor.deps.ids.next('sevt');
  actor.emitNow([{ type: 'span.model_request_start', id: startId }]);
  let answer: Awaited<ReturnType<typeof streamOnce>>;
  try {
    answer = await withRetry(
      {
        ...actor.deps.retry,
        signal,
        onRetry: (e) => {
          void actor.emit(
            [sessionError(e.error.kind, e.error.message, 'retrying'), { type: 'session.status_rescheduled' }],
            { status: 'rescheduling' },
          );
        },
      },
      async (attempt) => {
        if (attempt > 1) void actor.emit([{ type: 'session.status_running' }], { status: 'running' });
        return streamOnce(actor, setup.model, options);
      },
    );
  } catch (err) {
    if (signal.aborted) {
      await actor.emit([spanEnd(startId, null, zeroUsage())]);
      throw err;
    }
    const llm = LlmError.isInstance(err) ? err : undefined;
    actor.reverie.outcome.model_errors++;
    await actor.emit([
      sessionError(llm?.kind ?? 'unknown_error', errorMessage(err), llm?.retryable ? 'exhausted' : 'terminal'),
      spanEnd(startId, true, zeroUsage()),
    ]);
    return { type: 'retries_exhausted' };
  }
  addUsage(actor, answer.usage, setup.model.provider === 'offline');
  const drafts: Record<string, unknown>[] = [];
  if (answer.text) drafts.push({ type: 'agent.message', id: answer.messageId, content: [{ type: 'text', text: answer.text }] });
  const customNames = new Set(setup.customTools.map((t) => t.name));
  const serverCalls: { id: string; name: string; input: Record<string, unknown> }[] = [];
  for (const call of answer.toolUses) {
    const id = actor.deps.ids.next('sevt');
    actor.reverie.outcome.tool_calls++;
    if (customNames.has(call.name)) {
      drafts.push({ type: 'agent.custom_tool_use', id, name: call.name, input: call.input });
      actor.state.pending.push({ event_id: id, kind: 'custom_tool', name: call.name, input: call.input });
      continue;
    }
    const ask = MEMORY_TOOL_NAMES.has(call.name) && setup.memoryTools && toolPolicy(setup.toolset, call.name).policy === 'always_ask';
    drafts.push({ type: 'agent.tool_use', id, name: call.name, input: call.input, evaluated_permission: ask ? 'ask' : 'allow' });
    if (ask) actor.state.pending.push({ event_id: id, kind: 'confirmation', name: call.name, input: call.input });
    else serverCalls.push({ id, name: call.name, input: call.input });
  }
  drafts.push(spanEnd(startId, false, answer.usage));
  actor.emitNow(drafts as { type: string }[]);
  for (const call of serverCalls) await runServerTool(actor, setup, call);
  if (actor.state.pending.length) return 'requires_action';
  if (serverCalls.length) return 'continue';
  return stopFor(answer.stopReason);
}

/** Tool calls the client confirmed (run) or denied (refused with the documented message). */
async function runConfirmed(actor: SessionActor, setup: TurnSetup): Promise<void> {
  const confirmed = actor.state.confirmed;
  actor.state.confirmed = [];
  for (const action of confirmed) {
    if (action.result === 'allow') {
      await runServerTool(actor, setup, { id: action.event_id, name: action.name, input: action.input });
    } else {
      const text = action.deny_message || `Permission to use ${action.name} has been denied.`;
      await actor.emit([toolResult(action.event_id, { content: text, isError: true })]);
    }
  }
}

async function runServerTool(actor: SessionActor, setup: TurnSetup, call: Pick<PendingAction, 'name' | 'input'> & { id: string }): Promise<void> {
  let output: ToolOutput;
  if (MEMORY_TOOL_NAMES.has(call.name) && setup.memoryTools) {
    try {
      output = await setup.memoryTools.execute(call.name, call.input, { sessionId: actor.id });
    } catch (err) {
      output = { content: `The ${call.name} tool failed: ${errorMessage(err)}`, isError: true };
    }
  } else if (UNAVAILABLE_AGENT_TOOLS.has(call.name) || MEMORY_TOOL_NAMES.has(call.name)) {
    output = { content: `The ${call.name} tool is not available in Reverie${MEMORY_TOOL_NAMES.has(call.name) ? ' without an attached memory store' : ''}.`, isError: true };
  } else {
    output = { content: `Unknown tool "${call.name}": the agent has no such tool.`, isError: true };
  }
  if (output.isError) actor.reverie.outcome.tool_errors++;
  actor.emitNow([toolResult(call.id, output)]);
}

/** Streams one request, publishing `event_start`/`event_delta` previews of the message as it grows. */
async function streamOnce(actor: SessionActor, model: LlmModelV1, options: LlmCallOptions) {
  // A fresh id per attempt: a retried request must not repeat an `event_start` for the same id.
  const messageId = actor.deps.ids.next('sevt');
  let text = '';
  let started = false;
  const toolUses: { name: string; input: Record<string, unknown> }[] = [];
  let stopReason: LlmStopReason = 'end_turn';
  let usage: LlmUsage = zeroUsage();
  for await (const part of model.doStream(options)) {
    if (part.type === 'text-delta') {
      if (!started) {
        started = true;
        actor.preview('agent.message', { type: 'event_start', event: { type: 'agent.message', id: messageId } });
      }
      text += part.text;
      actor.preview('agent.message', {
        type: 'event_delta',
        event_id: messageId,
        delta: { type: 'content_delta', index: 0, content: { type: 'text', text: part.text } },
      });
    } else if (part.type === 'tool-use') {
      toolUses.push({ name: part.name, input: part.input });
    } else {
      stopReason = part.stopReason;
      usage = part.usage;
    }
  }
  return { messageId, text, toolUses, stopReason, usage };
}

function addUsage(actor: SessionActor, usage: LlmUsage, free: boolean): void {
  const u = actor.state.usage;
  u.input_tokens += usage.inputTokens;
  u.output_tokens += usage.outputTokens;
  u.cache_read_input_tokens += usage.cacheReadInputTokens;
  u.cache_creation.ephemeral_5m_input_tokens += usage.cacheCreationInputTokens;
  actor.reverie.outcome.input_tokens += usage.inputTokens;
  actor.reverie.outcome.output_tokens += usage.outputTokens;
  // Only the offline model has a known list price (free); with any other model the cost is unknown.
  if (!free) actor.reverie.outcome.cost_cents = null;
}

function stopFor(reason: LlmStopReason): StopReason {
  return reason === 'refusal' ? { type: 'refusal' } : { type: 'end_turn' };
}

function spanEnd(startId: string, isError: boolean | null, usage: LlmUsage): Record<string, unknown> & { type: string } {
  return {
    type: 'span.model_request_end',
    model_request_start_id: startId,
    is_error: isError,
    model_usage: {
      input_tokens: usage.inputTokens,
      output_tokens: usage.outputTokens,
      cache_creation_input_tokens: usage.cacheCreationInputTokens,
      cache_read_input_tokens: usage.cacheReadInputTokens,
    },
  };
}

function toolResult(toolUseId: string, output: ToolOutput): Record<string, unknown> & { type: string } {
  return { type: 'agent.tool_result', tool_use_id: toolUseId, content: [{ type: 'text', text: output.content }], is_error: output.isError };
}

/** A `session.error` event; `retrying` while backing off, `exhausted` after the last try, `terminal` when retrying cannot help. */
export function sessionError(type: string, message: string, retry: 'retrying' | 'exhausted' | 'terminal'): Record<string, unknown> & { type: string } {
  return { type: 'session.error', error: { type, message, retry_status: { type: retry } } };
}

function zeroUsage(): LlmUsage {
  return { inputTokens: 0, outputTokens: 0, cacheReadInputTokens: 0, cacheCreationInputTokens: 0 };
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
