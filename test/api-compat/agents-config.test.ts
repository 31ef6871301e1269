/**
 * @module test/api-compat/agents-config — the finer rules of an agent's configuration through the real
 * `@anthropic-ai/sdk` (wire-api §1.9, §2.1): metadata error codes, per-tool configs (`type` = `name`,
 * web_fetch / web_search settings), coordinator rosters and the `multiagent_20261001` shape.
 */
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { rejection } from '../support/sdk-errors.js';
import { invalidMetadataSamples, METADATA_MAX_PAIRS, metadataOfSize } from '../support/metadata-samples.js';

/** wire-api §2.1: at most 64 domains per web tool list. */
const DOMAINS_MAX = 64;
/** wire-api §2.1: an only/except list names 1–128 tools. */
const URL_SOURCE_TOOLS_MAX = 128;
/** wire-api §2.1: at most 20 predefined agents per member. */
const PREDEFINED_AGENTS_MAX = 20;

type CreateParams = Anthropic.Beta.AgentCreateParams;
type UpdateParams = Anthropic.Beta.AgentUpdateParams;

let server: TestServer;
let client: Anthropic;

beforeAll(async () => {
  server = await startTestServer();
  client = server.client;
});
afterAll(async () => server.close());

/** Creating with `params` is a 400 `invalid_request_error`; returns the error for further checks. */
async function expectCreate400(params: unknown) {
  const err = await rejection(client.beta.agents.create(params as CreateParams));
  expect(err, JSON.stringify(params).slice(0, 300)).toBeInstanceOf(Anthropic.BadRequestError);
  expect(err.type).toBe('invalid_request_error');
  return err;
}

describe('agents: metadata errors carry error_code invalid_metadata (§1.9)', () => {
  it('agents-config: bad metadata on create is BetaInvalidMetadataError', async () => {
    const bad = invalidMetadataSamples();
    for (const metadata of bad) {
      const err = await expectCreate400({ name: 'x', model: 'm', metadata });
      expect(err).toBeInstanceOf(Anthropic.Beta.Environments.BetaInvalidMetadataError);
      expect(err.errorCode).toBe('invalid_metadata');
    }
  });

  it('agents-config: a metadata patch that overflows 16 pairs is BetaInvalidMetadataError', async () => {
    const full = metadataOfSize(METADATA_MAX_PAIRS);
    const agent = await client.beta.agents.create({ name: 'Full', model: 'm', metadata: full });
    const err = await rejection(client.beta.agents.update(agent.id, { metadata: { extra: 'x' } }));
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect(err.errorCode).toBe('invalid_metadata');
    const tooLong = await rejection(client.beta.agents.update(agent.id, { metadata: { k0: 'v'.repeat(513) } }));
    expect(tooLong.errorCode).toBe('invalid_metadata');
  });

  it('agents-config: other 400s carry no error_code', async () => {
    const err = await expectCreate400({ name: '', model: 'm', metadata: { ok: 'yes' } });
    expect(err.errorCode).toBeNull();
  });
});

