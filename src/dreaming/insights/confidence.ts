/** @module dreaming/insights/confidence — confidence and severity of insights (formulas in docs/dreaming.md). */

/** Events at which support reaches 1 − 1/e ≈ 0.63; 30 events give 0.95. */
export const SUPPORT_SCALE = 10;
/** Severity thresholds on the risk ratio (group vs rest). */
const RATIO_HIGH = 2;
const RATIO_CRITICAL = 3;
/** A critical finding must also touch at least this share of all sessions. */
const CRITICAL_SHARE = 0.1;

/** Support term: 1 − exp(−events / {@link SUPPORT_SCALE}). */
export function supportOf(events: number): number {
  return 1 - Math.exp(-Math.max(0, events) / SUPPORT_SCALE);
}

/**
 * Confidence of a tested finding: (1 − q) × support(events). Both factors are in [0, 1], so a finding
 * needs both significance and enough events behind it to score high. Rounded to 3 decimals.
 */
export function testConfidence({ q, events }: { q: number; events: number }): number {
  const sig = 1 - Math.min(1, Math.max(0, q));
  return round3(sig * supportOf(events));
}

/**
 * Confidence of a descriptive finding (no test): support(events) × (1 − width of its 95% interval),
 * so a share estimated from few sessions scores low.
 */
export function descriptiveConfidence({ events, ci }: { events: number; ci: readonly [number, number] }): number {
  const width = Math.min(1, Math.max(0, ci[1] - ci[0]));
  return round3(supportOf(events) * (1 - width));
}

/** Severity from the effect size and the share of sessions affected. */
export function severityOf({ ratio, share }: { ratio: number; share: number }): 'low' | 'medium' | 'high' | 'critical' {
  if (ratio >= RATIO_CRITICAL && share >= CRITICAL_SHARE) return 'critical';
  if (ratio >= RATIO_HIGH) return 'high';
  if (ratio >= 1.5) return 'medium';
  return 'low';
}

/** Rounds to 3 decimals (reports stay readable and byte-stable). */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
