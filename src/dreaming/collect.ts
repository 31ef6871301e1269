/** @module dreaming/collect — stage 1: validate session records, apply filters, consent and the cap (pure). */
import { z } from 'zod';
import { formatZodIssues, safeParseJSON } from '../shared/json.js';
import type { SessionRecord } from './types.js';

/** Why an input did not enter the dream. */
export type SkipReason =
  | 'invalid_json'
  | 'invalid_record'
  | 'duplicate_id'
  | 'no_consent'
  | 'before_since'
  | 'after_until'
  | 'other_agent'
  | 'over_cap';

/** One skipped input, with enough detail to find it again. */
export interface SkippedInput {
  readonly reason: SkipReason;
  /** 1-based line number when the input came from a JSONL file. */
  readonly line?: number;
  readonly session_id?: string;
  readonly detail?: string;
}

/** One line of a JSONL file, as the I/O reader yields it. */
export interface JsonlLine {
  readonly line: number;
  readonly text: string;
}

/** Filters applied while collecting. */
export interface CollectOptions {
  /** Keep sessions that started at or after this instant (ISO date or date-time). */
  readonly since?: string;
  /** Keep sessions that started before this instant. */
  readonly until?: string;
  /** Keep only sessions of this agent (sessions without `agent` are kept only when no filter is set). */
  readonly agent?: string;
  /** Keep at most this many sessions, newest first. */
  readonly cap?: number;
}

/** Keep at most this many detailed skip rows; counts stay exact beyond it (memory bound on bad files). */
export const MAX_SKIP_DETAILS = 200;

const messageSchema = z
  .object({
    role: z.enum(['user', 'assistant', 'tool']),
    content: z.string(),
    at: z.string().optional(),
    latency_ms: z.number().nonnegative().optional(),
    tool: z.object({ name: z.string(), error: z.boolean().optional() }).loose().optional(),
  })
  .loose();

