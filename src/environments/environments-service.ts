/** @module environments/environments-service — where sessions run (wire-api §2.2). */
import type { EnvironmentRecord, EnvironmentsStore, TimeRange } from '../store/index.js';
import type { Clock } from '../shared/clock.js';
import type { IdGenerator } from '../shared/ids.js';
import { InvalidRequestError, NotFoundError } from '../shared/errors.js';
import { applyMetadataPatch, INVALID_METADATA_DETAILS } from '../shared/wire-schemas.js';
import type { EnvironmentConfigParams, EnvironmentCreateParams, EnvironmentUpdateParams } from './schemas.js';

/** The wire `Environment` object. */
export interface Environment {
  id: string;
  type: 'environment';
  name: string;
  description: string | null;
  config: Record<string, unknown>;
  metadata: Record<string, string>;
  scope?: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

const PACKAGE_MANAGERS = ['apt', 'cargo', 'gem', 'go', 'npm', 'pip'] as const;

/**
 * Fills defaults the way the API reports a config (cloud + unrestricted networking when none is given).
 * With `previous` (an update of a config of the same type), omitted fields keep their stored values, as the
 * SDK documents for `BetaCloudConfigParams` and `BetaLimitedNetworkParams`; `null` takes the default; a sent
 * `packages` object replaces the stored one; networking of another type starts from that type's defaults.
 */
export function normalizeEnvironmentConfig(
  config: EnvironmentConfigParams | null | undefined,
  previous?: Record<string, unknown>,
): Record<string, unknown> {
  if (config?.type === 'self_hosted') return { type: 'self_hosted' };
  const stored = previous?.['type'] === 'cloud' ? (previous as { networking?: StoredNetworking; packages?: Record<string, unknown> }) : undefined;
  const networkingParam = config?.networking;
  let networking: Record<string, unknown>;
  if (networkingParam === undefined && stored?.networking) {
    networking = stored.networking;
  } else if (networkingParam?.type === 'limited') {
    const base = stored?.networking?.type === 'limited' ? stored.networking : undefined;
    networking = {
      type: 'limited',
      allowed_hosts: patched(networkingParam.allowed_hosts, { stored: base?.allowed_hosts, fallback: [] }),
      allow_mcp_servers: patched(networkingParam.allow_mcp_servers, { stored: base?.allow_mcp_servers, fallback: false }),
      allow_package_managers: patched(networkingParam.allow_package_managers, { stored: base?.allow_package_managers, fallback: false }),
    };
  } else {
    networking = { type: 'unrestricted' };
  }
  if (config?.packages === undefined && stored?.packages) return { type: 'cloud', networking, packages: stored.packages };
  const packages: Record<string, unknown> = { type: 'packages' };
  for (const manager of PACKAGE_MANAGERS) packages[manager] = config?.packages?.[manager] ?? [];
  return { type: 'cloud', networking, packages };
}

/** Update semantics of one field: omitted keeps the stored value, `null` (or nothing stored) takes the default. */
function patched<T>(sent: T | null | undefined, { stored, fallback }: { stored: T | undefined; fallback: T }): T {
  return sent === undefined ? (stored ?? fallback) : (sent ?? fallback);
}

/** A stored cloud networking object (fields present once normalised). */
interface StoredNetworking extends Record<string, unknown> {
  type?: string;
  allowed_hosts?: string[];
  allow_mcp_servers?: boolean;
  allow_package_managers?: boolean;
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
    if ('error' in metadata) throw new InvalidRequestError(metadata.error, { details: INVALID_METADATA_DETAILS });
    const body: Omit<Environment, 'id' | 'type' | 'created_at' | 'updated_at' | 'archived_at'> = {
      ...current,
      name: params.name ?? current.name,
      description: params.description === undefined ? current.description : params.description || null,
      config: params.config ? normalizeEnvironmentConfig(params.config, current.config) : current.config,
      metadata,
    };
    // The wire `scope` is optional but never null (wire-api §2.2): `null` unsets it, as on create.
    if (params.scope) body.scope = params.scope;
    else if (params.scope === null) delete body.scope;
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
    // Rows written before `scope: null` was made to unset the key may still hold a null.
    ...(typeof body['scope'] === 'string' ? { scope: body['scope'] } : {}),
    created_at: record.created_at,
    updated_at: record.updated_at,
    archived_at: record.archived_at,
  };
}
