/**
 * @module bench/topics — topic clustering quality and speed on BANKING77 (Casanueva et al. 2020, CC BY 4.0),
 * ours beside scikit-learn's TfidfVectorizer → TruncatedSVD(100) → KMeans(77) on the same file, same run.
 * Run: `node --import tsx bench/topics.ts [--repeat N]`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { adjustedRandIndex, clusteringAccuracy, nmi } from '../src/analytics/text/index.js';
import { clusterTexts } from '../src/dreaming/topics.js';
import type { ClusterTextsOptions } from '../src/dreaming/topics.js';

/** The data set lives outside the repository and is read in place, never copied. */
const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DATASET = resolve(PROJECT_ROOT, '../shared/datasets/banking77-train.jsonl');
/** BANKING77 has 77 intents. */
const TRUE_K = 77;
/** Debian's interpreter, where python3-sklearn is installed. */
const PYTHON = '/usr/bin/python3';
/** The targets: NMI at least this much above scikit-learn's, wall time no more than scikit-learn's. */
const NMI_MARGIN_TARGET = 0.06;

const SKLEARN_SCRIPT = String.raw`
import json, sys, time, warnings
warnings.filterwarnings("ignore")
try:
    import sklearn
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.decomposition import TruncatedSVD
    from sklearn.cluster import KMeans
except Exception as e:
    print(json.dumps({"error": "import sklearn failed: %s" % e})); sys.exit(0)
texts = []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if line:
        texts.append(json.loads(line)["text"])
k = int(sys.argv[2]); repeat = int(sys.argv[3])
times = []; cpus = []; labels = None
for r in range(repeat):
    t0 = time.perf_counter(); c0 = time.process_time()
    X = TfidfVectorizer(sublinear_tf=True).fit_transform(texts)
    Z = TruncatedSVD(100, random_state=0).fit_transform(X)
    labels = KMeans(k, random_state=0, n_init="auto").fit_predict(Z)
    times.append(time.perf_counter() - t0); cpus.append(time.process_time() - c0)
print(json.dumps({"version": sklearn.__version__, "times": times, "cpus": cpus, "labels": [int(x) for x in labels]}))
`;

interface Row {
  readonly name: string;
  readonly k: number | string;
  readonly nmi?: number;
  readonly ari?: number;
  readonly acc?: number;
  readonly seconds?: number;
  /** CPU seconds (all threads); steadier than wall time on a shared machine. */
  readonly cpuSeconds?: number;
  readonly note?: string;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
}

function readDataset(): { texts: string[]; truth: string[] } {
  const texts: string[] = [];
  const truth: string[] = [];
  for (const line of readFileSync(DATASET, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { text: string; label: string };
    texts.push(o.text);
    truth.push(o.label);
  }
  return { texts, truth };
}

function runOurs(name: string, opts: ClusterTextsOptions, truth: string[], repeat: number): Row {
  const times: number[] = [];
  const cpus: number[] = [];
  let result = clusterTexts(opts);
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    result = clusterTexts(opts);
    times.push((performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1e6);
  }
  const pred = result.assignments;
  return {
    name,
    k: result.k,
    nmi: nmi(truth, pred),
    ari: adjustedRandIndex(truth, pred),
    acc: clusteringAccuracy(truth, pred),
    seconds: median(times),
    cpuSeconds: median(cpus),
  };
}

function runSklearn(truth: string[], repeat: number): Row {
  const dir = mkdtempSync(join(tmpdir(), 'reverie-bench-'));
  try {
    const script = join(dir, 'sklearn_topics.py');
    writeFileSync(script, SKLEARN_SCRIPT);
    const out = execFileSync(PYTHON, [script, DATASET, String(TRUE_K), String(repeat)], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const res = JSON.parse(out) as {
      error?: string;
      version?: string;
      times?: number[];
      cpus?: number[];
      labels?: number[];
    };
    if (res.error || !res.labels || !res.times) {
      return { name: 'scikit-learn', k: TRUE_K, note: `skipped: ${res.error ?? 'no output'}` };
    }
    return {
      name: `scikit-learn ${res.version} tfidf→svd100→kmeans`,
      k: TRUE_K,
      nmi: nmi(truth, res.labels),
      ari: adjustedRandIndex(truth, res.labels),
      acc: clusteringAccuracy(truth, res.labels),
      seconds: median(res.times),
      cpuSeconds: median(res.cpus ?? []),
    };
  } catch (err) {
    return { name: 'scikit-learn', k: TRUE_K, note: `skipped: ${(err as Error).message.split('\n')[0]}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function fmt(x: number | undefined, digits = 4): string {
  return x === undefined ? '—' : x.toFixed(digits);
}

function main(): void {
  const { values } = parseArgs({ options: { repeat: { type: 'string', default: '1' } } });
  const repeat = Math.max(1, Number(values.repeat) || 1);
  const { texts, truth } = readDataset();
  console.log(`BANKING77 train: ${texts.length} texts, ${new Set(truth).size} intents; load average ${loadavg()[0]!.toFixed(2)}`);
  console.log(`timings: median of ${repeat} run(s) after one warm-up; file reading excluded on both sides\n`);
  const sk = runSklearn(truth, repeat);
  const rows: Row[] = [
    runOurs('ours graph (Louvain), k=77', { texts, k: TRUE_K, seed: 0 }, truth, repeat),
    runOurs('ours graph, k automatic', { texts, seed: 0 }, truth, repeat),
    runOurs('ours k-means fast path, k=77', { texts, k: TRUE_K, seed: 0, method: 'kmeans' }, truth, repeat),
    sk,
  ];
  const header = ['pipeline', 'k', 'NMI', 'ARI', 'acc', 'wall s', 'cpu s'];
  const lines = rows.map((r) => [
    r.name,
    String(r.k),
    fmt(r.nmi),
    fmt(r.ari),
    fmt(r.acc),
    r.note ?? fmt(r.seconds, 2),
    r.note ? '' : fmt(r.cpuSeconds, 2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const print = (cells: string[]): void => console.log(cells.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  print(header);
  print(widths.map((w) => '-'.repeat(w)));
  lines.forEach(print);
  const ours = rows[0]!;
  console.log('');
  if (sk.nmi === undefined || sk.seconds === undefined) {
    console.log(`scikit-learn column skipped (${sk.note ?? 'unknown reason'}); no ratios.`);
    return;
  }
  const margin = ours.nmi! - sk.nmi;
  const ratio = ours.seconds! / sk.seconds;
  console.log(`NMI margin (ours k=77 − sklearn): ${margin >= 0 ? '+' : ''}${margin.toFixed(4)} (target ≥ +${NMI_MARGIN_TARGET}) ${margin >= NMI_MARGIN_TARGET ? 'MET' : 'NOT MET'}`);
  console.log(`wall-time ratio (ours k=77 / sklearn): ${ratio.toFixed(2)} (target ≤ 1) ${ratio <= 1 ? 'MET' : 'NOT MET'}`);
  if (ours.cpuSeconds !== undefined && sk.cpuSeconds !== undefined) {
    console.log(`cpu-time ratio (ours k=77 / sklearn, all threads): ${(ours.cpuSeconds / sk.cpuSeconds).toFixed(2)}`);
  }
  const fast = rows[2]!;
  console.log(
    `k-means fast path: NMI margin ${(fast.nmi! - sk.nmi).toFixed(4)}, wall-time ratio ${(fast.seconds! / sk.seconds).toFixed(2)}`,
  );
}

main();
