/** @module dreaming/collect.test — validation, filters, consent and cap. */
import { describe, expect, it } from 'vitest';
import { collectSessions, parseSessionLine } from './collect.js';

const base = { id: 's1', started_at: '2026-01-02T10:00:00Z', messages: [{ role: 'user', content: 'hi' }] };

describe('collect', () => {
  it('reports invalid JSON and invalid records with line numbers, skips blank lines', () => {
    const lines = ['{"id": "a", "started_at": "2026-01-01T00:00:00Z", "messages": []}', '', '{nope', '{"id": 3}'].map((text, i) => ({ line: i + 1, text }));
    const r = collectSessions({ inputs: lines });
    expect(r.sessions.map((s) => s.id)).toEqual(['a']);
    expect(r.seen).toBe(3);
    expect(r.skipped.counts).toEqual({ invalid_json: 1, invalid_record: 1 });
    expect(r.skipped.details.map((d) => d.line)).toEqual([3, 4]);
    expect(r.skipped.details[1]!.detail).toMatch(/id|started_at|messages/);
  });

  it('never admits a session whose user did not consent, and counts it', () => {
    const r = collectSessions({ inputs: [{ ...base, user: { id: 'u', consent: false } }, { ...base, id: 's2', user: { id: 'u2' } }] });
    expect(r.sessions.map((s) => s.id)).toEqual(['s2']);
    expect(r.skipped.counts.no_consent).toBe(1);
  });

  it('applies since, agent and duplicate filters', () => {
    const r = collectSessions({
      inputs: [
        { ...base, id: 'old', started_at: '2025-12-01T00:00:00Z', agent: 'a' },
        { ...base, id: 'x', agent: 'b' },
        { ...base, id: 'y', agent: 'a' },
        { ...base, id: 'y', agent: 'a' },
      ],
      options: { since: '2026-01-01', agent: 'a' },
    });
    expect(r.sessions.map((s) => s.id)).toEqual(['y']);
    expect(r.skipped.counts).toEqual({ before_since: 1, other_agent: 1, duplicate_id: 1 });
  });

  it('caps to the newest sessions', () => {
    const inputs = [1, 2, 3, 4].map((d) => ({ ...base, id: `d${d}`, started_at: `2026-01-0${d}T00:00:00Z` }));
    const r = collectSessions({ inputs, options: { cap: 2 } });
    expect(r.sessions.map((s) => s.id)).toEqual(['d3', 'd4']);
    expect(r.skipped.counts.over_cap).toBe(2);
  });

  it('parses one line', () => {
    expect(parseSessionLine({ line: 1, text: '   ' })).toBeNull();
    const ok = parseSessionLine({ line: 2, text: JSON.stringify(base) });
    expect(ok?.ok).toBe(true);
  });
});
