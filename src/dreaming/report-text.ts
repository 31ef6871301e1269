/** @module dreaming/report-text — the readable (terminal) rendering of a DreamReport. */
import type { DreamReport } from './report.js';

/** Issues and patterns listed in the readable report; `--json` has all. */
const LIST_LIMIT = 12;

/** Renders a report for a terminal: headline, issues, recommendations, patterns, explanation. */
export function renderReportText(report: DreamReport): string {
  const out: string[] = [];
  const w = report.window;
  out.push(`Dream ${report.created_at.slice(0, 10)}${report.agent ? ` · agent ${report.agent}` : ''}${w ? ` · ${w.first_day} → ${w.last_day} (${w.days} days)` : ''}`);
  out.push(`Sessions: ${report.counts.inputs} read, ${report.counts.skipped} skipped, ${report.counts.analysed} analysed`);
  out.push('');
  for (const line of report.explain.summary) out.push(line);
  out.push('');
  const issues = report.insights.filter((i) => i.kind === 'issue');
  if (issues.length) {
    out.push('Issues');
    for (const i of issues.slice(0, LIST_LIMIT)) {
      out.push(`  [${i.severity}] ${i.title}  (confidence ${i.confidence.toFixed(2)})`);
      out.push(`      ${i.summary}`);
      const e = i.evidence[0];
      if (e) out.push(`      e.g. ${e.session_id}${e.quote ? `: “${e.quote}”` : ''}`);
    }
    out.push('');
  }
  const recs = report.insights.filter((i) => i.kind === 'recommendation');
  if (recs.length) {
    out.push('Recommendations');
    recs.slice(0, LIST_LIMIT).forEach((r, n) => out.push(`  ${n + 1}. ${r.summary}`));
    out.push('');
  }
  if (report.topics.length) {
    out.push('Topics of opening requests');
    for (const t of report.topics.slice(0, LIST_LIMIT)) out.push(`  ${(t.share * 100).toFixed(1).padStart(5)}%  ${t.label}  (${t.size})`);
    out.push('');
  }
  const patterns = report.insights.filter((i) => i.kind === 'pattern' && i.category !== 'topic');
  if (patterns.length) {
    out.push('Patterns');
    for (const p of patterns.slice(0, LIST_LIMIT)) out.push(`  - ${p.title}`);
    out.push('');
  }
  out.push('Stages');
  for (const s of report.explain.stages) {
    out.push(`  ${s.stage.padEnd(10)} ${String(s.input).padStart(8)} → ${String(s.output).padEnd(8)} ${String(s.ms).padStart(7)} ms  ${s.notes.join('; ')}`);
  }
  const details = report.explain.skipped.details.filter((d) => d.line !== undefined && (d.reason === 'invalid_json' || d.reason === 'invalid_record'));
  if (details.length) {
    out.push('', 'Invalid lines (skipped)');
    for (const d of details.slice(0, LIST_LIMIT)) out.push(`  line ${d.line}: ${d.reason.replace('_', ' ')}${d.detail ? ` — ${d.detail}` : ''}`);
  }
  return out.join('\n') + '\n';
}
