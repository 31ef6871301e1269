/** @module dreaming/pipeline-kernels — binds the dreaming ports to the analytics and privacy modules. */
import { createHmac } from 'node:crypto';
import { benjaminiHochberg, twoProportionZTest, wilsonInterval } from '../analytics/stats/wilson.js';
import { Redactor } from '../privacy/index.js';
import { interimAffect, interimIsolationForest, interimPelt } from './mine/interim-kernels.js';
import type { MineKernels, TopicClustering } from './mine/kernels.js';
import type { PreprocessKernels } from './preprocess.js';

/** Hex chars of a user-id pseudonym: 48 bits, collision-free in practice for any workspace's users. */
const USER_KEY_HEX = 12;

/**
 * Redacted texts memoised per dream (keyed by text + the session's known names). Canned assistant
 * replies and tool outputs repeat across sessions; redaction is the costliest per-message step.
 */
const REDACT_CACHE_MAX = 100_000;

/** Lower-cases and strips diacritics, for a conservative "does this name occur" check. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Single-cluster stand-in used only while the text-analytics kernel is missing. */
function oneCluster({ texts }: { texts: string[] }): TopicClustering {
  return { clusters: [{ id: 0, label: 'all', terms: [], size: texts.length, members: texts.map((_, i) => i), quotes: texts.slice(0, 3) }], assignments: texts.map(() => 0), k: 1 };
}

/** The default kernels of a dream, keyed by the workspace secret. */
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
      affect: interimAffect,
      pseudonymizeId: (id) => `u_${createHmac('sha256', secret).update(`user\u0000${id}`).digest('hex').slice(0, USER_KEY_HEX)}`,
    },
    mine: {
      clusterTexts: oneCluster,
      wilson: (x, n) => {
        const w = wilsonInterval({ successes: x, trials: n });
        return { lo: w.lower, hi: w.upper };
      },
      twoProportion: ({ x1, n1, x2, n2 }) => {
        const r = twoProportionZTest({ successes1: x1, trials1: n1, successes2: x2, trials2: n2 });
        return { z: r.z, p: r.pValue };
      },
      benjaminiHochberg: (p) => Array.from(benjaminiHochberg(p).qValues, (q) => (Number.isNaN(q) ? 1 : q)),
      isolationForest: interimIsolationForest,
      changePoints: interimPelt,
    },
  };
}
