/** @module dreaming/explain — every dream explains itself: counts, skips and timings per stage. */
import type { SkipLedger, SkippedInput, SkipReason } from './collect.js';

/** Names of the pipeline stages, in order. */
export const STAGES = ['collect', 'preprocess', 'mine', 'insights', 'update'] as const;
export type StageName = (typeof STAGES)[number];

/** One stage's account. */
export interface StageExplain {
  readonly stage: StageName;
  readonly input: number;
  readonly output: number;
  readonly ms: number;
  readonly notes: readonly string[];
}

/** The explanation attached to every report. */
export interface DreamExplain {
  readonly stages: readonly StageExplain[];
  readonly skipped: {
    readonly total: number;
    readonly by_reason: Partial<Record<SkipReason, number>>;
    /** The first skipped inputs, with line numbers (bounded). */
    readonly details: readonly SkippedInput[];
  };
  readonly total_ms: number;
  /** True when the dream produced no issue and no recommendation. */
  readonly found_nothing: boolean;
  /** Plain-language account, one sentence per line. */
  readonly summary: readonly string[];
}

/** Collects stage accounts as the pipeline runs; `clock` is injected so tests can fix time. */
export class StageRecorder {
  readonly #clock: () => number;
  readonly #stages: StageExplain[] = [];
  #startedAt = 0;
  readonly #origin: number;

  constructor(clock: () => number) {
    this.#clock = clock;
    this.#origin = clock();
  }

  /** Marks the start of a stage. */
  start(): void {
    this.#startedAt = this.#clock();
  }

  /** Records the end of a stage with its counts and notes. */
  end(stage: StageName, counts: { input: number; output: number; notes?: string[] }): void {
    this.#stages.push({ stage, input: counts.input, output: counts.output, ms: Math.round(this.#clock() - this.#startedAt), notes: counts.notes ?? [] });
  }

  /** Builds the final explanation. */
  finish({ ledger, foundNothing, headline }: { ledger: SkipLedger; foundNothing: boolean; headline: readonly string[] }): DreamExplain {
    const skippedLines = Object.entries(ledger.counts).map(([r, c]) => `${c} skipped: ${r.replace(/_/g, ' ')}`);
    return {
      stages: this.#stages,
      skipped: { total: ledger.total, by_reason: { ...ledger.counts }, details: ledger.details },
      total_ms: Math.round(this.#clock() - this.#origin),
      found_nothing: foundNothing,
      summary: [...headline, ...skippedLines],
    };
  }
}
