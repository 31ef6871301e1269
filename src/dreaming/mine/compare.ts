/** @module dreaming/mine/compare — group-vs-rest proportion tests with effect-size gates, FDR-corrected jointly. */
import type { MineKernels } from './kernels.js';

/** FDR level for a finding: a q-value at or below this is significant (1 false finding per 100 reported). */
export const FDR_ALPHA = 0.01;
/**
 * Minimum effect size, as Cohen's h = |2·asin√p₁ − 2·asin√p₂|: 0.2 is Cohen's "small effect". With
 * thousands of sessions a trivial difference is significant; this keeps only differences that matter,
 * on one scale for rare and common outcomes alike.
 */
export const MIN_COHEN_H = 0.2;
/** A refuted rule: its upper bound rules out even this risk ratio (used by the playbook). */
export const MIN_RISK_RATIO = 1.5;
/** Smallest group worth testing: the normal approximation of the z-test needs roughly this much. */
export const MIN_GROUP_N = 20;
/** Fewest events in the group for a finding (rule of thumb for the z-test's normal approximation). */
export const MIN_GROUP_EVENTS = 5;

/** What a test compares, so insights can be built without re-deriving it. */
export interface GroupTest {
  /** Test family, e.g. `topic_escalation`, `segment_resolution`, `hour_latency`, `tool_error`. */
  readonly family: string;
  /** Stable key of the group inside the family (e.g. topic label, `plan=free`, `17`). */
  readonly key: string;
  readonly label: string;
  /** Outcome being counted, e.g. `escalated`, `unresolved`, `slow`. */
  readonly outcome: string;
  readonly x: number;
  readonly n: number;
  readonly restX: number;
  readonly restN: number;
  readonly rate: number;
  readonly restRate: number;
  readonly ci: readonly [number, number];
  /** rate / restRate (Infinity when the rest has no events). */
  readonly ratio: number;
  readonly z: number;
  readonly p: number;
  /** BH-adjusted p-value across every test of the dream; filled by {@link adjustAll}. */
  q: number;
  /** Passed the FDR gate and the effect-size gate; filled by {@link adjustAll}. */
  significant: boolean;
  /** Group member indices (into the prepared sessions) that had the outcome — evidence candidates. */
  readonly hits: readonly number[];
}

/** One group to test: a label and its member indices. */
export interface GroupSpec {
  readonly key: string;
  readonly label: string;
  readonly members: ArrayLike<number>;
}

/** Max evidence candidates kept per test (memory bound; insights quote a handful). */
const MAX_HITS = 50;

/**
 * Tests each group against the rest of the population for one binary outcome.
 * `outcome[i]` is 1 (event), 0 (no event) or 255 (unknown: excluded from both sides).
 */
export function compareGroups({
  family,
  outcome,
  outcomeName,
  groups,
  kernels,
}: {
  family: string;
  outcome: Uint8Array;
  outcomeName: string;
  groups: readonly GroupSpec[];
  kernels: MineKernels;
}): GroupTest[] {
  let totX = 0;
  let totN = 0;
  for (let i = 0; i < outcome.length; i++) {
    const o = outcome[i]!;
    if (o === 255) continue;
    totN++;
    totX += o;
  }
  const tests: GroupTest[] = [];
  for (const g of groups) {
    let x = 0;
    let n = 0;
    const hits: number[] = [];
    for (let k = 0; k < g.members.length; k++) {
      const i = g.members[k]!;
      const o = outcome[i]!;
      if (o === 255) continue;
      n++;
      if (o === 1) {
        x++;
        if (hits.length < MAX_HITS) hits.push(i);
      }
    }
    const restX = totX - x;
    const restN = totN - n;
    if (n < MIN_GROUP_N || restN < MIN_GROUP_N) continue;
    const rate = x / n;
    const restRate = restX / restN;
    const { z, p } = kernels.twoProportion({ x1: x, n1: n, x2: restX, n2: restN });
    const w = kernels.wilson(x, n);
    tests.push({
      family,
      key: g.key,
      label: g.label,
      outcome: outcomeName,
      x,
      n,
      restX,
      restN,
      rate,
      restRate,
      ci: [w.lo, w.hi],
      ratio: restRate > 0 ? rate / restRate : rate > 0 ? Number.POSITIVE_INFINITY : 1,
      z,
      p: Number.isFinite(p) ? p : 1,
      q: 1,
      significant: false,
      hits,
    });
  }
  return tests;
}

/** Cohen's h between two proportions (absolute value). */
export function cohenH(p1: number, p2: number): number {
  return Math.abs(2 * Math.asin(Math.sqrt(p1)) - 2 * Math.asin(Math.sqrt(p2)));
}

/** True when the effect is large enough to act on, in either direction. */
export function passesEffectGates(t: GroupTest): boolean {
  const events = t.rate >= t.restRate ? t.x : t.n - t.x;
  return cohenH(t.rate, t.restRate) >= MIN_COHEN_H && events >= MIN_GROUP_EVENTS;
}

/** Applies Benjamini–Hochberg across all tests of the dream and marks the significant ones. */
export function adjustAll(tests: GroupTest[], kernels: MineKernels): void {
  if (tests.length === 0) return;
  const q = kernels.benjaminiHochberg(tests.map((t) => t.p));
  for (let i = 0; i < tests.length; i++) {
    const t = tests[i]!;
    t.q = q[i] ?? 1;
    t.significant = t.q <= FDR_ALPHA && passesEffectGates(t);
  }
}

/** Builds a 0/1/255 outcome vector from a per-session accessor returning boolean or null. */
export function outcomeVector<T>(items: readonly T[], get: (item: T) => boolean | null): Uint8Array {
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = get(items[i]!);
    out[i] = v === null ? 255 : v ? 1 : 0;
  }
  return out;
}
