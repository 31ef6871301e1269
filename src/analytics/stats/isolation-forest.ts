/** @module analytics/stats/isolation-forest — seeded isolation forest (Liu, Ting & Zhou 2008) on a row-major Float64Array. */
import { quantile } from './descriptive.js';
import { SeededRng } from './random.js';

/** Trees in the forest: the paper shows path lengths converge well before 100. */
export const DEFAULT_TREES = 100;
/** Sub-sample size ψ: the paper's default; small samples isolate anomalies best (less swamping/masking). */
export const DEFAULT_SAMPLE_SIZE = 256;
/** Default decision threshold on the score: the paper reads s ≫ 0.5 as anomalous; 0.6 keeps false alarms rare on dense data. */
export const DEFAULT_SCORE_THRESHOLD = 0.6;
/** Euler–Mascheroni constant, for the harmonic-number approximation H(i) ≈ ln i + γ. */
const EULER_GAMMA = 0.5772156649015329;

/** Average path length of an unsuccessful BST search among n points: c(n) = 2H(n−1) − 2(n−1)/n. */
export function averagePathLength(n: number): number {
  if (n <= 1) return 0;
  if (n === 2) return 1;
  return 2 * (Math.log(n - 1) + EULER_GAMMA) - (2 * (n - 1)) / n;
}

/** A row-major matrix: `data[r * cols + c]`. */
export interface FeatureMatrix {
  readonly data: Float64Array;
  readonly rows: number;
  readonly cols: number;
}

/** Options of {@link IsolationForest.fit}. */
export interface IsolationForestOptions {
  readonly trees?: number;
  readonly sampleSize?: number;
  readonly seed?: number;
}

/** Marks a leaf in the `feature` array. */
const LEAF = -1;

/**
 * A fitted isolation forest. Trees are stored flat in typed arrays (feature, split, children, leaf size),
 * so a 100-tree forest is a few hundred KB and scoring is allocation-free.
 * @example
 * const forest = IsolationForest.fit({ data, rows, cols }, { seed: 1 });
 * const scores = forest.score({ data, rows, cols }); // Float64Array in [0, 1], higher = more anomalous
 */
export class IsolationForest {
  readonly cols: number;
  readonly trees: number;
  readonly sampleSize: number;
  readonly #feature: Int32Array;
  readonly #split: Float64Array;
  readonly #left: Int32Array;
  readonly #right: Int32Array;
  readonly #size: Int32Array;
  readonly #roots: Int32Array;

  private constructor(init: {
    cols: number; trees: number; sampleSize: number; feature: Int32Array; split: Float64Array;
    left: Int32Array; right: Int32Array; size: Int32Array; roots: Int32Array;
  }) {
    this.cols = init.cols;
    this.trees = init.trees;
    this.sampleSize = init.sampleSize;
    this.#feature = init.feature;
    this.#split = init.split;
    this.#left = init.left;
    this.#right = init.right;
    this.#size = init.size;
    this.#roots = init.roots;
  }

  /** Grows the forest on `matrix`. Deterministic for a given seed. */
  static fit(matrix: FeatureMatrix, opts: IsolationForestOptions = {}): IsolationForest {
    const { data, rows, cols } = matrix;
    if (data.length !== rows * cols) throw new RangeError(`data length ${data.length} ≠ rows·cols ${rows * cols}`);
    const trees = Math.max(1, Math.floor(opts.trees ?? DEFAULT_TREES));
    const psi = Math.max(1, Math.min(rows, Math.floor(opts.sampleSize ?? DEFAULT_SAMPLE_SIZE)));
    const maxDepth = Math.ceil(Math.log2(Math.max(2, psi)));
    const rng = new SeededRng(opts.seed ?? 0);
    const capacity = trees * (2 * psi - 1);
    const feature = new Int32Array(capacity).fill(LEAF);
    const split = new Float64Array(capacity);
    const left = new Int32Array(capacity);
    const right = new Int32Array(capacity);
    const size = new Int32Array(capacity);
    const roots = new Int32Array(trees);
    const all = Int32Array.from({ length: rows }, (_, i) => i);
    const sample = new Int32Array(psi);
    let next = 0;

    const build = (lo: number, hi: number, depth: number): number => {
      const node = next++;
      const n = hi - lo;
      size[node] = n;
      if (n <= 1 || depth >= maxDepth) return node;
      // Pick a random feature that varies in this node (trying each at most once, in random order).
      let chosen = -1;
      let min = 0;
      let max = 0;
      const start = rng.int(cols);
      for (let k = 0; k < cols && chosen < 0; k++) {
        const f = (start + k) % cols;
        min = Number.POSITIVE_INFINITY;
        max = Number.NEGATIVE_INFINITY;
        for (let i = lo; i < hi; i++) {
          const v = data[(sample[i] as number) * cols + f] as number;
          if (v < min) min = v;
          if (v > max) max = v;
        }
        if (max > min) chosen = f;
      }
      if (chosen < 0) return node;
      const cut = min + rng.next() * (max - min);
      // Partition sample[lo, hi) in place: < cut to the left.
      let mid = lo;
      for (let i = lo; i < hi; i++) {
        const idx = sample[i] as number;
        if ((data[idx * cols + chosen] as number) < cut) {
          sample[i] = sample[mid] as number;
          sample[mid++] = idx;
        }
      }
      feature[node] = chosen;
      split[node] = cut;
      left[node] = build(lo, mid, depth + 1);
      right[node] = build(mid, hi, depth + 1);
      return node;
    };

    for (let t = 0; t < trees; t++) {
      // Partial Fisher–Yates: the first ψ entries of `all` become a sample without replacement.
      for (let i = 0; i < psi; i++) {
        const j = i + rng.int(rows - i);
        const tmp = all[i] as number;
        all[i] = all[j] as number;
        all[j] = tmp;
        sample[i] = all[i] as number;
      }
      roots[t] = build(0, psi, 0);
    }
    return new IsolationForest({ cols, trees, sampleSize: psi, feature, split, left, right, size, roots });
  }

