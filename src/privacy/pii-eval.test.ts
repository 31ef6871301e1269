/**
 * @module privacy/pii-eval.test — acceptance test for issue 6: recall ≥ 0.99 per structured type,
 * ≥ 0.90 for names, precision ≥ 0.95, asserted PER SPLIT (never averaged across splits), on generated
 * corpora with seeds never used while tuning. `dev` and `tuning` are the splits rules were chosen on and
 * are not asserted here; `independent2` was used for diagnosis and carries a known gap. See
 * docs/privacy.md (*Evaluation*) for which splits were looked at when.
 */
import { describe, expect, it } from 'vitest';
import { generatePiiCorpus, type PiiCorpusEntry } from './pii-corpus.js';
import { evaluatePii, formatPiiEvalTable, type PiiEvalReport } from './pii-evaluate.js';
import { detectPii } from './pii/runner.js';
import { STRUCTURED_PII_TYPES } from './pii/types.js';
import { winkWordLexicon } from './pii/word-lexicon.js';

/** Structured types (pattern + checksum) must find at least this share of instances. */
const STRUCTURED_RECALL = 0.99;
/** Person names must reach this recall. */
const NAME_RECALL = 0.9;
/** Person-name predictions must reach this precision. */
const NAME_PRECISION = 0.95;
/** All predictions together must reach this precision. */
const OVERALL_PRECISION = 0.95;
/** Instances per split. */
const INSTANCES_PER_SPLIT = 2400;
/**
 * Regression floors for the `independent2` split (pii-corpus-independent-2.ts), which does NOT meet the
 * name precision target (measured 2026-11-25: recall 0.944–0.952, precision 0.786–0.855 over seeds
 * 92001–92003; most false names are one two-word brand, "Kaiser Permanente"). They only catch a fall
 * below today's level; the targets themselves are asserted as a known failure.
 */
const INDEPENDENT2_NAME_RECALL_FLOOR = 0.92;
const INDEPENDENT2_NAME_PRECISION_FLOOR = 0.75;

/** Splits whose name targets are met. `unseen` was looked at before (see docs), so it is the weaker check. */
const PASSING_SPLITS = [
  { split: 'holdout', seed: 90_001 },
  { split: 'fresh', seed: 90_002 },
  { split: 'unseen', seed: 90_003 },
  // Written before the 2026-11-25 name changes; its errors were never inspected, but its aggregate
  // figures were read during the second round (docs/privacy.md), so it is no longer a blind estimate.
  { split: 'independent', seed: 91_001 },
] as const;
/** Written before the second round of 2026-11-25 name changes; its errors were used for diagnosis. */
const INDEPENDENT2 = { split: 'independent2', seed: 92_001 } as const;

const lexicon = winkWordLexicon();

function run(corpus: readonly PiiCorpusEntry[]): PiiEvalReport {
  return evaluatePii(corpus, (text, knownNames) => detectPii(text, { knownNames, lexicon }));
}

const corpusOf = (s: { split: (typeof PASSING_SPLITS)[number]['split'] | 'independent2'; seed: number }): PiiCorpusEntry[] =>
  generatePiiCorpus({ split: s.split, seed: s.seed, minInstances: INSTANCES_PER_SPLIT });

function person(report: PiiEvalReport): { recall: number; precision: number } {
  const p = report.perType.find((s) => s.type === 'PERSON');
  if (!p) throw new Error('no PERSON row');
  return p;
}

function expectStructured(report: PiiEvalReport, label: string): void {
  for (const s of report.perType) {
    if (STRUCTURED_PII_TYPES.includes(s.type)) expect(s.recall, `${label} ${s.type}`).toBeGreaterThanOrEqual(STRUCTURED_RECALL);
  }
  expect(report.overall.precision, `${label} overall precision`).toBeGreaterThanOrEqual(OVERALL_PRECISION);
}

describe('PII detection on the labelled corpus, per split', () => {
  it('has at least 2,000 labelled instances of all nine types in each split', () => {
    for (const s of [...PASSING_SPLITS, INDEPENDENT2]) {
      const corpus = corpusOf(s);
      const types = new Set(corpus.flatMap((e) => e.labels.map((l) => l.type)));
      expect(corpus.reduce((n, e) => n + e.labels.length, 0)).toBeGreaterThanOrEqual(2000);
      expect(types.size).toBe(9);
    }
  });

  it.each(PASSING_SPLITS)('meets every target on $split (seed $seed)', (s) => {
    const report = run(corpusOf(s));
    console.log(`\n[${s.split}, seed ${s.seed}]\n${formatPiiEvalTable(report)}`);
    expectStructured(report, s.split);
    expect(person(report).recall, `${s.split} PERSON recall`).toBeGreaterThanOrEqual(NAME_RECALL);
    expect(person(report).precision, `${s.split} PERSON precision`).toBeGreaterThanOrEqual(NAME_PRECISION);
  });

  const independent2 = (): PiiEvalReport => run(corpusOf(INDEPENDENT2));

  it('independent2 split: structured targets met, names not below the recorded floor', () => {
    const report = independent2();
    console.log(`\n[independent2, seed ${INDEPENDENT2.seed}]\n${formatPiiEvalTable(report)}`);
    expectStructured(report, 'independent2');
    expect(person(report).recall).toBeGreaterThanOrEqual(INDEPENDENT2_NAME_RECALL_FLOOR);
    expect(person(report).precision).toBeGreaterThanOrEqual(INDEPENDENT2_NAME_PRECISION_FLOOR);
  });

  // KNOWN GAP: name precision on the independent2 split misses the target. `it.fails` turns red the day
  // both targets are met, so this line (and docs/privacy.md) must then be updated to a plain assertion.
  it.fails('independent2 split: names meet recall ≥ 0.90 and precision ≥ 0.95 (known gap)', () => {
    const p = person(independent2());
    expect(p.recall).toBeGreaterThanOrEqual(NAME_RECALL);
    expect(p.precision).toBeGreaterThanOrEqual(NAME_PRECISION);
  });
});
