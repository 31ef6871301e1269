/** @module test/dreaming/pipeline.test — runDream: consent, explain, rewrite hook, memory round trip, prompt. */
import { describe, expect, it } from 'vitest';
import { generateSessions } from '../../src/dreaming/generate/index.js';
import { MANAGED_END, MANAGED_START, PLAYBOOK_PATH, runDream, type RewriteMaterial } from '../../src/dreaming/index.js';
import type { SessionRecord } from '../../src/dreaming/types.js';

const { sessions, truth } = generateSessions({ seed: 21, count: 1500 });

describe('runDream', () => {
  it('keeps non-consenting sessions out entirely and explains every stage', async () => {
    const stages: string[] = [];
    const report = await runDream({ sessions, secret: 's', options: { onProgress: (p) => stages.push(p.stage) } });
    const json = JSON.stringify(report);
    for (const id of truth.noConsentSessionIds) expect(json).not.toContain(id);
    expect(report.explain.skipped.by_reason.no_consent).toBe(truth.noConsentSessionIds.length);
    expect(report.explain.stages.map((s) => s.stage)).toEqual(['collect', 'preprocess', 'mine', 'insights', 'update']);
    expect(new Set(stages)).toEqual(new Set(['collect', 'preprocess', 'mine', 'insights', 'update']));
    for (const s of report.explain.stages) expect(s.ms).toBeGreaterThanOrEqual(0);
    expect(report.counts.analysed).toBe(sessions.length - truth.noConsentSessionIds.length);
    for (const [id, c] of Object.entries(report.confidence_scores)) {
      expect(c, id).toBeGreaterThanOrEqual(0);
      expect(c, id).toBeLessThanOrEqual(1);
    }
  });

  it('titles prompt recommendations with the rule itself, not its id', async () => {
    const report = await runDream({ sessions, secret: 's' });
    const prompts = report.insights.filter((i) => i.kind === 'recommendation' && i.metrics['target'] === 'prompt');
    expect(prompts.length).toBeGreaterThan(0);
    for (const r of prompts) {
      expect(r.title).not.toContain(String(r.metrics['rule_id']));
      expect(r.title.length).toBeLessThanOrEqual('Prompt rule: '.length + 100);
      const shown = r.title.replace(/^Prompt rule: /, '').replace(/…$/, '');
      expect(r.summary.startsWith(shown)).toBe(true);
    }
  });

  it('quotes, for latency findings, the request whose reply was the slowest of its session', async () => {
    const report = await runDream({ sessions, secret: 's' });
    const latency = report.insights.filter((i) => i.category === 'latency' && i.kind === 'issue');
    expect(latency.length).toBeGreaterThan(0);
    const byId = new Map(sessions.map((s) => [s.id, s]));
    for (const e of latency.flatMap((i) => i.evidence)) {
      const messages = byId.get(e.session_id)!.messages;
      expect(messages[e.message_index!]?.role).toBe('user');
      const reply = messages.slice(e.message_index! + 1).find((m) => m.role === 'assistant');
      const slowest = Math.max(...messages.filter((m) => m.role === 'assistant').map((m) => m.latency_ms ?? -1));
      expect(reply?.latency_ms).toBe(slowest);
    }
  });

  it('says plainly when it finds nothing', async () => {
    const plain: SessionRecord[] = Array.from({ length: 60 }, (_, i) => ({
      id: `p${i}`,
      started_at: new Date(Date.UTC(2026, 0, 1 + (i % 3), 10)).toISOString(),
      messages: [
        { role: 'user', content: 'Where is my parcel?' },
        { role: 'assistant', content: 'It arrives tomorrow.', latency_ms: 500 },
      ],
      outcome: { resolved: true, escalated: false },
    }));
    const report = await runDream({ sessions: plain, secret: 's' });
    expect(report.explain.found_nothing).toBe(true);
    expect(report.explain.summary[0]).toMatch(/found nothing significant/);
    expect(report.flagged_issues).toEqual([]);
    const empty = await runDream({ sessions: [], secret: 's' });
    expect(empty.explain.summary[0]).toBe('No sessions were analysed, so this dream found nothing.');
  });

  it('accepts streaming JSONL lines and gives the same findings as objects', async () => {
    const small = sessions.slice(0, 600);
    async function* lines(): AsyncGenerator<{ line: number; text: string }> {
      let n = 0;
      for (const s of small) yield { line: ++n, text: JSON.stringify(s) };
    }
    const a = await runDream({ sessions: small, secret: 's' });
    const b = await runDream({ sessions: lines(), secret: 's' });
    expect(b.insights.map((i) => i.id)).toEqual(a.insights.map((i) => i.id));
  });

  it('lets a rewrite hook change wording only, from aggregated material without session ids', async () => {
    const seen: RewriteMaterial[] = [];
    const rewrite = async (m: RewriteMaterial): Promise<string> => {
      seen.push(m);
      if (m.category === 'latency') throw new Error('model down');
      return `Rewritten: ${m.title}`;
    };
    const base = await runDream({ sessions, secret: 's' });
    const rw = await runDream({ sessions, secret: 's', options: { rewrite } });
    expect(rw.insights.map((i) => [i.id, i.confidence, i.metrics])).toEqual(base.insights.map((i) => [i.id, i.confidence, i.metrics]));
    expect(JSON.stringify(seen)).not.toMatch(/sess_/);
    const lat = rw.insights.find((i) => i.category === 'latency')!;
    expect(lat.summary).toBe(base.insights.find((i) => i.id === lat.id)!.summary);
    expect(rw.insights.some((i) => i.summary.startsWith('Rewritten: '))).toBe(true);
    expect(rw.explain.stages.find((s) => s.stage === 'insights')!.notes.join(' ')).toMatch(/kept their template text/);
  });

  it('writes a playbook and facts that the next dream merges (helpful + 1, facts superseded, nothing lost)', async () => {
    const first = await runDream({ sessions, secret: 's', agentPrompt: 'You are a support agent.' });
    const pb = first.memory.files.find((f) => f.path === PLAYBOOK_PATH)!;
    expect(pb.content).toMatch(/\[rule_[0-9a-f]{8}\] \(helpful: 1, harmful: 0;/);
    expect(first.memory.files.some((f) => f.path.startsWith('/insights/'))).toBe(true);
    const prompt = first.recommended_prompt_template;
    expect(prompt.startsWith('You are a support agent.')).toBe(true);
    expect(prompt).toContain(MANAGED_START);
    expect(prompt).toMatch(/\n1\. .+\[rule_[0-9a-f]{8}; evidence: ins_[0-9a-f]{8}/);

    const userNotes = { path: '/notes.md', content: '# Notes\n- escalation contact: ops@team\n- Be brief.\n- be brief\n', updated_at: '2025-12-01T00:00:00Z' };
    const second = await runDream({
      sessions,
      secret: 's',
      memories: [...first.memory.files, userNotes],
      agentPrompt: prompt,
    });
    expect(second.playbook_changes.reobserved.length).toBe(first.playbook.rules.length);
    for (const r of second.playbook.rules) expect(r.helpful).toBe(2);
    // The managed section is replaced, not duplicated.
    expect(second.recommended_prompt_template.split(MANAGED_START).length).toBe(2);
    expect(second.recommended_prompt_template.split(MANAGED_END).length).toBe(2);
    // Every non-blank line of every consolidated input is accounted for.
    const facts = first.memory.files.find((f) => f.path === '/learned/facts.md')!;
    const inputLines = [facts, userNotes].reduce((a, f) => a + f.content.split('\n').filter((l) => l.trim()).length, 0);
    const newFacts = second.memory.log.filter((l) => l.path === '/learned/facts.md').length - facts.content.split('\n').filter((l) => l.trim()).length;
    expect(second.memory.log.length).toBe(inputLines + newFacts);
    expect(second.memory.counts.merged).toBeGreaterThanOrEqual(1);
  });
});
