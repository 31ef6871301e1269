/** @module dreaming/insights/descriptive — patterns that describe rather than test: topics, rules, anomalies. */
import type { MineResult, TopicModel } from '../mine/index.js';
import type { PreparedSession } from '../preprocess.js';
import type { Insight } from '../types.js';
import { descriptiveConfidence, round3 } from './confidence.js';
import { hourRange, pct } from './describe.js';
import { evidenceOf, slowestRequest } from './from-tests.js';
import { insightId } from './ids.js';

/** Topics reported as patterns (largest first); the full list is in the report's topic map. */
const MAX_TOPIC_PATTERNS = 8;
/** A 95% interval for a share, from the normal approximation (descriptive use only). */
function approxCi(x: number, n: number): readonly [number, number] {
  if (n === 0) return [0, 1];
  const p = x / n;
  const h = 1.96 * Math.sqrt((p * (1 - p)) / n) + 0.5 / n;
  return [Math.max(0, p - h), Math.min(1, p + h)];
}

function topicPatterns({
  sessions,
  model,
  category,
  what,
  denominator,
}: {
  sessions: readonly PreparedSession[];
  model: TopicModel;
  category: string;
  what: string;
  denominator: number;
}): Insight[] {
  return model.topics.slice(0, MAX_TOPIC_PATTERNS).map((t) => {
    const share = t.members.length / (denominator || 1);
    return {
      id: insightId('pattern', category, t.label),
      kind: 'pattern' as const,
      category,
      title: `${what}: "${t.label}" (${pct(share)})`,
      summary: `${t.members.length} of ${denominator} ${what.toLowerCase()} are about "${t.label}" (terms: ${t.terms.slice(0, 5).join(', ')}).`,
      metrics: { sessions: t.members.length, share: round3(share), terms: t.terms.slice(0, 8).join(', ') },
      confidence: descriptiveConfidence({ events: t.members.length, ci: approxCi(t.members.length, denominator) }),
      severity: 'info' as const,
      evidence: evidenceOf(sessions, t.quotes.map((q) => ({ session: q.session, message: q.message }))),
    };
  });
}

