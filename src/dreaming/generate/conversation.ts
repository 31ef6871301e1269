/** @module dreaming/generate/conversation — writes a session's messages with timestamps and latencies. */
import type { SeededRng } from '../../analytics/stats/random.js';
import type { SessionMessage } from '../types.js';
import type { SlotFiller } from './templates.js';
import { fillTemplate, pickAndFill } from './templates.js';
import type { ToolSpec } from './types.js';

/** Median pause before a user's next message: people read, then type. */
const USER_THINK_MEDIAN_MS = 22_000;
/** Log-space spread of user pauses. */
const USER_THINK_SIGMA = 0.7;
/** Median tool round-trip, inside the assistant's turn. */
const TOOL_MEDIAN_MS = 400;
/** Log-space spread of tool round-trips. */
const LOG_SPREAD_TOOL = 0.5;
/** Draws before {@link ConversationWriter.pickFresh} accepts a repeat. */
const FRESH_ATTEMPTS = 4;
/** Floor for any latency, so none is zero or negative. */
const MIN_LATENCY_MS = 120;

/** Milliseconds in an hour: the granularity of the cached ISO prefix. */
const HOUR_MS = 3_600_000;
let cachedHour = Number.NaN;
let cachedPrefix = '';

/**
 * `new Date(ms).toISOString()`, ~3× faster: the `YYYY-MM-DDTHH:` prefix is cached per hour, since the
 * messages of a session (and consecutive sessions) share it. Output is identical for years 0–9999.
 */
export function isoTime(ms: number): string {
  const hour = Math.floor(ms / HOUR_MS);
  if (hour !== cachedHour) {
    cachedHour = hour;
    cachedPrefix = new Date(hour * HOUR_MS).toISOString().slice(0, 14);
  }
  const rest = ms - hour * HOUR_MS;
  const minutes = Math.floor(rest / 60_000);
  const seconds = Math.floor((rest % 60_000) / 1000);
  const millis = Math.floor(rest % 1000);
  return `${cachedPrefix}${minutes < 10 ? '0' : ''}${minutes}:${seconds < 10 ? '0' : ''}${seconds}.${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
}

/** Appends messages in time order; every assistant message gets a latency drawn from `latency()`. */
export class ConversationWriter {
  readonly messages: SessionMessage[] = [];
  #clock: number;
  readonly #rng: SeededRng;
  readonly #fill: SlotFiller;
  readonly #latency: () => number;
  readonly #used = new Set<string>();

  constructor(init: { rng: SeededRng; fill: SlotFiller; startMs: number; latency: () => number }) {
    this.#rng = init.rng;
    this.#fill = init.fill;
    this.#clock = init.startMs;
    this.#latency = init.latency;
  }

  /** Time of the last message, in ms since the epoch. */
  get now(): number {
    return this.#clock;
  }

  /** Fills a template with this conversation's slots. */
  fill(template: string): string {
    return fillTemplate(template, this.#rng, this.#fill);
  }

  /** Picks one template and fills it. */
  pick(templates: readonly string[]): string {
    return pickAndFill(templates, this.#rng, this.#fill);
  }

  /**
   * Like {@link pick}, but avoids a template this conversation already used (people rarely say the same
   * sentence twice), unless every one has been used.
   */
  pickFresh(templates: readonly string[]): string {
    let template = this.#rng.pick(templates);
    for (let attempt = 1; attempt < FRESH_ATTEMPTS && this.#used.has(template); attempt++) template = this.#rng.pick(templates);
    this.#used.add(template);
    return fillTemplate(template, this.#rng, this.#fill);
  }

  /** A user message; the first one is stamped at the session start. */
  user(content: string): void {
    if (this.messages.length > 0) {
      this.#clock += Math.round(this.#rng.logNormal(USER_THINK_MEDIAN_MS, USER_THINK_SIGMA));
    }
    this.messages.push({ role: 'user', content, at: isoTime(this.#clock) });
  }

  /** An assistant message with a sampled latency. */
  assistant(content: string): void {
    const latency = Math.max(MIN_LATENCY_MS, Math.round(this.#latency()));
    this.#clock += latency;
    this.messages.push({ role: 'assistant', content, at: isoTime(this.#clock), latency_ms: latency });
  }

  /** A tool call result; `error` picks a failure output. */
  tool(spec: ToolSpec, error: boolean): void {
    this.#clock += Math.max(MIN_LATENCY_MS, Math.round(this.#rng.logNormal(TOOL_MEDIAN_MS, LOG_SPREAD_TOOL)));
    const output = this.pick(error ? spec.error : spec.ok);
    this.messages.push({
      role: 'tool',
      content: `${spec.name}: ${output}`,
      at: isoTime(this.#clock),
      tool: { name: spec.name, error },
    });
  }
}
