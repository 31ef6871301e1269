/**
 * @module privacy/pii-eval-blind.test — prints per-type recall and precision on the unread blind splits
 * and the newest readable ones (test/support/pii-blind-splits.ts says which), with no floors: the
 * acceptance targets are asserted on the generated corpus in pii-eval.test.ts. Each split's own test
 * file checks its structure; `npm run bench -- pii-splits` prints every split.
 */
import { describe, expect, it } from 'vitest';
import { BLIND_SPLITS, evaluateBlindSplit, splitsReportedInTests, UNREAD_SPLITS } from '../../test/support/pii-blind-splits.js';
import { formatPiiEvalTable } from './pii-evaluate.js';
import { winkWordLexicon } from './pii/word-lexicon.js';

const lexicon = winkWordLexicon();

describe('PII detection on the unread and the newest blind splits (reported, no floors)', () => {
  it('names only listed splits as unread, and reports each of them', () => {
    const reported = new Set(splitsReportedInTests().map((s) => s.split));
    for (const split of UNREAD_SPLITS) expect(BLIND_SPLITS.some((s) => s.split === split), split).toBe(true);
    expect([...UNREAD_SPLITS].filter((s) => !reported.has(s))).toEqual([]);
  });

  it.each(splitsReportedInTests())('prints per-type recall and precision on $split (seed $seed)', (s) => {
    const { corpus, report } = evaluateBlindSplit(s, lexicon);
    const gold = corpus.reduce((n, e) => n + e.labels.length, 0);
    expect(gold).toBeGreaterThanOrEqual(s.min);
    console.log(`\n[${s.split}, seed ${s.seed}${UNREAD_SPLITS.has(s.split) ? ', unread' : ''}]\n${formatPiiEvalTable(report)}`);
    expect(report.overall.gold).toBe(gold);
  });
});
