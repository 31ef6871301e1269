/** @module cli/commands/insights — `reverie insights --agent NAME [--json]`: the latest dream's findings. */
import { parseArgs } from 'node:util';
import type { AgentInsights } from '../../dreams/index.js';
import { CliUsageError, findAgent, openCliContext } from '../context.js';

const HELP = `Usage: reverie insights --agent NAME|ID [--json] [--kind pattern|issue|recommendation|memory]

Prints the insights of the agent's latest completed dream (from the configured database).`;

const KINDS = ['pattern', 'issue', 'recommendation', 'memory'] as const;

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { agent: { type: 'string' }, json: { type: 'boolean' }, kind: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (err) {
    process.stderr.write(`reverie insights: ${(err as Error).message}\n${HELP}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (!values.agent) {
    process.stderr.write(`reverie insights: --agent is required\n${HELP}\n`);
    return 2;
  }
  const badKind = values.kind?.find((k) => !(KINDS as readonly string[]).includes(k));
  if (badKind) {
    process.stderr.write(`reverie insights: --kind must be one of ${KINDS.join(', ')}, got "${badKind}"\n`);
    return 2;
  }
  let ctx;
  try {
    ctx = await openCliContext();
  } catch (err) {
    if (err instanceof CliUsageError) {
      process.stderr.write(`reverie insights: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  try {
    const agent = await findAgent(ctx.services, values.agent);
    if (!agent) {
      process.stderr.write(`reverie insights: no agent named or with id "${values.agent}"\n`);
      return 2;
    }
    const insights = await ctx.services.dreams.insights(agent.id, values.kind ? { kinds: values.kind as (typeof KINDS)[number][] } : {});
    process.stdout.write(values.json ? `${JSON.stringify(insights, null, 2)}\n` : renderInsights(agent.name, insights));
    return 0;
  } finally {
    await ctx.close();
  }
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
