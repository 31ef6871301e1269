/** @module models/offline/offline-model — `reverie-offline`: a deterministic, key-free model that answers from what the agent knows. */
import type {
  LlmCallOptions,
  LlmContentPart,
  LlmModelV1,
  LlmResult,
  LlmStreamPart,
  LlmToolDefinition,
  LlmUsage,
} from '../types.js';
import { OFFLINE_MODEL_ID } from '../types.js';
import { countTokens, rankPassages, splitPassages, terms, type Passage } from './text.js';

/** At most this many passages are quoted in one answer. */
const MAX_QUOTES = 3;
/** A passage is quoted only if it scores at least this share of the best one (keeps answers on topic). */
const RELATIVE_CUTOFF = 0.5;
/** Words per streamed text delta: small enough to look like streaming, large enough to stay cheap. */
const WORDS_PER_DELTA = 4;
/** What the model says when neither the prompt nor memory covers the question. */
export const NO_MATCH_ANSWER =
  "I don't have anything about that in my instructions or memory, so I can't answer it reliably.";

/**
 * Not an LLM: it ranks the lines of the system prompt and of the attached documents against the last
 * user message (BM25) and replies with the best matches; it calls a custom tool when the message asks
 * for what the tool's name or description offers, and after a tool result it reports that result.
 * Same input, same output — so tests and demos run with no key, and a better prompt or memory
 * measurably changes the answers.
 * @example const model = new OfflineModel(); const r = await model.doGenerate({ system: 'Refunds take 5 days.', messages });
 */
export class OfflineModel implements LlmModelV1 {
  readonly specificationVersion = 'v1' as const;
  readonly provider = 'offline';
  readonly modelId: string;

  constructor({ modelId = OFFLINE_MODEL_ID }: { modelId?: string } = {}) {
    this.modelId = modelId;
  }

  async doGenerate(options: LlmCallOptions): Promise<LlmResult> {
    options.abortSignal?.throwIfAborted();
    return answer(options);
  }

  async *doStream(options: LlmCallOptions): AsyncIterable<LlmStreamPart> {
    const result = await this.doGenerate(options);
    for (const part of result.content) {
      if (part.type === 'text') {
        const words = part.text.split(/(?<=\s)/);
        for (let i = 0; i < words.length; i += WORDS_PER_DELTA) {
          options.abortSignal?.throwIfAborted();
          yield { type: 'text-delta', text: words.slice(i, i + WORDS_PER_DELTA).join('') };
        }
      } else {
        yield { type: 'tool-use', id: part.id, name: part.name, input: part.input };
      }
    }
    yield { type: 'finish', stopReason: result.stopReason, usage: result.usage };
  }
}

function answer(options: LlmCallOptions): LlmResult {
  const last = options.messages.at(-1);
  // Tool results alone ask for a report on them; a new question beside them (after an interrupt) wins.
  const asksAnew = last?.role === 'user' && last.content.some((p) => p.type === 'text' && p.text.trim() !== '');
  const toolResults = last?.role === 'user' && !asksAnew ? last.content.filter((p) => p.type === 'tool_result') : [];
  const question = lastUserText(options.messages);
  let content: LlmResult['content'];
  let stopReason: LlmResult['stopReason'] = 'end_turn';
  if (toolResults.length) {
    content = [{ type: 'text', text: describeToolResults(toolResults, options.messages) }];
  } else {
    const tool = pickTool(question, options.tools ?? []);
    if (tool) {
      content = [{ type: 'tool_use', id: `toolu_offline_${options.messages.length}`, name: tool.name, input: buildInput(question, tool) }];
      stopReason = 'tool_use';
    } else {
      content = [{ type: 'text', text: answerFromKnowledge(question, options) }];
    }
  }
  return { content, stopReason, usage: usageOf(options, content) };
}

function lastUserText(messages: LlmCallOptions['messages']): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m?.role !== 'user') continue;
    const text = m.content
      .filter((p): p is Extract<LlmContentPart, { type: 'text' }> => p.type === 'text')
      .map((p) => p.text)
      .join('\n');
    if (text.trim()) return text;
  }
  return '';
}

function answerFromKnowledge(question: string, options: LlmCallOptions): string {
  const passages: Passage[] = [
    ...splitPassages('system prompt', options.system ?? ''),
    ...(options.documents ?? []).flatMap((d) => splitPassages(d.source, d.text)),
  ];
  const ranked = rankPassages(question, passages);
  const best = ranked[0];
  if (!best) return NO_MATCH_ANSWER;
  const quoted = ranked.filter((p) => p.score >= best.score * RELATIVE_CUTOFF).slice(0, MAX_QUOTES);
  if (quoted.length === 1) return quoted[0]?.text ?? NO_MATCH_ANSWER;
  return quoted.map((p) => `- ${p.text}`).join('\n');
}