  /** Mean path length of one row (given by its offset into `data`) over all trees. */
  #meanPath(data: Float64Array, offset: number): number {
    let total = 0;
    for (let t = 0; t < this.trees; t++) {
      let node = this.#roots[t] as number;
      let depth = 0;
      let f = this.#feature[node] as number;
      while (f !== LEAF) {
        node = (data[offset + f] as number) < (this.#split[node] as number) ? (this.#left[node] as number) : (this.#right[node] as number);
        depth++;
        f = this.#feature[node] as number;
      }
      total += depth + averagePathLength(this.#size[node] as number);
    }
    return total / this.trees;
  }

  /** Anomaly score s(x) = 2^(−E[h(x)] / c(ψ)) for every row; in (0, 1], higher = more anomalous. */
  score(matrix: FeatureMatrix): Float64Array {
    if (matrix.cols !== this.cols) throw new RangeError(`expected ${this.cols} columns, got ${matrix.cols}`);
    const norm = averagePathLength(this.sampleSize) || 1;
    const out = new Float64Array(matrix.rows);
    for (let r = 0; r < matrix.rows; r++) out[r] = 2 ** (-this.#meanPath(matrix.data, r * this.cols) / norm);
    return out;
  }
}

/**
 * Fits a forest on `matrix` and scores the same rows (the usual unsupervised use).
 * @example isolationForestScores({ data, rows: 1000, cols: 4, seed: 7 })
 */
export function isolationForestScores(args: FeatureMatrix & IsolationForestOptions): Float64Array {
  return IsolationForest.fit(args, args).score(args);
}

/** Result of {@link flagAnomalies}. */
export interface AnomalyDecision {
  /** `flags[i] === 1` ⇔ row i is anomalous. */
  readonly flags: Uint8Array;
  /** Indices of anomalous rows, most anomalous first. */
  readonly indices: number[];
  /** The score threshold that was applied (flag when score ≥ threshold). */
  readonly threshold: number;
}

/**
 * Turns scores into decisions: with `contamination` (expected anomalous share, e.g. 0.01) the top share
 * is flagged; otherwise scores ≥ `threshold` (default {@link DEFAULT_SCORE_THRESHOLD}) are.
 * @example flagAnomalies({ scores, contamination: 0.005 }).indices
 */
export function flagAnomalies({
  scores,
  contamination,
  threshold = DEFAULT_SCORE_THRESHOLD,
}: {
  scores: Float64Array;
  contamination?: number;
  threshold?: number;
}): AnomalyDecision {
  let cut = threshold;
  if (contamination !== undefined) {
    if (!(contamination > 0 && contamination < 1)) throw new RangeError(`contamination must be in (0, 1), got ${contamination}`);
    cut = scores.length === 0 ? Number.POSITIVE_INFINITY : quantile(scores, 1 - contamination);
  }
  const flags = new Uint8Array(scores.length);
  const indices: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    if ((scores[i] as number) >= cut) {
      flags[i] = 1;
      indices.push(i);
    }
  }
  indices.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  return { flags, indices, threshold: cut };
}
