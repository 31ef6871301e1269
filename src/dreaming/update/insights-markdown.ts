/** @module dreaming/update/insights-markdown — the `/insights/<date>.md` report of one dream. */
import type { Insight } from '../types.js';

/** Sections in reading order. */
const SECTIONS: ReadonlyArray<readonly [Insight['kind'], string]> = [
  ['issue', 'Issues'],
  ['recommendation', 'Recommendations'],
  ['pattern', 'Patterns'],
  ['memory', 'Remembered facts'],
];
/** Evidence lines shown per insight in the markdown (the JSON report has them all). */
const EVIDENCE_SHOWN = 3;

/** Renders the insights of a dream as markdown. Quotes are redacted text already. */
export function renderInsightsMarkdown({
  day,
  insights,
  headline,
}: {
  day: string;
  insights: readonly Insight[];
  headline: readonly string[];
}): string {
  const out = [`# Dream insights — ${day}`, '', ...headline.map((h) => `- ${h}`), ''];
  for (const [kind, title] of SECTIONS) {
    const list = insights.filter((i) => i.kind === kind);
    if (list.length === 0) continue;
    out.push(`## ${title}`, '');
    for (const i of list) {
      out.push(`### ${i.title}`, '', `${i.summary}`, '', `- id: ${i.id} · category: ${i.category} · severity: ${i.severity} · confidence: ${i.confidence.toFixed(2)}`);
      for (const e of i.evidence.slice(0, EVIDENCE_SHOWN)) {
        const q = e.quote ? ` — “${e.quote.replace(/\s+/g, ' ')}”` : '';
        out.push(`- evidence: ${e.session_id}${e.message_index !== undefined ? `#${e.message_index}` : ''}${q}`);
      }
      out.push('');
    }
  }
  if (insights.length === 0) out.push('This dream found nothing worth reporting.', '');
  return out.join('\n');
}
