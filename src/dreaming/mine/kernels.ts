/** @module dreaming/mine/kernels — the numeric kernels the miners need, as one injectable port. */

/** One topic cluster, as the text-analytics kernel returns it. */
export interface TopicCluster {
  readonly id: number;
  readonly label: string;
  readonly terms: readonly string[];
  readonly size: number;
  readonly members: readonly number[];
  readonly quotes: readonly string[];
}

/** Result of clustering texts. `assignments[i]` is a cluster id, or -1 for noise. */
export interface TopicClustering {
  readonly clusters: readonly TopicCluster[];
  readonly assignments: ArrayLike<number>;
  readonly k: number;
  readonly criterion?: unknown;
}

/** Kernels the mine stage uses; the pipeline binds them to `src/analytics/*` (see pipeline-kernels.ts). */
export interface MineKernels {
  /** Clusters short texts into topics (k chosen automatically when absent). */
  clusterTexts(input: { texts: string[]; k?: number; seed?: number }): TopicClustering;
  /** Wilson score interval of x successes in n trials at 95%. */
  wilson(x: number, n: number): { lo: number; hi: number };
  /** Two-sided two-proportion z-test. */
  twoProportion(input: { x1: number; n1: number; x2: number; n2: number }): { z: number; p: number };
  /** Two-sided p-value of a standard-normal z. */
  normalTwoSidedP(z: number): number;
  /** Robust noise σ of a series: 1.4826 · MAD of first differences / √2. */
  robustNoiseSigma(series: ArrayLike<number>): number;
  /** Benjamini–Hochberg adjusted p-values (q-values), same order as the input. */
  benjaminiHochberg(pValues: readonly number[]): number[];
  /** Isolation-forest anomaly scores in (0, 1] for the rows of a row-major matrix; higher = more anomalous. */
  isolationForest(input: { data: Float64Array; rows: number; cols: number; seed: number }): Float64Array;
  /** Change-point indices (first index of each new segment) of a series, by PELT. */
  changePoints(input: { series: Float64Array; penalty?: number }): number[];
}
