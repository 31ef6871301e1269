/** @module test/api-compat/environments — every environments method through the real `@anthropic-ai/sdk` (issue 3). */
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/shared/clock.js';
import { startTestServer, TEST_API_KEY, type TestServer } from '../support/server.js';
import { rejection } from '../support/sdk-errors.js';
import { invalidMetadataSamples, METADATA_MAX_PAIRS, metadataOfSize } from '../support/metadata-samples.js';

const ONE_MINUTE_MS = 60_000;
const LIST_ENVIRONMENTS = 11;
const LIST_PAGE = 4;
const EMPTY_PACKAGES = { type: 'packages', apt: [], cargo: [], gem: [], go: [], npm: [], pip: [] };

let server: TestServer;
let client: Anthropic;
const clock = new ManualClock('2026-07-01T08:00:00.000Z');

beforeAll(async () => {
  server = await startTestServer({ clock });
  client = server.client;
});
afterAll(async () => server.close());

describe('environments: create and retrieve', () => {
  it('environments: create with only a name fills the cloud defaults', async () => {
    const env = await client.beta.environments.create({ name: 'Default' });
    expect(env).toEqual({
      id: expect.stringMatching(/^env_[0-9A-Z]{26}$/),
      type: 'environment',
      name: 'Default',
      description: null,
      config: { type: 'cloud', networking: { type: 'unrestricted' }, packages: EMPTY_PACKAGES },
      metadata: {},
      created_at: clock.now().toISOString(),
      updated_at: clock.now().toISOString(),
      archived_at: null,
    });
    expect(await client.beta.environments.retrieve(env.id)).toEqual(env);
  });

  it('environments: create with every field round-trips through retrieve and list', async () => {
    const env = await client.beta.environments.create({
      name: 'Data science',
      description: 'Python with pinned packages',
      config: {
        type: 'cloud',
        networking: { type: 'limited', allowed_hosts: ['pypi.org', 'files.pythonhosted.org'], allow_package_managers: true },
        packages: { pip: ['numpy==2.1.0', 'pandas'], apt: ['ffmpeg'], npm: null },
      },
      metadata: { team: 'ml', cost_center: '42' },
      scope: 'organization',
    });
    expect(env).toMatchObject({
      name: 'Data science',
      description: 'Python with pinned packages',
      config: {
        type: 'cloud',
        networking: {
          type: 'limited',
          allowed_hosts: ['pypi.org', 'files.pythonhosted.org'],
          allow_mcp_servers: false,
          allow_package_managers: true,
        },
        packages: { ...EMPTY_PACKAGES, pip: ['numpy==2.1.0', 'pandas'], apt: ['ffmpeg'] },
      },
      metadata: { team: 'ml', cost_center: '42' },
      scope: 'organization',
      archived_at: null,
    });
    expect(await client.beta.environments.retrieve(env.id)).toEqual(env);
    const page = await client.beta.environments.list({ limit: 100 });
    expect(page.data.find((e) => e.id === env.id)).toEqual(env);
  });

  it('environments: self_hosted and null configs', async () => {
    const selfHosted = await client.beta.environments.create({ name: 'On prem', config: { type: 'self_hosted' } });
    expect(selfHosted.config).toEqual({ type: 'self_hosted' });
    const nullConfig = await client.beta.environments.create({ name: 'Null', config: null, description: '' });
    expect(nullConfig).toMatchObject({ config: { type: 'cloud', networking: { type: 'unrestricted' }, packages: EMPTY_PACKAGES }, description: null });
  });

  it('environments: invalid params are BadRequestError and create nothing', async () => {
    const before = (await client.beta.environments.list({ limit: 100, include_archived: true })).data.length;
    const invalid = [
      {},
      { name: '' },
      { name: 'x', config: { type: 'kubernetes' } },
      { name: 'x', config: { type: 'cloud', networking: { type: 'sometimes' } } },
      { name: 'x', metadata: metadataOfSize(METADATA_MAX_PAIRS + 1) },
      { name: 'x', metadata: { k: 1 } },
      { name: 'x', scope: 'galaxy' },
      { name: 'x'.repeat(10_000) },
    ];
    for (const params of invalid) {
      const err = await rejection(client.beta.environments.create(params as unknown as Anthropic.Beta.EnvironmentCreateParams));
      expect(err, JSON.stringify(params).slice(0, 200)).toBeInstanceOf(Anthropic.BadRequestError);
      expect(err.type).toBe('invalid_request_error');
    }
    expect((await client.beta.environments.list({ limit: 100, include_archived: true })).data).toHaveLength(before);
  });

  it('environments: unknown ids are NotFoundError with error_code environment_not_found', async () => {
    const id = 'env_01UNKNOWN';
    for (const call of [
      () => client.beta.environments.retrieve(id),
      () => client.beta.environments.update(id, { name: 'x' }),
      () => client.beta.environments.archive(id),
      () => client.beta.environments.delete(id),
    ]) {
      const err = await rejection(call());
      expect(err).toBeInstanceOf(Anthropic.NotFoundError);
      expect(err.type).toBe('not_found_error');
      expect(err.errorCode).toBe('environment_not_found');
      expect(err.requestID).toMatch(/^req_/);
    }
  });
});

