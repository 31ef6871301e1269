/** @module importing — `reverie import`: session records, Anthropic / OpenAI transcripts and Managed Agents exports → the store. */
export { ImportService, createImportService, type ImportDeps, type ImportInput } from './importer.js';
export { readLines } from './read-lines.js';
export { detectFormat } from './detect.js';
export { parseImportLine, sourceKeyOf, PARSERS, type LineResult } from './parse-line.js';
export { toStoredSession, type ImportProvenance } from './to-store.js';
export { DEFAULT_AGENT_NAME, IMPORT_ENVIRONMENT_NAME } from './resolve-targets.js';
export { FALLBACK_STEP_MS } from './timeline.js';
export {
  IMPORT_FORMATS,
  MAX_SKIP_DETAILS,
  type ImportFormat,
  type ImportLine,
  type ImportProgress,
  type ImportSkip,
  type ImportSkipReason,
  type ImportSummary,
  type ParseContext,
} from './types.js';
