/** @module dreaming/report — the DreamReport shape and its assembly from stage outputs (pure). */
import type { DreamExplain } from './explain.js';
import type { MineResult, MinedTopic } from './mine/index.js';
import { QUOTE_MAX_CHARS } from './mine/index.js';
import type { PreparedSession } from './preprocess.js';
import type { Evidence, Insight, Severity } from './types.js';
import type { LineFate, MemoryFile, Playbook, PlaybookChanges } from './update/index.js';

/** A topic in the report's topic map. */
export interface ReportTopic {
  readonly id: number;
  readonly label: string;
  readonly terms: readonly string[];
  readonly size: number;
  readonly share: number;
  readonly quotes: readonly Evidence[];
}

/** Everything a dream produced. JSON-safe; contains only redacted text. */
export interface DreamReport {
  readonly version: 1;
  readonly created_at: string;
  readonly agent: string | null;
  readonly window: { readonly first_day: string; readonly last_day: string; readonly days: number } | null;
  readonly counts: { readonly inputs: number; readonly skipped: number; readonly analysed: number };
  readonly insights: readonly Insight[];
  /** The seed's view: one line per pattern. */
  readonly pattern_summaries: ReadonlyArray<{ id: string; title: string; summary: string; confidence: number }>;
  /** The seed's view: issues, most severe first. */
  readonly flagged_issues: ReadonlyArray<{ id: string; title: string; summary: string; severity: Severity; confidence: number; evidence: readonly Evidence[] }>;
  /** The agent's prompt plus the managed section of numbered rules. */
  readonly recommended_prompt_template: string;
  /** The seed's view: insight id → confidence. */
  readonly confidence_scores: Readonly<Record<string, number>>;
  readonly topics: readonly ReportTopic[];
  readonly failure_topics: readonly ReportTopic[];
  readonly anomalies: ReadonlyArray<{ session_id: string; score: number; reasons: readonly string[] }>;
  readonly change_points: ReadonlyArray<{ metric: string; day: string; before: number; after: number; q: number; significant: boolean; version: string | null; version_day: string | null }>;
  readonly tools: ReadonlyArray<{ name: string; calls: number; errors: number; rate: number; ci: readonly [number, number] }>;
  readonly tests: ReadonlyArray<{ family: string; key: string; rate: number; rest_rate: number; x: number; n: number; p: number; q: number; significant: boolean }>;
  readonly memory: { readonly files: readonly MemoryFile[]; readonly log: readonly LineFate[]; readonly counts: { kept: number; merged: number; superseded: number } };
  readonly playbook: Playbook;
  readonly playbook_changes: PlaybookChanges;
  readonly explain: DreamExplain;
}

const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;

function topicView(sessions: readonly PreparedSession[], topics: readonly MinedTopic[], total: number): ReportTopic[] {
  return topics.map((t) => ({
    id: t.id,
    label: t.label,
    terms: t.terms.slice(0, 10),
    size: t.members.length,
    share: r4(t.members.length / (total || 1)),
    quotes: t.quotes.map((q) => ({ session_id: sessions[q.session]!.id, message_index: q.message, quote: q.text.slice(0, QUOTE_MAX_CHARS) })),
  }));
}

/** Assembles the statistics part of the report (topics, anomalies, change points, tools, tests). */
export function reportStatistics(sessions: readonly PreparedSession[], mined: MineResult): Pick<DreamReport, 'topics' | 'failure_topics' | 'anomalies' | 'change_points' | 'tools' | 'tests'> {
  const failures = mined.failureTopics.topics.reduce((a, t) => a + t.members.length, 0);
  return {
    topics: topicView(sessions, mined.openingTopics.topics, sessions.length),
    failure_topics: topicView(sessions, mined.failureTopics.topics, failures),
    anomalies: mined.anomalies.anomalies.map((a) => ({
      session_id: sessions[a.session]!.id,
      score: r4(a.score),
      reasons: a.reasons.map((r) => `${r.feature}=${Math.round(r.value)} (robust z ${r.z.toFixed(1)})`),
    })),
    change_points: mined.changePoints.map((c) => ({
      metric: c.metric,
      day: c.day,
      before: r4(c.before),
      after: r4(c.after),
      q: c.test.q,
      significant: c.test.significant,
      version: c.version?.to ?? null,
      version_day: c.version?.day ?? null,
    })),
    tools: mined.tools.map((t) => ({ name: t.name, calls: t.calls, errors: t.errors, rate: r4(t.rate), ci: [r4(t.ci[0]), r4(t.ci[1])] as const })),
    tests: mined.tests.map((t) => ({ family: t.family, key: t.key, rate: r4(t.rate), rest_rate: r4(t.restRate), x: t.x, n: t.n, p: t.p, q: t.q, significant: t.significant })),
  };
}

/** The seed's views over the insight records. */
export function seedViews(insights: readonly Insight[]): Pick<DreamReport, 'pattern_summaries' | 'flagged_issues' | 'confidence_scores'> {
  return {
    pattern_summaries: insights.filter((i) => i.kind === 'pattern').map((i) => ({ id: i.id, title: i.title, summary: i.summary, confidence: i.confidence })),
    flagged_issues: insights
      .filter((i) => i.kind === 'issue')
      .map((i) => ({ id: i.id, title: i.title, summary: i.summary, severity: i.severity, confidence: i.confidence, evidence: i.evidence })),
    confidence_scores: Object.fromEntries(insights.map((i) => [i.id, i.confidence])),
  };
}

/** One-line headline facts of a dream, used by the explanation, the markdown and the CLI. */
export function headlineOf({ analysed, insights }: { analysed: number; insights: readonly Insight[] }): string[] {
  const issues = insights.filter((i) => i.kind === 'issue').length;
  const recs = insights.filter((i) => i.kind === 'recommendation').length;
  const patterns = insights.filter((i) => i.kind === 'pattern').length;
  if (analysed === 0) return ['No sessions were analysed, so this dream found nothing.'];
  if (issues === 0 && recs === 0) {
    return [`Analysed ${analysed} sessions and found nothing significant: no issue passed the significance and effect-size gates (${patterns} descriptive patterns).`];
  }
  return [`Analysed ${analysed} sessions: ${issues} issues, ${recs} recommendations, ${patterns} patterns.`];
}