describe('environments: update', () => {
  it('environments: update patches name, description and metadata and keeps the rest', async () => {
    const env = await client.beta.environments.create({
      name: 'Patch me',
      description: 'before',
      config: { type: 'cloud', packages: { npm: ['left-pad'] } },
      metadata: { keep: '1', drop: '2' },
    });
    clock.advance(ONE_MINUTE_MS);
    const renamed = await client.beta.environments.update(env.id, { name: 'Patched', metadata: { drop: null, add: '3' } });
    expect(renamed).toEqual({
      ...env,
      name: 'Patched',
      metadata: { keep: '1', add: '3' },
      updated_at: clock.now().toISOString(),
    });
    const cleared = await client.beta.environments.update(env.id, { description: null });
    expect(cleared.description).toBeNull();
    await client.beta.environments.update(env.id, { description: 'again' });
    expect((await client.beta.environments.update(env.id, { description: '' })).description).toBeNull();
    expect(await client.beta.environments.retrieve(env.id)).toMatchObject({ name: 'Patched', config: env.config, created_at: env.created_at });
  });

  it('environments: a config of the same type replaces the old one', async () => {
    const env = await client.beta.environments.create({ name: 'Net', config: { type: 'cloud', networking: { type: 'limited', allowed_hosts: ['a.com'] } } });
    const updated = await client.beta.environments.update(env.id, { config: { type: 'cloud', networking: { type: 'unrestricted' }, packages: { go: ['x'] } } });
    expect(updated.config).toEqual({ type: 'cloud', networking: { type: 'unrestricted' }, packages: { ...EMPTY_PACKAGES, go: ['x'] } });
  });

  it('environments: changing the config type is a 400 with error_code invalid_config_type_change', async () => {
    const env = await client.beta.environments.create({ name: 'Cloud' });
    const err = await rejection(client.beta.environments.update(env.id, { config: { type: 'self_hosted' } }));
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect(err.errorCode).toBe('invalid_config_type_change');
    expect(err.details).toEqual({ error_code: 'invalid_config_type_change' });
    expect((err.error as { error: { details: unknown } }).error.details).toEqual({ error_code: 'invalid_config_type_change' });
    expect(await client.beta.environments.retrieve(env.id)).toEqual(env);
  });

  it('environments: metadata over 16 pairs after the patch is a 400 and changes nothing', async () => {
    const full = metadataOfSize(METADATA_MAX_PAIRS);
    const env = await client.beta.environments.create({ name: 'Full', metadata: full });
    const err = await rejection(client.beta.environments.update(env.id, { metadata: { extra: 'x' } }));
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect(await client.beta.environments.retrieve(env.id)).toEqual(env);
    const swapped = await client.beta.environments.update(env.id, { metadata: { k0: null, extra: 'x' } });
    expect(Object.keys(swapped.metadata)).toHaveLength(METADATA_MAX_PAIRS);
  });

  it('environments: name cannot be cleared', async () => {
    const env = await client.beta.environments.create({ name: 'Named' });
    for (const body of [{ name: null }, { name: '' }]) {
      const err = await rejection(client.beta.environments.update(env.id, body as unknown as Anthropic.Beta.EnvironmentUpdateParams));
      expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    }
    expect(await client.beta.environments.retrieve(env.id)).toEqual(env);
  });
});

