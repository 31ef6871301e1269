/** @module dreams/dream-job — the job handler that runs one dream end to end. */
import { runDream, type DreamProgress } from '../dreaming/index.js';
import { PermanentJobError, type JobContext, type JobHandler } from '../jobs/index.js';
import type { AgentsService } from '../agents/index.js';
import type { MemoryStoresService } from '../memory/index.js';
import type { DreamsStore, SessionsStore } from '../store/index.js';
import { loadSessionRecords } from '../sessions/index.js';
import type { Clock } from '../shared/clock.js';
import type { IdGenerator } from '../shared/ids.js';
import { AppError } from '../shared/errors.js';
import { readStoreFiles, syncStoreFiles } from './output-store.js';

/** Share of the progress bar given to each stage (they sum to 100). */
const STAGE_WEIGHTS: Record<string, [number, number]> = {
  load: [0, 10],
  collect: [10, 15],
  preprocess: [15, 45],
  mine: [45, 80],
  insights: [80, 85],
  update: [85, 90],
  write: [90, 100],
};

export interface DreamJobDeps {
  readonly dreams: DreamsStore;
  readonly sessions: SessionsStore;
  readonly memory: MemoryStoresService;
  readonly agents: AgentsService;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Keyed-pseudonym secret of the workspace. */
  readonly secret: () => Promise<string>;
}

/** Builds the `dream` job handler. */
export function createDreamJobHandler(deps: DreamJobDeps): JobHandler {
  return async (ctx) => {
    const dreamId = String(ctx.job.payload['dream_id']);
    const dream = await deps.dreams.get(dreamId);
    if (!dream) throw new PermanentJobError('internal_error', `Dream ${dreamId} no longer exists`);
    if (dream.status === 'canceled' || dream.status === 'completed' || dream.status === 'failed') return { skipped: dream.status };
    const isLastAttempt = ctx.job.attempts >= ctx.job.max_attempts;
    try {
      return await runOnce(deps, dreamId, ctx);
    } catch (err) {
      if (ctx.signal.aborted) throw err;
      const permanent = err instanceof PermanentJobError;
      if (permanent || isLastAttempt) {
        const error = { type: permanent ? err.type : 'internal_error', message: err instanceof Error ? err.message : String(err) };
        await deps.dreams.transition({ id: dreamId, from: ['pending', 'running'], to: 'failed', now: now(deps), error });
      }
      throw err;
    }
  };
}

function now(deps: DreamJobDeps): string {
  return deps.clock.now().toISOString();
}

async function runOnce(deps: DreamJobDeps, dreamId: string, ctx: JobContext): Promise<Record<string, unknown>> {
  const { dreams, memory } = deps;
  const started = await dreams.transition({ id: dreamId, from: ['pending', 'running'], to: 'running', now: now(deps) });
  const dream = started.record!;
  if (!started.changed) return { skipped: dream.status };
  const body = dream.body as { inputs: Array<{ type: string; memory_store_id?: string; session_ids?: string[] }>; instructions: string | null };
  const sessionIds = body.inputs.find((i) => i.type === 'sessions')?.session_ids ?? [];
  const step = progressReporter(ctx);
  await step('load', 0);

  const inputStore = await memory.retrieve(dream.input_store_id).catch((err: unknown) => {
    throw unavailable('input_memory_store_unavailable', err);
  });
  if (inputStore.archived_at) throw new PermanentJobError('input_memory_store_unavailable', `Memory store ${inputStore.id} was archived`);

  // The output store id is recorded before the store is made, so a re-run after a crash reuses it.
  let outputId = dream.output_store_id;
  if (!outputId) {
    outputId = dream.update_existing ? dream.input_store_id : deps.ids.next('memstore');
    await dreams.setOutputStore({ id: dreamId, storeId: outputId, now: now(deps) });
  }
  if (!dream.update_existing) {
    const exists = await memory.retrieve(outputId).then(
      () => true,
      () => false,
    );
    if (!exists) {
      await memory.create(
        { name: `${inputStore.name} (dream ${dreamId})`, description: `Consolidated by dream ${dreamId} from ${inputStore.id}.`, metadata: { dream_id: dreamId } },
        { id: outputId },
      );
    }
    await syncStoreFiles({ memory, storeId: outputId, files: await readStoreFiles(memory, inputStore.id), deleteMissing: false });
  }

  const { records: sessions, missing } = await loadSessionRecords(deps.sessions, sessionIds);
  if (missing.length) throw new PermanentJobError('input_session_unavailable', `Session ${missing[0]} no longer exists`);
  await step('load', 1);
  if (ctx.signal.aborted) throw ctx.signal.reason;

  const agentPrompt = dream.agent_id ? ((await deps.agents.retrieve(dream.agent_id).catch(() => undefined))?.system ?? undefined) : undefined;
  const memories = await readStoreFiles(memory, outputId);
  let lastStage = '';
  // The engine reports progress synchronously; chain the writes so none outlives the job.
  let reported: Promise<void> = Promise.resolve();
  const report = await runDream({
    sessions,
    memories,
    secret: await deps.secret(),
    ...(agentPrompt ? { agentPrompt } : {}),
    options: {
      now: now(deps),
      onProgress: (p: DreamProgress) => {
        if (p.stage !== lastStage || (p.total && p.done === p.total)) {
          lastStage = p.stage;
          reported = reported.then(() => step(p.stage, p.total ? p.done / p.total : 0));
        }
      },
    },
  });
  await reported;
  if (ctx.signal.aborted) throw ctx.signal.reason;

  await step('write', 0);
  const written = await syncStoreFiles({ memory, storeId: outputId, files: report.memory.files, deleteMissing: true });
  const stored = { ...report, dream_id: dreamId, instructions: body.instructions, output_store_id: outputId, writes: written };
  await dreams.saveReport({ dreamId, report: stored as unknown as Record<string, unknown>, now: now(deps) });
  const done = await dreams.transition({ id: dreamId, from: ['running'], to: 'completed', now: now(deps), error: null });
  await step('write', 1);
  return { completed: done.changed, output_store_id: outputId, insights: report.insights.length, writes: written };
}

function unavailable(type: string, err: unknown): PermanentJobError {
  return new PermanentJobError(type, AppError.isInstance(err) ? err.message : String(err));
}

function progressReporter(ctx: JobContext) {
  return async (stage: string, fraction: number) => {
    const [from, to] = STAGE_WEIGHTS[stage] ?? [0, 100];
    await ctx.progress(stage, from + (to - from) * Math.max(0, Math.min(1, fraction)));
  };
}
