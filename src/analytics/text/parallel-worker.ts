/**
 * @module analytics/text/parallel-worker — entry of the text kernels' helper threads (`parallel-pool.ts`):
 * instantiates the WebAssembly kernels on the shared kernel memory it was started with, runs each posted job's
 * claim loop (the jobs carry their operands on shared memory); posts `ready` once loaded.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { attachKernelMemory } from './kernel-memory.js';
import type { HelperData } from './parallel-pool.js';
import { runCharNgramJob } from './char-ngram-rows.js';
import type { CharNgramJob } from './char-ngram-rows.js';
import { runKnnScanJob } from './knn-parallel.js';
import type { KnnScanJob } from './knn-parallel.js';
import { runDenseProductJob, runGramJob } from './dense-parallel.js';
import type { DenseProductJob, GramJob } from './dense-parallel.js';
import { runNearestJob } from './nearest-centers.js';
import type { NearestJob } from './nearest-centers.js';
import { runSketchJob } from './sketch.js';
import type { SketchJob } from './sketch.js';
import { runGatherJob } from './sparse-parallel.js';
import type { GatherJob } from './sparse-parallel.js';

attachKernelMemory(workerData as HelperData);
parentPort?.on('message', (job: KnnScanJob | GatherJob | NearestJob | GramJob | DenseProductJob | SketchJob | CharNgramJob) => {
  if (job.kind === 'knn-scan') runKnnScanJob(job);
  else if (job.kind === 'gather') runGatherJob(job);
  else if (job.kind === 'nearest') runNearestJob(job);
  else if (job.kind === 'gram') runGramJob(job);
  else if (job.kind === 'dense-product') runDenseProductJob(job);
  else if (job.kind === 'sketch') runSketchJob(job);
  else if (job.kind === 'char-ngrams') runCharNgramJob(job);
});
parentPort?.postMessage('ready');
