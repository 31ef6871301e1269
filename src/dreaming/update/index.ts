/** @module dreaming/update — stage 5 (as data): consolidated memory files, playbook, insights report. */
import type { InsightsResult } from '../insights/index.js';
import type { GroupTest } from '../mine/index.js';
import type { Insight } from '../types.js';
import { renderInsightsMarkdown } from './insights-markdown.js';
import { consolidateMemories, type ConsolidationResult, type MemoryFile } from './memory.js';
import { mergePlaybook, parsePlaybook, renderPlaybook, verdictsFromTests, type Playbook, type PlaybookChanges } from './playbook.js';

export type { MemoryFile, LineFate, ConsolidationResult } from './memory.js';
export { consolidateMemories, normalizeLine, NEAR_DUP_JACCARD } from './memory.js';
export type { Playbook, PlaybookRule, PlaybookChanges, Verdict } from './playbook.js';
export { mergePlaybook, parsePlaybook, renderPlaybook, verdictsFromTests, isActive } from './playbook.js';
export { renderInsightsMarkdown } from './insights-markdown.js';

/** Path of the playbook in the memory store. */
export const PLAYBOOK_PATH = '/playbook.md';
/** Path of the facts file each dream writes (consolidated with the rest, so newer facts supersede). */
export const FACTS_PATH = '/learned/facts.md';
/** Paths the update stage regenerates rather than consolidating line by line. */
function isGenerated(path: string): boolean {
  return path === PLAYBOOK_PATH || path.startsWith('/insights/');
}

/** Output of the update stage. */
export interface UpdateResult {
  /** The output memory store: consolidated inputs + facts + playbook + this dream's insights report. */
  readonly files: MemoryFile[];
  readonly consolidation: ConsolidationResult;
  readonly playbook: Playbook;
  readonly changes: PlaybookChanges;
}

/**
 * Builds the output memory store as data (no I/O).
 * @example
 * const update = buildUpdate({ memories, playbook: null, insights, tests, now: '2026-02-01T00:00:00Z', headline: [] });
 */
export function buildUpdate({
  memories = [],
  playbook,
  insights,
  tests,
  now,
  headline,
}: {
  memories?: readonly MemoryFile[];
  playbook?: Playbook | string | null;
  insights: InsightsResult;
  tests: readonly GroupTest[];
  now: string;
  headline: readonly string[];
}): UpdateResult {
  const day = now.slice(0, 10);
  const existingPlaybook =
    typeof playbook === 'string'
      ? parsePlaybook(playbook)
      : playbook ?? (memories.find((m) => m.path === PLAYBOOK_PATH) ? parsePlaybook(memories.find((m) => m.path === PLAYBOOK_PATH)!.content) : null);
  const merged = mergePlaybook({ existing: existingPlaybook, proposals: insights.rules, verdicts: verdictsFromTests(tests), day });
  const inputs = memories.filter((m) => !isGenerated(m.path));
  if (insights.facts.length > 0) {
    inputs.push({
      path: FACTS_PATH,
      content: ['# Learned facts', '', ...insights.facts.map((f) => `- ${f.key}: ${f.value}`)].join('\n'),
      updated_at: now,
    });
  }
  // A facts file from an earlier dream and this dream's facts share a path: fold them into one file.
  const byPath = new Map<string, MemoryFile>();
  for (const m of inputs) {
    const prev = byPath.get(m.path);
    if (!prev) byPath.set(m.path, m);
    else byPath.set(m.path, { path: m.path, content: `${prev.content}\n${m.content}`, updated_at: m.updated_at ?? prev.updated_at ?? now });
  }
  const consolidation = consolidateMemories({ files: [...byPath.values()], now });
  const files: MemoryFile[] = [
    ...consolidation.files,
    { path: PLAYBOOK_PATH, content: renderPlaybook(merged.playbook), updated_at: now },
    { path: `/insights/${day}.md`, content: renderInsightsMarkdown({ day, insights: insights.insights, headline }), updated_at: now },
  ];
  return { files, consolidation, playbook: merged.playbook, changes: merged.changes };
}

/** Re-export for callers that only need the insight type alongside update output. */
export type { Insight };
