/** @module dreaming/generate/generate — seeded synthetic sessions with planted patterns, as a list or a stream. */
import { SeededRng, mixSeed } from '../../analytics/stats/random.js';
import type { SessionRecord, SessionUser } from '../types.js';
import { DAY_MS, HOUR_WEIGHTS, makePlan, userAt, type Plan } from './plan.js';
import { buildSession } from './session-builder.js';
import { createTruth, recordFacts } from './truth.js';
import type { GenerateOptions, GroundTruth } from './types.js';

/** Salt of the session random stream (independent of the plan stream). */
const SESSION_STREAM_SALT = 0xa11ce;

/** Milliseconds in an hour. */
const HOUR_MS = 3_600_000;

/** A stream of sessions whose `truth` is complete once the stream is exhausted. */
export interface SessionStream extends IterableIterator<SessionRecord> {
  /** The ground-truth manifest; id lists grow as sessions are yielded. */
  readonly truth: GroundTruth;
}

/** How many sessions fall on each day: an even split, remainder spread over the first days. */
function sessionsPerDay(count: number, days: number): Int32Array {
  const perDay = new Int32Array(days).fill(Math.floor(count / days));
  for (let d = 0; d < count % days; d++) perDay[d] = (perDay[d] ?? 0) + 1;
  return perDay;
}

function* produce(plan: Plan, truth: GroundTruth): Generator<SessionRecord, void, undefined> {
  const rng = new SeededRng(mixSeed(plan.seed) ^ SESSION_STREAM_SALT);
  const users: (SessionUser | undefined)[] = new Array<SessionUser | undefined>(plan.userCount);
  const perDay = sessionsPerDay(plan.count, plan.days);
  let index = 0;
  for (let day = 0; day < plan.days; day++) {
    const n = perDay[day] ?? 0;
    // Start times of one day, sorted, so the whole stream is chronological without buffering sessions.
    const times = new Float64Array(n);
    const dayStart = plan.startMs + day * DAY_MS;
    for (let j = 0; j < n; j++) times[j] = dayStart + rng.weightedIndex(HOUR_WEIGHTS) * HOUR_MS + Math.floor(rng.next() * HOUR_MS);
    times.sort();
    for (let j = 0; j < n; j++) {
      // Squaring a uniform draw skews the pool: a few users come back often, most rarely.
      const k = Math.floor(rng.next() ** 2 * plan.userCount);
      const user = users[k] ?? (users[k] = userAt(plan, k));
      const { record, facts } = buildSession({ plan, rng, index, startMs: times[j] ?? dayStart, user });
      recordFacts(truth, plan, facts);
      index++;
      yield record;
    }
  }
}

/**
 * Streams synthetic sessions in chronological order; `truth` fills as you iterate.
 * @example
 * const stream = iterateSessions({ seed: 7, count: 100_000, scenario: 'finance' });
 * for (const s of stream) sink.write(JSON.stringify(s) + '\n');
 * console.log(stream.truth.failingTool.name);
 */
export function iterateSessions(opts: GenerateOptions): SessionStream {
  const plan = makePlan(opts);
  const truth = createTruth(plan);
  return Object.assign(produce(plan, truth), { truth });
}

/**
 * Generates `count` synthetic sessions with planted patterns and the manifest of what was planted.
 * @example
 * const { sessions, truth } = generateSessions({ seed: 1, count: 2000 });
 * truth.escalatingTopic.topic; // e.g. 'double charge'
 */
export function generateSessions(opts: GenerateOptions): { sessions: SessionRecord[]; truth: GroundTruth } {
  const stream = iterateSessions(opts);
  const sessions: SessionRecord[] = [];
  for (const s of stream) sessions.push(s);
  return { sessions, truth: stream.truth };
}
