/** @module dreaming/update/playbook — itemised rules with helpful/harmful counts, merged across dreams. */
import type { RuleProposal } from '../insights/index.js';
import type { GroupTest } from '../mine/index.js';
import { MIN_RISK_RATIO } from '../mine/index.js';

/** One playbook rule. */
export interface PlaybookRule {
  readonly id: string;
  readonly text: string;
  readonly category: string;
  readonly target: 'prompt' | 'operations';
  /** `family:key` of the statistic that confirms or refutes it. */
  readonly test_key: string;
  /** Dreams that re-observed the evidence behind the rule (the first observation counts as 1). */
  readonly helpful: number;
  /** Dreams whose evidence contradicted it. */
  readonly harmful: number;
  /** Insight ids of the latest evidence. */
  readonly evidence: readonly string[];
  readonly updated: string;
}

/** The playbook: an ordered list of rules. */
export interface Playbook {
  readonly rules: readonly PlaybookRule[];
}

/** What merging changed. */
export interface PlaybookChanges {
  readonly added: string[];
  readonly reobserved: string[];
  readonly contradicted: string[];
}

/** Verdict of this dream's statistics on a rule's test key. */
export type Verdict = 'confirmed' | 'refuted';

/**
 * Derives verdicts from the dream's tests: `confirmed` when the finding is significant again, `refuted`
 * when the test ran and its 95% upper bound rules out the smallest effect that would have motivated
 * the rule (rate < rest × {@link MIN_RISK_RATIO}). Anything else is inconclusive and changes nothing.
 */
export function verdictsFromTests(tests: readonly GroupTest[]): Map<string, Verdict> {
  const out = new Map<string, Verdict>();
  for (const t of tests) {
    const key = `${t.family}:${t.key}`;
    if (t.significant && t.rate > t.restRate) out.set(key, 'confirmed');
    else if (t.ci[1] < t.restRate * MIN_RISK_RATIO) out.set(key, 'refuted');
  }
  return out;
}

/** Whether a rule is active (goes into the prompt / report as current): not more harmful than helpful. */
export function isActive(r: PlaybookRule): boolean {
  return r.helpful > r.harmful;
}

/**
 * Merges this dream's rule proposals into an existing playbook: new rules start at helpful 1, re-observed
 * rules get helpful + 1 and fresh evidence, contradicted rules get harmful + 1. Rules are never deleted.
 */
export function mergePlaybook({
  existing,
  proposals,
  verdicts,
  day,
}: {
  existing: Playbook | null;
  proposals: readonly RuleProposal[];
  verdicts: ReadonlyMap<string, Verdict>;
  day: string;
}): { playbook: Playbook; changes: PlaybookChanges } {
  const rules = new Map<string, PlaybookRule>();
  for (const r of existing?.rules ?? []) rules.set(r.id, r);
  const changes: PlaybookChanges = { added: [], reobserved: [], contradicted: [] };
  const proposed = new Set<string>();
  for (const p of proposals) {
    proposed.add(p.id);
    const old = rules.get(p.id);
    if (old) {
      rules.set(p.id, { ...old, text: p.text, helpful: old.helpful + 1, evidence: p.insightIds, updated: day });
      changes.reobserved.push(p.id);
    } else {
      rules.set(p.id, { id: p.id, text: p.text, category: p.category, target: p.target, test_key: p.testKey, helpful: 1, harmful: 0, evidence: p.insightIds, updated: day });
      changes.added.push(p.id);
    }
  }
  for (const [id, r] of rules) {
    if (proposed.has(id)) continue;
    if (verdicts.get(r.test_key) === 'refuted') {
      rules.set(id, { ...r, harmful: r.harmful + 1, updated: day });
      changes.contradicted.push(id);
    }
  }
  return { playbook: { rules: [...rules.values()] }, changes };
}

const RULE_RE =
  /^- \[(rule_[0-9a-f]+)\] \(helpful: (\d+), harmful: (\d+); category: ([^;]+); target: (prompt|operations); test: ([^;]+); updated: ([^;]+); evidence: ([^)]*)\) (.+)$/;

/** Renders the playbook as `/playbook.md`. Round-trips through {@link parsePlaybook}. */
export function renderPlaybook(playbook: Playbook): string {
  const lines = ['# Playbook', '', 'Rules learned by dreaming. Counts: dreams that re-observed (helpful) or contradicted (harmful) each rule.', ''];
  for (const r of playbook.rules) {
    lines.push(
      `- [${r.id}] (helpful: ${r.helpful}, harmful: ${r.harmful}; category: ${r.category}; target: ${r.target}; test: ${r.test_key}; updated: ${r.updated}; evidence: ${r.evidence.join(', ')}) ${r.text}`,
    );
  }
  if (playbook.rules.length === 0) lines.push('_No rules yet._');
  return lines.join('\n') + '\n';
}

/** Parses a playbook rendered by {@link renderPlaybook}; unknown lines are ignored. */
export function parsePlaybook(markdown: string): Playbook {
  const rules: PlaybookRule[] = [];
  for (const line of markdown.split('\n')) {
    const m = RULE_RE.exec(line.trim());
    if (!m) continue;
    rules.push({
      id: m[1]!,
      helpful: Number(m[2]),
      harmful: Number(m[3]),
      category: m[4]!.trim(),
      target: m[5] as 'prompt' | 'operations',
      test_key: m[6]!.trim(),
      updated: m[7]!.trim(),
      evidence: m[8]!.split(',').map((s) => s.trim()).filter(Boolean),
      text: m[9]!,
    });
  }
  return { rules };
}
