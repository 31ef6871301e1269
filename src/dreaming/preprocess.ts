/** @module dreaming/preprocess — stage 2: redact first, then normalise, tokenize, tag and score (pure). */
import type { MessageRole, SessionRecord } from './types.js';
import { ACT, countTokens, detectLanguage, normalizeText, tagDialogueActs, tokenize } from './preprocess-text.js';

/** Redacts one text; `knownNames` are the session user's own names (always redacted). */
export type RedactFn = (text: string, knownNames: readonly string[]) => string;
/** Scores one (redacted) user text given the session's earlier user texts: sentiment in [-1, 1], frustration in [0, 1]. */
export type AffectFn = (text: string, previous: readonly string[]) => { sentiment: number; frustration: number };
/** Maps a raw user id to a stable pseudonym (keyed hash), so no raw id leaves preprocessing. */
export type PseudonymizeIdFn = (id: string) => string;

/** Kernels preprocess needs, injected by the pipeline so this file stays pure and testable. */
export interface PreprocessKernels {
  readonly redact: RedactFn;
  readonly affect: AffectFn;
  readonly pseudonymizeId: PseudonymizeIdFn;
}

/**
 * One message after preprocessing. `text` is redacted (user and tool messages) or empty (assistant
 * messages, which are only counted); raw text never survives this stage.
 */
export interface PreparedMessage {
  readonly role: MessageRole;
  readonly text: string;
  /** Dialogue-act bit flags (user messages only; 0 otherwise). */
  readonly acts: number;
  readonly tokens: number;
  readonly sentiment: number;
  readonly frustration: number;
  /** NaN when absent. */
  readonly latencyMs: number;
  readonly tool: string | null;
  readonly toolError: boolean;
}

/** A session after preprocessing: redacted, tagged, with scalar fields the miners need. */
export interface PreparedSession {
  readonly id: string;
  readonly startedMs: number;
  /** UTC day, `YYYY-MM-DD`. */
  readonly day: string;
  /** UTC hour of day, 0–23. */
  readonly hour: number;
  readonly agentVersion: string | null;
  readonly userKey: string | null;
  readonly segment: Readonly<Record<string, string>>;
  readonly language: string;
  readonly messages: readonly PreparedMessage[];
  readonly resolved: boolean | null;
  readonly escalated: boolean | null;
  readonly satisfaction: number | null;
  /** Index of the first user message, or -1. */
  readonly openingIndex: number;
  /** Index of the last user message before a failure (escalation / unresolved / tool error), or -1. */
  readonly failureIndex: number;
}

/** Metadata keys whose string values are treated as the user's own name. */
const NAME_KEY_RE = /(^|_)(name|full_?name|first_?name|last_?name|display_?name|customer|user_?name)$/i;

/** Collects the user's own names from `user.name` and name-like metadata keys. */
export function knownNamesOf(record: SessionRecord): string[] {
  const names: string[] = [];
  if (record.user?.name) names.push(record.user.name);
  const meta = record.metadata;
  if (meta) {
    for (const [k, v] of Object.entries(meta)) {
      if (typeof v === 'string' && NAME_KEY_RE.test(k) && v.trim().length > 1) names.push(v);
    }
  }
  // Parts of a full name ("Ada Lovelace" → "Ada", "Lovelace") are redacted too.
  const parts = names.flatMap((n) => n.split(/\s+/).filter((p) => p.length > 2));
  return [...new Set([...names, ...parts])];
}

/**
 * Preprocesses one session. Redaction runs before anything else reads the text.
 * @example
 * const prepared = preprocessSession(record, kernels);
 */
export function preprocessSession(record: SessionRecord, kernels: PreprocessKernels): PreparedSession {
  const names = knownNamesOf(record);
  const messages: PreparedMessage[] = [];
  const allUserTokens: string[] = [];
  const userTexts: string[] = [];
  let openingIndex = -1;
  let lastUserIndex = -1;
  let failureIndex = -1;
  for (let i = 0; i < record.messages.length; i++) {
    const m = record.messages[i]!;
    const isUser = m.role === 'user';
    // Data minimisation: assistant text is only ever counted, never quoted, so it is tokenised here and
    // dropped instead of being redacted and kept (this also halves the redaction work).
    const keep = m.role !== 'assistant';
    const text = keep ? kernels.redact(m.content, names) : '';
    const norm = isUser ? normalizeText(text) : '';
    const toks = isUser ? tokenize(norm) : [];
    const tokenCount = isUser ? toks.length : countTokens(keep ? text : m.content);
    const acts = isUser ? tagDialogueActs(norm) : 0;
    const affect = isUser ? kernels.affect(text, userTexts) : { sentiment: 0, frustration: 0 };
    const toolError = m.tool?.error === true;
    if (isUser) {
      userTexts.push(text);
      if (openingIndex < 0) openingIndex = i;
      lastUserIndex = i;
      if (allUserTokens.length < 200) allUserTokens.push(...toks.slice(0, 200));
      if ((acts & ACT.escalation) !== 0 && failureIndex < 0) failureIndex = i;
    }
    if (toolError && failureIndex < 0 && lastUserIndex >= 0) failureIndex = lastUserIndex;
    messages.push({
      role: m.role,
      text,
      acts,
      tokens: tokenCount,
      sentiment: affect.sentiment,
      frustration: affect.frustration,
      latencyMs: m.latency_ms ?? Number.NaN,
      tool: m.tool?.name ?? null,
      toolError,
    });
  }
  const out = record.outcome;
  const failed = out?.escalated === true || out?.resolved === false;
  if (failed && failureIndex < 0) failureIndex = lastUserIndex;
  const started = Date.parse(record.started_at);
  const iso = new Date(started).toISOString();
  const segment: Record<string, string> = {};
  for (const [k, v] of Object.entries(record.user?.segment ?? {})) segment[k] = kernels.redact(v, names);
  return {
    id: record.id,
    startedMs: started,
    day: iso.slice(0, 10),
    hour: new Date(started).getUTCHours(),
    agentVersion: record.agent_version === undefined ? null : String(record.agent_version),
    userKey: record.user?.id ? kernels.pseudonymizeId(record.user.id) : null,
    segment,
    language: detectLanguage(allUserTokens),
    messages,
    resolved: out?.resolved ?? null,
    escalated: out?.escalated ?? null,
    satisfaction: out?.satisfaction ?? null,
    openingIndex,
    failureIndex,
  };
}

/** True when the session counts as a failure (escalated, or explicitly unresolved). */
export function isFailure(s: PreparedSession): boolean {
  return s.escalated === true || s.resolved === false;
}