/**
 * The tool whose name or description best covers the message: a hit on a word of the tool's name counts
 * double, and at least one name hit or two description hits are needed (so small talk calls nothing).
 */
function pickTool(question: string, tools: readonly LlmToolDefinition[]): LlmToolDefinition | undefined {
  const asked = new Set(terms(question).filter((t) => !/^\d+$/.test(t)));
  if (!asked.size) return undefined;
  let best: { tool: LlmToolDefinition; score: number } | undefined;
  for (const tool of tools) {
    const nameTerms = new Set(terms(tool.name.replace(/[_-]+/g, ' ')));
    const descriptionTerms = new Set(terms(tool.description));
    let nameHits = 0;
    let descriptionHits = 0;
    for (const t of asked) {
      if (nameTerms.has(t)) nameHits++;
      else if (descriptionTerms.has(t)) descriptionHits++;
    }
    if (nameHits === 0 && descriptionHits < 2) continue;
    const score = 2 * nameHits + descriptionHits;
    if (!best || score > best.score) best = { tool, score };
  }
  return best?.tool;
}

/** Fills the tool's input from the message: id-like fields get the first token with a digit, numbers the first number. */
function buildInput(question: string, tool: LlmToolDefinition): Record<string, unknown> {
  const properties = (tool.inputSchema['properties'] ?? {}) as Record<string, { type?: string; enum?: unknown[] }>;
  const required = new Set(Array.isArray(tool.inputSchema['required']) ? (tool.inputSchema['required'] as string[]) : []);
  // The first word with a digit in it, punctuation around it dropped: "#A-991?" → "A-991".
  const idToken = question
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .find((w) => /\d/.test(w));
  const numberToken = /-?\d+(?:\.\d+)?/.exec(question)?.[0];
  const input: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(properties)) {
    const idLike = /id|number|code|ref|sku/i.test(name);
    if (Array.isArray(schema.enum) && schema.enum.length) {
      const hit = schema.enum.find((v) => typeof v === 'string' && question.toLowerCase().includes(v.toLowerCase()));
      if (hit !== undefined || required.has(name)) input[name] = hit ?? schema.enum[0];
    } else if (schema.type === 'number' || schema.type === 'integer') {
      if (numberToken !== undefined) input[name] = schema.type === 'integer' ? Math.trunc(Number(numberToken)) : Number(numberToken);
      else if (required.has(name)) input[name] = 0;
    } else if (schema.type === 'boolean') {
      if (required.has(name)) input[name] = true;
    } else if (idLike && idToken) {
      input[name] = idToken;
    } else if (required.has(name) || !idLike) {
      input[name] = question;
    }
  }
  return input;
}

function describeToolResults(
  results: Extract<LlmContentPart, { type: 'tool_result' }>[],
  messages: LlmCallOptions['messages'],
): string {
  const names = new Map<string, string>();
  for (const m of messages) for (const p of m.content) if (p.type === 'tool_use') names.set(p.id, p.name);
  return results
    .map((r) => {
      const name = names.get(r.tool_use_id) ?? 'tool';
      const text = r.content.trim() || '(no output)';
      return r.is_error ? `The ${name} tool failed: ${text}` : `According to ${name}: ${text}`;
    })
    .join('\n');
}

/**
 * Token counts of content parts, tool definitions and documents, by object: a session's conversation
 * reuses the same part objects turn after turn, so each text is counted once, not once per turn.
 */
const tokenCounts = new WeakMap<object, number>();
/** The last system prompt counted (it is the same string on every turn of a session). */
let lastSystem = { text: '', tokens: 0 };

function tokensOf(key: object, text: () => string): number {
  let n = tokenCounts.get(key);
  if (n === undefined) tokenCounts.set(key, (n = countTokens(text())));
  return n;
}

function systemTokens(system: string): number {
  if (lastSystem.text !== system) lastSystem = { text: system, tokens: countTokens(system) };
  return lastSystem.tokens;
}

function usageOf(options: LlmCallOptions, content: LlmResult['content']): LlmUsage {
  let input = systemTokens(options.system ?? '');
  for (const d of options.documents ?? []) input += tokensOf(d, () => d.text);
  for (const t of options.tools ?? []) input += tokensOf(t, () => `${t.name} ${t.description}`);
  for (const m of options.messages) {
    for (const p of m.content) {
      input += tokensOf(p, () => (p.type === 'text' ? p.text : p.type === 'tool_result' ? p.content : JSON.stringify(p.input)));
    }
  }
  let output = 0;
  for (const p of content) output += p.type === 'text' ? countTokens(p.text) : countTokens(JSON.stringify(p.input));
  return { inputTokens: input, outputTokens: output, cacheReadInputTokens: 0, cacheCreationInputTokens: 0 };
}
