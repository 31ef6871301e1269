/** @module dreaming/insights/rewrite — optional model hook that rewrites summaries from aggregated material. */
import type { Insight } from '../types.js';

/**
 * What a rewriter sees: aggregated statistics and already-redacted short quotes only — never raw text,
 * never session ids. The statistics are final before the hook runs; the hook changes wording only.
 */
export interface RewriteMaterial {
  readonly kind: Insight['kind'];
  readonly category: string;
  readonly title: string;
  readonly summary: string;
  readonly metrics: Insight['metrics'];
  readonly quotes: readonly string[];
}

/** A model-backed rewriter: returns new summary text for one insight. */
export type RewriteFn = (material: RewriteMaterial) => Promise<string>;

/** Longest accepted rewrite; anything longer is treated as a failure and the template text is kept. */
const MAX_REWRITE_CHARS = 1200;

/** Rewrites insight summaries; any failure keeps the template summary and is reported, never thrown. */
export async function applyRewrite({
  insights,
  rewrite,
}: {
  insights: readonly Insight[];
  rewrite: RewriteFn;
}): Promise<{ insights: Insight[]; failures: number }> {
  let failures = 0;
  const out: Insight[] = [];
  for (const i of insights) {
    const material: RewriteMaterial = {
      kind: i.kind,
      category: i.category,
      title: i.title,
      summary: i.summary,
      metrics: i.metrics,
      quotes: i.evidence.flatMap((e) => (e.quote ? [e.quote] : [])).slice(0, 3),
    };
    try {
      const text = (await rewrite(material)).trim();
      if (text.length === 0 || text.length > MAX_REWRITE_CHARS) throw new Error('unusable rewrite');
      out.push({ ...i, summary: text });
    } catch {
      failures++;
      out.push(i);
    }
  }
  return { insights: out, failures };
}
