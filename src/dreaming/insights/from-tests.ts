/** @module dreaming/insights/from-tests — issues and recommendations from significant group tests. */
import type { GroupTest, MineResult } from '../mine/index.js';
import { QUOTE_MAX_CHARS } from '../mine/index.js';
import type { PreparedSession } from '../preprocess.js';
import type { Evidence, Insight } from '../types.js';
import { round3, severityOf, testConfidence } from './confidence.js';
import { describeTest, hourRange, metricName, pct, qText } from './describe.js';
import { insightId, ruleId } from './ids.js';

/** Evidence links kept per insight. */
export const MAX_EVIDENCE = 10;

/** A proposed rule, traced to the insights that motivated it. */
export interface RuleProposal {
  readonly id: string;
  readonly category: string;
  /** `family:key` of the test behind it, used to confirm or refute the rule in later dreams. */
  readonly testKey: string;
  readonly text: string;
  /** `prompt` rules go into the managed prompt section; `operations` rules are for people. */
  readonly target: 'prompt' | 'operations';
  readonly insightIds: readonly string[];
}

/** Output of the test-based builders. */
export interface TestInsights {
  readonly insights: Insight[];
  readonly rules: RuleProposal[];
}

/** Picks the message to quote for a session: failure turn, then opening. */
function evidenceFor(s: PreparedSession, message?: number): Evidence {
  const m = message ?? (s.failureIndex >= 0 ? s.failureIndex : s.openingIndex);
  const msg = m >= 0 ? s.messages[m] : undefined;
  return msg
    ? { session_id: s.id, message_index: m, quote: msg.text.slice(0, QUOTE_MAX_CHARS) }
    : { session_id: s.id };
}

/**
 * For latency findings: the user message whose reply was the session's slowest, so the quote shows the
 * request that waited (assistant text is never kept). Falls back to the usual failure/opening turn.
 */
export function slowestRequest(sessions: readonly PreparedSession[], session: number): { session: number; message: number } | number {
  const messages = sessions[session]!.messages;
  let slowest = -1;
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i]!;
    if (m.role === 'assistant' && Number.isFinite(m.latencyMs) && (slowest < 0 || m.latencyMs > messages[slowest]!.latencyMs)) slowest = i;
  }
  for (let i = slowest - 1; i >= 0; i--) if (messages[i]!.role === 'user') return { session, message: i };
  return session;
}

/** Evidence from session indices (bounded). */
export function evidenceOf(
  sessions: readonly PreparedSession[],
  hits: ReadonlyArray<number | { session: number; message: number }>,
): Evidence[] {
  return hits.slice(0, MAX_EVIDENCE).map((h) =>
    typeof h === 'number' ? evidenceFor(sessions[h]!) : evidenceFor(sessions[h.session]!, h.message),
  );
}

function testMetrics(t: GroupTest): Insight['metrics'] {
  return {
    group: t.label,
    outcome: t.outcome,
    events: t.x,
    n: t.n,
    rate: round3(t.rate),
    rest_rate: round3(t.restRate),
    ratio: Number.isFinite(t.ratio) ? round3(t.ratio) : null,
    ci_low: round3(t.ci[0]),
    ci_high: round3(t.ci[1]),
    z: round3(t.z),
    p: t.p,
    q: t.q,
  };
}

interface Spec {
  category: string;
  /** Default `issue`. Lexicon-measured symptoms (frustration) are reported as patterns, not issues. */
  kind?: 'issue' | 'pattern';
  subject: (t: GroupTest) => string;
  title: (t: GroupTest) => string;
  rule?: (t: GroupTest) => { text: string; target: 'prompt' | 'operations' };
}

