/** @module analytics/text — text and topic kernels on typed arrays: tokens, TF-IDF, SVD, k-means, graphs, metrics. */
export { charWbNgrams, lightStem, tokenize, wordNgrams } from './tokenize.js';
export type { TokenizeOptions } from './tokenize.js';
export { ENGLISH_STOP_WORDS } from './stop-words.js';
export { hasUnspacedScript, joinBigramTerm, scriptOf, segmentUnspaced } from './scripts.js';
export type { Script } from './scripts.js';
export { tfidf } from './vectorize.js';
export type { TfidfOptions, TfidfResult } from './vectorize.js';
export { charNgramTfidf } from './char-ngrams.js';
export type { CharNgramTfidfOptions } from './char-ngrams.js';
export { textFeatures } from './text-features.js';
export type { TextFeaturesOptions } from './text-features.js';
export {
  csrFromRows,
  csrToDense,
  csrTimesDense,
  csrTransposeTimesDense,
  hstackCsr,
  normalizeRowsL2,
} from './sparse.js';
export type { CsrMatrix, DenseMatrix } from './sparse.js';
export { createRng } from './random.js';
export type { Rng } from './random.js';
export { gramMatrix, orthonormalizeColumns, symmetricEigen, transpose } from './linalg.js';
export type { SymmetricEigen } from './linalg.js';
export { symmetricEigenQl } from './eigen-ql.js';
export { randomizedSvd } from './svd.js';
export type { RandomizedSvdOptions, TruncatedSvd } from './svd.js';
export { kmeans, kmeansPlusPlus } from './kmeans.js';
export type { KMeansOptions, KMeansResult } from './kmeans.js';
export { TopKLists, exactKnn, hasUnitRows, normalizeDenseRows, normalizeDenseRowsInPlace } from './knn.js';
export type { KnnResult } from './knn.js';
export { approximateKnn } from './knn-ivf.js';
export {
  closeTextThreads,
  prewarmTextThreads,
  setTextThreads,
  startTextThreads,
  textThreadStats,
  textThreads,
} from './parallel-pool.js';
export type { ApproximateKnnOptions } from './knn-ivf.js';
export { graphFromKnn } from './graph.js';
export type { WeightedGraph } from './graph.js';
export { louvain, relabelBySize } from './louvain.js';
export type { LouvainOptions } from './louvain.js';
export { clusterGraph, mergeCommunities, modularity } from './community.js';
export type { ClusterGraphOptions, GraphClustering } from './community.js';
export { clusterPoints } from './cluster-points.js';
export type { ClusterMethod, ClusterPointsOptions, PointClustering } from './cluster-points.js';
export { classTfidf, classTfidfIds, labelFromTerms, wordNgramIds } from './ctfidf.js';
export type { ClassTfidfIdsOptions, ClassTfidfOptions, WordNgramIds } from './ctfidf.js';
export { adjustedRandIndex, clusteringAccuracy, nmi } from './metrics.js';
export type { Labels } from './metrics.js';
export { hungarian } from './hungarian.js';
