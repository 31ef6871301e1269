/** @module dreaming/generate/truth — builds the ground-truth manifest while sessions are produced. */
import {
  BASE_ESCALATION_P, BASE_LATENCY_MEDIAN_MS, BASE_TOOL_ERROR_P, DAY_MS, FAILING_TOOL_ERROR_P,
  PEAK_HOURS, PEAK_LATENCY_MEDIAN_MS, PLANTED_ESCALATION_P, SEGMENT_RESOLUTION_PENALTY,
  VERSION_AFTER, VERSION_BEFORE, dayString, type Plan,
} from './plan.js';
import type { AnomalyKind, GroundTruth, PiiKind } from './types.js';

/** What one session contributed to the truth (set by the session builder). */
export interface SessionFacts {
  readonly id: string;
  readonly topic: number;
  readonly peak: boolean;
  readonly piiKinds: readonly PiiKind[];
  readonly failingToolErrored: boolean;
  readonly inWorseSegment: boolean;
  readonly anomaly: AnomalyKind | undefined;
  readonly correction: boolean;
  readonly noConsent: boolean;
}

/** Creates an empty manifest for a plan; {@link recordFacts} fills its id lists. */
export function createTruth(plan: Plan): GroundTruth {
  const topicCounts: Record<string, number> = {};
  for (const t of plan.scenario.topics) topicCounts[t.label] = 0;
  const label = plan.scenario.topics[plan.escalatingTopic]?.label ?? '';
  return {
    scenario: plan.scenario.name,
    seed: plan.seed,
    count: plan.count,
    window: { firstDay: dayString(plan.startMs), lastDay: dayString(plan.startMs + (plan.days - 1) * DAY_MS) },
    topicCounts,
    escalatingTopic: {
      topic: label,
      sessionIds: [],
      escalationProbability: PLANTED_ESCALATION_P,
      baselineEscalationProbability: BASE_ESCALATION_P,
    },
    peakHourLatency: {
      hours: [...PEAK_HOURS],
      sessionIds: [],
      peakMedianMs: PEAK_LATENCY_MEDIAN_MS,
      baseMedianMs: BASE_LATENCY_MEDIAN_MS,
    },
    versionDrop: {
      day: dayString(plan.startMs + plan.versionDropDay * DAY_MS),
      version: VERSION_AFTER,
      previousVersion: VERSION_BEFORE,
      metric: 'resolution_rate',
      alsoDrops: ['satisfaction'],
    },
    piiSessionIds: [],
    piiCounts: { email: 0, phone: 0, card: 0, name: 0, address: 0 },
    failingTool: {
      name: plan.failingTool,
      sessionIds: [],
      errorProbability: FAILING_TOOL_ERROR_P,
      baselineErrorProbability: BASE_TOOL_ERROR_P,
    },
    worseServedSegment: {
      key: plan.worseSegment.key,
      value: plan.worseSegment.value,
      sessionIds: [],
      resolutionPenalty: SEGMENT_RESOLUTION_PENALTY,
    },
    anomalies: [],
    anomalyKinds: {},
    correctionSessionIds: [],
    noConsentSessionIds: [],
  };
}

/** Adds one session's facts to the manifest (mutates `truth`). */
export function recordFacts(truth: GroundTruth, plan: Plan, facts: SessionFacts): void {
  const label = plan.scenario.topics[facts.topic]?.label ?? '';
  truth.topicCounts[label] = (truth.topicCounts[label] ?? 0) + 1;
  if (facts.topic === plan.escalatingTopic) truth.escalatingTopic.sessionIds.push(facts.id);
  if (facts.peak) truth.peakHourLatency.sessionIds.push(facts.id);
  if (facts.piiKinds.length > 0) {
    truth.piiSessionIds.push(facts.id);
    for (const kind of facts.piiKinds) truth.piiCounts[kind] += 1;
  }
  if (facts.failingToolErrored) truth.failingTool.sessionIds.push(facts.id);
  if (facts.inWorseSegment) truth.worseServedSegment.sessionIds.push(facts.id);
  if (facts.anomaly) {
    truth.anomalies.push(facts.id);
    truth.anomalyKinds[facts.id] = facts.anomaly;
  }
  if (facts.correction) truth.correctionSessionIds.push(facts.id);
  if (facts.noConsent) truth.noConsentSessionIds.push(facts.id);
}
