/** @module dreaming/pipeline — the thin composition of the five stages into `runDream`. */
import { SessionCollector, checkCollectOptions, type CollectOptions } from './collect.js';
import { StageRecorder, type StageName } from './explain.js';
import { applyRewrite, buildInsights, buildPromptTemplate, type RewriteFn } from './insights/index.js';
import { mineSessions, MINE_STEPS, type MineKernels } from './mine/index.js';
import { preprocessSession, type PreparedSession, type PreprocessKernels } from './preprocess.js';
import { buildFeatureMatrix } from './preprocess-features.js';
import { defaultKernels } from './pipeline-kernels.js';
import { headlineOf, reportStatistics, seedViews, type DreamReport } from './report.js';
import type { SessionRecord } from './types.js';
import { buildUpdate, isActive, type MemoryFile, type Playbook } from './update/index.js';

/** Progress of a dream, reported between units of work. `total` is null while unknown (streaming input). */
export interface DreamProgress {
  readonly stage: StageName;
  readonly done: number;
  readonly total: number | null;
}

/** Options of {@link runDream}. */
export interface DreamOptions extends CollectOptions {
  /** Seed of every randomised step (sampling, isolation forest, clustering). Default 1. */
  readonly seed?: number;
  /** The dream's "now" (RFC 3339); defaults to the newest session's start, so reruns are reproducible. */
  readonly now?: string;
  readonly onProgress?: (p: DreamProgress) => void;
  /** Optional model hook that rewrites insight summaries from aggregated, redacted material. */
  readonly rewrite?: RewriteFn;
  /** Replace the numeric kernels (tests, alternative implementations). */
  readonly kernels?: { readonly preprocess?: PreprocessKernels; readonly mine?: MineKernels };
  /** Monotonic clock in ms for stage timings; defaults to `performance.now`. */
  readonly clock?: () => number;
}

/** Input of {@link runDream}. */
export interface RunDreamInput {
  /** Session objects, or `{line, text}` JSONL lines (see `readSessionsJsonl`), sync or async. */
  readonly sessions: Iterable<unknown> | AsyncIterable<unknown>;
  /** The agent's current memory files. */
  readonly memories?: readonly MemoryFile[];
  /** The existing playbook (object or its markdown); defaults to `/playbook.md` among the memories. */
  readonly playbook?: Playbook | string | null;
  /** The agent's current system prompt (its managed section is replaced). */
  readonly agentPrompt?: string;
  /** Workspace secret for keyed pseudonyms. */
  readonly secret: string;
  readonly options?: DreamOptions;
}

/** How often (in sessions) progress is reported during per-session stages. */
const PROGRESS_EVERY = 1000;

/**
 * Runs a whole dream over sessions and returns its report. No I/O happens inside: input arrives through
 * the iterable, output is the returned data.
 * @example
 * const report = await runDream({ sessions: readSessionsJsonl('s.jsonl'), secret: 'k', options: { agent: 'support' } });
 * console.log(report.flagged_issues);
 */
