/**
 * @module bench/pii — redaction throughput. Prints messages/s for the detectors alone and for the full
 * Redactor (detect + HMAC pseudonyms + splice), with and without the wink-nlp word lexicon, and for the
 * optional wink-nlp POS name detector. Run: `node --import tsx bench/pii.ts [messages]`.
 */
import { performance } from 'node:perf_hooks';
import {
  DEFAULT_DETECTORS,
  Redactor,
  detectPii,
  generatePiiCorpus,
  winkWordLexicon,
} from '../src/privacy/index.js';
import { loadWinkNameDetector } from '../src/privacy/pii/wink-names.js';

/** Messages per timed run (the dreaming pipeline redacts ~800k; 200k keeps the bench under a minute). */
const DEFAULT_MESSAGES = 200_000;
/** Share of messages that contain PII; most support turns carry none. */
const PII_SHARE = 0.3;
/** Messages redacted before timing so the JIT and caches are warm. */
const WARMUP = 5_000;
/** The pipeline's whole budget for ~800k messages; redaction should take a small part of it. */
const PIPELINE_MESSAGES = 800_000;

const PLAIN = [
  'The app keeps logging me out after the last update, can you help?',
  'I was charged twice for the same order, please refund one of them.',
  'Thanks, that fixed it!',
  'How do I export my data to CSV?',
  'My package says delivered but nothing is at the door.',
  'It still does not work on Android 14, same error as before.',
  'Can I change my plan to annual billing?',
  'Sorry for the delay, I was travelling last week.',
  'The invoice for March is missing from the billing page.',
  'ok',
];

function messages(n: number): string[] {
  const corpus = generatePiiCorpus({ seed: 4242, split: 'holdout', minInstances: 6000 }).map((e) => e.text);
  const out: string[] = [];
  let seed = 7;
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const pii = (seed % 1000) / 1000 < PII_SHARE;
    out.push(pii ? (corpus[seed % corpus.length] ?? '') : (PLAIN[seed % PLAIN.length] ?? ''));
  }
  return out;
}

/**
 * Times `fn` over `msgs`. Reports wall-clock and CPU-time rates: on a shared, busy machine the wall
 * figure includes waiting for a core, the CPU figure is what one core actually spends.
 */
function time(label: string, msgs: readonly string[], fn: (m: string) => unknown): void {
  for (let i = 0; i < WARMUP; i++) fn(msgs[i % msgs.length] ?? '');
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const m of msgs) fn(m);
  const cpu = process.cpuUsage(c0);
  const wall = (performance.now() - t0) / 1000;
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const fmt = (x: number): string => Math.round(x).toLocaleString('en-US').padStart(9);
  console.log(
    `${label.padEnd(44)} wall ${fmt(msgs.length / wall)} msg/s | cpu ${fmt(msgs.length / cpuS)} msg/s | 800k ≈ ${(
      (PIPELINE_MESSAGES * cpuS) /
      msgs.length
    ).toFixed(1)} cpu-s`,
  );
}

const n = Number(process.argv[2] ?? DEFAULT_MESSAGES);
const msgs = messages(n);
const avgLen = msgs.reduce((a, m) => a + m.length, 0) / msgs.length;
console.log(`${n.toLocaleString('en-US')} messages, ${Math.round(PII_SHARE * 100)}% with PII, mean ${avgLen.toFixed(0)} chars`);
const load = (await import('node:os')).loadavg()[0] ?? 0;
console.log(`load average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} cores`);

const t0 = performance.now();
const lexicon = winkWordLexicon();
console.log(`wink lexicon load: ${(performance.now() - t0).toFixed(0)} ms (once per process)`);

time('detectPii, heuristic names (no lexicon)', msgs, (m) => detectPii(m));
time('detectPii, names + wink lexicon (default)', msgs, (m) => detectPii(m, { lexicon }));
const redactor = new Redactor({ secret: 'bench-secret', lexicon });
time('Redactor.redact (default: lexicon + HMAC)', msgs, (m) => redactor.redact(m));
const plain = new Redactor({ secret: 'bench-secret', lexicon: null });
time('Redactor.redact (lexicon: null)', msgs, (m) => plain.redact(m));

const wink = await loadWinkNameDetector();
const withPos = new Redactor({ secret: 'bench-secret', lexicon, detectors: [...DEFAULT_DETECTORS, wink] });
const posMsgs = msgs.slice(0, Math.min(msgs.length, 50_000));
time('Redactor.redact + wink POS names (option)', posMsgs, (m) => withPos.redact(m));
