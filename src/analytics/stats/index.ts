/** @module analytics/stats — numeric and text-statistics kernels on typed arrays (no ML dependency). */
export { SeededRng, hashSeed, mixSeed } from './random.js';
export {
  MAD_NORMAL_CONSISTENCY, histogram, mean, median, medianAbsoluteDeviation, quantile, quantileSorted,
  quantiles, sortedCopy, standardDeviation, summarize, variance,
  type Histogram, type NumericArray, type Summary,
} from './descriptive.js';
export { erf, erfc, normalCdf, normalPdf, normalQuantile, normalSurvival, twoSidedNormalP } from './normal.js';
export {
  DEFAULT_CONFIDENCE, DEFAULT_FDR, benjaminiHochberg, twoProportionZTest, wilsonInterval,
  type FdrResult, type ProportionInterval, type TwoProportionResult,
} from './wilson.js';
export {
  chiSquare2x2, compareProportions, fisherExactTest, logFactorial,
  type Alternative, type ChiSquareResult, type FisherResult, type ProportionComparison, type Table2x2,
} from './contingency.js';
export {
  DEFAULT_SAMPLE_SIZE, DEFAULT_SCORE_THRESHOLD, DEFAULT_TREES, IsolationForest, averagePathLength,
  flagAnomalies, isolationForestScores,
  type AnomalyDecision, type FeatureMatrix, type IsolationForestOptions,
} from './isolation-forest.js';
export {
  binarySegmentation, defaultPenalty, pelt, robustNoiseSigma,
  type ChangeModel, type ChangePointOptions, type ChangePointResult, type PenaltyRule, type Segment,
} from './changepoint.js';
export { analyzeSentiment, sentimentScore, type SentimentResult } from './sentiment.js';
export {
  INTENSITY_MODIFIERS, MAX_VALENCE, NEGATORS, PROFANITY_LITE, SENTIMENT_LEXICON,
} from './sentiment-lexicon.js';
export {
  FRUSTRATION_WEIGHTS, conversationFrustration, frustrationScore,
  type FrustrationResult, type FrustrationSignal,
} from './frustration.js';
