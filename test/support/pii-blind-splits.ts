/**
 * @module test/support/pii-blind-splits — the blind PII evaluation splits, which of them `npm test`
 * reports (src/privacy/pii-eval-blind.test.ts) and how one seed is scored. `npm run bench -- pii-splits`
 * reports all of them.
 */
import { generateIndependent3Corpus, INDEPENDENT3_MIN_INSTANCES, INDEPENDENT3_SEEDS } from '../../src/privacy/pii-corpus-independent-3.js';
import { generateIndependent4Corpus, INDEPENDENT4_MIN_INSTANCES, INDEPENDENT4_SEEDS } from '../../src/privacy/pii-corpus-independent-4.js';
import { generateIndependent5Corpus, INDEPENDENT5_MIN_INSTANCES, INDEPENDENT5_SEEDS } from '../../src/privacy/pii-corpus-independent-5.js';
import { generateIndependent6Corpus, INDEPENDENT6_MIN_INSTANCES, INDEPENDENT6_SEEDS } from '../../src/privacy/pii-corpus-independent-6.js';
import { generateIndependent7Corpus, INDEPENDENT7_MIN_INSTANCES, INDEPENDENT7_SEEDS } from '../../src/privacy/pii-corpus-independent-7.js';
import { generateIndependent8Corpus, INDEPENDENT8_MIN_INSTANCES, INDEPENDENT8_SEEDS } from '../../src/privacy/pii-corpus-independent-8.js';
import { generateIndependent9Corpus, INDEPENDENT9_MIN_INSTANCES, INDEPENDENT9_SEEDS } from '../../src/privacy/pii-corpus-independent-9.js';
import { generateIndependent10Corpus, INDEPENDENT10_MIN_INSTANCES, INDEPENDENT10_SEEDS } from '../../src/privacy/pii-corpus-independent-10.js';
import { generateIndependent11Corpus, INDEPENDENT11_MIN_INSTANCES, INDEPENDENT11_SEEDS } from '../../src/privacy/pii-corpus-independent-11.js';
import { generateIndependent12Corpus, INDEPENDENT12_MIN_INSTANCES, INDEPENDENT12_SEEDS } from '../../src/privacy/pii-corpus-independent-12.js';
import { generateIndependent13Corpus, INDEPENDENT13_MIN_INSTANCES, INDEPENDENT13_SEEDS } from '../../src/privacy/pii-corpus-independent-13.js';
import { generateIndependent14Corpus, INDEPENDENT14_MIN_INSTANCES, INDEPENDENT14_SEEDS } from '../../src/privacy/pii-corpus-independent-14.js';
import { generateIndependent15Corpus, INDEPENDENT15_MIN_INSTANCES, INDEPENDENT15_SEEDS } from '../../src/privacy/pii-corpus-independent-15.js';
import { generateIndependent16Corpus, INDEPENDENT16_MIN_INSTANCES, INDEPENDENT16_SEEDS } from '../../src/privacy/pii-corpus-independent-16.js';
import { generateIndependent17Corpus, INDEPENDENT17_MIN_INSTANCES, INDEPENDENT17_SEEDS } from '../../src/privacy/pii-corpus-independent-17.js';
import { generateIndependent18Corpus, INDEPENDENT18_MIN_INSTANCES, INDEPENDENT18_SEEDS } from '../../src/privacy/pii-corpus-independent-18.js';
import { generateIndependent19Corpus, INDEPENDENT19_MIN_INSTANCES, INDEPENDENT19_SEEDS } from '../../src/privacy/pii-corpus-independent-19.js';
import { generateIndependent20Corpus, INDEPENDENT20_MIN_INSTANCES, INDEPENDENT20_SEEDS } from '../../src/privacy/pii-corpus-independent-20.js';
import { generateIndependent21Corpus, INDEPENDENT21_MIN_INSTANCES, INDEPENDENT21_SEEDS } from '../../src/privacy/pii-corpus-independent-21.js';
import { generateIndependent22Corpus, INDEPENDENT22_MIN_INSTANCES, INDEPENDENT22_SEEDS } from '../../src/privacy/pii-corpus-independent-22.js';
import { generateIndependent23Corpus, INDEPENDENT23_MIN_INSTANCES, INDEPENDENT23_SEEDS } from '../../src/privacy/pii-corpus-independent-23.js';
import { generateIndependent24Corpus, INDEPENDENT24_MIN_INSTANCES, INDEPENDENT24_SEEDS } from '../../src/privacy/pii-corpus-independent-24.js';
import { generateIndependent25Corpus, INDEPENDENT25_MIN_INSTANCES, INDEPENDENT25_SEEDS } from '../../src/privacy/pii-corpus-independent-25.js';
import { generateIndependent26Corpus, INDEPENDENT26_MIN_INSTANCES, INDEPENDENT26_SEEDS } from '../../src/privacy/pii-corpus-independent-26.js';
import { generateIndependent27Corpus, INDEPENDENT27_MIN_INSTANCES, INDEPENDENT27_SEEDS } from '../../src/privacy/pii-corpus-independent-27.js';
import { generateIndependent28Corpus, INDEPENDENT28_MIN_INSTANCES, INDEPENDENT28_SEEDS } from '../../src/privacy/pii-corpus-independent-28.js';
import { generateIndependent29Corpus, INDEPENDENT29_MIN_INSTANCES, INDEPENDENT29_SEEDS } from '../../src/privacy/pii-corpus-independent-29.js';
import { generateIndependent30Corpus, INDEPENDENT30_MIN_INSTANCES, INDEPENDENT30_SEEDS } from '../../src/privacy/pii-corpus-independent-30.js';
import { generateIndependent31Corpus, INDEPENDENT31_MIN_INSTANCES, INDEPENDENT31_SEEDS } from '../../src/privacy/pii-corpus-independent-31.js';
import { generateIndependent32Corpus, INDEPENDENT32_MIN_INSTANCES, INDEPENDENT32_SEEDS } from '../../src/privacy/pii-corpus-independent-32.js';
import { generateIndependent33Corpus, INDEPENDENT33_MIN_INSTANCES, INDEPENDENT33_SEEDS } from '../../src/privacy/pii-corpus-independent-33.js';
import { generateIndependent34Corpus, INDEPENDENT34_MIN_INSTANCES, INDEPENDENT34_SEEDS } from '../../src/privacy/pii-corpus-independent-34.js';
import { generateIndependent35Corpus, INDEPENDENT35_MIN_INSTANCES, INDEPENDENT35_SEEDS } from '../../src/privacy/pii-corpus-independent-35.js';
import { generateIndependent36Corpus, INDEPENDENT36_MIN_INSTANCES, INDEPENDENT36_SEEDS } from '../../src/privacy/pii-corpus-independent-36.js';
import { generateIndependent37Corpus, INDEPENDENT37_MIN_INSTANCES, INDEPENDENT37_SEEDS } from '../../src/privacy/pii-corpus-independent-37.js';
import { generateIndependent38Corpus, INDEPENDENT38_MIN_INSTANCES, INDEPENDENT38_SEEDS } from '../../src/privacy/pii-corpus-independent-38.js';
import { generateIndependent39Corpus, INDEPENDENT39_MIN_INSTANCES, INDEPENDENT39_SEEDS } from '../../src/privacy/pii-corpus-independent-39.js';
import { generateIndependent40Corpus, INDEPENDENT40_MIN_INSTANCES, INDEPENDENT40_SEEDS } from '../../src/privacy/pii-corpus-independent-40.js';
import { generateIndependent41Corpus, INDEPENDENT41_MIN_INSTANCES, INDEPENDENT41_SEEDS } from '../../src/privacy/pii-corpus-independent-41.js';
import { generateIndependent42Corpus, INDEPENDENT42_MIN_INSTANCES, INDEPENDENT42_SEEDS } from '../../src/privacy/pii-corpus-independent-42.js';
import { generateIndependent43Corpus, INDEPENDENT43_MIN_INSTANCES, INDEPENDENT43_SEEDS } from '../../src/privacy/pii-corpus-independent-43.js';
import { generateIndependent44Corpus, INDEPENDENT44_MIN_INSTANCES, INDEPENDENT44_SEEDS } from '../../src/privacy/pii-corpus-independent-44.js';
import { generateIndependent45Corpus, INDEPENDENT45_MIN_INSTANCES, INDEPENDENT45_SEEDS } from '../../src/privacy/pii-corpus-independent-45.js';
import { generateIndependent46Corpus, INDEPENDENT46_MIN_INSTANCES, INDEPENDENT46_SEEDS } from '../../src/privacy/pii-corpus-independent-46.js';
import { generateIndependent47Corpus, INDEPENDENT47_MIN_INSTANCES, INDEPENDENT47_SEEDS } from '../../src/privacy/pii-corpus-independent-47.js';
import { generateIndependent48Corpus, INDEPENDENT48_MIN_INSTANCES, INDEPENDENT48_SEEDS } from '../../src/privacy/pii-corpus-independent-48.js';
import { generateIndependent49Corpus, INDEPENDENT49_MIN_INSTANCES, INDEPENDENT49_SEEDS } from '../../src/privacy/pii-corpus-independent-49.js';
import { generateIndependent50Corpus, INDEPENDENT50_MIN_INSTANCES, INDEPENDENT50_SEEDS } from '../../src/privacy/pii-corpus-independent-50.js';
import { generateIndependent51Corpus, INDEPENDENT51_MIN_INSTANCES, INDEPENDENT51_SEEDS } from '../../src/privacy/pii-corpus-independent-51.js';
import { generateIndependent52Corpus, INDEPENDENT52_MIN_INSTANCES, INDEPENDENT52_SEEDS } from '../../src/privacy/pii-corpus-independent-52.js';
import { generateIndependent53Corpus, INDEPENDENT53_MIN_INSTANCES, INDEPENDENT53_SEEDS } from '../../src/privacy/pii-corpus-independent-53.js';
import { generateIndependent54Corpus, INDEPENDENT54_MIN_INSTANCES, INDEPENDENT54_SEEDS } from '../../src/privacy/pii-corpus-independent-54.js';
import { generateIndependent55Corpus, INDEPENDENT55_MIN_INSTANCES, INDEPENDENT55_SEEDS } from '../../src/privacy/pii-corpus-independent-55.js';
import { generateIndependent56Corpus, INDEPENDENT56_MIN_INSTANCES, INDEPENDENT56_SEEDS } from '../../src/privacy/pii-corpus-independent-56.js';
import { generateIndependent57Corpus, INDEPENDENT57_MIN_INSTANCES, INDEPENDENT57_SEEDS } from '../../src/privacy/pii-corpus-independent-57.js';
import { generateIndependent58Corpus, INDEPENDENT58_MIN_INSTANCES, INDEPENDENT58_SEEDS } from '../../src/privacy/pii-corpus-independent-58.js';
import { generateIndependent59Corpus, INDEPENDENT59_MIN_INSTANCES, INDEPENDENT59_SEEDS } from '../../src/privacy/pii-corpus-independent-59.js';
import { generateIndependent60Corpus, INDEPENDENT60_MIN_INSTANCES, INDEPENDENT60_SEEDS } from '../../src/privacy/pii-corpus-independent-60.js';
import { generateIndependent61Corpus, INDEPENDENT61_MIN_INSTANCES, INDEPENDENT61_SEEDS } from '../../src/privacy/pii-corpus-independent-61.js';
import { generateIndependent62Corpus, INDEPENDENT62_MIN_INSTANCES, INDEPENDENT62_SEEDS } from '../../src/privacy/pii-corpus-independent-62.js';
import { generateIndependent63Corpus, INDEPENDENT63_MIN_INSTANCES, INDEPENDENT63_SEEDS } from '../../src/privacy/pii-corpus-independent-63.js';
import { generateIndependent64Corpus, INDEPENDENT64_MIN_INSTANCES, INDEPENDENT64_SEEDS } from '../../src/privacy/pii-corpus-independent-64.js';
import { generateIndependent65Corpus, INDEPENDENT65_MIN_INSTANCES, INDEPENDENT65_SEEDS } from '../../src/privacy/pii-corpus-independent-65.js';
import { generateIndependent66Corpus, INDEPENDENT66_MIN_INSTANCES, INDEPENDENT66_SEEDS } from '../../src/privacy/pii-corpus-independent-66.js';
import { generateIndependent67Corpus, INDEPENDENT67_MIN_INSTANCES, INDEPENDENT67_SEEDS } from '../../src/privacy/pii-corpus-independent-67.js';
import { generateIndependent68Corpus, INDEPENDENT68_MIN_INSTANCES, INDEPENDENT68_SEEDS } from '../../src/privacy/pii-corpus-independent-68.js';
import { generateIndependent69Corpus, INDEPENDENT69_MIN_INSTANCES, INDEPENDENT69_SEEDS } from '../../src/privacy/pii-corpus-independent-69.js';
import { generateIndependent70Corpus, INDEPENDENT70_MIN_INSTANCES, INDEPENDENT70_SEEDS } from '../../src/privacy/pii-corpus-independent-70.js';
import { generateIndependent71Corpus, INDEPENDENT71_MIN_INSTANCES, INDEPENDENT71_SEEDS } from '../../src/privacy/pii-corpus-independent-71.js';
import { generateIndependent72Corpus, INDEPENDENT72_MIN_INSTANCES, INDEPENDENT72_SEEDS } from '../../src/privacy/pii-corpus-independent-72.js';
import { generateIndependent73Corpus, INDEPENDENT73_MIN_INSTANCES, INDEPENDENT73_SEEDS } from '../../src/privacy/pii-corpus-independent-73.js';
import { generateIndependent74Corpus, INDEPENDENT74_MIN_INSTANCES, INDEPENDENT74_SEEDS } from '../../src/privacy/pii-corpus-independent-74.js';
import { generateIndependent75Corpus, INDEPENDENT75_MIN_INSTANCES, INDEPENDENT75_SEEDS } from '../../src/privacy/pii-corpus-independent-75.js';
import type { PiiCorpusEntry } from '../../src/privacy/pii-corpus.js';
import { evaluatePii, type PiiEvalReport } from '../../src/privacy/pii-evaluate.js';
import { detectPii } from '../../src/privacy/pii/runner.js';
import type { WordLexicon } from '../../src/privacy/pii/word-lexicon.js';

