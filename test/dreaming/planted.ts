/** @module test/dreaming/planted — scores a dream against the generator's ground truth (shared by test and bench). */
import type { GroundTruth } from '../../src/dreaming/generate/index.js';
import type { DreamReport } from '../../src/dreaming/index.js';
import type { Insight } from '../../src/dreaming/types.js';

/** Evidence "points at planted sessions" when at least this share of its session ids are planted ones. */
export const EVIDENCE_PRECISION = 0.8;

/** Per-pattern verdict. */
export interface PatternScore {
  readonly found: boolean;
  readonly insightId: string | null;
  readonly evidencePrecision: number;
}

/** Score of one dream against its truth. */
export interface PlantedScore {
  readonly patterns: Readonly<Record<string, PatternScore>>;
  readonly falseIssues: Insight[];
  readonly changePointErrorDays: number | null;
  readonly anomaly: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
}

function precisionOf(i: Insight, planted: ReadonlySet<string>): number {
  if (i.evidence.length === 0) return 0;
  return i.evidence.filter((e) => planted.has(e.session_id)).length / i.evidence.length;
}

function dayDiff(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** Matches each issue to a planted pattern (or none) and scores anomalies. */
export function scorePlanted({
  report,
  truth,
  startedAt,
}: {
  report: DreamReport;
  truth: GroundTruth;
  /** session id → started_at, for the version-drop evidence check. */
  startedAt: ReadonlyMap<string, string>;
}): PlantedScore {
  const issues = report.insights.filter((i) => i.kind === 'issue');
  const esc = new Set(truth.escalatingTopic.sessionIds);
  const peak = new Set(truth.peakHourLatency.sessionIds);
  const tool = new Set(truth.failingTool.sessionIds);
  const seg = new Set(truth.worseServedSegment.sessionIds);
  const corr = new Set(truth.correctionSessionIds);
  const segKey = `${truth.worseServedSegment.key} = ${truth.worseServedSegment.value}`;
  // Sessions on the new version: started on or after the drop day (the evidence of a version drop).
  const afterDrop = new Set<string>();
  for (const [id, at] of startedAt) if (at.slice(0, 10) >= truth.versionDrop.day) afterDrop.add(id);
  const matched = new Map<string, string[]>();
  const explains = (i: Insight): string | null => {
    const m = i.metrics;
    switch (i.category) {
      case 'escalation':
      case 'resolution':
      case 'sentiment':
        return precisionOf(i, esc) >= 0.5 ? 'escalatingTopic' : null;
      case 'latency':
        if (m['from_hour'] === undefined) return 'peakHourLatency';
        return truth.peakHourLatency.hours.some((h) => h >= Number(m['from_hour']) && h <= Number(m['to_hour'])) ? 'peakHourLatency' : null;
      case 'tool_failure':
        return m['group'] === truth.failingTool.name ? 'failingTool' : null;
      case 'bias':
        return m['group'] === segKey ? 'worseServedSegment' : null;
      case 'change_point':
        return dayDiff(String(m['day']), truth.versionDrop.day) <= 1 ? 'versionDrop' : null;
      case 'correction':
        return precisionOf(i, corr) >= 0.5 ? 'corrections' : null;
      default:
        return null;
    }
  };
  const falseIssues: Insight[] = [];
  for (const i of issues) {
    const p = explains(i);
    if (p === null) falseIssues.push(i);
    else matched.set(p, [...(matched.get(p) ?? []), i.id]);
  }
  const byId = new Map(report.insights.map((i) => [i.id, i]));
  // A pattern is found when one of the issues explained by it (or, for patterns, the picked insight)
  // has evidence pointing at planted sessions; the best such insight is reported.
  const score = (name: string, planted: ReadonlySet<string>, pick?: (i: Insight) => boolean): PatternScore => {
    const candidates = [...(matched.get(name) ?? []), ...report.insights.filter((i) => pick?.(i)).map((i) => i.id)];
    let best: PatternScore = { found: false, insightId: null, evidencePrecision: 0 };
    for (const id of candidates) {
      const ins = byId.get(id)!;
      const prec = precisionOf(ins, planted);
      if (prec > best.evidencePrecision || best.insightId === null) best = { found: prec >= EVIDENCE_PRECISION, insightId: id, evidencePrecision: prec };
    }
    return best;
  };
  const cp = report.change_points
    .filter((c) => c.significant && c.metric === 'unresolved_rate')
    .map((c) => dayDiff(c.day, truth.versionDrop.day))
    .sort((a, b) => a - b)[0];
  const planted = new Set(truth.anomalies);
  const flagged = new Set(report.anomalies.map((a) => a.session_id));
  let tp = 0;
  for (const id of flagged) if (planted.has(id)) tp++;
  const fp = flagged.size - tp;
  const fn = planted.size - tp;
  const precision = flagged.size ? tp / flagged.size : planted.size ? 0 : 1;
  const recall = planted.size ? tp / planted.size : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    patterns: {
      escalatingTopic: score('escalatingTopic', esc),
      peakHourLatency: score('peakHourLatency', peak),
      versionDrop: score('versionDrop', afterDrop),
      failingTool: score('failingTool', tool),
      worseServedSegment: score('worseServedSegment', seg),
      corrections: score('corrections', corr, (i) => i.category === 'correction' && i.kind === 'pattern'),
    },
    falseIssues,
    changePointErrorDays: cp ?? null,
    anomaly: { tp, fp, fn, precision, recall, f1 },
  };
}
