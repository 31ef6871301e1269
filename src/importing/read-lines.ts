/** @module importing/read-lines — splits a byte or text stream into numbered lines without buffering it whole. */
import type { ImportLine } from './types.js';

/**
 * Yields `{line, text}` per line (1-based; `\n` or `\r\n` endings; a last line without an ending
 * counts). Only the current partial line is held in memory. UTF-8 sequences split across chunks are
 * decoded correctly.
 * @example for await (const { line, text } of readLines(createReadStream(path))) …
 */
export async function* readLines(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<ImportLine> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let line = 0;
  for await (const chunk of source) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let nl = pending.indexOf('\n', start); nl !== -1; nl = pending.indexOf('\n', start)) {
      const end = nl > start && pending.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield { line: ++line, text: pending.slice(start, end) };
      start = nl + 1;
    }
    pending = pending.slice(start);
  }
  pending += decoder.decode();
  if (pending !== '') yield { line: ++line, text: pending.endsWith('\r') ? pending.slice(0, -1) : pending };
}
