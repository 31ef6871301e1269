/**
 * @module cli/commands/demo — `reverie demo`: a demo agent, generated sessions with planted patterns,
 * one dream with a progress bar, and the insights it found. Re-running it reuses what it made.
 */
import { generateSessions, SCENARIO_NAMES, type ScenarioName } from '../../dreaming/generate/index.js';
import { createImportService } from '../../importing/index.js';
import type { Services } from '../../app/services.js';
import { findAgent, parseCommandArgs, usageFailure, withCliContext } from '../context.js';
import { createStageProgress } from '../progress.js';
import { renderInsights } from './insights.js';
import { waitForDream } from '../wait-for-dream.js';
import { agentSessionIds } from '../../dreams/index.js';

/** Enough sessions for the planted patterns to be statistically significant, small enough for < 60 s. */
const DEFAULT_SESSIONS = 2000;
const MAX_SESSIONS = 100_000;

/** Each scenario's agent prompt: what a team would start with before any dream. */
const PROMPTS: Record<ScenarioName, string> = {
  'customer-support': [
    'You are the support assistant of an online shop.',
    'Refunds are paid to the original payment method within 5 working days.',
    'Orders can be cancelled until they ship.',
    'Passwords are reset from the login page.',
  ].join('\n'),
  healthcare: [
    'You are the patient assistant of a clinic network.',
    'Appointments can be booked and moved online up to 24 hours in advance.',
    'Prescription renewals need a visit within the last 12 months.',
    'For emergencies, call the emergency number immediately.',
  ].join('\n'),
  finance: [
    'You are the assistant of a retail bank.',
    'Lost cards are blocked at once from the app.',
    'Transfers between own accounts are instant; other transfers take one working day.',
    'Never ask for a full card number or PIN.',
  ].join('\n'),
};

const HELP = `Usage: reverie demo [--scenario ${SCENARIO_NAMES.join('|')}] [--sessions N] [--seed N] [--json]

Creates a demo agent, imports generated sessions with planted patterns, runs a dream over them and
prints the insights. Uses the configured database (default: .reverie/reverie.db).`;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs({
    command: 'demo',
    argv,
    help: HELP,
    options: {
      scenario: { type: 'string', default: 'customer-support' },
      sessions: { type: 'string' },
      seed: { type: 'string', default: '7' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if ('exit' in parsed) return parsed.exit;
  const { values } = parsed;
  const scenario = values.scenario as ScenarioName;
  if (!(SCENARIO_NAMES as readonly string[]).includes(scenario)) {
    return usageFailure('demo', `--scenario must be one of ${SCENARIO_NAMES.join(', ')}, got "${values.scenario}"`);
  }
  const count = values.sessions === undefined ? DEFAULT_SESSIONS : Number(values.sessions);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 10 || count > MAX_SESSIONS) return usageFailure('demo', `--sessions must be a whole number from 10 to ${MAX_SESSIONS}`);
  if (!Number.isInteger(seed)) return usageFailure('demo', '--seed must be a whole number');
  return withCliContext('demo', ({ services }) => runDemo({ services, scenario, count, seed, json: values.json === true }));
}

async function runDemo({ services, scenario, count, seed, json }: { services: Services; scenario: ScenarioName; count: number; seed: number; json: boolean }): Promise<number> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const name = `demo-${scenario}`;
  const agent =
    (await findAgent(services, name)) ??
    (await services.agents.create({
      name,
      model: 'reverie-offline',
      system: PROMPTS[scenario],
      description: `Demo agent for the ${scenario} scenario`,
    }));
  log(`agent ${agent.name} (${agent.id})`);

  const progress = createStageProgress({ stream: process.stderr, label: 'demo' });
  const { sessions, truth } = generateSessions({ seed, count, scenario });
  const lines = sessions.map((s, i) => ({ line: i + 1, text: JSON.stringify({ ...s, agent: name }) }));
  const summary = await createImportService(services).importSessions({
    lines,
    format: 'reverie',
    agentName: name,
    onProgress: (p) => {
      if (p.lines % 100 === 0) progress.update('import', p.lines, lines.length);
    },
  });
  progress.stop();
  log(`imported ${summary.imported} sessions (${summary.duplicates} already there, ${summary.skipped_total} skipped)`);

  const sessionIds = await agentSessionIds({ store: services.backend.sessions(), agentId: agent.id, max: MAX_SESSIONS, anyStatus: true });
  const store = await demoStore(services, name);
  const dream = await services.dreams.create({
    inputs: [
      { type: 'memory_store', memory_store_id: store.id },
      { type: 'sessions', session_ids: sessionIds },
    ],
    model: 'reverie-offline',
    instructions: null,
    output_behavior: { type: 'create_new' },
  });
  log(`dream ${dream.id} over ${sessionIds.length} sessions`);

  const finished = await waitForDream({ services, dreamId: dream.id, progress });
  if (finished.status !== 'completed') {
    log(`the dream ended ${finished.status}: ${finished.error?.message ?? 'no error recorded'}`);
    return 1;
  }
  const insights = await services.dreams.insights(agent.id, { dreamId: dream.id });
  if (json) {
    process.stdout.write(`${JSON.stringify({ agent_id: agent.id, dream_id: dream.id, planted: truthSummary(truth), insights }, null, 2)}\n`);
  } else {
    process.stdout.write(renderInsights(agent.name, insights));
    process.stdout.write(`\nPlanted in the generated data (for comparison): ${truthSummary(truth).join('; ')}\n`);
    process.stdout.write(`Output memory store: ${finished.outputs[0]?.memory_store_id ?? '(none)'}\n`);
  }
  return 0;
}

/** The demo's memory store, with a few notes to consolidate (a duplicate and a superseded fact). */
async function demoStore(services: Services, agentName: string) {
  const name = `${agentName} memory`;
  const existing = (await services.memoryStores.list({ limit: 100 })).items.find((s) => s.name === name);
  if (existing) return existing;
  const store = await services.memoryStores.create({ name, description: 'Notes the demo agent keeps between sessions.' });
  const actor = { type: 'api_actor' as const, api_key_id: 'apikey_demo' };
  await services.memoryStores.createMemory({ storeId: store.id, path: '/notes/policies.md', content: 'refund_days: 7\nEscalate angry customers to a human.\n', actor });
  await services.memoryStores.createMemory({ storeId: store.id, path: '/notes/policies-2.md', content: 'refund_days: 5\nEscalate angry customers to a human.\n', actor });
  return store;
}

function truthSummary(truth: ReturnType<typeof generateSessions>['truth']): string[] {
  return [
    `escalating topic "${truth.escalatingTopic.topic}"`,
    `peak-hour latency at ${truth.peakHourLatency.hours.join(', ')}h`,
    `drop after version ${truth.versionDrop.version} on ${truth.versionDrop.day}`,
    `failing tool "${truth.failingTool.name}"`,
    `worse-served segment ${truth.worseServedSegment.key}=${truth.worseServedSegment.value}`,
  ];
}
