/** @module importing/parse-line — one JSONL line → a session record (in a known or detected format) or a skip. */
import { createHash } from 'node:crypto';
import { safeParseJSON } from '../shared/json.js';
import { stableStringify } from '../shared/wire-schemas.js';
import type { SessionRecord } from '../dreaming/index.js';
import { detectFormat } from './detect.js';
import { isObject } from './extras.js';
import { parseAnthropic } from './parse-anthropic.js';
import { parseManagedAgents } from './parse-managed-agents.js';
import { parseOpenAi } from './parse-openai.js';
import { parseReverie } from './parse-reverie.js';
import type { ImportFormat, ImportSkipReason, LineParser, ParseContext } from './types.js';

/** One parser per format. */
export const PARSERS: Readonly<Record<ImportFormat, LineParser>> = {
  reverie: parseReverie,
  anthropic: parseAnthropic,
  openai: parseOpenAi,
  'managed-agents': parseManagedAgents,
};

/** Longest source id used verbatim in a key; longer ones (or ones with control characters) are hashed. */
const SOURCE_ID_MAX = 200;
/** Longest error detail kept per skipped line. */
const DETAIL_MAX = 200;

/** The verdict on one line. */
export type LineResult =
  | { readonly kind: 'blank' }
  | { readonly kind: 'skip'; readonly reason: ImportSkipReason; readonly detail: string }
  | {
      readonly kind: 'record';
      readonly format: ImportFormat;
      readonly record: SessionRecord;
      /** The idempotency key (see {@link sourceKeyOf}). */
      readonly sourceKey: string;
      readonly sourceId: string | undefined;
      readonly syntheticTimes: boolean;
    };

/**
 * Parses one line. With `format` undefined the line's own shape decides (`detectFormat`); the caller
 * keeps the first detected format for the rest of the file.
 * @example parseImportLine({ text: '{"messages":[…]}', format: 'openai', ctx: { fallbackStartMs: 0 } })
 */
export function parseImportLine({ text, format, ctx }: { text: string; format: ImportFormat | undefined; ctx: ParseContext }): LineResult {
  if (text.trim() === '') return { kind: 'blank' };
  const parsed = safeParseJSON(text);
  if (!parsed.success) return { kind: 'skip', reason: 'invalid_json', detail: parsed.error.message.slice(0, DETAIL_MAX) };
  const value = parsed.value;
  if (!isObject(value)) return { kind: 'skip', reason: 'invalid_json', detail: 'expected a JSON object per line' };
  const used = format ?? detectFormat(value);
  if (!used) {
    return { kind: 'skip', reason: 'unknown_format', detail: 'expected an object with "messages" (a transcript or session record) or "events" (a Managed Agents export)' };
  }
  let outcome;
  try {
    outcome = PARSERS[used](value, ctx);
  } catch (err) {
    // A parser bug on odd input must cost one line, not the whole import.
    return { kind: 'skip', reason: 'invalid_record', detail: `could not read the ${used} record: ${(err as Error).message}`.slice(0, DETAIL_MAX) };
  }
  if (!outcome.ok) return { kind: 'skip', reason: outcome.reason, detail: outcome.detail.slice(0, DETAIL_MAX) };
  return {
    kind: 'record',
    format: used,
    record: outcome.record,
    sourceKey: sourceKeyOf({ format: used, sourceId: outcome.sourceId, value }),
    sourceId: outcome.sourceId,
    syntheticTimes: outcome.syntheticTimes,
  };
}

/**
 * The idempotency key of a source session: `<format>:<source id>` when the source names its session,
 * else `<format>:sha256:<hex>` of the line's canonical JSON (keys sorted), so whitespace and key order
 * do not matter and the import time (used for missing timestamps) never enters the key.
 */
export function sourceKeyOf({ format, sourceId, value }: { format: ImportFormat; sourceId: string | undefined; value: unknown }): string {
  if (sourceId !== undefined) {
    // eslint-disable-next-line no-control-regex -- control characters (NUL above all) cannot go into PostgreSQL text
    const safe = sourceId.length <= SOURCE_ID_MAX && !/[\u0000-\u001f]/.test(sourceId);
    return safe ? `${format}:${sourceId}` : `${format}:id-sha256:${sha256(sourceId)}`;
  }
  return `${format}:sha256:${sha256(stableStringify(value))}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
