/**
 * @module agents/multiagent — the `multiagent_20261001` configuration (wire-api §2.1 Multiagent): defaults,
 * the level-by-level merge of an update onto a stored configuration, and the rules checked on the result.
 * Pure: the service resolves agent references before calling in.
 */
import { InvalidRequestError } from '../shared/errors.js';
import type { Multiagent20261001Params } from './schemas.js';

/** A roster entry pinned to a concrete version, as responses carry it. */
export interface AgentRef {
  type: 'agent';
  id: string;
  version: number;
}

type Toggle = { type: 'enabled' | 'disabled' };
type EnabledMember = { type: 'enabled'; inline_agents: Toggle; predefined_agents: AgentRef[] };
type Member = { type: 'disabled' } | EnabledMember;
type Advisor = { type: 'disabled' } | { type: 'enabled'; model: string };

/** The resolved configuration: every member present. */
export interface Multiagent20261001 {
  type: 'multiagent_20261001';
  advisor: Advisor;
  subagents: Member;
  workflows: Member;
}

/** Update params whose sent `predefined_agents` lists are already resolved to references. */
export type ResolvedMultiagent20261001Params = Omit<Multiagent20261001Params, 'subagents' | 'workflows'> & {
  subagents?: ResolvedMemberParams | null | undefined;
  workflows?: ResolvedMemberParams | null | undefined;
};
type ResolvedMemberParams =
  | { type: 'disabled' }
  | { type: 'enabled'; inline_agents?: Toggle | null | undefined; predefined_agents?: AgentRef[] | null | undefined };

/** Defaults: advisor disabled; subagents and workflows enabled, inline agents enabled, no predefined agents. */
const defaultAdvisor = (): Advisor => ({ type: 'disabled' });
const defaultMember = (): EnabledMember => ({ type: 'enabled', inline_agents: { type: 'enabled' }, predefined_agents: [] });

/**
 * Applies `params` onto `stored` (a stored `multiagent_20261001`, or undefined on create / when the stored
 * value is of another type). An omitted key keeps its stored value; `null` takes its default; an object whose
 * `type` differs from the stored one replaces it, its omitted keys taking their defaults; a sent
 * `predefined_agents` list replaces the stored list. Throws a 400 when the merged result breaks a rule.
 */
export function mergeMultiagent20261001(
  stored: Partial<Multiagent20261001> | undefined,
  params: ResolvedMultiagent20261001Params,
): Multiagent20261001 {
  const merged: Multiagent20261001 = {
    type: 'multiagent_20261001',
    advisor: mergeAdvisor(stored?.advisor ?? defaultAdvisor(), params.advisor),
    subagents: mergeMember(stored?.subagents ?? defaultMember(), params.subagents),
    workflows: mergeMember(stored?.workflows ?? defaultMember(), params.workflows),
  };
  for (const key of ['subagents', 'workflows'] as const) {
    const member = merged[key];
    if (member.type === 'enabled' && member.inline_agents.type === 'disabled' && member.predefined_agents.length === 0) {
      throw new InvalidRequestError(`multiagent.${key}: with inline_agents disabled, predefined_agents must name at least one agent`);
    }
  }
  return merged;
}

function mergeAdvisor(stored: Advisor, param: Multiagent20261001Params['advisor']): Advisor {
  if (param === undefined) return stored;
  if (param === null) return defaultAdvisor();
  // An enabled advisor always sends its model, so there is nothing left to merge.
  return param.type === 'enabled' ? { type: 'enabled', model: param.model } : { type: 'disabled' };
}

function mergeMember(stored: Member, param: ResolvedMemberParams | null | undefined): Member {
  if (param === undefined) return stored;
  if (param === null) return defaultMember();
  if (param.type === 'disabled') return { type: 'disabled' };
  const base = stored.type === 'enabled' ? stored : defaultMember();
  return {
    type: 'enabled',
    inline_agents: param.inline_agents === undefined ? base.inline_agents : (param.inline_agents ?? { type: 'enabled' }),
    // Null and an empty list both mean "no predefined agents".
    predefined_agents: param.predefined_agents === undefined ? base.predefined_agents : (param.predefined_agents ?? []),
  };
}

/**
 * The multiagent value with every reference to `selfId` unpinned. A `self` entry resolves to the version
 * being written, so an otherwise identical update would always look changed; comparing unpinned values
 * keeps "no-op update → no new version" true for rosters that name the agent itself.
 */
export function unpinSelf(multiagent: Record<string, unknown> | null, selfId: string): unknown {
  if (!multiagent) return multiagent;
  const unpin = (entry: unknown) =>
    typeof entry === 'object' && entry !== null && (entry as AgentRef).type === 'agent' && (entry as AgentRef).id === selfId
      ? { ...entry, version: 0 }
      : entry;
  const out: Record<string, unknown> = { ...multiagent };
  if (Array.isArray(out['agents'])) out['agents'] = out['agents'].map(unpin);
  for (const key of ['subagents', 'workflows']) {
    const member = out[key] as { predefined_agents?: unknown } | undefined;
    if (member && Array.isArray(member.predefined_agents)) out[key] = { ...member, predefined_agents: member.predefined_agents.map(unpin) };
  }
  return out;
}
