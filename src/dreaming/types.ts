/** @module dreaming/types — the data shapes that flow through the dreaming pipeline. */

/** Who spoke a message. `tool` messages carry a tool's output. */
export type MessageRole = 'user' | 'assistant' | 'tool';

/** One message of a recorded session (the dreaming engine's input line format). */
export interface SessionMessage {
  readonly role: MessageRole;
  readonly content: string;
  /** RFC 3339 time the message was produced. */
  readonly at?: string;
  /** Time the assistant took to produce this message, in milliseconds. */
  readonly latency_ms?: number;
  /** Set on tool calls / tool results. */
  readonly tool?: { readonly name: string; readonly error?: boolean };
}

/** End-user facts attached to a session. */
export interface SessionUser {
  readonly id: string;
  /** Groups the user belongs to, e.g. `{plan: "free", region: "eu"}` — used by the bias check. */
  readonly segment?: Readonly<Record<string, string>>;
  /** `false` means the session must never enter a dream. Absent means consent was not recorded (allowed). */
  readonly consent?: boolean;
  /** Display name, when the source system knows it; redacted like any other PII. */
  readonly name?: string;
}

/** Outcome signals of a session. */
export interface SessionOutcome {
  readonly resolved?: boolean;
  readonly escalated?: boolean;
  /** 1–5. */
  readonly satisfaction?: number;
  readonly feedback?: string;
}

/** One session, as the dreaming engine reads it (one JSON object per line in `.jsonl` files). */
export interface SessionRecord {
  readonly id: string;
  readonly agent?: string;
  readonly agent_version?: number | string;
  readonly started_at: string;
  readonly ended_at?: string;
  readonly user?: SessionUser;
  readonly metadata?: Readonly<Record<string, unknown>>;
  readonly messages: readonly SessionMessage[];
  readonly outcome?: SessionOutcome;
}

/** Kinds of insight records. */
export type InsightKind = 'pattern' | 'issue' | 'recommendation' | 'memory';
export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';

/** A pointer from an insight to the data that supports it. */
export interface Evidence {
  readonly session_id: string;
  readonly message_index?: number;
  /** A short quote, always taken from redacted text. */
  readonly quote?: string;
}

/** A typed finding of a dream. */
export interface Insight {
  readonly id: string;
  readonly kind: InsightKind;
  /** e.g. `topic`, `escalation`, `latency`, `tool_failure`, `correction`, `sentiment`, `change_point`, `bias`, `anomaly`. */
  readonly category: string;
  readonly title: string;
  readonly summary: string;
  readonly metrics: Readonly<Record<string, number | string | boolean | null>>;
  /** In [0, 1]; derived from support and significance (see docs/dreaming.md). */
  readonly confidence: number;
  readonly severity: Severity;
  readonly evidence: readonly Evidence[];
}
