/** @module dreams/session-metrics — the metrics threshold triggers watch, over a window of recent sessions. */
import type { SessionRecord } from '../dreaming/types.js';
import type { TriggerMetric } from '../jobs/index.js';

/** Fewer sessions than this and a rate is too noisy to trigger anything. */
export const MIN_SESSIONS_FOR_METRICS = 5;

/** Computes every trigger metric over `records`; a metric without data is absent. */
export function sessionMetrics(records: readonly SessionRecord[]): Partial<Record<TriggerMetric, number>> {
  if (records.length < MIN_SESSIONS_FOR_METRICS) return {};
  const out: Partial<Record<TriggerMetric, number>> = {};
  const withOutcome = records.filter((r) => r.outcome);
  const escalated = withOutcome.filter((r) => r.outcome?.escalated !== undefined);
  if (escalated.length) out.escalation_rate = escalated.filter((r) => r.outcome?.escalated).length / escalated.length;
  const resolved = withOutcome.filter((r) => r.outcome?.resolved !== undefined);
  if (resolved.length) out.resolution_rate = resolved.filter((r) => r.outcome?.resolved).length / resolved.length;
  const scores = withOutcome.map((r) => r.outcome?.satisfaction).filter((s): s is number => typeof s === 'number');
  if (scores.length) out.satisfaction_avg = scores.reduce((a, b) => a + b, 0) / scores.length;
  let toolCalls = 0;
  let toolErrors = 0;
  const latencies: number[] = [];
  for (const r of records) {
    for (const m of r.messages) {
      if (m.tool) {
        toolCalls++;
        if (m.tool.error) toolErrors++;
      }
      if (typeof m.latency_ms === 'number') latencies.push(m.latency_ms);
    }
  }
  if (toolCalls) out.tool_error_rate = toolErrors / toolCalls;
  if (latencies.length) {
    latencies.sort((a, b) => a - b);
    out.latency_p95_ms = latencies[Math.min(latencies.length - 1, Math.ceil(0.95 * latencies.length) - 1)]!;
  }
  return out;
}

/**
 * How much a dream's findings changed from the previous dream's, in [0, 1]: the Jaccard distance
 * between the two sets of insight titles (1 when either is empty and the other is not).
 */
export function changeScore(previous: readonly string[], current: readonly string[]): number {
  const a = new Set(previous);
  const b = new Set(current);
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return 1 - shared / (a.size + b.size - shared);
}
