/** @module dreaming/generate/session-builder — one synthetic session: outcome first, then a conversation consistent with it. */
import type { SeededRng } from '../../analytics/stats/random.js';
import type { SessionRecord, SessionUser } from '../types.js';
import { ConversationWriter } from './conversation.js';
import * as P from './phrases.js';
import { PII_KINDS, piiSentence } from './pii.js';
import {
  BASE_ESCALATION_P, BASE_LATENCY_MEDIAN_MS, BASE_RESOLUTION_P, BASE_TOOL_ERROR_P,
  CORRECTION_RESOLUTION_PENALTY, CORRECTION_SESSION_P, DAY_MS, FAILING_TOOL_ERROR_P, LATENCY_SIGMA,
  PEAK_HOURS, PEAK_LATENCY_MEDIAN_MS, PII_SESSION_P, PLANTED_ESCALATION_P,
  SEGMENT_RESOLUTION_PENALTY, TOOL_FAILURE_RESOLUTION_PENALTY, VERSION_AFTER, VERSION_BEFORE,
  VERSION_DROP_RESOLUTION_PENALTY, type Plan,
} from './plan.js';
import type { SessionFacts } from './truth.js';
import type { AnomalyKind, PiiKind, ToolSpec, TopicSpec } from './types.js';

/** Probability that a middle exchange involves a tool call. */
const TOOL_CALL_P = 0.5;
/** Middle exchanges (user detail + assistant reply) beyond the opening and closing. */
const MIN_MIDDLE = 0;
const MAX_MIDDLE = 3;
/** Anomalous sizes: far outside the normal 2–5 exchanges and 0–3 tool calls. */
const LONG_MIDDLE_MIN = 35;
const LONG_MIDDLE_MAX = 60;
const STORM_MIN_ERRORS = 9;
const STORM_MAX_ERRORS = 16;
/** Huge-latency anomalies: 20 s–2 min per reply. */
const HUGE_LATENCY_MEDIAN_MS = 45_000;
/** Chance the first PII item is in the opening request rather than a later message. */
const PII_IN_OPENING_P = 0.5;
/** Chance the first assistant reply is a generic acknowledgement rather than a topic reply. */
const GENERIC_FIRST_REPLY_P = 0.5;
/** Chance a user detail message is topic-specific rather than generic filler. */
const TOPIC_DETAIL_P = 0.65;
/** Chance the assistant answers the user's thanks. */
const CLOSING_REPLY_P = 0.5;
/** Chance an unresolved user gives up calmly rather than showing frustration first. */
const GIVE_UP_P = 0.5;
/** Chance a PII session carries a second PII item. */
const SECOND_PII_P = 0.3;
/** Chance that a frustrated user repeats the original question. */
const REPEAT_QUESTION_P = 0.5;
/** Share of sessions with a satisfaction score: not every user answers the survey. */
const SATISFACTION_RESPONSE_P = 0.8;
/** Satisfaction model (1–5 scale, before noise). */
const SAT_BASE = 4.4;
const SAT_UNRESOLVED = -1.7;
const SAT_ESCALATED = -0.5;
const SAT_AFTER_DROP = -0.5;
const SAT_PEAK = -0.3;
const SAT_CORRECTION = -0.4;
const SAT_NOISE = 0.6;
/** Channels sessions arrive on. */
const CHANNELS = ['web', 'web', 'mobile', 'mobile', 'email', 'chat-widget'] as const;
const FEEDBACK_BAD = ['The bot did not understand me.', 'Took way too long.', 'Useless, I had to call anyway.', 'Not helpful at all.'];
const FEEDBACK_GOOD = ['Quick and helpful!', 'Solved my problem, thanks.', 'Great service.', 'Easy and fast.'];
const FEEDBACK_NEUTRAL = ['It was okay.', 'Fine, but a bit slow.', 'Got there in the end.'];
/** Chance a rated session also leaves a comment. */
const FEEDBACK_COMMENT_P = 0.3;

/** Inputs of {@link buildSession}. */
export interface BuildInput {
  readonly plan: Plan;
  readonly rng: SeededRng;
  readonly index: number;
  readonly startMs: number;
  readonly user: SessionUser;
}

function toolSpec(plan: Plan, name: string): ToolSpec | undefined {
  return plan.scenario.tools.find((t) => t.name === name);
}