/** One seed of a blind split. */
export interface BlindSplit {
  readonly split: string;
  readonly seed: number;
  readonly min: number;
  readonly make: (opts: { seed: number }) => PiiCorpusEntry[];
}

/**
 * Blind splits `independent3`–`75`, reported only: per-type figures are printed for people to read, and only their structure is
 * asserted. Each was written blind to the detector, the earlier corpora and the docs. `independent4` (seeds
 * 94001–94003) was then used to diagnose the sixth round, `independent5` (95001–95003) the seventh,
 * `independent6` (96001–96003) the eighth, `independent7` (97001–97003) the ninth, `independent8`
 * (98001–98003) the tenth, `independent9` (99001–99003) the eleventh, `independent10` the twelfth,
 * `independent12` and `independent13` the thirteenth, `independent14` and `independent15` the fourteenth,
 * `independent16` and `independent17` the fifteenth, `independent18` and `independent19` the sixteenth,
 * `independent20` the seventeenth, `independent21`–`23` the nineteenth, `independent24` and `25` the
 * twentieth, `independent26` and `27` the twenty-first, and each later pair the round after the one it
 * was measured in, up to `independent36` and `37` (the twenty-sixth), `independent38` and `39` (the
 * twenty-seventh), `independent40` and `41` (the twenty-eighth), `independent42` and `43` (the
 * twenty-ninth), `independent44` and `45` (the thirtieth), `independent46` and `47` (the thirty-first),
 * `independent48` and `49` (the thirty-second), `independent50` and `51` (the thirty-third),
 * `independent52` and `53` (the thirty-fourth), `independent54` and `55` (the thirty-fifth),
 * `independent56` and `57` (the thirty-sixth), `independent58` and `59` (the thirty-seventh) and
 * `independent60` and `61` (the thirty-eighth), `independent62` and `63` (the thirty-ninth),
 * `independent64` and `65` (the fortieth), `independent66` and `67` (the forty-first) and `independent68`
 * and `69` (the forty-second; docs/privacy.md, *Evaluation*). In the forty-third round `independent70`
 * and `71` were added to the scorer's training, and `independent72` and `73`, written during it, chose the
 * veto's exemptions (their aggregate figures, then the names the veto dropped) and joined the training.
 * Every split whose errors may be read trains the learned name scorer (scripts/train-name-scorer.ts).
 * Nobody has looked at the errors of `independent11` (110001–110003; its aggregate figures were seen while
 * the veto was chosen), `independent74` (740001–740003) or `independent75` (750001–750003), and none of
 * them is used for training.
 */