/** How each family of worse-than-rest tests becomes an issue and a rule. */
const FAMILY_SPECS: Readonly<Record<string, Spec>> = {
  topic_escalated: {
    category: 'escalation',
    subject: (t) => `Sessions about "${t.label}"`,
    title: (t) => `"${t.label}" escalates ${t.ratio.toFixed(1)}× more often`,
    rule: (t) => ({
      text: `When a request is about "${t.label}", state the applicable policy and the concrete next step early, and resolve it yourself where the policy allows instead of deferring.`,
      target: 'prompt',
    }),
  },
  topic_unresolved: {
    category: 'resolution',
    subject: (t) => `Sessions about "${t.label}"`,
    title: (t) => `"${t.label}" ends unresolved ${t.ratio.toFixed(1)}× more often`,
    rule: (t) => ({
      text: `For "${t.label}" requests, walk through the documented resolution steps and confirm with the user that the problem is solved before closing.`,
      target: 'prompt',
    }),
  },
  topic_correction: {
    category: 'correction',
    subject: (t) => `Sessions about "${t.label}"`,
    title: (t) => `Users correct the assistant more often on "${t.label}"`,
    rule: (t) => ({
      text: `For "${t.label}" requests, restate your understanding of the request in one line before answering, and ask when it is ambiguous.`,
      target: 'prompt',
    }),
  },
  topic_frustrated: {
    category: 'sentiment',
    kind: 'pattern',
    subject: (t) => `Sessions about "${t.label}"`,
    title: (t) => `Users are frustrated more often on "${t.label}"`,
  },
  segment_unresolved: {
    category: 'bias',
    subject: (t) => `Users with ${t.label}`,
    title: (t) => `Users with ${t.label} are served worse (resolution)`,
    rule: (t) => ({
      text: `Give users with ${t.label} the same complete resolution steps as everyone else; check that answers do not assume a different plan, region or language.`,
      target: 'prompt',
    }),
  },
  segment_escalated: {
    category: 'bias',
    subject: (t) => `Users with ${t.label}`,
    title: (t) => `Users with ${t.label} escalate more often`,
  },
  tool_error: {
    category: 'tool_failure',
    subject: (t) => `Sessions using the tool "${t.label}"`,
    title: (t) => `Tool "${t.label}" fails in ${pct(t.rate)} of the sessions that use it`,
    rule: (t) => ({
      text: `The tool "${t.label}" often fails: check its arguments before calling, retry once on an error, and if it fails again tell the user plainly and offer an alternative instead of guessing the result.`,
      target: 'prompt',
    }),
  },
};

/** Issues (and rules) from every significant worse-than-rest group test. */
export function insightsFromTests({
  sessions,
  mined,
}: {
  sessions: readonly PreparedSession[];
  mined: MineResult;
}): TestInsights {
  const insights: Insight[] = [];
  const rules: RuleProposal[] = [];
  const total = sessions.length || 1;
  for (const t of mined.tests) {
    const spec = FAMILY_SPECS[t.family];
    if (!spec || !t.significant || t.rate <= t.restRate) continue;
    const kind = spec.kind ?? 'issue';
    const id = insightId(kind, spec.category, `${t.family}:${t.key}`);
    const share = t.family === 'tool_error' ? t.hits.length / total : t.n / total;
    insights.push({
      id,
      kind,
      category: spec.category,
      title: spec.title(t),
      summary: describeTest(t, spec.subject(t)),
      metrics: testMetrics(t),
      confidence: testConfidence({ q: t.q, events: t.x }),
      severity: kind === 'pattern' ? 'info' : severityOf({ ratio: t.ratio, share }),
      evidence: evidenceOf(sessions, t.family === 'tool_error' ? toolHits(mined, t.key) : t.hits),
    });
    const r = spec.rule?.(t);
    if (r) {
      rules.push({ id: ruleId(spec.category, `${t.family}:${t.key}`), category: spec.category, testKey: `${t.family}:${t.key}`, text: r.text, target: r.target, insightIds: [id] });
    }
  }
  insights.push(...peakHourInsights({ sessions, mined, rules }));
  insights.push(...changePointInsights({ sessions, mined, rules }));
  return { insights, rules };
}

