/** @module models/offline — the built-in deterministic model. */
export { OfflineModel, NO_MATCH_ANSWER } from './offline-model.js';
export { rankPassages, splitPassages, terms, countTokens, type Passage, type ScoredPassage } from './text.js';
