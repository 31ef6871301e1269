/** @module analytics/text/cluster-points — cluster embedded rows: kNN-graph communities (default) or k-means. */
import { clusterGraph } from './community.js';
import { graphFromKnn } from './graph.js';
import { kmeans } from './kmeans.js';
import { approximateKnn } from './knn-ivf.js';
import { relabelBySize } from './louvain.js';
import type { DenseMatrix } from './sparse.js';

/** Neighbours per point in the similarity graph; 10–30 all measured within noise on text, 15 is the middle. */
const DEFAULT_NEIGHBORS = 15;
/** Automatic k: communities holding less than this share of the points are merged into a neighbour. */
const MIN_CLUSTER_FRACTION = 0.003;
/** Automatic k: never keep clusters smaller than this many points. */
const MIN_CLUSTER_SIZE = 2;
/** k-means++ restarts on large inputs, as scikit-learn's `n_init="auto"`: one start. */
const KMEANS_INITS = 1;
/** Up to this many rows, restarts are cheap and local optima relatively likely: use several. */
const SMALL_INPUT_ROWS = 2000;
const SMALL_INPUT_INITS = 5;

/** `graph`: Louvain on a cosine kNN graph; `kmeans`: k-means++ on the rows (the fast path). */
export type ClusterMethod = 'graph' | 'kmeans';

/** Options of {@link clusterPoints}. */
export interface ClusterPointsOptions {
  /** Rows to cluster (cosine geometry: rows are normalised internally where it matters). */
  readonly points: DenseMatrix;
  /** Wanted clusters; absent → chosen by modularity (see `criterion`). */
  readonly k?: number;
  readonly seed?: number;
  readonly method?: ClusterMethod;
  readonly neighbors?: number;
}

/** Result of {@link clusterPoints}. */
export interface PointClustering {
  /** Cluster per row, ids 0..k-1 by decreasing size. */
  readonly labels: Int32Array;
  readonly k: number;
  /** How k was decided, in words. */
  readonly criterion: string;
}

/**
 * Clusters rows. With `graph` (default) the rows' cosine kNN graph is partitioned by Louvain, its
 * resolution searched to give exactly k communities (merging by modularity gain when it overshoots);
 * without k, modularity at resolution 1 chooses k, and communities below max(2, 0.3 % of n) points are
 * merged into their best-connected neighbour. With `kmeans`, k-means++ runs on the rows (k, when absent,
 * comes from the same modularity criterion).
 * @example
 * const { labels, k } = clusterPoints({ points: embedding, k: 20, seed: 0 });
 */
export function clusterPoints({
  points,
  k,
  seed = 0,
  method = 'graph',
  neighbors = DEFAULT_NEIGHBORS,
}: ClusterPointsOptions): PointClustering {
  const n = points.rows;
  if (n === 0) return { labels: new Int32Array(0), k: 0, criterion: 'no input rows' };
  if (n === 1) return { labels: new Int32Array(1), k: 1, criterion: 'a single row forms one cluster' };
  if (k !== undefined && k >= n) {
    return {
      labels: Int32Array.from({ length: n }, (_, i) => i),
      k: n,
      criterion: `k=${k} given, not fewer than the ${n} rows: one cluster per row`,
    };
  }
  if (k !== undefined && k <= 1) return { labels: new Int32Array(n), k: 1, criterion: 'k=1 given' };
  const graphFor = () => graphFromKnn(approximateKnn({ points, k: neighbors, seed }));
  if (method === 'kmeans') {
    let kk = k;
    let criterion = `k=${k} given`;
    if (kk === undefined) {
      const auto = autoGraph(graphFor(), n, seed);
      kk = Math.max(1, auto.k);
      criterion = `k=${kk} from ${auto.criterion}`;
    }
    const inits = n <= SMALL_INPUT_ROWS ? SMALL_INPUT_INITS : KMEANS_INITS;
    const res = kmeans({ points, k: kk, seed, inits });
    const labels = relabelBySize(res.labels);
    return { labels, k: distinct(labels), criterion: `${criterion}; k-means++ (${inits} start${inits > 1 ? 's' : ''})` };
  }
  const graph = graphFor();
  if (k === undefined) return autoGraph(graph, n, seed);
  const res = clusterGraph({ graph, k, seed });
  return {
    labels: res.labels,
    k: res.k,
    criterion: `k=${k} given; Louvain resolution ${res.resolution.toPrecision(3)} on a ${neighbors}-NN cosine graph`,
  };
}

function autoGraph(graph: ReturnType<typeof graphFromKnn>, n: number, seed: number): PointClustering {
  const minSize = Math.max(MIN_CLUSTER_SIZE, Math.round(MIN_CLUSTER_FRACTION * n));
  const res = clusterGraph({ graph, seed, minSize });
  return {
    labels: res.labels,
    k: res.k,
    criterion:
      `modularity: Louvain at resolution 1 on the kNN cosine graph (modularity ${res.modularity.toFixed(3)}), ` +
      `clusters under ${minSize} points merged into their best-connected neighbour`,
  };
}

function distinct(labels: Int32Array): number {
  return new Set(labels).size;
}
