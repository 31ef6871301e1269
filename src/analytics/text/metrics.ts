/** @module analytics/text/metrics — external clustering metrics: NMI, ARI and Hungarian-matched accuracy. */
import { hungarian } from './hungarian.js';

/** Any labelling: numbers or strings, one per item. */
export type Labels = ArrayLike<number | string>;

interface Contingency {
  readonly n: number;
  readonly rows: number;
  readonly cols: number;
  /** rows×cols counts, row-major. */
  readonly table: Float64Array;
  readonly rowSums: Float64Array;
  readonly colSums: Float64Array;
}

function encode(labels: Labels): { codes: Int32Array; count: number } {
  const ids = new Map<number | string, number>();
  const codes = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const key = labels[i]!;
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    codes[i] = id;
  }
  return { codes, count: ids.size };
}

function contingency(truth: Labels, pred: Labels): Contingency {
  if (truth.length !== pred.length) throw new RangeError('labelings differ in length');
  const t = encode(truth);
  const p = encode(pred);
  const table = new Float64Array(t.count * p.count);
  const rowSums = new Float64Array(t.count);
  const colSums = new Float64Array(p.count);
  for (let i = 0; i < truth.length; i++) {
    table[t.codes[i]! * p.count + p.codes[i]!]!++;
    rowSums[t.codes[i]!]!++;
    colSums[p.codes[i]!]!++;
  }
  return { n: truth.length, rows: t.count, cols: p.count, table, rowSums, colSums };
}

function entropy(sums: Float64Array, n: number): number {
  let h = 0;
  for (const s of sums) if (s > 0) h -= (s / n) * Math.log(s / n);
  return h;
}

/**
 * Normalised mutual information with arithmetic-mean normalisation (scikit-learn's default).
 * Two single-cluster labellings score 1, as in scikit-learn.
 * @example
 * nmi([0, 0, 1, 1], [1, 1, 0, 0]); // 1
 */
export function nmi(truth: Labels, pred: Labels): number {
  const c = contingency(truth, pred);
  if ((c.rows === 1 && c.cols === 1) || c.n === 0) return 1;
  let mi = 0;
  for (let i = 0; i < c.rows; i++) {
    for (let j = 0; j < c.cols; j++) {
      const nij = c.table[i * c.cols + j]!;
      if (nij > 0) mi += (nij / c.n) * Math.log((c.n * nij) / (c.rowSums[i]! * c.colSums[j]!));
    }
  }
  const denom = (entropy(c.rowSums, c.n) + entropy(c.colSums, c.n)) / 2;
  return denom <= 0 ? 0 : Math.max(0, Math.min(1, mi / denom));
}

const comb2 = (x: number): number => (x * (x - 1)) / 2;

/**
 * Adjusted Rand index (Hubert & Arabie 1985): 1 for identical partitions, ~0 for random ones.
 * @example
 * adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2]); // ≈ 0.571
 */
export function adjustedRandIndex(truth: Labels, pred: Labels): number {
  const c = contingency(truth, pred);
  let sumIj = 0;
  for (const v of c.table) sumIj += comb2(v);
  let sumA = 0;
  for (const v of c.rowSums) sumA += comb2(v);
  let sumB = 0;
  for (const v of c.colSums) sumB += comb2(v);
  const total = comb2(c.n);
  const expected = total === 0 ? 0 : (sumA * sumB) / total;
  const max = (sumA + sumB) / 2;
  if (max === expected) return 1;
  return (sumIj - expected) / (max - expected);
}

/**
 * Clustering accuracy: the fraction of items whose cluster, mapped one-to-one onto classes by the
 * Hungarian algorithm to maximise agreement, equals their class. Surplus clusters count as errors.
 * @example
 * clusteringAccuracy(['a', 'a', 'b'], [1, 1, 0]); // 1
 */
export function clusteringAccuracy(truth: Labels, pred: Labels): number {
  const c = contingency(truth, pred);
  if (c.n === 0) return 1;
  const size = Math.max(c.rows, c.cols);
  const cost = new Float64Array(size * size);
  for (let i = 0; i < c.rows; i++) {
    for (let j = 0; j < c.cols; j++) cost[i * size + j] = -c.table[i * c.cols + j]!;
  }
  const match = hungarian({ n: size, cost });
  let hit = 0;
  for (let i = 0; i < c.rows; i++) {
    const j = match[i]!;
    if (j < c.cols) hit += c.table[i * c.cols + j]!;
  }
  return hit / c.n;
}
