/** @module dreaming/pipeline-kernels — binds the dreaming ports to the analytics and privacy modules. */
import { createHmac } from 'node:crypto';
import {
  benjaminiHochberg,
  frustrationScore,
  isolationForestScores,
  pelt,
  robustNoiseSigma,
  twoSidedNormalP,
  twoProportionZTest,
  wilsonInterval,
} from '../analytics/stats/index.js';
import { Redactor } from '../privacy/index.js';
import type { MineKernels } from './mine/kernels.js';
import type { PreprocessKernels } from './preprocess.js';
import { clusterTexts } from './topics.js';

/** Hex chars of a user-id pseudonym: 48 bits, collision-free in practice for any workspace's users. */
const USER_KEY_HEX = 12;

/**
 * Redacted texts memoised per dream, for texts in which none of the session's known names occurs
 * (their redaction does not depend on the session). Canned replies, tool outputs and common requests
 * repeat across sessions, and redaction is the costliest per-message step.
 */
const REDACT_CACHE_MAX = 100_000;

/** Lower-cases and strips diacritics, for a conservative "does this name occur" check. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The default kernels of a dream, keyed by the workspace secret: privacy's `Redactor`, stats'
 * frustration/sentiment, Wilson, z-test, BH, isolation forest and PELT, and `clusterTexts` from topics.
 * @example
 * const { preprocess, mine } = defaultKernels({ secret: 'workspace-secret' });
 */
export function defaultKernels({ secret }: { secret: string }): { preprocess: PreprocessKernels; mine: MineKernels } {
  const redactor = new Redactor({ secret });
  let cache = new Map<string, string>();
  const redact = (text: string, knownNames: readonly string[]): string => {
    // Known names only matter when one occurs in the text; otherwise the result is name-independent and
    // shared across sessions. The check folds case and diacritics, so it errs towards the slow path.
    const folded = fold(text);
    if (knownNames.some((n) => folded.includes(fold(n)))) return redactor.redact(text, { knownNames }).text;
    let out = cache.get(text);
    if (out === undefined) {
      out = redactor.redact(text).text;
      if (cache.size >= REDACT_CACHE_MAX) cache = new Map();
      cache.set(text, out);
    }
    return out;
  };
  return {
    preprocess: {
      redact,
      affect: (text, previous) => {
        const f = frustrationScore(text, previous);
        return { sentiment: f.sentiment, frustration: f.score };
      },
      pseudonymizeId: (id) => `u_${createHmac('sha256', secret).update(`user\u0000${id}`).digest('hex').slice(0, USER_KEY_HEX)}`,
    },
    mine: {
      clusterTexts: ({ texts, k, seed }) => clusterTexts({ texts, ...(k !== undefined ? { k } : {}), ...(seed !== undefined ? { seed } : {}) }),
      wilson: (x, n) => {
        const w = wilsonInterval({ successes: x, trials: n });
        return { lo: w.lower, hi: w.upper };
      },
      twoProportion: ({ x1, n1, x2, n2 }) => {
        const r = twoProportionZTest({ successes1: x1, trials1: n1, successes2: x2, trials2: n2 });
        return { z: r.z, p: r.pValue };
      },
      normalTwoSidedP: twoSidedNormalP,
      robustNoiseSigma,
      benjaminiHochberg: (p) => Array.from(benjaminiHochberg(p).qValues, (q) => (Number.isNaN(q) ? 1 : q)),
      isolationForest: ({ data, rows, cols, seed }) => isolationForestScores({ data, rows, cols, seed }),
      changePoints: ({ series, penalty }) => pelt({ series, ...(penalty !== undefined ? { penalty } : {}) }).changePoints,
    },
  };
}
