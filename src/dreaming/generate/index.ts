/** @module dreaming/generate — seeded synthetic sessions with planted patterns and a ground-truth manifest. */
export { generateSessions, iterateSessions, type SessionStream } from './generate.js';
export { writeSessionsJsonl } from './write-jsonl.js';
export { SCENARIOS, SCENARIO_NAMES } from './scenarios/index.js';
export { luhnCheckDigit } from './pii.js';
export type {
  AnomalyKind, GenerateOptions, GroundTruth, PiiKind, ScenarioName, ScenarioSpec, ToolSpec, TopicSpec,
} from './types.js';