export async function runDream(input: RunDreamInput): Promise<DreamReport> {
  const options = input.options ?? {};
  const bad = checkCollectOptions(options);
  if (bad) throw new RangeError(bad);
  const seed = options.seed ?? 1;
  const progress = options.onProgress ?? (() => {});
  const rec = new StageRecorder(options.clock ?? (() => performance.now()));
  const defaults = defaultKernels({ secret: input.secret });
  const preK = options.kernels?.preprocess ?? defaults.preprocess;
  const mineK = options.kernels?.mine ?? defaults.mine;

  rec.start();
  progress({ stage: 'collect', done: 0, total: null });
  const collector = new SessionCollector(options);
  for await (const item of input.sessions as AsyncIterable<unknown>) {
    collector.push(item);
    if (collector.seen % PROGRESS_EVERY === 0) progress({ stage: 'collect', done: collector.seen, total: null });
  }
  const collected = collector.finish();
  const records: Array<SessionRecord | null> = collected.sessions;
  rec.end('collect', { input: collected.seen, output: records.length, notes: [`${collected.skipped.total} inputs skipped`] });
  progress({ stage: 'collect', done: collected.seen, total: collected.seen });

  rec.start();
  progress({ stage: 'preprocess', done: 0, total: records.length });
  const sessions: PreparedSession[] = [];
  for (let i = 0; i < records.length; i++) {
    sessions.push(preprocessSession(records[i]!, preK));
    records[i] = null; // raw text is released as soon as its redacted form exists
    if ((i + 1) % PROGRESS_EVERY === 0) progress({ stage: 'preprocess', done: i + 1, total: records.length });
  }
  sessions.sort((a, b) => a.startedMs - b.startedMs || (a.id < b.id ? -1 : 1));
  const features = buildFeatureMatrix(sessions);
  const langs = new Map<string, number>();
  for (const s of sessions) langs.set(s.language, (langs.get(s.language) ?? 0) + 1);
  rec.end('preprocess', {
    input: records.length,
    output: sessions.length,
    notes: [`languages: ${[...langs].map(([l, c]) => `${l} ${c}`).join(', ') || 'none'}`, `feature matrix ${features.rows}×${features.cols}`],
  });
  progress({ stage: 'preprocess', done: sessions.length, total: sessions.length });

  rec.start();
  progress({ stage: 'mine', done: 0, total: MINE_STEPS.length });
  const mined = mineSessions({
    sessions,
    features,
    kernels: mineK,
    seed,
    onStep: (_, done) => progress({ stage: 'mine', done, total: MINE_STEPS.length }),
  });
  const significant = mined.tests.filter((t) => t.significant).length;
  rec.end('mine', {
    input: sessions.length,
    output: significant,
    notes: [
      `${mined.openingTopics.topics.length} opening topics${mined.openingTopics.sampled ? ' (clustered on a sample, rest assigned by terms)' : ''}, ${mined.failureTopics.topics.length} failure topics`,
      `${mined.tests.length} tests, ${significant} significant after Benjamini–Hochberg and effect-size gates`,
      `${mined.anomalies.anomalies.length} anomalous sessions, ${mined.changePoints.length} change points (${mined.changePoints.filter((c) => c.test.significant).length} significant)`,
    ],
  });

  rec.start();
  progress({ stage: 'insights', done: 0, total: 1 });
  const lastMs = sessions.length ? sessions[sessions.length - 1]!.startedMs : 0;
  const now = options.now ?? new Date(lastMs).toISOString();
  let built = buildInsights({ sessions, mined, day: now.slice(0, 10) });
  const insightNotes: string[] = [];
  if (options.rewrite) {
    const rw = await applyRewrite({ insights: built.insights, rewrite: options.rewrite });
    built = { ...built, insights: rw.insights };
    insightNotes.push(`rewrite hook: ${built.insights.length - rw.failures} rewritten, ${rw.failures} kept their template text`);
  }
  rec.end('insights', { input: mined.tests.length, output: built.insights.length, notes: insightNotes });
  progress({ stage: 'insights', done: 1, total: 1 });

  rec.start();
  progress({ stage: 'update', done: 0, total: 1 });
  const headline = headlineOf({ analysed: sessions.length, insights: built.insights });
  const update = buildUpdate({
    memories: input.memories ?? [],
    playbook: input.playbook ?? null,
    insights: built,
    tests: mined.tests,
    now,
    headline,
  });
  const promptRules = update.playbook.rules
    .filter((r) => r.target === 'prompt' && isActive(r))
    .map((r) => ({ id: r.id, text: r.text, insightIds: r.evidence }));
  const prompt = buildPromptTemplate({ agentPrompt: input.agentPrompt ?? '', rules: promptRules });
  const c = update.consolidation.counts;
  rec.end('update', {
    input: (input.memories ?? []).length,
    output: update.files.length,
    notes: [
      `memory lines: ${c.kept} kept, ${c.merged} merged, ${c.superseded} superseded`,
      `playbook: ${update.changes.added.length} added, ${update.changes.reobserved.length} re-observed, ${update.changes.contradicted.length} contradicted`,
    ],
  });
  progress({ stage: 'update', done: 1, total: 1 });

  const foundNothing = !built.insights.some((i) => i.kind === 'issue' || i.kind === 'recommendation');
  const first = sessions[0];
  const last = sessions[sessions.length - 1];
  return {
    version: 1,
    created_at: now,
    agent: options.agent ?? null,
    window: first && last ? { first_day: first.day, last_day: last.day, days: mined.days } : null,
    counts: { inputs: collected.seen, skipped: collected.skipped.total, analysed: sessions.length },
    insights: built.insights,
    ...seedViews(built.insights),
    recommended_prompt_template: prompt,
    ...reportStatistics(sessions, mined),
    memory: { files: update.files, log: update.consolidation.log, counts: c },
    playbook: update.playbook,
    playbook_changes: update.changes,
    explain: rec.finish({ ledger: collected.skipped, foundNothing, headline }),
  };
}
