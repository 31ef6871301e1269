/**
 * @module bench/pii-splits — name and structured-type figures of the default detector on every blind
 * PII split (test/support/pii-blind-splits.ts), one line per seed, then the seeds below the acceptance
 * targets (structured recall ≥ 0.99, name recall ≥ 0.90, precision ≥ 0.95). `npm test` reports only the
 * unread splits and the newest readable ones; this is the whole table. Run:
 * `node --import tsx bench/pii-splits.ts [split …]` (e.g. `independent70 independent71`).
 */
import { performance } from 'node:perf_hooks';
import type { PiiTypeScore } from '../src/privacy/pii-evaluate.js';
import { PII_TYPES } from '../src/privacy/pii/types.js';
import { winkWordLexicon } from '../src/privacy/pii/word-lexicon.js';
import { BLIND_SPLITS, evaluateBlindSplit, UNREAD_SPLITS } from '../test/support/pii-blind-splits.js';

const STRUCTURED_RECALL = 0.99;
const NAME_RECALL = 0.9;
const PRECISION = 0.95;

/** Why a type's figures miss the acceptance targets, or nothing. */
function shortfall(s: PiiTypeScore): string | undefined {
  if (s.gold === 0 && s.predicted === 0) return undefined;
  const recallFloor = s.type === 'PERSON' ? NAME_RECALL : STRUCTURED_RECALL;
  const misses = [s.recall < recallFloor ? `recall ${s.recall.toFixed(3)}` : '', s.precision < PRECISION ? `precision ${s.precision.toFixed(3)}` : ''];
  const text = misses.filter(Boolean).join(', ');
  return text ? `${s.type} ${text}` : undefined;
}

const only = new Set(process.argv.slice(2));
const splits = BLIND_SPLITS.filter((s) => only.size === 0 || only.has(s.split));
if (splits.length === 0) throw new Error(`no blind split named ${[...only].join(', ')}; see test/support/pii-blind-splits.ts`);
const lexicon = winkWordLexicon();
/** Column headings short enough for one line per seed. */
const HEADING: Readonly<Record<string, string>> = { NATIONAL_ID: 'SSN', ADDRESS: 'ADDR' };
console.log(`recall/precision per type on ${splits.length} seeds of ${new Set(splits.map((s) => s.split)).size} blind splits (* = errors unread)`);
console.log(['split'.padEnd(16), 'seed'.padStart(7), ...PII_TYPES.map((t) => (HEADING[t] ?? t).padStart(11))].join(' '));
const below: string[] = [];
const started = performance.now();
for (const s of splits) {
  const { report } = evaluateBlindSplit(s, lexicon);
  const cells = report.perType.map((t) => (t.gold === 0 && t.predicted === 0 ? '—' : `${t.recall.toFixed(3)}/${t.precision.toFixed(3)}`).padStart(11));
  const name = `${s.split}${UNREAD_SPLITS.has(s.split) ? '*' : ''}`;
  console.log([name.padEnd(16), String(s.seed).padStart(7), ...cells].join(' '));
  const misses = report.perType.map(shortfall).filter((m): m is string => m !== undefined);
  if (misses.length) below.push(`${name} ${s.seed}: ${misses.join('; ')}`);
}
console.log(`\n${below.length} of ${splits.length} seeds miss a target:`);
for (const line of below) console.log(`  ${line}`);
console.log(`\nevaluated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
