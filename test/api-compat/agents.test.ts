/** @module test/api-compat/agents — every agents method through the real `@anthropic-ai/sdk` (issue 3). */
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/shared/clock.js';
import { startTestServer, TEST_API_KEY, type TestServer } from '../support/server.js';
import { rejection } from '../support/sdk-errors.js';

/** The SDK's own default; kept so a retried 409 would show up as extra requests. */
const SDK_DEFAULT_RETRIES = 2;
const ONE_MINUTE_MS = 60_000;
const LIST_AGENTS = 23;
const LIST_PAGE = 5;
const METADATA_MAX_PAIRS = 16;

interface Call {
  readonly method: string;
  readonly url: string;
}

/** A `fetch` for the SDK that records every request it sends. */
function countingFetch(): { calls: Call[]; fetch: typeof fetch } {
  const calls: Call[] = [];
  return {
    calls,
    fetch: async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      calls.push({ method: init?.method ?? (input instanceof Request ? input.method : 'GET'), url });
      return fetch(input, init);
    },
  };
}

let server: TestServer;
let client: Anthropic;
const clock = new ManualClock('2026-05-01T10:00:00.000Z');

beforeAll(async () => {
  server = await startTestServer({ clock });
  client = server.client;
});
afterAll(async () => server.close());

describe('agents: create and retrieve', () => {
  it('agents: create with only required params fills every default', async () => {
    const agent = await client.beta.agents.create({ name: 'Minimal', model: 'claude-sonnet-5' });
    expect(agent).toEqual({
      id: expect.stringMatching(/^agent_[0-9A-Z]{26}$/),
      type: 'agent',
      name: 'Minimal',
      description: null,
      system: null,
      model: { id: 'claude-sonnet-5', effort: { type: 'high' }, speed: 'standard' },
      tools: [],
      mcp_servers: [],
      skills: [],
      multiagent: null,
      execution_identity: { type: 'service_account' },
      metadata: {},
      version: 1,
      created_at: clock.now().toISOString(),
      updated_at: clock.now().toISOString(),
      archived_at: null,
    });
    expect(await client.beta.agents.retrieve(agent.id)).toEqual(agent);
  });

  it('agents: create with every field round-trips through retrieve and list', async () => {
    const helper = await client.beta.agents.create({ name: 'Helper', model: 'claude-haiku-5' });
    const agent = await client.beta.agents.create({
      name: 'Everything',
      description: 'Uses every field',
      system: 'You are thorough. — ünïcødé 🙂',
      model: { id: 'claude-opus-5', effort: 'max', speed: 'fast', inference_geo: 'us' },
      tools: [
        {
          type: 'agent_toolset_20260401',
          default_config: { enabled: true, permission_policy: { type: 'always_ask' } },
          configs: [
            { name: 'bash', enabled: false },
            { name: 'web_fetch', permission_policy: { type: 'auto' }, allowed_domains: ['example.com'] },
          ],
        },
        { type: 'mcp_toolset', mcp_server_name: 'docs', configs: [{ name: 'search', permission_policy: { type: 'always_allow' } }] },
        {
          type: 'custom',
          name: 'lookup_order',
          description: 'Find an order',
          input_schema: { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] },
        },
      ],
      mcp_servers: [{ type: 'url', name: 'docs', url: 'https://mcp.example.com/sse' }],
      skills: [
        { type: 'anthropic', skill_id: 'xlsx' },
        { type: 'custom', skill_id: 'skill_01abc', version: '3' },
      ],
      metadata: { team: 'support', tier: 'gold' },
      multiagent: { type: 'coordinator', agents: [helper.id, { type: 'self' }] },
      execution_identity: { type: 'aws_role', role_arn: 'arn:aws:iam::123456789012:role/reverie' },
    });
    expect(agent).toMatchObject({
      name: 'Everything',
      description: 'Uses every field',
      system: 'You are thorough. — ünïcødé 🙂',
      model: { id: 'claude-opus-5', effort: { type: 'max' }, speed: 'fast', inference_geo: 'us' },
      tools: [
        {
          type: 'agent_toolset_20260401',
          default_config: { enabled: true, permission_policy: { type: 'always_ask' } },
          configs: [
            { name: 'bash', type: 'bash', enabled: false, permission_policy: { type: 'always_ask' } },
            { name: 'web_fetch', type: 'web_fetch', enabled: true, permission_policy: { type: 'auto' }, allowed_domains: ['example.com'] },
          ],
        },
        {
          type: 'mcp_toolset',
          mcp_server_name: 'docs',
          default_config: { enabled: true, permission_policy: { type: 'always_ask' } },
          configs: [{ name: 'search', enabled: true, permission_policy: { type: 'always_allow' } }],
        },
        {
          type: 'custom',
          name: 'lookup_order',
          description: 'Find an order',
          input_schema: { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] },
        },
      ],
      mcp_servers: [{ type: 'url', name: 'docs', url: 'https://mcp.example.com/sse' }],
      skills: [
        { type: 'anthropic', skill_id: 'xlsx', version: 'latest' },
        { type: 'custom', skill_id: 'skill_01abc', version: '3' },
      ],
      metadata: { team: 'support', tier: 'gold' },
      multiagent: {
        type: 'coordinator',
        agents: [
          { type: 'agent', id: helper.id, version: 1 },
          { type: 'agent', id: agent.id, version: 1 },
        ],
      },
      execution_identity: { type: 'aws_role', role_arn: 'arn:aws:iam::123456789012:role/reverie' },
      version: 1,
    });
    expect(await client.beta.agents.retrieve(agent.id)).toEqual(agent);
    const listed = [];
    for await (const a of client.beta.agents.list({ limit: 100 })) listed.push(a);
    expect(listed.find((a) => a.id === agent.id)).toEqual(agent);
  });

  it('agents: model string and object forms both answer with the object and fill defaults', async () => {
    const cases: [Anthropic.Beta.AgentCreateParams['model'], unknown][] = [
      ['m-1', { id: 'm-1', effort: { type: 'high' }, speed: 'standard' }],
      [{ id: 'm-2' }, { id: 'm-2', effort: { type: 'high' }, speed: 'standard' }],
      [{ id: 'm-3', effort: 'low' }, { id: 'm-3', effort: { type: 'low' }, speed: 'standard' }],
      [{ id: 'm-4', effort: { type: 'xhigh' }, speed: 'fast' }, { id: 'm-4', effort: { type: 'xhigh' }, speed: 'fast' }],
      [{ id: 'm-5', effort: null, speed: null, inference_geo: 'global' }, { id: 'm-5', effort: { type: 'high' }, speed: 'standard', inference_geo: 'global' }],
    ];
    for (const [model, expected] of cases) {
      const agent = await client.beta.agents.create({ name: 'Model', model });
      expect(agent.model).toEqual(expected);
    }
  });

  it('agents: toolsets get their default policies; configs inherit default_config', async () => {
    const agent = await client.beta.agents.create({
      name: 'Tools',
      model: 'm',
      tools: [
        { type: 'agent_toolset_20260401', configs: [{ name: 'read' }, { name: 'grep', type: 'grep', enabled: null, permission_policy: null }] },
        { type: 'mcp_toolset', mcp_server_name: 'a', default_config: { enabled: false }, configs: [{ name: 'x' }] },
        { type: 'mcp_toolset', mcp_server_name: 'b' },
      ],
      mcp_servers: [
        { type: 'url', name: 'a', url: 'https://a.example.com/mcp' },
        { type: 'url', name: 'b', url: 'https://b.example.com/mcp' },
      ],
    });
    expect(agent.tools).toEqual([
      {
        type: 'agent_toolset_20260401',
        default_config: { enabled: true, permission_policy: { type: 'always_allow' } },
        configs: [
          { name: 'read', type: 'read', enabled: true, permission_policy: { type: 'always_allow' } },
          { name: 'grep', type: 'grep', enabled: true, permission_policy: { type: 'always_allow' } },
        ],
      },
      {
        type: 'mcp_toolset',
        mcp_server_name: 'a',
        default_config: { enabled: false, permission_policy: { type: 'always_ask' } },
        configs: [{ name: 'x', enabled: false, permission_policy: { type: 'always_ask' } }],
      },
      { type: 'mcp_toolset', mcp_server_name: 'b', default_config: { enabled: true, permission_policy: { type: 'always_ask' } }, configs: [] },
    ]);
  });

  it('agents: empty description and system are stored as null', async () => {
    const agent = await client.beta.agents.create({ name: 'Blank', model: 'm', description: '', system: '' });
    expect(agent).toMatchObject({ description: null, system: null });
  });

  it('agents: tool rules are 400 BadRequestError and create nothing', async () => {
    const before = await countAgents();
    const invalid: Anthropic.Beta.AgentCreateParams[] = [
      // An MCP server nothing references.
      { name: 'x', model: 'm', mcp_servers: [{ type: 'url', name: 'lonely', url: 'https://l.example.com' }] },
      // A toolset naming a server that is not declared.
      { name: 'x', model: 'm', tools: [{ type: 'mcp_toolset', mcp_server_name: 'ghost' }] },
      // Two servers with one name.
      {
        name: 'x',
        model: 'm',
        tools: [{ type: 'mcp_toolset', mcp_server_name: 'a' }],
        mcp_servers: [
          { type: 'url', name: 'a', url: 'https://a.example.com' },
          { type: 'url', name: 'a', url: 'https://b.example.com' },
        ],
      },
      // Two custom tools with one name; two agent toolsets.
      {
        name: 'x',
        model: 'm',
        tools: [
          { type: 'custom', name: 'dup', description: '', input_schema: { type: 'object' } },
          { type: 'custom', name: 'dup', description: '', input_schema: { type: 'object' } },
        ],
      },
      { name: 'x', model: 'm', tools: [{ type: 'agent_toolset_20260401' }, { type: 'agent_toolset_20260401' }] },
      { name: 'x', model: 'm', tools: [{ type: 'custom', name: 'bad name!', description: '', input_schema: { type: 'object' } }] },
      { name: 'x', model: 'm', metadata: Object.fromEntries(Array.from({ length: METADATA_MAX_PAIRS + 1 }, (_, i) => [`k${i}`, 'v'])) },
      { name: '', model: 'm' },
      { name: 'x', model: '' },
    ];
    for (const params of invalid) {
      const err = await rejection(client.beta.agents.create(params));
      expect(err, JSON.stringify(params)).toBeInstanceOf(Anthropic.BadRequestError);
      expect(err.type).toBe('invalid_request_error');
      expect(err.requestID).toMatch(/^req_/);
    }
    expect(await countAgents()).toBe(before);
  });

  it('agents: retrieve ?version= returns that version; a missing version or agent is NotFoundError', async () => {
    const agent = await client.beta.agents.create({ name: 'v1', model: 'm' });
    await client.beta.agents.update(agent.id, { name: 'v2' });
    expect((await client.beta.agents.retrieve(agent.id, { version: 1 })).name).toBe('v1');
    expect((await client.beta.agents.retrieve(agent.id, { version: 2 })).name).toBe('v2');
    expect((await client.beta.agents.retrieve(agent.id)).version).toBe(2);
    expect(await rejection(client.beta.agents.retrieve(agent.id, { version: 3 }))).toBeInstanceOf(Anthropic.NotFoundError);
    const missing = await rejection(client.beta.agents.retrieve('agent_01NOPE'));
    expect(missing).toBeInstanceOf(Anthropic.NotFoundError);
    expect(missing.type).toBe('not_found_error');
  });
});

