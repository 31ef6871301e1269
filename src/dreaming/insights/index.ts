/** @module dreaming/insights — stage 4: typed insight records with evidence and confidence. */
import type { MineResult } from '../mine/index.js';
import type { PreparedSession } from '../preprocess.js';
import type { Insight, Severity } from '../types.js';
import { descriptiveInsights } from './descriptive.js';
import { insightsFromTests, type RuleProposal } from './from-tests.js';
import { insightId } from './ids.js';
import { memoryFacts, type MemoryFact } from './memory-facts.js';

export type { RuleProposal } from './from-tests.js';
export type { MemoryFact } from './memory-facts.js';
export type { RewriteFn, RewriteMaterial } from './rewrite.js';
export { applyRewrite } from './rewrite.js';
export { buildPromptTemplate, stripManagedSection, MANAGED_START, MANAGED_END } from './prompt.js';
export type { PromptRule } from './prompt.js';
export { testConfidence, descriptiveConfidence, supportOf, SUPPORT_SCALE } from './confidence.js';
export { insightId, ruleId, fnv1a } from './ids.js';

/** Output of the insights stage. */
export interface InsightsResult {
  readonly insights: Insight[];
  readonly rules: RuleProposal[];
  readonly facts: MemoryFact[];
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
const KIND_RANK: Readonly<Record<Insight['kind'], number>> = { issue: 0, recommendation: 1, pattern: 2, memory: 3 };

/** Sort order of a report: issues first, then by severity, confidence and id (stable). */
export function compareInsights(a: Insight, b: Insight): number {
  return (
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    b.confidence - a.confidence ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Recommendation titles are shown one per line in the CLI and dashboard; the full rule is the summary. */
const TITLE_MAX_CHARS = 100;

/** Cuts `text` at a word boundary so it fits in `max` characters, marking the cut with an ellipsis. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * Turns mined statistics into insight records (deterministic templates write all text).
 * @example
 * const { insights, rules } = buildInsights({ sessions, mined, day: '2026-01-31' });
 */
export function buildInsights({
  sessions,
  mined,
  day,
}: {
  sessions: readonly PreparedSession[];
  mined: MineResult;
  day: string;
}): InsightsResult {
  const { insights: tested, rules } = insightsFromTests({ sessions, mined });
  const descriptive = descriptiveInsights({ sessions, mined });
  const byId = new Map<string, Insight>();
  for (const i of [...tested, ...descriptive]) byId.set(i.id, i);
  const recs: Insight[] = rules.map((r) => {
    const sources = r.insightIds.map((id) => byId.get(id)).filter((x): x is Insight => x !== undefined);
    const top = sources[0];
    return {
      id: insightId('recommendation', r.category, r.testKey),
      kind: 'recommendation',
      category: r.category,
      title: r.target === 'prompt' ? `Prompt rule: ${clip(r.text, TITLE_MAX_CHARS)}` : `Operations: ${top?.title ?? r.category}`,
      summary: r.text,
      metrics: { rule_id: r.id, target: r.target, motivated_by: r.insightIds.join(',') },
      confidence: Math.max(0, ...sources.map((s) => s.confidence)),
      severity: top?.severity ?? 'low',
      evidence: (top?.evidence ?? []).slice(0, 5),
    };
  });
  const { facts, insights: memories } = memoryFacts(tested, day);
  const insights = [...tested, ...descriptive, ...recs, ...memories].sort(compareInsights);
  return { insights, rules, facts };
}
