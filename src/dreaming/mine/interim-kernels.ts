/**
 * @module dreaming/mine/interim-kernels — small stand-ins used only while a kernel of `src/analytics` is
 * missing; `pipeline-kernels.ts` prefers the analytics implementations. @internal
 */

/** Subsample size per isolation tree (Liu et al. 2008 default). */
const IF_SAMPLE = 256;
/** Trees in the forest (Liu et al. 2008 default). */
const IF_TREES = 100;

function lcg(seed: number): () => number {
  let s = (seed >>> 0) || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function cFactor(n: number): number {
  if (n <= 1) return 0;
  return 2 * (Math.log(n - 1) + 0.5772156649) - (2 * (n - 1)) / n;
}

/** Isolation forest scores 2^(−E[h]/c(ψ)) for each row. */
export function interimIsolationForest({ data, rows, cols, seed }: { data: Float64Array; rows: number; cols: number; seed: number }): Float64Array {
  const rnd = lcg(seed);
  const psi = Math.min(IF_SAMPLE, rows);
  const maxDepth = Math.ceil(Math.log2(Math.max(psi, 2)));
  type Node = { f: number; v: number; l: Node; r: Node } | { size: number };
  const build = (idx: number[], depth: number): Node => {
    if (depth >= maxDepth || idx.length <= 1) return { size: idx.length };
    const f = Math.floor(rnd() * cols);
    let lo = Infinity;
    let hi = -Infinity;
    for (const i of idx) {
      const x = data[i * cols + f]!;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    if (hi <= lo) return { size: idx.length };
    const v = lo + rnd() * (hi - lo);
    const l: number[] = [];
    const r: number[] = [];
    for (const i of idx) (data[i * cols + f]! < v ? l : r).push(i);
    return { f, v, l: build(l, depth + 1), r: build(r, depth + 1) };
  };
  const trees: Node[] = [];
  for (let t = 0; t < IF_TREES; t++) {
    const sample: number[] = [];
    for (let k = 0; k < psi; k++) sample.push(Math.floor(rnd() * rows));
    trees.push(build(sample, 0));
  }
  const c = cFactor(psi);
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let sum = 0;
    for (const tree of trees) {
      let node = tree;
      let depth = 0;
      while ('f' in node) {
        node = data[i * cols + node.f]! < node.v ? node.l : node.r;
        depth++;
      }
      sum += depth + cFactor(node.size);
    }
    out[i] = Math.pow(2, -sum / trees.length / c);
  }
  return out;
}

/** PELT for changes in mean with squared-error cost. */
export function interimPelt({ series, penalty }: { series: Float64Array; penalty?: number }): number[] {
  const n = series.length;
  const beta = penalty ?? 2 * Math.log(Math.max(n, 2));
  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    s1[i + 1] = s1[i]! + series[i]!;
    s2[i + 1] = s2[i]! + series[i]! * series[i]!;
  }
  const cost = (a: number, b: number): number => {
    const m = b - a;
    const s = s1[b]! - s1[a]!;
    return s2[b]! - s2[a]! - (s * s) / m;
  };
  const F = new Float64Array(n + 1);
  F[0] = -beta;
  const last = new Int32Array(n + 1);
  let cands = [0];
  for (let t = 1; t <= n; t++) {
    let best = Infinity;
    let arg = 0;
    const vals: number[] = [];
    for (const s of cands) {
      const v = F[s]! + cost(s, t) + beta;
      vals.push(v);
      if (v < best) [best, arg] = [v, s];
    }
    F[t] = best;
    last[t] = arg;
    cands = cands.filter((_, k) => vals[k]! - beta <= best);
    cands.push(t);
  }
  const cps: number[] = [];
  for (let t = n; t > 0; t = last[t]!) if (last[t]! > 0) cps.push(last[t]!);
  return cps.reverse();
}

const POS = new Set('thanks thank great good perfect helpful appreciate awesome excellent love nice glad happy resolved works worked'.split(' '));
const NEG = new Set('bad terrible awful useless angry frustrated frustrating annoying ridiculous unacceptable worst broken wrong still never disappointed hate waste problem issue'.split(' '));

/** Lexicon sentiment in [-1, 1] and a frustration score in [0, 1]. */
export function interimAffect(text: string): { sentiment: number; frustration: number } {
  const toks = text.toLowerCase().match(/[a-z']+/g) ?? [];
  let pos = 0;
  let neg = 0;
  for (const t of toks) {
    if (POS.has(t)) pos++;
    else if (NEG.has(t)) neg++;
  }
  const sentiment = pos + neg === 0 ? 0 : (pos - neg) / (pos + neg);
  const caps = (text.match(/[A-Z]{3,}/g) ?? []).length;
  const bangs = (text.match(/!/g) ?? []).length;
  const frustration = Math.min(1, neg * 0.35 + caps * 0.2 + Math.max(0, bangs - 1) * 0.15);
  return { sentiment, frustration };
}