async function countAgents(): Promise<number> {
  let n = 0;
  for await (const _ of client.beta.agents.list({ limit: 100, include_archived: true })) n++;
  return n;
}

describe('agents: update', () => {
  it('agents: versions increment only on effective change', async () => {
    clock.advance(ONE_MINUTE_MS);
    const created = await client.beta.agents.create({
      name: 'Steady',
      model: 'claude-x',
      system: 'S',
      tools: [{ type: 'agent_toolset_20260401' }],
      metadata: { a: '1' },
    });
    clock.advance(ONE_MINUTE_MS);
    const noOps: Anthropic.Beta.AgentUpdateParams[] = [
      {},
      { name: 'Steady' },
      { model: 'claude-x' },
      { model: { id: 'claude-x' } },
      { system: 'S', description: null },
      { tools: [{ type: 'agent_toolset_20260401' }] },
      { metadata: { a: '1', gone: null } },
      { version: 1, name: 'Steady' },
      { skills: [], mcp_servers: null, multiagent: null },
    ];
    for (const params of noOps) {
      const same = await client.beta.agents.update(created.id, params);
      expect(same, JSON.stringify(params)).toEqual(created);
    }
    const changed = await client.beta.agents.update(created.id, { system: 'S2' });
    expect(changed).toMatchObject({ version: 2, system: 'S2', created_at: created.created_at, updated_at: clock.now().toISOString() });
    expect(changed.updated_at).not.toBe(created.updated_at);
    expect(await client.beta.agents.update(created.id, { system: 'S2' })).toEqual(changed);
    expect((await client.beta.agents.update(created.id, { metadata: { b: '2' } })).version).toBe(3);
  });

  it('agents: omitted fields are kept; system and description clear with null or ""', async () => {
    const agent = await client.beta.agents.create({ name: 'Keep', model: 'm', system: 'sys', description: 'desc', metadata: { k: 'v' } });
    const renamed = await client.beta.agents.update(agent.id, { name: 'Kept' });
    expect(renamed).toMatchObject({ name: 'Kept', system: 'sys', description: 'desc', metadata: { k: 'v' }, model: agent.model });
    const cleared = await client.beta.agents.update(agent.id, { system: null, description: '' });
    expect(cleared).toMatchObject({ system: null, description: null, version: 3 });
    const clearedAgain = await client.beta.agents.update(agent.id, { system: '', description: null });
    expect(clearedAgain.version).toBe(3);
  });

  it('agents: name and model cannot be cleared', async () => {
    const agent = await client.beta.agents.create({ name: 'Named', model: 'm' });
    for (const body of [{ name: null }, { model: null }, { name: '' }]) {
      const err = await rejection(client.beta.agents.update(agent.id, body as unknown as Anthropic.Beta.AgentUpdateParams));
      expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    }
    expect((await client.beta.agents.retrieve(agent.id)).version).toBe(1);
  });

  it('agents: model update keeps effort on the same id, resets it on a new id, and clears an omitted inference_geo', async () => {
    const agent = await client.beta.agents.create({ name: 'Effort', model: { id: 'alpha', effort: 'low', inference_geo: 'us' } });
    const sameId = await client.beta.agents.update(agent.id, { model: { id: 'alpha', speed: 'fast' } });
    expect(sameId.model).toEqual({ id: 'alpha', effort: { type: 'low' }, speed: 'fast' });
    const sameIdString = await client.beta.agents.update(agent.id, { model: 'alpha' });
    expect(sameIdString.model).toEqual({ id: 'alpha', effort: { type: 'low' }, speed: 'standard' });
    const newId = await client.beta.agents.update(agent.id, { model: { id: 'beta' } });
    expect(newId.model).toEqual({ id: 'beta', effort: { type: 'high' }, speed: 'standard' });
    const explicit = await client.beta.agents.update(agent.id, { model: { id: 'beta', effort: { type: 'medium' } } });
    expect(explicit.model).toEqual({ id: 'beta', effort: { type: 'medium' }, speed: 'standard' });
  });

  it('agents: metadata is a key-level patch; null deletes; more than 16 pairs is a 400', async () => {
    const agent = await client.beta.agents.create({ name: 'Meta', model: 'm', metadata: { keep: '1', drop: '2', change: '3' } });
    const patched = await client.beta.agents.update(agent.id, { metadata: { drop: null, change: 'three', add: '4' } });
    expect(patched.metadata).toEqual({ keep: '1', change: 'three', add: '4' });
    expect((await client.beta.agents.update(agent.id, { metadata: null })).version).toBe(patched.version);
    const fill = Object.fromEntries(Array.from({ length: METADATA_MAX_PAIRS - 3 }, (_, i) => [`f${i}`, 'x']));
    const full = await client.beta.agents.update(agent.id, { metadata: fill });
    expect(Object.keys(full.metadata)).toHaveLength(METADATA_MAX_PAIRS);
    const err = await rejection(client.beta.agents.update(agent.id, { metadata: { one_too_many: 'x' } }));
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    const swapped = await client.beta.agents.update(agent.id, { metadata: { keep: null, one_too_many: 'x' } });
    expect(Object.keys(swapped.metadata)).toHaveLength(METADATA_MAX_PAIRS);
    expect(swapped.metadata).not.toHaveProperty('keep');
  });

  it('agents: tools, mcp_servers and skills are replaced wholesale; null and [] clear them', async () => {
    const agent = await client.beta.agents.create({
      name: 'Lists',
      model: 'm',
      tools: [{ type: 'mcp_toolset', mcp_server_name: 's' }, { type: 'custom', name: 'c1', description: 'd', input_schema: { type: 'object' } }],
      mcp_servers: [{ type: 'url', name: 's', url: 'https://s.example.com' }],
      skills: [{ type: 'anthropic', skill_id: 'pdf', version: '1' }],
    });
    const replaced = await client.beta.agents.update(agent.id, {
      tools: [{ type: 'custom', name: 'c2', description: 'd2', input_schema: { type: 'object' } }],
      mcp_servers: [],
      skills: [{ type: 'anthropic', skill_id: 'docx' }],
    });
    expect(replaced.tools).toEqual([{ type: 'custom', name: 'c2', description: 'd2', input_schema: { type: 'object' } }]);
    expect(replaced.mcp_servers).toEqual([]);
    expect(replaced.skills).toEqual([{ type: 'anthropic', skill_id: 'docx', version: 'latest' }]);
    const cleared = await client.beta.agents.update(agent.id, { tools: null, skills: null });
    expect(cleared).toMatchObject({ tools: [], skills: [], version: 3 });
    // Removing the toolset while keeping its server breaks the reference rule.
    const withServer = await client.beta.agents.update(agent.id, {
      tools: [{ type: 'mcp_toolset', mcp_server_name: 's' }],
      mcp_servers: [{ type: 'url', name: 's', url: 'https://s.example.com' }],
    });
    const err = await rejection(client.beta.agents.update(agent.id, { tools: [] }));
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect(err.message).toMatch(/not referenced/);
    expect(await client.beta.agents.retrieve(agent.id)).toEqual(withServer);
  });

  it('agents: a stale version is a 409 ConflictError sent exactly once (x-should-retry: false)', async () => {
    const counter = countingFetch();
    const counted = new Anthropic({ apiKey: TEST_API_KEY, baseURL: server.url, fetch: counter.fetch, maxRetries: SDK_DEFAULT_RETRIES });
    const agent = await counted.beta.agents.create({ name: 'Racy', model: 'm' });
    await counted.beta.agents.update(agent.id, { name: 'Racy 2', version: 1 });
    counter.calls.length = 0;
    const err = await rejection(counted.beta.agents.update(agent.id, { name: 'Racy 3', version: 1 }));
    expect(err).toBeInstanceOf(Anthropic.ConflictError);
    expect(err.status).toBe(409);
    expect(err.type).toBe('conflict_error');
    expect(err.headers?.get('x-should-retry')).toBe('false');
    expect(counter.calls).toEqual([{ method: 'POST', url: `${server.url}/v1/agents/${agent.id}` }]);
    // Even a no-op with the wrong version conflicts.
    const noop = await rejection(counted.beta.agents.update(agent.id, { version: 1 }));
    expect(noop).toBeInstanceOf(Anthropic.ConflictError);
    expect(counter.calls).toHaveLength(2);
    expect((await counted.beta.agents.retrieve(agent.id)).name).toBe('Racy 2');
  });

  it('agents: unknown ids are NotFoundError on every method', async () => {
    const id = 'agent_01UNKNOWN';
    for (const call of [
      () => client.beta.agents.retrieve(id),
      () => client.beta.agents.update(id, { name: 'x' }),
      () => client.beta.agents.archive(id),
      () => client.beta.agents.versions.list(id),
    ]) {
      const err = await rejection(call());
      expect(err).toBeInstanceOf(Anthropic.NotFoundError);
      expect(err.requestID).toMatch(/^req_/);
    }
  });
});

