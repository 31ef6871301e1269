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
  /** Sessions (indices) with an error of this tool, and the failing message index. */
  readonly examples: ReadonlyArray<{ session: number; message: number }>;
}

/** Counts tool calls and errors per tool name. */
export function toolStats(sessions: readonly PreparedSession[], kernels: MineKernels): ToolStats[] {
  const acc = new Map<string, { calls: number; errors: number; examples: Array<{ session: number; message: number }> }>();
  for (let i = 0; i < sessions.length; i++) {
    const msgs = sessions[i]!.messages;
    for (let m = 0; m < msgs.length; m++) {
      const msg = msgs[m]!;
      if (msg.tool === null) continue;
      let a = acc.get(msg.tool);
      if (!a) acc.set(msg.tool, (a = { calls: 0, errors: 0, examples: [] }));
      a.calls++;
      if (msg.toolError) {
        a.errors++;
        if (a.examples.length < MAX_TOOL_HITS) a.examples.push({ session: i, message: m });
      }
    }
  }
  return [...acc.entries()]
    .map(([name, a]) => {
      const w = kernels.wilson(a.errors, a.calls);
      return { name, calls: a.calls, errors: a.errors, rate: a.calls ? a.errors / a.calls : 0, ci: [w.lo, w.hi] as const, examples: a.examples };
    })
    .sort((x, y) => y.rate - x.rate || (x.name < y.name ? -1 : 1));
}

/** One test per tool: its error rate vs all other tools' calls (units are calls, not sessions). */
export function toolTests(stats: readonly ToolStats[], kernels: MineKernels): GroupTest[] {
  let totCalls = 0;
  let totErr = 0;
  for (const t of stats) {
    totCalls += t.calls;
    totErr += t.errors;
  }
  const tests: GroupTest[] = [];
  for (const t of stats) {
    const restN = totCalls - t.calls;
    const restX = totErr - t.errors;
    if (t.calls < 20) continue;
    let z = 0;
    let p = 1;
    if (restN >= 20) ({ z, p } = kernels.twoProportion({ x1: t.errors, n1: t.calls, x2: restX, n2: restN }));
    else if (t.ci[0] > TOOL_ERROR_ALERT) p = 0;
    const restRate = restN ? restX / restN : 0;
    tests.push({
      family: 'tool_error',
      key: t.name,
      label: t.name,
      outcome: 'error',
      x: t.errors,
      n: t.calls,
      restX,
      restN,
      rate: t.rate,
      restRate,
      ci: t.ci,
      ratio: restRate > 0 ? t.rate / restRate : t.rate > 0 ? Number.POSITIVE_INFINITY : 1,
      z,
      p: Number.isFinite(p) ? p : 1,
      q: 1,
      significant: false,
      hits: t.examples.map((e) => e.session),
    });
  }
  return tests;
}
