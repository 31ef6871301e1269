/** @module dreaming/mine/sentiment — sentiment and frustration per turn and per session. */
import type { FeatureMatrix } from '../preprocess-features.js';
import { featureColumn } from '../preprocess-features.js';
import type { PreparedSession } from '../preprocess.js';
import { isFailure } from '../preprocess.js';

/** A session whose most frustrated user turn reaches this is "frustrated" (midpoint of the [0, 1] scale). */
export const FRUSTRATED_AT = 0.5;

/** Session-level affect summary. */
export interface SentimentSummary {
  readonly meanSentiment: number;
  readonly frustratedShare: number;
  /** Mean within-session sentiment change (last user turn − first), failed vs other sessions. */
  readonly trajectory: { readonly failed: number; readonly other: number };
  /** Per session: 1 when frustrated. */
  readonly frustrated: Uint8Array;
  /** Most frustrated user turns (evidence candidates). */
  readonly examples: ReadonlyArray<{ session: number; message: number; frustration: number }>;
}

/** Summarises affect from the feature matrix and the per-turn scores. */
export function mineSentiment(sessions: readonly PreparedSession[], features: FeatureMatrix): SentimentSummary {
  const mean = featureColumn(features, 'sentiment_mean');
  const delta = featureColumn(features, 'sentiment_delta');
  const fmax = featureColumn(features, 'frustration_max');
  const frustrated = new Uint8Array(sessions.length);
  let sum = 0;
  let fr = 0;
  let fSum = 0;
  let fN = 0;
  let oSum = 0;
  let oN = 0;
  const examples: Array<{ session: number; message: number; frustration: number }> = [];
  for (let i = 0; i < sessions.length; i++) {
    sum += mean[i]!;
    if (fmax[i]! >= FRUSTRATED_AT) {
      frustrated[i] = 1;
      fr++;
      if (examples.length < 20) {
        const msgs = sessions[i]!.messages;
        let best = -1;
        for (let m = 0; m < msgs.length; m++) if (best < 0 || msgs[m]!.frustration > msgs[best]!.frustration) best = m;
        examples.push({ session: i, message: best, frustration: fmax[i]! });
      }
    }
    if (isFailure(sessions[i]!)) [fSum, fN] = [fSum + delta[i]!, fN + 1];
    else [oSum, oN] = [oSum + delta[i]!, oN + 1];
  }
  const n = sessions.length || 1;
  return {
    meanSentiment: sum / n,
    frustratedShare: fr / n,
    trajectory: { failed: fN ? fSum / fN : 0, other: oN ? oSum / oN : 0 },
    frustrated,
    examples,
  };
}
