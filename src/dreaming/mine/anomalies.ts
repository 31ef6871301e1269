/** @module dreaming/mine/anomalies — anomalous sessions: isolation forest over robust-scaled features. */
import type { FeatureMatrix, FeatureName } from '../preprocess-features.js';
import { FEATURE_INDEX, sortedQuantile } from '../preprocess-features.js';
import type { MineKernels } from './kernels.js';

/**
 * Structural features only: outcomes, hour and affect are excluded so that a failed, late-night or
 * unhappy session is not "anomalous" by itself (those are mined as patterns, not anomalies).
 */
export const ANOMALY_FEATURES: readonly FeatureName[] = [
  'turns',
  'user_tokens',
  'assistant_tokens',
  'latency_p50_ms',
  'latency_p95_ms',
  'tool_calls',
  'tool_errors',
];
/** Tukey's "far out" fence multiplier on the IQR of the anomaly scores. */
export const FAR_OUT_IQR = 3;
/** Iglewicz–Hoaglin: a modified z-score above 3.5 marks a feature value as an outlier (used as the reason). */
export const MODIFIED_Z_OUTLIER = 3.5;
/** MAD → σ for a normal distribution (0.6745 = Φ⁻¹(0.75)). */
const MAD_TO_Z = 0.6745;

/** One anomalous session with the features that make it stand out. */
export interface Anomaly {
  readonly session: number;
  readonly score: number;
  readonly reasons: ReadonlyArray<{ feature: FeatureName; value: number; modifiedZ: number }>;
}

/** Anomaly detection result. */
export interface AnomalyResult {
  readonly anomalies: Anomaly[];
  readonly threshold: number;
  readonly scores: Float64Array;
}

function median(sorted: Float64Array): number {
  return sortedQuantile(sorted, 0.5);
}

/**
 * Scores sessions with an isolation forest over log-scaled, median/MAD-standardised structural
 * features, and flags scores beyond Tukey's far-out fence that also have at least one outlying feature.
 */
export function mineAnomalies({
  features,
  kernels,
  seed,
}: {
  features: FeatureMatrix;
  kernels: MineKernels;
  seed: number;
}): AnomalyResult {
  const n = features.rows;
  const d = ANOMALY_FEATURES.length;
  const empty = { anomalies: [], threshold: Number.NaN, scores: new Float64Array(n) };
  if (n < 50) return empty;
  const x = new Float64Array(n * d);
  const med = new Float64Array(d);
  const mad = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    const src = FEATURE_INDEX[ANOMALY_FEATURES[j]!];
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) col[i] = Math.log1p(Math.max(0, features.data[i * features.cols + src]!));
    const sorted = col.slice().sort();
    const m = median(sorted);
    const dev = col.map((v) => Math.abs(v - m)).sort();
    // A zero MAD (most sessions share one value, e.g. no tool errors) falls back to the mean deviation.
    let s = median(dev);
    if (s === 0) s = dev.reduce((a, b) => a + b, 0) / n / 0.8;
    med[j] = m;
    mad[j] = s > 0 ? s : 1;
    for (let i = 0; i < n; i++) x[i * d + j] = (col[i]! - m) / mad[j]!;
  }
  const scores = kernels.isolationForest({ data: x, rows: n, cols: d, seed });
  const sorted = Float64Array.from(scores).sort();
  const q1 = sortedQuantile(sorted, 0.25);
  const q3 = sortedQuantile(sorted, 0.75);
  const threshold = q3 + FAR_OUT_IQR * (q3 - q1);
  const anomalies: Anomaly[] = [];
  for (let i = 0; i < n; i++) {
    const score = scores[i]!;
    if (!(score > threshold)) continue;
    const reasons: Array<{ feature: FeatureName; value: number; modifiedZ: number }> = [];
    for (let j = 0; j < d; j++) {
      const mz = (MAD_TO_Z * x[i * d + j]!);
      if (mz > MODIFIED_Z_OUTLIER) {
        const f = ANOMALY_FEATURES[j]!;
        reasons.push({ feature: f, value: features.data[i * features.cols + FEATURE_INDEX[f]]!, modifiedZ: mz });
      }
    }
    if (reasons.length > 0) anomalies.push({ session: i, score, reasons: reasons.sort((a, b) => b.modifiedZ - a.modifiedZ) });
  }
  anomalies.sort((a, b) => b.score - a.score);
  return { anomalies, threshold, scores };
}
