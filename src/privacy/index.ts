/** @module privacy — PII detection, redaction with keyed pseudonyms, and the labelled evaluation corpus. */
export { Redactor, redactText } from './redactor.js';
export type { RedactOptions, RedactorOptions, RedactResult, RedactedSpan } from './redactor.js';
export {
  DEFAULT_PSEUDONYM_HEX,
  PSEUDONYM_HEX_STEP,
  PseudonymTable,
  formatPseudonym,
  pseudonymDigest,
  pseudonymFor,
} from './pseudonym.js';
export type { PseudonymSecret } from './pseudonym.js';
export { normalisePiiValue } from './normalise.js';
export { DEFAULT_DETECTORS, detectPii, mergeSpans } from './pii/runner.js';
export type { DetectPiiOptions } from './pii/runner.js';
export { PII_TYPES, STRUCTURED_PII_TYPES } from './pii/types.js';
export type { DetectContext, PiiDetector, PiiSpan, PiiType } from './pii/types.js';
export { cardValid, ibanValid, luhnValid, ssnValid } from './pii/checksums.js';
export { winkWordLexicon } from './pii/word-lexicon.js';
export type { WordLexicon } from './pii/word-lexicon.js';
export { generatePiiCorpus, DEFAULT_CORPUS_INSTANCES } from './pii-corpus.js';
export type { PiiCorpusEntry, PiiCorpusOptions, PiiLabel } from './pii-corpus.js';
export { evaluatePii, formatPiiEvalTable } from './pii-evaluate.js';
export type { EvalDetector, PiiEvalReport, PiiTypeScore } from './pii-evaluate.js';
export { loadWinkNameDetector } from './pii/wink-names.js';
