/** @module dreaming/insights/describe — deterministic text templates (used when no model rewrites). */
import type { GroupTest } from '../mine/index.js';

/** Formats a share as a whole percentage (one decimal below 10%). */
export function pct(x: number): string {
  const v = x * 100;
  return v < 10 && v > 0 ? `${v.toFixed(1)}%` : `${Math.round(v)}%`;
}

/** Formats a q-value for prose. */
export function qText(q: number): string {
  if (q < 0.001) return 'q<0.001';
  if (q < 0.01) return `q=${q.toFixed(3)}`;
  return `q=${q.toFixed(2)}`;
}

/** Formats a ratio like `3.1×`. */
export function ratioText(r: number): string {
  return Number.isFinite(r) ? `${r.toFixed(1)}×` : 'far more (none in the rest)';
}

/** Outcome nouns used in sentences. */
const OUTCOME_VERB: Readonly<Record<string, string>> = {
  escalated: 'escalate',
  unresolved: 'end unresolved',
  correction: 'contain a user correction',
  frustrated: 'contain a frustrated user turn',
  slow: 'have slow responses (p95 > 2 s)',
  error: 'see it fail',
};

/** One-sentence summary of a group-vs-rest test. */
export function describeTest(t: GroupTest, subject: string): string {
  const verb = OUTCOME_VERB[t.outcome] ?? `have ${t.outcome}`;
  const more = t.rate >= t.restRate;
  const factor = more ? ratioText(t.ratio) : ratioText(t.restRate / Math.max(t.rate, 1e-9));
  return (
    `${subject} ${verb} ${factor} ${more ? 'as often as' : 'less often than'} the rest ` +
    `(${pct(t.rate)} vs ${pct(t.restRate)}, ${t.x}/${t.n}, 95% CI ${pct(t.ci[0])}–${pct(t.ci[1])}, ${qText(t.q)}).`
  );
}

/** Human name of a daily metric. */
export function metricName(metric: string): string {
  switch (metric) {
    case 'unresolved_rate':
      return 'resolution rate';
    case 'escalation_rate':
      return 'escalation rate';
    case 'slow_share':
      return 'share of slow sessions';
    default:
      return metric;
  }
}

/** Formats an hour range like `12:00–14:59 UTC`. */
export function hourRange(from: number, to: number): string {
  const h = (x: number): string => String(x).padStart(2, '0');
  return `${h(from)}:00–${h(to)}:59 UTC`;
}
