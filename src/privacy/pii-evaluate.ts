/** @module privacy/pii-evaluate — per-type precision/recall of a detector on a labelled corpus (span-overlap match). */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { PII_TYPES, type PiiType } from './pii/types.js';

/** Scores for one type. */
export interface PiiTypeScore {
  readonly type: PiiType;
  /** Gold instances. */
  readonly gold: number;
  /** Gold instances overlapped by a prediction of the same type. */
  readonly found: number;
  /** Gold instances predicted with exactly the same boundaries. */
  readonly exact: number;
  /** Predictions of this type. */
  readonly predicted: number;
  /** Predictions overlapping a gold instance of the same type. */
  readonly correct: number;
  readonly recall: number;
  readonly precision: number;
}

/** Corpus-level result. */
export interface PiiEvalReport {
  readonly perType: readonly PiiTypeScore[];
  readonly overall: { readonly gold: number; readonly predicted: number; readonly recall: number; readonly precision: number };
  /** Up to 40 mistakes for debugging: missed gold and false predictions, with their text. */
  readonly errors: ReadonlyArray<{ readonly kind: 'missed' | 'false'; readonly type: PiiType; readonly snippet: string }>;
}

/** A detector under evaluation: returns typed spans for a message. */
export type EvalDetector = (text: string, knownNames: readonly string[]) => readonly PiiLabel[];

/** Most error examples kept in a report. */
const MAX_ERRORS = 40;
/** Context characters shown on each side of an error. */
const SNIPPET_CONTEXT = 30;

const overlaps = (a: PiiLabel, b: PiiLabel): boolean => a.type === b.type && a.start < b.end && b.start < a.end;
const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

function snippet(text: string, s: PiiLabel): string {
  const pre = text.slice(Math.max(0, s.start - SNIPPET_CONTEXT), s.start);
  const post = text.slice(s.end, s.end + SNIPPET_CONTEXT);
  return `${pre}[[${text.slice(s.start, s.end)}]]${post}`.replace(/\n/g, '⏎');
}

/**
 * Scores `detect` on `corpus`: a gold span is found when a same-type prediction overlaps it; a
 * prediction is correct when it overlaps a same-type gold span.
 * @example
 * const r = evaluatePii(generatePiiCorpus(), (t, k) => detectPii(t, { knownNames: k }));
 */
export function evaluatePii(corpus: readonly PiiCorpusEntry[], detect: EvalDetector): PiiEvalReport {
  const acc = new Map<PiiType, { gold: number; found: number; exact: number; predicted: number; correct: number }>();
  for (const t of PII_TYPES) acc.set(t, { gold: 0, found: 0, exact: 0, predicted: 0, correct: 0 });
  const errors: Array<{ kind: 'missed' | 'false'; type: PiiType; snippet: string }> = [];
  for (const entry of corpus) {
    const pred = detect(entry.text, entry.knownNames);
    for (const g of entry.labels) {
      const a = acc.get(g.type);
      if (!a) continue;
      a.gold++;
      if (pred.some((p) => overlaps(p, g))) a.found++;
      else if (errors.length < MAX_ERRORS) errors.push({ kind: 'missed', type: g.type, snippet: snippet(entry.text, g) });
      if (pred.some((p) => p.type === g.type && p.start === g.start && p.end === g.end)) a.exact++;
    }
    for (const p of pred) {
      const a = acc.get(p.type);
      if (!a) continue;
      a.predicted++;
      if (entry.labels.some((g) => overlaps(p, g))) a.correct++;
      else if (errors.length < MAX_ERRORS) errors.push({ kind: 'false', type: p.type, snippet: snippet(entry.text, p) });
    }
  }
  const perType = PII_TYPES.map((type) => {
    const a = acc.get(type) ?? { gold: 0, found: 0, exact: 0, predicted: 0, correct: 0 };
    return { type, ...a, recall: ratio(a.found, a.gold), precision: ratio(a.correct, a.predicted) };
  });
  const sum = (k: 'gold' | 'found' | 'predicted' | 'correct'): number => perType.reduce((n, s) => n + s[k], 0);
  return {
    perType,
    overall: {
      gold: sum('gold'),
      predicted: sum('predicted'),
      recall: ratio(sum('found'), sum('gold')),
      precision: ratio(sum('correct'), sum('predicted')),
    },
    errors,
  };
}

/** Column widths of the evaluation table: type, gold, pred, recall, precision, exact. */
const WIDTHS = [12, 5, 5, 7, 9, 6] as const;

/** One table row; the first cell is left-aligned, the others right-aligned. */
function row(cells: readonly string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(WIDTHS[0]) : c.padStart(WIDTHS[i] ?? 0))).join(' ');
}

/** Renders a report as a fixed-width table (one row per type plus an overall row). */
export function formatPiiEvalTable(report: PiiEvalReport): string {
  const f = (x: number): string => x.toFixed(3);
  const o = report.overall;
  return [
    row(['type', 'gold', 'pred', 'recall', 'precision', 'exact']),
    ...report.perType.map((s) =>
      row([s.type, String(s.gold), String(s.predicted), f(s.recall), f(s.precision), String(s.exact)]),
    ),
    row(['OVERALL', String(o.gold), String(o.predicted), f(o.recall), f(o.precision)]),
  ].join('\n');
}
