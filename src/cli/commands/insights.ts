/** @module cli/commands/insights — `reverie insights --agent NAME [--json]`: the latest dream's findings. */
import type { AgentInsights } from '../../dreams/index.js';
import { findAgent, parseCommandArgs, usageFailure, withCliContext } from '../context.js';

const HELP = `Usage: reverie insights --agent NAME|ID [--json] [--kind pattern|issue|recommendation|memory]

Prints the insights of the agent's latest completed dream (from the configured database).`;

const KINDS = ['pattern', 'issue', 'recommendation', 'memory'] as const;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs({
    command: 'insights',
    argv,
    help: HELP,
    options: { agent: { type: 'string' }, json: { type: 'boolean' }, kind: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
  });
  if ('exit' in parsed) return parsed.exit;
  const { values } = parsed;
  const agentName = values.agent;
  if (!agentName) return usageFailure('insights', '--agent is required', HELP);
  const badKind = values.kind?.find((k) => !(KINDS as readonly string[]).includes(k));
  if (badKind) return usageFailure('insights', `--kind must be one of ${KINDS.join(', ')}, got "${badKind}"`);
  return withCliContext('insights', async ({ services }) => {
    const agent = await findAgent(services, agentName);
    if (!agent) return usageFailure('insights', `no agent named or with id "${agentName}"`);
    const insights = await services.dreams.insights(agent.id, values.kind ? { kinds: values.kind as (typeof KINDS)[number][] } : {});
    process.stdout.write(values.json ? `${JSON.stringify(insights, null, 2)}\n` : renderInsights(agent.name, insights));
    return 0;
  });
}

/** The readable form: headline, flagged issues with evidence, patterns, the proposed rules. */
export function renderInsights(agentName: string, insights: AgentInsights): string {
  const out: string[] = [`Insights for ${agentName}${insights.dream_id ? ` — dream ${insights.dream_id} (${insights.dreamt_at})` : ''}`, insights.message, ''];
  if (!insights.dream_id) return `${out.join('\n')}\n`;
  const issues = insights.insights.filter((i) => i.kind === 'issue');
  out.push(`Flagged issues (${issues.length}):`);
  for (const i of issues) {
    out.push(`  [${i.severity}] ${i.title}  (confidence ${i.confidence.toFixed(2)})`);
    out.push(`      ${i.summary}`);
    const ev = i.evidence.slice(0, 2).map((e) => `${e.session_id}${e.quote ? `: "${e.quote.slice(0, 80)}"` : ''}`);
    if (ev.length) out.push(`      evidence: ${ev.join(' | ')}`);
  }
  const patterns = insights.insights.filter((i) => i.kind === 'pattern');
  out.push('', `Patterns (${patterns.length}):`);
  for (const p of patterns.slice(0, 15)) out.push(`  - ${p.title}  (confidence ${p.confidence.toFixed(2)})`);
  const recs = insights.insights.filter((i) => i.kind === 'recommendation');
  if (recs.length) {
    out.push('', `Recommendations (${recs.length}):`);
    for (const r of recs) out.push(`  * ${r.title}`);
  }
  return `${out.join('\n')}\n`;
}