export const BLIND_SPLITS: readonly BlindSplit[] = [
  ...INDEPENDENT3_SEEDS.map((seed) => ({ split: 'independent3', seed, min: INDEPENDENT3_MIN_INSTANCES, make: generateIndependent3Corpus })),
  ...INDEPENDENT4_SEEDS.map((seed) => ({ split: 'independent4', seed, min: INDEPENDENT4_MIN_INSTANCES, make: generateIndependent4Corpus })),
  ...INDEPENDENT5_SEEDS.map((seed) => ({ split: 'independent5', seed, min: INDEPENDENT5_MIN_INSTANCES, make: generateIndependent5Corpus })),
  ...INDEPENDENT6_SEEDS.map((seed) => ({ split: 'independent6', seed, min: INDEPENDENT6_MIN_INSTANCES, make: generateIndependent6Corpus })),
  ...INDEPENDENT7_SEEDS.map((seed) => ({ split: 'independent7', seed, min: INDEPENDENT7_MIN_INSTANCES, make: generateIndependent7Corpus })),
  ...INDEPENDENT8_SEEDS.map((seed) => ({ split: 'independent8', seed, min: INDEPENDENT8_MIN_INSTANCES, make: generateIndependent8Corpus })),
  ...INDEPENDENT9_SEEDS.map((seed) => ({ split: 'independent9', seed, min: INDEPENDENT9_MIN_INSTANCES, make: generateIndependent9Corpus })),
  ...INDEPENDENT10_SEEDS.map((seed) => ({ split: 'independent10', seed, min: INDEPENDENT10_MIN_INSTANCES, make: generateIndependent10Corpus })),
  ...INDEPENDENT11_SEEDS.map((seed) => ({ split: 'independent11', seed, min: INDEPENDENT11_MIN_INSTANCES, make: generateIndependent11Corpus })),
  ...INDEPENDENT12_SEEDS.map((seed) => ({ split: 'independent12', seed, min: INDEPENDENT12_MIN_INSTANCES, make: generateIndependent12Corpus })),
  ...INDEPENDENT13_SEEDS.map((seed) => ({ split: 'independent13', seed, min: INDEPENDENT13_MIN_INSTANCES, make: generateIndependent13Corpus })),
  ...INDEPENDENT14_SEEDS.map((seed) => ({ split: 'independent14', seed, min: INDEPENDENT14_MIN_INSTANCES, make: generateIndependent14Corpus })),
  ...INDEPENDENT15_SEEDS.map((seed) => ({ split: 'independent15', seed, min: INDEPENDENT15_MIN_INSTANCES, make: generateIndependent15Corpus })),
  ...INDEPENDENT16_SEEDS.map((seed) => ({ split: 'independent16', seed, min: INDEPENDENT16_MIN_INSTANCES, make: generateIndependent16Corpus })),
  ...INDEPENDENT17_SEEDS.map((seed) => ({ split: 'independent17', seed, min: INDEPENDENT17_MIN_INSTANCES, make: generateIndependent17Corpus })),
  ...INDEPENDENT18_SEEDS.map((seed) => ({ split: 'independent18', seed, min: INDEPENDENT18_MIN_INSTANCES, make: generateIndependent18Corpus })),
  ...INDEPENDENT19_SEEDS.map((seed) => ({ split: 'independent19', seed, min: INDEPENDENT19_MIN_INSTANCES, make: generateIndependent19Corpus })),
  ...INDEPENDENT20_SEEDS.map((seed) => ({ split: 'independent20', seed, min: INDEPENDENT20_MIN_INSTANCES, make: generateIndependent20Corpus })),
  ...INDEPENDENT21_SEEDS.map((seed) => ({ split: 'independent21', seed, min: INDEPENDENT21_MIN_INSTANCES, make: generateIndependent21Corpus })),
  ...INDEPENDENT22_SEEDS.map((seed) => ({ split: 'independent22', seed, min: INDEPENDENT22_MIN_INSTANCES, make: generateIndependent22Corpus })),
  ...INDEPENDENT23_SEEDS.map((seed) => ({ split: 'independent23', seed, min: INDEPENDENT23_MIN_INSTANCES, make: generateIndependent23Corpus })),
  ...INDEPENDENT24_SEEDS.map((seed) => ({ split: 'independent24', seed, min: INDEPENDENT24_MIN_INSTANCES, make: generateIndependent24Corpus })),
  ...INDEPENDENT25_SEEDS.map((seed) => ({ split: 'independent25', seed, min: INDEPENDENT25_MIN_INSTANCES, make: generateIndependent25Corpus })),
  ...INDEPENDENT26_SEEDS.map((seed) => ({ split: 'independent26', seed, min: INDEPENDENT26_MIN_INSTANCES, make: generateIndependent26Corpus })),
  ...INDEPENDENT27_SEEDS.map((seed) => ({ split: 'independent27', seed, min: INDEPENDENT27_MIN_INSTANCES, make: generateIndependent27Corpus })),
  ...INDEPENDENT28_SEEDS.map((seed) => ({ split: 'independent28', seed, min: INDEPENDENT28_MIN_INSTANCES, make: generateIndependent28Corpus })),
  ...INDEPENDENT29_SEEDS.map((seed) => ({ split: 'independent29', seed, min: INDEPENDENT29_MIN_INSTANCES, make: generateIndependent29Corpus })),
  ...INDEPENDENT30_SEEDS.map((seed) => ({ split: 'independent30', seed, min: INDEPENDENT30_MIN_INSTANCES, make: generateIndependent30Corpus })),
  ...INDEPENDENT31_SEEDS.map((seed) => ({ split: 'independent31', seed, min: INDEPENDENT31_MIN_INSTANCES, make: generateIndependent31Corpus })),
  ...INDEPENDENT32_SEEDS.map((seed) => ({ split: 'independent32', seed, min: INDEPENDENT32_MIN_INSTANCES, make: generateIndependent32Corpus })),
  ...INDEPENDENT33_SEEDS.map((seed) => ({ split: 'independent33', seed, min: INDEPENDENT33_MIN_INSTANCES, make: generateIndependent33Corpus })),
  ...INDEPENDENT34_SEEDS.map((seed) => ({ split: 'independent34', seed, min: INDEPENDENT34_MIN_INSTANCES, make: generateIndependent34Corpus })),
  ...INDEPENDENT35_SEEDS.map((seed) => ({ split: 'independent35', seed, min: INDEPENDENT35_MIN_INSTANCES, make: generateIndependent35Corpus })),
  ...INDEPENDENT36_SEEDS.map((seed) => ({ split: 'independent36', seed, min: INDEPENDENT36_MIN_INSTANCES, make: generateIndependent36Corpus })),
  ...INDEPENDENT37_SEEDS.map((seed) => ({ split: 'independent37', seed, min: INDEPENDENT37_MIN_INSTANCES, make: generateIndependent37Corpus })),
  ...INDEPENDENT38_SEEDS.map((seed) => ({ split: 'independent38', seed, min: INDEPENDENT38_MIN_INSTANCES, make: generateIndependent38Corpus })),
  ...INDEPENDENT39_SEEDS.map((seed) => ({ split: 'independent39', seed, min: INDEPENDENT39_MIN_INSTANCES, make: generateIndependent39Corpus })),
  ...INDEPENDENT40_SEEDS.map((seed) => ({ split: 'independent40', seed, min: INDEPENDENT40_MIN_INSTANCES, make: generateIndependent40Corpus })),
  ...INDEPENDENT41_SEEDS.map((seed) => ({ split: 'independent41', seed, min: INDEPENDENT41_MIN_INSTANCES, make: generateIndependent41Corpus })),
  ...INDEPENDENT42_SEEDS.map((seed) => ({ split: 'independent42', seed, min: INDEPENDENT42_MIN_INSTANCES, make: generateIndependent42Corpus })),
  ...INDEPENDENT43_SEEDS.map((seed) => ({ split: 'independent43', seed, min: INDEPENDENT43_MIN_INSTANCES, make: generateIndependent43Corpus })),
  ...INDEPENDENT44_SEEDS.map((seed) => ({ split: 'independent44', seed, min: INDEPENDENT44_MIN_INSTANCES, make: generateIndependent44Corpus })),
  ...INDEPENDENT45_SEEDS.map((seed) => ({ split: 'independent45', seed, min: INDEPENDENT45_MIN_INSTANCES, make: generateIndependent45Corpus })),
  ...INDEPENDENT46_SEEDS.map((seed) => ({ split: 'independent46', seed, min: INDEPENDENT46_MIN_INSTANCES, make: generateIndependent46Corpus })),
  ...INDEPENDENT47_SEEDS.map((seed) => ({ split: 'independent47', seed, min: INDEPENDENT47_MIN_INSTANCES, make: generateIndependent47Corpus })),
  ...INDEPENDENT48_SEEDS.map((seed) => ({ split: 'independent48', seed, min: INDEPENDENT48_MIN_INSTANCES, make: generateIndependent48Corpus })),
  ...INDEPENDENT49_SEEDS.map((seed) => ({ split: 'independent49', seed, min: INDEPENDENT49_MIN_INSTANCES, make: generateIndependent49Corpus })),
  ...INDEPENDENT50_SEEDS.map((seed) => ({ split: 'independent50', seed, min: INDEPENDENT50_MIN_INSTANCES, make: generateIndependent50Corpus })),
  ...INDEPENDENT51_SEEDS.map((seed) => ({ split: 'independent51', seed, min: INDEPENDENT51_MIN_INSTANCES, make: generateIndependent51Corpus })),
  ...INDEPENDENT52_SEEDS.map((seed) => ({ split: 'independent52', seed, min: INDEPENDENT52_MIN_INSTANCES, make: generateIndependent52Corpus })),
  ...INDEPENDENT53_SEEDS.map((seed) => ({ split: 'independent53', seed, min: INDEPENDENT53_MIN_INSTANCES, make: generateIndependent53Corpus })),
  ...INDEPENDENT54_SEEDS.map((seed) => ({ split: 'independent54', seed, min: INDEPENDENT54_MIN_INSTANCES, make: generateIndependent54Corpus })),
  ...INDEPENDENT55_SEEDS.map((seed) => ({ split: 'independent55', seed, min: INDEPENDENT55_MIN_INSTANCES, make: generateIndependent55Corpus })),
  ...INDEPENDENT56_SEEDS.map((seed) => ({ split: 'independent56', seed, min: INDEPENDENT56_MIN_INSTANCES, make: generateIndependent56Corpus })),
  ...INDEPENDENT57_SEEDS.map((seed) => ({ split: 'independent57', seed, min: INDEPENDENT57_MIN_INSTANCES, make: generateIndependent57Corpus })),
  ...INDEPENDENT58_SEEDS.map((seed) => ({ split: 'independent58', seed, min: INDEPENDENT58_MIN_INSTANCES, make: generateIndependent58Corpus })),
  ...INDEPENDENT59_SEEDS.map((seed) => ({ split: 'independent59', seed, min: INDEPENDENT59_MIN_INSTANCES, make: generateIndependent59Corpus })),
  ...INDEPENDENT60_SEEDS.map((seed) => ({ split: 'independent60', seed, min: INDEPENDENT60_MIN_INSTANCES, make: generateIndependent60Corpus })),
  ...INDEPENDENT61_SEEDS.map((seed) => ({ split: 'independent61', seed, min: INDEPENDENT61_MIN_INSTANCES, make: generateIndependent61Corpus })),
  ...INDEPENDENT62_SEEDS.map((seed) => ({ split: 'independent62', seed, min: INDEPENDENT62_MIN_INSTANCES, make: generateIndependent62Corpus })),
  ...INDEPENDENT63_SEEDS.map((seed) => ({ split: 'independent63', seed, min: INDEPENDENT63_MIN_INSTANCES, make: generateIndependent63Corpus })),
  ...INDEPENDENT64_SEEDS.map((seed) => ({ split: 'independent64', seed, min: INDEPENDENT64_MIN_INSTANCES, make: generateIndependent64Corpus })),
  ...INDEPENDENT65_SEEDS.map((seed) => ({ split: 'independent65', seed, min: INDEPENDENT65_MIN_INSTANCES, make: generateIndependent65Corpus })),
  ...INDEPENDENT66_SEEDS.map((seed) => ({ split: 'independent66', seed, min: INDEPENDENT66_MIN_INSTANCES, make: generateIndependent66Corpus })),
  ...INDEPENDENT67_SEEDS.map((seed) => ({ split: 'independent67', seed, min: INDEPENDENT67_MIN_INSTANCES, make: generateIndependent67Corpus })),
  ...INDEPENDENT68_SEEDS.map((seed) => ({ split: 'independent68', seed, min: INDEPENDENT68_MIN_INSTANCES, make: generateIndependent68Corpus })),
  ...INDEPENDENT69_SEEDS.map((seed) => ({ split: 'independent69', seed, min: INDEPENDENT69_MIN_INSTANCES, make: generateIndependent69Corpus })),
  ...INDEPENDENT70_SEEDS.map((seed) => ({ split: 'independent70', seed, min: INDEPENDENT70_MIN_INSTANCES, make: generateIndependent70Corpus })),
  ...INDEPENDENT71_SEEDS.map((seed) => ({ split: 'independent71', seed, min: INDEPENDENT71_MIN_INSTANCES, make: generateIndependent71Corpus })),
  ...INDEPENDENT72_SEEDS.map((seed) => ({ split: 'independent72', seed, min: INDEPENDENT72_MIN_INSTANCES, make: generateIndependent72Corpus })),
  ...INDEPENDENT73_SEEDS.map((seed) => ({ split: 'independent73', seed, min: INDEPENDENT73_MIN_INSTANCES, make: generateIndependent73Corpus })),
  ...INDEPENDENT74_SEEDS.map((seed) => ({ split: 'independent74', seed, min: INDEPENDENT74_MIN_INSTANCES, make: generateIndependent74Corpus })),
  ...INDEPENDENT75_SEEDS.map((seed) => ({ split: 'independent75', seed, min: INDEPENDENT75_MIN_INSTANCES, make: generateIndependent75Corpus })),
];

