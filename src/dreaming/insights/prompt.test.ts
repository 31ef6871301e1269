/** @module dreaming/insights/prompt.test — the managed section is replaced, never duplicated. */
import { describe, expect, it } from 'vitest';
import { testConfidence, descriptiveConfidence } from './confidence.js';
import { buildPromptTemplate, MANAGED_START, stripManagedSection } from './prompt.js';

describe('buildPromptTemplate', () => {
  it('appends numbered rules with their evidence and replaces an existing managed section', () => {
    const rules = [{ id: 'rule_1', text: 'Do A.', insightIds: ['ins_a'] }, { id: 'rule_2', text: 'Do B.', insightIds: ['ins_b', 'ins_c'] }];
    const once = buildPromptTemplate({ agentPrompt: 'Be kind.', rules });
    expect(once).toMatch(/^Be kind\.\n\n<!-- reverie:managed-rules:start -->\n## Learned rules.*\n1\. Do A\. \[rule_1; evidence: ins_a\]\n2\. Do B\. \[rule_2; evidence: ins_b, ins_c\]\n<!-- reverie:managed-rules:end -->$/);
    const twice = buildPromptTemplate({ agentPrompt: once, rules: rules.slice(1) });
    expect(twice.split(MANAGED_START)).toHaveLength(2);
    expect(twice).toContain('1. Do B.');
    expect(stripManagedSection(twice)).toBe('Be kind.');
    expect(buildPromptTemplate({ agentPrompt: once, rules: [] })).toBe('Be kind.');
  });
});

describe('confidence', () => {
  it('grows with significance and support, stays in [0, 1]', () => {
    expect(testConfidence({ q: 0, events: 1000 })).toBe(1);
    expect(testConfidence({ q: 0.001, events: 5 })).toBeLessThan(testConfidence({ q: 0.001, events: 30 }));
    expect(testConfidence({ q: 0.5, events: 100 })).toBeLessThan(testConfidence({ q: 0.001, events: 100 }));
    expect(descriptiveConfidence({ events: 3, ci: [0, 0.6] })).toBeLessThan(0.2);
  });
});