/** The zod schema of one input line (loose: unknown fields are tolerated, known ones are checked). */
export const sessionRecordSchema = z
  .object({
    id: z.string().min(1),
    agent: z.string().optional(),
    agent_version: z.union([z.number(), z.string()]).optional(),
    started_at: z.string().refine((s) => Number.isFinite(Date.parse(s)), 'not a date'),
    ended_at: z.string().optional(),
    user: z
      .object({
        id: z.string(),
        segment: z.record(z.string(), z.string()).optional(),
        consent: z.boolean().optional(),
        name: z.string().optional(),
      })
      .loose()
      .optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
    messages: z.array(messageSchema),
    outcome: z
      .object({
        resolved: z.boolean().optional(),
        escalated: z.boolean().optional(),
        satisfaction: z.number().min(1).max(5).optional(),
        feedback: z.string().optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

/** Result of validating one input. */
export type ValidateResult =
  | { readonly ok: true; readonly record: SessionRecord }
  | { readonly ok: false; readonly skip: SkippedInput };

const ROLES = new Set(['user', 'assistant', 'tool']);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optStr = (v: unknown): boolean => v === undefined || typeof v === 'string';
const optBool = (v: unknown): boolean => v === undefined || typeof v === 'boolean';

/**
 * Fast structural check equivalent to (never looser than) {@link sessionRecordSchema}: zod costs ~0.1 ms
 * per record, which dominates collect at 100k sessions, so zod runs only to explain a rejection.
 */
function looksValid(v: unknown): v is SessionRecord {
  if (!isObj(v) || typeof v['id'] !== 'string' || v['id'] === '') return false;
  if (!optStr(v['agent']) || !optStr(v['ended_at'])) return false;
  const av = v['agent_version'];
  if (av !== undefined && typeof av !== 'string' && typeof av !== 'number') return false;
  if (typeof v['started_at'] !== 'string' || !Number.isFinite(Date.parse(v['started_at']))) return false;
  const u = v['user'];
  if (u !== undefined) {
    if (!isObj(u) || typeof u['id'] !== 'string' || !optBool(u['consent']) || !optStr(u['name'])) return false;
    const seg = u['segment'];
    if (seg !== undefined && (!isObj(seg) || !Object.values(seg).every((x) => typeof x === 'string'))) return false;
  }
  if (v['metadata'] !== undefined && !isObj(v['metadata'])) return false;
  const o = v['outcome'];
  if (o !== undefined) {
    if (!isObj(o) || !optBool(o['resolved']) || !optBool(o['escalated']) || !optStr(o['feedback'])) return false;
    const sat = o['satisfaction'];
    if (sat !== undefined && (typeof sat !== 'number' || !(sat >= 1 && sat <= 5))) return false;
  }
  const msgs = v['messages'];
  if (!Array.isArray(msgs)) return false;
  for (const m of msgs) {
    if (!isObj(m) || !ROLES.has(m['role'] as string) || typeof m['content'] !== 'string' || !optStr(m['at'])) return false;
    const lat = m['latency_ms'];
    if (lat !== undefined && (typeof lat !== 'number' || !(lat >= 0))) return false;
    const tool = m['tool'];
    if (tool !== undefined && (!isObj(tool) || typeof tool['name'] !== 'string' || !optBool(tool['error']))) return false;
  }
  return true;
}

/** Validates one already-parsed value as a {@link SessionRecord}. */
export function validateRecord(value: unknown, line?: number): ValidateResult {
  if (looksValid(value)) return { ok: true, record: value };
  const parsed = sessionRecordSchema.safeParse(value);
  if (parsed.success) return { ok: true, record: parsed.data as SessionRecord };
  const id =
    typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
      ? (value as { id: string }).id
      : undefined;
  return {
    ok: false,
    skip: {
      reason: 'invalid_record',
      ...(line !== undefined ? { line } : {}),
      ...(id !== undefined ? { session_id: id } : {}),
      detail: formatZodIssues(parsed.error.issues),
    },
  };
}

/** Parses and validates one JSONL line; blank lines return `null` (ignored, not skipped). */
export function parseSessionLine(input: JsonlLine): ValidateResult | null {
  if (input.text.trim() === '') return null;
  const parsed = safeParseJSON(input.text);
  if (!parsed.success) {
    return {
      ok: false,
      skip: { reason: 'invalid_json', line: input.line, detail: parsed.error.message.slice(0, 160) },
    };
  }
  return validateRecord(parsed.value, input.line);
}

/** Running tally of skipped inputs: exact counts per reason plus the first {@link MAX_SKIP_DETAILS} rows. */
export class SkipLedger {
  readonly counts: Partial<Record<SkipReason, number>> = {};
  readonly details: SkippedInput[] = [];

  /** Records one skipped input. */
  add(skip: SkippedInput): void {
    this.counts[skip.reason] = (this.counts[skip.reason] ?? 0) + 1;
    if (this.details.length < MAX_SKIP_DETAILS) this.details.push(skip);
  }

  /** Total number of skipped inputs. */
  get total(): number {
    let t = 0;
    for (const v of Object.values(this.counts)) t += v ?? 0;
    return t;
  }
}

/** Decides whether a valid record passes the filters and consent; returns the reason when it does not. */
export function admitRecord(record: SessionRecord, options: CollectOptions): SkipReason | null {
  if (record.user?.consent === false) return 'no_consent';
  if (options.agent !== undefined && record.agent !== options.agent) return 'other_agent';
  const t = Date.parse(record.started_at);
  if (options.since !== undefined && t < Date.parse(options.since)) return 'before_since';
  if (options.until !== undefined && t >= Date.parse(options.until)) return 'after_until';
  return null;
}

/** Validates the filter options themselves; returns a readable message or null. */
export function checkCollectOptions(options: CollectOptions): string | null {
  for (const key of ['since', 'until'] as const) {
    const v = options[key];
    if (v !== undefined && !Number.isFinite(Date.parse(v))) return `--${key}: not a date: ${v}`;
  }
  if (options.cap !== undefined && (!Number.isInteger(options.cap) || options.cap < 1)) {
    return `cap must be a positive integer, got ${options.cap}`;
  }
  return null;
}

/** Applies the cap: keeps the newest `cap` sessions (ties broken by id), returns the rest as skipped. */
export function applyCap({
  records,
  cap,
  ledger,
}: {
  records: SessionRecord[];
  cap: number | undefined;
  ledger: SkipLedger;
}): SessionRecord[] {
  if (cap === undefined || records.length <= cap) return records;
  const order = records
    .map((r, i) => ({ i, t: Date.parse(r.started_at), id: r.id }))
    .sort((a, b) => b.t - a.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const keep = new Uint8Array(records.length);
  for (let k = 0; k < cap; k++) keep[order[k]!.i] = 1;
  const kept: SessionRecord[] = [];
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (keep[i]) kept.push(r);
    else ledger.add({ reason: 'over_cap', session_id: r.id });
  }
  return kept;
}

/** Result of the collect stage. */
export interface CollectResult {
  readonly sessions: SessionRecord[];
  readonly seen: number;
  readonly skipped: SkipLedger;
}

/**
 * Collects from already-materialised inputs (objects or JSONL lines). The pipeline uses the streaming
 * pieces ({@link parseSessionLine}, {@link admitRecord}) directly; this is the convenience form.
 * @example
 * const { sessions, skipped } = collectSessions({ inputs: records, options: { agent: 'support' } });
 */
export function collectSessions({
  inputs,
  options = {},
}: {
  inputs: Iterable<unknown>;
  options?: CollectOptions;
}): CollectResult {
  const collector = new SessionCollector(options);
  for (const item of inputs) collector.push(item);
  return collector.finish();
}

/** Incremental collector: push inputs one at a time, then `finish()` applies the cap. */
export class SessionCollector {
  readonly #options: CollectOptions;
  readonly #ledger = new SkipLedger();
  readonly #ids = new Set<string>();
  #records: SessionRecord[] = [];
  #seen = 0;

  constructor(options: CollectOptions) {
    this.#options = options;
  }

  /** Pushes one input: a {@link JsonlLine} (`{line, text}`) or a session object. */
  push(item: unknown): void {
    let result: ValidateResult | null;
    if (isJsonlLine(item)) result = parseSessionLine(item);
    else result = validateRecord(item);
    if (result === null) return;
    this.#seen++;
    if (!result.ok) {
      this.#ledger.add(result.skip);
      return;
    }
    const line = isJsonlLine(item) ? item.line : undefined;
    const rec = result.record;
    if (this.#ids.has(rec.id)) {
      this.#ledger.add({ reason: 'duplicate_id', session_id: rec.id, ...(line ? { line } : {}) });
      return;
    }
    const reason = admitRecord(rec, this.#options);
    if (reason !== null) {
      // A non-consenting session leaves no trace in the dream beyond a count (and its line number in a file).
      const id = reason === 'no_consent' ? {} : { session_id: rec.id };
      this.#ledger.add({ reason, ...id, ...(line ? { line } : {}) });
      return;
    }
    this.#ids.add(rec.id);
    this.#records.push(rec);
  }

  /** Number of inputs seen so far (blank lines excluded). */
  get seen(): number {
    return this.#seen;
  }

  /** Applies the cap and returns the admitted sessions in input order. */
  finish(): CollectResult {
    const sessions = applyCap({ records: this.#records, cap: this.#options.cap, ledger: this.#ledger });
    this.#records = [];
    return { sessions, seen: this.#seen, skipped: this.#ledger };
  }
}

function isJsonlLine(item: unknown): item is JsonlLine {
  return (
    typeof item === 'object' &&
    item !== null &&
    typeof (item as JsonlLine).text === 'string' &&
    typeof (item as JsonlLine).line === 'number' &&
    Object.keys(item).length === 2
  );
}
