/**
 * @module analytics/text/kernel-memory — the one shared `KernelMemory` of the WebAssembly kernels
 * (`wasm-kernels.ts`), this thread's instance of them, and a stack (mark/release) arena that places a stage's
 * operands in that memory.
 *
 * The calling thread creates the memory; the pool's helpers receive it when they start (`workerData`) and
 * instantiate the same module on it, so a job carries byte addresses only. Typed arrays from the arena are
 * views of the memory's SharedArrayBuffer (so `isShared` holds and the JS kernels can use them too). A stage
 * takes what it needs inside {@link withKernelArena} and everything is released when it returns: anything
 * that outlives the stage must be copied out. The memory grows on demand and never shrinks, so its pages are
 * reused by the next call (no fresh-page cost on warm calls; ADR 0010) and stay resident (≈ the largest
 * stage's operands, ~25 MB for 10 000 texts).
 */
import { MAX_PAGES, kernelModuleBytes } from './wasm-kernels.js';
import type { KernelExports } from './wasm-kernels.js';

/** The part of the WebAssembly JS API used here (`@types/node` 20 does not declare it; no DOM lib). */
export interface KernelMemory {
  readonly buffer: ArrayBufferLike;
  grow(pages: number): number;
}
interface WasmApi {
  Memory: new (descriptor: { initial: number; maximum: number; shared: boolean }) => KernelMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi | undefined }).WebAssembly;

/** The WebAssembly API, or a clear error where Node runs without it (`--jitless`). */
function api(): WasmApi {
  if (!wasm) throw new Error('the text kernels need WebAssembly, which this Node process lacks (started with --jitless?)');
  return wasm;
}

const PAGE_BYTES = 65536;
/** Allocations are aligned to one f64x2 vector. */
const ALIGN = 16;
/**
 * The first page is left out of the arena: per-thread scratch (8 doubles for a dot tile) at thread × 64
 * bytes, for kernels whose output does not go straight into an operand.
 */
const SCRATCH_BYTES = 64;
const ARENA_START = PAGE_BYTES;

let memory: KernelMemory | undefined;
let compiled: object | undefined;
let instance: KernelExports | undefined;
/** This thread's scratch slot (0 for the calling thread, 1.. for helpers). */
let thread = 0;
/** Next free byte of the arena (calling thread only). */
let top = ARENA_START;
/** Buffers returned by `memory.buffer` (one per size the memory has had): views of them are kernel memory. */
const buffers = new WeakSet<ArrayBufferLike>();

/** The compiled kernels module of this thread (emitted and compiled on first use, or received at start). */
export function kernelModule(): object {
  compiled ??= new (api().Module)(kernelModuleBytes());
  return compiled;
}

/** The shared memory of the kernels (created on first use by the calling thread). */
export function kernelMemory(): KernelMemory {
  memory ??= new (api().Memory)({ initial: ARENA_START / PAGE_BYTES, maximum: MAX_PAGES, shared: true });
  return memory;
}

/**
 * Instantiates the kernels on a memory and module created by another thread (a pool helper, `slot` ≥ 1, at
 * its start).
 * @example
 * attachKernelMemory(workerData); // { memory, module, slot } from the calling thread
 */
export function attachKernelMemory({ memory: shared, module, slot }: { memory: KernelMemory; module: object; slot: number }): void {
  memory = shared;
  // The calling thread's compiled module (structured-cloned): no emitting or compiling here.
  compiled = module;
  thread = slot;
  instance = undefined;
  // Compiled and instantiated now, while the helper starts, rather than inside its first job.
  kernels();
}

/** This thread's instance of the kernels. */
export function kernels(): KernelExports {
  instance ??= new (api().Instance)(kernelModule(), { env: { memory: kernelMemory() } }).exports as unknown as KernelExports;
  return instance;
}

/** Byte address of this thread's 64-byte scratch slot. */
export function scratchAddress(): number {
  return thread * SCRATCH_BYTES;
}

/** A Float64Array view of `length` doubles at byte address `address` (e.g. a scratch slot). */
export function kernelFloat64(address: number, length: number): Float64Array {
  return new Float64Array(currentBuffer(), address, length);
}

function currentBuffer(): ArrayBufferLike {
  const buffer = kernelMemory().buffer;
  buffers.add(buffer);
  return buffer;
}

/** True when `a` is a view of the kernels' memory (so its `byteOffset` is its address). */
export function inKernelMemory(a: ArrayBufferView): boolean {
  return buffers.has(a.buffer);
}

/** Byte address of a view of the kernels' memory; throws for any other array (a caller's bug). */
export function addressOf(a: ArrayBufferView): number {
  if (!inKernelMemory(a)) throw new RangeError('array is not in the kernel memory');
  return a.byteOffset;
}

/** `bytes` of arena, aligned, growing the memory when needed; returns the address. */
function reserve(bytes: number): number {
  const address = top;
  const end = address + Math.ceil(bytes / ALIGN) * ALIGN;
  const mem = kernelMemory();
  const have = mem.buffer.byteLength;
  if (end > have) mem.grow(Math.ceil((end - have) / PAGE_BYTES));
  top = end;
  return address;
}

/**
 * A Float64Array in the arena (released with the enclosing {@link withKernelArena}), zero-filled unless
 * `zero` is false (then it holds whatever an earlier stage left: for buffers written before they are read).
 */
export function arenaFloat64(length: number, zero = true): Float64Array {
  const address = reserve(length * Float64Array.BYTES_PER_ELEMENT);
  const out = new Float64Array(currentBuffer(), address, length);
  return zero ? out.fill(0) : out;
}

/** A zero-filled Int32Array in the arena. */
export function arenaInt32(length: number): Int32Array {
  const address = reserve(length * Int32Array.BYTES_PER_ELEMENT);
  return new Int32Array(currentBuffer(), address, length).fill(0);
}

/** A zero-filled Float32Array in the arena. */
export function arenaFloat32(length: number): Float32Array {
  const address = reserve(length * Float32Array.BYTES_PER_ELEMENT);
  return new Float32Array(currentBuffer(), address, length).fill(0);
}

/** `a` itself when it is in the kernel memory, else a copy in the arena. */
export function toKernelFloat64(a: Float64Array): Float64Array {
  if (inKernelMemory(a)) return a;
  const address = reserve(a.byteLength);
  const out = new Float64Array(currentBuffer(), address, a.length);
  out.set(a);
  return out;
}

/**
 * Runs `stage` with an arena scope: whatever it takes from the arena is released when it returns or
 * throws. Scopes nest (a stack); the result must not be a view of the arena.
 * @example
 * const svd = withKernelArena(() => { const y = arenaFloat64(n * l); … return copyOfResult; });
 */
export function withKernelArena<T>(stage: () => T): T {
  const mark = top;
  try {
    return stage();
  } finally {
    top = mark;
  }
}
