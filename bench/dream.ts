/**
 * @module bench/dream — runs the whole dreaming pipeline on 10k and 100k generated sessions and prints
 * time per stage, peak RSS and how well the planted patterns were found.
 * Run: `node --import tsx bench/dream.ts [sizes...]` (default `10000 100000`). `--expose-gc` gives cleaner RSS.
 */
import { loadavg } from 'node:os';
import { generateSessions } from '../src/dreaming/generate/index.js';
import { runDream } from '../src/dreaming/index.js';
import { scorePlanted } from '../test/dreaming/planted.js';

/** Sizes benchmarked when none are given on the command line. */
const DEFAULT_SIZES = [10_000, 100_000];
/** RSS sampling period: fine enough to catch the peak of a stage lasting a second. */
const RSS_SAMPLE_MS = 50;
const MB = 1024 * 1024;

interface Row {
  n: number;
  generateMs: number;
  stages: Record<string, number>;
  cpu: Record<string, number>;
  totalMs: number;
  peakRssMb: number;
  insights: number;
  issues: number;
  falseIssues: number;
  found: string;
  anomalyF1: number;
  cpErrorDays: number | null;
}

async function benchOne(n: number, seed: number): Promise<Row> {
  (globalThis as { gc?: () => void }).gc?.();
  let t = performance.now();
  const { sessions, truth } = generateSessions({ seed, count: n });
  const generateMs = performance.now() - t;
  const startedAt = new Map(sessions.map((s) => [s.id, s.started_at]));
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, RSS_SAMPLE_MS);
  t = performance.now();
  // CPU time per stage (user + system), attributed at stage transitions: on a shared machine wall time
  // mostly measures the neighbours, CPU time measures the pipeline.
  const cpu: Record<string, number> = {};
  let cpuStage = 'collect';
  let cpuMark = process.cpuUsage();
  const markCpu = (next: string): void => {
    const d = process.cpuUsage(cpuMark);
    cpu[cpuStage] = (cpu[cpuStage] ?? 0) + (d.user + d.system) / 1000;
    cpuMark = process.cpuUsage();
    cpuStage = next;
  };
  const report = await runDream({
    sessions,
    secret: 'bench-secret',
    options: {
      seed,
      // Yield to the event loop between progress reports so the RSS sampler runs during long stages.
      onProgress: (p) => {
        peak = Math.max(peak, process.memoryUsage().rss);
        if (p.stage !== cpuStage) markCpu(p.stage);
      },
    },
  });
  const totalMs = performance.now() - t;
  markCpu('done');
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const score = scorePlanted({ report, truth, startedAt });
  const found = Object.entries(score.patterns)
    .map(([k, v]) => `${k}:${v.found ? 'yes' : 'NO'}`)
    .join(' ');
  return {
    n,
    generateMs,
    stages: Object.fromEntries(report.explain.stages.map((s) => [s.stage, s.ms])),
    cpu,
    totalMs,
    peakRssMb: peak / MB,
    insights: report.insights.length,
    issues: report.flagged_issues.length,
    falseIssues: score.falseIssues.length,
    found,
    anomalyF1: score.anomaly.f1,
    cpErrorDays: score.changePointErrorDays,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).map(Number).filter((x) => Number.isInteger(x) && x > 0);
  const sizes = args.length ? args : DEFAULT_SIZES;
  const rows: Row[] = [];
  for (const n of sizes) {
    const row = await benchOne(n, 1);
    rows.push(row);
    const st = Object.entries(row.stages).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}s`).join(', ');
    const cpuTotal = Object.values(row.cpu).reduce((a, b) => a + b, 0);
    const cs = Object.entries(row.cpu).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}s`).join(', ');
    console.log(`n=${n}: wall ${(row.totalMs / 1000).toFixed(2)} s (${st}); CPU ${(cpuTotal / 1000).toFixed(2)} s (${cs}); load avg ${loadavg()[0]!.toFixed(1)}; peak RSS ${row.peakRssMb.toFixed(0)} MB (incl. the generated input held in memory); generate ${(row.generateMs / 1000).toFixed(1)} s`);
    console.log(`   ${row.issues} issues, ${row.falseIssues} false; ${row.found}; anomaly F1 ${row.anomalyF1.toFixed(3)}; change-point error ${row.cpErrorDays ?? 'n/a'} d`);
  }
  if (rows.length >= 2) {
    const a = rows[0]!;
    const b = rows[rows.length - 1]!;
    const ratio = b.totalMs / a.totalMs;
    const nlogn = (b.n * Math.log(b.n)) / (a.n * Math.log(a.n));
    console.log(`growth ${a.n}→${b.n}: time ×${ratio.toFixed(1)} (n log n would be ×${nlogn.toFixed(1)}, linear ×${(b.n / a.n).toFixed(1)})`);
  }
}

await main();
