/** @module dreaming/generate/write-jsonl — writes generated sessions to a `.jsonl` file, streaming. */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { iterateSessions } from './generate.js';
import type { GenerateOptions, GroundTruth } from './types.js';

/** Lines joined into one chunk: fewer writes without holding many sessions in memory. */
const LINES_PER_CHUNK = 500;

/**
 * Streams generated sessions to `path` as JSON Lines (one session per line) and resolves with the
 * ground truth and the number of sessions written. Back-pressure and write errors (e.g. a missing
 * directory) are handled by `stream.pipeline`; on error the promise rejects.
 * @example
 * const { truth } = await writeSessionsJsonl('/tmp/sessions.jsonl', { seed: 3, count: 10_000 });
 */
export async function writeSessionsJsonl(
  path: string,
  opts: GenerateOptions,
): Promise<{ truth: GroundTruth; written: number }> {
  const stream = iterateSessions(opts);
  let written = 0;
  function* chunks(): Generator<string> {
    let lines: string[] = [];
    for (const session of stream) {
      lines.push(`${JSON.stringify(session)}\n`);
      written++;
      if (lines.length >= LINES_PER_CHUNK) {
        yield lines.join('');
        lines = [];
      }
    }
    if (lines.length > 0) yield lines.join('');
  }
  await pipeline(Readable.from(chunks()), createWriteStream(path, { encoding: 'utf8' }));
  return { truth: stream.truth, written };
}
