/** @module dreaming/preprocess-features — per-session feature vectors as one row-major Float64Array. */
import type { PreparedSession } from './preprocess.js';
import { ACT } from './preprocess-text.js';

/** Column names of the feature matrix, in order. */
export const FEATURE_NAMES = [
  'turns',
  'user_tokens',
  'assistant_tokens',
  'latency_p50_ms',
  'latency_p95_ms',
  'tool_calls',
  'tool_errors',
  'sentiment_mean',
  'sentiment_delta',
  'frustration_max',
  'hour_sin',
  'hour_cos',
  'resolved',
  'escalated',
  'satisfaction',
  'corrections',
  'questions',
  'complaints',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Column index of each feature. */
export const FEATURE_INDEX: Readonly<Record<FeatureName, number>> = Object.fromEntries(
  FEATURE_NAMES.map((n, i) => [n, i]),
) as Record<FeatureName, number>;

/** A dense n × d matrix, row-major. */
export interface FeatureMatrix {
  readonly data: Float64Array;
  readonly rows: number;
  readonly cols: number;
  readonly names: readonly FeatureName[];
}

/** Linear-interpolated quantile of a sorted array (NaN when empty). */
export function sortedQuantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo]!;
  return a + (sorted[hi]! - a) * (pos - lo);
}

/** Writes one session's feature row into `out` at `offset`. */
export function writeFeatureRow(s: PreparedSession, out: Float64Array, offset: number): void {
  let userTokens = 0;
  let assistantTokens = 0;
  let toolCalls = 0;
  let toolErrors = 0;
  let sentSum = 0;
  let userTurns = 0;
  let firstSent = Number.NaN;
  let lastSent = 0;
  let frustMax = 0;
  let corrections = 0;
  let questions = 0;
  let complaints = 0;
  const lat: number[] = [];
  for (const m of s.messages) {
    if (m.tool !== null) toolCalls++;
    if (m.toolError) toolErrors++;
    if (!Number.isNaN(m.latencyMs)) lat.push(m.latencyMs);
    if (m.role === 'user') {
      userTokens += m.tokens;
      userTurns++;
      sentSum += m.sentiment;
      if (Number.isNaN(firstSent)) firstSent = m.sentiment;
      lastSent = m.sentiment;
      // The opening request defines the topic; its vocabulary ("blocked", "failed") would confound a
      // per-topic frustration comparison, so frustration is measured on the turns after it.
      if (userTurns > 1 && m.frustration > frustMax) frustMax = m.frustration;
      if (m.acts & ACT.correction) corrections++;
      if (m.acts & ACT.question) questions++;
      if (m.acts & ACT.complaint) complaints++;
    } else if (m.role === 'assistant') assistantTokens += m.tokens;
  }
  lat.sort((a, b) => a - b);
  const angle = (2 * Math.PI * s.hour) / 24;
  const row = [
    s.messages.length,
    userTokens,
    assistantTokens,
    lat.length ? sortedQuantile(lat, 0.5) : 0,
    lat.length ? sortedQuantile(lat, 0.95) : 0,
    toolCalls,
    toolErrors,
    userTurns ? sentSum / userTurns : 0,
    userTurns ? lastSent - firstSent : 0,
    frustMax,
    Math.sin(angle),
    Math.cos(angle),
    s.resolved === true ? 1 : 0,
    s.escalated === true ? 1 : 0,
    s.satisfaction ?? 0,
    corrections,
    questions,
    complaints,
  ];
  for (let j = 0; j < row.length; j++) out[offset + j] = row[j]!;
}

/** Builds the feature matrix for all sessions. */
export function buildFeatureMatrix(sessions: readonly PreparedSession[]): FeatureMatrix {
  const cols = FEATURE_NAMES.length;
  const data = new Float64Array(sessions.length * cols);
  for (let i = 0; i < sessions.length; i++) writeFeatureRow(sessions[i]!, data, i * cols);
  return { data, rows: sessions.length, cols, names: FEATURE_NAMES };
}

/** Reads one column of the matrix into a new Float64Array. */
export function featureColumn(m: FeatureMatrix, name: FeatureName): Float64Array {
  const j = FEATURE_INDEX[name];
  const out = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) out[i] = m.data[i * m.cols + j]!;
  return out;
}
