/** @module dreaming/generate/types — options, scenario shapes and the ground-truth manifest of the generator. */

/** The three built-in scenarios; each has its own topics, tools and vocabulary. */
export type ScenarioName = 'customer-support' | 'healthcare' | 'finance';

/** Options of {@link generateSessions} / {@link iterateSessions}. */
export interface GenerateOptions {
  /** Same seed + same options ⇒ byte-identical output. */
  readonly seed: number;
  /** Number of sessions to produce. */
  readonly count: number;
  /** Defaults to `customer-support`. */
  readonly scenario?: ScenarioName;
  /** First day of the window (UTC midnight is used). Defaults to 2026-01-01. */
  readonly start?: Date;
  /** Length of the window in days. Defaults to 30. */
  readonly days?: number;
}

/** Kinds of planted anomalous sessions. */
export type AnomalyKind = 'very-long' | 'huge-latency' | 'tool-error-storm';

/** Kinds of PII the generator embeds in user messages. */
export type PiiKind = 'email' | 'phone' | 'card' | 'name' | 'address';

/**
 * What the generator planted. Id lists are filled while sessions are produced, so they are complete
 * only once iteration has finished. Planted parameters (`*Rate`, `*Probability`) are the generator's
 * inputs, not measured values; measured rates differ by sampling noise.
 */
export interface GroundTruth {
  readonly scenario: ScenarioName;
  readonly seed: number;
  readonly count: number;
  /** Window actually used: `YYYY-MM-DD` of the first and last day. */
  readonly window: { readonly firstDay: string; readonly lastDay: string };
  /** Session count per topic label (all topics of the scenario). */
  readonly topicCounts: Record<string, number>;
  /** The topic that escalates far more often; `sessionIds` = every session of that topic. */
  readonly escalatingTopic: {
    readonly topic: string;
    readonly sessionIds: string[];
    readonly escalationProbability: number;
    readonly baselineEscalationProbability: number;
  };
  /**
   * UTC hours (of `started_at`) in which assistant latency is high; `sessionIds` = sessions started in
   * those hours. Median assistant latency is `peakMedianMs` there, `baseMedianMs` elsewhere.
   */
  readonly peakHourLatency: {
    readonly hours: number[];
    readonly sessionIds: string[];
    readonly peakMedianMs: number;
    readonly baseMedianMs: number;
  };
  /** From `day` (UTC, inclusive) the agent runs `version` and `metric` drops. */
  readonly versionDrop: {
    readonly day: string;
    readonly version: number;
    readonly previousVersion: number;
    readonly metric: 'resolution_rate';
    readonly alsoDrops: readonly string[];
  };
  /** Sessions with at least one PII item in a user message. */
  readonly piiSessionIds: string[];
  /** How many PII items of each kind were embedded. */
  readonly piiCounts: Record<PiiKind, number>;
  /** The tool that fails often; `sessionIds` = sessions with at least one failed call of it. */
  readonly failingTool: {
    readonly name: string;
    readonly sessionIds: string[];
    readonly errorProbability: number;
    readonly baselineErrorProbability: number;
  };
  /** Segment served worse (lower resolution); `sessionIds` = sessions of users in that segment. */
  readonly worseServedSegment: {
    readonly key: string;
    readonly value: string;
    readonly sessionIds: string[];
    readonly resolutionPenalty: number;
  };
  /** Planted anomalous sessions. */
  readonly anomalies: string[];
  /** Kind of each planted anomaly, by session id. */
  readonly anomalyKinds: Record<string, AnomalyKind>;
  /** Sessions containing a correction sequence ("no, I meant …"). */
  readonly correctionSessionIds: string[];
  /** Sessions whose user has `consent: false` (must never enter a dream). */
  readonly noConsentSessionIds: string[];
}

/** One topic of a scenario: how users open, follow up, and how the assistant answers. */
export interface TopicSpec {
  /** Human label, used in the truth manifest, e.g. `refund request`. */
  readonly label: string;
  /** Relative frequency among the scenario's topics. */
  readonly weight: number;
  /** Opening requests (templates with `{slot}` placeholders). */
  readonly openings: readonly string[];
  /** Further user messages giving details. */
  readonly followUps: readonly string[];
  /** Assistant replies in the middle of the conversation. */
  readonly replies: readonly string[];
  /** Assistant messages that resolve the request. */
  readonly resolutions: readonly string[];
  /** Tools the assistant calls for this topic. */
  readonly tools: readonly string[];
}

/** A tool of a scenario with its success and failure outputs (templates). */
export interface ToolSpec {
  readonly name: string;
  readonly ok: readonly string[];
  readonly error: readonly string[];
}

/** Everything scenario-specific. */
export interface ScenarioSpec {
  readonly name: ScenarioName;
  /** Agent id written on every session. */
  readonly agent: string;
  readonly topics: readonly TopicSpec[];
  readonly tools: readonly ToolSpec[];
  /** Scenario-specific slot values, e.g. `product`. Built-in slots: see `slots.ts`. */
  readonly slots: Readonly<Record<string, readonly string[]>>;
}
