/** @module dreaming/update/playbook.test — merging rules across dreams. */
import { describe, expect, it } from 'vitest';
import { mergePlaybook, parsePlaybook, renderPlaybook } from './playbook.js';

const proposal = { id: 'rule_0000abcd', category: 'escalation', testKey: 'topic_escalated:refund', text: 'Do X.', target: 'prompt' as const, insightIds: ['ins_1'] };

describe('playbook', () => {
  it('adds, re-observes and contradicts rules, and round-trips through markdown', () => {
    const first = mergePlaybook({ existing: null, proposals: [proposal], verdicts: new Map(), day: '2026-01-01' });
    expect(first.playbook.rules[0]).toMatchObject({ helpful: 1, harmful: 0 });
    const md = renderPlaybook(first.playbook);
    const parsed = parsePlaybook(md);
    expect(parsed).toEqual(first.playbook);
    const second = mergePlaybook({ existing: parsed, proposals: [proposal], verdicts: new Map(), day: '2026-01-02' });
    expect(second.playbook.rules[0]!.helpful).toBe(2);
    expect(second.changes.reobserved).toEqual([proposal.id]);
    const third = mergePlaybook({ existing: second.playbook, proposals: [], verdicts: new Map([[proposal.testKey, 'refuted' as const]]), day: '2026-01-03' });
    expect(third.playbook.rules[0]).toMatchObject({ helpful: 2, harmful: 1 });
    expect(third.changes.contradicted).toEqual([proposal.id]);
  });
});
