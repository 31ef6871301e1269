/**
 * @module analytics/text/parallel-pool — a small, lazily started pool of worker threads for the heavy text
 * kernels (IVF kNN scan, sparse products of the SVD), sharing typed arrays through SharedArrayBuffers.
 *
 * The kernels stay synchronous: the calling thread posts a job, takes part in it itself and blocks on
 * `Atomics.wait` for the helpers' chunks, so a helper that is still starting (or never starts) only means
 * the caller does more of the work. Workers are `unref`'d: they never keep the process alive.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { kernelMemory, kernelModule } from './kernel-memory.js';
import type { KernelMemory } from './kernel-memory.js';

/**
 * At most this many threads (caller included): the kernels are memory-bound beyond a few cores, and the
 * pool should not crowd out the rest of a server.
 */
const MAX_THREADS = 4;
/**
 * Inputs with fewer rows never start the pool: a worker costs tens of ms to start (more under tsx), more than
 * the parallel part of a few-thousand-row input saves, and dreams over a few hundred sessions stay well below.
 */
export const PARALLEL_MIN_ROWS = 4000;

/** What a helper receives at start: the kernels' memory and compiled module, and its scratch slot. */
export interface HelperData {
  readonly memory: KernelMemory;
  /** The compiled WebAssembly module (the helper instantiates it on `memory`). */
  readonly module: object;
  readonly slot: number;
}
/** Helpers started so far (for distinct scratch slots); slots 1 .. MAX_SLOTS, 0 is the calling thread's. */
let spawned = 0;
const MAX_SLOTS = 1023;

let forcedThreads: number | undefined;
let workers: Worker[] = [];
/** Workers whose entry module has loaded (they post `ready`); only for {@link startTextThreads}. */
const ready = new WeakSet<Worker>();
const readyWaiters: Array<() => void> = [];
/** Chunks computed by the helpers and in all, over the process's parallel jobs (tests, benchmarks). */
const stats = { jobs: 0, chunks: 0, helperChunks: 0 };
/** Set when a worker failed to start or threw: from then on everything runs on the calling thread. */
let broken = false;

/**
 * Forces the number of threads (caller included) used by the text kernels; `undefined` restores the default,
 * min(os.availableParallelism(), 4). 1 disables the workers (running ones idle). Results do not depend
 * on it: the parallel paths are bit-identical to the single-threaded ones.
 * @example
 * setTextThreads(1); // benchmarks: compare 1 thread with the default
 */
export function setTextThreads(threads: number | undefined): void {
  forcedThreads = threads === undefined ? undefined : Math.max(1, Math.floor(threads));
}

/** Threads (caller included) the text kernels may use now. */
export function textThreads(): number {
  if (broken) return 1;
  return forcedThreads ?? Math.max(1, Math.min(availableParallelism(), MAX_THREADS));
}

/**
 * Starts the helper workers now if `rows` is large enough to use them, so that their start-up overlaps the
 * caller's own work (tokenising, feature extraction) instead of the first parallel kernel. True when helpers
 * will take part.
 * @example
 * prewarmTextThreads(texts.length); // then tokenise while the helpers boot
 */
export function prewarmTextThreads(rows: number): boolean {
  return rows >= PARALLEL_MIN_ROWS && helperCount() > 0;
}

/** Helper workers available for a job (starting them if needed); 0 when running single-threaded. */
export function helperCount(): number {
  const wanted = textThreads() - 1;
  while (workers.length < wanted && !broken) {
    try {
      workers.push(spawn());
    } catch {
      broken = true;
    }
  }
  return broken ? 0 : Math.min(wanted, workers.length);
}

/**
 * Starts the helpers and resolves once all have loaded (or failed), with the number ready. Not needed for
 * correctness (kernels never wait for a helper to start): tests and benchmarks use it to make sure the
 * helpers take part.
 * @example
 * setTextThreads(2);
 * await startTextThreads(); // 1
 */
export async function startTextThreads(): Promise<number> {
  helperCount();
  const pending = (): Worker[] => workers.filter((w) => !ready.has(w));
  // Referenced while waiting, or the process could exit under an awaiting caller; unreferenced again after.
  const waiting = pending();
  for (const w of waiting) w.ref();
  try {
    while (pending().length > 0) await new Promise<void>((resolve) => readyWaiters.push(resolve));
  } finally {
    for (const w of waiting) w.unref();
  }
  return helperCount();
}

/** Counts of the parallel jobs run so far: jobs, chunks, and chunks the helpers computed. */
export function textThreadStats(): { jobs: number; chunks: number; helperChunks: number } {
  return { ...stats };
}

/** Records one finished parallel job (called by the kernels). */
export function recordJob({ chunks, helperChunks }: { chunks: number; helperChunks: number }): void {
  stats.jobs++;
  stats.chunks += chunks;
  stats.helperChunks += helperChunks;
}

/**
 * Posts a job (plain object of numbers and SharedArrayBuffer-backed typed arrays) to the helpers in use
 * (workers started under a larger thread setting stay idle until {@link closeTextThreads}).
 */
export function postJob(job: object): void {
  for (const w of workers.slice(0, helperCount())) w.postMessage(job);
}

/** Marks the pool unusable (a helper threw); later calls run on the calling thread only. */
export function markPoolBroken(): void {
  broken = true;
  void closeTextThreads();
}

/**
 * Stops the helper workers (they are `unref`'d, so this is never needed for the process to exit; tests and
 * long-lived embedders may call it). The pool starts again on the next large input.
 * @example
 * await closeTextThreads();
 */
export async function closeTextThreads(): Promise<void> {
  const all = workers;
  workers = [];
  await Promise.all(all.map((w) => w.terminate()));
}

