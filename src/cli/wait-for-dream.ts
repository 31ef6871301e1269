/** @module cli/wait-for-dream — runs a queued dream in this process and shows its progress. */
import type { Services } from '../app/services.js';
import type { Dream } from '../dreams/index.js';
import { Worker } from '../jobs/index.js';
import type { StageProgress } from './progress.js';

/** How often the job's progress is polled (ms). */
const POLL_MS = 200;

/**
 * Works the queue in this process until the dream is finished (its own job, or jobs queued before it),
 * updating `progress` from the job's stage and percentage. Returns the finished dream.
 */
export async function waitForDream({ services, dreamId, progress }: { services: Services; dreamId: string; progress: StageProgress }): Promise<Dream> {
  const worker = new Worker({ store: services.backend.jobs(), clock: services.clock, handlers: services.jobHandlers, pollMs: 50 });
  const poll = setInterval(() => {
    void services.jobs.get(dreamId).then((job) => {
      if (job?.progress) progress.update(job.progress.stage, job.progress.percent, 100);
    });
  }, POLL_MS);
  try {
    for (;;) {
      const dream = await services.dreams.retrieve(dreamId);
      if (dream.status !== 'pending' && dream.status !== 'running') return dream;
      // Another process (the server's worker) may hold the job; then just wait for it.
      if (!(await worker.runOnce())) await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } finally {
    clearInterval(poll);
    progress.stop();
  }
}
