/** @module dreaming/mine/tools — recurring tool failures: per-tool error rate with interval and test. */
import type { PreparedSession } from '../preprocess.js';
import type { GroupTest } from './compare.js';
import type { MineKernels } from './kernels.js';

/** With a single tool there is no "rest"; it is flagged when its error rate's lower bound tops this. */
export const TOOL_ERROR_ALERT = 0.1;
/** Evidence candidates kept per tool. */
const MAX_TOOL_HITS = 50;

/** Per-tool call and error counts. */
export interface ToolStats {
  readonly name: string;
  readonly calls: number;
  readonly errors: number;
  readonly rate: number;
  readonly ci: readonly [number, number];
  /** Sessions that called the tool, and those in which it failed at least once (the test's units). */
  readonly sessions: number;
  readonly sessionsWithError: number;
  /** Sessions (indices) with an error of this tool, and the failing message index. */
  readonly examples: ReadonlyArray<{ session: number; message: number }>;
}

/** Counts tool calls and errors per tool name. */
export function toolStats(sessions: readonly PreparedSession[], kernels: MineKernels): ToolStats[] {
  type Acc = { calls: number; errors: number; sessions: number; sessionsWithError: number; seenAt: number; errAt: number; examples: Array<{ session: number; message: number }> };
  const acc = new Map<string, Acc>();
  for (let i = 0; i < sessions.length; i++) {
    const msgs = sessions[i]!.messages;
    for (let m = 0; m < msgs.length; m++) {
      const msg = msgs[m]!;
      if (msg.tool === null) continue;
      let a = acc.get(msg.tool);
      if (!a) acc.set(msg.tool, (a = { calls: 0, errors: 0, sessions: 0, sessionsWithError: 0, seenAt: -1, errAt: -1, examples: [] }));
      a.calls++;
      if (a.seenAt !== i) [a.seenAt, a.sessions] = [i, a.sessions + 1];
      if (msg.toolError) {
        a.errors++;
        if (a.errAt !== i) {
          [a.errAt, a.sessionsWithError] = [i, a.sessionsWithError + 1];
          if (a.examples.length < MAX_TOOL_HITS) a.examples.push({ session: i, message: m });
        }
      }
    }
  }
  return [...acc.entries()]
    .map(([name, a]) => {
      const w = kernels.wilson(a.errors, a.calls);
      return { name, calls: a.calls, errors: a.errors, rate: a.calls ? a.errors / a.calls : 0, ci: [w.lo, w.hi] as const, sessions: a.sessions, sessionsWithError: a.sessionsWithError, examples: a.examples };
    })
    .sort((x, y) => y.rate - x.rate || (x.name < y.name ? -1 : 1));
}

/**
 * One test per tool. Units are (session, tool) pairs — "did the tool fail in this session" — not calls:
 * calls within a session are not independent (one error storm would otherwise look like a failing tool).
 * The tool is compared with the pairs of all other tools.
 */
export function toolTests(stats: readonly ToolStats[], kernels: MineKernels): GroupTest[] {
  let totN = 0;
  let totX = 0;
  for (const t of stats) {
    totN += t.sessions;
    totX += t.sessionsWithError;
  }
  const tests: GroupTest[] = [];
  for (const t of stats) {
    const n = t.sessions;
    const x = t.sessionsWithError;
    const restN = totN - n;
    const restX = totX - x;
    if (n < 20) continue;
    const w = kernels.wilson(x, n);
    let z = 0;
    let p = 1;
    if (restN >= 20) ({ z, p } = kernels.twoProportion({ x1: x, n1: n, x2: restX, n2: restN }));
    else if (w.lo > TOOL_ERROR_ALERT) p = 0;
    const rate = x / n;
    const restRate = restN ? restX / restN : 0;
    tests.push({
      family: 'tool_error',
      key: t.name,
      label: t.name,
      outcome: 'error',
      x,
      n,
      restX,
      restN,
      rate,
      restRate,
      ci: [w.lo, w.hi],
      ratio: restRate > 0 ? rate / restRate : rate > 0 ? Number.POSITIVE_INFINITY : 1,
      z,
      p: Number.isFinite(p) ? p : 1,
      q: 1,
      significant: false,
      hits: t.examples.map((e) => e.session),
    });
  }
  return tests;
}