describe('environments: archive and delete', () => {
  it('environments: archive sets archived_at once; archived environments refuse updates', async () => {
    const env = await client.beta.environments.create({ name: 'Retire' });
    clock.advance(ONE_MINUTE_MS);
    const archived = await client.beta.environments.archive(env.id);
    expect(archived).toMatchObject({ id: env.id, name: 'Retire', archived_at: clock.now().toISOString() });
    clock.advance(ONE_MINUTE_MS);
    expect((await client.beta.environments.archive(env.id)).archived_at).toBe(archived.archived_at);
    const err = await rejection(client.beta.environments.update(env.id, { name: 'Revive' }));
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect(err.errorCode).toBe('environment_archived');
    expect((await client.beta.environments.retrieve(env.id)).name).toBe('Retire');
  });

  it('environments: delete answers environment_deleted and the environment is gone', async () => {
    const env = await client.beta.environments.create({ name: 'Doomed' });
    expect(await client.beta.environments.delete(env.id)).toEqual({ id: env.id, type: 'environment_deleted' });
    expect(await rejection(client.beta.environments.retrieve(env.id))).toBeInstanceOf(Anthropic.NotFoundError);
    expect(await rejection(client.beta.environments.delete(env.id))).toBeInstanceOf(Anthropic.NotFoundError);
    const archived = await client.beta.environments.create({ name: 'Archived then deleted' });
    await client.beta.environments.archive(archived.id);
    expect(await client.beta.environments.delete(archived.id)).toEqual({ id: archived.id, type: 'environment_deleted' });
  });
});

describe('environments: lists', () => {
  let listServer: TestServer;
  const listClock = new ManualClock('2026-08-01T00:00:00.000Z');
  const created: Anthropic.Beta.BetaEnvironment[] = [];

  beforeAll(async () => {
    listServer = await startTestServer({ clock: listClock });
    for (let i = 0; i < LIST_ENVIRONMENTS; i++) {
      created.push(await listServer.client.beta.environments.create({ name: `env ${i}` }));
      listClock.advance(ONE_MINUTE_MS);
    }
  });
  afterAll(async () => listServer.close());

  it('environments: list pagination walks every page newest first and stops', async () => {
    let requests = 0;
    const counted = new Anthropic({
      apiKey: TEST_API_KEY,
      baseURL: listServer.url,
      fetch: async (input, init) => {
        requests++;
        return fetch(input, init);
      },
    });
    const seen: string[] = [];
    for await (const env of counted.beta.environments.list({ limit: LIST_PAGE })) seen.push(env.id);
    expect(seen).toEqual(created.map((e) => e.id).reverse());
    expect(requests).toBe(Math.ceil(LIST_ENVIRONMENTS / LIST_PAGE));
  });

  it('environments: list hides archived environments unless include_archived', async () => {
    await listServer.client.beta.environments.archive(created[2]!.id);
    const visible: string[] = [];
    for await (const e of listServer.client.beta.environments.list()) visible.push(e.id);
    expect(visible).toHaveLength(LIST_ENVIRONMENTS - 1);
    expect(visible).not.toContain(created[2]!.id);
    const all: string[] = [];
    for await (const e of listServer.client.beta.environments.list({ include_archived: true, limit: 3 })) all.push(e.id);
    expect(all).toEqual(created.map((e) => e.id).reverse());
  });

  it('environments: list accepts created_at filters and ignores the beta param', async () => {
    const page = await listServer.client.beta.environments.list(
      {},
      { query: { 'created_at[gte]': created[4]!.created_at, 'created_at[lte]': created[6]!.created_at, beta: 'true' } },
    );
    expect(page.data.map((e) => e.id)).toEqual([created[6]!.id, created[5]!.id, created[4]!.id]);
    expect(page.next_page).toBeNull();
  });
});

