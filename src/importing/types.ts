/** @module importing/types — shapes shared by the import parsers, the importer and its callers. */
import type { SessionRecord } from '../dreaming/types.js';

/** Input formats `reverie import` understands. */
export const IMPORT_FORMATS = ['reverie', 'anthropic', 'openai', 'managed-agents'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Why a line did not become a session. */
export type ImportSkipReason =
  /** The line is not JSON, or not a JSON object. */
  | 'invalid_json'
  /** The format could not be detected from this line (only before the format is known). */
  | 'unknown_format'
  /** The object does not match the format (the detail names the field). */
  | 'invalid_record'
  /** The transcript holds no user, assistant or tool message. */
  | 'empty_transcript'
  /** The session could not be written (the detail carries the error). */
  | 'write_failed';

/** One input line: 1-based number and text (without the line break). */
export interface ImportLine {
  readonly line: number;
  readonly text: string;
}

/** What a parser needs besides the line: the deterministic fallback start time. */
export interface ParseContext {
  /**
   * Start time (ms since epoch) for a transcript without timestamps: the import's clock time, so two
   * runs at different times hash the same source (the key never includes it) but stamp it at import time.
   */
  readonly fallbackStartMs: number;
}

/** A parser's verdict on one parsed line. */
export type ParseOutcome =
  | {
      readonly ok: true;
      readonly record: SessionRecord;
      /** The source's own session id, when it has one (the idempotency key uses it). */
      readonly sourceId?: string | undefined;
      /** True when some message times were made up (the transcript had none). */
      readonly syntheticTimes: boolean;
    }
  | { readonly ok: false; readonly reason: ImportSkipReason; readonly detail: string };

/** A parser: one JSON value in, one session record or a skip reason out. Pure. */
export type LineParser = (value: Record<string, unknown>, ctx: ParseContext) => ParseOutcome;

/** One skipped line in a summary. */
export interface ImportSkip {
  readonly line: number;
  readonly reason: ImportSkipReason;
  readonly detail?: string;
}

/** Counts while an import runs (passed to `onProgress`). */
export interface ImportProgress {
  /** Lines read so far (blank ones included). */
  readonly lines: number;
  readonly imported: number;
  readonly duplicates: number;
  readonly skipped: number;
}

/** What an import did. */
export interface ImportSummary {
  /** The format used (given or detected); null when no line could be read. */
  readonly format: ImportFormat | null;
  readonly lines: number;
  readonly imported: number;
  readonly duplicates: number;
  /** Skipped lines in order; at most {@link MAX_SKIP_DETAILS} (counts in `skipped_by_reason` stay exact). */
  readonly skipped: ImportSkip[];
  readonly skipped_total: number;
  readonly skipped_by_reason: Partial<Record<ImportSkipReason, number>>;
  /** Ids of the sessions this run created, in input order. */
  readonly sessions: string[];
}

/** Detailed skip rows kept per import: bounds memory on a file that is all garbage. */
export const MAX_SKIP_DETAILS = 200;
