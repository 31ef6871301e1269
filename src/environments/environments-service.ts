/** @module environments/environments-service — where sessions run (wire-api §2.2). */
import type { EnvironmentRecord, EnvironmentsStore, TimeRange } from '../store/index.js';
import type { Clock } from '../shared/clock.js';
import type { IdGenerator } from '../shared/ids.js';
import { InvalidRequestError, NotFoundError } from '../shared/errors.js';
import { applyMetadataPatch } from '../shared/wire-schemas.js';
import type { EnvironmentConfigParams, EnvironmentCreateParams, EnvironmentUpdateParams } from './schemas.js';

/** The wire `Environment` object. */
export interface Environment {
  id: string;
  type: 'environment';
  name: string;
  description: string | null;
  config: Record<string, unknown>;
  metadata: Record<string, string>;
  scope?: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

const PACKAGE_MANAGERS = ['apt', 'cargo', 'gem', 'go', 'npm', 'pip'] as const;

/** Fills defaults the way the API reports a config (cloud + unrestricted networking when none is given). */
export function normalizeEnvironmentConfig(config: EnvironmentConfigParams | null | undefined): Record<string, unknown> {
  if (config?.type === 'self_hosted') return { type: 'self_hosted' };
  const networking =
    config?.networking?.type === 'limited'
      ? {
          type: 'limited',
          allowed_hosts: config.networking.allowed_hosts ?? [],
          allow_mcp_servers: config.networking.allow_mcp_servers ?? false,
          allow_package_managers: config.networking.allow_package_managers ?? false,
        }
      : { type: 'unrestricted' };
  const packages: Record<string, unknown> = { type: 'packages' };
  for (const manager of PACKAGE_MANAGERS) packages[manager] = config?.packages?.[manager] ?? [];
  return { type: 'cloud', networking, packages };
}

export class EnvironmentsService {
  readonly #store: EnvironmentsStore;
  readonly #clock: Clock;
  readonly #ids: IdGenerator;

  constructor({ store, clock, ids }: { store: EnvironmentsStore; clock: Clock; ids: IdGenerator }) {
    this.#store = store;
    this.#clock = clock;
    this.#ids = ids;
  }

  async create(params: EnvironmentCreateParams): Promise<Environment> {
    const body = {
      name: params.name,
      description: params.description || null,
      config: normalizeEnvironmentConfig(params.config),
      metadata: params.metadata ?? {},
      ...(params.scope ? { scope: params.scope } : {}),
    };
    return toEnvironment(await this.#store.create({ id: this.#ids.next('env'), body, now: this.#now() }));
  }

  async retrieve(id: string): Promise<Environment> {
    const record = await this.#store.get(id);
    if (!record) throw notFound(id);
    return toEnvironment(record);
  }

  async update(id: string, params: EnvironmentUpdateParams): Promise<Environment> {
    const record = await this.#store.get(id);
    if (!record) throw notFound(id);
    if (record.archived_at) {
      throw new InvalidRequestError(`Environment ${id} is archived and cannot be updated`, {
        details: { details: { error_code: 'environment_archived' } },
      });
    }
    if (params.name === null) throw new InvalidRequestError('name: cannot be cleared');
    const current = record.body as Omit<Environment, 'id' | 'type' | 'created_at' | 'updated_at' | 'archived_at'>;
    const currentType = (current.config as { type: string }).type;
    if (params.config && params.config.type !== currentType) {
      throw new InvalidRequestError(`config.type cannot change from ${currentType} to ${params.config.type}`, {
        details: { details: { error_code: 'invalid_config_type_change' } },
      });
    }
    const metadata = applyMetadataPatch(current.metadata, params.metadata ?? undefined);
    if ('error' in metadata) throw new InvalidRequestError(metadata.error);
    const body = {
      ...current,
      name: params.name ?? current.name,
      description: params.description === undefined ? current.description : params.description || null,
      config: params.config ? normalizeEnvironmentConfig(params.config) : current.config,
      metadata,
      ...(params.scope !== undefined ? { scope: params.scope } : {}),
    };
    const updated = await this.#store.update({ id, body, now: this.#now() });
    if (!updated) throw notFound(id);
    return toEnvironment(updated);
  }

  async list(options: { limit: number; after?: string | undefined; createdAt?: TimeRange; includeArchived?: boolean }) {
    const page = await this.#store.list(options);
    return { items: page.items.map(toEnvironment), hasMore: page.hasMore };
  }

  async archive(id: string): Promise<Environment> {
    const record = await this.#store.archive(id, this.#now());
    if (!record) throw notFound(id);
    return toEnvironment(record);
  }

  async delete(id: string): Promise<{ id: string; type: 'environment_deleted' }> {
    if (!(await this.#store.delete(id))) throw notFound(id);
    return { id, type: 'environment_deleted' };
  }

  #now(): string {
    return this.#clock.now().toISOString();
  }
}

function notFound(id: string): NotFoundError {
  return new NotFoundError(`Environment ${id} not found`, { details: { details: { error_code: 'environment_not_found' } } });
}

function toEnvironment(record: EnvironmentRecord): Environment {
  const body = record.body as Record<string, unknown>;
  return {
    id: record.id,
    type: 'environment',
    name: body['name'] as string,
    description: (body['description'] as string | null) ?? null,
    config: body['config'] as Record<string, unknown>,
    metadata: (body['metadata'] as Record<string, string>) ?? {},
    ...(body['scope'] !== undefined ? { scope: body['scope'] as string | null } : {}),
    created_at: record.created_at,
    updated_at: record.updated_at,
    archived_at: record.archived_at,
  };
}
