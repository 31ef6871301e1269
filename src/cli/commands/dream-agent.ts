/** @module cli/commands/dream-agent — `reverie dream --agent NAME [--wait]`: dream over an agent's stored sessions. */
import { agentMemoryStoreId, agentSessionIds, MAX_SESSIONS_PER_SCHEDULED_DREAM } from '../../dreams/index.js';
import { findAgent, parseCommandArgs, usageFailure, withCliContext } from '../context.js';
import { createStageProgress } from '../progress.js';
import { waitForDream } from '../wait-for-dream.js';
import { renderInsights } from './insights.js';

const HELP = `Usage: reverie dream --agent NAME|ID [--wait] [--json] [--all]

Queues a dream over the agent's sessions since its last completed dream (--all: every stored session,
newest ${MAX_SESSIONS_PER_SCHEDULED_DREAM} at most). The agent's memory store is the input; the output is a
new store. With --wait the dream runs here with a progress bar and its insights are printed.`;

export async function runAgentDream(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs({
    command: 'dream',
    argv,
    help: HELP,
    options: { agent: { type: 'string' }, wait: { type: 'boolean' }, json: { type: 'boolean' }, all: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if ('exit' in parsed) return parsed.exit;
  const { values } = parsed;
  if (!values.agent) return usageFailure('dream', '--agent (or --file) is required', HELP);
  return withCliContext('dream', async (ctx) => {
    const agent = await findAgent(ctx.services, values.agent ?? '');
    if (!agent) return usageFailure('dream', `no agent named or with id "${values.agent}"`);
    const since = values.all ? undefined : (await ctx.services.backend.dreams().latestCompleted(agent.id))?.created_at;
    const sessionIds = await agentSessionIds({ store: ctx.backend.sessions(), agentId: agent.id, since, max: MAX_SESSIONS_PER_SCHEDULED_DREAM });
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
  });
}