describe('environments: wire details (§1.9, §2.2)', () => {
  it('environments: bad metadata is a BetaInvalidMetadataError (error_code invalid_metadata)', async () => {
    const bad = invalidMetadataSamples();
    for (const metadata of bad) {
      const err = await rejection(client.beta.environments.create({ name: 'x', metadata } as unknown as Anthropic.Beta.EnvironmentCreateParams));
      expect(err).toBeInstanceOf(Anthropic.Beta.Environments.BetaInvalidMetadataError);
      expect(err.errorCode).toBe('invalid_metadata');
    }
    const full = metadataOfSize(METADATA_MAX_PAIRS);
    const env = await client.beta.environments.create({ name: 'Full', metadata: full });
    const overflow = await rejection(client.beta.environments.update(env.id, { metadata: { extra: 'x' } }));
    expect(overflow).toBeInstanceOf(Anthropic.Beta.Environments.BetaInvalidMetadataError);
    const tooLong = await rejection(client.beta.environments.update(env.id, { metadata: { k0: 'v'.repeat(513) } }));
    expect(tooLong.errorCode).toBe('invalid_metadata');
  });

  it('environments: scope is a string when present, never null', async () => {
    const env = await client.beta.environments.create({ name: 'Scoped', scope: 'organization' });
    const cleared = await client.beta.environments.update(env.id, { scope: null });
    expect(cleared).not.toHaveProperty('scope');
    expect(await client.beta.environments.retrieve(env.id)).toEqual(cleared);
    const nullOnCreate = await client.beta.environments.create({ name: 'Unscoped', scope: null });
    expect(nullOnCreate).not.toHaveProperty('scope');
  });
});

describe('environments: config updates preserve what they omit (SDK BetaCloudConfigParams)', () => {
  it('environments: omitted networking or packages keep their stored values', async () => {
    const env = await client.beta.environments.create({
      name: 'Keep config',
      config: {
        type: 'cloud',
        networking: { type: 'limited', allowed_hosts: ['a.com'], allow_mcp_servers: true, allow_package_managers: true },
        packages: { pip: ['numpy'] },
      },
    });
    const packagesOnly = await client.beta.environments.update(env.id, { config: { type: 'cloud', packages: { npm: ['left-pad'] } } });
    expect(packagesOnly.config).toEqual({
      type: 'cloud',
      networking: { type: 'limited', allowed_hosts: ['a.com'], allow_mcp_servers: true, allow_package_managers: true },
      packages: { ...EMPTY_PACKAGES, npm: ['left-pad'] },
    });
    // Within limited networking, omitted fields keep their stored values too.
    const hostsOnly = await client.beta.environments.update(env.id, { config: { type: 'cloud', networking: { type: 'limited', allowed_hosts: ['b.com'] } } });
    expect(hostsOnly.config).toEqual({
      type: 'cloud',
      networking: { type: 'limited', allowed_hosts: ['b.com'], allow_mcp_servers: true, allow_package_managers: true },
      packages: { ...EMPTY_PACKAGES, npm: ['left-pad'] },
    });
    const bare = await client.beta.environments.update(env.id, { config: { type: 'cloud' } });
    expect(bare.config).toEqual(hostsOnly.config);
    // null resets to the default, and a networking type change starts from that type's defaults.
    const reset = await client.beta.environments.update(env.id, { config: { type: 'cloud', networking: null, packages: null } });
    expect(reset.config).toEqual({ type: 'cloud', networking: { type: 'unrestricted' }, packages: EMPTY_PACKAGES });
    const limited = await client.beta.environments.update(env.id, { config: { type: 'cloud', networking: { type: 'limited' } } });
    expect(limited.config).toMatchObject({ networking: { type: 'limited', allowed_hosts: [], allow_mcp_servers: false, allow_package_managers: false } });
  });
});