/**
 * Splits whose errors nobody has read (the doc comment of {@link BLIND_SPLITS} says since when). They stay
 * in `npm test`'s report however old they are: they are the only true measure of how the detector
 * generalises. Move a split out of this set in the round that reads its errors.
 */
export const UNREAD_SPLITS: ReadonlySet<string> = new Set(['independent11', 'independent74', 'independent75']);

/**
 * Readable splits reported by `npm test` besides the unread ones: the newest few, which the last rounds
 * were written from. The others, nearly seventy by now, are reported by `npm run bench -- pii-splits`
 * only: evaluating every seed took about 250 s of CPU, a third of the suite, and grew by 4 s per split.
 */
const NEWEST_READABLE = 4;

const splitNumber = (split: string): number => Number(split.replace(/^\D+/, ''));

/** The seeds `npm test` reports: every unread split and the {@link NEWEST_READABLE} newest readable ones. */
export function splitsReportedInTests(): BlindSplit[] {
  const readable = [...new Set(BLIND_SPLITS.map((s) => s.split).filter((s) => !UNREAD_SPLITS.has(s)))];
  const newest = new Set(readable.sort((a, b) => splitNumber(b) - splitNumber(a)).slice(0, NEWEST_READABLE));
  return BLIND_SPLITS.filter((s) => UNREAD_SPLITS.has(s.split) || newest.has(s.split));
}

/** Per-type figures of the default detector (with the word lexicon) on one seed of a split. */
export function evaluateBlindSplit(s: BlindSplit, lexicon: WordLexicon): { corpus: PiiCorpusEntry[]; report: PiiEvalReport } {
  const corpus = s.make({ seed: s.seed });
  const report = evaluatePii(corpus, (text, knownNames) => detectPii(text, { knownNames, lexicon }));
  return { corpus, report };
}
