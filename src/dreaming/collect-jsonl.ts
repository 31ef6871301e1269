/** @module dreaming/collect-jsonl — the only I/O of the dreaming engine: a streaming JSONL line reader. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { JsonlLine } from './collect.js';

/**
 * Streams a `.jsonl` file line by line (1-based line numbers), without parsing: validation happens in
 * the pure collect stage so bad lines are reported with their number and skipped.
 * @example
 * const report = await runDream({ lines: readSessionsJsonl('sessions.jsonl'), secret });
 */
export async function* readSessionsJsonl(path: string): AsyncGenerator<JsonlLine> {
  const rl = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let line = 0;
  for await (const text of rl) {
    line++;
    yield { line, text };
  }
}