/** Descriptive patterns and the threshold-rule issue. */
export function descriptiveInsights({
  sessions,
  mined,
}: {
  sessions: readonly PreparedSession[];
  mined: MineResult;
}): Insight[] {
  const out: Insight[] = [];
  const openers = mined.openingTopics.topics.reduce((a, t) => a + t.members.length, 0);
  const failures = mined.failureTopics.topics.reduce((a, t) => a + t.members.length, 0);
  out.push(...topicPatterns({ sessions, model: mined.openingTopics, category: 'topic', what: 'Opening requests', denominator: openers }));
  out.push(...topicPatterns({ sessions, model: mined.failureTopics, category: 'failure_topic', what: 'Turns before failures', denominator: failures }));

  const lr = mined.latency;
  if (lr.fires) {
    out.push({
      id: insightId('issue', 'latency', 'threshold'),
      kind: 'issue',
      category: 'latency',
      title: `Response delay exceeds 2 s in ${pct(lr.share)} of sessions`,
      summary: `In ${lr.slowSessions} of ${lr.sessionsWithLatency} sessions (${pct(lr.share)}, 95% CI ${pct(lr.ci[0])}–${pct(lr.ci[1])}) the p95 response delay exceeds ${lr.thresholdMs / 1000} s; the rule fires above 10%.`,
      metrics: { threshold_ms: lr.thresholdMs, slow_sessions: lr.slowSessions, sessions: lr.sessionsWithLatency, share: round3(lr.share), ci_low: round3(lr.ci[0]), ci_high: round3(lr.ci[1]) },
      confidence: descriptiveConfidence({ events: lr.slowSessions, ci: lr.ci }),
      severity: lr.share >= 0.25 ? 'high' : 'medium',
      evidence: evidenceOf(sessions, lr.examples.map((h) => slowestRequest(sessions, h))),
    });
  }
  const busiest = lr.perHour.map((c, h) => ({ c, h })).sort((a, b) => b.c - a.c).slice(0, 3);
  if (sessions.length > 0 && busiest[0]) {
    out.push({
      id: insightId('pattern', 'traffic', 'peak_hours'),
      kind: 'pattern',
      category: 'traffic',
      title: `Busiest hour: ${hourRange(busiest[0].h, busiest[0].h)}`,
      summary: `The busiest hours are ${busiest.map((b) => `${String(b.h).padStart(2, '0')}:00 (${b.c})`).join(', ')} UTC.`,
      metrics: Object.fromEntries(busiest.map((b, i) => [`hour_${i + 1}`, b.h])),
      confidence: descriptiveConfidence({ events: busiest[0].c, ci: approxCi(busiest[0].c, sessions.length) }),
      severity: 'info',
      evidence: [],
    });
  }

  const an = mined.anomalies.anomalies;
  if (an.length > 0) {
    const kinds = new Map<string, number>();
    for (const a of an) kinds.set(a.reasons[0]!.feature, (kinds.get(a.reasons[0]!.feature) ?? 0) + 1);
    out.push({
      id: insightId('pattern', 'anomaly', 'sessions'),
      kind: 'pattern',
      category: 'anomaly',
      title: `${an.length} anomalous session${an.length === 1 ? '' : 's'}`,
      summary: `${an.length} sessions stand out (isolation-forest score beyond the far-out fence with an outlying feature, or one feature beyond a Bonferroni bound); main reasons: ${[...kinds].map(([k, c]) => `${k} (${c})`).join(', ')}.`,
      metrics: { anomalies: an.length, threshold: round3(mined.anomalies.threshold), ...Object.fromEntries([...kinds].map(([k, c]) => [`reason_${k}`, c])) },
      confidence: descriptiveConfidence({ events: an.length, ci: approxCi(an.length, sessions.length) }),
      severity: 'low',
      evidence: evidenceOf(sessions, an.map((a) => a.session)),
    });
  }

  const cs = mined.corrections;
  if (cs.sequences > 0) {
    out.push({
      id: insightId('pattern', 'correction', 'sequences'),
      kind: 'pattern',
      category: 'correction',
      title: `Users correct the assistant in ${pct(cs.sessionsWithCorrection / (sessions.length || 1))} of sessions`,
      summary: `${cs.sequences} correction sequences (an assistant answer followed by "no, I meant…") in ${cs.sessionsWithCorrection} sessions.`,
      metrics: { sequences: cs.sequences, sessions: cs.sessionsWithCorrection, share: round3(cs.sessionsWithCorrection / (sessions.length || 1)) },
      confidence: descriptiveConfidence({ events: cs.sessionsWithCorrection, ci: approxCi(cs.sessionsWithCorrection, sessions.length) }),
      severity: 'info',
      evidence: evidenceOf(sessions, cs.examples),
    });
  }

  const st = mined.sentiment;
  if (sessions.length > 0) {
    out.push({
      id: insightId('pattern', 'sentiment', 'trajectory'),
      kind: 'pattern',
      category: 'sentiment',
      title: `${pct(st.frustratedShare)} of sessions contain a frustrated user turn`,
      summary: `Mean user sentiment ${st.meanSentiment.toFixed(2)}; within a session it changes by ${st.trajectory.failed.toFixed(2)} in failed sessions vs ${st.trajectory.other.toFixed(2)} in the others.`,
      metrics: { mean_sentiment: round3(st.meanSentiment), frustrated_share: round3(st.frustratedShare), delta_failed: round3(st.trajectory.failed), delta_other: round3(st.trajectory.other) },
      confidence: descriptiveConfidence({ events: Math.round(st.frustratedShare * sessions.length), ci: approxCi(Math.round(st.frustratedShare * sessions.length), sessions.length) }),
      severity: 'info',
      evidence: evidenceOf(sessions, st.examples.map((e) => ({ session: e.session, message: e.message }))),
    });
  }
  return out;
}
