/** @module dreaming/mine — stage 3: every miner over the prepared sessions, with one joint FDR family. */
import type { FeatureMatrix } from '../preprocess-features.js';
import type { PreparedSession } from '../preprocess.js';
import { mineAnomalies, type AnomalyResult } from './anomalies.js';
import { bucketByDay, mineChangePoints, versionChanges, type ChangePoint } from './change-points.js';
import { adjustAll, compareGroups, outcomeVector, type GroupSpec, type GroupTest } from './compare.js';
import { mineCorrections, type CorrectionStats } from './corrections.js';
import type { MineKernels } from './kernels.js';
import { hourLatencyTests, latencyRule, peakHourRanges, slowOutcome, type LatencyRule, type PeakHours } from './latency.js';
import { segmentGroups } from './segments.js';
import { mineSentiment, type SentimentSummary } from './sentiment.js';
import { toolStats, toolTests, type ToolStats } from './tools.js';
import { mineTopics, type TopicModel } from './topics.js';

export type { MineKernels, TopicCluster, TopicClustering } from './kernels.js';
export type { GroupTest } from './compare.js';
export { FDR_ALPHA, MIN_RISK_RATIO, MIN_COHEN_H, MIN_GROUP_N } from './compare.js';
export type { Anomaly, AnomalyResult } from './anomalies.js';
export type { ChangePoint } from './change-points.js';
export type { LatencyRule, PeakHours } from './latency.js';
export type { ToolStats } from './tools.js';
export type { CorrectionStats } from './corrections.js';
export type { SentimentSummary } from './sentiment.js';
export type { TopicModel, MinedTopic } from './topics.js';
export { QUOTE_MAX_CHARS } from './topics.js';

/** Everything the miners found; input of the insights stage. */
export interface MineResult {
  readonly openingTopics: TopicModel;
  readonly failureTopics: TopicModel;
  /** Every test run, FDR-adjusted jointly. */
  readonly tests: GroupTest[];
  readonly latency: LatencyRule;
  readonly peakHours: PeakHours[];
  readonly tools: ToolStats[];
  readonly corrections: CorrectionStats;
  readonly sentiment: SentimentSummary;
  readonly anomalies: AnomalyResult;
  readonly changePoints: ChangePoint[];
  readonly versionChanges: ReturnType<typeof versionChanges>;
  readonly days: number;
}

/** Named sub-steps, reported to the progress callback. */
export const MINE_STEPS = ['topics', 'outcomes', 'latency', 'tools', 'anomalies', 'change_points'] as const;

function topicGroups(model: TopicModel): GroupSpec[] {
  return model.topics.map((t) => ({ key: t.label, label: t.label, members: t.members }));
}

/**
 * Runs every miner. Pure: same inputs and seed ⇒ same result.
 * @example
 * const mined = mineSessions({ sessions, features, kernels, seed: 1 });
 */
export function mineSessions({
  sessions,
  features,
  kernels,
  seed,
  onStep,
}: {
  sessions: readonly PreparedSession[];
  features: FeatureMatrix;
  kernels: MineKernels;
  seed: number;
  onStep?: (step: (typeof MINE_STEPS)[number], done: number) => void;
}): MineResult {
  const openingTopics = mineTopics({ sessions, pick: (s) => s.openingIndex, kernels, seed });
  const failureTopics = mineTopics({ sessions, pick: (s) => s.failureIndex, kernels, seed: seed + 1 });
  onStep?.('topics', 1);

  const escalated = outcomeVector(sessions, (s) => s.escalated);
  const unresolved = outcomeVector(sessions, (s) => (s.resolved === null ? null : !s.resolved));
  const corrections = mineCorrections(sessions);
  const sentiment = mineSentiment(sessions, features);
  const tGroups = topicGroups(openingTopics);
  const sGroups = segmentGroups(sessions);
  const tests: GroupTest[] = [
    ...compareGroups({ family: 'topic_escalated', outcome: escalated, outcomeName: 'escalated', groups: tGroups, kernels }),
    ...compareGroups({ family: 'topic_unresolved', outcome: unresolved, outcomeName: 'unresolved', groups: tGroups, kernels }),
    ...compareGroups({ family: 'topic_correction', outcome: corrections.has, outcomeName: 'correction', groups: tGroups, kernels }),
    ...compareGroups({ family: 'topic_frustrated', outcome: sentiment.frustrated, outcomeName: 'frustrated', groups: tGroups, kernels }),
    ...compareGroups({ family: 'segment_unresolved', outcome: unresolved, outcomeName: 'unresolved', groups: sGroups, kernels }),
    ...compareGroups({ family: 'segment_escalated', outcome: escalated, outcomeName: 'escalated', groups: sGroups, kernels }),
  ];
  onStep?.('outcomes', 2);

  const slow = slowOutcome(sessions, features);
  const latency = latencyRule({ sessions, slow, kernels });
  const hourTests = hourLatencyTests({ sessions, slow, kernels });
  tests.push(...hourTests);
  onStep?.('latency', 3);

  const tools = toolStats(sessions, kernels);
  tests.push(...toolTests(tools, kernels));
  onStep?.('tools', 4);

  const anomalies = mineAnomalies({ features, kernels, seed });
  onStep?.('anomalies', 5);

  const days = bucketByDay(sessions);
  const changePoints = mineChangePoints({
    days,
    outcomes: { unresolved_rate: unresolved, escalation_rate: escalated, slow_share: slow },
    kernels,
  });
  tests.push(...changePoints.map((c) => c.test));
  onStep?.('change_points', 6);

  adjustAll(tests, kernels);
  return {
    openingTopics,
    failureTopics,
    tests,
    latency,
    peakHours: peakHourRanges(hourTests),
    tools,
    corrections,
    sentiment,
    anomalies,
    changePoints,
    versionChanges: versionChanges(days),
    days: days.length,
  };
}