/**
 * The worker entry is the sibling `parallel-worker` file with this file's extension: `.js` in the compiled
 * `dist/`, `.ts` when running from source (tsx, vitest). A `.ts` worker does not inherit tsx's hooks on
 * Node 20 (measured: ERR_UNKNOWN_FILE_EXTENSION even with `--import tsx` in its execArgv), so it starts from
 * a one-line bootstrap that registers tsx's ESM hooks in the worker, then imports the entry.
 */
function spawn(): Worker {
  const here = import.meta.url;
  const fromSource = here.endsWith('.ts');
  const entry = new URL(`./parallel-worker${fromSource ? '.ts' : '.js'}`, here);
  // The WebAssembly kernels' shared memory, instantiated by the helper on start (`kernel-memory.ts`).
  spawned++;
  const workerData: HelperData = { memory: kernelMemory(), module: kernelModule(), slot: 1 + ((spawned - 1) % MAX_SLOTS) };
  let worker: Worker;
  if (fromSource) {
    // tsx's ESM build of its API (its CommonJS build resolves its hooks module wrongly from a worker).
    const cjs = createRequire(here).resolve('tsx/esm/api');
    const esm = cjs.replace(/\.cjs$/, '.mjs');
    const api = pathToFileURL(existsSync(esm) ? esm : cjs).href;
    const boot =
      `import(${JSON.stringify(api)}).then((m) => { (m.register ?? m.default.register)(); ` +
      `return import(${JSON.stringify(entry.href)}); });`;
    worker = new Worker(boot, { eval: true, workerData });
  } else {
    worker = new Worker(entry, { workerData });
  }
  const wake = (): void => {
    for (const resolve of readyWaiters.splice(0)) resolve();
  };
  const drop = (): void => {
    workers = workers.filter((w) => w !== worker);
    wake();
  };
  worker.on('message', (m: unknown) => {
    if (m !== 'ready') return;
    ready.add(worker);
    wake();
  });
  worker.on('error', () => {
    broken = true;
    drop();
  });
  worker.on('exit', drop);
  // After the listeners: adding a 'message' listener refs the worker's port again.
  worker.unref();
  return worker;
}

/** A zero-filled Float64Array on shared memory. */
export function sharedFloat64(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT));
}

/** A zero-filled Int32Array on shared memory. */
export function sharedInt32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(length * Int32Array.BYTES_PER_ELEMENT));
}

/** A zero-filled Float32Array on shared memory. */
export function sharedFloat32(length: number): Float32Array {
  return new Float32Array(new SharedArrayBuffer(length * Float32Array.BYTES_PER_ELEMENT));
}

/** A zero-filled Uint16Array on shared memory. */
export function sharedUint16(length: number): Uint16Array {
  return new Uint16Array(new SharedArrayBuffer(length * Uint16Array.BYTES_PER_ELEMENT));
}

/** True when `a` already lives on shared memory. */
export function isShared(a: ArrayBufferView): boolean {
  return a.buffer instanceof SharedArrayBuffer;
}

/** Control words of an unordered chunk job's `ctl` array; chunk states follow from CHUNK_STATE. */
const CHUNK_NEXT = 0;
const CHUNK_FINISHED = 1;
const CHUNK_STATE = 2;
const CHUNK_DONE = 1;
const CHUNK_FAILED = 2;
/** Re-check shared state at least this often while blocked (ms); progress normally wakes the waiter at once. */
const CHUNK_WAIT_MS = 50;

/** A job of independent chunks (any order, any thread), each writing its own part of the output. */
export interface ChunkJob {
  readonly ctl: Int32Array;
  readonly chunks: number;
}

/** The shared control array of a {@link ChunkJob} with `chunks` chunks. */
export function chunkControl(chunks: number): Int32Array {
  return sharedInt32(CHUNK_STATE + chunks);
}

/**
 * Runs a posted chunk job on the calling thread: claims chunks until none is left, waits for the helpers'
 * chunks, then redoes any chunk a helper failed on (`compute` must overwrite its part, so redoing is safe).
 */
export function runChunksHere<J extends ChunkJob>(job: J, compute: (job: J, c: number) => void): void {
  const { ctl, chunks } = job;
  let mine = 0;
  for (;;) {
    const c = Atomics.add(ctl, CHUNK_NEXT, 1);
    if (c >= chunks) break;
    mine++;
    compute(job, c);
    Atomics.store(ctl, CHUNK_STATE + c, CHUNK_DONE);
    Atomics.add(ctl, CHUNK_FINISHED, 1);
  }
  for (;;) {
    const finished = Atomics.load(ctl, CHUNK_FINISHED);
    if (finished >= chunks) break;
    Atomics.wait(ctl, CHUNK_FINISHED, finished, CHUNK_WAIT_MS);
  }
  let failed = false;
  for (let c = 0; c < chunks; c++) {
    if (Atomics.load(ctl, CHUNK_STATE + c) !== CHUNK_FAILED) continue;
    failed = true;
    compute(job, c);
  }
  if (failed) markPoolBroken();
  recordJob({ chunks, helperChunks: chunks - mine });
}

/** A helper's part of a chunk job: claim chunks until none is left, marking each done or failed. */
export function runChunksHelper<J extends ChunkJob>(job: J, compute: (job: J, c: number) => void): void {
  const { ctl, chunks } = job;
  for (;;) {
    const c = Atomics.add(ctl, CHUNK_NEXT, 1);
    if (c >= chunks) return;
    let state = CHUNK_DONE;
    try {
      compute(job, c);
    } catch {
      state = CHUNK_FAILED;
    }
    Atomics.store(ctl, CHUNK_STATE + c, state);
    Atomics.add(ctl, CHUNK_FINISHED, 1);
    Atomics.notify(ctl, CHUNK_FINISHED);
  }
}