describe('agents: archive', () => {
  it('agents: archive sets archived_at once and archived agents refuse updates', async () => {
    clock.advance(ONE_MINUTE_MS);
    const agent = await client.beta.agents.create({ name: 'Old', model: 'm' });
    clock.advance(ONE_MINUTE_MS);
    const archived = await client.beta.agents.archive(agent.id);
    expect(archived).toEqual({ ...agent, archived_at: clock.now().toISOString() });
    clock.advance(ONE_MINUTE_MS);
    expect(await client.beta.agents.archive(agent.id)).toEqual(archived);
    const err = await rejection(client.beta.agents.update(agent.id, { name: 'New' }));
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect(err.message).toMatch(/archived/);
    expect(await client.beta.agents.retrieve(agent.id)).toEqual(archived);
  });
});

describe('agents: lists', () => {
  let listServer: TestServer;
  const listClock = new ManualClock('2026-06-01T00:00:00.000Z');
  const created: Anthropic.Beta.BetaManagedAgentsAgent[] = [];

  beforeAll(async () => {
    listServer = await startTestServer({ clock: listClock });
    for (let i = 0; i < LIST_AGENTS; i++) {
      created.push(await listServer.client.beta.agents.create({ name: `agent ${i}`, model: 'm' }));
      listClock.advance(ONE_MINUTE_MS);
    }
  });
  afterAll(async () => listServer.close());

  it('agents: list pagination walks every page newest first and stops', async () => {
    const counter = countingFetch();
    const counted = new Anthropic({ apiKey: TEST_API_KEY, baseURL: listServer.url, fetch: counter.fetch });
    const seen: string[] = [];
    for await (const agent of counted.beta.agents.list({ limit: LIST_PAGE })) seen.push(agent.id);
    expect(seen).toEqual(created.map((a) => a.id).reverse());
    expect(counter.calls).toHaveLength(Math.ceil(LIST_AGENTS / LIST_PAGE));
    const first = await counted.beta.agents.list({ limit: LIST_PAGE });
    expect(first.data).toHaveLength(LIST_PAGE);
    expect(first.next_page).toEqual(expect.any(String));
    const all = await counted.beta.agents.list({ limit: 100 });
    expect(all.next_page).toBeNull();
    expect(all.hasNextPage()).toBe(false);
  });

  it('agents: list filters by created_at[gte] and created_at[lte]', async () => {
    const from = created[5]!.created_at;
    const to = created[9]!.created_at;
    const seen: string[] = [];
    for await (const a of listServer.client.beta.agents.list({ 'created_at[gte]': from, 'created_at[lte]': to, limit: 2 })) seen.push(a.id);
    expect(seen).toEqual(created.slice(5, 10).map((a) => a.id).reverse());
    const page = await listServer.client.beta.agents.list({ 'created_at[gte]': '2030-01-01T00:00:00Z' });
    expect(page.data).toEqual([]);
    expect(page.next_page).toBeNull();
  });

  it('agents: list hides archived agents unless include_archived', async () => {
    const target = created[3]!;
    await listServer.client.beta.agents.archive(target.id);
    const visible: string[] = [];
    for await (const a of listServer.client.beta.agents.list()) visible.push(a.id);
    expect(visible).not.toContain(target.id);
    expect(visible).toHaveLength(LIST_AGENTS - 1);
    const everything: string[] = [];
    for await (const a of listServer.client.beta.agents.list({ include_archived: true })) everything.push(a.id);
    expect(everything).toHaveLength(LIST_AGENTS);
    expect(everything).toContain(target.id);
    const falseFlag = await listServer.client.beta.agents.list({ include_archived: false, limit: 100 });
    expect(falseFlag.data.map((a) => a.id)).toEqual(visible);
  });

  it('agents: versions list is newest first and pages to the end', async () => {
    const agent = created[0]!;
    for (let v = 2; v <= 7; v++) await listServer.client.beta.agents.update(agent.id, { description: `v${v}` });
    const versions: number[] = [];
    for await (const v of listServer.client.beta.agents.versions.list(agent.id, { limit: 3 })) versions.push(v.version);
    expect(versions).toEqual([7, 6, 5, 4, 3, 2, 1]);
    const page = await listServer.client.beta.agents.versions.list(agent.id, { limit: 2 });
    expect(page.data.map((v) => [v.version, v.description])).toEqual([
      [7, 'v7'],
      [6, 'v6'],
    ]);
  });

  it('agents: unknown query params such as beta are ignored', async () => {
    // Request options' `query` replaces the params' query, so the limit goes in it too.
    const page = await listServer.client.beta.agents.list({}, { query: { limit: 1, beta: 'true', unknown_thing: 'x' } });
    expect(page.data).toHaveLength(1);
    const agent = await listServer.client.beta.agents.retrieve(created[1]!.id, {}, { query: { beta: 'true' } });
    expect(agent.id).toBe(created[1]!.id);
  });
});

describe('agents: auth', () => {
  it('agents: a wrong API key is AuthenticationError and is not retried', async () => {
    const counter = countingFetch();
    const wrong = new Anthropic({ apiKey: 'sk-wrong-key-000000000000', baseURL: server.url, fetch: counter.fetch });
    const err = await rejection(wrong.beta.agents.list());
    expect(err).toBeInstanceOf(Anthropic.AuthenticationError);
    expect(err.type).toBe('authentication_error');
    expect(err.requestID).toMatch(/^req_/);
    expect(counter.calls).toHaveLength(1);
  });

  it('agents: an auth token (Bearer) client works like an API key client', async () => {
    const bearer = new Anthropic({ apiKey: null, authToken: TEST_API_KEY, baseURL: server.url });
    const agent = await bearer.beta.agents.create({ name: 'Bearer', model: 'm' });
    const { data, request_id } = await bearer.beta.agents.retrieve(agent.id).withResponse();
    expect(data.id).toBe(agent.id);
    expect(request_id).toMatch(/^req_/);
  });
});