describe('agents: agent toolset configs (§2.1 Tools)', () => {
  it('agents-config: a config whose type differs from its name is a 400', async () => {
    await expectCreate400({ name: 'x', model: 'm', tools: [{ type: 'agent_toolset_20260401', configs: [{ name: 'bash', type: 'read' }] }] });
  });

  it('agents-config: web_fetch answers url_sources null and no extras when none are set', async () => {
    const agent = await client.beta.agents.create({
      name: 'Fetch',
      model: 'm',
      tools: [{ type: 'agent_toolset_20260401', configs: [{ name: 'web_fetch' }, { name: 'bash' }] }],
    });
    const toolset = agent.tools[0] as Anthropic.Beta.BetaManagedAgentsAgentToolset20260401;
    expect(toolset.configs).toEqual([
      { name: 'web_fetch', type: 'web_fetch', enabled: true, permission_policy: { type: 'always_allow' }, url_sources: null },
      { name: 'bash', type: 'bash', enabled: true, permission_policy: { type: 'always_allow' } },
    ]);
  });

  it('agents-config: web_fetch url_sources answer in object form with unset keys null', async () => {
    const agent = await client.beta.agents.create({
      name: 'Fetch sources',
      model: 'm',
      tools: [
        {
          type: 'agent_toolset_20260401',
          configs: [
            {
              name: 'web_fetch',
              allowed_domains: ['docs.example.com'],
              max_content_tokens: 5000,
              url_sources: { user_input: 'none', client_tool_results: { type: 'only', tools: [{ type: 'tool_reference', name: 'lookup' }] } },
            },
          ],
        },
        { type: 'custom', name: 'lookup', description: 'd', input_schema: { type: 'object' } },
      ],
    });
    const toolset = agent.tools[0] as Anthropic.Beta.BetaManagedAgentsAgentToolset20260401;
    expect(toolset.configs[0]).toEqual({
      name: 'web_fetch',
      type: 'web_fetch',
      enabled: true,
      permission_policy: { type: 'always_allow' },
      allowed_domains: ['docs.example.com'],
      max_content_tokens: 5000,
      url_sources: {
        user_input: { type: 'none' },
        client_tool_results: { type: 'only', tools: [{ type: 'tool_reference', name: 'lookup' }] },
        server_tool_results: null,
      },
    });
    expect(await client.beta.agents.retrieve(agent.id)).toEqual(agent);
    const shorthand = await client.beta.agents.create({
      name: 'Fetch shorthand',
      model: 'm',
      tools: [{ type: 'agent_toolset_20260401', configs: [{ name: 'web_fetch', url_sources: { server_tool_results: 'all', user_input: { type: 'all' } } }] }],
    });
    expect((shorthand.tools[0] as Anthropic.Beta.BetaManagedAgentsAgentToolset20260401).configs[0]).toMatchObject({
      url_sources: { user_input: { type: 'all' }, client_tool_results: null, server_tool_results: { type: 'all' } },
    });
  });

  it('agents-config: web_search keeps its domains and user_location', async () => {
    const agent = await client.beta.agents.create({
      name: 'Search',
      model: 'm',
      tools: [
        {
          type: 'agent_toolset_20260401',
          configs: [{ name: 'web_search', blocked_domains: ['ads.example.com'], user_location: { type: 'approximate', city: 'Lyon', country: 'FR' } }],
        },
      ],
    });
    expect((agent.tools[0] as Anthropic.Beta.BetaManagedAgentsAgentToolset20260401).configs[0]).toEqual({
      name: 'web_search',
      type: 'web_search',
      enabled: true,
      permission_policy: { type: 'always_allow' },
      blocked_domains: ['ads.example.com'],
      user_location: { type: 'approximate', city: 'Lyon', country: 'FR' },
    });
  });

  it('agents-config: web tool domain lists and url_sources are validated', async () => {
    const web = (config: Record<string, unknown>) => ({ name: 'x', model: 'm', tools: [{ type: 'agent_toolset_20260401', configs: [config] }] });
    const tools = (n: number) => Array.from({ length: n }, (_, i) => ({ type: 'tool_reference', name: `t${i}` }));
    for (const name of ['web_fetch', 'web_search']) {
      // Mutually exclusive, non-empty, at most 64.
      await expectCreate400(web({ name, allowed_domains: ['a.com'], blocked_domains: ['b.com'] }));
      await expectCreate400(web({ name, allowed_domains: [] }));
      await expectCreate400(web({ name, blocked_domains: [] }));
      await expectCreate400(web({ name, allowed_domains: Array.from({ length: DOMAINS_MAX + 1 }, (_, i) => `d${i}.com`) }));
      await expectCreate400(web({ name, allowed_domains: [''] }));
    }
    await expectCreate400(web({ name: 'web_fetch', url_sources: { user_input: 'none', client_tool_results: 'none', server_tool_results: { type: 'none' } } }));
    await expectCreate400(web({ name: 'web_fetch', url_sources: { user_input: { type: 'only', tools: tools(1) } } }));
    await expectCreate400(web({ name: 'web_fetch', url_sources: { client_tool_results: { type: 'only', tools: [] } } }));
    await expectCreate400(web({ name: 'web_fetch', url_sources: { client_tool_results: { type: 'except', tools: tools(URL_SOURCE_TOOLS_MAX + 1) } } }));
    await expectCreate400(web({ name: 'web_fetch', url_sources: { client_tool_results: 'some' } }));
    await expectCreate400(web({ name: 'web_fetch', max_content_tokens: 1.5 }));
    await expectCreate400(web({ name: 'web_search', user_location: { type: 'exact', city: 'Lyon' } }));
    // The limits themselves are accepted.
    const atLimit = await client.beta.agents.create(
      web({
        name: 'web_fetch',
        allowed_domains: Array.from({ length: DOMAINS_MAX }, (_, i) => `d${i}.com`),
        url_sources: { user_input: 'none', client_tool_results: 'none', server_tool_results: { type: 'except', tools: tools(URL_SOURCE_TOOLS_MAX) } },
      }) as unknown as CreateParams,
    );
    expect(atLimit.version).toBe(1);
  });
});

