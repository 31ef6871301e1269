/** @module models/openai-compatible/sse — a minimal Server-Sent Events reader for `fetch` response bodies. */

/** One server-sent event: its `event:` name (if any) and its `data:` lines joined with `\n`. */
export interface SseEvent {
  readonly event: string | undefined;
  readonly data: string;
}

/**
 * Yields the events of an SSE body as they arrive (per the WHATWG event-stream rules: `\n`, `\r\n` or `\r`
 * line ends, a blank line ends an event, `:` lines are comments, one optional space after the colon).
 * Events without `data:` lines are skipped. Chunk boundaries may fall anywhere, even inside a UTF-8 character.
 */
export async function* readSseEvents(body: AsyncIterable<Uint8Array>): AsyncGenerator<SseEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  let event: string | undefined;
  let data: string[] = [];
  const takeLine = (line: string): SseEvent | undefined => {
    if (line === '') {
      const done = data.length > 0 ? { event, data: data.join('\n') } : undefined;
      event = undefined;
      data = [];
      return done;
    }
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    return undefined;
  };
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true });
    let match: RegExpExecArray | null;
    // A lone trailing `\r` may be the first half of `\r\n`: wait for the next chunk before splitting on it.
    while ((match = /\r\n|\n|\r(?!$)/.exec(buffer)) !== null) {
      const line = buffer.slice(0, match.index);
      buffer = buffer.slice(match.index + match[0].length);
      const done = takeLine(line);
      if (done) yield done;
    }
  }
  buffer += decoder.decode();
  for (const line of buffer.split(/\r\n|\n|\r/)) {
    const done = takeLine(line);
    if (done) yield done;
  }
  const last = takeLine('');
  if (last) yield last;
}
