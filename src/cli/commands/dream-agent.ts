/** @module cli/commands/dream-agent — `reverie dream --agent NAME [--wait]`: dream over an agent's stored sessions. */
import { parseArgs } from 'node:util';
import type { Services } from '../../app/services.js';
import { agentMemoryStoreId, MAX_SESSIONS_PER_SCHEDULED_DREAM } from '../../dreams/index.js';
import { CliUsageError, findAgent, openCliContext } from '../context.js';
import { createStageProgress } from '../progress.js';
import { waitForDream } from '../wait-for-dream.js';
import { renderInsights } from './insights.js';

const HELP = `Usage: reverie dream --agent NAME|ID [--wait] [--json] [--all]

Queues a dream over the agent's sessions since its last completed dream (--all: every stored session,
newest ${MAX_SESSIONS_PER_SCHEDULED_DREAM} at most). The agent's memory store is the input; the output is a
new store. With --wait the dream runs here with a progress bar and its insights are printed.`;

export async function runAgentDream(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { agent: { type: 'string' }, wait: { type: 'boolean' }, json: { type: 'boolean' }, all: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (err) {
    process.stderr.write(`reverie dream: ${(err as Error).message}\n${HELP}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  let ctx;
  try {
    ctx = await openCliContext();
  } catch (err) {
    if (err instanceof CliUsageError) {
      process.stderr.write(`reverie dream: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  try {
    const agent = await findAgent(ctx.services, values.agent ?? '');
    if (!agent) {
      process.stderr.write(`reverie dream: no agent named or with id "${values.agent}"\n`);
      return 2;
    }
    const since = values.all ? undefined : (await ctx.services.backend.dreams().latestCompleted(agent.id))?.created_at;
    const sessionIds = await sessionsOf(ctx.services, agent.id, since);
    if (sessionIds.length === 0) {
      process.stdout.write(`No sessions of ${agent.name} since its last dream${since ? ` (${since})` : ''}; nothing to dream over.\n`);
      return 0;
    }
    const storeId = await agentMemoryStoreId(ctx.services.memoryStores, agent);
    const dream = await ctx.services.dreams.create({
      inputs: [
        { type: 'memory_store', memory_store_id: storeId },
        { type: 'sessions', session_ids: sessionIds },
      ],
      model: agent.model.id,
      instructions: null,
      output_behavior: { type: 'create_new' },
    });
    if (!values.wait) {
      process.stdout.write(values.json ? `${JSON.stringify(dream, null, 2)}\n` : `Queued dream ${dream.id} over ${sessionIds.length} sessions.\n`);
      return 0;
    }
    const progress = createStageProgress({ stream: process.stderr, label: 'dream' });
    const finished = await waitForDream({ services: ctx.services, dreamId: dream.id, progress });
    if (finished.status !== 'completed') {
      process.stderr.write(`reverie dream: dream ${dream.id} ended ${finished.status}: ${finished.error?.message ?? 'no error recorded'}\n`);
      return 1;
    }
    const insights = await ctx.services.dreams.insights(agent.id, { dreamId: dream.id });
    process.stdout.write(values.json ? `${JSON.stringify({ dream: finished, insights }, null, 2)}\n` : renderInsights(agent.name, insights));
    return 0;
  } finally {
    await ctx.close();
  }
}

async function sessionsOf(services: Services, agentId: string, since: string | undefined): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await services.backend.sessions().list({
      limit: 500,
      order: 'desc',
      after,
      agentId,
      statuses: ['idle', 'terminated'],
      includeArchived: true,
      ...(since ? { createdAt: { gt: since } } : {}),
    });
    ids.push(...page.items.map((s) => s.id));
    if (!page.hasMore || ids.length >= MAX_SESSIONS_PER_SCHEDULED_DREAM) return ids.slice(0, MAX_SESSIONS_PER_SCHEDULED_DREAM);
    after = page.items.at(-1)?.id;
  }
}