describe('agents: coordinator rosters (§2.1 Multiagent)', () => {
  it('agents-config: at most one self, and entries must be distinct once self is resolved', async () => {
    await expectCreate400({ name: 'x', model: 'm', multiagent: { type: 'coordinator', agents: [{ type: 'self' }, { type: 'self' }] } });
    const agent = await client.beta.agents.create({ name: 'Solo', model: 'm' });
    const err = await rejection(
      client.beta.agents.update(agent.id, { multiagent: { type: 'coordinator', agents: [{ type: 'self' }, agent.id] } }),
    );
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect((await client.beta.agents.retrieve(agent.id)).version).toBe(1);
  });

  it('agents-config: the advisor entry answers its model as a string, last', async () => {
    const helper = await client.beta.agents.create({ name: 'Helper', model: 'm' });
    const agent = await client.beta.agents.create({
      name: 'Advised',
      model: 'm',
      multiagent: { type: 'coordinator', agents: [{ type: 'advisor', model: 'claude-opus-5' }, helper.id] },
    });
    expect(agent.multiagent).toEqual({
      type: 'coordinator',
      agents: [
        { type: 'agent', id: helper.id, version: 1 },
        { type: 'advisor', model: 'claude-opus-5' },
      ],
    });
    // A model object (accepted like an agent's model) still answers as the id string the SDK types declare.
    const objectModel = await client.beta.agents.create({
      name: 'Advised 2',
      model: 'm',
      multiagent: { type: 'coordinator', agents: [{ type: 'advisor', model: { id: 'claude-opus-5', effort: 'low' } }] },
    } as unknown as CreateParams);
    expect(objectModel.multiagent).toEqual({ type: 'coordinator', agents: [{ type: 'advisor', model: 'claude-opus-5' }] });
  });

  it('agents-config: re-sending a roster with self is a no-op, not a new version', async () => {
    const roster: UpdateParams['multiagent'] = { type: 'coordinator', agents: [{ type: 'self' }] };
    const agent = await client.beta.agents.create({ name: 'Self', model: 'm', multiagent: roster });
    expect(await client.beta.agents.update(agent.id, { multiagent: roster })).toEqual(agent);
    const renamed = await client.beta.agents.update(agent.id, { name: 'Self 2' });
    expect(renamed.version).toBe(2);
    expect(await client.beta.agents.update(agent.id, { multiagent: roster })).toEqual(renamed);
    expect((await client.beta.agents.retrieve(agent.id)).version).toBe(2);
  });
});

