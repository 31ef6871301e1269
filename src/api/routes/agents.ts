/** @module api/routes/agents — `/v1/agents` (wire-api §2.1). */
import { z } from 'zod';
import { agentCreateSchema, agentUpdateSchema, VERSION_MAX } from '../../agents/index.js';
import { InvalidRequestError } from '../../shared/errors.js';
import { decodeCursor, pageEnvelope } from '../pagination.js';
import { createdAtFilters, createdAtRange, limitParam, pageParam, queryBool, single } from '../query.js';
import type { Router } from '../router.js';

const TAG = 'agents';
// Handlers read services with `c.get('services')`: Hono's `c.var` builds a fresh object of every
// variable on each access, a measurable share of an agent retrieve (bench/api.ts).

const listQuery = z.object({ ...createdAtFilters, include_archived: queryBool, limit: limitParam(), page: pageParam });
const retrieveQuery = z.object({ version: single(z.coerce.number().int().min(1).max(VERSION_MAX).optional()) });
const versionsQuery = z.object({ limit: limitParam(), page: pageParam });

export function registerAgentRoutes(router: Router): void {
  router.route({ method: 'post', path: '/v1/agents', summary: 'Create an agent', tag: TAG, body: agentCreateSchema }, async (c, { body }) =>
    c.json(await c.get('services').agents.create(body)),
  );

  router.route(
    { method: 'get', path: '/v1/agents', summary: 'List agents', tag: TAG, query: listQuery },
    async (c, { query }) => {
      const cursor = decodeCursor(query.page);
      const page = await c.get('services').agents.list({
        limit: query.limit,
        after: cursor?.a,
        createdAt: createdAtRange(query),
        includeArchived: query.include_archived ?? false,
      });
      const last = page.items.at(-1);
      return c.json(pageEnvelope(page.items, page.hasMore && last ? { a: last.id } : null));
    },
  );

  router.route(
    { method: 'get', path: '/v1/agents/:agent_id', summary: 'Retrieve an agent (optionally a version)', tag: TAG, query: retrieveQuery },
    async (c, { params, query }) => c.json(await c.get('services').agents.retrieve(params['agent_id'] ?? '', query.version)),
  );

  router.route(
    { method: 'post', path: '/v1/agents/:agent_id', summary: 'Update an agent (new version on effective change)', tag: TAG, body: agentUpdateSchema },
    async (c, { params, body }) => c.json(await c.get('services').agents.update(params['agent_id'] ?? '', body)),
  );

  router.route({ method: 'post', path: '/v1/agents/:agent_id/archive', summary: 'Archive an agent', tag: TAG }, async (c, { params }) =>
    c.json(await c.get('services').agents.archive(params['agent_id'] ?? '')),
  );

  router.route(
    { method: 'get', path: '/v1/agents/:agent_id/versions', summary: 'List versions of an agent', tag: TAG, query: versionsQuery },
    async (c, { params, query }) => {
      const cursor = decodeCursor(query.page);
      const after = cursor ? Number(cursor.a) : undefined;
      if (after !== undefined && !(Number.isInteger(after) && after >= 1 && after <= VERSION_MAX)) {
        throw new InvalidRequestError('page: invalid page cursor');
      }
      const page = await c.get('services').agents.listVersions(params['agent_id'] ?? '', { limit: query.limit, after });
      const last = page.items.at(-1);
      return c.json(pageEnvelope(page.items, page.hasMore && last ? { a: String(last.version) } : null));
    },
  );
}