function toolHits(mined: MineResult, tool: string): Array<{ session: number; message: number }> {
  return [...(mined.tools.find((x) => x.name === tool)?.examples ?? [])];
}

function peakHourInsights({ sessions, mined, rules }: { sessions: readonly PreparedSession[]; mined: MineResult; rules: RuleProposal[] }): Insight[] {
  return mined.peakHours.map((r) => {
    let x = 0;
    let n = 0;
    let minQ = 1;
    for (const t of r.tests) [x, n, minQ] = [x + t.x, n + t.n, Math.min(minQ, t.q)];
    const first = r.tests[0]!;
    const rate = n ? x / n : 0;
    const restRate = first.restRate;
    const key = `hour_latency:${r.from}-${r.to}`;
    const id = insightId('issue', 'latency', key);
    const hits = r.tests.flatMap((t) => t.hits).slice(0, 10);
    rules.push({
      id: ruleId('latency', key),
      category: 'latency',
      testKey: key,
      text: `Responses are slow during ${hourRange(r.from, r.to)}: add capacity or move batch work out of those hours.`,
      target: 'operations',
      insightIds: [id],
    });
    return {
      id,
      kind: 'issue' as const,
      category: 'latency',
      title: `Responses are slow during ${hourRange(r.from, r.to)}`,
      summary: `During ${hourRange(r.from, r.to)}, ${pct(rate)} of sessions have slow responses (p95 > 2 s) vs ${pct(restRate)} in other hours (${x}/${n}, ${qText(minQ)}).`,
      metrics: { from_hour: r.from, to_hour: r.to, slow_rate: round3(rate), rest_rate: round3(restRate), events: x, n, q: minQ },
      confidence: testConfidence({ q: minQ, events: x }),
      severity: severityOf({ ratio: restRate > 0 ? rate / restRate : 10, share: n / (sessions.length || 1) }),
      evidence: evidenceOf(sessions, hits.map((h) => slowestRequest(sessions, h))),
    };
  });
}

function changePointInsights({ sessions, mined, rules }: { sessions: readonly PreparedSession[]; mined: MineResult; rules: RuleProposal[] }): Insight[] {
  const out: Insight[] = [];
  for (const c of mined.changePoints) {
    const t = c.test;
    if (!t.significant || c.after <= c.before) continue;
    const key = `change_${c.metric}:${c.day}`;
    const id = insightId('issue', 'change_point', key);
    const invert = c.metric === 'unresolved_rate';
    const [b, a] = invert ? [1 - c.before, 1 - c.after] : [c.before, c.after];
    const name = metricName(c.metric);
    const v = c.version;
    out.push({
      id,
      kind: 'issue',
      category: 'change_point',
      title: v ? `${name} worsened with agent version ${v.to} (${c.day})` : `${name} worsened from ${c.day}`,
      summary:
        `From ${c.day} the ${name} moved from ${pct(b)} to ${pct(a)} (${qText(t.q)})` +
        (v ? `, matching the switch from agent version ${v.from ?? '?'} to ${v.to} on ${v.day}.` : '; no agent-version change matches it.'),
      metrics: { metric: c.metric, day: c.day, before: round3(b), after: round3(a), version_day: v?.day ?? null, version: v?.to ?? null, previous_version: v?.from ?? null, q: t.q, n_after: t.n, n_before: t.restN },
      confidence: testConfidence({ q: t.q, events: t.x }),
      severity: severityOf({ ratio: t.ratio, share: t.n / (sessions.length || 1) }),
      evidence: evidenceOf(sessions, t.hits),
    });
    if (v) {
      rules.push({
        id: ruleId('change_point', key),
        category: 'change_point',
        testKey: key,
        text: `Review agent version ${v.to} (live since ${v.day}): the ${name} went from ${pct(b)} to ${pct(a)}; compare it with version ${v.from ?? 'before'} and roll back if the change is not intended.`,
        target: 'operations',
        insightIds: [id],
      });
    }
  }
  return out;
}