describe('agents: multiagent_20261001 (§2.1 Multiagent)', () => {
  const ENABLED_DEFAULT = { type: 'enabled', inline_agents: { type: 'enabled' }, predefined_agents: [] };

  it('agents-config: omitted and null members take their defaults', async () => {
    const bare = await client.beta.agents.create({ name: 'MA', model: 'm', multiagent: { type: 'multiagent_20261001' } });
    expect(bare.multiagent).toEqual({ type: 'multiagent_20261001', advisor: { type: 'disabled' }, subagents: ENABLED_DEFAULT, workflows: ENABLED_DEFAULT });
    const nulls = await client.beta.agents.create({
      name: 'MA nulls',
      model: 'm',
      multiagent: { type: 'multiagent_20261001', advisor: null, subagents: null, workflows: null },
    });
    expect(nulls.multiagent).toEqual(bare.multiagent);
  });

  it('agents-config: predefined agents resolve to pinned references', async () => {
    const helper = await client.beta.agents.create({ name: 'Helper', model: 'm' });
    await client.beta.agents.update(helper.id, { name: 'Helper v2' });
    const agent = await client.beta.agents.create({
      name: 'MA roster',
      model: 'm',
      multiagent: {
        type: 'multiagent_20261001',
        advisor: { type: 'enabled', model: 'claude-opus-5' },
        subagents: { type: 'enabled', inline_agents: { type: 'disabled' }, predefined_agents: [helper.id, { type: 'self' }] },
        workflows: { type: 'disabled' },
      },
    });
    expect(agent.multiagent).toEqual({
      type: 'multiagent_20261001',
      advisor: { type: 'enabled', model: 'claude-opus-5' },
      subagents: {
        type: 'enabled',
        inline_agents: { type: 'disabled' },
        predefined_agents: [
          { type: 'agent', id: helper.id, version: 2 },
          { type: 'agent', id: agent.id, version: 1 },
        ],
      },
      workflows: { type: 'disabled' },
    });
    const pinned = await client.beta.agents.create({
      name: 'MA pinned',
      model: 'm',
      multiagent: { type: 'multiagent_20261001', workflows: { type: 'enabled', predefined_agents: [{ type: 'agent', id: helper.id, version: 1 }] } },
    });
    expect(pinned.multiagent).toMatchObject({ workflows: { predefined_agents: [{ type: 'agent', id: helper.id, version: 1 }] } });
  });

  it('agents-config: invalid configurations are 400s', async () => {
    const helper = await client.beta.agents.create({ name: 'Helper', model: 'm' });
    const archived = await client.beta.agents.create({ name: 'Gone', model: 'm' });
    await client.beta.agents.archive(archived.id);
    const ma = (extra: Record<string, unknown>) => ({ name: 'x', model: 'm', multiagent: { type: 'multiagent_20261001', ...extra } });
    await expectCreate400(ma({ subagents: { type: 'enabled', inline_agents: { type: 'disabled' } } }));
    await expectCreate400(ma({ workflows: { type: 'enabled', inline_agents: { type: 'disabled' }, predefined_agents: [] } }));
    await expectCreate400(ma({ advisor: { type: 'enabled' } }));
    await expectCreate400(ma({ advisor: { model: 'claude-opus-5' } }));
    await expectCreate400(ma({ subagents: { type: 'sometimes' } }));
    await expectCreate400(ma({ subagents: { type: 'enabled', predefined_agents: Array.from({ length: PREDEFINED_AGENTS_MAX + 1 }, () => helper.id) } }));
    await expectCreate400(ma({ subagents: { type: 'enabled', predefined_agents: ['agent_01NOPE'] } }));
    await expectCreate400(ma({ workflows: { type: 'enabled', predefined_agents: [archived.id] } }));
    await expectCreate400(ma({ subagents: { type: 'enabled', predefined_agents: [{ type: 'agent', id: helper.id, version: 9 }] } }));
  });

  it('agents-config: an update onto a stored multiagent_20261001 merges level by level', async () => {
    const helper = await client.beta.agents.create({ name: 'Helper', model: 'm' });
    const agent = await client.beta.agents.create({
      name: 'MA merge',
      model: 'm',
      multiagent: {
        type: 'multiagent_20261001',
        advisor: { type: 'enabled', model: 'claude-opus-5' },
        subagents: { type: 'enabled', inline_agents: { type: 'disabled' }, predefined_agents: [helper.id] },
      },
    });
    const helperRef = { type: 'agent', id: helper.id, version: 1 };
    // Omitted keys keep their stored values, at every level.
    const merged = await client.beta.agents.update(agent.id, { multiagent: { type: 'multiagent_20261001', workflows: { type: 'disabled' } } });
    expect(merged.multiagent).toEqual({
      type: 'multiagent_20261001',
      advisor: { type: 'enabled', model: 'claude-opus-5' },
      subagents: { type: 'enabled', inline_agents: { type: 'disabled' }, predefined_agents: [helperRef] },
      workflows: { type: 'disabled' },
    });
    expect(merged.version).toBe(2);
    const inner = await client.beta.agents.update(agent.id, {
      multiagent: { type: 'multiagent_20261001', subagents: { type: 'enabled', inline_agents: { type: 'enabled' } } },
    });
    expect(inner.multiagent).toMatchObject({ subagents: { type: 'enabled', inline_agents: { type: 'enabled' }, predefined_agents: [helperRef] } });
    // A sent list replaces the stored one; null takes the default.
    const replaced = await client.beta.agents.update(agent.id, {
      multiagent: { type: 'multiagent_20261001', subagents: { type: 'enabled', predefined_agents: null }, advisor: null },
    });
    expect(replaced.multiagent).toMatchObject({ advisor: { type: 'disabled' }, subagents: ENABLED_DEFAULT, workflows: { type: 'disabled' } });
    // A member whose type changes is replaced, its omitted keys taking their defaults.
    const reenabled = await client.beta.agents.update(agent.id, { multiagent: { type: 'multiagent_20261001', workflows: { type: 'enabled' } } });
    expect(reenabled.multiagent).toMatchObject({ workflows: ENABLED_DEFAULT });
    // The same update again is a no-op.
    expect(await client.beta.agents.update(agent.id, { multiagent: { type: 'multiagent_20261001', workflows: { type: 'enabled' } } })).toEqual(reenabled);
    // Validation applies to the merged result: disabling inline agents with no predefined agents left fails.
    const err = await rejection(
      client.beta.agents.update(agent.id, { multiagent: { type: 'multiagent_20261001', subagents: { type: 'enabled', inline_agents: { type: 'disabled' } } } }),
    );
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    // null clears the whole configuration; a coordinator replaces it.
    expect((await client.beta.agents.update(agent.id, { multiagent: null })).multiagent).toBeNull();
  });
});
