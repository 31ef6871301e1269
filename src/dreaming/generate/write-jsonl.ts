/** @module dreaming/generate/write-jsonl — writes generated sessions to a `.jsonl` file, streaming. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { iterateSessions } from './generate.js';
import type { GenerateOptions, GroundTruth } from './types.js';

/** Lines buffered before one write: fewer syscalls without holding many sessions in memory. */
const LINES_PER_CHUNK = 500;

/**
 * Streams generated sessions to `path` as JSON Lines (one session per line) and resolves with the
 * ground truth and the number of sessions written. Respects back-pressure.
 * @example
 * const { truth } = await writeSessionsJsonl('/tmp/sessions.jsonl', { seed: 3, count: 10_000 });
 */
export async function writeSessionsJsonl(
  path: string,
  opts: GenerateOptions,
): Promise<{ truth: GroundTruth; written: number }> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  const stream = iterateSessions(opts);
  let written = 0;
  let chunk: string[] = [];
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    const ok = out.write(chunk.join(''));
    chunk = [];
    if (!ok) await once(out, 'drain');
  };
  try {
    for (const session of stream) {
      chunk.push(`${JSON.stringify(session)}\n`);
      written++;
      if (chunk.length >= LINES_PER_CHUNK) await flush();
    }
    await flush();
  } finally {
    out.end();
    await once(out, 'close');
  }
  return { truth: stream.truth, written };
}
