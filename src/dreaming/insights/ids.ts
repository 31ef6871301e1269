/** @module dreaming/insights/ids — stable ids for insights and rules (same finding ⇒ same id across dreams). */

/** 32-bit FNV-1a hash of a string, as 8 hex digits. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Stable insight id from its kind, category and key. */
export function insightId(kind: string, category: string, key: string): string {
  return `ins_${fnv1a(`${kind}:${category}:${key}`)}`;
}

/** Stable playbook rule id from the category and key of the finding it came from. */
export function ruleId(category: string, key: string): string {
  return `rule_${fnv1a(`${category}:${key}`)}`;
}
