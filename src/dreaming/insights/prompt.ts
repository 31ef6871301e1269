/** @module dreaming/insights/prompt — the recommended prompt: the agent's prompt plus a managed rules section. */

/** Markers of the managed section; everything between them is replaced on every dream. */
export const MANAGED_START = '<!-- reverie:managed-rules:start -->';
export const MANAGED_END = '<!-- reverie:managed-rules:end -->';

/** A rule as the prompt renders it. */
export interface PromptRule {
  readonly id: string;
  readonly text: string;
  readonly insightIds: readonly string[];
}

/** Removes an existing managed section (and the blank lines around it) from a prompt. */
export function stripManagedSection(prompt: string): string {
  const a = prompt.indexOf(MANAGED_START);
  const b = prompt.indexOf(MANAGED_END);
  if (a < 0 || b < a) return prompt;
  return (prompt.slice(0, a).trimEnd() + '\n' + prompt.slice(b + MANAGED_END.length).trimStart()).trim();
}

/**
 * Renders the agent prompt with a managed section of numbered rules, each traced to its evidence insights.
 * @example
 * buildPromptTemplate({ agentPrompt: 'You are a support agent.', rules })
 */
export function buildPromptTemplate({ agentPrompt = '', rules }: { agentPrompt?: string; rules: readonly PromptRule[] }): string {
  const base = stripManagedSection(agentPrompt).trim();
  if (rules.length === 0) return base;
  const lines = rules.map((r, i) => `${i + 1}. ${r.text} [${r.id}; evidence: ${r.insightIds.join(', ')}]`);
  const section = [
    MANAGED_START,
    '## Learned rules (managed by Reverie; this section is replaced on every dream)',
    ...lines,
    MANAGED_END,
  ].join('\n');
  return base ? `${base}\n\n${section}` : section;
}
