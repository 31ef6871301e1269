/** @module dreaming/insights/memory-facts — `memory` insights: durable `key: value` facts for the memory store. */
import type { Insight } from '../types.js';
import { insightId } from './ids.js';

/** Categories whose issues are worth remembering as facts between dreams. */
const REMEMBERED = new Set(['tool_failure', 'latency', 'escalation', 'resolution', 'bias', 'change_point', 'correction']);

/** A fact line for the memory store, derived from one issue. */
export interface MemoryFact {
  readonly key: string;
  readonly value: string;
  readonly insightId: string;
}

/** Derives one `key: value` fact per remembered issue; the key names the entity so newer dreams supersede it. */
export function memoryFacts(issues: readonly Insight[], day: string): { facts: MemoryFact[]; insights: Insight[] } {
  const facts: MemoryFact[] = [];
  const insights: Insight[] = [];
  for (const i of issues) {
    if (i.kind !== 'issue' || !REMEMBERED.has(i.category)) continue;
    const key = factKey(i);
    const value = `${i.title} (as of ${day}; confidence ${i.confidence.toFixed(2)}; ${i.id})`;
    const id = insightId('memory', i.category, key);
    facts.push({ key, value, insightId: id });
    insights.push({
      id,
      kind: 'memory',
      category: i.category,
      title: `Remember: ${key}`,
      summary: `${key}: ${value}`,
      metrics: { source: i.id },
      confidence: i.confidence,
      severity: 'info',
      evidence: i.evidence.slice(0, 3),
    });
  }
  return { facts, insights };
}

function factKey(i: Insight): string {
  const m = i.metrics;
  switch (i.category) {
    case 'tool_failure':
      return `tool ${String(m['group'])} reliability`;
    case 'latency':
      return m['from_hour'] !== undefined ? `latency peak hours` : `latency overall`;
    case 'change_point':
      return `${String(m['metric'])} change`;
    default:
      return `${i.category} ${String(m['group'] ?? '')}`.trim();
  }
}
