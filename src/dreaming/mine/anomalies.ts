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
/** Family-wise error rate of the univariate extreme-value rule (Bonferroni over sessions × features). */
export const EXTREME_FWER = 0.05;
/** A feature counts as a reason for an isolation-forest anomaly above this robust z (beyond a normal 99.9th percentile). */
export const REASON_Z = 3.09;
/** z of the 99th percentile of a normal: the upper-tail robust scale is (q99 − median) / 2.326. */
const Z99 = 2.326;
/** z of the 75th percentile, for the IQR fallback scale. */
const Z75 = 0.6745;

/** One anomalous session with the features that make it stand out. */
export interface Anomaly {
  readonly session: number;
  readonly score: number;
  readonly reasons: ReadonlyArray<{ feature: FeatureName; value: number; z: number }>;
  /** `forest` (multivariate), `extreme` (one feature beyond the Bonferroni bound), or both. */
  readonly rule: 'forest' | 'extreme' | 'both';
}

/** Anomaly detection result. */
export interface AnomalyResult {
  readonly anomalies: Anomaly[];
  readonly threshold: number;
  /** Robust z above which one feature alone makes a session anomalous. */
  readonly extremeZ: number;
  readonly scores: Float64Array;
}

/** Inverse standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const pl = 0.02425;
  const poly = (k: number[], x: number): number => k.reduce((acc, v) => acc * x + v, 0);
  if (p < pl) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - pl) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

/**
 * Robust upper-tail scale of a sorted column: (q99 − median)/2.326, falling back to the IQR and then the
 * 99.9th percentile when counts are mostly zero (a MAD of 0 would make any non-zero value "extreme").
 */
function upperScale(sorted: Float64Array, med: number): number {
  const s99 = (sortedQuantile(sorted, 0.99) - med) / Z99;
  if (s99 > 0) return s99;
  const iqr = (sortedQuantile(sorted, 0.75) - sortedQuantile(sorted, 0.25)) / (2 * Z75);
  if (iqr > 0) return iqr;
  const s999 = (sortedQuantile(sorted, 0.999) - med) / 3.09;
  return s999 > 0 ? s999 : 1;
}

/**
 * Flags anomalous sessions by two rules over log-scaled structural features, each standardised by its
 * median and upper-tail scale: (1) isolation-forest score beyond Tukey's far-out fence with at least one
 * feature beyond {@link REASON_Z}; (2) any single feature beyond the Bonferroni bound
 * Φ⁻¹(1 − FWER / (n·d)) — rule 2 catches single extreme values an isolation forest masks when they lie
 * outside every subsample's range.
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
  if (n < 50) return { anomalies: [], threshold: Number.NaN, extremeZ: Number.NaN, scores: new Float64Array(n) };
  const x = new Float64Array(n * d);
  for (let j = 0; j < d; j++) {
    const src = FEATURE_INDEX[ANOMALY_FEATURES[j]!];
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) col[i] = Math.log1p(Math.max(0, features.data[i * features.cols + src]!));
    const sorted = col.slice().sort();
    const med = sortedQuantile(sorted, 0.5);
    const scale = upperScale(sorted, med);
    for (let i = 0; i < n; i++) x[i * d + j] = (col[i]! - med) / scale;
  }
  const scores = kernels.isolationForest({ data: x, rows: n, cols: d, seed });
  const sorted = Float64Array.from(scores).sort();
  const q1 = sortedQuantile(sorted, 0.25);
  const q3 = sortedQuantile(sorted, 0.75);
  const threshold = q3 + FAR_OUT_IQR * (q3 - q1);
  const extremeZ = normalQuantile(1 - EXTREME_FWER / (n * d));
  const anomalies: Anomaly[] = [];
  for (let i = 0; i < n; i++) {
    const score = scores[i]!;
    const reasons: Array<{ feature: FeatureName; value: number; z: number }> = [];
    let maxZ = 0;
    for (let j = 0; j < d; j++) {
      const z = x[i * d + j]!;
      if (z > maxZ) maxZ = z;
      if (z > REASON_Z) {
        const f = ANOMALY_FEATURES[j]!;
        reasons.push({ feature: f, value: features.data[i * features.cols + FEATURE_INDEX[f]]!, z });
      }
    }
    const forest = score > threshold && reasons.length > 0;
    const extreme = maxZ > extremeZ;
    if (!forest && !extreme) continue;
    anomalies.push({ session: i, score, reasons: reasons.sort((a, b) => b.z - a.z), rule: forest && extreme ? 'both' : forest ? 'forest' : 'extreme' });
  }
  anomalies.sort((a, b) => b.score - a.score);
  return { anomalies, threshold, extremeZ, scores };
}