/** Builds one session and the facts it contributes to the ground truth. */
export function buildSession(input: BuildInput): { record: SessionRecord; facts: SessionFacts } {
  const { plan, rng, index, startMs, user } = input;
  const id = `sess_${plan.tag}_${String(index).padStart(6, '0')}`;
  const topicIndex = rng.weightedIndex(plan.topicWeights);
  const topic = plan.scenario.topics[topicIndex] as TopicSpec;
  const peak = PEAK_HOURS.includes(new Date(startMs).getUTCHours());
  const afterDrop = Math.floor((startMs - plan.startMs) / DAY_MS) >= plan.versionDropDay;
  const anomaly = plan.anomalyIndices.has(index) ? anomalyKind(rng) : undefined;
  const inWorseSegment = user.segment?.[plan.worseSegment.key] === plan.worseSegment.value;
  const correction = rng.chance(CORRECTION_SESSION_P);
  const piiKinds: PiiKind[] = [];
  if (rng.chance(PII_SESSION_P)) {
    piiKinds.push(rng.pick(PII_KINDS));
    if (rng.chance(SECOND_PII_P)) piiKinds.push(rng.pick(PII_KINDS));
  }

  const latencyMedian = anomaly === 'huge-latency' ? HUGE_LATENCY_MEDIAN_MS : peak ? PEAK_LATENCY_MEDIAN_MS : BASE_LATENCY_MEDIAN_MS;
  const w = new ConversationWriter({ rng, fill: plan.fill, startMs, latency: () => rng.logNormal(latencyMedian, LATENCY_SIGMA) });
  const pendingPii = piiKinds.map((kind) => capitalize(piiSentence({ rng, kind, name: user.name })));

  // Opening request, with PII attached half of the time.
  const opening = w.pick(topic.openings);
  const piiInOpening = pendingPii.length > 0 && rng.chance(PII_IN_OPENING_P);
  const greeting = rng.pick(P.GREETINGS);
  w.user(`${greeting}${joinAfterGreeting(greeting, opening)}${rng.pick(P.SIGN_OFFS)}${piiInOpening ? ` ${pendingPii.shift() ?? ''}` : ''}`);

  if (correction) {
    const others = plan.scenario.topics.filter((t) => t !== topic);
    const wrong = (others.length > 0 ? rng.pick(others) : topic).label;
    w.assistant(w.pick(P.ASSISTANT_MISREADS).replace('{wrong}', wrong));
    w.user(rng.pick(P.USER_CORRECTIONS).replace('{right}', topic.label));
    w.assistant(rng.pick(P.ASSISTANT_CORRECTION_ACKS).replace('{right}', topic.label));
  } else {
    w.assistant(rng.chance(GENERIC_FIRST_REPLY_P) ? w.pickFresh(P.ASSISTANT_ACKS) : w.pickFresh(topic.replies));
  }

  // Middle exchanges, some with tool calls.
  let toolFailed = false;
  let failingToolErrored = false;
  const middle = anomaly === 'very-long' ? rng.intBetween(LONG_MIDDLE_MIN, LONG_MIDDLE_MAX) : rng.intBetween(MIN_MIDDLE, MAX_MIDDLE);
  const callTool = (spec: ToolSpec, forceError?: boolean): boolean => {
    const p = spec.name === plan.failingTool ? FAILING_TOOL_ERROR_P : BASE_TOOL_ERROR_P;
    const error = forceError ?? rng.chance(p);
    w.tool(spec, error);
    if (error) {
      toolFailed = true;
      if (spec.name === plan.failingTool) failingToolErrored = true;
    }
    return error;
  };
  for (let m = 0; m < middle; m++) {
    const pii = pendingPii.shift();
    const detail = rng.chance(TOPIC_DETAIL_P) ? w.pickFresh(topic.followUps) : w.pickFresh(P.USER_FILLERS);
    w.user(pii ? `${detail} ${pii}` : detail);
    const spec = rng.chance(TOOL_CALL_P) ? toolSpec(plan, rng.pick(topic.tools)) : undefined;
    if (spec && callTool(spec)) w.assistant(w.pickFresh(P.TOOL_FAILURE_REPLIES));
    else w.assistant(w.pickFresh(topic.replies));
  }
  for (const pii of pendingPii) {
    w.user(`${w.pickFresh(P.USER_FILLERS)} ${pii}`);
    w.assistant(w.pickFresh(topic.replies));
  }
  if (anomaly === 'tool-error-storm') {
    const stormTools = plan.scenario.tools.filter((t) => t.name !== plan.failingTool);
    const errors = rng.intBetween(STORM_MIN_ERRORS, STORM_MAX_ERRORS);
    w.user(rng.pick(P.USER_FILLERS));
    for (let e = 0; e < errors; e++) callTool(rng.pick(stormTools.length > 0 ? stormTools : plan.scenario.tools), true);
    w.assistant(rng.pick(P.TOOL_FAILURE_REPLIES));
  }

  // Outcome, then a closing consistent with it.
  const escalated = rng.chance(topicIndex === plan.escalatingTopic ? PLANTED_ESCALATION_P : BASE_ESCALATION_P);
  const pResolve =
    BASE_RESOLUTION_P -
    (afterDrop ? VERSION_DROP_RESOLUTION_PENALTY : 0) -
    (inWorseSegment ? SEGMENT_RESOLUTION_PENALTY : 0) -
    (toolFailed ? TOOL_FAILURE_RESOLUTION_PENALTY : 0) -
    (correction ? CORRECTION_RESOLUTION_PENALTY : 0);
  const resolved = !escalated && rng.chance(pResolve);
  if (escalated) {
    w.user(rng.chance(REPEAT_QUESTION_P) ? rng.pick(P.USER_REPEATS).replace('{opening}', opening) : w.pickFresh(P.USER_FRUSTRATION));
    w.assistant(w.pickFresh(P.ASSISTANT_ACKS));
    w.user(rng.pick(P.USER_HUMAN_REQUESTS));
    w.assistant(w.pick(P.ASSISTANT_HANDOFFS));
  } else if (resolved) {
    w.user(rng.chance(TOPIC_DETAIL_P) ? w.pickFresh(topic.followUps) : w.pickFresh(P.USER_FILLERS));
    w.assistant(w.pick(topic.resolutions));
    w.user(rng.pick(P.USER_THANKS));
    if (rng.chance(CLOSING_REPLY_P)) w.assistant(rng.pick(P.ASSISTANT_CLOSINGS));
  } else {
    w.user(rng.chance(GIVE_UP_P) ? w.pickFresh(P.USER_UNRESOLVED) : w.pickFresh(P.USER_FRUSTRATION));
    w.assistant(w.pickFresh(P.ASSISTANT_ACKS));
    w.user(w.pickFresh(P.USER_UNRESOLVED));
  }

  const satisfaction = rng.chance(SATISFACTION_RESPONSE_P)
    ? clampScore(
        SAT_BASE +
          (resolved ? 0 : SAT_UNRESOLVED) +
          (escalated ? SAT_ESCALATED : 0) +
          (afterDrop ? SAT_AFTER_DROP : 0) +
          (peak ? SAT_PEAK : 0) +
          (correction ? SAT_CORRECTION : 0) +
          SAT_NOISE * rng.normal(),
      )
    : undefined;
  const feedback =
    satisfaction !== undefined && rng.chance(FEEDBACK_COMMENT_P)
      ? rng.pick(satisfaction <= 2 || !resolved ? FEEDBACK_BAD : satisfaction >= 4 ? FEEDBACK_GOOD : FEEDBACK_NEUTRAL)
      : undefined;

  const record: SessionRecord = {
    id,
    agent: plan.scenario.agent,
    agent_version: afterDrop ? VERSION_AFTER : VERSION_BEFORE,
    started_at: new Date(startMs).toISOString(),
    ended_at: new Date(w.now).toISOString(),
    user,
    metadata: { scenario: plan.scenario.name, channel: rng.pick(CHANNELS), locale: 'en-US', synthetic: true },
    messages: w.messages,
    outcome: {
      resolved,
      escalated,
      ...(satisfaction === undefined ? {} : { satisfaction }),
      ...(feedback === undefined ? {} : { feedback }),
    },
  };
  const facts: SessionFacts = {
    id,
    topic: topicIndex,
    peak,
    piiKinds,
    failingToolErrored,
    inWorseSegment,
    anomaly,
    correction,
    noConsent: user.consent === false,
  };
  return { record, facts };
}

/** Upper-cases the first letter (PII sentences are appended after a full stop or question mark). */
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** After "Hi, " the request continues the sentence, so its first letter drops to lower case (but not "I"). */
function joinAfterGreeting(greeting: string, text: string): string {
  if (!greeting.endsWith(', ') || /^I\b/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function clampScore(x: number): number {
  return Math.min(5, Math.max(1, Math.round(x)));
}

function anomalyKind(rng: SeededRng): AnomalyKind {
  return rng.pick<AnomalyKind>(['very-long', 'huge-latency', 'tool-error-storm']);
}
