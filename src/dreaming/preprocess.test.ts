/** @module dreaming/preprocess.test — redaction first, known names, features. */
import { describe, expect, it } from 'vitest';
import { defaultKernels } from './pipeline-kernels.js';
import { knownNamesOf, preprocessSession } from './preprocess.js';
import { buildFeatureMatrix, featureColumn } from './preprocess-features.js';
import { actNames } from './preprocess-text.js';
import type { SessionRecord } from './types.js';

const record: SessionRecord = {
  id: 's1',
  agent_version: 2,
  started_at: '2026-01-05T13:20:00Z',
  user: { id: 'ada@example.com', name: 'Ada Lovelace', segment: { plan: 'pro' } },
  metadata: { customer_name: 'Ada L.' },
  messages: [
    { role: 'user', content: 'Hi, I am Ada Lovelace, email ada@example.com. Where is my refund?' },
    { role: 'assistant', content: 'Sure Ada, let me check.', latency_ms: 900 },
    { role: 'tool', content: 'lookup: ERROR timeout', tool: { name: 'lookup', error: true } },
    { role: 'assistant', content: 'It is on its way.', latency_ms: 3100 },
    { role: 'user', content: 'No, I meant the refund for my other order. Let me talk to a human!' },
  ],
  outcome: { resolved: false, escalated: true, satisfaction: 2 },
};

describe('preprocessSession', () => {
  const k = defaultKernels({ secret: 'secret' }).preprocess;
  const p = preprocessSession(record, k);

  it('redacts before anything else and keeps no raw text', () => {
    const json = JSON.stringify(p);
    for (const raw of ['Ada', 'Lovelace', 'ada@example.com', 'Sure Ada']) expect(json).not.toContain(raw);
    expect(p.messages[0]!.text).toMatch(/<EMAIL_[0-9a-f]+>/);
    expect(p.messages[1]!.text).toBe(''); // assistant text is counted, not kept
    expect(p.messages[1]!.tokens).toBe(5);
    expect(p.userKey).toMatch(/^u_[0-9a-f]{12}$/);
    expect(knownNamesOf(record)).toEqual(expect.arrayContaining(['Ada Lovelace', 'Ada L.', 'Lovelace']));
  });

  it('tags acts, finds the opening and the failure turn, and builds features', () => {
    expect(actNames(p.messages[4]!.acts)).toEqual(expect.arrayContaining(['correction', 'escalation']));
    expect(p.openingIndex).toBe(0);
    expect(p.failureIndex).toBe(0); // the tool error follows the first user turn
    expect(p.language).toBe('en');
    expect([p.day, p.hour, p.agentVersion]).toEqual(['2026-01-05', 13, '2']);
    const m = buildFeatureMatrix([p]);
    expect(featureColumn(m, 'tool_errors')[0]).toBe(1);
    expect(featureColumn(m, 'escalated')[0]).toBe(1);
    expect(featureColumn(m, 'latency_p95_ms')[0]).toBeGreaterThan(2900);
    expect(featureColumn(m, 'corrections')[0]).toBe(1);
  });
});
